// esbuild plugin for the Node bundles (extension, CLI): large modules not needed at activation live in files of
// their own next to the bundle, required on first use instead of being compiled with the extension every time it
// activates (bench: `activation`).
//   dist/cards.js    the concept cards (~0.9 MB of bilingual text): first hover, card or walkthrough
//   dist/symbols.js  the API symbol tables (~700 rows): first analysis (src/catalog/symbols requires them lazily)
// Every importer of such a module gets `require("./<file>")`, which esbuild emits where the importing module
// initialises. The web-worker bundle keeps them inline: that host cannot require files.
const path = require('node:path');

const src = (...p) => path.join(__dirname, '..', 'src', ...p);

/** Module (its path without extension) → the sidecar file it becomes. */
const SIDECARS = [
  { module: src('catalog', 'cards', 'index'), file: 'cards.js' },
  { module: src('catalog', 'symbols', 'tables'), file: 'symbols.js' },
];

/** @type {import('esbuild').Plugin} */
const sidecarsPlugin = {
  name: 'sidecars',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(cards|tables)(\/index)?(\.ts)?$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const hit = SIDECARS.find((s) => s.module === target || (s.module.endsWith(`${path.sep}index`) && path.dirname(s.module) === target));
      return hit ? { path: `./${hit.file}`, external: true } : undefined;
    });
  },
};

/** The sidecars' own builds: entry point and output name. */
const sidecarEntries = SIDECARS.map((s) => ({ entry: `${s.module}.ts`, file: s.file }));

module.exports = { sidecarsPlugin, sidecarEntries };
