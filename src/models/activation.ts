/**
 * activation: y = f(x) and the vector-Jacobian product dydx = ∂ sum(y·G) / ∂x (G = ones by default).
 * Elementwise fns: dydx = f′(x)·G. Softmax over the last dim: dydx = y·(G − Σ G·y).
 * Besides the contract's outputs the graph returns the local derivative `dfdx` (f′(x); for softmax the
 * Jacobian's diagonal y·(1 − y)) and `sum_Gy` (Σ G·y over the last dim, kept as size 1), so every number a
 * step shows is one ORT computed.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { filled, type TensorData } from './tensor';

export const ACTIVATION_FNS = ['relu', 'leaky-relu', 'gelu', 'sigmoid', 'tanh', 'silu', 'softmax'] as const;
export type ActivationFn = (typeof ACTIVATION_FNS)[number];

/** PyTorch's default negative slope (torch.nn.LeakyReLU). */
export const DEFAULT_ALPHA = 0.01;
export const DEFAULT_X: TensorData = { dims: [7], data: [-2, -1, -0.5, 0, 0.5, 1, 2] };
const MAX_RANK = 4;

function buildModel(fn: ActivationFn, alpha: number, rank: number): Uint8Array {
  const g = new GraphBuilder(`activation_${fn.replace('-', '_')}`);
  const dims = Array.from({ length: rank }, (_, i) => `d${i}`);
  const x = g.input('x', 'float32', dims);
  const G = g.input('G', 'float32', dims);
  const c = (v: number) => g.constant([v]);
  let oneName: string | undefined;
  const one = () => (oneName ??= c(1));
  const lastAxis = g.constant([-1], [1], 'int64');

  let y: string;
  let dfdx: string;
  switch (fn) {
    case 'relu': {
      y = g.node('Relu', [x], {}, 'y');
      // PyTorch's threshold_backward: slope 1 where x > 0, else 0 (so 0 at x = 0).
      dfdx = g.node('Cast', [g.node('Greater', [x, c(0)])], { to: attr.int(1) }, 'dfdx');
      break;
    }
    case 'leaky-relu': {
      y = g.node('LeakyRelu', [x], { alpha: attr.float(alpha) }, 'y');
      // PyTorch's leaky_relu_backward: slope 1 where x > 0, else α (so α at x = 0).
      dfdx = g.node('Where', [g.node('Greater', [x, c(0)]), one(), c(alpha)], {}, 'dfdx');
      break;
    }
    case 'gelu': {
      // y = x·Φ(x), Φ(x) = ½(1 + erf(x/√2));  f′ = Φ(x) + x·φ(x), φ(x) = exp(−x²/2)/√(2π).
      const cdf = g.node('Mul', [c(0.5), g.node('Add', [one(), g.node('Erf', [g.node('Mul', [x, c(Math.SQRT1_2)])])])]);
      y = g.node('Mul', [x, cdf], {}, 'y');
      const x2 = g.node('Mul', [x, x]);
      const pdf = g.node('Mul', [g.node('Exp', [g.node('Mul', [x2, c(-0.5)])]), c(1 / Math.sqrt(2 * Math.PI))]);
      dfdx = g.node('Add', [cdf, g.node('Mul', [x, pdf])], {}, 'dfdx');
      break;
    }
    case 'sigmoid': {
      y = g.node('Sigmoid', [x], {}, 'y');
      dfdx = g.node('Mul', [y, g.node('Sub', [one(), y])], {}, 'dfdx');
      break;
    }
    case 'tanh': {
      y = g.node('Tanh', [x], {}, 'y');
      dfdx = g.node('Sub', [one(), g.node('Mul', [y, y])], {}, 'dfdx');
      break;
    }
    case 'silu': {
      // y = x·σ(x);  f′ = σ(x)·(1 + x·(1 − σ(x))).
      const s = g.node('Sigmoid', [x]);
      y = g.node('Mul', [x, s], {}, 'y');
      dfdx = g.node('Mul', [s, g.node('Add', [one(), g.node('Mul', [x, g.node('Sub', [one(), s])])])], {}, 'dfdx');
      break;
    }
    case 'softmax': {
      y = g.node('Softmax', [x], { axis: attr.int(-1) }, 'y');
      // Jacobian ∂y_i/∂x_j = y_i(δ_ij − y_j): its diagonal is y·(1 − y).
      dfdx = g.node('Mul', [y, g.node('Sub', [one(), y])], {}, 'dfdx');
      break;
    }
  }
  const sumGy = g.node('ReduceSum', [g.node('Mul', [G, y]), lastAxis], { keepdims: attr.int(1) }, 'sum_Gy');
  if (fn === 'softmax') g.node('Mul', [y, g.node('Sub', [G, sumGy])], {}, 'dydx');
  else g.node('Mul', [dfdx, G], {}, 'dydx');

  const keep = [...dims.slice(0, -1), 1];
  g.output('y', 'float32', dims);
  g.output('dydx', 'float32', dims);
  g.output('dfdx', 'float32', dims);
  g.output('sum_Gy', 'float32', keep);
  return g.toBytes({ docString: `ML Lens activation: y = ${fn}(x), dydx = d sum(y*G) / dx` });
}

