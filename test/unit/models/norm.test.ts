import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { normDemo } from '../../../src/models/norm';
import { assertTensorClose, torchFixture, runDemoRequest, assertRejects } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(normDemo, request);

const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(normDemo, request, pattern);

suite('norm demo', () => {
  for (const c of torchFixture('norm')) {
    test(`matches PyTorch: ${c.name}`, async () => {
      const result = await run({ params: c.params, inputs: c.inputs });
      assert.equal(result.ep, 'wasm');
      for (const [name, expected] of Object.entries(c.outputs)) assertTensorClose(result.outputs[name], expected, 1e-5, name);
    });
  }

  test('defaults: batch norm, eps 1e-5, on x = arange(32)/2 − 8 shaped (2,4,2,2)', async () => {
    const prepared = normDemo.prepare({});
    assert.deepEqual(prepared.params, { kind: 'batch', eps: 1e-5 });
    assert.deepEqual(prepared.inputs.x.dims, [2, 4, 2, 2]);
    assert.deepEqual(prepared.inputs.x.data.slice(0, 3), [-8, -7.5, -7]);
    const { outputs } = await run({});
    // Channel c holds −8 + 2c + {0, .5, 1, 1.5} (sample 0) and the same + 8 (sample 1).
    assertTensorClose(outputs.mean, { dims: [4], data: [-3.25, -1.25, 0.75, 2.75] }, 1e-6, 'mean');
    assertTensorClose(outputs.var, { dims: [4], data: [16.3125, 16.3125, 16.3125, 16.3125] }, 1e-6, 'var');
    assert.deepEqual(outputs.x_centered.dims, [2, 4, 2, 2]);
    assert.deepEqual(outputs.std.dims, [4]);
  });

  test('contract shapes: batch (C), layer (N), group (N, groups), instance (N, C)', async () => {
    const x = { dims: [3, 6, 1, 2], data: Array.from({ length: 36 }, (_, i) => Math.sin(i)) };
    const shapes: [Record<string, unknown>, number[]][] = [
      [{ kind: 'batch' }, [6]],
      [{ kind: 'layer' }, [3]],
      [{ kind: 'group', groups: 3 }, [3, 3]],
      [{ kind: 'instance' }, [3, 6]],
    ];
    for (const [params, dims] of shapes) {
      const { outputs } = await run({ params, inputs: { x } });
      assert.deepEqual(outputs.y.dims, [3, 6, 1, 2], `${params.kind} y`);
      assert.deepEqual(outputs.mean.dims, dims, `${params.kind} mean`);
      assert.deepEqual(outputs.var.dims, dims, `${params.kind} var`);
      assert.deepEqual(outputs.std.dims, dims, `${params.kind} std`);
    }
  });

  test('the graph is built from primitives, not the norm ops', () => {
    for (const kind of ['batch', 'layer', 'group', 'instance']) {
      const text = Buffer.from(normDemo.prepare({ params: { kind } }).buildModel()).toString('latin1');
      assert.ok(!/BatchNormalization|LayerNormalization|InstanceNormalization|GroupNormalization/.test(text), kind);
      assert.ok(text.includes('ReduceMean'), kind);
    }
  });

  test('the model key covers every param that changes the graph', () => {
    const key = (r: DemoRequest) => normDemo.prepare(r).modelKey;
    assert.notEqual(key({ params: { kind: 'batch' } }), key({ params: { kind: 'layer' } }));
    assert.notEqual(key({ params: { eps: 1e-5 } }), key({ params: { eps: 1e-3 } }));
    assert.notEqual(key({ params: { kind: 'group', groups: 1 } }), key({ params: { kind: 'group', groups: 2 } }));
    const other = { x: { dims: [1, 4, 1, 1], data: [1, 2, 3, 4] } };
    assert.notEqual(key({ params: { kind: 'group' } }), key({ params: { kind: 'group' }, inputs: other }));
    assert.equal(key({ params: { kind: 'layer', groups: 4 } }), key({ params: { kind: 'layer' } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { kind: 'rms' } }, /unknown kind "rms" \(expected one of batch, layer, group, instance\)/);
    rejects({ params: { kind: 'group', groups: 3 } }, /groups \(3\) must divide the channel count C \(4\)/);
    rejects({ params: { groups: 0 } }, /groups must be a positive integer, got 0/);
    rejects({ params: { groups: 1.5 } }, /groups must be a positive integer/);
    rejects({ params: { eps: -1 } }, /eps must be a finite number ≥ 0, got -1/);
    rejects({ params: { eps: '1e-5' } }, /eps must be a finite number/);
    rejects({ params: { momentum: 0.1 } }, /unknown param "momentum"/);
    rejects({ inputs: { x: { dims: [2, 4], data: [1, 2, 3, 4, 5, 6, 7, 8] } } }, /x must have 4 dims, got 2/);
    rejects({ inputs: { x: { dims: [1, 1, 1, 2], data: [1] } } }, /need 2 values, got 1/);
    rejects({ inputs: { G: { dims: [1], data: [1] } } }, /unknown input "G"/);
  });
});
