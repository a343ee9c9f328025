/**
 * The shape fixtures of test/fixtures/shapes (PyTorch forward hooks, written by generate.py) and the static
 * engine run on each one's request — shared by the engine's test and the ONNX confirmation's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inferShapes, type ShapeResult } from '../../../src/analysis/shapes';
import { PythonParser } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

const loadParser = () => PythonParser.load(nodeWasm);

const DIR = join(__dirname, '..', '..', 'fixtures', 'shapes');

export interface Fixture {
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

/** One fixture by its case name (`resnet18`). */
export function fixture(name: string): Fixture {
  const fx = fixtures().find((f) => f.case === name);
  if (!fx) throw new Error(`no shape fixture "${name}"`);
  return fx;
}

/** Runs the engine on the fixture's request; `inputs` replaces the fixture's input specs when given. */
export async function inferFixture(fx: Fixture, inputs: string[] = fx.inputs): Promise<ShapeResult> {
  const parser = await loadParser();
  const text = readFileSync(join(DIR, '..', '..', '..', fx.file), 'utf8');
  const tree = parser.parse(text);
  try {
    const defines = Object.fromEntries(Object.entries(fx.defines ?? {}).map(([k, v]) => [k, JSON.stringify(v)]));
    return inferShapes(parser, tree.rootNode, { className: fx.class, args: fx.args, defines, inputs });
  } finally {
    tree.delete();
  }
}
