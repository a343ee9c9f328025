/**
 * optimizer: T steps of SGD, SGD with momentum, Adam, AdamW, RMSprop or Adagrad on one parameter vector,
 * unrolled in one ONNX graph. Row t of grads is the gradient fed to step t + 1 (p.grad in PyTorch); every step
 * is built from primitives in the order of PyTorch 1.13's single-tensor implementations (torch/optim/*.py,
 * `_single_tensor_*`), so the numbers match `optimizer.step()` up to float32 rounding.
 *
 * Omitted params take PyTorch's defaults for the kind (SGD's lr, `required` in 1.13, defaults to 0.001 as in
 * later releases). When the kind itself is omitted the request is the default example: Adam with lr 0.1 on
 * f(θ) = θ₁² + 10·θ₂², every gradient row being ∇f(θ0) = (2, −40) — Adam moves both coordinates by ≈ lr per
 * step although their gradients differ twentyfold.
 *
 * Besides the contract's outputs (theta and the final state) the graph returns, for the scalar view, the
 * update of every step (update, (T,P)), every state after every step (`<state>_steps`, (T,P)) and for
 * Adam/AdamW the bias-corrected moments m_hat_steps and v_hat_steps.
 *
 * With param `surface` (the matrix H of a quadratic objective f(θ) = θᵀHθ, given as its diagonal or in full)
 * the gradients are not an input: each step computes p.grad = ∇f(θ) = 2Hθ at the current θ inside the graph,
 * for `steps` steps, which is what a trajectory on a loss surface needs. Such a model also returns the gradient
 * it used (grad_steps, (T,P)), f after every step (f_steps, (T)) and f at the rows of an optional input `grid`
 * (G,P) → f_grid (G), so a panel draws the surface's contours from numbers ORT computed too.
 */
import { attr, GraphBuilder } from './onnx/graph';
import { DemoInputError, rejectUnknown, tensorInput, type DemoDefinition, type ParamValue, type PreparedDemo } from './demo';
import type { TensorData } from './tensor';

export const OPTIMIZER_KINDS = ['sgd', 'sgd-momentum', 'adam', 'adamw', 'rmsprop', 'adagrad'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** The most steps one graph unrolls (each step is a handful of nodes). */
export const MAX_STEPS = 256;

/** PyTorch's defaults per kind; the keys are also the params each kind accepts (besides `kind`). */
export const OPTIMIZER_DEFAULTS: Record<OptimizerKind, Record<string, number | number[]>> = {
  sgd: { lr: 1e-3, weight_decay: 0 },
  'sgd-momentum': { lr: 1e-3, momentum: 0.9, dampening: 0, weight_decay: 0 },
  adam: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0 },
  adamw: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 1e-2 },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0 },
  adagrad: { lr: 1e-2, eps: 1e-10, weight_decay: 0 },
};

/** Params of the objective rather than of the optimizer: they apply to every kind. */
const SURFACE_PARAMS = ['surface', 'steps'];
const ALL_PARAMS = ['kind', 'lr', 'momentum', 'dampening', 'betas', 'eps', 'weight_decay', 'alpha', ...SURFACE_PARAMS];

/** The default example. */
export const SEED_KIND: OptimizerKind = 'adam';
export const SEED_LR = 0.1;
export const SEED_THETA0: TensorData = { dims: [2], data: [1, -2] };
export const SEED_STEPS = 5;
/** f(θ) = Σ cᵢ·θᵢ² with c = (1, 10, 1, 10, …): θ₁² + 10·θ₂² for the default θ0. */
const seedCurvature = (i: number): number => (i % 2 === 0 ? 1 : 10);

/** Every row is ∇f(θ0) = 2·c ⊙ θ0. */
export function seedGrads(theta0: TensorData, steps = SEED_STEPS): TensorData {
  const row = theta0.data.map((x, i) => 2 * seedCurvature(i) * (x ?? 0));
  return { dims: [steps, row.length], data: Array.from({ length: steps }, () => row).flat() };
}

/**
 * The quadratic objective f(θ) = θᵀHθ of a `surface` request: `diagonal` holds H's diagonal (P numbers) when H
 * is diagonal, otherwise `matrix` holds H row-major (P·P numbers, symmetric).
 */
export type Surface = { diagonal: number[] } | { matrix: number[] };

