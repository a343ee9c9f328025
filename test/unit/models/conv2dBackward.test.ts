import * as assert from 'node:assert/strict';
import katex from 'katex';
import { DemoInputError, type DemoRequest } from '../../../src/models';
import { conv2dBackward } from '../../../src/models/conv2dBackward';
import { runDemoRequest, fixtureTests } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(conv2dBackward, request);

suite('conv2d-backward demo', () => {
  fixtureTests(conv2dBackward);

  test('defaults: x = 1..16 (1,1,4,4), w 3×3, stride 1, padding 0, G = ones', async () => {
    const prepared = conv2dBackward.prepare({});
    assert.deepEqual(prepared.params, { stride: 1, padding: 0 });
    assert.deepEqual(prepared.inputs.x.data, Array.from({ length: 16 }, (_, i) => i + 1));
    assert.deepEqual(prepared.inputs.G, { dims: [1, 1, 2, 2], data: [1, 1, 1, 1] });
    const { outputs } = await run({});
    assert.deepEqual(outputs.y, { dims: [1, 1, 2, 2], data: [15, 18, 27, 30] });
    assert.deepEqual(outputs.dx, { dims: [1, 1, 4, 4], data: [1, 1, -1, -1, 3, 4, 0, -1, 2, 2, 1, 1, 0, -1, 0, 1] });
    // With G = ones, dw[u,v] sums the 2×2 block of x starting at (u, v).
    assert.deepEqual(outputs.dw, { dims: [1, 1, 3, 3], data: [14, 18, 22, 30, 34, 38, 46, 50, 54] });
    assert.deepEqual(outputs.w_flipped, { dims: [1, 1, 3, 3], data: [1, -1, 0, 0, 1, 2, -1, 0, 1] });
  });

  test('dx keeps x’s shape when the stride does not divide H + 2p − k (output_padding)', async () => {
    const prepared = conv2dBackward.prepare({ params: { stride: 2, padding: 1 } });
    assert.match(prepared.modelKey, /s2:p1:.*op1x1/);
    const { outputs } = await run({ params: { stride: 2, padding: 1 } });
    assert.deepEqual(outputs.y.dims, [1, 1, 2, 2]);
    assert.deepEqual(outputs.dx.dims, [1, 1, 4, 4]);
    assert.deepEqual(outputs.dw.dims, [1, 1, 3, 3]);
  });

  test('modelKey changes with every param that changes the graph', () => {
    const keys = new Set(
      [
        {},
        { params: { stride: 2 } },
        { params: { padding: 1 } },
        { inputs: { w: { dims: [1, 1, 2, 3], data: [1, 2, 3, 4, 5, 6] } } },
        { inputs: { x: { dims: [1, 1, 5, 4], data: Array(20).fill(1) } }, params: { stride: 2 } },
      ].map((r) => conv2dBackward.prepare(r).modelKey),
    );
    assert.equal(keys.size, 5);
  });

  test('steps are well-formed in both languages and their formulas render', () => {
    assert.ok(conv2dBackward.steps.length >= 3 && conv2dBackward.steps.length <= 6);
    const known = new Set([...conv2dBackward.inputs.map((i) => i.name), ...conv2dBackward.prepare({}).outputNames]);
    for (const step of conv2dBackward.steps) {
      assert.ok(step.title.en && step.title['zh-cn'] && step.note.en && step.note['zh-cn'], step.id);
      assert.doesNotThrow(() => katex.renderToString(step.formula, { throwOnError: true }), step.id);
      for (const t of step.tensors) assert.ok(known.has(t), `${step.id}: unknown tensor ${t}`);
    }
  });

  test('bad dims and params name the problem', () => {
    const bad = (request: DemoRequest, pattern: RegExp) =>
      assert.throws(() => conv2dBackward.prepare(request), (e: Error) => e instanceof DemoInputError && pattern.test(e.message));
    bad({ params: { stride: 0 } }, /param stride must be between 1 and 8, got 0/);
    bad({ params: { stride: 1.5 } }, /param stride must be an integer/);
    bad({ params: { padding: -1 } }, /param padding must be between 0 and 8, got -1/);
    bad({ params: { padding: '1' } }, /param padding must be an integer/);
    bad({ params: { dilation: 2 } }, /unknown param "dilation"/);
    bad({ inputs: { w: { dims: [1, 2, 3, 3], data: Array(18).fill(1) } } }, /x has 1 channels but w expects 2/);
    bad({ inputs: { w: { dims: [1, 1, 5, 3], data: Array(15).fill(1) } } }, /kernel 5×3 is larger than the padded input 4×4/);
    bad({ inputs: { x: { dims: [4, 4], data: Array(16).fill(1) } } }, /input x must have 4 dims/);
    bad({ inputs: { G: { dims: [1, 1, 3, 3], data: Array(9).fill(1) } } }, /G must have y's shape 1×1×2×2, got 1×1×3×3/);
    bad({ params: { stride: 2 }, inputs: { G: { dims: [1, 1, 2, 2], data: [1, 1, 1, 1] } } }, /G must have y's shape 1×1×1×1/);
  });
});
