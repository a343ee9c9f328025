import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { attentionDemo } from '../../../src/models/attention';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(attentionDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(attentionDemo, request, pattern);

const rowSums = (data: (number | null)[], cols: number) =>
  Array.from({ length: data.length / cols }, (_, r) => data.slice(r * cols, (r + 1) * cols).reduce((a: number, b) => a + (b ?? 0), 0));
const std = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
};

suite('attention demo', () => {
  fixtureTests(attentionDemo);

  test('defaults: sdpa on Q, K (4×8) and V (4×4) with scale 1/√8', async () => {
    const prepared = attentionDemo.prepare({});
    assert.deepEqual(prepared.params, { kind: 'sdpa', causal: false, scale: 1 / Math.sqrt(8) });
    assert.deepEqual([prepared.inputs.Q.dims, prepared.inputs.K.dims, prepared.inputs.V.dims], [[4, 8], [4, 8], [4, 4]]);
    const { outputs } = await run({});
    for (const s of rowSums(outputs.weights.data, 4)) assert.ok(Math.abs(s - 1) < 1e-6, `row sum ${s}`);
    // The √d argument in numbers: raw dot products spread ≈ √8 times wider than the scaled scores, and the
    // unscaled softmax is much peakier.
    const qk = outputs.qk.data as number[];
    const scores = outputs.scores.data as number[];
    assert.ok(Math.abs(std(qk) / std(scores) - Math.sqrt(8)) < 1e-5);
    const peak = (w: (number | null)[]) => Math.max(...rowSums(w.map((x) => (x ?? 0) ** 2), 4));
    assert.ok(peak(outputs.weights_unscaled.data) > peak(outputs.weights.data), 'unscaled rows are closer to one-hot');
  });

  test('causal: masked scores are −∞ (null), their weights exactly 0, the first query sees only the first key', async () => {
    const { outputs } = await run({ params: { causal: true } });
    const { data } = outputs.scores;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) assert.equal(data[i * 4 + j] === null, j > i, `scores[${i},${j}]`);
    assert.deepEqual(outputs.weights.data.slice(0, 4), [1, 0, 0, 0]);
    assert.deepEqual(outputs.out.data.slice(0, 4), attentionDemo.prepare({}).inputs.V.data.slice(0, 4).map((v) => Math.fround(v as number)));
  });

  test('multi-head: heads concatenate into concat, per-head weights average into weights_avg', async () => {
    const prepared = attentionDemo.prepare({ params: { kind: 'self', heads: 4 } });
    assert.deepEqual(prepared.params, { kind: 'self', heads: 4, causal: false, scale: 1 / Math.sqrt(4) });
    assert.deepEqual(prepared.inputs.X.dims, [4, 16], 'default width E = heads · 4');
    const { outputs } = await run({ params: { kind: 'self', heads: 4 } });
    assert.deepEqual(outputs.weights.dims, [4, 4, 4]);
    assert.deepEqual(outputs.heads.dims, [4, 4, 4]);
    assert.deepEqual(outputs.concat.dims, [4, 16]);
    // concat[i, h·4 + c] = heads[h, i, c]
    assert.equal(outputs.concat.data[1 * 16 + 2 * 4 + 3], outputs.heads.data[2 * 16 + 1 * 4 + 3]);
    const avg = outputs.weights_avg.data[5] as number;
    const perHead = [0, 1, 2, 3].map((h) => outputs.weights.data[h * 16 + 5] as number);
    assert.ok(Math.abs(avg - perHead.reduce((a, b) => a + b) / 4) < 1e-6);
  });

  test('cross: queries from the decoder (L = 3), keys and values from the encoder (S = 5)', async () => {
    const { outputs } = await run({ params: { kind: 'cross' } });
    assert.deepEqual(outputs.weights.dims, [2, 3, 5]);
    assert.deepEqual(outputs.Q.dims, [3, 8]);
    assert.deepEqual(outputs.K.dims, [5, 8]);
    assert.deepEqual(outputs.out.dims, [3, 8]);
  });

  test('the model key covers kind, mask, scale, heads and shapes', () => {
    const key = (r: DemoRequest) => attentionDemo.prepare(r).modelKey;
    const base = key({});
    assert.notEqual(key({ params: { causal: true } }), base);
    assert.notEqual(key({ params: { scale: 1 } }), base);
    assert.notEqual(key({ params: { kind: 'self' } }), key({ params: { kind: 'self', heads: 1 } }));
    assert.notEqual(key({ params: { kind: 'self' } }), key({ params: { kind: 'cross' } }));
    const q = { dims: [2, 8], data: new Array(16).fill(0.5) };
    assert.notEqual(key({ inputs: { Q: q } }), base);
    assert.equal(key({ params: { scale: 1 / Math.sqrt(8) } }), base);
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { kind: 'linear' } }, /param kind must be one of sdpa, self, cross/);
    rejects({ params: { causal: 'yes' } }, /param causal must be true or false/);
    rejects({ params: { scale: 0 } }, /param scale must be a finite number > 0, got 0/);
    rejects({ params: { heads: 2 } }, /param heads applies to kinds self and cross/);
    rejects({ params: { kind: 'self', heads: 3 }, inputs: { X: { dims: [2, 8], data: new Array(16).fill(1) } } }, /heads \(3\) must divide the model width E \(8\)/);
    rejects({ params: { kind: 'self', heads: 0 } }, /param heads must be an integer in \[1, 16\], got 0/);
    rejects({ inputs: { K: { dims: [4, 3], data: new Array(12).fill(0) } } }, /K must have Q's width d = 8/);
    rejects({ inputs: { V: { dims: [3, 4], data: new Array(12).fill(0) } } }, /V needs one row per key: K has S = 4 rows, V has 3/);
    rejects({ inputs: { X: { dims: [2, 8], data: new Array(16).fill(0) } } }, /input X does not apply to kind sdpa \(sdpa takes Q, K, V\)/);
    rejects({ params: { kind: 'cross' }, inputs: { X_enc: { dims: [2, 6], data: new Array(12).fill(0) } } }, /X_enc must have X_dec's width E = 8, got 2×6/);
    rejects({ params: { kind: 'self' }, inputs: { W_o: { dims: [8, 4], data: new Array(32).fill(0) } } }, /W_o must be E×E = 8×8/);
    rejects({ inputs: { A: { dims: [1], data: [1] } } }, /unknown input "A"/);
  });
});
