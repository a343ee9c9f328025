/**
 * diffusion-forward: the DDPM forward (noising) process on a small grey image, as diffusers' DDPMScheduler
 * defines it — 0-based steps, ᾱ_t = Π_{s≤t} (1 − β_s) = alphas_cumprod[t], and add_noise:
 * x_t = √ᾱ_t·x0 + √(1 − ᾱ_t)·eps.
 *
 * The β schedule is a param: `betas` given outright, or `schedule` with T steps — linear (torch.linspace(beta_start,
 * beta_end, T), DDPM's 1e-4 → 0.02), scaled-linear (linspace of the square roots, squared) or cosine (Nichol &
 * Dhariwal, s = 0.008, β capped at 0.999: diffusers' squaredcos_cap_v2). β is computed here in float64 and enters
 * the graph as a float32 constant, like diffusers' torch.tensor(betas, dtype=float32); everything after it is ORT's.
 *
 * Closed form vs step by step: iterating q(x_k | x_{k−1}) = N(√α_k·x_{k−1}, β_k·I) with fresh noise eps_steps[k]
 * for k = 0…t (input eps_steps, (≥ t+1, H, W); a seeded default) gives x_t_chain. It is not equal to x_t — the
 * noises differ — but it has the same distribution: the chain multiplies x0 by Π√α_k = √ᾱ_t, and its noise
 * variance v_k = α_k·v_{k−1} + β_k (chain_var, from v = 0) equals 1 − ᾱ_k at every k. So x_t_chain is exactly the
 * closed form with the single standard-normal noise eps_equiv = (x_t_chain − √ᾱ_t·x0) / √(1 − ᾱ_t).
 *
 * Each noising step is an affine map (ᾱ ↦ α_k·ᾱ, v ↦ α_k·v + β_k, x ↦ √α_k·x + √β_k·ε_k). The graph composes them
 * with parallel prefix scans — ⌈log2 T⌉ rounds of whole-vector Mul/Add over the T scalars — rather than a loop, and
 * x_t_chain is the composition of steps 0…t applied to x0: Π√α·x0 plus each ε_k carried forward by the √α's of the
 * later steps (one MatMul over the noises). The same products and sums as iterating, grouped differently; the
 * fixture iterates sequentially in PyTorch. An ONNX Scan would be the literal loop, but on the WebGPU EP every
 * iteration is a CPU↔GPU round trip (8–10 s per run measured on SwiftShader for 1250 iterations). t is a feed:
 * moving it does not rebuild the model.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import { enumParam, numberListParam, numberParam } from './params';
import { gaussians, testImage } from './synthetic';
import type { TensorData } from './tensor';

export const SCHEDULES = ['linear', 'scaled-linear', 'cosine'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/** DDPMScheduler's defaults. */
export const DEFAULT_T = 1000;
export const DEFAULT_BETA_START = 1e-4;
export const DEFAULT_BETA_END = 0.02;
export const MAX_T = 4000;
/** The default image: the synthetic test pattern at 16×16, scaled to [−1, 1] as DDPM scales its data. */
export const DEFAULT_SIZE = 16;

const linspace = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));

