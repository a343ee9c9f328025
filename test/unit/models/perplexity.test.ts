import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { perplexityDemo, PERPLEXITY_VOCAB } from '../../../src/models/perplexity';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(perplexityDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(perplexityDemo, request, pattern);

suite('perplexity demo', () => {
  fixtureTests(perplexityDemo);

  test('defaults: "the cat sat on the mat" — the unexpected "mat" costs most; ppl ≈ 1.956', async () => {
    const prepared = perplexityDemo.prepare({});
    assert.deepEqual(prepared.params, {});
    assert.deepEqual(prepared.inputs.logits.dims, [5, PERPLEXITY_VOCAB.length]);
    const { outputs } = await run({});
    const costs = outputs.token_nll.data as number[];
    assert.equal(costs.indexOf(Math.max(...costs)), 4, 'the last token (mat) is the most surprising');
    assert.ok(Math.abs((outputs.ppl.data[0] as number) - 1.95615) < 1e-4);
    assert.ok(Math.abs((outputs.ppl.data[0] as number) - Math.exp(outputs.nll.data[0] as number)) < 1e-6);
    assert.deepEqual(outputs.tokens.data, [5]);
  });

  test('uniform logits give ppl = V', async () => {
    const { outputs } = await run({ inputs: { logits: { dims: [3, 9], data: new Array(27).fill(0.3) }, targets: { dims: [3], data: [0, 4, 8] } } });
    assert.ok(Math.abs((outputs.ppl.data[0] as number) - 9) < 1e-5);
  });

  test('ignore_index drops padding from the sum and the count; the key follows shape and ignore_index', async () => {
    const { outputs } = await run({ params: { ignore_index: -100 }, inputs: { targets: { dims: [5], data: [1, 2, -100, 0, -100] } } });
    assert.deepEqual(outputs.tokens.data, [3]);
    assert.deepEqual([outputs.token_nll.data[2], outputs.token_nll.data[4]], [0, 0]);
    assert.deepEqual([outputs.target_prob.data[2], outputs.target_prob.data[4]], [null, null], 'no target probability for padding');
    const key = (r: DemoRequest) => perplexityDemo.prepare(r).modelKey;
    assert.notEqual(key({}), key({ params: { ignore_index: -100 } }));
    assert.notEqual(key({}), key({ inputs: { logits: { dims: [5, 3], data: new Array(15).fill(0) }, targets: { dims: [5], data: [0, 1, 2, 0, 1] } } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ inputs: { targets: { dims: [5], data: [1, 2, 3, 0, 6] } } }, /targets\[4\] = 6 is not a token id: targets must be integers in \[0, 6\) \(V = 6\)/);
    rejects({ inputs: { targets: { dims: [5], data: [1, 2, 3, 0, -100] } } }, /targets\[4\] = -100 is not a token id/);
    rejects({ inputs: { targets: { dims: [3], data: [1, 2, 3] } } }, /targets needs one token per row of logits: logits is 5×6, targets has 3/);
    rejects({ inputs: { logits: { dims: [30], data: new Array(30).fill(0) } } }, /input logits must have 2 dims/);
    rejects({ params: { ignore_index: 0.5 } }, /param ignore_index must be an integer/);
    rejects({ params: { base: 2 } }, /unknown param "base"/);
  });
});
