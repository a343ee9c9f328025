/**
 * norm: batch / layer / group / instance normalization of an NCHW tensor with training-mode
 * statistics and no affine: y = (x − mean) / sqrt(var + eps), var biased. Built from primitives
 * (Reshape, ReduceMean, Sub, Mul, Add, Sqrt, Div): ORT-web's WebGPU EP has no training-mode
 * BatchNormalization. Besides the contract's outputs the graph returns `x_centered` (x − mean, x's shape)
 * and `std` (sqrt(var + eps), mean's shape), so every number a step shows is one ORT computed.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import type { TensorData } from './tensor';

export const NORM_KINDS = ['batch', 'layer', 'group', 'instance'] as const;
export type NormKind = (typeof NORM_KINDS)[number];

/** PyTorch's default eps for every norm layer. */
export const DEFAULT_EPS = 1e-5;
export const DEFAULT_GROUPS = 2;
/** The default x: arange(32) / 2 − 8 shaped (2, 4, 2, 2), i.e. −8, −7.5, …, 7.5. */
export const DEFAULT_X: TensorData = { dims: [2, 4, 2, 2], data: Array.from({ length: 32 }, (_, i) => i / 2 - 8) };

/** The axes each kind averages over (after group's reshape to (N, groups, C/groups·H·W)). */
const REDUCE_AXES: Record<NormKind, number[]> = { batch: [0, 2, 3], layer: [1, 2, 3], group: [2], instance: [2, 3] };
/** Reshapes the kept-dims statistic to the contract's shape: batch (C), layer (N), group (N, groups), instance (N, C). */
const STAT_SHAPE: Record<NormKind, number[]> = { batch: [-1], layer: [-1], group: [0, 0], instance: [0, 0] };
const STAT_DIMS: Record<NormKind, string[]> = { batch: ['C'], layer: ['N'], group: ['N', 'groups'], instance: ['N', 'C'] };

function buildModel(kind: NormKind, eps: number, groups: number, chw: readonly number[]): Uint8Array {
  const g = new GraphBuilder(`norm_${kind}`);
  const nchw = ['N', 'C', 'H', 'W'];
  const x = g.input('x', 'float32', nchw);
  const shape = (s: readonly number[]) => g.constant(s, [s.length], 'int64');
  // Group norm: (N, C, H, W) → (N, groups, C/groups·H·W), so each group is one row to average.
  const xr = kind === 'group' ? g.node('Reshape', [x, shape([0, groups, -1])]) : x;
  const reduce = (v: string) => g.node('ReduceMean', [v], { axes: attr.ints(REDUCE_AXES[kind]), keepdims: attr.int(1) });

  const mean = reduce(xr);
  const xc = g.node('Sub', [xr, mean]);
  const variance = reduce(g.node('Mul', [xc, xc]));
  const std = g.node('Sqrt', [g.node('Add', [variance, g.constant([eps])])]);
  const yr = g.node('Div', [xc, std]);
  const back = (v: string, out: string) => (kind === 'group' ? g.node('Reshape', [v, shape([0, ...chw])], {}, out) : g.node('Identity', [v], {}, out));
  back(yr, 'y');
  back(xc, 'x_centered');
  const stat = (v: string, out: string) => g.node('Reshape', [v, shape(STAT_SHAPE[kind])], {}, out);
  stat(mean, 'mean');
  stat(variance, 'var');
  stat(std, 'std');

  g.output('y', 'float32', nchw);
  g.output('mean', 'float32', STAT_DIMS[kind]);
  g.output('var', 'float32', STAT_DIMS[kind]);
  g.output('x_centered', 'float32', nchw);
  g.output('std', 'float32', STAT_DIMS[kind]);
  return g.toBytes({ docString: `ML Lens norm: ${kind} norm, y = (x - mean) / sqrt(var + eps)` });
}

function readKind(raw: unknown): NormKind {
  if (raw === undefined) return 'batch';
  if (typeof raw !== 'string' || !(NORM_KINDS as readonly string[]).includes(raw)) {
    throw new DemoInputError(`unknown kind ${JSON.stringify(raw)} (expected one of ${NORM_KINDS.join(', ')})`);
  }
  return raw as NormKind;
}