function readFn(raw: unknown): ActivationFn {
  if (raw === undefined) return 'relu';
  if (typeof raw !== 'string' || !(ACTIVATION_FNS as readonly string[]).includes(raw)) {
    throw new DemoInputError(`unknown fn ${JSON.stringify(raw)} (expected one of ${ACTIVATION_FNS.join(', ')})`);
  }
  return raw as ActivationFn;
}

function readAlpha(raw: unknown): number {
  if (raw === undefined) return DEFAULT_ALPHA;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new DemoInputError(`alpha must be a finite number, got ${JSON.stringify(raw)}`);
  return raw;
}

/** The rank of input `name` as given (so tensorInput can check the rest), or the default's. */
function givenRank(inputs: Record<string, unknown> | undefined, name: string, fallback: number): number {
  const raw = inputs?.[name];
  const dims = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).dims : undefined;
  if (!Array.isArray(dims)) return fallback;
  if (dims.length < 1 || dims.length > MAX_RANK) {
    throw new DemoInputError(`input ${name} must have 1 to ${MAX_RANK} dims, got ${dims.length} ([${dims.join(', ')}])`);
  }
  return dims.length;
}

const FORMULA_FORWARD = String.raw`\begin{aligned}
\mathrm{relu}(x) &= \max(0, x) & \mathrm{leaky}(x) &= \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases} \\
\mathrm{gelu}(x) &= x\,\Phi(x) = \tfrac{x}{2}\bigl(1 + \operatorname{erf}(x/\sqrt{2})\bigr) & \sigma(x) &= \frac{1}{1 + e^{-x}} \\
\tanh(x) &= \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} & \mathrm{silu}(x) &= x\,\sigma(x) \\
\mathrm{softmax}(x)_i &= \frac{e^{x_i}}{\sum_j e^{x_j}}
\end{aligned}`;

const FORMULA_DERIVATIVE = String.raw`\begin{aligned}
\mathrm{relu}' &= [x > 0] & \mathrm{leaky}' &= \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases} \\
\mathrm{gelu}' &= \Phi(x) + x\,\varphi(x),\ \varphi(x) = \tfrac{e^{-x^2/2}}{\sqrt{2\pi}} & \sigma' &= \sigma\,(1 - \sigma) \\
\tanh' &= 1 - \tanh^2 & \mathrm{silu}' &= \sigma\,\bigl(1 + x\,(1 - \sigma)\bigr)
\end{aligned}`;

