/**
 * lora: a frozen linear layer W (out, in) plus a trainable low-rank update, as peft's LoRA Linear computes it:
 * delta_w = scaling · B·A with A (r, in), B (out, r), scaling = alpha / r (alpha / √r with rslora, as
 * LoraConfig(use_rslora=True)); y = x·(W + delta_w)ᵀ.
 *
 * Besides delta_w and y the graph returns the merged weight w_merged, the two paths peft runs without merging
 * (y_base = x·Wᵀ and y_lora = scaling · (x·Aᵀ)·Bᵀ, with the rank-r bottleneck xa = x·Aᵀ), and the parameter
 * counts params_full = out·in and params_lora = r·(in + out), read by ORT from the shapes of W, A and B.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import { boolParam, numberParam } from './params';
import { gaussianMatrix } from './synthetic';
import type { TensorData } from './tensor';

/** The default example: a 6×8 layer at rank 2, two inputs; alpha defaults to peft's lora_alpha = 8 (scaling 4). */
export const DEFAULT_R = 2;
export const DEFAULT_ALPHA = 8;
const DEFAULT_OUT = 6;
const DEFAULT_IN = 8;
/** The largest rank a walkthrough shows. */
export const MAX_RANK = 64;

/** Example matrices for rank r: W and x ~ N(0, 1); A ~ N(0, 1/in) as a Kaiming-style init; B as if after training. */
export function loraExample(r: number, out = DEFAULT_OUT, inFeatures = DEFAULT_IN): Record<string, TensorData> {
  return {
    W: gaussianMatrix(41, out, inFeatures, 0.5),
    A: gaussianMatrix(42, r, inFeatures, 1 / Math.sqrt(inFeatures)),
    B: gaussianMatrix(43, out, r, 0.1),
    x: gaussianMatrix(44, 2, inFeatures),
  };
}

function buildModel(scaling: number, dims: { out: number; in: number; r: number; n: number }): Uint8Array {
  const g = new GraphBuilder('lora');
  const W = g.input('W', 'float32', [dims.out, dims.in]);
  const A = g.input('A', 'float32', [dims.r, dims.in]);
  const B = g.input('B', 'float32', [dims.out, dims.r]);
  const x = g.input('x', 'float32', [dims.n, dims.in]);
  const s = g.constant([scaling]);
  const t = (m: string) => g.node('Transpose', [m], { perm: attr.ints([1, 0]) });
  const count = (...ms: string[]) => {
    const sizes = ms.map((m) => g.node('Size', [m]));
    return sizes.length === 1 ? sizes[0] : g.node('Sum', sizes.map((z) => g.node('Cast', [z], { to: attr.int(1) })));
  };

  const delta = g.node('Mul', [g.node('MatMul', [B, A]), s], {}, 'delta_w');
  const merged = g.node('Add', [W, delta], {}, 'w_merged');
  g.node('MatMul', [x, t(merged)], {}, 'y');
  g.node('MatMul', [x, t(W)], {}, 'y_base');
  const xa = g.node('MatMul', [x, t(A)], {}, 'xa');
  g.node('Mul', [g.node('MatMul', [xa, t(B)]), s], {}, 'y_lora');
  g.node('Cast', [count(W)], { to: attr.int(1) }, 'params_full');
  g.node('Identity', [count(A, B)], {}, 'params_lora');

  g.output('delta_w', 'float32', [dims.out, dims.in]);
  g.output('y', 'float32', [dims.n, dims.out]);
  g.output('w_merged', 'float32', [dims.out, dims.in]);
  g.output('y_base', 'float32', [dims.n, dims.out]);
  g.output('y_lora', 'float32', [dims.n, dims.out]);
  g.output('xa', 'float32', [dims.n, dims.r]);
  g.output('params_full', 'float32', []);
  g.output('params_lora', 'float32', []);
  return g.toBytes({ docString: `ML Lens lora: W + ${scaling}·B·A` });
}

