/**
 * psnr-ssim: two image-quality measures of a distorted image b against a reference a (both H×W, grey).
 *   psnr = 10·log10(max_value² / MSE).
 *   ssim = mean of the SSIM map of Wang, Bovik, Sheikh & Simoncelli (2004) as their reference code ssim_index.m
 *          computes it: 11×11 Gaussian window with σ = 1.5 normalised to sum 1 (fspecial('gaussian', 11, 1.5)),
 *          K1 = 0.01, K2 = 0.03, C1 = (K1·L)², C2 = (K2·L)² with L = max_value, local means, biased variances and
 *          covariance by filtering, and the mean over the 'valid' positions where the whole window fits inside the
 *          image — an (H−10)×(W−10) map, as tf.image.ssim too. Implementations that pad the border average over
 *          more positions and give slightly different numbers.
 * The window is a Conv initializer giving the local means; variances and covariance use the defining weighted sums
 * Σ w_k (x_k − μ)(y_k − μ) over each window's pixels (copied out exactly by shifted slices) — equal to the
 * reference's filtered E[xy] − μ_x·μ_y, without its cancellation in float32.
 *
 * The default pair is the built-in 24×24 test image and a distorted copy (param `distortion`, used when b is not
 * given): blur, noise, brightness and contrast all have the same MSE — the same PSNR — while their SSIM differs
 * widely; shift moves the image one pixel. Besides psnr and ssim the graph returns mse, sq_error (H, W), the
 * ssim_map and its two factors luminance and contrast_structure ((H−10, W−10)), and the window.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { enumParam, numberParam } from './params';
import { distort, DISTORTIONS, testImage } from './synthetic';

export const WINDOW = 11;
export const SIGMA = 1.5;
export const K1 = 0.01;
export const K2 = 0.03;
export const DEFAULT_IMAGE_SIZE = 24;

/** fspecial('gaussian', 11, 1.5): exp(−(x² + y²) / 2σ²) over x, y ∈ −5…5, normalised to sum 1. */
export function gaussianWindow(size = WINDOW, sigma = SIGMA): number[] {
  const r = (size - 1) / 2;
  const w: number[] = [];
  for (let y = -r; y <= r; y++) for (let x = -r; x <= r; x++) w.push(Math.exp(-(x * x + y * y) / (2 * sigma * sigma)));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / sum);
}

