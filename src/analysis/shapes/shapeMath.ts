/**
 * Shape arithmetic shared by the layer rules and the tensor ops: broadcasting, axis normalisation, the
 * convolution / pooling output-size formulas of the PyTorch docs, matmul, and `view` with `-1`.
 * Every failure is a ShapeError naming both shapes, because that is what the user has to fix.
 */
import { add, ceilDiv, differ, divExact, equal, floorDiv, isConcrete, mul, product, show, sub, type Dim } from './dim';
import { ShapeError } from './errors';
import { shapeText, type Tensor } from './values';

/** Broadcasts shapes by NumPy's rule (align right; 1 stretches). A symbolic dim against n assumes n. */
export function broadcast(a: readonly Dim[], b: readonly Dim[], line: number, what = 'broadcast'): Dim[] {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (equal(x, 1)) out.push(y);
    else if (equal(y, 1)) out.push(x);
    else if (differ(x, y)) throw new ShapeError(`${what}: shapes ${shapeText(a)} and ${shapeText(b)} do not match at dim ${i - n} (${show(x)} vs ${show(y)})`, line);
    else out.push(isConcrete(x) ? x : y);
  }
  return out;
}

/** A possibly negative axis → its index; out of range is the user's bug. */
export function axis(dim: number, rank: number, line: number, shape?: readonly Dim[]): number {
  const r = Math.max(rank, 1);
  if (dim < -r || dim >= r) throw new ShapeError(`dim ${dim} is out of range for a ${rank}-d tensor${shape ? ` ${shapeText(shape)}` : ''}`, line);
  return dim < 0 ? dim + r : dim;
}

export function expectRank(t: Tensor, ranks: readonly number[], what: string, line: number): void {
  if (!ranks.includes(t.shape.length)) {
    throw new ShapeError(`${what} expects a ${ranks.join('-d or ')}-d input, got ${t.shape.length}-d ${shapeText(t.shape)}`, line);
  }
}

/** A dim the layer was built for (in_features, num_features…) must equal what arrives; `what` says what was expected. */
export function expectDim(actual: Dim, expected: Dim, what: string, t: Tensor, line: number): void {
  if (differ(actual, expected)) throw new ShapeError(`${what}, got ${show(actual)} (input ${shapeText(t.shape)})`, line);
}

/** Conv output length: ⌊(L + 2p − d·(k − 1) − 1) / s⌋ + 1. */
export function convOut(L: Dim, k: number, s: number, p: number, d: number, line: number, what: string): Dim {
  const num = sub(add(L, 2 * p), d * (k - 1) + 1);
  if (typeof num === 'number' && num < 0) throw new ShapeError(`${what}: input size ${show(L)} is smaller than the kernel (${d * (k - 1) + 1} with dilation) after padding ${p}`, line);
  return add(floorDiv(num, s), 1);
}

/** Pool output length with ceil_mode: the last window must start inside the input or left padding. */
export function poolOut(L: Dim, k: number, s: number, p: number, d: number, ceil: boolean, line: number, what: string): Dim {
  if (p > k / 2) throw new ShapeError(`${what}: padding ${p} should be at most half the kernel size ${k}`, line);
  const num = sub(add(L, 2 * p), d * (k - 1) + 1);
  if (typeof num === 'number' && num < 0) throw new ShapeError(`${what}: input size ${show(L)} is smaller than the kernel ${k} after padding ${p}`, line);
  let out = add(ceil ? ceilDiv(num, s) : floorDiv(num, s), 1);
  // PyTorch drops a last window that would start in the right padding.
  if (ceil && typeof out === 'number' && typeof L === 'number' && (out - 1) * s >= L + p) out -= 1;
  return out;
}

/** Transposed conv: (L − 1)·s − 2p + d·(k − 1) + output_padding + 1. */
export function convTransposeOut(L: Dim, k: number, s: number, p: number, d: number, op: number): Dim {
  return add(mul(sub(L, 1), s), -2 * p + d * (k - 1) + op + 1);
}

/** `matmul` semantics, including 1-d operands and batch broadcasting. */
export function matmulShape(a: readonly Dim[], b: readonly Dim[], line: number): Dim[] {
  if (a.length === 0 || b.length === 0) throw new ShapeError(`matmul needs at least 1-d operands, got ${shapeText(a)} and ${shapeText(b)}`, line);
  const A = a.length === 1 ? [1, a[0]] : [...a];
  const B = b.length === 1 ? [b[0], 1] : [...b];
  const k1 = A[A.length - 1];
  const k2 = B[B.length - 2];
  if (differ(k1, k2)) throw new ShapeError(`matmul: ${shapeText(a)} @ ${shapeText(b)} — inner dims ${show(k1)} and ${show(k2)} differ`, line);
  const batch = broadcast(A.slice(0, -2), B.slice(0, -2), line, 'matmul batch dims');
  const out = [...batch, A[A.length - 2], B[B.length - 1]];
  if (a.length === 1) out.splice(out.length - 2, 1);
  if (b.length === 1) out.splice(out.length - 1, 1);
  return out;
}

/** `view` / `reshape` target with at most one -1, checked against the element count. */
export function viewShape(from: readonly Dim[], to: readonly Dim[], line: number): Dim[] {
  const total = product(from);
  const free = to.findIndex((d) => d === -1);
  if (to.filter((d) => d === -1).length > 1) throw new ShapeError(`only one dimension can be -1 in view ${shapeText(to)}`, line);
  if (free < 0) {
    if (differ(product(to), total)) throw new ShapeError(`shape ${shapeText(to)} is invalid for input of size ${show(total)} ${shapeText(from)}`, line);
    return [...to];
  }
  const known = product(to.filter((_, i) => i !== free));
  const inferred = divExact(total, known);
  if (inferred === undefined) {
    if (isConcrete(total) && isConcrete(known)) throw new ShapeError(`shape ${shapeText(to)} is invalid for input of size ${total} ${shapeText(from)}`, line);
    const out = [...to];
    out[free] = floorDiv(total, known);
    return out;
  }
  const out = [...to];
  out[free] = inferred;
  return out;
}

/** Adaptive pool / interpolate size arguments: an int or a tuple with None meaning "keep". */
export function sizeList(v: unknown, n: number, keep: readonly Dim[]): Dim[] | undefined {
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 1 && n > 1) return Array.from({ length: n }, (_, i) => (items[0] === null ? keep[i] : (items[0] as Dim)));
  if (items.length !== n) return undefined;
  return items.map((x, i) => (x === null ? keep[i] : (x as Dim)));
}
