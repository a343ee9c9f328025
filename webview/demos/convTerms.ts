/**
 * Which entries make each number of conv2d's forward and backward pass (pure: no DOM). Indices are flat,
 * row-major into x (N,C,H,W), w (O,C,kh,kw), G and y (N,O,Ho,Wo), dx (x's shape) and dw (w's shape).
 * Padding positions contribute zero and are left out of the term lists.
 */

export interface ConvGeometry {
  N: number;
  C: number;
  H: number;
  W: number;
  O: number;
  kh: number;
  kw: number;
  Ho: number;
  Wo: number;
  stride: number;
  padding: number;
}

export function convGeometry(xDims: readonly number[], wDims: readonly number[], stride: number, padding: number): ConvGeometry {
  const [N, C, H, W] = xDims;
  const [O, , kh, kw] = wDims;
  return {
    N, C, H, W, O, kh, kw, stride, padding,
    Ho: Math.floor((H + 2 * padding - kh) / stride) + 1,
    Wo: Math.floor((W + 2 * padding - kw) / stride) + 1,
  };
}

/** Flat index of (a, b, r, t) in a tensor of dims (A, B, R, T). */
const at4 = (dims: readonly [number, number, number, number], a: number, b: number, r: number, t: number) => ((a * dims[1] + b) * dims[2] + r) * dims[3] + t;
/** The four indices of a flat index in a tensor of dims (A, B, R, T). */
export function unflat4(dims: readonly number[], flat: number): [number, number, number, number] {
  const [, B, R, T] = dims;
  return [Math.floor(flat / (B * R * T)), Math.floor(flat / (R * T)) % B, Math.floor(flat / T) % R, flat % T];
}

export const xDims = (g: ConvGeometry) => [g.N, g.C, g.H, g.W] as const;
export const wDims = (g: ConvGeometry) => [g.O, g.C, g.kh, g.kw] as const;
export const yDims = (g: ConvGeometry) => [g.N, g.O, g.Ho, g.Wo] as const;

/** One product of a sum: flat indices of its two factors. */
export interface Term {
  /** Index into G (backward) or w (forward). */
  a: number;
  /** Index into w (dx), x (dw, forward). */
  b: number;
}

/** y[n,o,i,j] = Σ_{c,u,v} w[o,c,u,v]·x̃[n,c,s·i+u,s·j+v]: a = w, b = x. */
export function forwardTerms(g: ConvGeometry, yFlat: number): Term[] {
  const [n, o, i, j] = unflat4(yDims(g), yFlat);
  const terms: Term[] = [];
  for (let c = 0; c < g.C; c++) {
    for (let u = 0; u < g.kh; u++) {
      for (let v = 0; v < g.kw; v++) {
        const [r, t] = [g.stride * i + u - g.padding, g.stride * j + v - g.padding];
        if (r >= 0 && r < g.H && t >= 0 && t < g.W) terms.push({ a: at4(wDims(g), o, c, u, v), b: at4(xDims(g), n, c, r, t) });
      }
    }
  }
  return terms;
}

/** dx[n,c,r,t] = Σ_{o,i,j} G[n,o,i,j]·w[o,c,r+p−s·i,t+p−s·j] over the taps inside the kernel: a = G, b = w. */
export function dxTerms(g: ConvGeometry, dxFlat: number): Term[] {
  const [n, c, r, t] = unflat4(xDims(g), dxFlat);
  const terms: Term[] = [];
  for (let o = 0; o < g.O; o++) {
    for (let i = 0; i < g.Ho; i++) {
      const u = r + g.padding - g.stride * i;
      if (u < 0 || u >= g.kh) continue;
      for (let j = 0; j < g.Wo; j++) {
        const v = t + g.padding - g.stride * j;
        if (v >= 0 && v < g.kw) terms.push({ a: at4(yDims(g), n, o, i, j), b: at4(wDims(g), o, c, u, v) });
      }
    }
  }
  return terms;
}

/** dw[o,c,u,v] = Σ_{n,i,j} G[n,o,i,j]·x̃[n,c,s·i+u,s·j+v] over positions inside x: a = G, b = x. */
export function dwTerms(g: ConvGeometry, dwFlat: number): Term[] {
  const [o, c, u, v] = unflat4(wDims(g), dwFlat);
  const terms: Term[] = [];
  for (let n = 0; n < g.N; n++) {
    for (let i = 0; i < g.Ho; i++) {
      const r = g.stride * i + u - g.padding;
      if (r < 0 || r >= g.H) continue;
      for (let j = 0; j < g.Wo; j++) {
        const t = g.stride * j + v - g.padding;
        if (t >= 0 && t < g.W) terms.push({ a: at4(yDims(g), n, o, i, j), b: at4(xDims(g), n, c, r, t) });
      }
    }
  }
  return terms;
}

/**
 * One cell of a picture grid: a value of a tensor plane (its flat index), a zero the stride inserted
 * between G's entries, or padding.
 */
export type PlaneCell = { kind: 'value'; index: number } | { kind: 'inserted' } | { kind: 'pad' };

/** x̃[n,c]: x's plane with `padding` zeros on every side, (H+2p)×(W+2p). */
export function paddedX(g: ConvGeometry, n: number, c: number): PlaneCell[][] {
  const p = g.padding;
  return grid(g.H + 2 * p, g.W + 2 * p, (r, t) => {
    const [xr, xt] = [r - p, t - p];
    return xr >= 0 && xr < g.H && xt >= 0 && xt < g.W ? { kind: 'value', index: at4(xDims(g), n, c, xr, xt) } : { kind: 'pad' };
  });
}

/**
 * Ĝ[n,o] = pad_{k−1−p}(G↑s): G's plane with s−1 zeros between entries, padded so that a stride-1 convolution
 * with the flipped kernel gives dx; (H+kh−1)×(W+kw−1), i.e. exactly the cells dx's windows read. When p > k−1
 * the offset is negative and the outer G entries fall off (they only met x's padding).
 */
export function dilatedG(g: ConvGeometry, n: number, o: number): PlaneCell[][] {
  const [offR, offT] = [g.kh - 1 - g.padding, g.kw - 1 - g.padding];
  const along = (pos: number, off: number, count: number): number | 'inserted' | 'pad' => {
    const q = pos - off;
    if (q < 0 || q > g.stride * (count - 1)) return 'pad';
    return q % g.stride === 0 ? q / g.stride : 'inserted';
  };
  return grid(g.H + g.kh - 1, g.W + g.kw - 1, (r, t) => {
    const i = along(r, offR, g.Ho);
    const j = along(t, offT, g.Wo);
    if (i === 'pad' || j === 'pad') return { kind: 'pad' };
    if (i === 'inserted' || j === 'inserted') return { kind: 'inserted' };
    return { kind: 'value', index: at4(yDims(g), n, o, i, j) };
  });
}

/** w^flip[c,o,u,v] = w[o,c,kh−1−u,kw−1−v]: the flat index into w of a flipped-kernel tap. */
export function flippedTap(g: ConvGeometry, c: number, o: number, u: number, v: number): number {
  return at4(wDims(g), o, c, g.kh - 1 - u, g.kw - 1 - v);
}

function grid(rows: number, cols: number, cell: (r: number, t: number) => PlaneCell): PlaneCell[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, t) => cell(r, t)));
}
