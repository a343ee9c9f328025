/**
 * The static shape engine against PyTorch: every fixture in test/fixtures/shapes (made by forward hooks in
 * generate.py) is inferred from the model file alone and compared call by call — name, op, line, input and
 * output shapes, parameters — plus the forward's output and the model's parameter total.
 */
import * as assert from 'node:assert/strict';
import { fixtures, inferFixture } from './shapeFixtures';

suite('shape inference vs PyTorch forward hooks', () => {
  for (const fx of fixtures()) {
    test(`${fx.case}: ${fx.class}(${fx.args}) on ${fx.inputs.join(', ')}`, async () => {
      const r = await inferFixture(fx);
      if (fx.error) {
        assert.equal(r.problem?.kind, 'shape', `expected a shape error, got ${JSON.stringify(r.problem)}`);
        assert.equal(r.problem?.line, fx.error.line, r.problem?.message);
      } else {
        assert.equal(r.problem, undefined, `${r.problem?.message} (line ${r.problem?.line})`);
        assert.deepEqual(r.output, fx.output, 'forward output');
        assert.equal(r.params, fx.params, 'total parameters');
      }
      const got = r.rows.map((x) => ({ line: x.line, name: x.name, op: x.op, in: x.in, out: x.out, params: x.params }));
      const want = fx.records.map((x) => ({ line: x.line, name: x.name, op: x.op, in: x.in, out: x.out, params: x.params }));
      for (let i = 0; i < Math.max(got.length, want.length); i++) assert.deepEqual(got[i], want[i], `call #${i} (${want[i]?.name ?? got[i]?.name})`);
    });
  }
});