function buildModel(h: number, w: number, maxValue: number): Uint8Array {
  const g = new GraphBuilder('psnr_ssim');
  const a = g.input('a', 'float32', [h, w]);
  const b = g.input('b', 'float32', [h, w]);
  const f = (v: number) => g.constant([v]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const op = (type: string, ...inputs: string[]) => g.node(type, inputs);
  const [mh, mw] = [h - WINDOW + 1, w - WINDOW + 1];

  const diff = op('Sub', a, b);
  const mse = g.node('ReduceMean', [g.node('Mul', [diff, diff], {}, 'sq_error')], { keepdims: attr.int(0) }, 'mse');
  // 10·log10(L² / MSE) = (10 / ln 10)·ln(L² / MSE); MSE = 0 gives +∞ (null in JSON).
  g.node('Mul', [f(10 / Math.LN10), op('Log', op('Div', f(maxValue * maxValue), mse))], {}, 'psnr');

  const window = g.initializer('gaussian_window', { dtype: 'float32', dims: [1, 1, WINDOW, WINDOW], data: gaussianWindow() });
  g.node('Reshape', [window, ints([WINDOW, WINDOW])], {}, 'window');
  const conv = (x: string, kernel: string) => g.node('Conv', [x, kernel], { kernel_shape: attr.ints([WINDOW, WINDOW]) }); // no padding: 'valid'
  const images = g.node('Concat', [a, b].map((v) => g.node('Reshape', [v, ints([1, 1, h, w])])), { axis: attr.int(0) }); // (2, 1, H, W)
  const mu = conv(images, window); // (2, 1, mh, mw): local means μ_a, μ_b
  // Variances and covariance in their defining form Σ w_k (x_k − μ)(y_k − μ): the 121 pixels under every window
  // position are copied out exactly (11 column shifts, then 11 row shifts), so nothing cancels the way E[x²] − μ²
  // does in float32.
  const taps = WINDOW * WINDOW;
  const shifts = (v: string, axis: number, size: number) =>
    g.node(
      'Concat',
      Array.from({ length: WINDOW }, (_, k) => g.node('Unsqueeze', [g.node('Slice', [v, ints([k]), ints([k + size]), ints([axis])]), ints([1])])),
      { axis: attr.int(1) },
    );
  const columns = shifts(g.node('Reshape', [images, ints([2, h, w])]), 2, mw); // (2, 11 dx, H, mw)
  const patches = g.node('Reshape', [shifts(columns, 2, mh), ints([2, taps, mh, mw])]); // (2, 11 dy, 11 dx, mh, mw) → (2, 121, mh, mw)
  const dev = op('Sub', patches, mu); // (2, 121, mh, mw)
  const weights = g.node('Reshape', [window, ints([taps, 1, 1])]);
  const image = (i: number, v: string) => g.node('Gather', [v, g.constant([i], [], 'int64')], { axis: attr.int(0) });
  const [devA, devB] = [image(0, dev), image(1, dev)]; // (121, mh, mw)
  const weightedSum = (x: string, y: string) => g.node('ReduceSum', [op('Mul', op('Mul', x, y), weights), ints([0])], { keepdims: attr.int(0) });
  const varA = weightedSum(devA, devA);
  const varB = weightedSum(devB, devB);
  const cov = weightedSum(devA, devB);
  const flat = (v: string) => g.node('Reshape', [v, ints([mh, mw])]);
  const muA = flat(image(0, mu));
  const muB = flat(image(1, mu));
  const muAA = op('Mul', muA, muA);
  const muBB = op('Mul', muB, muB);
  const muAB = op('Mul', muA, muB);
  const c1 = f((K1 * maxValue) ** 2);
  const c2 = f((K2 * maxValue) ** 2);
  const twice = (v: string) => op('Mul', f(2), v);
  const luminance = g.node('Div', [op('Add', twice(muAB), c1), op('Add', op('Add', muAA, muBB), c1)], {}, 'luminance');
  const cs = g.node('Div', [op('Add', twice(cov), c2), op('Add', op('Add', varA, varB), c2)], {}, 'contrast_structure');
  const map = g.node('Mul', [luminance, cs], {}, 'ssim_map');
  g.node('ReduceMean', [map], { keepdims: attr.int(0) }, 'ssim');

  for (const name of ['psnr', 'ssim', 'mse']) g.output(name, 'float32', []);
  g.output('sq_error', 'float32', [h, w]);
  for (const name of ['ssim_map', 'luminance', 'contrast_structure']) g.output(name, 'float32', [mh, mw]);
  g.output('window', 'float32', [WINDOW, WINDOW]);
  return g.toBytes({ docString: `ML Lens psnr-ssim: max_value ${maxValue}, Gaussian window ${WINDOW}, sigma ${SIGMA}` });
}

export const psnrSsimDemo: DemoDefinition = {
  id: 'psnr-ssim',
  concept: 'ssim',
  title: { en: 'PSNR and SSIM: two ways to score an image', 'zh-cn': 'PSNR 与 SSIM：评价图像的两种方式' },
  summary: {
    en: 'PSNR only counts the squared pixel error, so every distortion with the same mean squared error gets the same score. SSIM compares local brightness, contrast and structure in an 11×11 Gaussian window, so a uniformly brighter image scores near 1 while a blurred or noisy one with the same error scores much lower — closer to what people see.',
    'zh-cn': 'PSNR 只看像素误差的平方，所以均方误差相同的失真得分完全一样。SSIM 在 11×11 高斯窗口里比较局部的亮度、对比度和结构，所以整体变亮的图像得分接近 1，而同样误差的模糊或噪声图像得分低得多——更接近人眼的感受。',
  },
  inputs: [
    { name: 'a', dims: ['H', 'W'], editable: true },
    { name: 'b', dims: ['H', 'W'], editable: true },
  ],
  outputs: ['psnr', 'ssim'],
  steps: [
    {
      id: 'psnr',
      title: { en: 'PSNR: the pixel error in decibels', 'zh-cn': 'PSNR：以分贝表示的像素误差' },
      formula: String.raw`\text{MSE} = \frac{1}{HW}\sum_{i,j} (a_{ij} - b_{ij})^2 \qquad \text{PSNR} = 10 \log_{10} \frac{L^2}{\text{MSE}}`,
      tensors: ['a', 'b', 'sq_error', 'mse', 'psnr'],
      note: {
        en: 'L is the largest possible pixel value (max_value: 1 for images in [0, 1], 255 for 8-bit). Every 10 dB is ten times less squared error; identical images have PSNR = ∞. Where the error is does not matter — only how big it is.',
        'zh-cn': 'L 是像素可能的最大值（max_value：[0, 1] 图像为 1，8 位图像为 255）。每增加 10 dB，平方误差减小为十分之一；两幅图完全相同时 PSNR = ∞。误差出现在哪里并不重要——只看大小。',
      },
    },
    {
      id: 'window',
      title: { en: 'Local statistics in a Gaussian window', 'zh-cn': '高斯窗口内的局部统计量' },
      formula: String.raw`\mu_a = \sum_k w_k a_k \qquad \sigma_a^2 = \sum_k w_k (a_k - \mu_a)^2 \qquad \sigma_{ab} = \sum_k w_k (a_k - \mu_a)(b_k - \mu_b) \qquad w = \text{Gaussian } 11{\times}11,\ \sigma = 1.5`,
      tensors: ['window'],
      note: {
        en: 'SSIM looks at the image through an 11×11 Gaussian window (weights summing to 1) at every position where it fits completely — the "valid" region, (H−10)×(W−10) positions, as in Wang et al.\'s reference code. At each position the weighted mean, variance and covariance of the 121 pixels under the window are the local statistics.',
        'zh-cn': 'SSIM 用一个 11×11 的高斯窗口（权重之和为 1）在每个能完整放下窗口的位置观察图像——即"valid"区域，共 (H−10)×(W−10) 个位置，与 Wang 等人的参考代码一致。每个位置上，窗口下 121 个像素的加权均值、方差和协方差就是局部统计量。',
      },
    },
    {
      id: 'factors',
      title: { en: 'Luminance, contrast and structure', 'zh-cn': '亮度、对比度与结构' },
      formula: String.raw`l = \frac{2\mu_a\mu_b + C_1}{\mu_a^2 + \mu_b^2 + C_1} \qquad cs = \frac{2\sigma_{ab} + C_2}{\sigma_a^2 + \sigma_b^2 + C_2} \qquad C_1 = (0.01L)^2,\ C_2 = (0.03L)^2`,
      tensors: ['luminance', 'contrast_structure'],
      note: {
        en: 'l compares the local mean brightness; cs compares contrast and structure together (Wang et al.\'s c·s with C3 = C2/2). A brightness shift barely moves l and leaves cs at 1; blur lowers the local contrast, so cs drops near edges; noise adds variance that a does not have. C1 and C2 keep flat regions from dividing by zero.',
        'zh-cn': 'l 比较局部平均亮度；cs 同时比较对比度和结构（即 Wang 等人的 c·s，取 C3 = C2/2）。亮度平移几乎不改变 l，cs 仍为 1；模糊降低局部对比度，所以 cs 在边缘附近下降；噪声引入了 a 没有的方差。C1 和 C2 避免平坦区域出现除以零。',
      },
    },
    {
      id: 'ssim',
      title: { en: 'The SSIM map and its mean', 'zh-cn': 'SSIM 图及其均值' },
      formula: String.raw`\text{SSIM}(a, b) = \frac{1}{|M|} \sum_{p \in M} l(p)\, cs(p) \le 1`,
      tensors: ['ssim_map', 'ssim', 'psnr'],
      note: {
        en: 'The map shows where b differs in a way people notice; its mean is the score, 1 only for identical images. With the blur, noise, brightness and contrast copies the MSE — and so the PSNR — is the same, but SSIM ranks them very differently: that is where the two measures disagree.',
        'zh-cn': 'SSIM 图显示 b 在哪些地方出现了人眼能察觉的差异；它的均值就是得分，只有两幅图完全相同时才等于 1。模糊、噪声、变亮、对比度拉伸这几种副本的 MSE——因而 PSNR——完全相同，但 SSIM 给它们的排序差别很大：这正是两种指标的分歧所在。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    rejectUnknown('param', request.params, ['max_value', 'distortion']);
    rejectUnknown('input', request.inputs, ['a', 'b']);
    const maxValue = numberParam(request.params, 'max_value', 1, { min: 0, above: true });
    const distortion = enumParam(request.params, 'distortion', DISTORTIONS, 'blur');
    const a = tensorInput(request.inputs, 'a', 2, () => testImage(DEFAULT_IMAGE_SIZE));
    const [h, w] = a.dims;
    if (h < WINDOW || w < WINDOW) throw new DemoInputError(`images must be at least ${WINDOW}×${WINDOW} (the SSIM window must fit), got ${h}×${w}`);
    const b = tensorInput(request.inputs, 'b', 2, () => distort(a, distortion));
    if (b.dims[0] !== h || b.dims[1] !== w) throw new DemoInputError(`b must have a's shape ${h}×${w}, got ${b.dims.join('×')}`);
    // distortion only builds the default b; with b given it has no effect and is not reported.
    const params: Record<string, ParamValue> = request.inputs?.b === undefined ? { max_value: maxValue, distortion } : { max_value: maxValue };
    return {
      demo: 'psnr-ssim',
      params,
      inputs: { a, b },
      modelKey: `psnr-ssim:max=${maxValue}:${h}x${w}`,
      buildModel: () => buildModel(h, w, maxValue),
      outputNames: ['psnr', 'ssim', 'mse', 'sq_error', 'ssim_map', 'luminance', 'contrast_structure', 'window'],
    };
  },
};
