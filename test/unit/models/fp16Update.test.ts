import * as assert from 'node:assert/strict';
import * as ort from 'onnxruntime-web';
import { type DemoRequest } from '../../../src/models';
import { fp16UpdateDemo, roundToHalf } from '../../../src/models/fp16Update';
import { attr, GraphBuilder } from '../../../src/models/onnx/graph';
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

  test('rounding to float16 in float32 ops equals a Cast to float16 and back, bit for bit', async () => {
    const g = new GraphBuilder('half');
    const x = g.input('x', 'float32', ['N']);
    roundToHalf(g, x, 'emulated');
    g.node('Cast', [g.node('Cast', [x], { to: attr.int(10) })], { to: attr.int(1) }, 'cast');
    g.output('emulated', 'float32', ['N']);
    g.output('cast', 'float32', ['N']);
    // Ties at every scale (1 + 2⁻¹¹, 2⁻²⁵, 3·2⁻²⁵), the subnormal range, the overflow edge, infinities, and
    // log-uniform values over 1e-10 … 1e6 of both signs.
    const special = [0, -0, 1, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 2 ** -25, 3 * 2 ** -25, 2 ** -24, 6e-8, 6.1e-5, 2 ** -14 - 2 ** -30, 65504, 65519.99, 65520, 70000, 3e38, Infinity, -Infinity, 0.1, 1 / 3];
    const values = Float32Array.from([...special, ...special.map((v) => -v), ...Array.from({ length: 4000 }, (_, i) => (i % 2 ? -1 : 1) * 10 ** (-10 + (16 * ((i * 7919) % 4000)) / 4000))]);
    const session = await ort.InferenceSession.create(g.toBytes(), { executionProviders: ['wasm'] });
    const r = await session.run({ x: new ort.Tensor('float32', values, [values.length]) });
    const [emulated, cast] = [r.emulated.data as Float32Array, r.cast.data as Float32Array];
    values.forEach((v, i) => assert.ok(Object.is(emulated[i], cast[i]) || (emulated[i] === 0 && cast[i] === 0), `fp16(${v}): ${emulated[i]} vs Cast ${cast[i]}`));
    await session.release();
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
