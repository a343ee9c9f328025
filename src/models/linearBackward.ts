/**
 * linear-backward: y = x·Wᵀ + b (torch.nn.Linear, W stored as (out, in)) and its gradients under the
 * upstream gradient G = ∂L/∂y (ones by default): dx = G·W, dW = Gᵀ·x, db = Σₙ G.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import { filled, fromRows } from './tensor';

/** Default example: the seed's 2×3 input, a small integer weight and a bias of ±0.5. */
export const SEED_X = fromRows([
  [1, 2, 3],
  [4, 5, 6],
]);
export const SEED_W = fromRows([
  [1, -1, 2],
  [0, 1, -1],
]);
export const SEED_BIAS = { dims: [2], data: [0.5, -0.5] };

function buildModel(): Uint8Array {
  const g = new GraphBuilder('linear_backward');
  const x = g.input('x', 'float32', ['N', 'in']);
  const W = g.input('W', 'float32', ['out', 'in']);
  const b = g.input('b', 'float32', ['out']);
  const G = g.input('G', 'float32', ['N', 'out']);
  g.node('Gemm', [x, W, b], { transB: attr.int(1) }, 'y'); // x·Wᵀ + b
  g.node('MatMul', [G, W], {}, 'dx');
  const Gt = g.node('Transpose', [G], { perm: attr.ints([1, 0]) });
  g.node('MatMul', [Gt, x], {}, 'dW');
  g.node('ReduceSum', [G, g.constant([0], [1], 'int64')], { keepdims: attr.int(0) }, 'db');

  g.output('y', 'float32', ['N', 'out']);
  g.output('dx', 'float32', ['N', 'in']);
  g.output('dW', 'float32', ['out', 'in']);
  g.output('db', 'float32', ['out']);
  return g.toBytes({ docString: 'ML Lens linear-backward: y = x@W^T + b, dx = G@W, dW = G^T@x, db = sum_n G' });
}

