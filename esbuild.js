// Builds every bundle ML Lens ships: `node esbuild.js [--watch] [--production]`.
//   dist/extension.js       extension, Node extension host (cjs)
//   dist/web/extension.js   extension, browser web-worker host (cjs, no Node APIs)
//   dist/webview/main.js    walkthrough panel app (esm) + main.css
//   dist/cli.js             the `ml-lens` command line (Node)
//   dist/ort/*.wasm         the onnxruntime-web wasm the panel loads
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'esm' },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    external: ['onnxruntime-web'],
    banner: { js: '#!/usr/bin/env node' },
  },
];

function copyAssets() {
  const wasm = 'ort-wasm-simd-threaded.asyncify.wasm';
  const from = require.resolve(`onnxruntime-web/${wasm}`);
  const to = path.join('dist', 'ort', wasm);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (!fs.existsSync(to) || fs.statSync(to).size !== fs.statSync(from).size) fs.copyFileSync(from, to);
  fs.chmodSync('dist/cli.js', 0o755);
}

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.rebuild()));
    copyAssets();
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('esbuild: watching for changes…');
    return;
  }
  const t0 = Date.now();
  if (production) fs.rmSync('dist', { recursive: true, force: true }); // no stale maps in the VSIX
  await Promise.all(builds.map((b) => esbuild.build(b)));
  copyAssets();
  console.log(`esbuild: built ${builds.length} bundles in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
