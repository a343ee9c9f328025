/**
 * fp16-update: one SGD step θ ← θ − lr·g done four ways, to show why mixed precision keeps fp32 master weights
 * and scales the loss:
 *   fp32      θ − lr·g, all float32 (theta_fp32);
 *   fp16      θ, g and every intermediate stored in float16 (theta_fp16): small updates vanish;
 *   master    fp32 weights updated with the fp16 gradient (theta_master): tiny gradients underflow to 0;
 *   scaled    fp32 weights, gradient of the loss scaled by `scale` held in fp16, unscaled in fp32, as
 *             torch.cuda.amp.GradScaler does (theta_scaled) — skipped if a scaled gradient overflowed to inf.
 *
 * float16 inside the graph: every fp16 value is x rounded to the float16 grid and held in float32 — round to nearest,
 * ties to even, subnormals below 2⁻¹⁴, ±∞ past 65504: bit for bit what a Cast to float16 and back gives (the unit test
 * checks it against real Casts), built from float32 ops only. Each fp16 op is the float32 op followed by that
 * rounding — how PyTorch computes half tensors (in float, rounded to half), and the correctly rounded fp16 result for
 * +, −, × of fp16 values (float32 has ≥ 2·11 + 2 significand bits, so double rounding is harmless). Why not float16
 * tensors: ORT-web 1.30's wasm backend has no float16 Mul/Sub kernels — it inserts casts to float and then drops the
 * rounding back to float16 altogether, silently computing in fp32 — and its WebGPU EP fails the float16 Cast itself
 * on adapters without shader-f16 (SwiftShader here).
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import { numberParam } from './params';
import type { TensorData } from './tensor';

/** GradScaler's init_scale. */
export const DEFAULT_SCALE = 65536;
export const DEFAULT_LR = 0.01;
/**
 * The default example, one parameter per lesson: a normal update; an update below half of fp16's spacing at 1
 * (vanishes); one the fp16 grid rounds badly; a tiny update on a small weight (vanishes in fp16, a subnormal
 * gradient in master); a 1e-8 gradient that underflows to 0 in fp16 unless the loss is scaled.
 */
export const DEFAULT_THETA: TensorData = { dims: [5], data: [1, 1, 0.01, 0.001, 0.0001] };
export const DEFAULT_GRAD: TensorData = { dims: [5], data: [0.5, 0.01, 0.001, 1e-6, 1e-8] };

const FLOAT32 = 1;
const BOOL = 9;
/** float16's largest finite value, and its exponent range: normal numbers 2⁻¹⁴ … 2¹⁵, 10 fraction bits. */
const HALF_MAX = 65504;
const HALF_EXPONENTS = Array.from({ length: 30 }, (_, i) => i - 14);

/**
 * x rounded to the nearest float16 (ties to even), as float32: the grid spacing is 2^(e − 10) for |x| in [2^e, 2^(e+1))
 * and 2⁻²⁴ below 2⁻¹⁴; x / spacing, Round (half to even) and · spacing are exact in float32. Past 65504 the result
 * is ±∞ (Round gives 65536 from 65520 on). NaN stays NaN. The spacing is the largest 2^(e − 10) whose 2^e ≤ |x| — a
 * max, not a log, so it is exact on every execution provider.
 */
export function roundToHalf(g: GraphBuilder, x: string, out?: string): string {
  const rows = HALF_EXPONENTS.length;
  const starts = g.constant(HALF_EXPONENTS.map((e) => 2 ** e), [rows, 1]);
  const spacings = g.constant(HALF_EXPONENTS.map((e) => 2 ** (e - 10)), [rows, 1]);
  const abs = g.node('Unsqueeze', [g.node('Abs', [x]), g.constant([0], [1], 'int64')]); // (1, …)
  const reached = g.node('Cast', [g.node('GreaterOrEqual', [abs, starts])], { to: attr.int(FLOAT32) });
  const spacing = g.node('Max', [g.node('ReduceMax', [g.node('Mul', [reached, spacings])], { axes: attr.ints([0]), keepdims: attr.int(0) }), g.constant([2 ** -24])]);
  const rounded = g.node('Mul', [g.node('Round', [g.node('Div', [x, spacing])]), spacing]);
  const overflow = g.node('Greater', [g.node('Abs', [rounded]), g.constant([HALF_MAX])]);
  return g.node('Where', [overflow, g.node('Mul', [g.node('Sign', [x]), g.constant([Infinity])]), rounded], {}, out);
}

