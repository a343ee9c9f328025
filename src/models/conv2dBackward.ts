/**
 * conv2d-backward: y = conv2d(x, w; stride, padding) (no bias, PyTorch's cross-correlation) and its gradients
 * under G = ∂L/∂y (ones by default):
 *   dx = ConvTranspose(G, w) with the same stride and padding — the transposed ("reversed") convolution;
 *        output_padding (H + 2p − kh) mod s restores the rows the forward stride skipped, so dx has x's shape;
 *   dw = a convolution of x with G as the kernel (batch and channel axes swapped), the stride becoming the
 *        dilation; its result is kh + (H + 2p − kh) mod s tall, and only the first kh rows are kernel taps.
 * The graph also returns w_flipped (w rotated 180° with its in/out channels swapped): dx is the plain
 * convolution of the zero-spread, padded G with that kernel, which is what "reversed" means.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type PreparedDemo } from './demo';
import type { TensorData } from './tensor';
import { filled } from './tensor';

/** Default example: x = 1..16 as a 4×4 image, a 3×3 integer kernel that is not symmetric (so its flip shows). */
export const SEED_X: TensorData = { dims: [1, 1, 4, 4], data: Array.from({ length: 16 }, (_, i) => i + 1) };
export const SEED_W: TensorData = { dims: [1, 1, 3, 3], data: [1, 0, -1, 2, 1, 0, 0, -1, 1] };

const MAX_STRIDE = 8;
const MAX_PADDING = 8;

interface ConvShape {
  stride: number;
  padding: number;
  kh: number;
  kw: number;
  /** (H + 2p − kh) mod s and (W + 2p − kw) mod s: ConvTranspose's output_padding, and the rows dw's conv overshoots. */
  oph: number;
  opw: number;
}

function buildModel({ stride: s, padding: p, kh, kw, oph, opw }: ConvShape): Uint8Array {
  const g = new GraphBuilder('conv2d_backward');
  const x = g.input('x', 'float32', ['N', 'C', 'H', 'W']);
  const w = g.input('w', 'float32', ['O', 'C', kh, kw]);
  const G = g.input('G', 'float32', ['N', 'O', 'Ho', 'Wo']);
  const strides = attr.ints([s, s]);
  const pads = attr.ints([p, p, p, p]);

  g.node('Conv', [x, w], { strides, pads }, 'y');

  // dx: scatter each G[n,o,i,j]·w[o,c] back onto the window y[n,o,i,j] read. ConvTranspose's weight layout is
  // (in = O, out = C, kh, kw), which is w as stored.
  const ctAttrs = { strides, pads, output_padding: attr.ints([oph, opw]) };
  g.node('ConvTranspose', [G, w], ctAttrs, 'dx');

  // dw[o,c,u,v] = Σ_{n,i,j} G[n,o,i,j]·xpad[n,c,s·i+u,s·j+v]: a conv over (C as batch, N as channels) with G
  // (O as out channels, N as in channels) as the kernel, dilated by the stride.
  const swap01 = { perm: attr.ints([1, 0, 2, 3]) };
  const xT = g.node('Transpose', [x], swap01); // (C, N, H, W)
  const gT = g.node('Transpose', [G], swap01); // (O, N, Ho, Wo)
  let dwT = g.node('Conv', [xT, gT], { pads, dilations: strides }); // (C, O, kh + oph, kw + opw)
  if (oph || opw) {
    const i64 = (v: number[]) => g.constant(v, [v.length], 'int64');
    dwT = g.node('Slice', [dwT, i64([0, 0]), i64([kh, kw]), i64([2, 3])]);
  }
  g.node('Transpose', [dwT], swap01, 'dw');

  // The reversed kernel: swap in/out channels, then rotate 180° (reverse both spatial axes).
  const rev = (n: number) => g.constant(Array.from({ length: n }, (_, i) => n - 1 - i), [n], 'int64');
  const wT = g.node('Transpose', [w], swap01);
  const wRows = g.node('Gather', [wT, rev(kh)], { axis: attr.int(2) });
  g.node('Gather', [wRows, rev(kw)], { axis: attr.int(3) }, 'w_flipped');

  g.output('y', 'float32', ['N', 'O', 'Ho', 'Wo']);
  g.output('dx', 'float32', ['N', 'C', 'H', 'W']);
  g.output('dw', 'float32', ['O', 'C', kh, kw]);
  g.output('w_flipped', 'float32', ['C', 'O', kh, kw]);
  return g.toBytes({
    docString: `ML Lens conv2d-backward (stride ${s}, padding ${p}): y = conv2d(x, w), dx = conv_transpose2d(G, w), dw = conv(x^T, G^T, dilation = stride)`,
  });
}

