// esbuild inject for CommonJS Node bundles: web-tree-sitter's ESM build reads import.meta.url.
export const import_meta_url = require('url').pathToFileURL(__filename).href;
