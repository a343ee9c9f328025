import { readFile } from 'node:fs/promises';
import type { WasmLoader } from '../../../src/analysis';

/** Loads the parser wasm straight from node_modules (the extension loads it from dist/). */
export const nodeWasm: WasmLoader = async (file) =>
  readFile(require.resolve(file === 'tree-sitter.wasm' ? 'web-tree-sitter/tree-sitter.wasm' : 'tree-sitter-python/tree-sitter-python.wasm'));
