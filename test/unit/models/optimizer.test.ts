import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { optimizerDemo, OPTIMIZER_KINDS } from '../../../src/models/optimizer';
import { assertTensorClose, torchFixture, runDemoRequest, assertRejects } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(optimizerDemo, request);

const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(optimizerDemo, request, pattern);

suite('optimizer demo', () => {
  const cases = torchFixture('optimizer');

  test('the fixture covers every kind', () => {
    for (const kind of OPTIMIZER_KINDS) assert.ok(cases.some((c) => c.params.kind === kind), kind);
  });

  for (const c of cases) {
    test(`matches torch.optim: ${c.name}`, async () => {
      const result = await run({ params: c.params, inputs: c.inputs });
      assert.equal(result.ep, 'wasm');
      for (const [name, expected] of Object.entries(c.outputs)) assertTensorClose(result.outputs[name], expected, 1e-5, `${c.name} ${name}`);
    });
  }

  test('defaults are the worked example: Adam, lr 0.1, θ0 = (1, −2), five gradients ∇f(θ0) = (2, −40)', async () => {
    const prepared = optimizerDemo.prepare({});
    assert.deepEqual(prepared.params, { kind: 'adam', lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0 });
    assert.deepEqual(prepared.inputs.grads, { dims: [5, 2], data: [2, -40, 2, -40, 2, -40, 2, -40, 2, -40] });
    const { outputs } = await run({});
    assert.deepEqual(outputs.theta.dims, [5, 2]);
    // With a steady gradient m̂ = g and v̂ = g², so both coordinates move by lr per step.
    const expected = [0.9, -1.9, 0.8, -1.8, 0.7, -1.7, 0.6, -1.6, 0.5, -1.5];
    assertTensorClose(outputs.theta, { dims: [5, 2], data: expected }, 1e-5, 'theta');
    assertTensorClose(outputs.update, { dims: [5, 2], data: new Array(5).fill([-0.1, 0.1]).flat() }, 1e-5, 'update');
    assertTensorClose(outputs.m_hat_steps, { dims: [5, 2], data: new Array(5).fill([2, -40]).flat() }, 1e-5, 'm_hat');
    assertTensorClose(outputs.v_hat_steps, { dims: [5, 2], data: new Array(5).fill([4, 1600]).flat() }, 1e-5, 'v_hat');
    assertTensorClose(outputs.m, { dims: [2], data: [2 * (1 - 0.9 ** 5), -40 * (1 - 0.9 ** 5)] }, 1e-5, 'm');
    assert.deepEqual(outputs.m_steps.data.slice(8), outputs.m.data);
  });

  test('omitted params take PyTorch defaults for the given kind', () => {
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'sgd' } }).params, { kind: 'sgd', lr: 0.001, weight_decay: 0 });
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'sgd-momentum' } }).params, { kind: 'sgd-momentum', lr: 0.001, momentum: 0.9, dampening: 0, weight_decay: 0 });
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'adam' } }).params, { kind: 'adam', lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0 });
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'adamw' } }).params, { kind: 'adamw', lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0.01 });
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'rmsprop' } }).params, { kind: 'rmsprop', lr: 0.01, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0 });
    assert.deepEqual(optimizerDemo.prepare({ params: { kind: 'adagrad' } }).params, { kind: 'adagrad', lr: 0.01, eps: 1e-10, weight_decay: 0 });
  });

  test('outputs hold exactly the state of the kind', async () => {
    const expected: Record<string, string[]> = {
      sgd: ['theta'],
      'sgd-momentum': ['theta', 'buf'],
      adam: ['theta', 'm', 'v'],
      adamw: ['theta', 'm', 'v'],
      rmsprop: ['theta', 'square_avg'],
      adagrad: ['theta', 'sum'],
    };
    for (const kind of OPTIMIZER_KINDS) {
      const names = optimizerDemo.prepare({ params: { kind } }).outputNames;
      assert.deepEqual(names.filter((n) => !n.endsWith('_steps') && n !== 'update'), expected[kind], kind);
    }
    assert.ok(optimizerDemo.prepare({ params: { kind: 'rmsprop', momentum: 0.5 } }).outputNames.includes('buf'));
  });

  test('modelKey changes with every param that is baked into the graph', () => {
    const key = (request: DemoRequest) => optimizerDemo.prepare(request).modelKey;
    const base = key({ params: { kind: 'adam' } });
    assert.notEqual(key({ params: { kind: 'adamw' } }), base);
    assert.notEqual(key({ params: { kind: 'adam', lr: 0.01 } }), base);
    assert.notEqual(key({ params: { kind: 'adam', betas: [0.8, 0.999] } }), base);
    assert.notEqual(key({ params: { kind: 'adam', eps: 1e-6 } }), base);
    assert.notEqual(key({ params: { kind: 'adam', weight_decay: 0.1 } }), base);
    assert.notEqual(key({ params: { kind: 'adam' }, inputs: { theta0: { dims: [2], data: [0, 0] }, grads: { dims: [3, 2], data: [1, 2, 3, 4, 5, 6] } } }), base);
    // P is symbolic: only T changes the graph.
    assert.equal(key({ params: { kind: 'adam' }, inputs: { theta0: { dims: [3], data: [0, 0, 0] } } }), base);
  });

  test('the fixture covers dampening and every kind on a surface', () => {
    assert.ok(cases.some((c) => c.params.dampening === 0.9 && !c.params.surface));
    for (const kind of OPTIMIZER_KINDS) assert.ok(cases.some((c) => c.params.kind === kind && c.params.surface), `${kind} on a surface`);
    assert.ok(cases.some((c) => Array.isArray(c.params.surface) && c.params.surface.length === 4 && c.inputs.grid), 'a full H with a grid');
  });

  test('dampening = μ: from step 2 on, buf is the average μ·buf + (1 − μ)·g; step 1 copies g whole', async () => {
    const grads = { dims: [3, 1], data: [1, 1, 1] };
    const { outputs } = await run({ params: { kind: 'sgd-momentum', momentum: 0.9, dampening: 0.9, lr: 1 }, inputs: { theta0: { dims: [1], data: [0] }, grads } });
    assertTensorClose(outputs.buf_steps, { dims: [3, 1], data: [1, 1, 1] }, 1e-6, 'buf');
    const plain = await run({ params: { kind: 'sgd-momentum', momentum: 0.9, lr: 1 }, inputs: { theta0: { dims: [1], data: [0] }, grads } });
    assertTensorClose(plain.outputs.buf_steps, { dims: [3, 1], data: [1, 1.9, 2.71] }, 1e-6, 'buf (dampening 0)');
  });

  test('surface: the graph computes ∇f = 2Hθ at each θ, f after each step and f on the grid', async () => {
    // SGD with lr 0.25 on f = θ₁² + 2θ₂²: θ₁ halves each step, θ₂ flips sign (1 − 0.25·4 = 0).
    const request = { params: { kind: 'sgd', lr: 0.25, surface: [1, 2], steps: 3 }, inputs: { theta0: { dims: [2], data: [4, 1] }, grid: { dims: [2, 2], data: [1, 1, 0, 3] } } };
    const prepared = optimizerDemo.prepare(request);
    assert.deepEqual(prepared.params, { kind: 'sgd', lr: 0.25, weight_decay: 0, surface: [1, 2], steps: 3 });
    assert.deepEqual(Object.keys(prepared.inputs), ['theta0', 'grid']);
    const { outputs } = await run(request);
    assert.deepEqual(outputs.theta, { dims: [3, 2], data: [2, 0, 1, 0, 0.5, 0] });
    assert.deepEqual(outputs.grad_steps, { dims: [3, 2], data: [8, 4, 4, 0, 2, 0] });
    assert.deepEqual(outputs.f_steps, { dims: [3], data: [4, 1, 0.25] });
    assert.deepEqual(outputs.f_grid, { dims: [2], data: [3, 18] });
    // Without a grid, f_grid is f(θ0).
    assert.deepEqual((await run({ params: request.params, inputs: { theta0: request.inputs.theta0 } })).outputs.f_grid, { dims: [1], data: [18] });
  });

  test('surface: a full symmetric H gives the same numbers as its diagonal', async () => {
    const theta0 = { dims: [2], data: [1, -2] };
    const diag = await run({ params: { kind: 'adam', lr: 0.1, surface: [1, 10], steps: 6 }, inputs: { theta0 } });
    const full = await run({ params: { kind: 'adam', lr: 0.1, surface: [1, 0, 0, 10], steps: 6 }, inputs: { theta0 } });
    for (const name of ['theta', 'grad_steps', 'f_steps', 'm_hat_steps']) assertTensorClose(full.outputs[name], diag.outputs[name], 1e-6, name);
  });

  test('default grads follow an edited θ0: ∇(θ₁² + 10θ₂² + θ₃²)', () => {
    const { grads } = optimizerDemo.prepare({ inputs: { theta0: { dims: [3], data: [1, 2, 3] } } }).inputs;
    assert.deepEqual(grads.dims, [5, 3]);
    assert.deepEqual(grads.data.slice(0, 3), [2, 40, 6]);
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { kind: 'lion' } }, /kind must be one of sgd, sgd-momentum, adam, adamw, rmsprop, adagrad/);
    rejects({ params: { foo: 1 } }, /unknown param "foo"/);
    rejects({ params: { kind: 'sgd', betas: [0.9, 0.99] } }, /param betas does not apply to kind sgd \(sgd takes lr, weight_decay\)/);
    rejects({ params: { kind: 'adam', momentum: 0.9 } }, /param momentum does not apply to kind adam/);
    rejects({ params: { alpha: 0.9 } }, /param alpha does not apply to kind adam/);
    rejects({ params: { kind: 'sgd-momentum', momentum: 0 } }, /momentum must be > 0 for sgd-momentum/);
    rejects({ params: { lr: -1 } }, /param lr must be ≥ 0, got -1/);
    rejects({ params: { lr: 'fast' } }, /param lr must be a finite number/);
    rejects({ params: { betas: [0.9] } }, /betas must be two numbers/);
    rejects({ params: { betas: [0.9, 1] } }, /beta2 must be in \[0, 1\), got 1/);
    rejects({ params: { kind: 'adamw', weight_decay: -0.1 } }, /weight_decay must be ≥ 0/);
    rejects({ params: { kind: 'rmsprop', eps: -1 } }, /eps must be ≥ 0/);
    rejects({ inputs: { theta0: { dims: [3], data: [1, 2, 3] }, grads: { dims: [2, 2], data: [1, 2, 3, 4] } } }, /theta0 has P = 3 entries, grads is 2×2/);
    rejects({ inputs: { grads: { dims: [4], data: [1, 2, 3, 4] } } }, /input grads must have 2 dims/);
    rejects({ inputs: { theta0: { dims: [1, 2], data: [1, 2] } } }, /input theta0 must have 1 dims/);
    rejects({ inputs: { theta0: { dims: [2], data: [1, NaN] } } }, /finite/);
    rejects({ inputs: { grads: { dims: [300, 2], data: new Array(600).fill(1) } } }, /T = 300 rows: a walkthrough unrolls at most 256 steps/);
    rejects({ inputs: { x: { dims: [1], data: [1] } } }, /unknown input "x"/);
    rejects({ params: { kind: 'sgd-momentum', dampening: 1.5 } }, /param dampening must be in \[0, 1\], got 1.5/);
    rejects({ params: { kind: 'adam', dampening: 0.5 } }, /param dampening does not apply to kind adam/);
    rejects({ params: { steps: 10 } }, /param steps applies only with surface/);
    rejects({ params: { surface: [1, 2, 3] } }, /surface must hold P = 2 numbers \(H's diagonal\) or P·P = 4 \(all of H\), got 3/);
    rejects({ params: { surface: [1, 2, 3, 4] } }, /H must be symmetric, but H\[1,0\] = 3 and H\[0,1\] = 2/);
    rejects({ params: { surface: 'bowl' } }, /param surface must be a list of numbers/);
    rejects({ params: { surface: [1, 10], steps: 0 } }, /param steps must be an integer from 1 to 256/);
    rejects({ params: { surface: [1, 10] }, inputs: { grads: { dims: [1, 2], data: [1, 2] } } }, /unknown input "grads" \(expected theta0, grid\)/);
    rejects({ params: { surface: [1, 10] }, inputs: { grid: { dims: [2, 3], data: [1, 2, 3, 4, 5, 6] } } }, /grid must have one column per parameter: theta0 has P = 2 entries, grid is 2×3/);
  });
});
