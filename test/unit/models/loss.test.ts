import * as assert from 'node:assert/strict';
import { DemoInputError, type DemoRequest } from '../../../src/models';
import { LOSS_KINDS, LOSS_REDUCTIONS, lossDemo } from '../../../src/models/loss';
import { assertTensorClose, torchFixture, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(lossDemo, request);

const rejects = (request: DemoRequest, pattern: RegExp) =>
  assert.throws(() => lossDemo.prepare(request), (e: Error) => e instanceof DemoInputError && pattern.test(e.message), `expected ${pattern}`);

suite('loss demo', () => {
  const cases = torchFixture('loss');

  for (const c of cases) {
    test(`matches PyTorch autograd: ${c.name}`, async () => {
      const result = await run({ params: c.params, inputs: c.inputs });
      assert.equal(result.ep, 'wasm');
      for (const [name, expected] of Object.entries(c.outputs)) assertTensorClose(result.outputs[name], expected, 1e-5, name);
    });
  }

  test('the fixtures cover every kind × reduction', () => {
    for (const kind of LOSS_KINDS) {
      for (const reduction of LOSS_REDUCTIONS) {
        assert.ok(cases.some((c) => c.params.kind === kind && c.params.reduction === reduction), `${kind} ${reduction}`);
      }
    }
  });

  test("defaults are the seed's BCE example: p = (0.9, 0.2, 0.6), y = (1, 0, 1), mean loss ≈ 0.2798", async () => {
    const prepared = lossDemo.prepare({});
    assert.deepEqual(prepared.params, { kind: 'bce', reduction: 'mean' });
    assert.deepEqual(prepared.inputs.input, { dims: [3], data: [0.9, 0.2, 0.6] });
    assert.deepEqual(prepared.inputs.target, { dims: [3], data: [1, 0, 1] });
    const { outputs } = await run({});
    assert.deepEqual(outputs.loss.dims, []);
    const expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.6)) / 3;
    assert.ok(Math.abs((outputs.loss.data[0] as number) - expected) < 1e-6);
    assert.equal((outputs.loss.data[0] as number).toFixed(4), '0.2798');
    // grad = (p − y) / (p(1 − p)) / 3
    assertTensorClose(outputs.grad, { dims: [3], data: [-1 / 0.9 / 3, 1 / 0.8 / 3, -1 / 0.6 / 3] }, 1e-6, 'grad');
  });

  test('every kind has a default example of the right shapes, with params shown for the panel', async () => {
    for (const kind of LOSS_KINDS) {
      const prepared = lossDemo.prepare({ params: { kind } });
      const expectedParams = { kind, reduction: 'mean', ...(kind === 'huber' ? { delta: 1 } : kind === 'smooth-l1' ? { beta: 1 } : {}) };
      assert.deepEqual(prepared.params, expectedParams);
      const { outputs } = await run({ params: { kind } });
      assert.deepEqual(outputs.loss.dims, [], kind);
      assert.deepEqual(outputs.grad.dims, prepared.inputs.input.dims, kind);
      assert.ok(outputs.loss.data.every((v) => v !== null && Number.isFinite(v)), kind);
    }
    assert.deepEqual(lossDemo.prepare({ params: { kind: 'cross-entropy' } }).inputs.target, { dims: [2], data: [0, 2] });
    assert.deepEqual(lossDemo.prepare({ params: { kind: 'cross-entropy' } }).inputs.input.dims, [2, 3]);
  });

  test('the extra outputs: unreduced losses and their derivative (grad under sum)', async () => {
    const { outputs } = await run({ params: { kind: 'mse' } });
    // input (2.5, 0, 2, 8), target (3, −0.5, 2, 6): d = (−0.5, 0.5, 0, 2)
    assert.deepEqual(outputs.losses, { dims: [4], data: [0.25, 0.25, 0, 4] });
    assert.deepEqual(outputs.dlosses, { dims: [4], data: [-1, 1, 0, 4] });
    assert.deepEqual(outputs.grad, { dims: [4], data: [-0.25, 0.25, 0, 1] });
    assert.deepEqual(outputs.residual, { dims: [4], data: [-0.5, 0.5, 0, 2] }, 'regression kinds return input − target');
    assert.equal((await run({ params: { kind: 'bce' } })).outputs.residual, undefined);
    const ce = await run({ params: { kind: 'cross-entropy', reduction: 'sum' } });
    assert.deepEqual(ce.outputs.losses.dims, [2]);
    assert.deepEqual(ce.outputs.grad, ce.outputs.dlosses);
  });

  test('bce-with-logits is stable for huge logits; bce clamps log at −100 like PyTorch', async () => {
    const big = await run({ params: { kind: 'bce-with-logits', reduction: 'sum' }, inputs: { input: { dims: [2], data: [200, -200] }, target: { dims: [2], data: [0, 1] } } });
    assertTensorClose(big.outputs.loss, { dims: [], data: [400] }, 1e-5, 'loss');
    assertTensorClose(big.outputs.grad, { dims: [2], data: [1, -1] }, 1e-6, 'grad');
    const edge = await run({ params: { reduction: 'sum' }, inputs: { input: { dims: [2], data: [0, 1] }, target: { dims: [2], data: [1, 1] } } });
    assertTensorClose(edge.outputs.loss, { dims: [], data: [100] }, 1e-5, 'loss');
    assert.equal(edge.outputs.grad.data[1], 0);
  });

  test('modelKey changes with everything baked into the graph', () => {
    const key = (request: DemoRequest) => lossDemo.prepare(request).modelKey;
    const keys = new Set([
      key({}),
      key({ params: { reduction: 'sum' } }),
      key({ params: { kind: 'bce-with-logits' } }),
      key({ params: { kind: 'huber' } }),
      key({ params: { kind: 'huber', delta: 0.5 } }),
      key({ params: { kind: 'smooth-l1', beta: 0.5 } }),
      key({ inputs: { input: { dims: [2], data: [0.5, 0.5] }, target: { dims: [2], data: [1, 0] } } }),
    ]);
    assert.equal(keys.size, 7);
    // delta means nothing to mse: same model.
    assert.equal(key({ params: { kind: 'mse', delta: 3 } }), key({ params: { kind: 'mse' } }));
  });

  test('bad params name the problem', () => {
    rejects({ params: { kind: 'hinge' } }, /param kind must be one of mse, l1, huber, smooth-l1, bce, bce-with-logits, cross-entropy, nll, kl-div; got "hinge"/);
    rejects({ params: { reduction: 'none' } }, /param reduction must be one of mean, sum; got "none"/);
    rejects({ params: { kind: 'huber', delta: 0 } }, /param delta must be a positive number, got 0/);
    rejects({ params: { kind: 'smooth-l1', beta: -1 } }, /param beta must be a positive number, got -1/);
    rejects({ params: { kind: 'huber', delta: '1' } }, /param delta must be a positive number/);
    rejects({ params: { lr: 1 } }, /unknown param "lr"/);
    rejects({ inputs: { pred: { dims: [1], data: [0.5] } } }, /unknown input "pred"/);
  });

  test('bad dims and values name the problem', () => {
    const v = (data: number[]) => ({ dims: [data.length], data });
    rejects({ params: { kind: 'mse' }, inputs: { input: v([1, 2, 3]), target: v([1, 2]) } }, /mse: target must have input's shape 3, got 2/);
    rejects({ params: { kind: 'mse' }, inputs: { input: { dims: [1, 1, 1, 1, 1], data: [1] } } }, /input input must have 1 to 4 dims, got 5/);
    rejects({ inputs: { input: v([0.5, 1.3, 0.2]) } }, /bce: input\[1\] = 1.3 is not a probability/);
    rejects({ inputs: { target: v([1, 2, 0]) } }, /bce: target\[1\] = 2 is not a probability/);
    rejects({ params: { kind: 'kl-div' }, inputs: { target: { dims: [2, 3], data: [0.5, 0.5, 0, 0.2, -0.1, 0.9] } } }, /kl-div: target\[1,1\] = -0.1 is negative/);
    const logits = { dims: [2, 3], data: [1, 2, 3, 4, 5, 6] };
    rejects({ params: { kind: 'cross-entropy' }, inputs: { input: logits, target: v([0, 3]) } }, /cross-entropy: target\[1\] = 3 is not a class index: targets must be integers in \[0, 3\)/);
    rejects({ params: { kind: 'nll' }, inputs: { input: logits, target: v([1.5, 0]) } }, /nll: target\[0\] = 1.5 is not a class index/);
    rejects({ params: { kind: 'cross-entropy' }, inputs: { input: logits, target: v([-1, 0]) } }, /target\[0\] = -1 is not a class index/);
    rejects({ params: { kind: 'cross-entropy' }, inputs: { input: logits, target: v([0, 1, 2]) } }, /target must hold N = 2 class indices, got 3/);
    rejects({ params: { kind: 'cross-entropy' }, inputs: { input: v([1, 2, 3]) } }, /input input must have 2 dims, got 1/);
    rejects({ params: { kind: 'nll' }, inputs: { target: { dims: [2, 1], data: [0, 1] } } }, /input target must have 1 dims, got 2/);
    rejects({ inputs: { input: { dims: [2], data: [0.5] } } }, /need 2 values, got 1/);
  });
});
