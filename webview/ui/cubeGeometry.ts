/**
 * Geometry of the NCHW "cube" picture (pure: no DOM), drawn the way Wu & He's Group Normalization paper does:
 * N across, C into the depth, H·W down, in an oblique projection. Only the three visible faces are drawn
 * (front: C = 0, top: first spatial position, side: last sample); every norm statistic spans all of H·W, so
 * the top face alone shows which (n, c) pairs share it, and the front and side faces show its depth.
 * Large axes are bucketed so the picture stays a few hundred polygons.
 */

export type CubeFace = 'front' | 'top' | 'side';

/** A half-open index range [from, to) along one axis. */
export interface Range {
  from: number;
  to: number;
}

export interface CubeCell {
  face: CubeFace;
  /** The samples, channels and spatial positions (h·W + w) this cell stands for. */
  n: Range;
  c: Range;
  k: Range;
  /** Polygon corners in SVG user units. */
  points: [number, number][];
}

export interface CubeAxisLabel {
  axis: 'N' | 'C' | 'HW';
  x: number;
  y: number;
}

export interface CubeGeometry {
  width: number;
  height: number;
  cells: CubeCell[];
  labels: CubeAxisLabel[];
}

export interface CubeOptions {
  /** Largest cell edge (px). */
  cell?: number;
  /** Largest extent of the front face (px): cells shrink to fit. */
  maxExtent?: number;
  /** Cells per axis at most; longer axes are bucketed. */
  maxCells?: number;
  /** Depth step per channel relative to the cell edge. */
  depthRatio?: number;
  margin?: number;
}

/** Splits `length` indices into at most `max` contiguous buckets of near-equal size. */
export function buckets(length: number, max: number): Range[] {
  const count = Math.min(length, max);
  return Array.from({ length: count }, (_, b) => ({ from: Math.floor((b * length) / count), to: Math.floor(((b + 1) * length) / count) }));
}

export function cubeGeometry(N: number, C: number, K: number, opts: CubeOptions = {}): CubeGeometry {
  const maxCells = opts.maxCells ?? 24;
  const ratio = opts.depthRatio ?? 0.55;
  const margin = opts.margin ?? 18;
  const nb = buckets(N, maxCells);
  const cb = buckets(C, maxCells);
  const kb = buckets(K, maxCells);
  const s = Math.min(opts.cell ?? 28, (opts.maxExtent ?? 220) / Math.max(nb.length + cb.length * ratio * Math.SQRT1_2, kb.length + cb.length * ratio * Math.SQRT1_2));
  const d = s * ratio * Math.SQRT1_2; // depth step per channel bucket, along 45°
  const top = margin + cb.length * d;
  // (x along N, y along H·W, z along C) → screen.
  const p = (x: number, y: number, z: number): [number, number] => [round(margin + x * s + z * d), round(top + y * s - z * d)];
  const cells: CubeCell[] = [];
  const [lastN, lastK] = [nb.length, kb.length];
  nb.forEach((n, i) => kb.forEach((k, j) => cells.push({ face: 'front', n, c: cb[0], k, points: [p(i, j, 0), p(i + 1, j, 0), p(i + 1, j + 1, 0), p(i, j + 1, 0)] })));
  nb.forEach((n, i) => cb.forEach((c, z) => cells.push({ face: 'top', n, c, k: kb[0], points: [p(i, 0, z), p(i + 1, 0, z), p(i + 1, 0, z + 1), p(i, 0, z + 1)] })));
  cb.forEach((c, z) => kb.forEach((k, j) => cells.push({ face: 'side', n: nb[lastN - 1], c, k, points: [p(lastN, j, z), p(lastN, j, z + 1), p(lastN, j + 1, z + 1), p(lastN, j + 1, z)] })));
  const labels: CubeAxisLabel[] = [
    { axis: 'N', x: p(lastN / 2, lastK, 0)[0], y: p(0, lastK, 0)[1] + 14 },
    { axis: 'C', x: p(lastN, 0, cb.length)[0] + 6, y: p(lastN, 0, cb.length)[1] },
    { axis: 'HW', x: margin - 8, y: p(0, lastK / 2, 0)[1] },
  ];
  const [right] = p(lastN, 0, cb.length);
  const [, bottom] = p(0, lastK, 0);
  return { width: round(right + margin + 40), height: round(bottom + margin), cells, labels };
}

const round = (v: number) => Math.round(v * 10) / 10;

export const overlaps = (r: Range, indices: readonly number[]): boolean => indices.some((i) => i >= r.from && i < r.to);
