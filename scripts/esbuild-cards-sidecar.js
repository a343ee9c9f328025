// esbuild plugin for the Node bundles (extension, CLI): the concept cards (~0.9 MB of bilingual text, 70% of
// the extension bundle) live in their own file, dist/cards.js, required on first use instead of being compiled
// with the extension at every activation. Every importer of src/catalog/cards gets `require("./cards.js")`,
// which esbuild emits where the importing module initialises: on the first hover, card or walkthrough, never
// at activation (bench: `activation`). The web-worker bundle keeps the cards inline: that host cannot require.
const path = require('node:path');

const CARDS_DIR = path.join(__dirname, '..', 'src', 'catalog', 'cards');
const CARDS_ENTRY = path.join(CARDS_DIR, 'index.ts');
/** Output name of the cards bundle, next to the bundles that require it. */
const CARDS_FILE = 'cards.js';

/** @type {import('esbuild').Plugin} */
const cardsSidecarPlugin = {
  name: 'cards-sidecar',
  setup(build) {
    build.onResolve({ filter: /(^|\/)cards(\/index(\.ts)?)?$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (target !== CARDS_DIR && target !== CARDS_ENTRY && target !== CARDS_ENTRY.slice(0, -3)) return undefined;
      return { path: `./${CARDS_FILE}`, external: true };
    });
  },
};

module.exports = { cardsSidecarPlugin, CARDS_ENTRY, CARDS_FILE };
