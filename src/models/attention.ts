/**
 * attention: scaled dot-product attention, and multi-head self- and cross-attention built on it.
 *
 * kind "sdpa" (the DESIGN.md contract): Q (L,d), K (S,d), V (S,dv) → scores = Q·Kᵀ·scale (+ causal mask),
 * weights = softmax(scores), out = weights·V — as torch.nn.functional.scaled_dot_product_attention, whose
 * is_causal mask keeps key j for query i when j ≤ i (top-left aligned when L ≠ S).
 *
 * kinds "self" and "cross": nn.MultiheadAttention(E, heads, bias=False, batch_first=True) on one sequence.
 * self takes X (L,E); cross takes the decoder's X_dec (L,E) for the queries and the encoder's X_enc (S,E) for
 * keys and values. Weights are in PyTorch's (out, in) layout: Q = X·W_qᵀ. Q, K, V are split into `heads` heads
 * of size E/heads, each head attends on its own, the heads are concatenated and projected by W_o.
 *
 * Besides scores, weights and out the graph returns qk (the unscaled Q·Kᵀ) and weights_unscaled (the softmax
 * without the scale factor, to show why it is there); the multi-head kinds add Q, K, V, heads (each head's
 * output), concat and weights_avg (the head average nn.MultiheadAttention returns by default).
 * Masked scores are −∞ and travel through JSON as null.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { boolParam, enumParam, numberParam } from './params';
import { gaussianMatrix } from './synthetic';
import type { TensorData } from './tensor';

export const ATTENTION_KINDS = ['sdpa', 'self', 'cross'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

const KIND_INPUTS: Record<AttentionKind, string[]> = {
  sdpa: ['Q', 'K', 'V'],
  self: ['X', 'W_q', 'W_k', 'W_v', 'W_o'],
  cross: ['X_dec', 'X_enc', 'W_q', 'W_k', 'W_v', 'W_o'],
};
const ALL_INPUTS = [...new Set(Object.values(KIND_INPUTS).flat())];

export const DEFAULT_HEADS = 2;
/** Head size of the default multi-head example (E = heads · 4). */
export const DEFAULT_HEAD_DIM = 4;
export const MAX_HEADS = 16;

/** The default sdpa example: 4 queries and 4 keys of size 8, values of size 4 — d = 8 makes the √d visible. */
export const SDPA_DEFAULTS = (): Record<string, TensorData> => ({
  Q: gaussianMatrix(11, 4, 8),
  K: gaussianMatrix(12, 4, 8),
  V: gaussianMatrix(13, 4, 4),
});

/** Projection weights ~ N(0, 1/E), so Q, K and V entries stay about unit size. */
function defaultWeight(name: string, E: number): TensorData {
  const seed = { W_q: 22, W_k: 23, W_v: 24, W_o: 25 }[name] ?? 26;
  return gaussianMatrix(seed, E, E, 1 / Math.sqrt(E));
}

/** Example sequences for the multi-head kinds with model width E: self X (4,E); cross X_dec (3,E), X_enc (5,E). */
export function multiHeadExample(kind: 'self' | 'cross', E: number): Record<string, TensorData> {
  const seqs: Record<string, TensorData> = kind === 'self' ? { X: gaussianMatrix(21, 4, E) } : { X_dec: gaussianMatrix(31, 3, E), X_enc: gaussianMatrix(32, 5, E) };
  return { ...seqs, W_q: defaultWeight('W_q', E), W_k: defaultWeight('W_k', E), W_v: defaultWeight('W_v', E), W_o: defaultWeight('W_o', E) };
}

interface AttentionConfig {
  kind: AttentionKind;
  causal: boolean;
  scale: number;
  heads: number;
  L: number;
  S: number;
  /** Query/key size per head (d for sdpa, E/heads otherwise). */
  dk: number;
  /** Value size per head. */
  dv: number;
  /** Model width of the multi-head kinds. */
  E: number;
}

