/**
 * The `shapes` row: static shape inference time for ResNet-50 on (2,3,224,224) (issue #9 target: ≤ 30 ms),
 * parse included — what Explain Shapes costs on a keystroke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PythonParser } from '../src/analysis';
import { inferShapes } from '../src/analysis/shapes';

export interface ShapesBench {
  model: string;
  /** Submodule calls whose shapes were inferred. */
  layers: number;
  /** First inference in the process (parser load included), then the median of warm runs. */
  coldMs: number;
  warmMs: number;
}

const root = join(__dirname, '..');
const RUNS = 40;

export async function benchShapes(): Promise<ShapesBench | undefined> {
  const text = readFileSync(join(root, 'test', 'fixtures', 'shapes', 'models', 'resnet.py'), 'utf8');
  const request = { className: 'ResNet', args: 'Bottleneck, [3, 4, 6, 3]', inputs: ['(2,3,224,224)'] };
  const once = (parser: PythonParser) => {
    const tree = parser.parse(text);
    try {
      const r = inferShapes(parser, tree.rootNode, request);
      if (r.problem || r.params !== 25_557_032) throw new Error(`ResNet-50 inference is wrong: ${r.problem?.message ?? r.params}`);
      return r.rows.length;
    } finally {
      tree.delete();
    }
  };
  const t0 = performance.now();
  const parser = await PythonParser.load(async (f) => readFileSync(join(root, 'dist', 'parser', f)));
  const layers = once(parser);
  const coldMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    once(parser);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  return { model: 'ResNet-50 (Bottleneck, [3, 4, 6, 3]) on (2,3,224,224)', layers, coldMs, warmMs: warm[RUNS >> 1] };
}
