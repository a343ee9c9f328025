// esbuild plugin for the Node bundles (extension, CLI): large modules not needed at activation live in files of
// their own next to the bundle, required on first use instead of being parsed with the extension every time it
// activates (bench: `activation`; parsing the bundle is most of loading it).
//   dist/cards.js     the concept cards (~0.9 MB of bilingual text): first hover, card or walkthrough
//   dist/symbols.js   the API symbol tables (~700 rows): first analysis (src/catalog/symbols requires them lazily)
//   dist/demos.js     the demo registry with every demo's graph builder: first walkthrough, hover link or lens
//   dist/pages.js     the concept pages
//   dist/fromCall.js  a call's hyperparameters → its walkthrough request: first hover or CodeLens
//   dist/shapes.js    the shape engine: first model-class lens or Explain shapes
//   dist/treeSitter.js  web-tree-sitter's runtime: first parse
// Every importer of such a module gets `require("./<file>")`: a static import where the importing module
// initialises, `await import()` when the import is dynamic — so the editor imports these dynamically. Sidecars
// refer to each other the same way (pages.js requires demos.js), so each module has one instance. Modules a sidecar
// shares with the extension beyond these (pure helpers such as src/models/tensor) are copied into both.
// The web-worker bundle keeps everything inline: that host cannot require files.
const path = require('node:path');

const src = (...p) => path.join(__dirname, '..', 'src', ...p);

/** Module (its path without extension) → the sidecar file it becomes. */
const SIDECARS = [
  { module: src('catalog', 'cards', 'index'), file: 'cards.js' },
  { module: src('catalog', 'symbols', 'tables'), file: 'symbols.js' },
  { module: src('models', 'registry'), file: 'demos.js' },
  { module: src('pages', 'index'), file: 'pages.js' },
  { module: src('models', 'fromCall'), file: 'fromCall.js' },
  { module: src('analysis', 'shapes', 'index'), file: 'shapes.js' },
  { module: src('analysis', 'treeSitter'), file: 'treeSitter.js' },
];

/** The sidecar a relative import resolves to, if any (`./x`, `./x.ts`, or a folder whose index is one). */
function sidecarOf(resolveDir, request) {
  if (!request.startsWith('.')) return undefined;
  const target = path.resolve(resolveDir, request).replace(/\.ts$/, '');
  return SIDECARS.find((s) => s.module === target || (path.basename(s.module) === 'index' && path.dirname(s.module) === target));
}

/** The plugin; in a sidecar's own build, `self` is that sidecar (its own imports of itself stay inside). */
const sidecarsPlugin = (self) => ({
  name: 'sidecars',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const hit = sidecarOf(args.resolveDir, args.path);
      return hit && hit !== self ? { path: `./${hit.file}`, external: true } : undefined;
    });
  },
});

/** The sidecars' own builds: entry point, output name and the plugin that keeps the others out of them. */
const sidecarEntries = SIDECARS.map((s) => ({ entry: `${s.module}.ts`, file: s.file, plugin: sidecarsPlugin(s) }));

module.exports = { sidecarsPlugin: sidecarsPlugin(undefined), sidecarEntries, SIDECAR_FILES: SIDECARS.map((s) => s.file) };
