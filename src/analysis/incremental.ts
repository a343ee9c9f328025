/**
 * A document kept parsed across edits: each change edits the previous tree, then tree-sitter re-parses only
 * what changed. The editor feeds it VS Code's content changes (UTF-16 offsets and line/character positions,
 * which are web-tree-sitter's units too); nothing here imports `vscode`.
 */
import type { Node, Point, Tree } from 'web-tree-sitter';
import { detect, type Detection } from './detect';
import type { PythonParser } from './parser';

export interface TextChange {
  /** Offset of the replaced range in the text before this change. */
  rangeOffset: number;
  rangeLength: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** Where `text` ends if it starts at `start`. */
function endPointAfter(start: Point, text: string): Point {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { row: start.row, column: start.column + text.length };
  return { row: start.row + lines.length - 1, column: lines[lines.length - 1].length };
}

export class ParsedDocument {
  private tree: Tree;
  private cached: Detection[] | undefined;

  constructor(
    private readonly parser: PythonParser,
    private text: string,
    public version: number,
  ) {
    this.tree = parser.parse(text);
  }

  /** Applies changes (in the order VS Code reports them) and re-parses incrementally. */
  update(changes: readonly TextChange[], newText: string, version: number): void {
    try {
      for (const c of changes) {
        const startPosition = { row: c.range.start.line, column: c.range.start.character };
        this.tree.edit({
          startIndex: c.rangeOffset,
          oldEndIndex: c.rangeOffset + c.rangeLength,
          newEndIndex: c.rangeOffset + c.text.length,
          startPosition,
          oldEndPosition: { row: c.range.end.line, column: c.range.end.character },
          newEndPosition: endPointAfter(startPosition, c.text),
        });
      }
      const next = this.parser.parse(newText, this.tree);
      this.tree.delete();
      this.tree = next;
    } catch {
      // An edit we could not follow: parse from scratch rather than risk a stale tree.
      this.tree.delete();
      this.tree = this.parser.parse(newText);
    }
    this.text = newText;
    this.version = version;
    this.cached = undefined;
  }

  /** The current syntax tree's root (valid until the next update or dispose). */
  get root(): Node {
    return this.tree.rootNode;
  }

  /** The parser that made the tree (shape inference parses the user's `--args` snippets with it). */
  get pythonParser(): PythonParser {
    return this.parser;
  }

  get detections(): Detection[] {
    this.cached ??= detect(this.tree, this.text);
    return this.cached;
  }

  dispose(): void {
    this.tree.delete();
  }
}
