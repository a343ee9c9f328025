// Bundles the integration suite: test/integration/index.ts -> out/test/integration/index.js.
// ONE bundle for both extension hosts of code-server (Node and browser web worker): platform 'browser',
// format cjs (both hosts load extensionTestsPath as CommonJS with `require('vscode')`), mocha's browser build
// bundled in, `assert` mapped to test/integration/assert.ts (Node's assert does not exist in the web worker).
// Usage: node test/runner/build-tests.mjs [--watch]
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const assertShim = path.join(root, 'test', 'integration', 'assert.ts');

/** `assert`, `node:assert`, `assert/strict`, `node:assert/strict` -> our shim. */
const assertPlugin = {
  name: 'assert-shim',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: assertShim }));
  },
};

/**
 * mocha/mocha.js is a UMD file inside a `"type": "module"` package, so esbuild inlines it as ESM and its
 * `module.exports = factory()` branch would overwrite OUR bundle's exports (run() would become mocha.run).
 * Wrap it so the UMD takes its global branch: sets globalThis.mocha / globalThis.Mocha.
 */
const mochaBrowserPlugin = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      return {
        contents: `(function (module, exports, define) {\n${src.replace(/^\/\/# sourceMappingURL=.*$/m, '')}\n}).call(globalThis);\n`,
        loader: 'js',
      };
    });
  },
};

const options = {
  absWorkingDir: root,
  entryPoints: [path.join(root, 'test', 'integration', 'index.ts')],
  outfile: path.join(root, 'out', 'test', 'integration', 'index.js'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  // The Node-builtin externals match the web build of the extension (HARNESS.md): code that imports them must
  // only call them on the Node host.
  external: ['vscode', 'fs', 'fs/promises', 'path', 'url', 'module'],
  mainFields: ['browser', 'module', 'main'],
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [assertPlugin, mochaBrowserPlugin],
};

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('build-tests: watching');
} else {
  const t0 = Date.now();
  await esbuild.build(options);
  console.log(`build-tests: out/test/integration/index.js (${Date.now() - t0} ms)`);
}