export const loraDemo: DemoDefinition = {
  id: 'lora',
  concept: 'lora',
  title: { en: 'LoRA: a low-rank update to a frozen weight', 'zh-cn': 'LoRA：给冻结权重加一个低秩更新' },
  summary: {
    en: 'LoRA keeps the pretrained weight W frozen and learns its change as the product of two thin matrices, ΔW = (α/r)·B·A with A (r × in) and B (out × r). Only A and B train — r·(in + out) numbers instead of out·in — and after training ΔW can be merged into W, so inference costs nothing extra.',
    'zh-cn': 'LoRA 冻结预训练权重 W，把它的变化量学成两个窄矩阵的乘积：ΔW = (α/r)·B·A，其中 A 为 r × in、B 为 out × r。只训练 A 和 B——参数量是 r·(in + out) 而不是 out·in；训练结束后可以把 ΔW 合并进 W，推理没有额外开销。',
  },
  inputs: [
    { name: 'W', dims: ['out', 'in'], editable: true },
    { name: 'A', dims: ['r', 'in'], editable: true },
    { name: 'B', dims: ['out', 'r'], editable: true },
    { name: 'x', dims: ['N', 'in'], editable: true },
  ],
  outputs: ['delta_w', 'y'],
  steps: [
    {
      id: 'update',
      title: { en: 'The update is a product of two thin matrices', 'zh-cn': '更新量是两个窄矩阵的乘积' },
      formula: String.raw`\Delta W = \frac{\alpha}{r}\, B A \qquad B \in \mathbb{R}^{\text{out} \times r},\ A \in \mathbb{R}^{r \times \text{in}}`,
      tensors: ['A', 'B', 'delta_w'],
      note: {
        en: 'Every column of ΔW is a mix of the r columns of B, so ΔW has rank at most r however large the layer. peft scales by α/r so that changing r does not change the size of the update (with use_rslora it scales by α/√r). B starts at zero, so training starts exactly from the pretrained model.',
        'zh-cn': 'ΔW 的每一列都是 B 的 r 列的线性组合，所以无论层多大，ΔW 的秩至多为 r。peft 按 α/r 缩放，使得改变 r 时更新量的大小不变（use_rslora 时按 α/√r 缩放）。B 初始化为零，所以训练恰好从预训练模型出发。',
      },
    },
    {
      id: 'merge',
      title: { en: 'Frozen W plus the update', 'zh-cn': '冻结的 W 加上更新量' },
      formula: String.raw`W' = W + \Delta W \qquad y = x\,W'^{\top}`,
      tensors: ['W', 'delta_w', 'w_merged', 'x', 'y'],
      note: {
        en: 'W never receives a gradient; only A and B do. After training, merge_and_unload() adds ΔW into W once, and the layer is an ordinary Linear again — no extra latency at inference.',
        'zh-cn': 'W 从不接收梯度，只有 A 和 B 会更新。训练结束后 merge_and_unload() 把 ΔW 一次性加进 W，这一层又变回普通的 Linear——推理时没有额外延迟。',
      },
    },
    {
      id: 'paths',
      title: { en: 'Two paths during training', 'zh-cn': '训练时的两条路径' },
      formula: String.raw`y = \underbrace{x W^{\top}}_{\text{frozen}} + \frac{\alpha}{r}\,\underbrace{(x A^{\top})}_{N \times r} B^{\top}`,
      tensors: ['y_base', 'xa', 'y_lora', 'y'],
      note: {
        en: 'While training, peft never forms ΔW: it runs x through the frozen layer and, beside it, through A (down to r numbers per row) and B (back up to out), then adds the two. The result equals x·(W + ΔW)ᵀ.',
        'zh-cn': '训练时 peft 并不真正构造 ΔW：x 一路经过冻结层，另一路先经过 A（每行降到 r 个数）再经过 B（升回 out），两者相加。结果与 x·(W + ΔW)ᵀ 相同。',
      },
    },
    {
      id: 'count',
      title: { en: 'Parameters: full fine-tuning vs LoRA', 'zh-cn': '参数量：全量微调与 LoRA' },
      formula: String.raw`\underbrace{\text{out}\cdot\text{in}}_{\text{full}} \quad\text{vs}\quad \underbrace{r\,(\text{in} + \text{out})}_{\text{LoRA}} \qquad 4096 \times 4096,\ r = 8:\ 16{,}777{,}216 \text{ vs } 65{,}536\ (0.39\%)`,
      tensors: ['params_full', 'params_lora'],
      note: {
        en: 'The saving grows with the layer: for a small layer it is modest, for a 4096 × 4096 projection rank 8 trains 0.39% of the weights. Optimizer state shrinks by the same factor, which is where most of the memory goes.',
        'zh-cn': '层越大，节省越多：小层上不明显，而 4096 × 4096 的投影层在秩 8 时只训练 0.39% 的权重。优化器状态也按同样比例缩小，而显存主要就花在这里。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['r', 'alpha', 'rslora']);
    rejectUnknown('input', request.inputs, ['W', 'A', 'B', 'x']);
    const givenA = request.inputs?.A as { dims?: unknown } | undefined;
    const rFromA = Array.isArray(givenA?.dims) && typeof givenA.dims[0] === 'number' ? givenA.dims[0] : undefined;
    const r = numberParam(request.params, 'r', rFromA ?? DEFAULT_R, { integer: true, min: 1, max: MAX_RANK });
    const alpha = numberParam(request.params, 'alpha', DEFAULT_ALPHA, { min: 0, above: true });
    const rslora = boolParam(request.params, 'rslora', false);

    const givenW = request.inputs?.W as { dims?: unknown } | undefined;
    const [outF, inF] = Array.isArray(givenW?.dims) && givenW.dims.length === 2 ? (givenW.dims as number[]) : [DEFAULT_OUT, DEFAULT_IN];
    const example = loraExample(r, outF, inF);
    const W = tensorInput(request.inputs, 'W', 2, () => example.W);
    const [out, inFeatures] = W.dims;
    const A = tensorInput(request.inputs, 'A', 2, () => example.A);
    const B = tensorInput(request.inputs, 'B', 2, () => example.B);
    const x = tensorInput(request.inputs, 'x', 2, () => example.x);
    if (A.dims[0] !== r) throw new DemoInputError(`A must have r = ${r} rows (the rank), got ${A.dims.join('×')}`);
    if (A.dims[1] !== inFeatures) throw new DemoInputError(`A must have W's input width in = ${inFeatures} columns, got ${A.dims.join('×')}`);
    if (B.dims[0] !== out || B.dims[1] !== r) throw new DemoInputError(`B must be out×r = ${out}×${r}, got ${B.dims.join('×')}`);
    if (x.dims[1] !== inFeatures) throw new DemoInputError(`x must have in = ${inFeatures} columns (W is ${out}×${inFeatures}), got ${x.dims.join('×')}`);

    const scaling = rslora ? alpha / Math.sqrt(r) : alpha / r;
    const dims = { out, in: inFeatures, r, n: x.dims[0] };
    return {
      demo: 'lora',
      params: { r, alpha, rslora },
      inputs: { W, A, B, x },
      modelKey: `lora:scaling=${scaling}:${out}x${inFeatures}:r=${r}:n=${dims.n}`,
      buildModel: () => buildModel(scaling, dims),
      outputNames: ['delta_w', 'y', 'w_merged', 'y_base', 'y_lora', 'xa', 'params_full', 'params_lora'],
    };
  },
};
