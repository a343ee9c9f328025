/**
 * The pure part of the charts (no DOM, tested in Node): grids of x, domains, nearest points, keyboard steps
 * and contour levels. Every value a chart plots comes from ORT; these helpers only place it.
 */

/** n evenly spaced values from lo to hi inclusive, computed as lo + (hi − lo)·i/(n − 1) so grid points are exact. */
export function linspace(lo: number, hi: number, n: number): number[] {
  if (n < 2) return [lo];
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}

/** The finite values' [min, max] widened by `pad` of the span (a flat series gets ±1, or ±10% around a nonzero value). */
export function paddedExtent(values: Iterable<number | null | undefined>, pad = 0.05): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return undefined;
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - d, hi + d];
  }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}

/** Clamps a domain to `limit` (when given), so one steep series does not flatten the others. */
export function clampDomain(domain: [number, number], limit?: readonly [number, number]): [number, number] {
  if (!limit) return domain;
  const lo = Math.max(domain[0], limit[0]);
  const hi = Math.min(domain[1], limit[1]);
  return lo < hi ? [lo, hi] : [limit[0], limit[1]];
}

/** A domain that contains [lo, hi] and every extra value (e.g. the user's own points outside a default range). */
export function coverDomain(lo: number, hi: number, extra: Iterable<number | null | undefined>, margin = 0.5): [number, number] {
  let a = lo;
  let b = hi;
  for (const v of extra) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < a) a = v - margin;
    if (v > b) b = v + margin;
  }
  return [a, b];
}

export interface Located {
  /** Position in pixels. */
  px: number;
  py: number;
}

/** Index of the point nearest to (x, y) in pixels, or −1 when none is within `maxDistance`. */
export function nearestIndex(points: readonly Located[], x: number, y: number, maxDistance = Infinity): number {
  let best = -1;
  let bestD = maxDistance * maxDistance;
  points.forEach((p, i) => {
    const d = (p.px - x) ** 2 + (p.py - y) ** 2;
    if (Number.isFinite(d) && d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/**
 * Where a key moves the readout within a series of `length` points: arrows by one, PageUp/PageDown by a tenth,
 * Home/End to the ends. Undefined for keys that do not move along the series.
 */
export function stepIndex(key: string, index: number, length: number): number | undefined {
  if (length === 0) return undefined;
  const page = Math.max(1, Math.round(length / 10));
  const clamp = (i: number) => Math.min(length - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'PageUp':
      return clamp(index + page);
    case 'PageDown':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return undefined;
  }
}

/**
 * `count` contour levels between the grid's minimum and maximum, spaced quadratically (min + span·(k/count)²):
 * on a quadratic bowl such levels are evenly spaced in θ, so the rings do not crowd at the rim.
 */
export function contourLevels(values: readonly (number | null)[], count: number): number[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length < 2) return [];
  const min = finite.reduce((a, b) => Math.min(a, b));
  const max = finite.reduce((a, b) => Math.max(a, b));
  if (!(max > min)) return [];
  return Array.from({ length: count }, (_, k) => min + (max - min) * ((k + 1) / (count + 1)) ** 2);
}

/**
 * d3-contour puts sample i of an n-wide grid at coordinate i + 0.5; this maps such a coordinate back onto
 * evenly spaced sample positions xs (so a ring passes through the samples it interpolates between).
 */
export function fromGridCoordinate(u: number, xs: readonly number[]): number {
  const step = xs.length > 1 ? (xs[xs.length - 1] - xs[0]) / (xs.length - 1) : 1;
  return xs[0] + (u - 0.5) * step;
}
