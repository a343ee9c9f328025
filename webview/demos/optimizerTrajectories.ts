/**
 * What the optimizer view's trajectory chart runs: five optimizers on one quadratic surface, each an ONNX model
 * with ∇f = 2Hθ computed in the graph at every step (param `surface`). Kept apart from the DOM so the defaults
 * stay in step with the PyTorch fixtures (test/fixtures/torch/demos/optimizer.py, CHART_RUNS).
 */
import type { DemoRequest, LocalText, ParamValue } from '../../src/models';
import type { OptimizerKind } from '../../src/models/optimizer';
import type { ChartColor } from '../ui/chart';

export interface SurfacePreset {
  id: string;
  /** H of f(θ) = θᵀHθ: its diagonal, or all of it row-major. */
  h: number[];
  label: LocalText;
}

export const SURFACES: readonly SurfacePreset[] = [
  { id: 'elongated', h: [1, 10], label: { en: 'f = θ₁² + 10·θ₂² (a narrow valley)', 'zh-cn': 'f = θ₁² + 10·θ₂²（狭长山谷）' } },
  // R(30°)·diag(1, 10)·R(30°)ᵀ, rounded to 4 decimals: the same valley, not aligned with the axes.
  { id: 'rotated', h: [3.25, -3.8971, -3.8971, 7.75], label: { en: 'the same valley turned by 30°', 'zh-cn': '同一山谷旋转 30°' } },
  { id: 'round', h: [1, 1], label: { en: 'f = θ₁² + θ₂² (a round bowl)', 'zh-cn': 'f = θ₁² + θ₂²（圆碗）' } },
];

export interface TrajectorySettings {
  surface: string;
  steps: number;
  /** SGD and both momentum forms. */
  sgdLr: number;
  momentum: number;
  /** Adam and AdamW. */
  adamLr: number;
  betas: [number, number];
  weightDecay: number;
  start: [number, number];
}

/** The chart's defaults; the fixtures' CHART_RUNS use the same numbers. */
export const CHART_DEFAULTS: TrajectorySettings = { surface: 'elongated', steps: 40, sgdLr: 0.02, momentum: 0.9, adamLr: 0.1, betas: [0.9, 0.999], weightDecay: 0.01, start: [-2, 1] };
export const GRID_SIZE = 61;
export const MAX_CHART_STEPS = 200;

export interface TrajectoryRun {
  id: string;
  kind: OptimizerKind;
  color: ChartColor;
  dashed?: boolean;
  params(s: TrajectorySettings): Record<string, ParamValue>;
  label(s: TrajectorySettings): LocalText;
}

export const RUNS: readonly TrajectoryRun[] = [
  { id: 'sgd', kind: 'sgd', color: 'blue', params: (s) => ({ lr: s.sgdLr }), label: (s) => ({ en: `SGD (lr ${s.sgdLr})`, 'zh-cn': `SGD（lr ${s.sgdLr}）` }) },
  {
    id: 'sgd-momentum',
    kind: 'sgd-momentum',
    color: 'orange',
    params: (s) => ({ lr: s.sgdLr, momentum: s.momentum }),
    label: (s) => ({ en: `momentum, PyTorch's b = μb + g (μ ${s.momentum})`, 'zh-cn': `动量，PyTorch 形式 b = μb + g（μ ${s.momentum}）` }),
  },
  {
    id: 'sgd-momentum-dampened',
    kind: 'sgd-momentum',
    color: 'green',
    dashed: true,
    params: (s) => ({ lr: s.sgdLr, momentum: s.momentum, dampening: s.momentum }),
    label: (s) => ({ en: `momentum, (1−β) form: dampening = μ = ${s.momentum}`, 'zh-cn': `动量，(1−β) 形式：dampening = μ = ${s.momentum}` }),
  },
  { id: 'adam', kind: 'adam', color: 'purple', params: (s) => ({ lr: s.adamLr, betas: [...s.betas] }), label: (s) => ({ en: `Adam (lr ${s.adamLr})`, 'zh-cn': `Adam（lr ${s.adamLr}）` }) },
  {
    id: 'adamw',
    kind: 'adamw',
    color: 'red',
    dashed: true, // it often runs right under Adam's path
    params: (s) => ({ lr: s.adamLr, betas: [...s.betas], weight_decay: s.weightDecay }),
    label: (s) => ({ en: `AdamW (weight decay ${s.weightDecay})`, 'zh-cn': `AdamW（weight decay ${s.weightDecay}）` }),
  },
];

/** Half-width of the square plotted around 0: the start with a margin, on a 0.5 grid. */
export function plotRadius(start: readonly [number, number]): number {
  return Math.max(1, Math.ceil(Math.max(Math.abs(start[0]), Math.abs(start[1])) * 1.25 * 2) / 2);
}

/** The request of one trajectory; the grid of (x, y) pairs (row-major, y outer) goes to one of them only. */
export function trajectoryRequest(run: TrajectoryRun, s: TrajectorySettings, grid?: { xs: readonly number[]; ys: readonly number[] }): DemoRequest {
  const surface = SURFACES.find((p) => p.id === s.surface) ?? SURFACES[0];
  const inputs: Record<string, unknown> = { theta0: { dims: [2], data: [...s.start] } };
  if (grid) inputs.grid = { dims: [grid.xs.length * grid.ys.length, 2], data: grid.ys.flatMap((y) => grid.xs.flatMap((x) => [x, y])) };
  return { params: { kind: run.kind, ...run.params(s), surface: [...surface.h], steps: s.steps }, inputs };
}

/**
 * The chart's settings for a walkthrough request: the user's own optimizer's numbers where it has them. The start
 * is the chart's own (far out along the valley, where the optimizers differ most), not the walkthrough's θ0.
 */
export function settingsFor(params: Record<string, ParamValue>): TrajectorySettings {
  const s: TrajectorySettings = { ...CHART_DEFAULTS, betas: [...CHART_DEFAULTS.betas], start: [...CHART_DEFAULTS.start] };
  const kind = params.kind as OptimizerKind;
  const lr = params.lr as number;
  if (kind === 'sgd' || kind === 'sgd-momentum') s.sgdLr = lr;
  if (kind === 'sgd-momentum' && typeof params.momentum === 'number' && params.momentum <= 1) s.momentum = params.momentum;
  if (kind === 'adam' || kind === 'adamw') {
    s.adamLr = lr;
    if (Array.isArray(params.betas)) s.betas = [params.betas[0], params.betas[1]];
  }
  if (kind === 'adamw' && typeof params.weight_decay === 'number') s.weightDecay = params.weight_decay;
  return s;
}
