import * as assert from 'node:assert/strict';
import * as ort from 'onnxruntime-web';
import { DemoInputError, findDemo, runDemo } from '../../../src/models';
import { matmulBackward } from '../../../src/models/matmulBackward';
import { fixtureTests } from '../helpers';

ort.env.wasm.numThreads = 1;

suite('matmul-backward demo', () => {
  fixtureTests(matmulBackward);

  test('defaults are the seed example: A 2×3, B 3×2, G = ones', async () => {
    const { outputs } = await runDemo(ort, 'matmul-backward', {});
    assert.deepEqual(outputs.Out, { dims: [2, 2], data: [22, 28, 49, 64] });
    assert.deepEqual(outputs.dA, { dims: [2, 3], data: [3, 7, 11, 3, 7, 11] });
    assert.deepEqual(outputs.dB, { dims: [3, 2], data: [5, 5, 7, 7, 9, 9] });
  });

  test('the scalar-view terms sum to the matrix results', async () => {
    const { outputs } = await runDemo(ort, 'matmul-backward', { inputs: { G: { dims: [2, 2], data: [1, -1, 0.5, 2] } } });
    const sumLast = (t: { dims: number[]; data: (number | null)[] }) => {
      const n = t.dims[t.dims.length - 1];
      const sums: number[] = [];
      for (let i = 0; i < t.data.length; i += n) sums.push(t.data.slice(i, i + n).reduce<number>((a, b) => a + (b ?? NaN), 0));
      return sums;
    };
    assert.deepEqual(outputs.Out_terms.dims, [2, 2, 3]);
    assert.deepEqual(sumLast(outputs.Out_terms), outputs.Out.data);
    assert.deepEqual(sumLast(outputs.dA_terms), outputs.dA.data);
    assert.deepEqual(sumLast(outputs.dB_terms), outputs.dB.data);
    // dA[0,0] = G[0,0]·B[0,0] + G[0,1]·B[0,1] = 1·1 + (−1)·2
    assert.deepEqual(outputs.dA_terms.data.slice(0, 2), [1, -2]);
  });

  test('bad dims name the problem', () => {
    const demo = findDemo('matmul-backward')!;
    const mismatch = { A: { dims: [2, 3], data: [1, 2, 3, 4, 5, 6] }, B: { dims: [2, 2], data: [1, 2, 3, 4] } };
    assert.throws(() => demo.prepare({ inputs: mismatch }), (e: Error) => e instanceof DemoInputError && /A's columns \(K = 3\) must equal B's rows \(2\)/.test(e.message));
    assert.throws(() => demo.prepare({ inputs: { A: { dims: [2, 2], data: [1] } } }), /need 4 values, got 1/);
    assert.throws(() => demo.prepare({ inputs: { A: { dims: [6], data: [1, 2, 3, 4, 5, 6] } } }), /must have 2 dims/);
    assert.throws(() => demo.prepare({ inputs: { G: { dims: [3, 2], data: [1, 1, 1, 1, 1, 1] } } }), /G must have Out's shape 2×2/);
    assert.throws(() => demo.prepare({ params: { lr: 1 } }), /unknown param "lr"/);
    assert.throws(() => demo.prepare({ inputs: { A: { dims: [1, 1], data: [Infinity] } } }), /finite/);
  });
});
