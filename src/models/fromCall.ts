/**
 * A walkthrough that starts from the user's own call: which demo, which variant (kind / fn), and the literal
 * arguments that are demo params (`HuberLoss(delta=0.5)` opens the loss demo on huber with delta 0.5).
 */
import type { Detection } from '../analysis';
import { isExpr } from '../analysis/evaluate';
import type { DemoRequest, LocalText } from './demo';
import { scaledTarget } from './fromCallScaled';
import { findDemo } from './registry';
import { pageForConcept } from '../pages';

export interface WalkthroughTarget {
  demo: string;
  request: DemoRequest;
  /** Why the walkthrough's sizes differ from the user's call, when they do (e.g. 8 heads shown as 4). */
  note?: LocalText;
}

const LOSS: Record<string, string> = {
  'mse-loss': 'mse', 'l1-loss': 'l1', 'huber-loss': 'huber', 'smooth-l1-loss': 'smooth-l1', 'bce-loss': 'bce',
  'bce-with-logits-loss': 'bce-with-logits', 'cross-entropy-loss': 'cross-entropy', 'nll-loss': 'nll', 'kl-div-loss': 'kl-div',
};
const ACTIVATION: Record<string, string> = { relu: 'relu', 'leaky-relu': 'leaky-relu', gelu: 'gelu', sigmoid: 'sigmoid', tanh: 'tanh', silu: 'silu', softmax: 'softmax' };
const NORM: Record<string, string> = { 'batch-norm': 'batch', 'layer-norm': 'layer', 'group-norm': 'group', 'instance-norm': 'instance' };
const OPTIMIZER: Record<string, string> = { sgd: 'sgd', 'sgd-momentum': 'sgd-momentum', adam: 'adam', adamw: 'adamw', rmsprop: 'rmsprop', adagrad: 'adagrad' };
const DIRECT: Record<string, string> = { matmul: 'matmul-backward', linear: 'linear-backward' };
/** Channels of the norm demo's default input, and the most its picture shows. */
const NORM_DEMO_CHANNELS = 4;
const NORM_MAX_CHANNELS = 8;

/** The user's literal numeric (or numeric tuple) argument, under any of the given parameter names. */
function numberArg(d: CallLike, ...names: string[]): number | number[] | undefined {
  for (const n of names) {
    const v = d.args.find((a) => a.param === n)?.value;
    if (v === undefined || isExpr(v)) continue;
    if (typeof v === 'number') return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[];
  }
  return undefined;
}

function params(d: CallLike, mapping: Record<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [param, names] of Object.entries(mapping)) {
    const v = numberArg(d, ...names);
    if (v !== undefined) out[param] = v;
  }
  return out;
}

/** What the mapping reads from a detection: its concept and its mapped arguments. */
type CallLike = Pick<Detection, 'concept' | 'args'>;

/** The walkthrough of a concept on its own (the explorer): the concept's variant with the demo's defaults. */
export function walkthroughForConcept(concept: string): WalkthroughTarget | undefined {
  return walkthroughForCall({ concept, args: [] });
}