export interface OptimizerConfig {
  kind: OptimizerKind;
  steps: number;
  lr: number;
  weight_decay: number;
  momentum: number;
  /** sgd-momentum: buf = μ·buf + (1 − dampening)·g after the first step. */
  dampening: number;
  /** Gradients from this objective instead of the grads input. */
  surface?: Surface;
  betas: [number, number];
  eps: number;
  alpha: number;
}

/** Names of the final state tensors a config returns (the contract's outputs besides theta). */
export function stateNames(c: Pick<OptimizerConfig, 'kind' | 'momentum'>): string[] {
  switch (c.kind) {
    case 'sgd':
      return [];
    case 'sgd-momentum':
      return ['buf'];
    case 'adam':
    case 'adamw':
      return ['m', 'v'];
    case 'rmsprop':
      return c.momentum > 0 ? ['square_avg', 'buf'] : ['square_avg'];
    case 'adagrad':
      return ['sum'];
  }
}

export function buildOptimizerModel(c: OptimizerConfig): Uint8Array {
  const g = new GraphBuilder(`optimizer_${c.kind.replace('-', '_')}`);
  const theta0 = g.input('theta0', 'float32', ['P']);
  const grads = c.surface ? undefined : g.input('grads', 'float32', [c.steps, 'P']);
  // float32 scalars (PyTorch also casts its double scalars to float), one per value: T unrolled steps would
  // otherwise repeat β, 1 − β, ε… as hundreds of initializers, each a buffer to upload on WebGPU.
  const scalars = new Map<number, string>();
  const f = (x: number) => scalars.get(x) ?? scalars.set(x, g.constant([x])).get(x)!;
  const add = (a: string, b: string) => g.node('Add', [a, b]);
  const sub = (a: string, b: string) => g.node('Sub', [a, b]);
  const mul = (a: string, b: string) => g.node('Mul', [a, b]);
  const div = (a: string, b: string) => g.node('Div', [a, b]);
  const sqrt = (a: string) => g.node('Sqrt', [a]);
  /** x + alpha·y: torch.add(x, y, alpha=…). */
  const axpy = (x: string, alpha: number, y: string) => add(x, mul(f(alpha), y));
  /** x + value·y/z: torch.addcdiv (value·y first, as the CPU kernel does). */
  const addcdiv = (x: string, value: number, y: string, z: string) => add(x, div(mul(f(value), y), z));

  /** Hθ for θ of shape (…, P), in the order PyTorch's reference computes it (c * p, or H @ p). */
  const surface = c.surface;
  const times = surface && ('diagonal' in surface ? (x: string) => mul(x, g.constant(surface.diagonal, [surface.diagonal.length])) : (x: string) => g.node('MatMul', [x, g.constant(surface.matrix, [Math.sqrt(surface.matrix.length), Math.sqrt(surface.matrix.length)])]));
  /** Hθ of each θ once: step t's f(θ) and step t + 1's gradient share it. */
  const products = new Map<string, string>();
  const timesOnce = (x: string) => products.get(x) ?? products.set(x, times!(x)).get(x)!;
  const lastAxis = surface ? g.constant([-1], [1], 'int64') : '';
  /** f = θᵀHθ = Σ θ ⊙ Hθ over the last axis. */
  const objective = (x: string, hx = timesOnce(x)) => g.node('ReduceSum', [mul(x, hx), lastAxis], { keepdims: attr.int(0) });

  const names = stateNames(c);
  const history: Record<string, string[]> = Object.fromEntries([...names, 'theta', 'update', 'm_hat', 'v_hat', 'grad', 'f'].map((n) => [n, []]));
  const [beta1, beta2] = c.betas;
  let theta = theta0;
  let state: Record<string, string | undefined> = {};

  for (let t = 0; t < c.steps; t++) {
    const step = t + 1;
    const prev = theta;
    let grad = times ? mul(timesOnce(theta), f(2)) : g.node('Gather', [grads!, g.constant([t], [], 'int64')], { axis: attr.int(0) }); // (P)
    history.grad.push(grad);
    if (c.weight_decay !== 0 && c.kind !== 'adamw') grad = axpy(grad, c.weight_decay, theta);
    switch (c.kind) {
      case 'sgd':
        theta = axpy(theta, -c.lr, grad);
        break;
      case 'sgd-momentum': {
        // buf = clone(g) on the first step (no dampening), then buf·μ + (1 − dampening)·g; θ ← θ − lr·buf.
        const buf = state.buf === undefined ? grad : c.dampening === 0 ? add(mul(state.buf, f(c.momentum)), grad) : axpy(mul(state.buf, f(c.momentum)), 1 - c.dampening, grad);
        state = { buf };
        theta = axpy(theta, -c.lr, buf);
        break;
      }
      case 'adam':
      case 'adamw': {
        if (c.kind === 'adamw') theta = mul(theta, f(1 - c.lr * c.weight_decay)); // decoupled decay first
        const m = state.m === undefined ? mul(grad, f(1 - beta1)) : axpy(mul(state.m, f(beta1)), 1 - beta1, grad);
        const gg = mul(grad, grad);
        const v = state.v === undefined ? mul(gg, f(1 - beta2)) : axpy(mul(state.v, f(beta2)), 1 - beta2, gg);
        state = { m, v };
        const bc1 = 1 - beta1 ** step;
        const bc2 = 1 - beta2 ** step;
        const denom = add(div(sqrt(v), f(Math.sqrt(bc2))), f(c.eps));
        theta = addcdiv(theta, -(c.lr / bc1), m, denom);
        history.m_hat.push(div(m, f(bc1)));
        history.v_hat.push(div(v, f(bc2)));
        break;
      }
      case 'rmsprop': {
        const gg = mul(grad, grad);
        const sa = state.square_avg === undefined ? mul(gg, f(1 - c.alpha)) : axpy(mul(state.square_avg, f(c.alpha)), 1 - c.alpha, gg);
        const avg = add(sqrt(sa), f(c.eps));
        if (c.momentum > 0) {
          // buf starts at zeros: buf = buf·μ + g/avg; θ ← θ − lr·buf.
          const q = div(grad, avg);
          const buf = state.buf === undefined ? q : add(mul(state.buf, f(c.momentum)), q);
          state = { square_avg: sa, buf };
          theta = axpy(theta, -c.lr, buf);
        } else {
          state = { square_avg: sa };
          theta = addcdiv(theta, -c.lr, grad, avg);
        }
        break;
      }
      case 'adagrad': {
        // initial_accumulator_value 0, lr_decay 0 (clr = lr).
        const gg = mul(grad, grad);
        const sum = state.sum === undefined ? gg : add(state.sum, gg);
        state = { sum };
        theta = addcdiv(theta, -c.lr, grad, add(sqrt(sum), f(c.eps)));
        break;
      }
    }
    history.theta.push(theta);
    history.update.push(sub(theta, prev));
    if (times) history.f.push(objective(theta));
    for (const n of names) history[n].push(state[n]!);
  }

  const axis0 = g.constant([0], [1], 'int64');
  const stack = (rows: string[], out: string) => {
    g.node('Concat', rows.map((r) => g.node('Unsqueeze', [r, axis0])), { axis: attr.int(0) }, out);
    g.output(out, 'float32', [c.steps, 'P']);
  };
  stack(history.theta, 'theta');
  for (const n of names) {
    g.node('Identity', [history[n][c.steps - 1]], {}, n);
    g.output(n, 'float32', ['P']);
  }
  stack(history.update, 'update');
  for (const n of names) stack(history[n], `${n}_steps`);
  if (c.kind === 'adam' || c.kind === 'adamw') {
    stack(history.m_hat, 'm_hat_steps');
    stack(history.v_hat, 'v_hat_steps');
  }
  if (times) {
    stack(history.grad, 'grad_steps');
    g.node('Concat', history.f.map((r) => g.node('Unsqueeze', [r, axis0])), { axis: attr.int(0) }, 'f_steps');
    g.output('f_steps', 'float32', [c.steps]);
    const grid = g.input('grid', 'float32', ['G', 'P']);
    g.node('Identity', [objective(grid, times!(grid))], {}, 'f_grid');
    g.output('f_grid', 'float32', ['G']);
  }
  return g.toBytes({ docString: `ML Lens optimizer: ${c.steps} steps of ${c.kind} as in PyTorch 1.13's single-tensor implementation` });
}