function buildModel(lr: number, scale: number): Uint8Array {
  const g = new GraphBuilder('fp16_update');
  const theta = g.input('theta', 'float32', ['P']);
  const grad = g.input('grad', 'float32', ['P']);
  const f = (v: number) => g.constant([v]);
  const cast = (v: string, to: number, out?: string) => g.node('Cast', [v], { to: attr.int(to) }, out);
  /** The value as float16 stores it, read back as float32. */
  const half = (v: string, out?: string) => roundToHalf(g, v, out);
  const sub = (a: string, b: string, out?: string) => g.node('Sub', [a, b], {}, out);
  const mul = (a: string, b: string, out?: string) => g.node('Mul', [a, b], {}, out);
  const step = (w: string, gr: string) => sub(w, mul(gr, f(lr)));

  const fp32 = step(theta, grad);
  g.node('Identity', [fp32], {}, 'theta_fp32');
  sub(fp32, theta, 'update_fp32');

  const theta16 = half(theta, 'theta_as_fp16');
  const grad16 = half(grad, 'grad_fp16');
  const fp16 = half(sub(theta16, half(mul(grad16, f(lr)))), 'theta_fp16');
  sub(fp16, theta16, 'update_fp16');

  const master = step(theta, grad16);
  g.node('Identity', [master], {}, 'theta_master');
  sub(master, theta, 'update_master');

  // GradScaler: grads of scale·loss arrive in fp16; unscale_ multiplies by inv_scale = float32(1/scale), checks for
  // inf/NaN, and step() is skipped when any were found; update() then halves the scale (backoff_factor 0.5). A clean
  // step leaves the scale as it is until growth_interval (2000) clean steps in a row have passed.
  const scaled16 = half(mul(grad, f(scale)), 'grad_scaled_fp16');
  const unscaled = mul(scaled16, f(Math.fround(1 / scale)), 'grad_unscaled');
  const bad = g.node('Or', [g.node('IsInf', [unscaled]), g.node('IsNaN', [unscaled])]);
  const foundInf = g.node('ReduceMax', [cast(bad, FLOAT32)], { keepdims: attr.int(0) }, 'found_inf');
  const skip = cast(foundInf, BOOL);
  const scaledStep = g.node('Where', [skip, theta, step(theta, unscaled)], {}, 'theta_scaled');
  sub(scaledStep, theta, 'update_scaled');
  g.node('Where', [skip, f(scale * 0.5), f(scale)], {}, 'next_scale');

  for (const name of OUTPUTS) g.output(name, 'float32', name === 'found_inf' || name === 'next_scale' ? [] : ['P']);
  return g.toBytes({ docString: `ML Lens fp16-update: lr ${lr}, loss scale ${scale}` });
}

const OUTPUTS = [
  'theta_fp32',
  'theta_fp16',
  'theta_as_fp16',
  'grad_fp16',
  'theta_master',
  'grad_scaled_fp16',
  'grad_unscaled',
  'found_inf',
  'theta_scaled',
  'next_scale',
  'update_fp32',
  'update_fp16',
  'update_master',
  'update_scaled',
];

