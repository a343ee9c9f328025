/**
 * The scan contract (DESIGN.md): one record per detection — 1-based line, 0-based column in characters
 * (code points, as an editor counts them), canonical symbol, concept, framework, and the literal arguments.
 */
import type { PyValue } from '../catalog/symbols';
import { detect, type Detection } from './detect';
import type { PythonParser } from './parser';
import { cellOfLine, decodePython, DEFAULT_MAX_BYTES, notebookText, SourceError } from './source';

export interface ScanRecord {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  symbol: string;
  concept: string;
  framework: string;
  args: Record<string, PyValue>;
  cell?: number;
}

/** UTF-16 column → code-point column on that line. */
function codePointColumn(lines: string[], row: number, utf16: number): number {
  const line = lines[row] ?? '';
  let cp = 0;
  for (let i = 0; i < utf16 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= line.length) cp++;
    else {
      cp++;
      i++;
    }
  }
  return cp;
}

export function analyzeText(parser: PythonParser, text: string): Detection[] {
  const tree = parser.parse(text);
  try {
    return detect(tree, text);
  } finally {
    tree.delete();
  }
}

export function toRecords(file: string, text: string, detections: readonly Detection[], lineOffset = 0): ScanRecord[] {
  const lines = text.split('\n');
  return detections.map((d) => ({
    file,
    line: d.startPoint.row + 1 + lineOffset,
    col: codePointColumn(lines, d.startPoint.row, d.startPoint.column),
    endLine: d.endPoint.row + 1 + lineOffset,
    endCol: codePointColumn(lines, d.endPoint.row, d.endPoint.column),
    symbol: d.symbol,
    concept: d.concept,
    framework: d.framework,
    args: Object.fromEntries(d.args.map((a) => [a.param, a.value])),
  }));
}

/** Scans one file's bytes (`.ipynb` by name, Python otherwise). */
export function scanBytes(parser: PythonParser, file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ScanRecord[] {
  if (bytes.length > maxBytes) {
    throw new SourceError(`${file} is ${(bytes.length / 1048576).toFixed(1)} MB; ML Lens analyses files up to ${(maxBytes / 1048576).toFixed(1)} MB`);
  }
  if (file.toLowerCase().endsWith('.ipynb')) {
    const nb = notebookText(new TextDecoder('utf-8').decode(bytes));
    const records = toRecords(file, nb.text, analyzeText(parser, nb.text));
    for (const r of records) r.cell = cellOfLine(nb, r.line - 1)?.index;
    return records;
  }
  const text = decodePython(bytes);
  return toRecords(file, text, analyzeText(parser, text));
}