export function optimizerOutputNames(c: OptimizerConfig): string[] {
  const names = stateNames(c);
  const adam = c.kind === 'adam' || c.kind === 'adamw';
  const surface = c.surface ? ['grad_steps', 'f_steps', 'f_grid'] : [];
  return ['theta', ...names, 'update', ...names.map((n) => `${n}_steps`), ...(adam ? ['m_hat_steps', 'v_hat_steps'] : []), ...surface];
}

function numberParam(params: Record<string, unknown>, name: string, fallback: number, check: (x: number) => boolean, rule: string): number {
  const raw = params[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new DemoInputError(`param ${name} must be a finite number, got ${JSON.stringify(raw)}`);
  if (!check(raw)) throw new DemoInputError(`param ${name} must be ${rule}, got ${raw}`);
  return raw;
}

function betasParam(params: Record<string, unknown>, fallback: [number, number]): [number, number] {
  const raw = params.betas;
  if (raw === undefined) return fallback;
  if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new DemoInputError(`param betas must be two numbers [beta1, beta2], got ${JSON.stringify(raw)}`);
  }
  raw.forEach((b: number, i) => {
    if (!(b >= 0 && b < 1)) throw new DemoInputError(`param betas: beta${i + 1} must be in [0, 1), got ${b}`);
  });
  return [raw[0], raw[1]];
}

