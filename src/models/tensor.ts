/** Plain tensors as they travel through JSON, the CLI and the webview protocol: row-major float data. */
export interface TensorData {
  dims: number[];
  /** Row-major values; `null` stands for −∞/NaN where JSON cannot carry them. */
  data: (number | null)[];
}

export const sizeOf = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

export function filled(dims: number[], value: number): TensorData {
  return { dims, data: new Array(sizeOf(dims)).fill(value) };
}

export function fromRows(rows: number[][]): TensorData {
  return { dims: [rows.length, rows[0]?.length ?? 0], data: rows.flat() };
}

export function isTensorData(v: unknown): v is TensorData {
  if (typeof v !== 'object' || v === null) return false;
  const { dims, data } = v as Partial<TensorData>;
  return (
    Array.isArray(dims) &&
    dims.length <= 8 &&
    dims.every((d) => Number.isInteger(d) && d >= 0 && d <= 1 << 20) &&
    Array.isArray(data) &&
    data.length === sizeOf(dims) &&
    data.every((x) => x === null || typeof x === 'number')
  );
}

/** JSON-safe copy of a typed array: non-finite values become null. */
export function toTensorData(dims: readonly number[], values: ArrayLike<number>): TensorData {
  return { dims: [...dims], data: Array.from(values, (v) => (Number.isFinite(v) ? v : null)) };
}
