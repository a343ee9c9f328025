/**
 * ranking-metrics: MRR, DCG@k and nDCG@k of ranked result lists with graded relevance.
 *
 * relevance (R) is one query's results in ranked order (position 1 first); (Q, R) is Q queries, and the metrics
 * are means over them. Conventions (stated in the steps): gains are linear in the relevance, discounted by
 * 1/log2(position + 1) — sklearn's dcg_score / ndcg_score (log_base 2) and torchmetrics' retrieval_normalized_dcg;
 * the ideal DCG sorts the whole list's relevance (not just the top k) and a query with no relevant result scores
 * nDCG 0, as sklearn. The reciprocal rank is 1/position of the first result with relevance > 0 within the top k,
 * 0 if there is none (torchmetrics' RetrievalMRR(top_k=k) with empty_target_action='neg').
 *
 * Besides mrr, dcg and ndcg the graph returns discounts (R), gains and ideal_gains (each position's discounted
 * gain, 0 past k), ideal (the relevance sorted high to low) and idcg; for (Q, R) input also rr, query_dcg and
 * query_ndcg per query.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import { numberParam } from './params';
import type { TensorData } from './tensor';

/** The default list: the first relevant result at position 2, a good one at 3, and a relevant one cut off by k = 5. */
export const DEFAULT_RELEVANCE: TensorData = { dims: [6], data: [0, 2, 3, 0, 1, 2] };
export const DEFAULT_K = 5;

