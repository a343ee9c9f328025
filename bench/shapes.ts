/**
 * The `shapes` row: static shape inference time for ResNet-50 (issue #9 target: ≤ 30 ms). A hook for the shape
 * engine (src/analysis/shapes/): return the figures once it can infer test/fixtures/shapes/models/resnet.py;
 * while this returns undefined, `npm run bench` prints the row as pending.
 */
export interface ShapesBench {
  model: string;
  /** Submodule calls whose shapes were inferred. */
  layers: number;
  /** First inference in the process (parser load included), then the median of warm runs. */
  coldMs: number;
  warmMs: number;
}

export async function benchShapes(): Promise<ShapesBench | undefined> {
  return undefined;
}