export const fp16UpdateDemo: DemoDefinition = {
  id: 'fp16-update',
  concept: 'mixed-precision',
  title: { en: 'Mixed precision: one update in fp32 and fp16', 'zh-cn': '混合精度：同一次更新在 fp32 与 fp16 下' },
  summary: {
    en: 'float16 keeps 11 significant bits and nothing below 6e-8. An SGD step done in fp16 loses updates smaller than half the spacing around the weight, and tiny gradients underflow to zero. Mixed-precision training therefore keeps fp32 master weights and scales the loss (GradScaler) so small gradients survive fp16, then unscales them in fp32.',
    'zh-cn': 'float16 只有 11 位有效二进制位，小于 6e-8 的数无法表示。在 fp16 中做一次 SGD 更新，小于权重附近间隔一半的更新会丢失，极小的梯度会下溢为零。因此混合精度训练保留 fp32 主权重，并放大损失（GradScaler），让小梯度在 fp16 中存活，再在 fp32 中缩放回来。',
  },
  inputs: [
    { name: 'theta', dims: ['P'], editable: true },
    { name: 'grad', dims: ['P'], editable: true },
  ],
  outputs: ['theta_fp32', 'theta_fp16'],
  steps: [
    {
      id: 'formats',
      title: { en: 'What float16 can hold', 'zh-cn': 'float16 能表示什么' },
      formula: String.raw`\text{fp16: } \pm 1.m \times 2^{e},\ m \text{ 10 bits} \qquad \text{spacing at 1} = 2^{-10} \approx 9.8\times10^{-4} \qquad \max = 65504 \qquad \min > 0 = 2^{-24} \approx 6\times10^{-8}`,
      tensors: ['theta', 'theta_as_fp16', 'grad', 'grad_fp16'],
      note: {
        en: 'Storing a number in fp16 rounds it to the nearest point of a grid whose spacing is about 1/1000 of the number (0.01 becomes 0.0100021). Below 6.1e-5 the grid stops shrinking (subnormals, fewer bits), and below 3e-8 everything rounds to 0.',
        'zh-cn': '把数存成 fp16 会四舍五入到最近的网格点，网格间隔约为数值的 1/1000（0.01 变成 0.0100021）。小于 6.1e-5 后间隔不再缩小（次正规数，有效位更少），小于 3e-8 的数全部变成 0。',
      },
    },
    {
      id: 'fp16-step',
      title: { en: 'The update done in fp16', 'zh-cn': '在 fp16 中做更新' },
      formula: String.raw`\theta_{16} \leftarrow \operatorname{fp16}\big(\theta_{16} - \operatorname{fp16}(\eta\, g_{16})\big)`,
      tensors: ['update_fp32', 'update_fp16', 'theta_fp32', 'theta_fp16'],
      note: {
        en: 'When lr·g is less than half the grid spacing around θ, θ − lr·g rounds straight back to θ: the update vanishes (θ = 1, g = 0.01 here), and slightly larger ones are rounded badly. Many small steps that should add up to real progress add up to nothing — why weights are not updated in fp16.',
        'zh-cn': '当 lr·g 小于 θ 附近网格间隔的一半时，θ − lr·g 会被舍入回 θ：更新消失了（这里的 θ = 1、g = 0.01），稍大一些的更新也被舍入得很不准。本该累积起来的许多小步最终什么也没留下——这就是权重不在 fp16 中更新的原因。',
      },
    },
    {
      id: 'master',
      title: { en: 'fp32 master weights', 'zh-cn': 'fp32 主权重' },
      formula: String.raw`\theta_{32} \leftarrow \theta_{32} - \eta\, g_{16}`,
      tensors: ['grad_fp16', 'update_master', 'theta_master'],
      note: {
        en: 'Keeping an fp32 copy of the weights (mixed precision, and ZeRO\'s sharded fp32 optimizer state) fixes the vanishing update: the fp32 grid is 8192 times finer. But the gradient still passed through fp16 in the backward pass, and a gradient of 1e-8 arrived as exactly 0.',
        'zh-cn': '保留一份 fp32 权重（混合精度训练，以及 ZeRO 切分存放的 fp32 优化器状态）解决了更新消失的问题：fp32 的网格细 8192 倍。但梯度在反向传播中仍经过 fp16，1e-8 的梯度到达时已经恰好是 0。',
      },
    },
    {
      id: 'loss-scaling',
      title: { en: 'Loss scaling rescues small gradients', 'zh-cn': '损失缩放挽救小梯度' },
      formula: String.raw`g_{16} = \operatorname{fp16}(S\, g) \qquad \hat g_{32} = g_{16} \cdot \tfrac{1}{S} \qquad \theta_{32} \leftarrow \theta_{32} - \eta\, \hat g_{32}`,
      tensors: ['grad_scaled_fp16', 'grad_unscaled', 'update_scaled', 'theta_scaled'],
      note: {
        en: 'GradScaler multiplies the loss by S (65536 by default), so every gradient in the backward pass is S times larger and stays inside fp16\'s range; before the step, unscale_ multiplies by 1/S in fp32. The 1e-8 gradient now reaches the weight almost exactly.',
        'zh-cn': 'GradScaler 把损失乘以 S（默认 65536），反向传播中的每个梯度都放大 S 倍，留在 fp16 的表示范围内；更新前 unscale_ 在 fp32 中乘以 1/S。现在 1e-8 的梯度几乎原样到达了权重。',
      },
    },
    {
      id: 'overflow',
      title: { en: 'Overflow: skip the step, halve the scale', 'zh-cn': '溢出：跳过这一步，缩放减半' },
      formula: String.raw`\exists\, i:\ |S\, g_i| > 65504 \ \Rightarrow\ g_{16,i} = \infty:\ \text{skip the step},\ \ S \leftarrow S/2`,
      tensors: ['found_inf', 'theta_scaled', 'next_scale'],
      note: {
        en: 'Too large a scale overflows fp16 to inf. GradScaler then skips optimizer.step() entirely (θ unchanged) and halves S; after 2000 clean steps in a row it doubles S again, so the scale settles just below overflow. Try a gradient of 1 with S = 65536.',
        'zh-cn': '缩放过大会让 fp16 溢出为 inf。此时 GradScaler 完全跳过 optimizer.step()（θ 不变）并把 S 减半；连续 2000 步没有溢出后再把 S 加倍，于是缩放值稳定在刚好不溢出的水平。试试梯度为 1、S = 65536。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['lr', 'scale']);
    rejectUnknown('input', request.inputs, ['theta', 'grad']);
    const lr = numberParam(request.params, 'lr', DEFAULT_LR, { min: 0 });
    const scale = numberParam(request.params, 'scale', DEFAULT_SCALE, { min: 0, above: true });
    const theta = tensorInput(request.inputs, 'theta', 1, () => DEFAULT_THETA);
    const grad = tensorInput(request.inputs, 'grad', 1, () => DEFAULT_GRAD);
    if (grad.dims[0] !== theta.dims[0]) throw new DemoInputError(`grad needs one entry per parameter: theta has P = ${theta.dims[0]}, grad has ${grad.dims[0]}`);
    return {
      demo: 'fp16-update',
      params: { lr, scale },
      inputs: { theta, grad },
      modelKey: `fp16-update:lr=${lr}:scale=${scale}`,
      buildModel: () => buildModel(lr, scale),
      outputNames: OUTPUTS,
    };
  },
};