/** β_0 … β_{T−1} of a named schedule (float64). */
export function scheduleBetas(schedule: Schedule, T: number, betaStart = DEFAULT_BETA_START, betaEnd = DEFAULT_BETA_END): number[] {
  switch (schedule) {
    case 'linear':
      return linspace(betaStart, betaEnd, T);
    case 'scaled-linear':
      return linspace(Math.sqrt(betaStart), Math.sqrt(betaEnd), T).map((b) => b * b);
    case 'cosine': {
      const alphaBar = (u: number) => Math.cos(((u + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
      return Array.from({ length: T }, (_, i) => Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999));
    }
  }
}

export function defaultX0(size = DEFAULT_SIZE): TensorData {
  const img = testImage(size);
  return { dims: img.dims, data: img.data.map((v) => 2 * (v ?? 0) - 1) };
}

/** Seeded noise; eps_steps rows are a prefix of one stream, so a larger t extends the same chain. */
export const defaultEps = (dims: number[]): TensorData => ({ dims, data: gaussians(51, dims[0] * dims[1]) });
export const defaultEpsSteps = (steps: number, h: number, w: number): TensorData => ({ dims: [steps, h, w], data: gaussians(52, steps * h * w) });

/**
 * Inclusive prefix composition of the affine steps x ↦ a_k·x + b_k along axis 0 (Hillis–Steele): after the rounds
 * for shifts 1, 2, 4, … < T, row k holds the composition of steps 0…k — (A_k, B_k) with x_k = A_k·x_{−1} + B_k.
 * Without b it is the prefix product of a.
 */
function prefixCompose(g: GraphBuilder, a: string, b: string | undefined, T: number): [string, string | undefined] {
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const rows = (v: string, from: number, to: number) => g.node('Slice', [v, ints([from]), ints([to]), ints([0])]);
  for (let shift = 1; shift < T; shift *= 2) {
    // Row k (k ≥ shift) composes the steps up to k − shift, then k − shift + 1 … k: (A, B) ∘ (A', B') = (A·A', A·B' + B).
    const aTail = rows(a, shift, T);
    if (b !== undefined) b = g.node('Concat', [rows(b, 0, shift), g.node('Add', [g.node('Mul', [aTail, rows(b, 0, T - shift)]), rows(b, shift, T)])], { axis: attr.int(0) });
    a = g.node('Concat', [rows(a, 0, shift), g.node('Mul', [aTail, rows(a, 0, T - shift)])], { axis: attr.int(0) });
  }
  return [a, b];
}

function buildModel(betas: readonly number[], h: number, w: number): Uint8Array {
  const T = betas.length;
  const g = new GraphBuilder('diffusion_forward');
  const x0 = g.input('x0', 'float32', [h, w]);
  const eps = g.input('eps', 'float32', [h, w]);
  const t = g.input('t', 'float32', []);
  const epsSteps = g.input('eps_steps', 'float32', ['n', h, w]);
  const one = g.constant([1]);
  const ints = (v: number[]) => g.constant(v, [v.length], 'int64');
  const beta = g.node('Identity', [g.constant(betas, [T])], {}, 'betas');
  const alpha = g.node('Sub', [one, beta]);

  // ᾱ_k = Π_{s≤k} α_s and the chain's noise variance v_k = α_k·v_{k−1} + β_k (v_{−1} = 0): the steps v ↦ α_k·v + β_k.
  const [abar, chainVar] = prefixCompose(g, alpha, beta, T);
  g.node('Identity', [abar], {}, 'alpha_bars');
  g.node('Identity', [chainVar!], {}, 'chain_var');

  const tIndex = g.node('Cast', [t], { to: attr.int(7) });
  const abarT = g.node('Gather', [abar, tIndex], { axis: attr.int(0) }, 'alpha_bar_t');
  const signal = g.node('Sqrt', [abarT], {}, 'sqrt_alpha_bar_t');
  const noise = g.node('Sqrt', [g.node('Sub', [one, abarT])], {}, 'sqrt_one_minus_alpha_bar_t');
  const signalPart = g.node('Mul', [signal, x0]);
  g.node('Add', [signalPart, g.node('Mul', [noise, eps])], {}, 'x_t');

  // The chain x_k = √α_k·x_{k−1} + √β_k·eps_steps[k], k = 0…t, composed: x_t = G_0·x0 + Σ_k √β_k·G_{k+1}·eps_steps[k]
  // with G_k = Π_{k≤j≤t} √α_j — every noise carried forward by the steps after it. G is a prefix product over the
  // reversed √α's, each set to 1 past t (no division); eps_steps is cut or zero-padded to T rows (rows after t get
  // weight 0), so the sum is one MatMul.
  const steps = g.constant(Array.from({ length: T }, (_, k) => k), [T]);
  const active = g.node('LessOrEqual', [steps, t]);
  const sqrtAlpha = g.node('Where', [active, g.node('Sqrt', [alpha]), one]);
  const reverse = g.constant(Array.from({ length: T }, (_, k) => T - 1 - k), [T], 'int64');
  const [reversedGain] = prefixCompose(g, g.node('Gather', [sqrtAlpha, reverse], { axis: attr.int(0) }), undefined, T);
  const gain = g.node('Concat', [g.node('Gather', [reversedGain, reverse], { axis: attr.int(0) }), g.constant([1], [1])], { axis: attr.int(0) }); // G_0 … G_T (G_T = 1)
  const later = g.node('Slice', [gain, ints([1]), ints([T + 1]), ints([0])]); // G_{k+1}
  const weights = g.node('Mul', [g.node('Mul', [g.node('Sqrt', [beta]), later]), g.node('Cast', [active], { to: attr.int(1) })]);
  const n = g.node('Slice', [g.node('Shape', [epsSteps]), ints([0]), ints([1])]);
  const missing = g.node('Max', [g.node('Sub', [ints([T]), n]), ints([0])]);
  const padded = g.node('Pad', [epsSteps, g.node('Concat', [ints([0, 0, 0]), missing, ints([0, 0])], { axis: attr.int(0) })]);
  const noises = g.node('Reshape', [g.node('Slice', [padded, ints([0]), ints([T]), ints([0])]), ints([T, h * w])]);
  const carried = g.node('Reshape', [g.node('MatMul', [g.node('Unsqueeze', [weights, ints([0])]), noises]), ints([h, w])]);
  const gain0 = g.node('Gather', [gain, g.constant([0], [], 'int64')], { axis: attr.int(0) });
  const chainT = g.node('Add', [g.node('Mul', [gain0, x0]), carried], {}, 'x_t_chain');
  g.node('Div', [g.node('Sub', [chainT, signalPart]), noise], {}, 'eps_equiv');

  for (const name of ['x_t', 'x_t_chain', 'eps_equiv']) g.output(name, 'float32', [h, w]);
  for (const name of ['alpha_bar_t', 'sqrt_alpha_bar_t', 'sqrt_one_minus_alpha_bar_t']) g.output(name, 'float32', []);
  for (const name of ['alpha_bars', 'chain_var', 'betas']) g.output(name, 'float32', [T]);
  return g.toBytes({ docString: `ML Lens diffusion-forward: T = ${T}, closed form and step-by-step noising` });
}

const OUTPUTS = ['x_t', 'alpha_bar_t', 'alpha_bars', 'betas', 'sqrt_alpha_bar_t', 'sqrt_one_minus_alpha_bar_t', 'x_t_chain', 'chain_var', 'eps_equiv'];

export const diffusionForwardDemo: DemoDefinition = {
  id: 'diffusion-forward',
  concept: 'noise-scheduler',
  title: { en: 'Diffusion: the forward (noising) process', 'zh-cn': '扩散模型：前向加噪过程' },
  summary: {
    en: 'A diffusion model learns to undo noise, so training first adds it: step k mixes in Gaussian noise with variance β_k. Because Gaussians compose, the noisy image at any step t has a closed form x_t = √ᾱ_t·x0 + √(1−ᾱ_t)·ε with ᾱ_t = Π(1 − β_s) — training jumps straight to a random t and teaches the network to predict ε.',
    'zh-cn': '扩散模型学习去噪，所以训练时先加噪：第 k 步混入方差为 β_k 的高斯噪声。由于高斯分布可以叠加，任意第 t 步的噪声图都有闭式解 x_t = √ᾱ_t·x0 + √(1−ᾱ_t)·ε，其中 ᾱ_t = Π(1 − β_s)——训练时直接跳到随机的 t，让网络学会预测 ε。',
  },
  inputs: [
    { name: 'x0', dims: ['H', 'W'], editable: true },
    { name: 'eps', dims: ['H', 'W'], editable: true },
    { name: 't', dims: [], editable: true },
    // eps_steps ((≥ t+1), H, W) is accepted too, but not listed: thousands of rows are no table to edit.
  ],
  outputs: ['x_t', 'alpha_bar_t'],
  steps: [
    {
      id: 'schedule',
      title: { en: 'The β schedule and ᾱ', 'zh-cn': 'β 调度与 ᾱ' },
      formula: String.raw`\alpha_t = 1 - \beta_t \qquad \bar\alpha_t = \prod_{s=0}^{t} \alpha_s`,
      tensors: ['betas', 'alpha_bars'],
      note: {
        en: 'β_t is how much noise step t adds. DDPM\'s linear schedule grows β from 1e-4 to 0.02 over 1000 steps; the cosine schedule (diffusers: squaredcos_cap_v2) makes ᾱ fall slowly at both ends, so fewer steps are wasted on almost-clean or almost-pure-noise images. ᾱ_t is the fraction of the original signal\'s variance still left at step t.',
        'zh-cn': 'β_t 表示第 t 步加入多少噪声。DDPM 的线性调度让 β 在 1000 步内从 1e-4 增长到 0.02；余弦调度（diffusers 中的 squaredcos_cap_v2）让 ᾱ 在两端下降得更慢，少浪费一些步数在几乎干净或几乎全是噪声的图像上。ᾱ_t 是第 t 步时原始信号方差还剩下的比例。',
      },
    },
    {
      id: 'closed-form',
      title: { en: 'Jump to any step in one go', 'zh-cn': '一步跳到任意时刻' },
      formula: String.raw`x_t = \sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\,\varepsilon \qquad \varepsilon \sim \mathcal N(0, I)`,
      tensors: ['x0', 'eps', 'sqrt_alpha_bar_t', 'sqrt_one_minus_alpha_bar_t', 'x_t'],
      note: {
        en: 'The image fades by √ᾱ_t while noise grows by √(1−ᾱ_t); the two squares always add to 1, so a unit-variance image stays at unit variance. This is diffusers\' add_noise, with t counted from 0.',
        'zh-cn': '图像按 √ᾱ_t 衰减，噪声按 √(1−ᾱ_t) 增长；两者的平方和恒为 1，所以单位方差的图像始终保持单位方差。这就是 diffusers 的 add_noise，t 从 0 开始计数。',
      },
    },
    {
      id: 'chain',
      title: { en: 'Step by step', 'zh-cn': '逐步加噪' },
      formula: String.raw`x_k = \sqrt{1-\beta_k}\; x_{k-1} + \sqrt{\beta_k}\;\varepsilon_k, \quad k = 0, \dots, t \qquad (x_{-1} = x_0)`,
      tensors: ['x_t_chain'],
      note: {
        en: 'The process as defined: t + 1 small steps, each with its own fresh noise ε_k. Its result is a different image from the closed form — the noise was drawn differently — but it comes from the same distribution.',
        'zh-cn': '按定义执行：t + 1 个小步，每一步都有自己新采样的噪声 ε_k。结果和闭式解得到的图像不同——噪声的采样不同——但来自同一个分布。',
      },
    },
    {
      id: 'same-distribution',
      title: { en: 'Why the two agree', 'zh-cn': '为什么两者一致' },
      formula: String.raw`v_k = \alpha_k v_{k-1} + \beta_k = 1 - \bar\alpha_k \qquad x_t^{\text{chain}} = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\;\bar\varepsilon,\ \ \bar\varepsilon \sim \mathcal N(0, I)`,
      tensors: ['chain_var', 'alpha_bars', 'eps_equiv'],
      note: {
        en: 'Compared exactly: the chain multiplies x0 by Π√α_k = √ᾱ_t, and its accumulated noise variance chain_var equals 1 − ᾱ at every step. So the chain\'s result is the closed form with one standard-normal noise ε̄ (eps_equiv) in place of ε — equal in distribution, not in value.',
        'zh-cn': '精确比较的是：链式过程把 x0 乘以 Π√α_k = √ᾱ_t，累积的噪声方差 chain_var 在每一步都等于 1 − ᾱ。所以链式结果就是把闭式解中的 ε 换成一个标准正态噪声 ε̄（eps_equiv）——分布相同，数值不同。',
      },
    },
    {
      id: 'training',
      title: { en: 'What the network learns', 'zh-cn': '网络学什么' },
      formula: String.raw`\mathcal L = \big\lVert \varepsilon - \varepsilon_\theta(x_t, t) \big\rVert^2`,
      tensors: ['x_t', 'eps'],
      note: {
        en: 'Training picks a random t, makes x_t in one step and asks the network ε_θ to recover the noise ε that was added (diffusers\' prediction_type="epsilon"), with a mean squared error. Sampling then runs the chain backwards, removing a little predicted noise at each step.',
        'zh-cn': '训练时随机选一个 t，一步生成 x_t，让网络 ε_θ 还原加入的噪声 ε（diffusers 的 prediction_type="epsilon"），损失是均方误差。采样时再把链条倒着走，每一步去掉一点预测出的噪声。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    const p = request.params;
    rejectUnknown('param', p, ['schedule', 'T', 'beta_start', 'beta_end', 'betas']);
    rejectUnknown('input', request.inputs, ['x0', 'eps', 't', 'eps_steps']);
    const explicit = numberListParam(p, 'betas', { min: 0, above: true, max: 0.999 }, MAX_T);
    let betas: number[];
    let params: Record<string, ParamValue>;
    if (explicit) {
      const clash = ['schedule', 'T', 'beta_start', 'beta_end'].filter((k) => p?.[k] !== undefined);
      if (clash.length) throw new DemoInputError(`param betas gives the schedule outright: drop ${clash.join(', ')}`);
      betas = explicit;
      params = { betas: explicit };
    } else {
      const schedule = enumParam(p, 'schedule', SCHEDULES, 'linear');
      const T = numberParam(p, 'T', DEFAULT_T, { integer: true, min: 1, max: MAX_T });
      params = { schedule, T };
      if (schedule === 'cosine') {
        const stray = ['beta_start', 'beta_end'].filter((k) => p?.[k] !== undefined);
        if (stray.length) throw new DemoInputError(`param ${stray.join(' and ')} does not apply to the cosine schedule (its β follow from ᾱ)`);
        betas = scheduleBetas(schedule, T);
      } else {
        const betaStart = numberParam(p, 'beta_start', DEFAULT_BETA_START, { min: 0, above: true, max: 0.999 });
        const betaEnd = numberParam(p, 'beta_end', DEFAULT_BETA_END, { min: 0, above: true, max: 0.999 });
        if (betaEnd < betaStart) throw new DemoInputError(`beta_end (${betaEnd}) must be ≥ beta_start (${betaStart}): noise grows along the process`);
        params.beta_start = betaStart;
        params.beta_end = betaEnd;
        betas = scheduleBetas(schedule, T, betaStart, betaEnd);
      }
    }
    const T = betas.length;

    const x0 = tensorInput(request.inputs, 'x0', 2, () => defaultX0());
    const [h, w] = x0.dims;
    const eps = tensorInput(request.inputs, 'eps', 2, () => defaultEps([h, w]));
    if (eps.dims[0] !== h || eps.dims[1] !== w) throw new DemoInputError(`eps must have x0's shape ${h}×${w}, got ${eps.dims.join('×')}`);
    const tIn = tensorInput(request.inputs, 't', 0, () => ({ dims: [], data: [Math.floor(T / 4)] }));
    const t = tIn.data[0] as number;
    if (!Number.isInteger(t) || t < 0 || t >= T) throw new DemoInputError(`t must be a step index in [0, ${T - 1}] (0-based, T = ${T}), got ${t}`);
    const epsSteps = tensorInput(request.inputs, 'eps_steps', 3, () => defaultEpsSteps(t + 1, h, w));
    const [n, eh, ew] = epsSteps.dims;
    if (eh !== h || ew !== w) throw new DemoInputError(`eps_steps must be (steps, ${h}, ${w}) like x0, got ${epsSteps.dims.join('×')}`);
    if (n < t + 1) throw new DemoInputError(`eps_steps needs a noise for each of the t + 1 = ${t + 1} steps, got ${n}`);

    const betaKey = explicit ? `betas=${explicit.join(',')}` : Object.entries(params).map(([k, v]) => `${k}=${String(v)}`).join(':');
    return {
      demo: 'diffusion-forward',
      params,
      inputs: { x0, eps, t: tIn, eps_steps: epsSteps },
      modelKey: `diffusion-forward:${betaKey}:${h}x${w}`,
      buildModel: () => buildModel(betas, h, w),
      outputNames: OUTPUTS,
    };
  },
};