/** `surface`: H's diagonal (P numbers) or all of the symmetric H row-major (P·P numbers). */
function surfaceParam(raw: unknown, P: number): Surface {
  if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new DemoInputError(`param surface must be a list of numbers (H of f(θ) = θᵀHθ), got ${JSON.stringify(raw)}`);
  }
  if (raw.length === P) return { diagonal: [...raw] };
  if (raw.length === P * P) {
    for (let i = 0; i < P; i++) {
      for (let j = 0; j < i; j++) {
        if (raw[i * P + j] !== raw[j * P + i]) throw new DemoInputError(`param surface: H must be symmetric, but H[${i},${j}] = ${raw[i * P + j]} and H[${j},${i}] = ${raw[j * P + i]}`);
      }
    }
    return { matrix: [...raw] };
  }
  throw new DemoInputError(`param surface must hold P = ${P} numbers (H's diagonal) or P·P = ${P * P} (all of H), got ${raw.length}`);
}

const fmt = (x: ParamValue): string => (Array.isArray(x) ? `[${x.join(',')}]` : String(x));

export const optimizerDemo: DemoDefinition = {
  id: 'optimizer',
  concept: 'adam',
  title: { en: 'Optimizer steps', 'zh-cn': '优化器的更新步' },
  summary: {
    en: 'Feed T gradients to SGD, SGD with momentum, Adam, AdamW, RMSprop or Adagrad and watch θ and the optimizer state step by step — each update written out exactly as PyTorch computes it.',
    'zh-cn': '把 T 个梯度依次交给 SGD、带动量的 SGD、Adam、AdamW、RMSprop 或 Adagrad，逐步观察 θ 和优化器状态——每一步都按 PyTorch 的实际算法写出。',
  },
  inputs: [
    { name: 'theta0', dims: ['P'], editable: true },
    { name: 'grads', dims: ['T', 'P'], editable: true },
  ],
  outputs: ['theta', 'm', 'v', 'buf', 'square_avg', 'sum'],
  steps: [
    {
      id: 'sgd',
      title: { en: 'SGD and weight decay', 'zh-cn': 'SGD 与权重衰减' },
      formula: String.raw`g_t \leftarrow g_t + \lambda\,\theta_{t-1} \qquad \theta_t = \theta_{t-1} - \gamma\, g_t`,
      tensors: ['theta0', 'grads', 'update', 'theta'],
      note: {
        en: 'Row t of grads is the gradient of step t; PyTorch adds weight_decay·θ to it (L2 regularisation) for SGD, Adam, RMSprop and Adagrad, then plain SGD steps against it with learning rate γ.',
        'zh-cn': 'grads 的第 t 行是第 t 步的梯度；对 SGD、Adam、RMSprop 和 Adagrad，PyTorch 先把 weight_decay·θ 加到梯度上（L2 正则），普通 SGD 再以学习率 γ 沿其反方向走一步。',
      },
    },
    {
      id: 'momentum',
      title: { en: 'Momentum', 'zh-cn': '动量' },
      formula: String.raw`b_1 = g_1,\quad b_t = \mu\, b_{t-1} + (1-\tau)\, g_t \qquad \theta_t = \theta_{t-1} - \gamma\, b_t`,
      tensors: ['grads', 'buf_steps', 'buf', 'theta'],
      note: {
        en: 'PyTorch keeps a buffer b = μ·b + (1 − τ)·g with dampening τ = 0 by default, so b is not the textbook average v = βv + (1−β)g: the two differ by the factor 1/(1−β) folded into the learning rate. Setting dampening = μ gives the average\'s form, except on the first step, where PyTorch copies g into b whole.',
        'zh-cn': 'PyTorch 的动量缓冲是 b = μ·b + (1 − τ)·g，dampening τ 默认为 0，所以 b 不是教科书里的滑动平均 v = βv + (1−β)g：两者只差一个并入学习率的系数 1/(1−β)。令 dampening = μ 即得滑动平均的形式，只有第一步不同：PyTorch 把 g 原样复制进 b。',
      },
    },
    {
      id: 'adam-moments',
      title: { en: 'Adam: two moving averages', 'zh-cn': 'Adam：两个滑动平均' },
      formula: String.raw`m_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t \qquad v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2`,
      tensors: ['grads', 'm_steps', 'v_steps', 'm', 'v'],
      note: {
        en: 'm averages the gradient and v the squared gradient (an uncentred second moment, not a variance); both start at 0, so early on they are too small by the factors 1−β1ᵗ and 1−β2ᵗ.',
        'zh-cn': 'm 是梯度的滑动平均，v 是梯度平方的滑动平均（未中心化的二阶矩，不是方差）；两者都从 0 开始，所以前几步分别偏小 1−β1ᵗ 和 1−β2ᵗ 倍。',
      },
    },
    {
      id: 'adam-update',
      title: { en: 'Adam: bias correction and the step', 'zh-cn': 'Adam：偏差修正与更新' },
      formula: String.raw`\hat m_t = \frac{m_t}{1-\beta_1^t},\ \ \hat v_t = \frac{v_t}{1-\beta_2^t} \qquad \theta_t = \theta_{t-1} - \gamma\,\frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}`,
      tensors: ['m_hat_steps', 'v_hat_steps', 'update', 'theta'],
      note: {
        en: 'Dividing by 1−βᵗ undoes the zero start and fades as βᵗ → 0; since m̂/√v̂ is about ±1 for a steady gradient, every coordinate moves by about γ however large its gradient (PyTorch computes it as (γ/(1−β1ᵗ))·m / (√v/√(1−β2ᵗ) + ε)).',
        'zh-cn': '除以 1−βᵗ 抵消了从 0 起步的偏差，随 βᵗ → 0 逐渐消失；梯度稳定时 m̂/√v̂ 约为 ±1，所以每个坐标每步都移动约 γ，与梯度大小无关（PyTorch 的算法是 (γ/(1−β1ᵗ))·m / (√v/√(1−β2ᵗ) + ε)）。',
      },
    },
    {
      id: 'adamw',
      title: { en: 'AdamW: decoupled weight decay', 'zh-cn': 'AdamW：解耦的权重衰减' },
      formula: String.raw`\theta \leftarrow \theta\,(1 - \gamma\lambda) \quad\text{then the Adam step with the raw } g_t`,
      tensors: ['theta0', 'theta', 'm', 'v'],
      note: {
        en: 'Adam adds λθ to the gradient, so the decay is rescaled by 1/√v̂ like everything else; AdamW shrinks θ directly before the step (default λ = 0.01), so every weight decays at the same rate.',
        'zh-cn': 'Adam 把 λθ 加进梯度，衰减也被 1/√v̂ 缩放；AdamW 在更新前直接把 θ 乘以 (1 − γλ)（默认 λ = 0.01），每个权重按相同比例衰减。',
      },
    },
    {
      id: 'adaptive',
      title: { en: 'RMSprop and Adagrad', 'zh-cn': 'RMSprop 与 Adagrad' },
      formula: String.raw`s_t = \alpha s_{t-1} + (1-\alpha) g_t^2 \ \ \text{or}\ \ s_t = s_{t-1} + g_t^2 \qquad \theta_t = \theta_{t-1} - \gamma\,\frac{g_t}{\sqrt{s_t} + \epsilon}`,
      tensors: ['grads', 'square_avg_steps', 'sum_steps', 'theta'],
      note: {
        en: 'RMSprop divides by the root of a moving average of g² (square_avg, α = 0.99, no bias correction), Adagrad by the root of the running sum (sum), so Adagrad\'s steps keep shrinking.',
        'zh-cn': 'RMSprop 除以 g² 滑动平均（square_avg，α = 0.99，无偏差修正）的平方根，Adagrad 除以 g² 累加和（sum）的平方根，所以 Adagrad 的步长越来越小。',
      },
    },
  ],
  prepare(request): PreparedDemo {
    const params = request.params ?? {};
    rejectUnknown('param', params, ALL_PARAMS);
    const onSurface = params.surface !== undefined;
    if (!onSurface && params.steps !== undefined) throw new DemoInputError('param steps applies only with surface (otherwise T is the number of rows of grads)');
    rejectUnknown('input', request.inputs, onSurface ? ['theta0', 'grid'] : ['theta0', 'grads']);
    const rawKind = params.kind;
    if (rawKind !== undefined && !OPTIMIZER_KINDS.includes(rawKind as OptimizerKind)) {
      throw new DemoInputError(`param kind must be one of ${OPTIMIZER_KINDS.join(', ')}, got ${JSON.stringify(rawKind)}`);
    }
    const kind = (rawKind as OptimizerKind | undefined) ?? SEED_KIND;
    const defaults = OPTIMIZER_DEFAULTS[kind];
    for (const name of Object.keys(params)) {
      if (name !== 'kind' && !SURFACE_PARAMS.includes(name) && !(name in defaults)) {
        throw new DemoInputError(`param ${name} does not apply to kind ${kind} (${kind} takes ${Object.keys(defaults).join(', ')})`);
      }
    }
    const nonNegative = (x: number) => x >= 0;
    const lrDefault = rawKind === undefined ? SEED_LR : (defaults.lr as number);
    const lr = numberParam(params, 'lr', lrDefault, nonNegative, '≥ 0');
    const weight_decay = numberParam(params, 'weight_decay', defaults.weight_decay as number, nonNegative, '≥ 0');
    const momentum =
      kind === 'sgd-momentum'
        ? numberParam(params, 'momentum', 0.9, (x) => x > 0, '> 0 for sgd-momentum (use kind sgd without momentum)')
        : numberParam(params, 'momentum', 0, nonNegative, '≥ 0');
    const betas = betasParam(params, [0.9, 0.999]);
    const eps = numberParam(params, 'eps', (defaults.eps as number | undefined) ?? 1e-8, nonNegative, '≥ 0');
    const alpha = numberParam(params, 'alpha', 0.99, nonNegative, '≥ 0');
    const dampening = numberParam(params, 'dampening', 0, (x) => x >= 0 && x <= 1, 'in [0, 1]');

    const theta0 = tensorInput(request.inputs, 'theta0', 1, () => SEED_THETA0);
    const P = theta0.dims[0];
    const inputs: Record<string, TensorData> = { theta0 };
    let T: number;
    let surface: Surface | undefined;
    if (onSurface) {
      surface = surfaceParam(params.surface, P);
      T = numberParam(params, 'steps', SEED_STEPS, (x) => Number.isInteger(x) && x >= 1 && x <= MAX_STEPS, `an integer from 1 to ${MAX_STEPS}`);
      inputs.grid = tensorInput(request.inputs, 'grid', 2, () => ({ dims: [1, P], data: [...theta0.data] }));
      if (inputs.grid.dims[1] !== P) throw new DemoInputError(`grid must have one column per parameter: theta0 has P = ${P} entries, grid is ${inputs.grid.dims.join('×')}`);
    } else {
      const grads = tensorInput(request.inputs, 'grads', 2, () => seedGrads(theta0));
      const P2 = grads.dims[1];
      T = grads.dims[0];
      if (P2 !== P) throw new DemoInputError(`grads must have one column per parameter: theta0 has P = ${P} entries, grads is ${T}×${P2}`);
      if (T > MAX_STEPS) throw new DemoInputError(`grads has T = ${T} rows: a walkthrough unrolls at most ${MAX_STEPS} steps`);
      inputs.grads = grads;
    }

    const config: OptimizerConfig = { kind, steps: T, lr, weight_decay, momentum, dampening, betas, eps, alpha, surface };
    const resolved: Record<string, ParamValue> = { kind };
    for (const name of Object.keys(defaults)) resolved[name] = name === 'betas' ? [...betas] : (config[name as keyof OptimizerConfig] as number);
    if (onSurface) Object.assign(resolved, { surface: [...(params.surface as number[])], steps: T });
    const key = Object.entries(resolved).map(([k, v]) => `${k}=${fmt(v)}`);
    return {
      demo: 'optimizer',
      params: resolved,
      inputs,
      modelKey: `optimizer:T=${T}:${key.join(':')}`,
      buildModel: () => buildOptimizerModel(config),
      outputNames: optimizerOutputNames(config),
      // T unrolled steps of a few elementwise ops each: ORT's optimizer passes took ~1 s per session here (wasm,
      // T = 40) and have nothing to fuse; without them a session loads in tens of ms.
      graphOptimizationLevel: 'disabled',
    };
  },
};
