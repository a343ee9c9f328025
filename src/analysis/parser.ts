/**
 * Layer 2: Python parsing with web-tree-sitter + tree-sitter-python (wasm). The same code runs in Node,
 * both extension hosts and the browser: the caller supplies the wasm bytes, so this module never touches
 * the file system or the network. Loaded lazily on first use and shared afterwards.
 */
import type { Parser, Tree } from 'web-tree-sitter';

export type WasmFile = 'tree-sitter.wasm' | 'tree-sitter-python.wasm';
/** Reads one of the two wasm files (from dist/ in the extension, node_modules in tests). */
export type WasmLoader = (file: WasmFile) => Promise<Uint8Array>;

export class PythonParser {
  private static loading: Promise<PythonParser> | undefined;

  private constructor(private readonly parser: Parser) {}

  /** The shared parser, initialised once; a failed load is retried on the next call. */
  static load(loader: WasmLoader): Promise<PythonParser> {
    PythonParser.loading ??= PythonParser.create(loader).catch((e: unknown) => {
      PythonParser.loading = undefined;
      throw e;
    });
    return PythonParser.loading;
  }

  private static async create(loader: WasmLoader): Promise<PythonParser> {
    // Imported here, not at the top: the extension loads this module at activation, the parser on first use.
    const { Language, Parser } = await import('./treeSitter');
    const wasmBinary = await loader('tree-sitter.wasm');
    await Parser.init({ wasmBinary, locateFile: (f: string) => f } as object);
    const python = await Language.load(await loader('tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(python);
    return new PythonParser(parser);
  }

  /** Parses `text`; pass the previous tree (already `edit`ed) to re-parse incrementally. */
  parse(text: string, previous?: Tree): Tree {
    const tree = this.parser.parse(text, previous ?? null);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  }
}
