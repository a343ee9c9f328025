/**
 * perplexity: a language model's logits (L, V) for L positions over a vocabulary of V tokens, and the tokens that
 * actually came next (targets, class indices as floats like the loss demo). nll = mean over tokens of
 * −log softmax(logits)[target] — F.cross_entropy — and ppl = exp(nll), as torchmetrics' Perplexity.
 * `ignore_index` (optional) leaves out positions whose target equals it (padding), from the sum and the count.
 *
 * Besides nll and ppl the graph returns log_probs and probs (L, V), each token's target_prob and token_nll (L),
 * and the number of counted tokens. Probabilities come from LogSoftmax then Exp, never a second Softmax on the
 * same logits (see DESIGN.md on ORT-web).
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { numberParam } from './params';
import type { TensorData } from './tensor';

/** The default example's vocabulary: "the cat sat on the mat" predicted one token at a time. */
export const PERPLEXITY_VOCAB = ['the', 'cat', 'sat', 'on', 'mat', 'dog'];
/** After "the", "cat", "sat", "on", "the": the next tokens cat, sat, on, the, mat. */
export const DEFAULT_TARGETS: TensorData = { dims: [5], data: [1, 2, 3, 0, 4] };
/** Confident after "cat", "sat" and "on"; after "the" torn between cat and dog — so "the mat" costs the most. */
export const DEFAULT_LOGITS: TensorData = {
  dims: [5, 6],
  data: [
    [0.1, 2.0, -1.0, -0.5, 1.0, 1.8],
    [-1.0, -0.5, 3.0, 0.2, -1.0, -0.8],
    [0.5, -1.0, -1.0, 2.5, -0.5, -1.0],
    [3.0, -0.5, -1.0, -1.0, 0.5, -0.5],
    [0.1, 2.0, -1.0, -0.5, 1.0, 1.8],
  ].flat(),
};