export function walkthroughForCall(d: CallLike): WalkthroughTarget | undefined {
  const c = d.concept;
  let target: WalkthroughTarget | undefined;
  if (LOSS[c]) {
    const reduction = d.args.find((a) => a.param === 'reduction')?.value;
    target = { demo: 'loss', request: { params: { kind: LOSS[c], ...(reduction === 'sum' || reduction === 'mean' ? { reduction } : {}), ...params(d, c === 'huber-loss' ? { delta: ['delta'] } : c === 'smooth-l1-loss' ? { beta: ['beta'] } : {}) } } };
  } else if (ACTIVATION[c]) {
    target = { demo: 'activation', request: { params: { fn: ACTIVATION[c], ...(c === 'leaky-relu' ? params(d, { alpha: ['negative_slope', 'alpha'] }) : {}) } } };
  } else if (NORM[c]) {
    const p = params(d, { eps: ['eps', 'epsilon'] });
    const groups = numberArg(d, 'num_groups', 'groups');
    const channels = c === 'group-norm' ? groupNormChannels(groups, numberArg(d, 'num_channels')) : undefined;
    if (channels !== undefined) p.groups = groups as number;
    const inputs = channels !== undefined && channels !== NORM_DEMO_CHANNELS ? { inputs: { x: normInput(channels) } } : {};
    target = { demo: 'norm', request: { params: { kind: NORM[c], ...p }, ...inputs } };
  } else if (OPTIMIZER[c]) {
    const p = params(d, { lr: ['lr', 'learning_rate'], betas: ['betas'], eps: ['eps', 'epsilon'], weight_decay: ['weight_decay'], alpha: ['alpha', 'rho'] });
    if (c === 'sgd-momentum' || c === 'rmsprop') Object.assign(p, params(d, { momentum: ['momentum'] }));
    if (c === 'sgd-momentum') Object.assign(p, params(d, { dampening: ['dampening'] }));
    if (c === 'sgd') delete p.alpha;
    target = { demo: 'optimizer', request: { params: { kind: OPTIMIZER[c], ...p } } };
  } else if (c === 'conv2d') {
    const p = params(d, { stride: ['stride'], padding: ['padding'] });
    target = { demo: 'conv2d-backward', request: { ...(Object.keys(p).length ? { params: p } : {}), ...convInputs(numberArg(d, 'kernel_size')) } };
  } else if (DIRECT[c]) {
    target = { demo: DIRECT[c], request: {} };
  } else {
    target = scaledTarget(d);
  }
  if (!target) {
    // No demo for the concept: its concept page (ResNet, U-Net, PatchGAN, Swin, CLIP), if it has one.
    const page = pageForConcept(c);
    return page && { demo: page.id, request: {} };
  }
  if (!findDemo(target.demo)) return undefined;
  // Only offer what the demo accepts: a value it rejects (a PyTorch-only argument, an odd combination) drops back
  // to the variant alone, then to the demo's defaults.
  for (const request of [target.request, { params: { ...pickVariant(target.request) } }, {}]) {
    try {
      findDemo(target.demo)!.prepare(request);
      return { demo: target.demo, request, ...(request === target.request && target.note ? { note: target.note } : {}) };
    } catch {
      // try the next, plainer request
    }
  }
  return undefined;
}

/**
 * Channels for a GroupNorm walkthrough: the user's own count when small, else two per group, so the picture
 * shows groups of channels (one channel per group would look like InstanceNorm). Undefined: too many groups.
 */
function groupNormChannels(groups: unknown, userChannels: unknown): number | undefined {
  if (typeof groups !== 'number' || !Number.isInteger(groups) || groups < 1) return undefined;
  if (typeof userChannels === 'number' && userChannels <= NORM_MAX_CHANNELS && userChannels % groups === 0) return userChannels;
  if (NORM_DEMO_CHANNELS % groups === 0 && NORM_DEMO_CHANNELS / groups >= 2) return NORM_DEMO_CHANNELS;
  return 2 * groups <= NORM_MAX_CHANNELS ? 2 * groups : undefined;
}

/** The norm demo's default x pattern (arange / 2 − 8) shaped (2, channels, 2, 2). */
function normInput(channels: number) {
  return { dims: [2, channels, 2, 2], data: Array.from({ length: 8 * channels }, (_, i) => i / 2 - 8) };
}

/** The user's square kernel on a small single-channel image, so the panel shows their geometry. */
function convInputs(kernel: number | number[] | undefined): DemoRequest {
  const k = Array.isArray(kernel) ? (kernel[0] === kernel[1] ? kernel[0] : undefined) : kernel;
  if (k === undefined || !Number.isInteger(k) || k < 1 || k > 7 || k === 3) return {};
  const h = Math.max(6, k + 1);
  const x = { dims: [1, 1, h, h], data: Array.from({ length: h * h }, (_, i) => i + 1) };
  // A kernel with distinct rows and columns, so its 180° rotation in the backward pass is visible.
  const w = { dims: [1, 1, k, k], data: Array.from({ length: k * k }, (_, i) => ((i % k) - Math.floor(i / k)) % 3) };
  return { inputs: { x, w } };
}

function pickVariant(r: DemoRequest): Record<string, unknown> {
  const p = r.params ?? {};
  return Object.fromEntries(Object.entries(p).filter(([k]) => k === 'kind' || k === 'fn'));
}
