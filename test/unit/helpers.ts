import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { DemoInputError, OrtRunner, type DemoDefinition, type DemoRequest, type TensorData } from '../../src/models';

ort.env.wasm.numThreads = 1;

export interface FixtureCase {
  name: string;
  params: Record<string, unknown>;
  inputs: Record<string, TensorData>;
  outputs: Record<string, TensorData>;
}

/** Reads test/fixtures/torch/DEMO.json (written by generate.py with PyTorch). */
export function torchFixture(demo: string): FixtureCase[] {
  const file = join(__dirname, '..', 'fixtures', 'torch', `${demo}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: FixtureCase[] }).cases;
}

/** Same dims, and every value within `tol` (absolute, scaled up for large magnitudes). */
export function assertTensorClose(actual: TensorData, expected: TensorData, tol = 1e-5, label = ''): void {
  assert.deepEqual(actual.dims, expected.dims, `${label}: dims`);
  expected.data.forEach((e, i) => {
    const a = actual.data[i];
    if (e === null || a === null) {
      assert.equal(a, e, `${label}[${i}]`);
      return;
    }
    const bound = tol * Math.max(1, Math.abs(e));
    assert.ok(Math.abs(a - e) <= bound, `${label}[${i}]: got ${a}, PyTorch ${e} (tolerance ${bound})`);
  });
}

/** Runs one request through a demo in a fresh ORT runner (wasm). */
export async function runDemoRequest(demo: DemoDefinition, request: DemoRequest) {
  const runner = new OrtRunner(ort);
  try {
    return await runner.run(demo.prepare(request), 'wasm');
  } finally {
    await runner.dispose();
  }
}

/** One test per PyTorch fixture case of `demo`: every output within `tol`. */
export function fixtureTests(demo: DemoDefinition, tol = 1e-5): void {
  for (const c of torchFixture(demo.id)) {
    test(`matches PyTorch autograd: ${c.name}`, async () => {
      const result = await runDemoRequest(demo, { params: c.params, inputs: c.inputs });
      assert.equal(result.ep, 'wasm');
      for (const [name, expected] of Object.entries(c.outputs)) assertTensorClose(result.outputs[name], expected, tol, name);
    });
  }
}

/** `demo.prepare(request)` must throw a DemoInputError whose message matches. */
export function assertRejects(demo: DemoDefinition, request: DemoRequest, pattern: RegExp): void {
  assert.throws(() => demo.prepare(request), (e: Error) => e instanceof DemoInputError && pattern.test(e.message), `${JSON.stringify(request)} should fail with ${pattern}`);
}
