import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { rankingMetricsDemo } from '../../../src/models/rankingMetrics';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(rankingMetricsDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(rankingMetricsDemo, request, pattern);
const list = (data: number[]) => ({ dims: [data.length], data });
const close = (a: number | null, b: number, label: string) => assert.ok(Math.abs((a as number) - b) < 1e-5, `${label}: ${a} vs ${b}`);

suite('ranking-metrics demo', () => {
  fixtureTests(rankingMetricsDemo);

  test('defaults: [0, 2, 3, 0, 1, 2] at k = 5 — MRR 1/2, the last relevant result cut off', async () => {
    assert.deepEqual(rankingMetricsDemo.prepare({}).params, { k: 5 });
    const { outputs } = await run({});
    close(outputs.mrr.data[0], 0.5, 'mrr');
    close(outputs.dcg.data[0], 2 / Math.log2(3) + 3 / 2 + 1 / Math.log2(6), 'dcg');
    close(outputs.idcg.data[0], 3 + 2 / Math.log2(3) + 2 / 2 + 1 / Math.log2(5), 'idcg: the whole list sorted, top 5');
    assert.equal(outputs.gains.data[5], 0, 'position 6 is past k');
    assert.deepEqual(outputs.ideal.data, [3, 2, 2, 1, 0, 0]);
  });

  test('Wikipedia\'s example: DCG₆ of [3, 2, 3, 0, 1, 2] is 6.861', async () => {
    const { outputs } = await run({ params: { k: 6 }, inputs: { relevance: list([3, 2, 3, 0, 1, 2]) } });
    close(outputs.dcg.data[0], 6.861127, 'dcg');
  });

  test('several queries: per-query values and their means', async () => {
    const relevance = { dims: [2, 3], data: [0, 0, 1, 2, 0, 0] };
    const { outputs } = await run({ inputs: { relevance } });
    assert.deepEqual(outputs.rr.data, [1 / 3, 1].map(Math.fround));
    close(outputs.mrr.data[0], (1 / 3 + 1) / 2, 'mrr');
    assert.deepEqual(outputs.gains.dims, [2, 3]);
    assert.deepEqual(outputs.query_ndcg.dims, [2]);
    close(outputs.ndcg.data[0], ((outputs.query_ndcg.data[0] as number) + (outputs.query_ndcg.data[1] as number)) / 2, 'ndcg mean');
  });

  test('k is fixed when the list is edited; the model key follows k and shape', () => {
    assert.equal(rankingMetricsDemo.prepare({ inputs: { relevance: list([1, 2, 3, 4, 5, 6, 7, 8]) } }).params.k, 5);
    const key = (r: DemoRequest) => rankingMetricsDemo.prepare(r).modelKey;
    assert.notEqual(key({}), key({ params: { k: 3 } }));
    assert.notEqual(key({}), key({ inputs: { relevance: list([1, 2]) } }));
    assert.equal(key({}), key({ inputs: { relevance: list([1, 1, 1, 1, 1, 1]) } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { k: 0 } }, /param k must be an integer ≥ 1, got 0/);
    rejects({ inputs: { relevance: list([1, -1, 2]) } }, /relevance values are graded ≥ 0 \(0 = not relevant\); entry 1 is -1/);
    rejects({ inputs: { relevance: { dims: [1, 1, 2], data: [1, 2] } } }, /input relevance must have 1 dims/);
    rejects({ params: { top_k: 3 } }, /unknown param "top_k"/);
  });
});
