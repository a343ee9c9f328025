/**
 * Deterministic example data for the walkthroughs: a seeded PRNG, Gaussian samples, a small synthetic image
 * and distorted copies of it. Everything is plain arithmetic so the fixture generator can reproduce it in
 * Python (test/fixtures/torch/demos/_synthetic.py mirrors this module line by line).
 */
import type { TensorData } from './tensor';

/** mulberry32: a 32-bit seeded generator of uniforms in [0, 1). */
export function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to `places` decimals, halves away from zero (Python's mirror uses the same rule). */
export function roundTo(x: number, places: number): number {
  const f = 10 ** places;
  return (Math.sign(x) * Math.floor(Math.abs(x) * f + 0.5)) / f;
}

/** n standard-normal samples (Box–Muller, cosine branch), rounded to `places` decimals for readable cells. */
export function gaussians(seed: number, n: number, places = 2): number[] {
  const next = uniforms(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const u1 = 1 - next(); // (0, 1]: log stays finite
    const u2 = next();
    out.push(roundTo(Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2), places));
  }
  return out;
}

/** A (rows, cols) tensor of standard-normal samples times `scale`. */
export function gaussianMatrix(seed: number, rows: number, cols: number, scale = 1, places = 2): TensorData {
  return { dims: [rows, cols], data: gaussians(seed, rows * cols, places + 2).map((v) => roundTo(v * scale, places)) };
}

/**
 * An n×n grey image in [0, 1] with something for every metric to react to: a horizontal gradient (smooth),
 * a fine checkerboard (texture, which blur destroys), a bright bar (straight edges) and a dark disc (curved edge).
 */
export function testImage(n: number): TensorData {
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (j + 0.5) / n;
      const v = (i + 0.5) / n;
      let value = 0.2 + 0.5 * u;
      if (v < 0.34 && u < 0.5) value = (Math.floor(i / 2) + Math.floor(j / 2)) % 2 === 0 ? 0.3 : 0.7;
      if (u >= 0.62 && u < 0.8 && v >= 0.25) value = 0.95;
      if ((u - 0.3) ** 2 + (v - 0.68) ** 2 < 0.18 ** 2) value = 0.08;
      data.push(value);
    }
  }
  return { dims: [n, n], data };
}

const at = (img: TensorData, i: number, j: number): number => {
  const [h, w] = img.dims;
  return img.data[Math.min(h - 1, Math.max(0, i)) * w + Math.min(w - 1, Math.max(0, j))] ?? 0;
};

const meanOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function mse(a: TensorData, b: readonly number[]): number {
  return meanOf(b.map((v, i) => (v - (a.data[i] ?? 0)) ** 2));
}

export const DISTORTIONS = ['blur', 'noise', 'brightness', 'contrast', 'shift'] as const;
export type Distortion = (typeof DISTORTIONS)[number];

/** 5×5 binomial blur ((1 4 6 4 1) ⊗ (1 4 6 4 1) / 256), edges replicated. */
function blur(img: TensorData): number[] {
  const [h, w] = img.dims;
  const k = [1, 4, 6, 4, 1];
  const out: number[] = [];
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      let s = 0;
      for (let di = -2; di <= 2; di++) for (let dj = -2; dj <= 2; dj++) s += k[di + 2] * k[dj + 2] * at(img, i + di, j + dj);
      out.push(s / 256);
    }
  }
  return out;
}

/**
 * A distorted copy of `img`. blur, noise, brightness and contrast all have the same mean squared error (the
 * blur's), so they share one PSNR while their SSIM differs widely; shift moves the image one pixel right.
 */
export function distort(img: TensorData, kind: Distortion): TensorData {
  const [h, w] = img.dims;
  const blurred = blur(img);
  const target = mse(img, blurred);
  const a = img.data.map((v) => v ?? 0);
  let data: number[];
  switch (kind) {
    case 'blur':
      data = blurred;
      break;
    case 'noise': {
      const n = gaussians(7, a.length, 6);
      const rms = Math.sqrt(meanOf(n.map((v) => v * v)));
      data = a.map((v, i) => v + (n[i] * Math.sqrt(target)) / rms);
      break;
    }
    case 'brightness':
      data = a.map((v) => v + Math.sqrt(target));
      break;
    case 'contrast': {
      const m = meanOf(a);
      const sd = Math.sqrt(meanOf(a.map((v) => (v - m) ** 2)));
      const gain = 1 + Math.sqrt(target) / sd;
      data = a.map((v) => m + (v - m) * gain);
      break;
    }
    case 'shift':
      data = [];
      for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) data.push(at(img, i, j - 1));
      break;
  }
  return { dims: [h, w], data };
}
