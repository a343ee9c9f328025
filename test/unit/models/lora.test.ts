import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { loraDemo } from '../../../src/models/lora';
import { assertRejects, assertTensorClose, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(loraDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(loraDemo, request, pattern);

suite('lora demo', () => {
  fixtureTests(loraDemo);

  test('defaults: a 6×8 layer at rank 2 with peft\'s lora_alpha 8; 48 weights vs 28 LoRA parameters', async () => {
    const prepared = loraDemo.prepare({});
    assert.deepEqual(prepared.params, { r: 2, alpha: 8, rslora: false });
    assert.deepEqual([prepared.inputs.W.dims, prepared.inputs.A.dims, prepared.inputs.B.dims, prepared.inputs.x.dims], [[6, 8], [2, 8], [6, 2], [2, 8]]);
    const { outputs } = await run({});
    assert.deepEqual(outputs.params_full, { dims: [], data: [48] });
    assert.deepEqual(outputs.params_lora, { dims: [], data: [28] });
    // The unmerged paths add up to the merged layer's output.
    const sum = { dims: outputs.y.dims, data: outputs.y_base.data.map((v, i) => (v as number) + (outputs.y_lora.data[i] as number)) };
    assertTensorClose(outputs.y, sum, 1e-5, 'y = y_base + y_lora');
  });

  test('the update has rank ≤ r: with r = 1 every row of delta_w is a multiple of A\'s row', async () => {
    const { outputs } = await run({ params: { r: 1 } });
    const { data } = outputs.delta_w;
    const a = loraDemo.prepare({ params: { r: 1 } }).inputs.A.data as number[];
    for (let i = 0; i < 6; i++) {
      const row = data.slice(i * 8, (i + 1) * 8) as number[];
      const k = row[0] / a[0];
      row.forEach((v, j) => assert.ok(Math.abs(v - k * a[j]) < 1e-5, `delta_w[${i},${j}]`));
    }
  });

  test('an A with another rank sets r; the model key follows r, alpha, rslora and sizes', () => {
    const A = { dims: [3, 8], data: new Array(24).fill(0.1) };
    const B = { dims: [6, 3], data: new Array(18).fill(0.1) };
    assert.equal(loraDemo.prepare({ inputs: { A, B } }).params.r, 3);
    const key = (r: DemoRequest) => loraDemo.prepare(r).modelKey;
    assert.notEqual(key({}), key({ params: { alpha: 16 } }));
    assert.notEqual(key({}), key({ params: { rslora: true } }));
    assert.notEqual(key({}), key({ params: { r: 4 } }));
    assert.notEqual(key({}), key({ inputs: { x: { dims: [1, 8], data: new Array(8).fill(1) } } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { r: 0 } }, /param r must be an integer in \[1, 64\], got 0/);
    rejects({ params: { r: 1.5 } }, /param r must be an integer/);
    rejects({ params: { alpha: -1 } }, /param alpha must be a finite number > 0/);
    rejects({ params: { rslora: 1 } }, /param rslora must be true or false/);
    rejects({ params: { r: 3 }, inputs: { A: { dims: [2, 8], data: new Array(16).fill(0) } } }, /A must have r = 3 rows \(the rank\), got 2×8/);
    rejects({ inputs: { A: { dims: [2, 5], data: new Array(10).fill(0) } } }, /A must have W's input width in = 8 columns, got 2×5/);
    rejects({ inputs: { B: { dims: [6, 3], data: new Array(18).fill(0) } } }, /B must be out×r = 6×2, got 6×3/);
    rejects({ inputs: { x: { dims: [2, 6], data: new Array(12).fill(0) } } }, /x must have in = 8 columns \(W is 6×8\), got 2×6/);
    rejects({ params: { lora_dropout: 0.1 } }, /unknown param "lora_dropout"/);
  });
});
