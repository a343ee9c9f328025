/**
 * The pure part of the heatmaps (tested in Node): how strongly a cell is shaded. Weights (probabilities) shade
 * from 0 to 1; signed values shade by |v| against the largest |v| shown, blue for positive, red for negative.
 * −∞ (null: a masked score) is its own tone.
 */
export type HeatScale = 'weights' | 'signed';

export interface Shade {
  /** 0 … 1: how much of the tone's colour the cell gets. */
  level: number;
  tone: 'pos' | 'neg' | 'masked';
}

export function shade(v: number | null, scale: HeatScale, extent: number): Shade {
  if (v === null || !Number.isFinite(v)) return { level: 0, tone: 'masked' };
  if (scale === 'weights') return { level: Math.min(1, Math.max(0, v)), tone: 'pos' };
  const level = extent > 0 ? Math.min(1, Math.abs(v) / extent) : 0;
  return { level, tone: v < 0 ? 'neg' : 'pos' };
}

/** The largest |v| over finite values (the shared extent of signed heatmaps drawn side by side); 0 when none. */
export function signedExtent(...tensors: readonly (readonly (number | null)[])[]): number {
  let m = 0;
  for (const t of tensors) for (const v of t) if (v !== null && Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}
