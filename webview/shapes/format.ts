/** How the Shapes panel writes shapes and counts (pure: unit-tested in Node). */
type Dim = number | string;

/** `(2, 64, 56, 56)` as torch.Size prints it, symbolic dims as their formula; a scalar is `()`. */
export function shapeText(shape: readonly Dim[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

/** Several tensors (a tuple result, LSTM's output and state) separated by commas. */
export function shapesText(shapes: readonly (readonly Dim[])[] | null): string {
  return shapes ? shapes.map(shapeText).join(', ') : '';
}

/** Exact counts with thousands separators (25,557,032); formulas as they are. */
export function exactCount(v: number | string): string {
  return typeof v === 'number' ? v.toLocaleString('en-US') : v;
}

/** Short counts for MACs: 236 M, 4.09 G, 9.41 K (3 significant digits); formulas as they are. */
export function compactCount(v: number | string): string {
  if (typeof v === 'string') return v;
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [scale, unit] of units) {
    if (Math.abs(v) >= scale) {
      const x = v / scale;
      return `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)} ${unit}`;
    }
  }
  return String(v);
}

/** Indices of the dims of `out` that differ from `in` (same rank only: a reshape changes every dim). */
export function changedDims(inShape: readonly Dim[] | undefined, outShape: readonly Dim[]): Set<number> {
  const changed = new Set<number>();
  if (!inShape || inShape.length !== outShape.length) return changed;
  outShape.forEach((d, i) => d !== inShape[i] && changed.add(i));
  return changed;
}

/** The part of a qualified module name below its parent's (`layer1.0.conv1` under `layer1.0` → `conv1`). */
export function localName(name: string, parent: string | undefined): string {
  if (parent && name.startsWith(`${parent}.`)) return name.slice(parent.length + 1);
  return name;
}

/** `N = 2, H = 32` in a stable order. */
export function symbolsText(symbols: Record<string, number>): string {
  return Object.entries(symbols)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
}

/** Milliseconds as the walkthrough status line writes them. */
export function msText(v: number): string {
  return `${v >= 100 ? Math.round(v) : Number(v.toFixed(v >= 10 ? 1 : 2))} ms`;
}
