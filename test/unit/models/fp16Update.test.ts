import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { fp16UpdateDemo } from '../../../src/models/fp16Update';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(fp16UpdateDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(fp16UpdateDemo, request, pattern);
const vec = (data: number[]) => ({ dims: [data.length], data });

suite('fp16-update demo', () => {
  // Bit-exact: every fp16 value is correctly rounded, every fp32 op is the one torch does — and updates of 1e-10
  // would slip through any absolute tolerance.
  fixtureTests(fp16UpdateDemo, 0);

  test('defaults show each lesson: vanishing fp16 updates, underflow with master weights, the rescue by scaling', async () => {
    assert.deepEqual(fp16UpdateDemo.prepare({}).params, { lr: 0.01, scale: 65536 });
    const { outputs } = await run({});
    // θ = 1, g = 0.01: lr·g = 1e-4 is below half of fp16's spacing under 1 (2⁻¹²), so the fp16 step does nothing.
    assert.equal(outputs.update_fp16.data[1], 0);
    assert.ok(Math.abs((outputs.update_master.data[1] as number) + 1e-4) < 1e-7);
    // g = 1e-8 underflows to 0 in fp16; scaled by 65536 it survives and is unscaled to within 0.03 %.
    assert.equal(outputs.grad_fp16.data[4], 0);
    assert.equal(outputs.update_master.data[4], 0);
    assert.ok(Math.abs((outputs.grad_unscaled.data[4] as number) - 1e-8) < 3e-12);
    assert.notEqual(outputs.update_scaled.data[4], 0);
    assert.deepEqual([outputs.found_inf.data[0], outputs.next_scale.data[0]], [0, 65536]);
  });

  test('an overflowing scaled gradient skips the whole step and halves the scale', async () => {
    const { outputs } = await run({ inputs: { theta: vec([1, 1]), grad: vec([1, 1e-3]) } });
    assert.equal(outputs.grad_scaled_fp16.data[0], null, '65536 > 65504 is inf in fp16 (null in JSON)');
    assert.deepEqual([outputs.found_inf.data[0], outputs.next_scale.data[0]], [1, 32768]);
    assert.deepEqual(outputs.theta_scaled.data, [1, 1]);
    assert.deepEqual(outputs.update_scaled.data, [0, 0]);
  });

  test('the model key changes with lr and scale; P is symbolic', () => {
    const key = (r: DemoRequest) => fp16UpdateDemo.prepare(r).modelKey;
    assert.notEqual(key({}), key({ params: { lr: 0.1 } }));
    assert.notEqual(key({}), key({ params: { scale: 1024 } }));
    assert.equal(key({}), key({ inputs: { theta: vec([1]), grad: vec([1]) } }), 'P is symbolic');
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { lr: -0.1 } }, /param lr must be a finite number ≥ 0, got -0.1/);
    rejects({ params: { scale: 0 } }, /param scale must be a finite number > 0, got 0/);
    rejects({ inputs: { grad: vec([1, 2]) } }, /grad needs one entry per parameter: theta has P = 5, grad has 2/);
    rejects({ inputs: { theta: { dims: [1, 5], data: [1, 1, 1, 1, 1] } } }, /input theta must have 1 dims/);
    rejects({ params: { init_scale: 2 } }, /unknown param "init_scale"/);
  });
});
