import * as assert from 'node:assert/strict';
import { attentionDemo } from '../../../src/models/attention';
import { headChoices, headColumns, medianRowMax, plane, SWEEP_DIMS, sweepRequest } from '../../../webview/demos/attentionParts';
import { runDemoRequest, torchFixture } from '../helpers';

suite('attention picture: heads and the √d sweep', () => {
  test('plane h of the per-head weights is head h of PyTorch\'s (heads, L, S) attention weights', () => {
    const c = torchFixture('attention').find((x) => x.name === 'self 4 heads causal')!;
    const w = c.outputs.weights;
    assert.deepEqual(w.dims, [4, 4, 4]);
    const p2 = plane(w, 2);
    assert.deepEqual(p2.dims, [4, 4]);
    assert.deepEqual(p2.data, w.data.slice(32, 48));
    assert.equal(plane(c.outputs.weights_avg, 0), c.outputs.weights_avg, 'a matrix is its own plane');
  });

  test('head h owns columns h·dh … (h+1)·dh − 1, as nn.MultiheadAttention splits E', () => {
    assert.deepEqual(headColumns([2, 8], 4, 1), [2, 3, 10, 11]);
    assert.deepEqual(headColumns([1, 6], 3, 2), [4, 5]);
    // The concat of the heads is the heads' outputs side by side: concat[:, h·dh:(h+1)·dh] = heads[h].
    const c = torchFixture('attention').find((x) => x.name === 'self 4 heads causal')!;
    const { heads, concat } = c.outputs;
    for (let h = 0; h < 4; h++) assert.deepEqual(headColumns(concat.dims, 4, h).map((i) => concat.data[i]), plane(heads, h).data);
  });

  test('head choices divide the width', () => {
    assert.deepEqual(headChoices(8), [1, 2, 4, 8]);
    assert.deepEqual(headChoices(6), [1, 2, 3, 6]);
    assert.deepEqual(headChoices(64), [1, 2, 4, 8, 16]);
  });

  test('median of row maxima picks a value of the tensor', () => {
    assert.equal(medianRowMax({ dims: [3, 2], data: [0.1, 0.9, 0.6, 0.4, 0.3, 0.7] }), 0.7);
  });

  test('the sweep (ORT, wasm): unscaled softmax turns one-hot as d grows, the 1/√d scale keeps it soft', async () => {
    const top: { d: number; unscaled: number; scaled: number }[] = [];
    for (const d of SWEEP_DIMS) {
      const r = await runDemoRequest(attentionDemo, sweepRequest(d));
      top.push({ d, unscaled: medianRowMax(r.outputs.weights_unscaled), scaled: medianRowMax(r.outputs.weights) });
    }
    const at = (d: number) => top.find((x) => x.d === d)!;
    assert.equal(at(1).unscaled, at(1).scaled, 'd = 1: the scale is 1');
    assert.ok(at(256).unscaled > 0.95, `d = 256 unscaled: ${at(256).unscaled}`);
    assert.ok(at(64).unscaled > 0.75, `d = 64 unscaled: ${at(64).unscaled}`);
    for (const { d, scaled } of top) assert.ok(scaled > 0.15 && scaled < 0.5, `d = ${d} scaled: ${scaled}`);
  });
});
