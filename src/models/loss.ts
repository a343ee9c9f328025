/**
 * loss: the common losses with PyTorch's conventions — forward value and d loss / d input, both as explicit
 * ONNX graphs. `kind`, `reduction`, delta/beta and the input dims are baked into the model (1/N, the class
 * list of the one-hot), so they all go into `modelKey`.
 *
 * Besides the contract's outputs (loss, grad) the graph returns `losses` (the unreduced loss: per element, or
 * per sample for cross-entropy and nll) and `dlosses` (its derivative, i.e. grad under `sum`), and for the
 * regression kinds `residual` (input − target, where the panel places each element on its loss curve), so every
 * step of the walkthrough shows numbers ORT computed.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { sizeOf, type TensorData } from './tensor';

export const LOSS_KINDS = ['mse', 'l1', 'huber', 'smooth-l1', 'bce', 'bce-with-logits', 'cross-entropy', 'nll', 'kl-div'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];
export const LOSS_REDUCTIONS = ['mean', 'sum'] as const;
export type LossReduction = (typeof LOSS_REDUCTIONS)[number];

const CLASS_KINDS: readonly LossKind[] = ['cross-entropy', 'nll'];
/** Losses of the residual input − target alone. */
export const REGRESSION_KINDS: readonly LossKind[] = ['mse', 'l1', 'huber', 'smooth-l1'];

const vec = (data: number[]): TensorData => ({ dims: [data.length], data });
const mat = (rows: number[][]): TensorData => ({ dims: [rows.length, rows[0].length], data: rows.flat() });

const REGRESSION = { input: vec([2.5, 0.0, 2.0, 8.0]), target: vec([3.0, -0.5, 2.0, 6.0]) };

/** Each kind's default example; bce is the seed's worked example (labels 1, 0, 1; predictions 0.9, 0.2, 0.6). */
export const LOSS_DEFAULTS: Record<LossKind, { input: TensorData; target: TensorData }> = {
  mse: REGRESSION,
  l1: REGRESSION,
  huber: REGRESSION,
  'smooth-l1': REGRESSION,
  bce: { input: vec([0.9, 0.2, 0.6]), target: vec([1, 0, 1]) },
  // logit(0.9) ≈ 2.2, logit(0.2) ≈ −1.4, logit(0.6) ≈ 0.4: the seed's example before the sigmoid.
  'bce-with-logits': { input: vec([2.2, -1.4, 0.4]), target: vec([1, 0, 1]) },
  'cross-entropy': {
    input: mat([
      [2.0, 1.0, 0.1],
      [0.5, 2.5, 0.3],
    ]),
    target: vec([0, 2]),
  },
  // ≈ log of (0.7, 0.2, 0.1) and (0.1, 0.3, 0.6).
  nll: {
    input: mat([
      [-0.3567, -1.6094, -2.3026],
      [-2.3026, -1.204, -0.5108],
    ]),
    target: vec([0, 2]),
  },
  // input ≈ log of (0.5, 0.3, 0.2) and (0.1, 0.6, 0.3); target the true distributions.
  'kl-div': {
    input: mat([
      [-0.6931, -1.204, -1.6094],
      [-2.3026, -0.5108, -1.204],
    ]),
    target: mat([
      [0.4, 0.4, 0.2],
      [0.2, 0.5, 0.3],
    ]),
  },
};

interface LossConfig {
  kind: LossKind;
  reduction: LossReduction;
  /** huber's delta or smooth-l1's beta (unused by the other kinds). */
  threshold: number;
  inputDims: number[];
  targetDims: number[];
}

