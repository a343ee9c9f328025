/**
 * The pure part of the attention view (tested in Node): slicing ORT's per-head outputs for the pictures, the
 * columns each head owns, the head counts a width allows, and the "why √d" sweep — requests of the sdpa model on
 * random unit-variance queries and keys of growing size d, read back as the typical largest weight per query.
 */
import type { DemoRequest, TensorData } from '../../src/models';
import { MAX_HEADS } from '../../src/models/attention';
import { gaussianMatrix } from '../../src/models/synthetic';

/** Plane h of a (H, L, S) tensor as an (L, S) matrix; a rank-2 tensor is its own only plane. */
export function plane(t: TensorData, h: number): TensorData {
  if (t.dims.length === 2) return t;
  const [, L, S] = t.dims;
  return { dims: [L, S], data: t.data.slice(h * L * S, (h + 1) * L * S) };
}

/** Flat indices of the columns head h owns in an (n, E) matrix: h·dh … (h+1)·dh − 1, as nn.MultiheadAttention splits. */
export function headColumns(dims: readonly number[], heads: number, h: number): number[] {
  const [n, E] = dims;
  const dh = E / heads;
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let c = h * dh; c < (h + 1) * dh; c++) out.push(i * E + c);
  return out;
}

/** Head counts that divide the width E (each head takes E/heads columns), up to the model's limit. */
export function headChoices(E: number): number[] {
  return Array.from({ length: Math.min(E, MAX_HEADS) }, (_, i) => i + 1).filter((h) => E % h === 0);
}

/** Head sizes d of the sweep, and its numbers of queries (odd, so the median is one of them) and keys. */
export const SWEEP_DIMS = [1, 2, 4, 8, 16, 32, 64, 128, 256];
export const SWEEP_QUERIES = 9;
export const SWEEP_KEYS = 16;

/** One sweep point: sdpa on N(0, 1) queries and keys of size d (V is a column of zeros: only the weights matter). */
export function sweepRequest(d: number): DemoRequest {
  return {
    params: { kind: 'sdpa' },
    inputs: {
      Q: gaussianMatrix(61, SWEEP_QUERIES, d),
      K: gaussianMatrix(62, SWEEP_KEYS, d),
      V: { dims: [SWEEP_KEYS, 1], data: new Array<number>(SWEEP_KEYS).fill(0) },
    },
  };
}

/** The median over rows of each row's largest entry: a typical query's top weight (picked, not computed). */
export function medianRowMax(t: TensorData): number {
  const [rows, cols] = t.dims;
  const maxima = Array.from({ length: rows }, (_, i) => Math.max(...(t.data.slice(i * cols, (i + 1) * cols) as number[])));
  maxima.sort((a, b) => a - b);
  return maxima[Math.floor(rows / 2)];
}