export const activationDemo: DemoDefinition = {
  id: 'activation',
  concept: 'relu',
  title: { en: 'Activation functions and their gradients', 'zh-cn': '激活函数及其梯度' },
  summary: {
    en: 'y = f(x) for ReLU, LeakyReLU, GELU, sigmoid, tanh, SiLU or softmax, and the gradient that flows back: dydx = ∂ sum(y·G)/∂x. Elementwise functions multiply G by their own slope f′(x); softmax mixes a whole row, so its gradient subtracts the weighted average of G.',
    'zh-cn': '对 ReLU、LeakyReLU、GELU、sigmoid、tanh、SiLU 或 softmax 计算 y = f(x)，以及回传的梯度 dydx = ∂ sum(y·G)/∂x。逐元素函数把 G 乘以自身的斜率 f′(x)；softmax 混合了整行，所以它的梯度要减去 G 的加权平均。',
  },
  inputs: [
    { name: 'x', dims: ['…'], editable: true },
    { name: 'G', dims: ['…'], editable: true },
  ],
  outputs: ['y', 'dydx'],
  steps: [
    {
      id: 'forward',
      title: { en: 'Forward', 'zh-cn': '前向' },
      formula: FORMULA_FORWARD,
      tensors: ['x', 'y'],
      note: {
        en: 'Every function except softmax acts on each entry alone; softmax turns each row (the last dim) into probabilities that sum to 1.',
        'zh-cn': '除 softmax 外，每个函数都只作用于单个元素；softmax 把每一行（最后一维）变成和为 1 的概率。',
      },
    },
    {
      id: 'slope',
      title: { en: 'Local slope', 'zh-cn': '局部斜率' },
      formula: FORMULA_DERIVATIVE,
      tensors: ['x', 'dfdx'],
      note: {
        en: "dfdx is f′(x) at each entry (for softmax, the Jacobian's diagonal y(1 − y)); ReLU's slope is 0 for x ≤ 0, while LeakyReLU keeps α there, so its gradient never vanishes.",
        'zh-cn': 'dfdx 是每个元素处的 f′(x)（softmax 则是雅可比矩阵的对角线 y(1 − y)）；ReLU 在 x ≤ 0 处斜率为 0，而 LeakyReLU 在那里保留 α，所以梯度永不为 0。',
      },
    },
    {
      id: 'chain-rule',
      title: { en: 'Chain rule, elementwise', 'zh-cn': '链式法则（逐元素）' },
      formula: String.raw`\frac{\partial}{\partial x_i}\sum_k y_k G_k = f'(x_i)\,G_i \;\Rightarrow\; \mathrm{dydx} = f'(x) \odot G`,
      tensors: ['dfdx', 'G', 'dydx'],
      note: {
        en: 'Each y_k depends only on x_k, so the Jacobian is diagonal and the backward pass is a plain product; with G = ones, dydx is the slope itself.',
        'zh-cn': '每个 y_k 只依赖 x_k，雅可比矩阵是对角阵，反向传播就是逐元素相乘；G 全为 1 时 dydx 就是斜率本身。',
      },
    },
    {
      id: 'softmax',
      title: { en: 'Softmax backward', 'zh-cn': 'softmax 的反向传播' },
      formula: String.raw`\frac{\partial y_i}{\partial x_j} = y_i(\delta_{ij} - y_j) \;\Rightarrow\; \mathrm{dydx}_j = \sum_i G_i\,y_i(\delta_{ij} - y_j) = y_j\Bigl(G_j - \sum_i G_i y_i\Bigr)`,
      tensors: ['y', 'G', 'sum_Gy', 'dydx'],
      note: {
        en: 'Raising one logit raises its own probability and lowers all others, so each entry gets G minus the probability-weighted average of G (sum_Gy); with G = ones that is 1 − 1 = 0 everywhere.',
        'zh-cn': '提高一个 logit 会提高它自己的概率并压低其余概率，所以每个元素得到 G 减去按概率加权的 G 平均值（sum_Gy）；G 全为 1 时结果处处是 1 − 1 = 0。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['fn', 'alpha']);
    rejectUnknown('input', request.inputs, ['x', 'G']);
    const fn = readFn(request.params?.fn);
    const alpha = readAlpha(request.params?.alpha);
    const x = tensorInput(request.inputs, 'x', givenRank(request.inputs, 'x', DEFAULT_X.dims.length), () => DEFAULT_X);
    const rank = x.dims.length;
    const G = tensorInput(request.inputs, 'G', givenRank(request.inputs, 'G', rank), () => filled([...x.dims], 1));
    if (G.dims.length !== rank || G.dims.some((d, i) => d !== x.dims[i])) {
      throw new DemoInputError(`G must have x's shape ${x.dims.join('×')}, got ${G.dims.join('×')}`);
    }
    const params: Record<string, ParamValue> = { fn };
    if (fn === 'leaky-relu') params.alpha = alpha;
    return {
      demo: 'activation',
      params,
      inputs: { x, G },
      modelKey: `activation:${fn}:rank=${rank}${fn === 'leaky-relu' ? `:alpha=${alpha}` : ''}`,
      buildModel: () => buildModel(fn, alpha, rank),
      outputNames: ['y', 'dydx', 'dfdx', 'sum_Gy'],
    };
  },
};