function intParam(params: Record<string, unknown> | undefined, name: string, fallback: number, min: number, max: number): number {
  const v = params?.[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new DemoInputError(`param ${name} must be an integer, got ${JSON.stringify(v)}`);
  if (v < min || v > max) throw new DemoInputError(`param ${name} must be between ${min} and ${max}, got ${v}`);
  return v;
}

export const conv2dBackward: DemoDefinition = {
  id: 'conv2d-backward',
  concept: 'conv2d',
  title: { en: 'Conv2d backward', 'zh-cn': '二维卷积的反向传播' },
  summary: {
    en: 'y = conv2d(x, w) with stride s and padding p. Given G = ∂L/∂y, the input gradient dx is the transposed (reversed) convolution of G with w — equivalently, G spread out by the stride and convolved with w rotated 180° — and the weight gradient dw is a convolution of x with G.',
    'zh-cn': 'y = conv2d(x, w)，步长 s、填充 p。已知 G = ∂L/∂y，输入梯度 dx 是 G 与 w 的转置（反向）卷积——等价于把 G 按步长拉开后与旋转 180° 的 w 做卷积；权重梯度 dw 是 x 与 G 的卷积。',
  },
  inputs: [
    { name: 'x', dims: ['N', 'C', 'H', 'W'], editable: true },
    { name: 'w', dims: ['O', 'C', 'kh', 'kw'], editable: true },
    { name: 'G', dims: ['N', 'O', 'Ho', 'Wo'], editable: true },
  ],
  outputs: ['y', 'dx', 'dw'],
  steps: [
    {
      id: 'forward',
      title: { en: 'Forward', 'zh-cn': '前向' },
      formula: String.raw`y_{n,o,i,j} = \sum_{c,u,v} w_{o,c,u,v}\;\tilde{x}_{n,c,\,s i+u,\,s j+v}`,
      tensors: ['x', 'w', 'y'],
      note: {
        en: 'x̃ is x with p zeros on every side; each output slides the kernel s pixels at a time and sums the products over channels and the window (PyTorch does not flip the kernel).',
        'zh-cn': 'x̃ 是四周补了 p 圈 0 的 x；每个输出把卷积核按步长 s 滑动，对通道和窗口内的乘积求和（PyTorch 不翻转卷积核）。',
      },
    },
    {
      id: 'grad-input',
      title: { en: 'Input gradient: a transposed convolution', 'zh-cn': '输入梯度：转置卷积' },
      formula: String.raw`\frac{\partial L}{\partial \tilde{x}_{n,c,a,b}} = \sum_{o,i,j} G_{n,o,i,j}\, w_{o,c,\,a-s i,\,b-s j} \;\Rightarrow\; \mathrm{dx} = \mathrm{ConvTranspose}(G, w;\ s, p)`,
      tensors: ['G', 'w', 'dx'],
      note: {
        en: 'Every y[n,o,i,j] read one window of x, so its gradient G[n,o,i,j] is sent back onto that window weighted by w — scattering instead of gathering, which is exactly ConvTranspose with the same stride and padding.',
        'zh-cn': '每个 y[n,o,i,j] 读取了 x 的一个窗口，所以它的梯度 G[n,o,i,j] 按 w 加权送回同一个窗口——由“收集”变成“散播”，这正是同步长、同填充的 ConvTranspose。',
      },
    },
    {
      id: 'reversed-kernel',
      title: { en: 'Why “reversed”: the flipped kernel', 'zh-cn': '为什么叫“反向”：翻转的卷积核' },
      formula: String.raw`\mathrm{dx} = \mathrm{conv2d}\big(\mathrm{pad}_{k-1-p}(G \uparrow s),\ w^{\mathrm{flip}}\big), \quad w^{\mathrm{flip}}_{c,o,u,v} = w_{o,c,\,k_h-1-u,\,k_w-1-v}`,
      tensors: ['w', 'w_flipped', 'dx'],
      note: {
        en: 'Spread G out with s−1 zeros between entries (G↑s), pad it by k−1−p, and an ordinary stride-1 convolution with w rotated 180° (in/out channels swapped) gives the same dx.',
        'zh-cn': '在 G 的元素之间插入 s−1 个 0（G↑s），四周补 k−1−p 圈 0，再与旋转 180°（输入/输出通道互换）的 w 做普通的步长 1 卷积，得到同样的 dx。',
      },
    },
    {
      id: 'grad-weight',
      title: { en: 'Weight gradient: a convolution of x with G', 'zh-cn': '权重梯度：x 与 G 的卷积' },
      formula: String.raw`\frac{\partial L}{\partial w_{o,c,u,v}} = \sum_{n,i,j} G_{n,o,i,j}\;\tilde{x}_{n,c,\,s i+u,\,s j+v} \;\Rightarrow\; \mathrm{dw} = \mathrm{conv2d}\big(x^{N\leftrightarrow C},\ G^{N\leftrightarrow O};\ \mathrm{dilation}=s\big)`,
      tensors: ['x', 'G', 'dw'],
      note: {
        en: 'w[o,c,u,v] touched x̃ at (s·i+u, s·j+v) for every output, so G becomes the kernel, its taps s pixels apart (dilation s), and the batch is summed like a channel.',
        'zh-cn': 'w[o,c,u,v] 在每个输出处都乘到 x̃ 的 (s·i+u, s·j+v)，所以 G 变成卷积核、其各点相隔 s 个像素（膨胀率 s），批维像通道一样被求和。',
      },
    },
    {
      id: 'shapes',
      title: { en: 'Check by shapes', 'zh-cn': '用形状核对' },
      formula: String.raw`H_o = \Big\lfloor \tfrac{H+2p-k_h}{s} \Big\rfloor + 1, \qquad s(H_o-1) + k_h - 2p + \underbrace{(H+2p-k_h) \bmod s}_{\text{output\_padding}} = H`,
      tensors: ['y', 'dx', 'dw'],
      note: {
        en: 'When the stride does not divide H + 2p − kh, the forward pass never read the last rows; output_padding adds them back with gradient zero, and dw’s convolution yields that many extra rows, which are cut off.',
        'zh-cn': '当步长不能整除 H + 2p − kh 时，前向从未读到最后几行；output_padding 把它们补回来（梯度为 0），而 dw 的卷积会多出同样多行，将其截掉。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['stride', 'padding']);
    rejectUnknown('input', request.inputs, ['x', 'w', 'G']);
    const stride = intParam(request.params, 'stride', 1, 1, MAX_STRIDE);
    const padding = intParam(request.params, 'padding', 0, 0, MAX_PADDING);
    const x = tensorInput(request.inputs, 'x', 4, () => SEED_X);
    const w = tensorInput(request.inputs, 'w', 4, () => SEED_W);
    const [N, C, H, W] = x.dims;
    const [O, Cw, kh, kw] = w.dims;
    if (C !== Cw) throw new DemoInputError(`x has ${C} channels but w expects ${Cw} (w is (O, C, kh, kw) = [${w.dims.join(', ')}])`);
    if (H + 2 * padding < kh || W + 2 * padding < kw) {
      throw new DemoInputError(`kernel ${kh}×${kw} is larger than the padded input ${H + 2 * padding}×${W + 2 * padding} (H×W = ${H}×${W}, padding ${padding})`);
    }
    const Ho = Math.floor((H + 2 * padding - kh) / stride) + 1;
    const Wo = Math.floor((W + 2 * padding - kw) / stride) + 1;
    const G = tensorInput(request.inputs, 'G', 4, () => filled([N, O, Ho, Wo], 1));
    const yDims = [N, O, Ho, Wo];
    if (G.dims.some((d, i) => d !== yDims[i])) {
      throw new DemoInputError(`G must have y's shape ${yDims.join('×')}, got ${G.dims.join('×')}`);
    }
    const shape: ConvShape = {
      stride,
      padding,
      kh,
      kw,
      oph: (H + 2 * padding - kh) % stride,
      opw: (W + 2 * padding - kw) % stride,
    };
    return {
      demo: 'conv2d-backward',
      params: { stride, padding },
      inputs: { x, w, G },
      modelKey: `conv2d-backward:s${stride}:p${padding}:k${kh}x${kw}:op${shape.oph}x${shape.opw}`,
      buildModel: () => buildModel(shape),
      outputNames: ['y', 'dx', 'dw', 'w_flipped'],
    };
  },
};
