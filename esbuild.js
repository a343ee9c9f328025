// Builds every bundle ML Lens ships: `node esbuild.js [--watch] [--production]`.
//   dist/extension.js       extension, Node extension host (cjs)
//   dist/web/extension.js   extension, browser web-worker host (cjs, no Node APIs)
//   dist/webview/main.js    walkthrough panel app (esm) + main.css
//   dist/cli.js             the `ml-lens` command line (Node)
//   dist/cards.js, symbols.js, demos.js, pages.js, fromCall.js, shapes.js, treeSitter.js  modules the two Node
//                           bundles require on first use, not at activation (scripts/esbuild-sidecars.js)
//   dist/ort/*.wasm         the onnxruntime-web wasm the panel loads
//   dist/parser/*.wasm      web-tree-sitter and tree-sitter-python
//   dist/examples/          the example file and notebook the Get Started walkthrough opens
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { noEvalPlugin } = require('./scripts/esbuild-no-eval');
const { sidecarsPlugin, sidecarEntries } = require('./scripts/esbuild-sidecars');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--outdir DIR`: build somewhere other than dist/ (the bench's production build must not clean dist/ under others).
const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
const out = (file) => path.join(outdir, file);
// `--metafile`: also write <outdir>/meta.json, what each bundle is made of (the bench lists the largest parts).
const metafile = process.argv.includes('--metafile');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  plugins: [noEvalPlugin], // no eval / new Function in any bundle (scripts/esbuild-no-eval.js)
};

// web-tree-sitter's ESM entry needs import.meta.url: shim it in CommonJS Node bundles (HARNESS.md).
// `import()` of a file of our own becomes `require()`: Node would otherwise pass it through its ESM loader, which
// lexes the whole CommonJS file for its export names first (~20 ms for web-tree-sitter's).
const nodeCjs = { platform: 'node', format: 'cjs', define: { 'import.meta.url': 'import_meta_url' }, inject: ['scripts/import-meta-url.js'], supported: { 'dynamic-import': false } };
// Node bundles require their sidecars (cards, symbol tables, demos, pages, shape engine, …) on first use (scripts/esbuild-sidecars.js).
const sidecars = { plugins: [...common.plugins, sidecarsPlugin] };
// In the web worker host its Node branches are dead code; keep Node built-ins out of the bundle.
const webWorker = { platform: 'browser', format: 'cjs', external: ['vscode', 'fs', 'fs/promises', 'path', 'url', 'module'] };

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...common, ...nodeCjs, ...sidecars, entryPoints: ['src/extension.ts'], outfile: out('extension.js'), external: ['vscode'] },
  ...sidecarEntries.map(({ entry, file, plugin }) => ({ ...common, ...nodeCjs, plugins: [...common.plugins, plugin], entryPoints: [entry], outfile: out(file) })),
  { ...common, ...webWorker, entryPoints: ['src/extension.ts'], outfile: out('web/extension.js') },
  { ...common, entryPoints: ['webview/main.ts'], outfile: out('webview/main.js'), platform: 'browser', format: 'esm' },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    ...nodeCjs,
    ...sidecars,
    outfile: out('cli.js'),
    external: ['onnxruntime-web'],
    banner: { js: '#!/usr/bin/env node' },
  },
];

const ASSETS = [
  ['onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm', 'ort/ort-wasm-simd-threaded.asyncify.wasm'],
  ['web-tree-sitter/tree-sitter.wasm', 'parser/tree-sitter.wasm'],
  ['tree-sitter-python/tree-sitter-python.wasm', 'parser/tree-sitter-python.wasm'],
  // The Get Started walkthrough opens read-only copies of these examples.
  ['./examples/train_classifier.py', 'examples/train_classifier.py'],
  ['./examples/small_cnn.ipynb', 'examples/small_cnn.ipynb'],
];

function copyAssets() {
  for (const [module, file] of ASSETS) {
    const from = require.resolve(module);
    const to = out(file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (!fs.existsSync(to) || fs.statSync(to).size !== fs.statSync(from).size) fs.copyFileSync(from, to);
  }
  fs.chmodSync(out('cli.js'), 0o755);
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
  if (production) fs.rmSync(outdir, { recursive: true, force: true }); // no stale maps in the VSIX
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile })));
  if (metafile) {
    const merged = { inputs: {}, outputs: {} };
    for (const r of results) {
      Object.assign(merged.inputs, r.metafile.inputs);
      Object.assign(merged.outputs, r.metafile.outputs);
    }
    fs.writeFileSync(out('meta.json'), JSON.stringify(merged));
  }
  copyAssets();
  console.log(`esbuild: built ${builds.length} bundles in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
