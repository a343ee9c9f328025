/**
 * Notebook cells as one program: the code cells joined in order (so a cell sees the imports of the cells
 * above it), analysed once, and the detections sliced back per cell in the cell's own offsets and lines.
 * IPython magics and shell lines are blanked with spaces, which keeps every offset and column in place.
 * Pure (no `vscode`); the editor supplies the cells' texts.
 */
import type { Detection, Point } from './detect';
import { IPYTHON_LINE } from './source';

export interface CellSpan {
  /** Offset and 0-based line of the cell's first character in the joined text. */
  offset: number;
  line: number;
  /** The cell's length in UTF-16 units. */
  length: number;
}

export interface JoinedCells {
  text: string;
  cells: CellSpan[];
}

/** Cell magics whose body is still Python (`%%time` runs the cell); any other `%%magic` cell is not Python. */
const PYTHON_CELL_MAGICS = /^\s*%%(time|timeit|capture|prun|debug|memit)\b/;

/** The cell's text with IPython-only lines replaced by spaces of the same length (line breaks kept). */
export function blankIPython(source: string): string {
  const lines = source.split(/(\r?\n)/);
  const cellMagic = /^\s*%%/.test(lines[0] ?? '');
  const wholeCell = cellMagic && !PYTHON_CELL_MAGICS.test(lines[0]);
  return lines
    .map((part, i) => {
      if (i % 2 === 1) return part; // a line break
      return wholeCell || IPYTHON_LINE.test(part) ? ' '.repeat(part.length) : part;
    })
    .join('');
}

export function joinCells(sources: readonly string[]): JoinedCells {
  const cells: CellSpan[] = [];
  const parts: string[] = [];
  let offset = 0;
  let line = 0;
  for (const source of sources) {
    const text = blankIPython(source);
    cells.push({ offset, line, length: text.length });
    parts.push(text);
    offset += text.length + 1; // the '\n' that joins it to the next cell
    line += (text.match(/\n/g)?.length ?? 0) + 1;
  }
  return { text: parts.join('\n'), cells };
}

function shiftPoint(p: Point, lines: number): Point {
  return { row: p.row - lines, column: p.column };
}

/** The detections inside `cell`, moved into the cell's own coordinates. */
export function detectionsInCell(detections: readonly Detection[], cell: CellSpan): Detection[] {
  const end = cell.offset + cell.length;
  return detections
    .filter((d) => d.start >= cell.offset && d.end <= end)
    .map((d) => ({
      ...d,
      start: d.start - cell.offset,
      end: d.end - cell.offset,
      startPoint: shiftPoint(d.startPoint, cell.line),
      endPoint: shiftPoint(d.endPoint, cell.line),
      call: d.call && {
        start: d.call.start - cell.offset,
        end: d.call.end - cell.offset,
        startPoint: shiftPoint(d.call.startPoint, cell.line),
        endPoint: shiftPoint(d.call.endPoint, cell.line),
      },
    }));
}
