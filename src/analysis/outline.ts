/**
 * The "In this file" outline: a document's detections grouped by concept, each occurrence with its line and a
 * one-line snippet of the code around it. Pure (no `vscode`); the editor supplies the line texts.
 */
import type { Detection } from './detect';

export interface Occurrence {
  detection: Detection;
  /** 0-based line and UTF-16 column of the reference. */
  line: number;
  character: number;
  /** The line, trimmed and shortened around the reference when it is long. */
  snippet: string;
}

export interface OutlineGroup {
  concept: string;
  occurrences: Occurrence[];
}

/** Longest snippet shown; longer lines keep the part around the reference with an ellipsis. */
export const SNIPPET_MAX = 72;

export function snippetOf(lineText: string, character: number, max = SNIPPET_MAX): string {
  const lead = lineText.length - lineText.trimStart().length;
  const text = lineText.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  // Keep the reference in view: start a little before it, never past the end.
  const at = Math.max(0, character - lead);
  const start = Math.min(Math.max(0, at - 16), text.length - (max - 1));
  const head = start > 0 ? '…' : '';
  const room = max - head.length;
  const body = text.slice(start, start + room);
  return start + room < text.length ? `${head}${body.slice(0, -1)}…` : `${head}${body}`;
}

/**
 * Groups detections by concept, groups in the order their concept first appears, occurrences in document
 * order. `lineText(row)` returns the text of a 0-based line.
 */
export function outlineByConcept(detections: readonly Detection[], lineText: (row: number) => string): OutlineGroup[] {
  const groups = new Map<string, OutlineGroup>();
  const sorted = [...detections].sort((a, b) => a.start - b.start);
  for (const d of sorted) {
    let g = groups.get(d.concept);
    if (!g) groups.set(d.concept, (g = { concept: d.concept, occurrences: [] }));
    const { row, column } = d.startPoint;
    g.occurrences.push({ detection: d, line: row, character: column, snippet: snippetOf(lineText(row), column) });
  }
  return [...groups.values()];
}