export const linearBackward: DemoDefinition = {
  id: 'linear-backward',
  concept: 'linear',
  title: { en: 'Linear layer backward', 'zh-cn': '全连接层的反向传播' },
  summary: {
    en: 'y = x·Wᵀ + b, with W stored as (out, in) like torch.nn.Linear. Given G = ∂L/∂y: dx = G·W, dW = Gᵀ·x, and db sums G over the batch because b is added to every sample.',
    'zh-cn': 'y = x·Wᵀ + b，W 按 torch.nn.Linear 的方式存为 (out, in)。已知 G = ∂L/∂y：dx = G·W，dW = Gᵀ·x；b 加到每个样本上，所以 db 是 G 沿批维的和。',
  },
  inputs: [
    { name: 'x', dims: ['N', 'in'], editable: true },
    { name: 'W', dims: ['out', 'in'], editable: true },
    { name: 'b', dims: ['out'], editable: true },
    { name: 'G', dims: ['N', 'out'], editable: true },
  ],
  outputs: ['y', 'dx', 'dW', 'db'],
  steps: [
    {
      id: 'forward',
      title: { en: 'Forward', 'zh-cn': '前向' },
      formula: String.raw`y_{nj} = \sum_i x_{ni}\,W_{ji} + b_j \;\Rightarrow\; y = x\,W^{\top} + b`,
      tensors: ['x', 'W', 'b', 'y'],
      note: {
        en: 'Row j of W holds the weights of output j, so y[n,j] is sample n dotted with row j of W, plus b[j].',
        'zh-cn': 'W 的第 j 行是输出 j 的权重，所以 y[n,j] 是样本 n 与 W 第 j 行的点积再加 b[j]。',
      },
    },
    {
      id: 'grad-x',
      title: { en: 'Gradient of x', 'zh-cn': 'x 的梯度' },
      formula: String.raw`\frac{\partial L}{\partial x_{ni}} = \sum_j G_{nj}\,W_{ji} \;\Rightarrow\; \mathrm{dx} = G\,W`,
      tensors: ['G', 'W', 'dx'],
      note: {
        en: 'x[n,i] feeds every output j of sample n with weight W[j,i], so its gradient is G[n,:] dotted with column i of W — no transpose, because W is already (out, in).',
        'zh-cn': 'x[n,i] 以权重 W[j,i] 进入样本 n 的每个输出 j，所以其梯度是 G[n,:] 与 W 第 i 列的点积——W 本身就是 (out, in)，无需转置。',
      },
    },
    {
      id: 'grad-w',
      title: { en: 'Gradient of W', 'zh-cn': 'W 的梯度' },
      formula: String.raw`\frac{\partial L}{\partial W_{ji}} = \sum_n G_{nj}\,x_{ni} \;\Rightarrow\; \mathrm{dW} = G^{\top} x`,
      tensors: ['G', 'x', 'dW'],
      note: {
        en: 'W[j,i] multiplies x[n,i] in y[n,j] for every sample, so its gradient sums G[n,j]·x[n,i] over the batch.',
        'zh-cn': 'W[j,i] 在每个样本的 y[n,j] 中乘以 x[n,i]，所以其梯度对整个批次求和 G[n,j]·x[n,i]。',
      },
    },
    {
      id: 'grad-b',
      title: { en: 'Gradient of b', 'zh-cn': 'b 的梯度' },
      formula: String.raw`\frac{\partial L}{\partial b_j} = \sum_n G_{nj} \;\Rightarrow\; \mathrm{db} = \mathbf{1}^{\top} G`,
      tensors: ['G', 'db'],
      note: {
        en: 'The same b is broadcast to every sample, so its gradient is G summed over the batch axis (N when G = ones).',
        'zh-cn': '同一个 b 被广播到每个样本，所以它的梯度是 G 沿批维求和（G 全为 1 时就是 N）。',
      },
    },
    {
      id: 'shapes',
      title: { en: 'Check by shapes', 'zh-cn': '用形状核对' },
      formula: String.raw`\underbrace{\mathrm{dx}}_{N\times \mathit{in}} = \underbrace{G}_{N\times \mathit{out}}\,\underbrace{W}_{\mathit{out}\times \mathit{in}} \qquad \underbrace{\mathrm{dW}}_{\mathit{out}\times \mathit{in}} = \underbrace{G^{\top}}_{\mathit{out}\times N}\,\underbrace{x}_{N\times \mathit{in}} \qquad \underbrace{\mathrm{db}}_{\mathit{out}}`,
      tensors: ['dx', 'dW', 'db'],
      note: {
        en: 'Each gradient has the shape of what it differentiates; the batch axis N disappears from dW and db because the parameters are shared by all samples.',
        'zh-cn': '每个梯度都与求导对象同形；参数被所有样本共享，所以 dW 和 db 中批维 N 被求和消去。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, []);
    rejectUnknown('input', request.inputs, ['x', 'W', 'b', 'G']);
    const x = tensorInput(request.inputs, 'x', 2, () => SEED_X);
    const W = tensorInput(request.inputs, 'W', 2, () => SEED_W);
    const [N, inX] = x.dims;
    const [out, inW] = W.dims;
    if (inX !== inW) {
      throw new DemoInputError(`x is ${N}×${inX} and W is ${out}×${inW}: W is (out, in), so its columns (${inW}) must equal x's features (in = ${inX})`);
    }
    const b = tensorInput(request.inputs, 'b', 1, () => (W === SEED_W ? SEED_BIAS : filled([out], 0)));
    if (b.dims[0] !== out) throw new DemoInputError(`b must have ${out} values (one per output, W's rows), got ${b.dims[0]}`);
    const G = tensorInput(request.inputs, 'G', 2, () => filled([N, out], 1));
    if (G.dims[0] !== N || G.dims[1] !== out) {
      throw new DemoInputError(`G must have y's shape ${N}×${out}, got ${G.dims.join('×')}`);
    }
    return {
      demo: 'linear-backward',
      params: {},
      inputs: { x, W, b, G },
      modelKey: 'linear-backward',
      buildModel,
      outputNames: ['y', 'dx', 'dW', 'db'],
    };
  },
};