function buildModel(cfg: LossConfig): Uint8Array {
  const { kind, reduction, threshold, inputDims, targetDims } = cfg;
  const g = new GraphBuilder(`loss_${kind.replace(/-/g, '_')}_${reduction}`);
  const x = g.input('input', 'float32', inputDims);
  const y = g.input('target', 'float32', targetDims);
  const c = (v: number) => g.constant([v]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const op = (type: string, ...inputs: string[]) => g.node(type, inputs);
  const cast = (b: string) => g.node('Cast', [b], { to: attr.int(1) });
  /** sign(v), with sign(0) = 0 as torch.sign. */
  const sign = (v: string) => op('Sub', cast(op('Greater', v, c(0))), cast(op('Less', v, c(0))));

  let losses: string; // unreduced loss
  let dlosses: string; // d losses / d input, summed over what each input entry feeds (grad under `sum`)
  let count: number; // what `mean` divides by

  if (kind === 'cross-entropy' || kind === 'nll') {
    const [N, C] = inputDims;
    count = N;
    // one-hot (N, C): Equal(target as a column, the row of class ids 0..C−1), cast to float.
    const classes = g.constant(Array.from({ length: C }, (_, k) => k), [1, C]);
    const onehot = g.node('Cast', [op('Equal', g.node('Unsqueeze', [y, ints([1])]), classes)], { to: attr.int(1) }, 'onehot');
    const picked = (logp: string) => g.node('ReduceSum', [op('Mul', onehot, logp), ints([1])], { keepdims: attr.int(0) });
    if (kind === 'cross-entropy') {
      // LogSoftmax only (never Softmax on the same input): probabilities are its Exp.
      const logp = g.node('LogSoftmax', [x], { axis: attr.int(1) }, 'log_probs');
      const probs = g.node('Exp', [logp], {}, 'probs');
      losses = g.node('Neg', [picked(logp)], {}, 'losses');
      dlosses = g.node('Sub', [probs, onehot], {}, 'dlosses');
    } else {
      losses = g.node('Neg', [picked(x)], {}, 'losses');
      dlosses = g.node('Neg', [onehot], {}, 'dlosses');
    }
  } else {
    count = sizeOf(inputDims);
    let residual: string | undefined;
    const diff = () => (residual ??= g.node('Sub', [x, y], {}, 'residual'));
    switch (kind) {
      case 'mse': {
        const d = diff();
        losses = g.node('Mul', [d, d], {}, 'losses');
        dlosses = g.node('Mul', [c(2), d], {}, 'dlosses');
        break;
      }
      case 'l1': {
        const d = diff();
        losses = g.node('Abs', [d], {}, 'losses');
        dlosses = g.node('Identity', [sign(d)], {}, 'dlosses');
        break;
      }
      case 'huber': {
        const d = diff();
        // |d| < δ: ½d²; else δ(|d| − ½δ). Derivative: d clipped to [−δ, δ].
        const abs = op('Abs', d);
        const quad = op('Mul', c(0.5), op('Mul', d, d));
        const lin = op('Mul', c(threshold), op('Sub', abs, c(0.5 * threshold)));
        losses = g.node('Where', [op('Less', abs, c(threshold)), quad, lin], {}, 'losses');
        dlosses = g.node('Clip', [d, c(-threshold), c(threshold)], {}, 'dlosses');
        break;
      }
      case 'smooth-l1': {
        const d = diff();
        // |d| < β: ½d²/β; else |d| − ½β. Derivative: d/β clipped to [−1, 1].
        const abs = op('Abs', d);
        const quad = op('Div', op('Mul', c(0.5), op('Mul', d, d)), c(threshold));
        const lin = op('Sub', abs, c(0.5 * threshold));
        losses = g.node('Where', [op('Less', abs, c(threshold)), quad, lin], {}, 'losses');
        dlosses = g.node('Clip', [op('Div', d, c(threshold)), c(-1), c(1)], {}, 'dlosses');
        break;
      }
      case 'bce': {
        // −[y·log p + (1−y)·log(1−p)], each log clamped at −100 as PyTorch does (finite at p = 0 or 1).
        const oneMinusP = op('Sub', c(1), x);
        const logp = op('Max', op('Log', x), c(-100));
        const log1mp = op('Max', op('Log', oneMinusP), c(-100));
        losses = g.node('Neg', [op('Add', op('Mul', y, logp), op('Mul', op('Sub', c(1), y), log1mp))], {}, 'losses');
        // (p − y) / max(p(1−p), 1e-12), PyTorch's backward.
        dlosses = g.node('Div', [op('Sub', x, y), op('Max', op('Mul', x, oneMinusP), c(1e-12))], {}, 'dlosses');
        break;
      }
      case 'bce-with-logits': {
        // Stable form: max(x, 0) − x·y + log(1 + exp(−|x|)); derivative σ(x) − y.
        const softplusTail = op('Log', op('Add', c(1), op('Exp', op('Neg', op('Abs', x)))));
        losses = g.node('Add', [op('Sub', op('Relu', x), op('Mul', x, y)), softplusTail], {}, 'losses');
        dlosses = g.node('Sub', [g.node('Sigmoid', [x], {}, 'probs'), y], {}, 'dlosses');
        break;
      }
      case 'kl-div': {
        // y·(log y − x), and 0 where y = 0 (0·log 0 = 0); derivative −y.
        const pos = op('Mul', y, op('Sub', op('Log', y), x));
        losses = g.node('Where', [op('Greater', y, c(0)), pos, c(0)], {}, 'losses');
        dlosses = g.node('Neg', [y], {}, 'dlosses');
        break;
      }
      default:
        throw new Error(`unhandled loss kind ${String(kind)}`);
    }
  }

  // Reduce over every axis to a scalar (dims []).
  if (reduction === 'mean') {
    g.node('ReduceMean', [losses], { keepdims: attr.int(0) }, 'loss');
    g.node('Mul', [dlosses, c(1 / count)], {}, 'grad');
  } else {
    g.node('ReduceSum', [losses], { keepdims: attr.int(0) }, 'loss');
    g.node('Identity', [dlosses], {}, 'grad');
  }

  g.output('loss', 'float32', []);
  g.output('grad', 'float32', inputDims);
  g.output('losses', 'float32', CLASS_KINDS.includes(kind) ? [inputDims[0]] : inputDims);
  g.output('dlosses', 'float32', inputDims);
  if (REGRESSION_KINDS.includes(kind)) g.output('residual', 'float32', inputDims);
  return g.toBytes({ docString: `ML Lens loss: ${kind}, reduction ${reduction}, loss and d loss / d input` });
}

function stringParam<T extends string>(params: Record<string, unknown> | undefined, name: string, allowed: readonly T[], fallback: T): T {
  const v = params?.[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new DemoInputError(`param ${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(v)}`);
  }
  return v as T;
}

function positiveParam(params: Record<string, unknown> | undefined, name: string, fallback: number): number {
  const v = params?.[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new DemoInputError(`param ${name} must be a positive number, got ${JSON.stringify(v)}`);
  return v;
}

/** An input of rank 1 to 4 (elementwise losses take any shape). */
function anyRankInput(inputs: Record<string, unknown> | undefined, name: string, fallback: () => TensorData): TensorData {
  const raw = inputs?.[name];
  const dims = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).dims : undefined;
  if (Array.isArray(dims) && (dims.length < 1 || dims.length > 4)) {
    throw new DemoInputError(`input ${name} must have 1 to 4 dims, got ${dims.length} ([${dims.join(', ')}])`);
  }
  return tensorInput(inputs, name, Array.isArray(dims) ? dims.length : 1, fallback);
}

const shape = (dims: readonly number[]) => dims.join('×');

/** Index label for messages: target[1] or target[0,2]. */
function at(name: string, dims: readonly number[], flat: number): string {
  const idx: number[] = [];
  let rest = flat;
  for (let a = dims.length - 1; a >= 0; a--) {
    idx.unshift(rest % dims[a]);
    rest = Math.floor(rest / dims[a]);
  }
  return `${name}[${idx.join(',')}]`;
}

function checkRange(t: TensorData, name: string, kind: LossKind, lo: number, hi: number, what: string): void {
  t.data.forEach((v, i) => {
    if (v === null || v < lo || v > hi) throw new DemoInputError(`${kind}: ${at(name, t.dims, i)} = ${v} ${what}`);
  });
}

export const lossDemo: DemoDefinition = {
  id: 'loss',
  concept: 'bce-loss', // the seed's worked example is the default
  title: { en: 'Loss functions and their gradients', 'zh-cn': '损失函数及其梯度' },
  summary: {
    en: 'A loss turns predictions and targets into one number; its gradient with respect to the input is what backpropagation starts from. MSE, L1, Huber, Smooth L1, BCE (on probabilities or logits), cross-entropy, NLL and KL divergence, with mean or sum reduction, as PyTorch computes them.',
    'zh-cn': '损失函数把预测和目标变成一个数；它对输入的梯度就是反向传播的起点。包括 MSE、L1、Huber、Smooth L1、BCE（概率或 logits）、交叉熵、NLL 和 KL 散度，支持 mean 或 sum 归约，结果与 PyTorch 一致。',
  },
  inputs: [
    { name: 'input', dims: ['N', '…'], editable: true },
    { name: 'target', dims: ['N', '…'], editable: true },
  ],
  outputs: ['loss', 'grad'],
  steps: [
    {
      id: 'regression',
      title: { en: 'Regression losses, per element', 'zh-cn': '回归损失（逐元素）' },
      formula: String.raw`d = x - y:\quad \ell^{\text{mse}} = d^2,\quad \ell^{\text{l1}} = |d|,\quad \ell^{\text{huber}} = \begin{cases}\tfrac12 d^2 & |d| < \delta\\ \delta\,(|d| - \tfrac12\delta) & \text{else}\end{cases},\quad \ell^{\text{smooth-l1}} = \begin{cases}\tfrac12 d^2/\beta & |d| < \beta\\ |d| - \tfrac12\beta & \text{else}\end{cases}`,
      tensors: ['input', 'target', 'losses'],
      note: {
        en: 'MSE squares the error so large errors dominate; L1 grows linearly; Huber and Smooth L1 are quadratic near zero and linear beyond delta (beta) — Smooth L1 is Huber divided by beta.',
        'zh-cn': 'MSE 把误差平方，大误差占主导；L1 线性增长；Huber 与 Smooth L1 在零附近是二次、超过 delta（beta）后是线性——Smooth L1 就是 Huber 除以 beta。',
      },
    },
    {
      id: 'binary',
      title: { en: 'Binary cross-entropy', 'zh-cn': '二分类交叉熵' },
      formula: String.raw`\ell^{\text{bce}} = -\big[y\log p + (1-y)\log(1-p)\big] \qquad \ell^{\text{bce-logits}} = \max(x,0) - x\,y + \log\!\big(1 + e^{-|x|}\big)`,
      tensors: ['input', 'target', 'losses'],
      note: {
        en: 'BCE takes probabilities p (PyTorch clamps each log at −100); the with-logits form takes x = logit(p) and is rewritten so exp never overflows — the same loss as BCE on sigmoid(x), but stable.',
        'zh-cn': 'BCE 输入概率 p（PyTorch 把每个 log 截断在 −100）；with-logits 版本输入 x = logit(p)，并改写成 exp 不会溢出的形式——与对 sigmoid(x) 做 BCE 相同，但数值稳定。',
      },
    },
    {
      id: 'distributions',
      title: { en: 'Cross-entropy, NLL and KL divergence', 'zh-cn': '交叉熵、NLL 与 KL 散度' },
      formula: String.raw`\ell^{\text{ce}}_n = -\log\operatorname{softmax}(x_n)_{y_n} \qquad \ell^{\text{nll}}_n = -x_{n,y_n} \qquad \ell^{\text{kl}} = y\,(\log y - x)`,
      tensors: ['input', 'target', 'losses'],
      note: {
        en: 'Cross-entropy = LogSoftmax then NLL: the target class index picks one log-probability per sample (a one-hot row times the log-probabilities). KL takes log-probabilities x and probabilities y, per element, with 0·log 0 = 0.',
        'zh-cn': '交叉熵 = LogSoftmax 再接 NLL：目标类别下标为每个样本选出一个对数概率（one-hot 行乘以对数概率）。KL 的输入是对数概率 x、目标是概率 y，逐元素计算，约定 0·log 0 = 0。',
      },
    },
    {
      id: 'reduction',
      title: { en: 'Reduction: mean or sum', 'zh-cn': '归约：mean 或 sum' },
      formula: String.raw`L_{\text{sum}} = \sum_i \ell_i \qquad L_{\text{mean}} = \frac{1}{N}\sum_i \ell_i`,
      tensors: ['losses', 'loss'],
      note: {
        en: 'Mean divides by the number of loss terms: samples for cross-entropy and NLL, every element otherwise — including kl-div, whose PyTorch "mean" is not "batchmean".',
        'zh-cn': 'mean 除以损失项的个数：交叉熵和 NLL 是样本数，其余是元素总数——kl-div 也是，PyTorch 的 "mean" 不是 "batchmean"。',
      },
    },
    {
      id: 'derivative',
      title: { en: 'Derivative of each term', 'zh-cn': '每一项的导数' },
      formula: String.raw`\tfrac{\partial\ell}{\partial x}:\;\; 2d,\;\; \operatorname{sign}(d),\;\; \operatorname{clip}(d, -\delta, \delta),\;\; \operatorname{clip}(d/\beta, -1, 1),\;\; \frac{p-y}{p(1-p)},\;\; \sigma(x) - y,\;\; \operatorname{softmax}(x) - \text{onehot}(y),\;\; -\text{onehot}(y),\;\; -y`,
      tensors: ['input', 'dlosses'],
      note: {
        en: 'In order: MSE, L1, Huber, Smooth L1, BCE, BCE with logits, cross-entropy, NLL, KL. BCE with logits and cross-entropy collapse to "prediction minus target" — the reason they are fused with their activation.',
        'zh-cn': '依次为 MSE、L1、Huber、Smooth L1、BCE、BCE with logits、交叉熵、NLL、KL。BCE with logits 与交叉熵都化简为「预测减目标」——这正是它们与激活函数合并在一起的原因。',
      },
    },
    {
      id: 'gradient',
      title: { en: 'Gradient of the loss', 'zh-cn': '损失的梯度' },
      formula: String.raw`\frac{\partial L_{\text{sum}}}{\partial x} = \frac{\partial \ell}{\partial x} \qquad \frac{\partial L_{\text{mean}}}{\partial x} = \frac{1}{N}\,\frac{\partial \ell}{\partial x}`,
      tensors: ['dlosses', 'grad'],
      note: {
        en: 'The reduction scales the gradient too: with mean, doubling the batch halves every entry of grad, which is why the learning rate and the reduction go together.',
        'zh-cn': '归约同样缩放梯度：用 mean 时批量加倍，grad 的每个元素减半——所以学习率要和归约方式一起考虑。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['kind', 'reduction', 'delta', 'beta']);
    rejectUnknown('input', request.inputs, ['input', 'target']);
    const kind = stringParam(request.params, 'kind', LOSS_KINDS, 'bce');
    const reduction = stringParam(request.params, 'reduction', LOSS_REDUCTIONS, 'mean');
    // delta and beta are read (and checked) for every kind so a panel can switch kinds; only huber / smooth-l1 use them.
    const delta = positiveParam(request.params, 'delta', 1.0);
    const beta = positiveParam(request.params, 'beta', 1.0);
    const defaults = LOSS_DEFAULTS[kind];
    const params: Record<string, ParamValue> = { kind, reduction };
    let threshold = 0;
    if (kind === 'huber') threshold = params.delta = delta;
    if (kind === 'smooth-l1') threshold = params.beta = beta;

    let input: TensorData;
    let target: TensorData;
    if (CLASS_KINDS.includes(kind)) {
      const what = kind === 'cross-entropy' ? 'logits' : 'log-probabilities';
      input = tensorInput(request.inputs, 'input', 2, () => defaults.input);
      const [N, C] = input.dims;
      target = tensorInput(request.inputs, 'target', 1, () => defaults.target);
      if (target.dims[0] !== N) {
        throw new DemoInputError(`${kind}: input is ${N}×${C} (N×C ${what}), so target must hold N = ${N} class indices, got ${target.dims[0]}`);
      }
      target.data.forEach((v, i) => {
        if (v === null || !Number.isInteger(v) || v < 0 || v >= C) {
          throw new DemoInputError(`${kind}: target[${i}] = ${v} is not a class index: targets must be integers in [0, ${C}) (C = ${C} classes)`);
        }
      });
    } else {
      input = anyRankInput(request.inputs, 'input', () => defaults.input);
      target = anyRankInput(request.inputs, 'target', () => defaults.target);
      if (shape(target.dims) !== shape(input.dims)) {
        throw new DemoInputError(`${kind}: target must have input's shape ${shape(input.dims)}, got ${shape(target.dims)}`);
      }
      if (kind === 'bce') checkRange(input, 'input', kind, 0, 1, 'is not a probability: every input must be in [0, 1] (use bce-with-logits for logits)');
      if (kind === 'bce' || kind === 'bce-with-logits') checkRange(target, 'target', kind, 0, 1, 'is not a probability: every target must be in [0, 1]');
      if (kind === 'kl-div') checkRange(target, 'target', kind, 0, Infinity, 'is negative: targets are probabilities');
    }

    const cfg: LossConfig = { kind, reduction, threshold, inputDims: [...input.dims], targetDims: [...target.dims] };
    const thresholdKey = kind === 'huber' ? `:delta=${delta}` : kind === 'smooth-l1' ? `:beta=${beta}` : '';
    return {
      demo: 'loss',
      params,
      inputs: { input, target },
      modelKey: `loss:${kind}:${reduction}${thresholdKey}:${shape(input.dims)}`,
      buildModel: () => buildModel(cfg),
      outputNames: ['loss', 'grad', 'losses', 'dlosses', ...(REGRESSION_KINDS.includes(kind) ? ['residual'] : [])],
    };
  },
};