function buildModel(Q: number, R: number, k: number, perQuery: boolean): Uint8Array {
  const g = new GraphBuilder('ranking_metrics');
  const input = g.input('relevance', 'float32', perQuery ? [Q, R] : [R]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const op = (type: string, ...inputs: string[]) => g.node(type, inputs);
  const toFloat = (v: string) => g.node('Cast', [v], { to: attr.int(1) });
  const sumRows = (v: string, out?: string) => g.node('ReduceSum', [v, ints([1])], { keepdims: attr.int(0) }, out);
  const mean = (v: string, out: string) => g.node('ReduceMean', [v], { keepdims: attr.int(0) }, out);
  /** Back to the input's rank: (1, R) → (R), (1) → []. */
  const shaped = (v: string, out: string) => (perQuery ? g.node('Identity', [v], {}, out) : g.node('Squeeze', [v, ints([0])], {}, out));

  const rel = perQuery ? input : g.node('Unsqueeze', [input, ints([0])]); // (Q, R)
  const pos = g.constant(Array.from({ length: R }, (_, i) => i), [R]); // 0-based position
  const inTopK = toFloat(op('Less', pos, g.constant([k])));
  const discounts = g.node('Div', [g.constant([Math.LN2]), op('Log', op('Add', pos, g.constant([2])))], {}, 'discounts'); // 1/log2(i + 2)
  const weight = op('Mul', discounts, inTopK);

  const gains = op('Mul', rel, weight);
  const dcg = sumRows(gains);
  const [ideal] = g.nodeMulti('TopK', [rel, ints([R])], ['ideal_sorted', 'ideal_order'], { axis: attr.int(1), largest: attr.int(1), sorted: attr.int(1) });
  const idealGains = op('Mul', ideal, weight);
  const idcg = sumRows(idealGains);
  const positive = op('Greater', idcg, g.constant([0]));
  const ndcg = g.node('Where', [positive, op('Div', dcg, g.node('Where', [positive, idcg, g.constant([1])])), g.constant([0])]);
  // 1/(i + 1) at relevant positions within the top k; the first one has the largest value.
  const relevant = op('Mul', toFloat(op('Greater', rel, g.constant([0]))), inTopK);
  const rr = g.node('ReduceMax', [op('Div', relevant, op('Add', pos, g.constant([1])))], { axes: attr.ints([1]), keepdims: attr.int(0) });

  mean(rr, 'mrr');
  mean(dcg, 'dcg');
  mean(ndcg, 'ndcg');
  shaped(gains, 'gains');
  shaped(ideal, 'ideal');
  shaped(idealGains, 'ideal_gains');
  shaped(idcg, 'idcg');
  for (const name of ['mrr', 'dcg', 'ndcg']) g.output(name, 'float32', []);
  g.output('discounts', 'float32', [R]);
  for (const name of ['gains', 'ideal', 'ideal_gains']) g.output(name, 'float32', perQuery ? [Q, R] : [R]);
  g.output('idcg', 'float32', perQuery ? [Q] : []);
  if (perQuery) {
    g.node('Identity', [rr], {}, 'rr');
    g.node('Identity', [dcg], {}, 'query_dcg');
    g.node('Identity', [ndcg], {}, 'query_ndcg');
    for (const name of ['rr', 'query_dcg', 'query_ndcg']) g.output(name, 'float32', [Q]);
  }
  return g.toBytes({ docString: `ML Lens ranking-metrics: MRR@${k}, DCG@${k}, nDCG@${k}` });
}

export const rankingMetricsDemo: DemoDefinition = {
  id: 'ranking-metrics',
  concept: 'ndcg',
  title: { en: 'Ranking metrics: MRR, DCG and nDCG@k', 'zh-cn': '排序指标：MRR、DCG 与 nDCG@k' },
  summary: {
    en: 'How good is a ranked result list (a search, a recommender, a RAG retriever)? MRR looks only at where the first relevant result appears; DCG adds up every result\'s graded relevance, discounted by its position; nDCG divides by the DCG of the best possible order, so 1 means a perfect ranking. @k keeps only the top k positions.',
    'zh-cn': '一个排好序的结果列表（搜索、推荐、RAG 检索）有多好？MRR 只看第一个相关结果出现在哪里；DCG 把每个结果的分级相关度按位置打折后相加；nDCG 再除以最佳排序的 DCG，1 表示完美排序。@k 表示只看前 k 个位置。',
  },
  inputs: [{ name: 'relevance', dims: ['R'], editable: true }],
  outputs: ['mrr', 'dcg', 'ndcg'],
  steps: [
    {
      id: 'rr',
      title: { en: 'Reciprocal rank: where is the first hit?', 'zh-cn': '倒数排名：第一个命中在哪里？' },
      formula: String.raw`\text{RR} = \frac{1}{\operatorname{rank}_{\text{first relevant}}} \qquad \text{MRR} = \frac{1}{|Q|}\sum_{q} \text{RR}_q`,
      tensors: ['relevance', 'rr', 'mrr'],
      note: {
        en: 'A result counts as relevant when its relevance is above 0. The first one at position 2 gives 1/2; none in the top k gives 0. MRR averages this over queries: it suits tasks with one right answer (a RAG retriever\'s gold passage), and ignores everything after the first hit.',
        'zh-cn': '相关度大于 0 的结果算作相关。第一个相关结果在第 2 位，得分 1/2；前 k 个中没有相关结果则为 0。MRR 对所有查询取平均：适合只有一个正确答案的任务（比如 RAG 检索的标准段落），第一个命中之后的结果都不考虑。',
      },
    },
    {
      id: 'dcg',
      title: { en: 'DCG: graded gains, discounted by position', 'zh-cn': 'DCG：分级增益按位置折损' },
      formula: String.raw`\text{DCG@}k = \sum_{i=1}^{k} \frac{\text{rel}_i}{\log_2(i + 1)}`,
      tensors: ['relevance', 'discounts', 'gains', 'dcg'],
      note: {
        en: 'Position 1 counts fully, position 2 by 1/log2(3) ≈ 0.63, position 3 by 0.5, and so on; positions after k count 0. This is the linear-gain DCG of scikit-learn\'s dcg_score and torchmetrics; some papers use 2^rel − 1 instead, which favours highly relevant results more.',
        'zh-cn': '第 1 位完整计入，第 2 位乘 1/log2(3) ≈ 0.63，第 3 位乘 0.5，依此类推；第 k 位之后计为 0。这是 scikit-learn 的 dcg_score 和 torchmetrics 使用的线性增益 DCG；有些论文用 2^rel − 1 作为增益，更偏重高相关度的结果。',
      },
    },
    {
      id: 'ideal',
      title: { en: 'The ideal order', 'zh-cn': '理想排序' },
      formula: String.raw`\text{IDCG@}k = \text{DCG@}k\big(\operatorname{sort}_{\downarrow}(\text{rel})\big)`,
      tensors: ['ideal', 'ideal_gains', 'idcg'],
      note: {
        en: 'The best any ranking of these results could score: all relevance values sorted high to low — including results the list placed below k, which a better ranking would have brought up.',
        'zh-cn': '这些结果在任何排序下能得到的最高分：把全部相关度从高到低排序——包括被列表排在第 k 位之后的结果，更好的排序本可以把它们提上来。',
      },
    },
    {
      id: 'ndcg',
      title: { en: 'nDCG: compared with the best possible', 'zh-cn': 'nDCG：与最佳排序相比' },
      formula: String.raw`\text{nDCG@}k = \frac{\text{DCG@}k}{\text{IDCG@}k} \in [0, 1]`,
      tensors: ['dcg', 'idcg', 'ndcg'],
      note: {
        en: 'Dividing by the ideal makes queries comparable — one with many relevant results and one with few both score 1 when ranked perfectly — so nDCG can be averaged over queries. A query with no relevant result at all scores 0 (sklearn\'s convention).',
        'zh-cn': '除以理想值后，不同查询之间可以比较——相关结果多的和少的，完美排序时都得 1——所以 nDCG 可以对查询取平均。完全没有相关结果的查询得 0（sklearn 的约定）。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['k']);
    rejectUnknown('input', request.inputs, ['relevance']);
    const raw = request.inputs?.relevance as { dims?: unknown } | undefined;
    const rank = Array.isArray(raw?.dims) && raw.dims.length === 2 ? 2 : 1;
    const relevance = tensorInput(request.inputs, 'relevance', rank, () => DEFAULT_RELEVANCE);
    const [Q, R] = rank === 2 ? relevance.dims : [1, relevance.dims[0]];
    relevance.data.forEach((v, i) => {
      if (v === null || v < 0) throw new DemoInputError(`relevance values are graded ≥ 0 (0 = not relevant); entry ${i} is ${v}`);
    });
    // A fixed default (not R), so editing the list never moves k; a k past R scores the whole list, as sklearn.
    const k = numberParam(request.params, 'k', DEFAULT_K, { integer: true, min: 1 });
    return {
      demo: 'ranking-metrics',
      params: { k },
      inputs: { relevance },
      modelKey: `ranking-metrics:k=${k}:${relevance.dims.join('x')}`,
      buildModel: () => buildModel(Q, R, k, rank === 2),
      outputNames: ['mrr', 'dcg', 'ndcg', 'discounts', 'gains', 'ideal', 'ideal_gains', 'idcg', ...(rank === 2 ? ['rr', 'query_dcg', 'query_ndcg'] : [])],
    };
  },
};
