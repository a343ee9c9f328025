/**
 * web-tree-sitter's runtime, behind a module of our own so the Node bundles can keep it in a file of its own
 * (dist/treeSitter.js, scripts/esbuild-sidecars.js) that loads with the parser instead of at activation.
 */
export { Language, Parser } from 'web-tree-sitter';