function readEps(raw: unknown): number {
  if (raw === undefined) return DEFAULT_EPS;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
    throw new DemoInputError(`eps must be a finite number ≥ 0, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

function readGroups(raw: unknown): number {
  if (raw === undefined) return DEFAULT_GROUPS;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
    throw new DemoInputError(`groups must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

export const normDemo: DemoDefinition = {
  id: 'norm',
  concept: 'batch-norm',
  title: { en: 'Batch, layer, group and instance norm', 'zh-cn': '批归一化、层归一化、组归一化与实例归一化' },
  summary: {
    en: 'All four norms compute y = (x − mean) / sqrt(var + eps) on an NCHW tensor; they differ only in which entries share a mean and variance: BatchNorm per channel over (N, H, W), LayerNorm per sample over (C, H, W), GroupNorm per sample and group of channels over (C/G, H, W), InstanceNorm per sample and channel over (H, W).',
    'zh-cn': '四种归一化都在 NCHW 张量上计算 y = (x − mean) / sqrt(var + eps)，区别只在于哪些元素共享同一个均值和方差：BatchNorm 按通道在 (N, H, W) 上统计，LayerNorm 按样本在 (C, H, W) 上统计，GroupNorm 按样本和通道组在 (C/G, H, W) 上统计，InstanceNorm 按样本和通道在 (H, W) 上统计。',
  },
  inputs: [{ name: 'x', dims: ['N', 'C', 'H', 'W'], editable: true }],
  outputs: ['y', 'mean', 'var'],
  steps: [
    {
      id: 'mean',
      title: { en: 'Which entries share a mean', 'zh-cn': '哪些元素共享均值' },
      formula: String.raw`\begin{aligned}
\text{batch: } \mu_c &= \tfrac{1}{NHW}\textstyle\sum_{n,h,w} x_{nchw} & \text{layer: } \mu_n &= \tfrac{1}{CHW}\textstyle\sum_{c,h,w} x_{nchw} \\
\text{group: } \mu_{ng} &= \tfrac{G}{CHW}\textstyle\sum_{c \in g,\,h,w} x_{nchw} & \text{instance: } \mu_{nc} &= \tfrac{1}{HW}\textstyle\sum_{h,w} x_{nchw}
\end{aligned}`,
      tensors: ['x', 'mean'],
      note: {
        en: 'The kind only decides the averaging axes: BatchNorm mixes samples within a channel, the others stay inside one sample, so they do not depend on the batch size.',
        'zh-cn': '类型只决定在哪些轴上求平均：BatchNorm 在同一通道内跨样本混合，其余三种都只在单个样本内部统计，因此与批大小无关。',
      },
    },
    {
      id: 'center',
      title: { en: 'Center', 'zh-cn': '中心化' },
      formula: String.raw`\hat{x} = x - \mu`,
      tensors: ['x', 'mean', 'x_centered'],
      note: {
        en: 'Each entry subtracts the mean of its own group of entries, so every group now averages to 0.',
        'zh-cn': '每个元素减去它所在统计组的均值，于是每组的平均值都变成 0。',
      },
    },
    {
      id: 'variance',
      title: { en: 'Variance (biased)', 'zh-cn': '方差（有偏）' },
      formula: String.raw`\sigma^2 = \frac{1}{m}\sum (x - \mu)^2 \qquad m = \text{entries per group}`,
      tensors: ['x_centered', 'var'],
      note: {
        en: 'Normalization divides by m, not m − 1 (the unbiased estimate BatchNorm keeps only for its running_var).',
        'zh-cn': '归一化时除以 m 而不是 m − 1（BatchNorm 只在更新 running_var 时使用无偏估计）。',
      },
    },
    {
      id: 'normalize',
      title: { en: 'Normalize', 'zh-cn': '标准化' },
      formula: String.raw`y = \frac{x - \mu}{\sqrt{\sigma^2 + \varepsilon}}`,
      tensors: ['x_centered', 'std', 'y'],
      note: {
        en: 'Dividing by the standard deviation gives every group mean 0 and standard deviation ≈ 1; eps keeps a constant group from dividing by zero.',
        'zh-cn': '除以标准差后每组均值为 0、标准差约为 1；eps 防止常数组出现除以零。',
      },
    },
    {
      id: 'why',
      title: { en: 'Why and which', 'zh-cn': '为什么、选哪种' },
      formula: String.raw`\text{conv} \to \text{BN} \to \text{ReLU} \qquad x + \text{Attn}(\text{LN}(x))`,
      tensors: ['y'],
      note: {
        en: 'A stable mean-0, std-1 input before the activation speeds convergence: CNNs such as ResNet use BatchNorm, Transformers use LayerNorm because it ignores batch and sequence size, and GroupNorm suits small batches.',
        'zh-cn': '激活前输入保持均值 0、标准差 1 的稳定分布能加快收敛：ResNet 等 CNN 用 BatchNorm，Transformer 用 LayerNorm，因为它与批大小和序列长度无关，小批量时适合 GroupNorm。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['kind', 'eps', 'groups']);
    rejectUnknown('input', request.inputs, ['x']);
    const kind = readKind(request.params?.kind);
    const eps = readEps(request.params?.eps);
    const groups = readGroups(request.params?.groups);
    const x = tensorInput(request.inputs, 'x', 4, () => DEFAULT_X);
    const [, C, H, W] = x.dims;
    const params: Record<string, ParamValue> = { kind, eps };
    let modelKey = `norm:${kind}:eps=${eps}`;
    if (kind === 'group') {
      if (C % groups !== 0) throw new DemoInputError(`groups (${groups}) must divide the channel count C (${C})`);
      params.groups = groups;
      modelKey += `:groups=${groups}:chw=${C}x${H}x${W}`;
    }
    return {
      demo: 'norm',
      params,
      inputs: { x },
      modelKey,
      buildModel: () => buildModel(kind, eps, groups, [C, H, W]),
      outputNames: ['y', 'mean', 'var', 'x_centered', 'std'],
    };
  },
};
