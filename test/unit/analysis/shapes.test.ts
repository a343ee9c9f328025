/**
 * The static shape engine against PyTorch: every fixture in test/fixtures/shapes (made by forward hooks in
 * generate.py) is inferred from the model file alone and compared call by call — name, op, line, input and
 * output shapes, parameters — plus the forward's output and the model's parameter total.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inferShapes, type ShapeResult } from '../../../src/analysis/shapes';
import { PythonParser } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

const loadParser = () => PythonParser.load(nodeWasm);

const DIR = join(__dirname, '..', '..', 'fixtures', 'shapes');

interface Fixture {
  case: string;
  file: string;
  class: string;
  args: string;
  defines: Record<string, unknown>;
  inputs: string[];
  records: { line: number; name: string; op: string; in: number[][]; out: number[][] | null; params: number }[];
  output: number[][] | null;
  params: number;
  error?: { line: number; message: string };
}

export function fixtures(): Fixture[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);
}

export async function inferFixture(fx: Fixture): Promise<ShapeResult> {
  const parser = await loadParser();
  const text = readFileSync(join(DIR, '..', '..', '..', fx.file), 'utf8');
  const tree = parser.parse(text);
  try {
    const defines = Object.fromEntries(Object.entries(fx.defines ?? {}).map(([k, v]) => [k, JSON.stringify(v)]));
    return inferShapes(parser, tree.rootNode, { className: fx.class, args: fx.args, defines, inputs: fx.inputs });
  } finally {
    tree.delete();
  }
}

suite('shape inference vs PyTorch forward hooks', () => {
  for (const fx of fixtures()) {
    test(`${fx.case}: ${fx.class}(${fx.args}) on ${fx.inputs.join(', ')}`, async () => {
      const r = await inferFixture(fx);
      if (fx.error) {
        assert.equal(r.problem?.kind, 'shape', `expected a shape error, got ${JSON.stringify(r.problem)}`);
        assert.equal(r.problem?.line, fx.error.line, r.problem?.message);
      } else {
        assert.equal(r.problem, undefined, `${r.problem?.message} (line ${r.problem?.line})`);
        assert.deepEqual(r.output, fx.output, 'forward output');
        assert.equal(r.params, fx.params, 'total parameters');
      }
      const got = r.rows.map((x) => ({ line: x.line, name: x.name, op: x.op, in: x.in, out: x.out, params: x.params }));
      const want = fx.records.map((x) => ({ line: x.line, name: x.name, op: x.op, in: x.in, out: x.out, params: x.params }));
      for (let i = 0; i < Math.max(got.length, want.length); i++) assert.deepEqual(got[i], want[i], `call #${i} (${want[i]?.name ?? got[i]?.name})`);
    });
  }
});
