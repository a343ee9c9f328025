import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { activationDemo } from '../../../src/models/activation';
import { assertTensorClose, runDemoRequest, assertRejects, fixtureTests } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(activationDemo, request);

const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(activationDemo, request, pattern);

suite('activation demo', () => {
  fixtureTests(activationDemo);

  test('defaults: relu on x = [-2, -1, -0.5, 0, 0.5, 1, 2] with G = ones', async () => {
    const prepared = activationDemo.prepare({});
    assert.deepEqual(prepared.params, { fn: 'relu' });
    assert.deepEqual(prepared.inputs.G, { dims: [7], data: [1, 1, 1, 1, 1, 1, 1] });
    const { outputs } = await run({});
    assert.deepEqual(outputs.y, { dims: [7], data: [0, 0, 0, 0, 0.5, 1, 2] });
    assert.deepEqual(outputs.dydx, { dims: [7], data: [0, 0, 0, 0, 1, 1, 1] });
    assert.deepEqual(outputs.dfdx, outputs.dydx);
  });

  test('leaky-relu keeps slope alpha for x <= 0 (default 0.01)', async () => {
    const { outputs } = await run({ params: { fn: 'leaky-relu' } });
    assertTensorClose(outputs.dydx, { dims: [7], data: [0.01, 0.01, 0.01, 0.01, 1, 1, 1] }, 1e-7, 'dydx');
    assertTensorClose(outputs.y, { dims: [7], data: [-0.02, -0.01, -0.005, 0, 0.5, 1, 2] }, 1e-7, 'y');
  });

  test('softmax: rows sum to 1, G = ones gives zero gradient, sum_Gy is sum(G*y) per row', async () => {
    const x = { dims: [2, 3], data: [1, 2, 3, -1, 0, 1] };
    const G = { dims: [2, 3], data: [1, 0, -1, 2, 2, 2] };
    const ones = await run({ params: { fn: 'softmax' }, inputs: { x } });
    for (const v of ones.outputs.dydx.data) assert.ok(Math.abs(v!) < 1e-7);
    const { outputs } = await run({ params: { fn: 'softmax' }, inputs: { x, G } });
    const y = outputs.y.data as number[];
    assert.ok(Math.abs(y[0] + y[1] + y[2] - 1) < 1e-6);
    assert.deepEqual(outputs.sum_Gy.dims, [2, 1]);
    assertTensorClose(outputs.sum_Gy, { dims: [2, 1], data: [y[0] - y[2], 2] }, 1e-6, 'sum_Gy');
    // Row 2 has constant G: the gradient is y·(2 − 2) = 0.
    for (const v of outputs.dydx.data.slice(3)) assert.ok(Math.abs(v!) < 1e-6);
  });

  test('the model key covers every param that changes the graph', () => {
    const key = (r: DemoRequest) => activationDemo.prepare(r).modelKey;
    assert.notEqual(key({ params: { fn: 'relu' } }), key({ params: { fn: 'gelu' } }));
    assert.notEqual(key({ params: { fn: 'leaky-relu' } }), key({ params: { fn: 'leaky-relu', alpha: 0.2 } }));
    assert.notEqual(key({}), key({ inputs: { x: { dims: [1, 2], data: [1, 2] } } }));
    assert.equal(key({ params: { fn: 'tanh', alpha: 0.3 } }), key({ params: { fn: 'tanh' } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { fn: 'swish' } }, /unknown fn "swish" \(expected one of relu, leaky-relu, gelu, sigmoid, tanh, silu, softmax\)/);
    rejects({ params: { fn: 3 } }, /unknown fn 3/);
    rejects({ params: { alpha: 'big' } }, /alpha must be a finite number/);
    rejects({ params: { beta: 1 } }, /unknown param "beta"/);
    rejects({ inputs: { y: { dims: [1], data: [1] } } }, /unknown input "y"/);
    rejects({ inputs: { x: { dims: [2, 2], data: [1, 2, 3] } } }, /need 4 values, got 3/);
    rejects({ inputs: { x: { dims: [1, 1, 1, 1, 2], data: [1, 2] } } }, /x must have 1 to 4 dims, got 5/);
    rejects({ inputs: { x: { dims: [], data: [1] } } }, /x must have 1 to 4 dims, got 0/);
    rejects({ inputs: { G: { dims: [6], data: [1, 1, 1, 1, 1, 1] } } }, /G must have x's shape 7, got 6/);
    rejects({ inputs: { x: { dims: [2, 3], data: [1, 2, 3, 4, 5, 6] }, G: { dims: [3, 2], data: [1, 1, 1, 1, 1, 1] } } }, /G must have x's shape 2×3, got 3×2/);
    rejects({ inputs: { x: { dims: [1], data: [NaN] } } }, /finite/);
  });
});
