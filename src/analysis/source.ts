/**
 * Turning files into Python text: encodings (BOM, PEP 263 coding cookie, UTF-8 with replacement),
 * Jupyter notebooks (code cells joined in order, IPython magics blanked), and the size limit.
 */

/** Files above this are declined with a message rather than analysed. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export class SourceError extends Error {
  override name = 'SourceError';
}

/** Decodes Python source bytes the way CPython would choose the encoding. */
export function decodePython(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // PEP 263: a coding cookie in a comment on line 1 or 2.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 400)).split('\n').slice(0, 2).join('\n');
  const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m.exec(head)?.[1]?.toLowerCase().replace(/_/g, '-').replace(/^latin-1$/, 'latin1');
  if (cookie && !/^utf-?8/.test(cookie)) {
    try {
      return new TextDecoder(cookie).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(bytes); // invalid bytes become U+FFFD, columns stay sane
}

export interface NotebookText {
  /** Code cells joined with newlines. */
  text: string;
  /** For each code cell in order: its index in `cells` and its first line in `text` (0-based). */
  cells: { index: number; firstLine: number }[];
}

/** An IPython-only line: a magic, a shell escape or a help request (`x?`). */
export const IPYTHON_LINE = /^\s*(%|!|\?)|\?\s*$/;

/** Code cells of an .ipynb (nbformat 4; v3 worksheets too), IPython magics and shell lines blanked. */
export function notebookText(json: string): NotebookText {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch (e) {
    throw new SourceError(`not a valid notebook (JSON: ${(e as Error).message})`);
  }
  const obj = nb as { cells?: unknown; worksheets?: { cells?: unknown }[] };
  const cells = Array.isArray(obj?.cells) ? obj.cells : Array.isArray(obj?.worksheets?.[0]?.cells) ? obj.worksheets![0].cells : undefined;
  if (!Array.isArray(cells)) throw new SourceError('not a Jupyter notebook: no "cells" list');
  const parts: string[] = [];
  const out: NotebookText['cells'] = [];
  let line = 0;
  cells.forEach((cell: unknown, index) => {
    const c = cell as { cell_type?: unknown; source?: unknown; input?: unknown };
    if (c?.cell_type !== 'code') return;
    const raw = c.source ?? c.input;
    const source = Array.isArray(raw) ? raw.filter((s) => typeof s === 'string').join('') : typeof raw === 'string' ? raw : '';
    const lines = source.split(/\r?\n/).map((l) => (IPYTHON_LINE.test(l) ? '' : l));
    out.push({ index, firstLine: line });
    parts.push(lines.join('\n'));
    line += lines.length;
  });
  return { text: parts.join('\n'), cells: out };
}

/** The cell a 0-based line of `notebookText(...).text` belongs to. */
export function cellOfLine(nb: NotebookText, line: number): { index: number; firstLine: number } | undefined {
  let found: NotebookText['cells'][number] | undefined;
  for (const c of nb.cells) if (c.firstLine <= line) found = c;
  return found;
}
