import * as assert from 'node:assert/strict';
import { attentionDemo, multiHeadExample } from '../../../src/models/attention';
import { lossDemo } from '../../../src/models/loss';
import { variantRequest } from '../../../webview/demos/variants';

suite('switching a variant keeps the inputs that apply', () => {
  const self = attentionDemo.prepare({ params: { kind: 'self' } }).inputs;

  test('self → cross keeps the four projections and drops X; the request prepares', () => {
    const edited = { ...self, W_q: { dims: self.W_q.dims, data: self.W_q.data.map((v, i) => (i === 0 ? 5 : v)) } };
    const r = variantRequest(attentionDemo, { kind: 'cross' }, edited);
    assert.deepEqual(Object.keys(r.inputs ?? {}).sort(), ['W_k', 'W_o', 'W_q', 'W_v']);
    assert.equal((r.inputs!.W_q as { data: number[] }).data[0], 5, 'the edit survives');
    const prepared = attentionDemo.prepare(r);
    assert.deepEqual(prepared.inputs.X_dec.dims, [3, 8]);
    assert.deepEqual(prepared.inputs.X_enc.dims, [5, 8]);
  });

  test('self → sdpa drops every input (sdpa takes Q, K, V)', () => {
    assert.deepEqual(variantRequest(attentionDemo, { kind: 'sdpa' }, self), { params: { kind: 'sdpa' } });
    assert.doesNotThrow(() => attentionDemo.prepare(variantRequest(attentionDemo, { kind: 'sdpa' }, self)));
  });

  test('inputs that do not fit the new variant are dropped whole: 6-wide projections against the 8-wide default sequences of cross', () => {
    const six = multiHeadExample('self', 6);
    assert.deepEqual(variantRequest(attentionDemo, { kind: 'cross' }, six), { params: { kind: 'cross' } });
    assert.doesNotThrow(() => attentionDemo.prepare(variantRequest(attentionDemo, { kind: 'cross' }, six)));
  });

  test('loss: regression inputs carry over between regression kinds, not into cross-entropy', () => {
    const mse = lossDemo.prepare({ params: { kind: 'mse' } }).inputs;
    assert.deepEqual(Object.keys(variantRequest(lossDemo, { kind: 'l1' }, mse).inputs ?? {}).sort(), ['input', 'target']);
    assert.deepEqual(variantRequest(lossDemo, { kind: 'cross-entropy' }, mse), { params: { kind: 'cross-entropy' } });
  });

  test('no inputs, or an invalid variant: just the params', () => {
    assert.deepEqual(variantRequest(attentionDemo, { kind: 'cross' }, undefined), { params: { kind: 'cross' } });
    assert.deepEqual(variantRequest(attentionDemo, { kind: 'nope' }, self), { params: { kind: 'nope' } });
  });
});