function buildModel(L: number, V: number, ignoreIndex: number | undefined): Uint8Array {
  const g = new GraphBuilder('perplexity');
  const logits = g.input('logits', 'float32', [L, V]);
  const targets = g.input('targets', 'float32', [L]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const toFloat = (v: string) => g.node('Cast', [v], { to: attr.int(1) });

  const logp = g.node('LogSoftmax', [logits], { axis: attr.int(1) }, 'log_probs');
  g.node('Exp', [logp], {}, 'probs');
  const classes = g.constant(Array.from({ length: V }, (_, k) => k), [1, V]);
  const onehot = toFloat(g.node('Equal', [g.node('Unsqueeze', [targets, ints([1])]), classes]));
  const picked = g.node('ReduceSum', [g.node('Mul', [onehot, logp]), ints([1])], { keepdims: attr.int(0) });
  let tokenNll = g.node('Neg', [picked]);
  let count: string;
  if (ignoreIndex === undefined) {
    g.node('Exp', [picked], {}, 'target_prob');
    count = g.constant([L]);
  } else {
    // Ignored positions cost 0 (as F.cross_entropy's reduction='none') and have no target probability (NaN → null).
    const keepBool = g.node('Not', [g.node('Equal', [targets, g.constant([ignoreIndex])])]);
    const keep = toFloat(keepBool);
    g.node('Where', [keepBool, g.node('Exp', [picked]), g.constant([NaN])], {}, 'target_prob');
    tokenNll = g.node('Mul', [tokenNll, keep]);
    count = g.node('ReduceSum', [keep], { keepdims: attr.int(0) });
  }
  g.node('Identity', [tokenNll], {}, 'token_nll');
  g.node('Identity', [count], {}, 'tokens');
  const nll = g.node('Div', [g.node('ReduceSum', [tokenNll], { keepdims: attr.int(0) }), count], {}, 'nll');
  g.node('Exp', [nll], {}, 'ppl');

  g.output('nll', 'float32', []);
  g.output('ppl', 'float32', []);
  g.output('token_nll', 'float32', [L]);
  g.output('target_prob', 'float32', [L]);
  g.output('log_probs', 'float32', [L, V]);
  g.output('probs', 'float32', [L, V]);
  g.output('tokens', 'float32', []);
  return g.toBytes({ docString: 'ML Lens perplexity: exp(mean cross-entropy)' });
}

export const perplexityDemo: DemoDefinition = {
  id: 'perplexity',
  concept: 'perplexity',
  title: { en: 'Perplexity from logits', 'zh-cn': '由 logits 计算困惑度' },
  summary: {
    en: 'Perplexity is exp of the average negative log-probability a language model gave to the tokens that actually came next: the cross-entropy loss, exponentiated. It reads as "how many equally likely choices the model was torn between": 1 for a model that is always sure and right, V for one that guesses uniformly over V tokens.',
    'zh-cn': '困惑度是语言模型给实际出现的下一个词元的负对数概率的平均值再取 exp：也就是交叉熵损失取指数。它可以理解为"模型在多少个等可能的选项之间犹豫"：总是确定且正确的模型为 1，在 V 个词元上均匀猜测的模型为 V。',
  },
  inputs: [
    { name: 'logits', dims: ['L', 'V'], editable: true },
    { name: 'targets', dims: ['L'], editable: true },
  ],
  outputs: ['nll', 'ppl'],
  steps: [
    {
      id: 'probs',
      title: { en: 'Logits to log-probabilities', 'zh-cn': '从 logits 到对数概率' },
      formula: String.raw`\log p(v \mid w_{<i}) = z_{iv} - \log \sum_{v'} e^{z_{iv'}}`,
      tensors: ['logits', 'log_probs', 'probs'],
      note: {
        en: 'Row i holds the model\'s scores for the token at position i + 1, given everything before it. A log-softmax turns each row into log-probabilities over the vocabulary.',
        'zh-cn': '第 i 行是模型在看到前面所有内容后，对第 i + 1 个位置的词元打的分数。log-softmax 把每一行变成词表上的对数概率。',
      },
    },
    {
      id: 'token-nll',
      title: { en: 'The cost of each actual next token', 'zh-cn': '每个实际下一个词元的代价' },
      formula: String.raw`\ell_i = -\log p(w_i \mid w_{<i})`,
      tensors: ['targets', 'target_prob', 'token_nll'],
      note: {
        en: 'Only the probability given to the token that really came next counts: a confident right guess costs almost nothing, a token the model thought unlikely costs a lot (here the second "the", where the model expected "cat" or "dog" but "mat" came).',
        'zh-cn': '只有给真正出现的下一个词元的概率才算数：自信且正确的预测几乎没有代价，模型认为不太可能出现的词元代价很大（这里第二个 "the" 之后，模型以为是 "cat" 或 "dog"，实际是 "mat"）。',
      },
    },
    {
      id: 'mean',
      title: { en: 'Average: the cross-entropy loss', 'zh-cn': '取平均：交叉熵损失' },
      formula: String.raw`\text{NLL} = \frac{1}{N} \sum_{i=1}^{N} -\log p(w_i \mid w_{<i})`,
      tensors: ['token_nll', 'tokens', 'nll'],
      note: {
        en: 'The mean over the N counted tokens is exactly F.cross_entropy(logits, targets), the loss language models train on; tokens equal to ignore_index (padding) are left out of the sum and of N.',
        'zh-cn': '对计入的 N 个词元取平均，正好是 F.cross_entropy(logits, targets)，也就是语言模型训练用的损失；等于 ignore_index 的词元（填充）既不计入求和，也不计入 N。',
      },
    },
    {
      id: 'ppl',
      title: { en: 'Exponentiate: perplexity', 'zh-cn': '取指数：困惑度' },
      formula: String.raw`\text{PPL} = \exp\!\Big(-\frac{1}{N}\sum_{i=1}^{N} \log p(w_i \mid w_{<i})\Big) \qquad 1 \le \text{PPL},\ \ \text{uniform guessing: } \text{PPL} = V`,
      tensors: ['nll', 'ppl'],
      note: {
        en: 'exp undoes the log, turning the average cost back into a number of choices: a perplexity of 2.5 means the model was, on average, as unsure as when picking among 2.5 equally likely tokens. It only compares models that share a tokenizer — a different vocabulary changes what one token is.',
        'zh-cn': 'exp 抵消了 log，把平均代价换回"选项个数"：困惑度 2.5 表示模型平均来说就像在 2.5 个等可能的词元中挑选一样不确定。只有使用同一分词器的模型之间才能比较困惑度——词表不同，一个词元的含义也不同。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['ignore_index']);
    rejectUnknown('input', request.inputs, ['logits', 'targets']);
    const ignoreIndex = request.params?.ignore_index === undefined ? undefined : numberParam(request.params, 'ignore_index', 0, { integer: true });
    const logits = tensorInput(request.inputs, 'logits', 2, () => DEFAULT_LOGITS);
    const [L, V] = logits.dims;
    const targets = tensorInput(request.inputs, 'targets', 1, () => DEFAULT_TARGETS);
    if (targets.dims[0] !== L) throw new DemoInputError(`targets needs one token per row of logits: logits is ${L}×${V}, targets has ${targets.dims[0]}`);
    targets.data.forEach((v, i) => {
      if (v === ignoreIndex) return;
      if (v === null || !Number.isInteger(v) || v < 0 || v >= V) {
        throw new DemoInputError(`targets[${i}] = ${v} is not a token id: targets must be integers in [0, ${V}) (V = ${V})${ignoreIndex === undefined ? '' : ` or ignore_index ${ignoreIndex}`}`);
      }
    });
    const params: Record<string, ParamValue> = ignoreIndex === undefined ? {} : { ignore_index: ignoreIndex };
    return {
      demo: 'perplexity',
      params,
      inputs: { logits, targets },
      modelKey: `perplexity:${L}x${V}:ignore=${ignoreIndex ?? 'none'}`,
      buildModel: () => buildModel(L, V, ignoreIndex),
      outputNames: ['nll', 'ppl', 'token_nll', 'target_prob', 'log_probs', 'probs', 'tokens'],
    };
  },
};
