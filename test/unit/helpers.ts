import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TensorData } from '../../src/models';

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
