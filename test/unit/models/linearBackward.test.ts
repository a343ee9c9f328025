import * as assert from 'node:assert/strict';
import katex from 'katex';
import { DemoInputError, type DemoRequest } from '../../../src/models';
import { linearBackward } from '../../../src/models/linearBackward';
import { runDemoRequest, fixtureTests } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(linearBackward, request);

suite('linear-backward demo', () => {
  fixtureTests(linearBackward);

  test('defaults: x = [[1,2,3],[4,5,6]], W = [[1,-1,2],[0,1,-1]], b = [0.5,-0.5], G = ones', async () => {
    const prepared = linearBackward.prepare({});
    assert.deepEqual(prepared.inputs.G, { dims: [2, 2], data: [1, 1, 1, 1] });
    assert.deepEqual(prepared.params, {});
    const { outputs } = await run({});
    assert.deepEqual(outputs.y, { dims: [2, 2], data: [5.5, -1.5, 11.5, -1.5] });
    assert.deepEqual(outputs.dx, { dims: [2, 3], data: [1, 0, 1, 1, 0, 1] });
    assert.deepEqual(outputs.dW, { dims: [2, 3], data: [5, 7, 9, 5, 7, 9] });
    assert.deepEqual(outputs.db, { dims: [2], data: [2, 2] });
  });

  test('b defaults to zeros when W is given without it', async () => {
    const { outputs } = await run({ inputs: { W: { dims: [1, 3], data: [1, 1, 1] } } });
    assert.deepEqual(outputs.y, { dims: [2, 1], data: [6, 15] });
    assert.deepEqual(outputs.db, { dims: [1], data: [2] });
  });

  test('steps are well-formed in both languages and their formulas render', () => {
    assert.ok(linearBackward.steps.length >= 3 && linearBackward.steps.length <= 6);
    const known = new Set([...linearBackward.inputs.map((i) => i.name), ...linearBackward.outputs]);
    for (const step of linearBackward.steps) {
      assert.ok(step.title.en && step.title['zh-cn'] && step.note.en && step.note['zh-cn'], step.id);
      assert.doesNotThrow(() => katex.renderToString(step.formula, { throwOnError: true }), step.id);
      for (const t of step.tensors) assert.ok(known.has(t), `${step.id}: unknown tensor ${t}`);
    }
  });

  test('bad dims and params name the problem', () => {
    const bad = (request: DemoRequest, pattern: RegExp) =>
      assert.throws(() => linearBackward.prepare(request), (e: Error) => e instanceof DemoInputError && pattern.test(e.message));
    bad({ inputs: { W: { dims: [2, 2], data: [1, 2, 3, 4] } } }, /its columns \(2\) must equal x's features \(in = 3\)/);
    bad({ inputs: { b: { dims: [3], data: [1, 2, 3] } } }, /b must have 2 values/);
    bad({ inputs: { b: { dims: [1, 2], data: [1, 2] } } }, /input b must have 1 dims/);
    bad({ inputs: { G: { dims: [2, 3], data: [1, 1, 1, 1, 1, 1] } } }, /G must have y's shape 2×2, got 2×3/);
    bad({ inputs: { x: { dims: [3], data: [1, 2, 3] } } }, /input x must have 2 dims/);
    bad({ inputs: { x: { dims: [2, 3], data: [1, 2] } } }, /need 6 values, got 2/);
    bad({ inputs: { x: { dims: [1, 3], data: [1, NaN, 3] } } }, /finite/);
    bad({ inputs: { y: { dims: [1], data: [1] } } }, /unknown input "y"/);
    bad({ params: { stride: 1 } }, /unknown param "stride"/);
  });
});