function buildModel(c: AttentionConfig): Uint8Array {
  const g = new GraphBuilder(`attention_${c.kind}`);
  const f = (v: number) => g.constant([v]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const matmul = (a: string, b: string, out?: string) => g.node('MatMul', [a, b], {}, out);
  const transpose = (x: string, perm: number[], out?: string) => g.node('Transpose', [x], { perm: attr.ints(perm) }, out);
  const multi = c.kind !== 'sdpa';
  const lead = multi ? [c.heads] : [];

  let q: string; // (…, L, dk)
  let kT: string; // (…, dk, S)
  let v: string; // (…, S, dv)
  if (!multi) {
    q = g.input('Q', 'float32', [c.L, c.dk]);
    kT = transpose(g.input('K', 'float32', [c.S, c.dk]), [1, 0]);
    v = g.input('V', 'float32', [c.S, c.dv]);
  } else {
    const xq = g.input(c.kind === 'self' ? 'X' : 'X_dec', 'float32', [c.L, c.E]);
    const xkv = c.kind === 'self' ? xq : g.input('X_enc', 'float32', [c.S, c.E]);
    const project = (x: string, w: string, out: string) => matmul(x, transpose(g.input(w, 'float32', [c.E, c.E]), [1, 0]), out);
    const Q = project(xq, 'W_q', 'Q');
    const K = project(xkv, 'W_k', 'K');
    const V = project(xkv, 'W_v', 'V');
    // (n, E) → (n, heads, dh): head h owns columns h·dh … (h+1)·dh − 1, as nn.MultiheadAttention splits them.
    const split = (x: string, n: number) => g.node('Reshape', [x, ints([n, c.heads, c.dk])]);
    q = transpose(split(Q, c.L), [1, 0, 2]);
    kT = transpose(split(K, c.S), [1, 2, 0]);
    v = transpose(split(V, c.S), [1, 0, 2]);
    for (const [name, n] of [['Q', c.L], ['K', c.S], ['V', c.S]] as const) g.output(name, 'float32', [n, c.E]);
  }

  const qk = matmul(q, kT, 'qk');
  // Causal: key j is hidden from query i when j > i; the −∞ bias makes its softmax weight exactly 0.
  const bias = c.causal
    ? g.constant(
        Array.from({ length: c.L * c.S }, (_, k) => (k % c.S > Math.floor(k / c.S) ? -Infinity : 0)),
        [c.L, c.S],
      )
    : undefined;
  const masked = (x: string, out?: string) => (bias ? g.node('Add', [x, bias], {}, out) : out ? g.node('Identity', [x], {}, out) : x);
  const softmax = (x: string, out: string) => g.node('Softmax', [x], { axis: attr.int(-1) }, out);
  const weights = softmax(masked(g.node('Mul', [qk, f(c.scale)]), 'scores'), 'weights');
  softmax(masked(qk), 'weights_unscaled');
  for (const name of ['qk', 'scores', 'weights', 'weights_unscaled']) g.output(name, 'float32', [...lead, c.L, c.S]);

  if (!multi) {
    matmul(weights, v, 'out');
    g.output('out', 'float32', [c.L, c.dv]);
  } else {
    const heads = matmul(weights, v, 'heads');
    const concat = g.node('Reshape', [transpose(heads, [1, 0, 2]), ints([c.L, c.E])], {}, 'concat');
    matmul(concat, transpose(g.input('W_o', 'float32', [c.E, c.E]), [1, 0]), 'out');
    g.node('ReduceMean', [weights], { axes: attr.ints([0]), keepdims: attr.int(0) }, 'weights_avg');
    g.output('heads', 'float32', [c.heads, c.L, c.dk]);
    g.output('concat', 'float32', [c.L, c.E]);
    g.output('out', 'float32', [c.L, c.E]);
    g.output('weights_avg', 'float32', [c.L, c.S]);
  }
  return g.toBytes({ docString: `ML Lens attention: ${c.kind}, ${c.heads} head(s), scale ${c.scale}${c.causal ? ', causal' : ''}` });
}

function outputNames(kind: AttentionKind): string[] {
  const core = ['scores', 'weights', 'out', 'qk', 'weights_unscaled'];
  return kind === 'sdpa' ? core : [...core, 'Q', 'K', 'V', 'heads', 'concat', 'weights_avg'];
}

const shape = (t: TensorData) => t.dims.join('×');

export const attentionDemo: DemoDefinition = {
  id: 'attention',
  concept: 'scaled-dot-product-attention',
  title: { en: 'Attention: scores, scaling, mask, heads', 'zh-cn': '注意力：分数、缩放、掩码与多头' },
  summary: {
    en: 'Each query compares itself with every key (a dot product), the scores are scaled by 1/√d, future positions are masked with −∞ in causal attention, a softmax turns each row into weights that sum to 1, and the output mixes the values with those weights. Multi-head attention runs this per head on slices of learned projections Q = X·W_qᵀ, K = X·W_kᵀ, V = X·W_vᵀ and mixes the concatenated heads with W_o; cross-attention takes its queries from the decoder and its keys and values from the encoder.',
    'zh-cn': '每个查询（query）与每个键（key）做点积比较，分数乘以 1/√d 缩放；因果注意力用 −∞ 遮住未来位置；softmax 把每一行变成和为 1 的权重，输出就是按这些权重混合的值（value）。多头注意力在学到的投影 Q = X·W_qᵀ、K = X·W_kᵀ、V = X·W_vᵀ 的各个切片上分别做这件事，再把各头拼接后用 W_o 混合；交叉注意力的查询来自解码器，键和值来自编码器。',
  },
  inputs: [
    { name: 'Q', dims: ['L', 'd'], editable: true },
    { name: 'K', dims: ['S', 'd'], editable: true },
    { name: 'V', dims: ['S', 'dv'], editable: true },
    { name: 'X', dims: ['L', 'E'], editable: true },
    { name: 'X_dec', dims: ['L', 'E'], editable: true },
    { name: 'X_enc', dims: ['S', 'E'], editable: true },
    { name: 'W_q', dims: ['E', 'E'], editable: true },
    { name: 'W_k', dims: ['E', 'E'], editable: true },
    { name: 'W_v', dims: ['E', 'E'], editable: true },
    { name: 'W_o', dims: ['E', 'E'], editable: true },
  ],
  outputs: ['scores', 'weights', 'out'],
  steps: [
    {
      id: 'project',
      title: { en: 'Queries, keys and values', 'zh-cn': '查询、键和值' },
      formula: String.raw`Q = X_{\text{dec}}\,W_q^{\top} \qquad K = X_{\text{enc}}\,W_k^{\top} \qquad V = X_{\text{enc}}\,W_v^{\top} \qquad (\text{self-attention: } X_{\text{dec}} = X_{\text{enc}} = X)`,
      tensors: ['X', 'X_dec', 'X_enc', 'W_q', 'Q', 'K', 'V'],
      note: {
        en: 'Every token gets three learned views of itself: a query (what it looks for), a key (what it offers) and a value (what it passes on). PyTorch stores W as (out, in), so Q = X·W_qᵀ. In cross-attention the decoder asks the questions and the encoder\'s tokens answer them, which is how a translation looks at its source sentence.',
        'zh-cn': '每个词元都有三种学到的表示：查询（它要找什么）、键（它能提供什么）和值（它要传递什么）。PyTorch 的权重形状是 (out, in)，所以 Q = X·W_qᵀ。交叉注意力中由解码器提问、编码器的词元作答，翻译模型正是这样查看源句的。',
      },
    },
    {
      id: 'scores',
      title: { en: 'Scores: one dot product per query–key pair', 'zh-cn': '分数：每对查询与键的点积' },
      formula: String.raw`(QK^{\top})_{ij} = \sum_{c=1}^{d} Q_{ic}\,K_{jc}`,
      tensors: ['Q', 'K', 'qk'],
      note: {
        en: 'Row i compares query i with every key: a large dot product means key j matches what token i is looking for. Attention is a soft look-up table — the context that helps the prediction most gets the largest score.',
        'zh-cn': '第 i 行把查询 i 与每个键比较：点积越大，键 j 越符合词元 i 要找的内容。注意力就是一张"软"查找表——对预测最有帮助的上下文得分最高。',
      },
    },
    {
      id: 'scale',
      title: { en: 'Why divide by √d', 'zh-cn': '为什么除以 √d' },
      formula: String.raw`\operatorname{Var}\Big(\sum_{c=1}^{d} q_c k_c\Big) = d \ \text{ for unit-variance } q, k \quad\Rightarrow\quad \text{scores} = \frac{QK^{\top}}{\sqrt d}`,
      tensors: ['qk', 'scores', 'weights_unscaled', 'weights'],
      note: {
        en: 'A sum of d products of unit-variance numbers has standard deviation √d, so raw scores grow with the head size. Fed to softmax unscaled they make almost one-hot rows (weights_unscaled) whose gradients nearly vanish; dividing by √d (the default scale) brings the spread back to about 1 (weights).',
        'zh-cn': 'd 个单位方差数的乘积之和，标准差是 √d，所以原始分数随头维度增大。不缩放直接进 softmax，每行几乎变成 one-hot（weights_unscaled），梯度几乎消失；除以 √d（默认的 scale）把分布拉回约为 1 的尺度（weights）。',
      },
    },
    {
      id: 'mask',
      title: { en: 'Causal mask', 'zh-cn': '因果掩码' },
      formula: String.raw`\text{scores}_{ij} = -\infty \quad \text{for } j > i \qquad e^{-\infty} = 0`,
      tensors: ['scores'],
      note: {
        en: 'A decoder must not see the future: with causal on, key j is hidden from query i when j > i by adding −∞ (the empty cells), so its weight after softmax is exactly 0. PyTorch aligns the mask to the top-left corner when L ≠ S.',
        'zh-cn': '解码器不能看到未来：打开 causal 后，当 j > i 时给分数加上 −∞（空白的格子），softmax 之后它的权重恰好为 0。L ≠ S 时 PyTorch 的掩码从左上角对齐。',
      },
    },
    {
      id: 'softmax',
      title: { en: 'Softmax: each row becomes weights', 'zh-cn': 'Softmax：每一行变成权重' },
      formula: String.raw`w_{ij} = \frac{e^{\text{scores}_{ij}}}{\sum_{j'} e^{\text{scores}_{ij'}}} \qquad \sum_j w_{ij} = 1`,
      tensors: ['weights', 'weights_avg'],
      note: {
        en: 'Each row is a probability distribution over the keys: how much of each value query i takes. nn.MultiheadAttention returns these weights averaged over the heads unless average_attn_weights=False.',
        'zh-cn': '每一行都是键上的概率分布：查询 i 从每个值中取多少。nn.MultiheadAttention 默认返回各头平均后的权重，除非设置 average_attn_weights=False。',
      },
    },
    {
      id: 'output',
      title: { en: 'Mix the values', 'zh-cn': '按权重混合值' },
      formula: String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\Big(\frac{QK^{\top}}{\sqrt d} + M\Big)\,V`,
      tensors: ['weights', 'V', 'out', 'heads'],
      note: {
        en: 'Output row i is the weighted average of the value rows, so it has the values\' width dv, not the keys\'. Every query gets its own mixture of the context.',
        'zh-cn': '输出的第 i 行是各值行的加权平均，所以宽度是值的 dv，而不是键的维度。每个查询都得到自己的一份上下文混合。',
      },
    },
    {
      id: 'heads',
      title: { en: 'Multi-head: split, attend, concatenate, project', 'zh-cn': '多头：拆分、各自注意、拼接、投影' },
      formula: String.raw`\text{head}_h = \operatorname{Attention}(Q_h, K_h, V_h),\ \ d_h = \tfrac{E}{H} \qquad \text{out} = \operatorname{concat}(\text{head}_1, \dots, \text{head}_H)\,W_o^{\top}`,
      tensors: ['heads', 'concat', 'out'],
      note: {
        en: 'Columns h·d_h … (h+1)·d_h − 1 of Q, K and V belong to head h, so each head attends with its own scores (scaled by 1/√d_h) and can specialise — one on the previous token, another on a related word. W_o mixes the concatenated heads back into width E. The heads are independent, which is why they split well across GPUs (tensor parallelism).',
        'zh-cn': 'Q、K、V 的第 h·d_h 到 (h+1)·d_h − 1 列属于第 h 个头，每个头用自己的分数（按 1/√d_h 缩放）做注意力，可以各有分工——一个关注前一个词元，另一个关注相关的词。W_o 把拼接后的各头重新混合回宽度 E。各头相互独立，因此很适合在多张 GPU 上切分（张量并行）。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['kind', 'causal', 'scale', 'heads']);
    rejectUnknown('input', request.inputs, ALL_INPUTS);
    const kind = enumParam(request.params, 'kind', ATTENTION_KINDS, 'sdpa');
    for (const name of Object.keys(request.inputs ?? {})) {
      if (!KIND_INPUTS[kind].includes(name)) throw new DemoInputError(`input ${name} does not apply to kind ${kind} (${kind} takes ${KIND_INPUTS[kind].join(', ')})`);
    }
    if (kind === 'sdpa' && request.params?.heads !== undefined) throw new DemoInputError('param heads applies to kinds self and cross (sdpa is one head: give Q, K, V)');
    const causal = boolParam(request.params, 'causal', false);
    const heads = numberParam(request.params, 'heads', DEFAULT_HEADS, { integer: true, min: 1, max: MAX_HEADS });

    const inputs: Record<string, TensorData> = {};
    const read = (name: string, fallback: () => TensorData) => (inputs[name] = tensorInput(request.inputs, name, 2, fallback));
    let L: number, S: number, dk: number, dv: number, E: number;
    if (kind === 'sdpa') {
      const defaults = SDPA_DEFAULTS();
      const Q = read('Q', () => defaults.Q);
      const K = read('K', () => defaults.K);
      const V = read('V', () => defaults.V);
      [L, dk] = Q.dims;
      [S] = K.dims;
      dv = V.dims[1];
      E = dk;
      if (K.dims[1] !== dk) throw new DemoInputError(`K must have Q's width d = ${dk} (a query and a key are compared by a dot product), got ${shape(K)}`);
      if (V.dims[0] !== S) throw new DemoInputError(`V needs one row per key: K has S = ${S} rows, V has ${V.dims[0]}`);
    } else {
      const seqName = kind === 'self' ? 'X' : 'X_dec';
      const given = request.inputs?.[seqName];
      const givenDims = typeof given === 'object' && given !== null ? (given as { dims?: unknown }).dims : undefined;
      const givenE = Array.isArray(givenDims) && typeof givenDims[1] === 'number' ? givenDims[1] : heads * DEFAULT_HEAD_DIM;
      const example = multiHeadExample(kind, givenE);
      const X = read(seqName, () => example[seqName]);
      [L, E] = X.dims;
      S = L;
      if (kind === 'cross') {
        const Xe = read('X_enc', () => example.X_enc);
        S = Xe.dims[0];
        if (Xe.dims[1] !== E) throw new DemoInputError(`X_enc must have X_dec's width E = ${E}, got ${shape(Xe)}`);
      }
      for (const w of ['W_q', 'W_k', 'W_v', 'W_o']) {
        const W = read(w, () => defaultWeight(w, E));
        if (W.dims[0] !== E || W.dims[1] !== E) throw new DemoInputError(`${w} must be E×E = ${E}×${E} (E = ${seqName}'s width), got ${shape(W)}`);
      }
      if (E % heads !== 0) throw new DemoInputError(`heads (${heads}) must divide the model width E (${E}): each head takes E/heads columns`);
      dk = dv = E / heads;
    }
    const scale = numberParam(request.params, 'scale', 1 / Math.sqrt(dk), { min: 0, above: true });
    const params: Record<string, ParamValue> = kind === 'sdpa' ? { kind, causal, scale } : { kind, heads, causal, scale };
    const config: AttentionConfig = { kind, causal, scale, heads: kind === 'sdpa' ? 1 : heads, L, S, dk, dv, E };
    return {
      demo: 'attention',
      params,
      inputs,
      modelKey: `attention:${kind}:causal=${causal}:scale=${scale}:heads=${config.heads}:L=${L}:S=${S}:dk=${dk}:dv=${dv}:E=${E}`,
      buildModel: () => buildModel(config),
      outputNames: outputNames(kind),
    };
  },
};
