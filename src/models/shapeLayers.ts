/**
 * One torch.nn layer as a one-layer ONNX model (opset 17) for the shape confirmation. The constructor
 * arguments the static engine read become the op's attributes; weights come from RandomUniform nodes with
 * fixed seeds, so a model stays a few hundred bytes even for a Linear with 100 million parameters; inputs
 * have symbolic dims, so ORT computes every shape when it runs, and one session serves every input shape.
 * What ONNX opset 17 cannot express is reported as unsupported, never replaced by a different shape rule.
 */
import type { LayerAttr } from '../analysis/shapes';
import type { LocalText } from '../catalog/text';
import { attr, GraphBuilder, type Attr } from './onnx/graph';

export type Attrs = Record<string, LayerAttr>;

export interface LayerInput {
  dtype: 'float32' | 'int64';
  /** int64 feeds hold indices drawn from [0, high). */
  high?: number;
}

export interface LayerModel {
  /** Identifies the model bytes: rows with the same key share one session. */
  key: string;
  inputs: LayerInput[];
  outputs: number;
  build(): Uint8Array;
}

/** The layer (or this use of it) has no faithful ONNX form here; the reason is shown as the row's tooltip. */
export class Unsupported extends Error {
  override name = 'Unsupported';
  constructor(readonly reason: LocalText) {
    super(reason.en);
  }
}

const unsupported = (en: string, zh: string): Unsupported => new Unsupported({ en, 'zh-cn': zh });

/** A graph under construction with the helpers every layer needs. */
export class LayerGraph {
  readonly g: GraphBuilder;
  private seed = 1;

  constructor(name: string) {
    this.g = new GraphBuilder(name);
  }

  op(type: string, inputs: readonly string[], attrs: Record<string, Attr> = {}): string {
    return this.g.node(type, inputs, attrs);
  }

  /** A weight of `dims` drawn from U(low, high) when the session runs (seeded: every run is the same). */
  weight(dims: readonly number[], low = -0.1, high = 0.1): string {
    if (!dims.every((d) => Number.isInteger(d) && d > 0)) throw unsupported(`weight shape (${dims.join(', ')}) is not a list of positive integers`, `权重形状 (${dims.join(', ')}) 不是正整数列表`);
    return this.op('RandomUniform', [], { shape: attr.ints(dims), low: attr.float(low), high: attr.float(high), seed: attr.float(this.seed++), dtype: attr.int(1) });
  }

  ints(values: readonly number[]): string {
    return this.g.constant(values, [values.length], 'int64');
  }

  floats(values: readonly number[], dims: readonly number[] = [values.length]): string {
    return this.g.constant(values, dims);
  }

  scalar(value: number): string {
    return this.g.constant([value]);
  }
}

// ---- reading the engine's attrs -----------------------------------------------------------------------------

const isNum = (v: LayerAttr | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function num(a: Attrs, key: string, fallback?: number): number {
  const v = a[key];
  if (isNum(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if ((v === undefined || v === null) && fallback !== undefined) return fallback;
  throw unsupported(`argument ${key} is ${JSON.stringify(v ?? null)}, not a number`, `参数 ${key} 为 ${JSON.stringify(v ?? null)}，不是数值`);
}

function flag(a: Attrs, key: string, fallback: boolean): boolean {
  const v = a[key];
  return typeof v === 'boolean' ? v : isNum(v) ? v !== 0 : fallback;
}

function text(a: Attrs, key: string, fallback: string): string {
  const v = a[key];
  return typeof v === 'string' ? v : fallback;
}

/** An int-or-tuple argument (`kernel_size=3` or `(3, 5)`) as n ints. */
function tuple(a: Attrs, key: string, n: number, fallback?: number): number[] {
  const v = a[key];
  if (Array.isArray(v) && v.length === n && v.every(isNum)) return v as number[];
  if (Array.isArray(v) && v.length === 1 && isNum(v[0])) return new Array<number>(n).fill(v[0]);
  return new Array<number>(n).fill(num(a, key, fallback));
}

/** A positional value of a `(*args, **kwargs)` layer (the engine keeps those as `args`). */
function positional(a: Attrs, key: string, index: number, fallback: number): number {
  if (isNum(a[key])) return a[key] as number;
  const args = a.args;
  return Array.isArray(args) && isNum(args[index]) ? (args[index] as number) : fallback;
}

const normAxis = (axis: number, rank: number): number => (axis < 0 ? axis + rank : axis);

// ---- layer specs --------------------------------------------------------------------------------------------

interface Spec {
  /** How many tensors the layer takes (default 1). */
  arity?: number;
  /** Spatial dims of N-d layers: a call without the batch dim (rank n + 1) gets one added and removed. */
  spatial?: number;
  /** Whether the graph depends on the input's dims beyond its rank (adaptive pools read them). */
  readsDims?: boolean;
  inputs?(a: Attrs): LayerInput[];
  /** Builds the layer on inputs `x` of shapes `ins` (batched); returns the output values. */
  build(b: LayerGraph, a: Attrs, x: string[], ins: number[][]): string[];
}

const SPECS = new Map<string, Spec>();
const def = (names: string | string[], spec: Spec) => {
  for (const n of Array.isArray(names) ? names : [names]) SPECS.set(n, spec);
};
const unary = (f: (b: LayerGraph, x: string, a: Attrs, rank: number) => string): Spec => ({ build: (b, a, [x], [s]) => [f(b, x, a, s.length)] });

// Eval-mode dropouts and Identity pass the tensor through.
def(['Identity', 'Dropout', 'Dropout1d', 'Dropout2d', 'Dropout3d', 'AlphaDropout', 'FeatureAlphaDropout'], unary((b, x) => b.op('Identity', [x])));

// Activations.
def('ReLU', unary((b, x) => b.op('Relu', [x])));
def('ReLU6', unary((b, x) => b.op('Clip', [x, b.scalar(0), b.scalar(6)])));
def('Hardtanh', unary((b, x, a) => b.op('Clip', [x, b.scalar(positional(a, 'min_val', 0, -1)), b.scalar(positional(a, 'max_val', 1, 1))])));
def('Sigmoid', unary((b, x) => b.op('Sigmoid', [x])));
def('Tanh', unary((b, x) => b.op('Tanh', [x])));
def('LeakyReLU', unary((b, x, a) => b.op('LeakyRelu', [x], { alpha: attr.float(num(a, 'negative_slope', 0.01)) })));
// RReLU in eval mode is a leaky ReLU with the mean slope.
def('RReLU', unary((b, x, a) => b.op('LeakyRelu', [x], { alpha: attr.float((num(a, 'lower', 1 / 8) + num(a, 'upper', 1 / 3)) / 2) })));
def('PReLU', {
  build: (b, a, [x], [s]) => {
    const n = num(a, 'num_parameters', 1);
    // One slope per channel (dim 1), broadcast over the dims after it.
    const dims = n === 1 ? [1] : [n, ...new Array<number>(Math.max(0, s.length - 2)).fill(1)];
    return [b.op('PRelu', [x, b.weight(dims, 0.2, 0.3)])];
  },
});
def('ELU', unary((b, x, a) => b.op('Elu', [x], { alpha: attr.float(positional(a, 'alpha', 0, 1)) })));
def('CELU', unary((b, x, a) => b.op('Celu', [x], { alpha: attr.float(positional(a, 'alpha', 0, 1)) })));
def('SELU', unary((b, x) => b.op('Selu', [x])));
def('GELU', unary((b, x, a) => gelu(b, x, text(a, 'approximate', 'none'))));
def('SiLU', unary((b, x) => b.op('Mul', [x, b.op('Sigmoid', [x])])));
def('Mish', unary((b, x) => b.op('Mul', [x, b.op('Tanh', [b.op('Softplus', [x])])])));
def('Softplus', unary((b, x, a) => {
  const beta = positional(a, 'beta', 0, 1);
  return beta === 1 ? b.op('Softplus', [x]) : b.op('Div', [b.op('Softplus', [b.op('Mul', [x, b.scalar(beta)])]), b.scalar(beta)]);
}));
def('Softsign', unary((b, x) => b.op('Softsign', [x])));
def('Hardswish', unary((b, x) => b.op('HardSwish', [x])));
def('Hardsigmoid', unary((b, x) => b.op('HardSigmoid', [x], { alpha: attr.float(1 / 6), beta: attr.float(0.5) })));
def('LogSigmoid', unary((b, x) => b.op('Neg', [b.op('Softplus', [b.op('Neg', [x])])])));
def('Tanhshrink', unary((b, x) => b.op('Sub', [x, b.op('Tanh', [x])])));
def('Softshrink', unary((b, x, a) => {
  const l = positional(a, 'lambd', 0, 0.5);
  return b.op('Shrink', [x], { lambd: attr.float(l), bias: attr.float(l) });
}));
def('Hardshrink', unary((b, x, a) => b.op('Shrink', [x], { lambd: attr.float(positional(a, 'lambd', 0, 0.5)) })));
def('Threshold', unary((b, x, a) => b.op('Where', [b.op('Greater', [x, b.scalar(positional(a, 'threshold', 0, 0))]), x, b.scalar(positional(a, 'value', 1, 0))])));
def('Softmax', unary((b, x, a, rank) => b.op('Softmax', [x], { axis: attr.int(softmaxDim(a, rank)) })));
def('LogSoftmax', unary((b, x, a, rank) => b.op('LogSoftmax', [x], { axis: attr.int(softmaxDim(a, rank)) })));
def('Softmin', unary((b, x, a, rank) => b.op('Softmax', [b.op('Neg', [x])], { axis: attr.int(softmaxDim(a, rank)) })));
// Softmax over the channels of a (C, H, W) or (N, C, H, W) tensor.
def('Softmax2d', unary((b, x, _a, rank) => {
  if (rank !== 3 && rank !== 4) throw unsupported(`Softmax2d needs a 3-d or 4-d input, got ${rank}-d`, `Softmax2d 需要 3 维或 4 维输入，实际为 ${rank} 维`);
  return b.op('Softmax', [x], { axis: attr.int(-3) });
}));
def('GLU', {
  build: (b, a, [x], [s]) => {
    const [first, second] = b.g.nodeMulti('Split', [x], ['glu_a', 'glu_b'], { axis: attr.int(normAxis(num(a, 'dim', -1), s.length)) });
    return [b.op('Mul', [first, b.op('Sigmoid', [second])])];
  },
});

function gelu(b: LayerGraph, x: string, approximate: string): string {
  const half = b.op('Mul', [x, b.scalar(0.5)]);
  if (approximate === 'tanh') {
    // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
    const cube = b.op('Mul', [b.op('Mul', [x, x]), x]);
    const inner = b.op('Mul', [b.op('Add', [x, b.op('Mul', [cube, b.scalar(0.044715)])]), b.scalar(Math.sqrt(2 / Math.PI))]);
    return b.op('Mul', [half, b.op('Add', [b.op('Tanh', [inner]), b.scalar(1)])]);
  }
  // 0.5·x·(1 + erf(x / √2)); ONNX's Gelu op needs opset 20.
  return b.op('Mul', [half, b.op('Add', [b.op('Erf', [b.op('Div', [x, b.scalar(Math.SQRT2)])]), b.scalar(1)])]);
}

/** PyTorch's `dim=None` for softmax: dim 0 for 0-, 1- and 3-d inputs, else 1 (its legacy rule). */
function softmaxDim(a: Attrs, rank: number): number {
  const d = a.dim;
  if (isNum(d)) return normAxis(d, rank);
  if (Array.isArray(a.args) && isNum(a.args[0])) return normAxis(a.args[0] as number, rank);
  return rank === 0 || rank === 1 || rank === 3 ? 0 : 1;
}

// Linear layers.
def(['Linear', 'LazyLinear'], {
  build: (b, a, [x], [s]) => {
    const inF = isNum(a.in_features) ? a.in_features : s[s.length - 1];
    const outF = num(a, 'out_features');
    const y = b.op('MatMul', [x, b.weight([inF, outF])]);
    return [flag(a, 'bias', true) ? b.op('Add', [y, b.weight([outF])]) : y];
  },
});

// Convolutions, plain and transposed.
for (const n of [1, 2, 3]) {
  def([`Conv${n}d`, `LazyConv${n}d`], { spatial: n, build: (b, a, [x], [s]) => [conv(b, a, x, s, n, false)] });
  def([`ConvTranspose${n}d`, `LazyConvTranspose${n}d`], { spatial: n, build: (b, a, [x], [s]) => [conv(b, a, x, s, n, true)] });
}

function conv(b: LayerGraph, a: Attrs, x: string, s: number[], n: number, transposed: boolean): string {
  const inC = isNum(a.in_channels) ? a.in_channels : s[1];
  const outC = num(a, 'out_channels');
  const groups = num(a, 'groups', 1);
  const k = tuple(a, 'kernel_size', n);
  const stride = tuple(a, 'stride', n, 1);
  const dilation = tuple(a, 'dilation', n, 1);
  if (inC % groups !== 0 || outC % groups !== 0) throw unsupported(`channels ${inC} → ${outC} do not divide into ${groups} groups`, `通道 ${inC} → ${outC} 不能均分为 ${groups} 组`);
  let begin: number[];
  let end: number[];
  const padding = a.padding;
  if (padding === 'valid') begin = end = new Array<number>(n).fill(0);
  else if (padding === 'same') {
    // PyTorch pads d·(k − 1) in total per dim, the odd one at the end (as ONNX SAME_UPPER).
    const total = k.map((kk, i) => dilation[i] * (kk - 1));
    begin = total.map((t) => Math.floor(t / 2));
    end = total.map((t, i) => t - begin[i]);
  } else begin = end = tuple(a, 'padding', n, 0);
  const mode = text(a, 'padding_mode', 'zeros');
  let input = x;
  if (mode !== 'zeros' && [...begin, ...end].some((p) => p !== 0)) {
    // Non-zero padding modes pad first, then convolve without padding (as PyTorch does).
    const onnxMode = mode === 'reflect' ? 'reflect' : mode === 'replicate' ? 'edge' : undefined;
    if (!onnxMode) throw unsupported(`padding_mode='${mode}' needs ONNX Pad mode 'wrap' (opset 19); these models use opset 17`, `padding_mode='${mode}' 需要 ONNX Pad 的 'wrap' 模式（opset 19），这里的模型用 opset 17`);
    input = b.op('Pad', [x, b.ints([0, 0, ...begin, 0, 0, ...end])], { mode: attr.string(onnxMode) });
    begin = end = new Array<number>(n).fill(0);
  }
  const attrs: Record<string, Attr> = { kernel_shape: attr.ints(k), strides: attr.ints(stride), dilations: attr.ints(dilation), pads: attr.ints([...begin, ...end]), group: attr.int(groups) };
  const w = transposed ? b.weight([inC, outC / groups, ...k]) : b.weight([outC, inC / groups, ...k]);
  if (transposed) attrs.output_padding = attr.ints(tuple(a, 'output_padding', n, 0));
  const inputs = [input, w, ...(flag(a, 'bias', true) ? [b.weight([outC])] : [])];
  return b.op(transposed ? 'ConvTranspose' : 'Conv', inputs, attrs);
}

// Normalization.
for (const n of [1, 2, 3]) {
  def([`BatchNorm${n}d`, `LazyBatchNorm${n}d`], {
    build: (b, a, [x], [s]) => {
      const c = isNum(a.num_features) ? a.num_features : s[1];
      // Inference-mode BN (running statistics): the same shapes as training mode, and WebGPU runs it.
      return [b.op('BatchNormalization', [x, b.weight([c], 0.5, 1.5), b.weight([c]), b.weight([c]), b.weight([c], 0.5, 1.5)], { epsilon: attr.float(num(a, 'eps', 1e-5)) })];
    },
  });
  def([`InstanceNorm${n}d`, `LazyInstanceNorm${n}d`], {
    spatial: n,
    build: (b, a, [x], [s]) => {
      const c = isNum(a.num_features) ? a.num_features : s[1];
      return [b.op('InstanceNormalization', [x, b.weight([c], 0.5, 1.5), b.weight([c])], { epsilon: attr.float(num(a, 'eps', 1e-5)) })];
    },
  });
}
def('LayerNorm', {
  build: (b, a, [x]) => {
    const shape = Array.isArray(a.normalized_shape) ? (a.normalized_shape as number[]) : [num(a, 'normalized_shape')];
    const affine = flag(a, 'elementwise_affine', true);
    // ONNX needs a scale; without elementwise_affine it is ones.
    const scale = affine ? b.weight(shape, 0.5, 1.5) : b.floats(new Array<number>(shape.reduce((p, d) => p * d, 1)).fill(1), shape);
    const inputs = [x, scale, ...(affine && flag(a, 'bias', true) ? [b.weight(shape)] : [])];
    return [b.op('LayerNormalization', inputs, { axis: attr.int(-shape.length), epsilon: attr.float(num(a, 'eps', 1e-5)) })];
  },
});
def('GroupNorm', {
  build: (b, a, [x], [s]) => {
    // From primitives: ONNX GroupNormalization needs opset 18.
    const groups = num(a, 'num_groups');
    const c = num(a, 'num_channels');
    const grouped = b.op('Reshape', [x, b.ints([0, groups, -1])]);
    const mean = b.op('ReduceMean', [grouped], { axes: attr.ints([2]), keepdims: attr.int(1) });
    const centered = b.op('Sub', [grouped, mean]);
    const variance = b.op('ReduceMean', [b.op('Mul', [centered, centered])], { axes: attr.ints([2]), keepdims: attr.int(1) });
    const normed = b.op('Div', [centered, b.op('Sqrt', [b.op('Add', [variance, b.scalar(num(a, 'eps', 1e-5))])])]);
    const y = b.op('Reshape', [normed, b.op('Shape', [x])]);
    if (!flag(a, 'affine', true)) return [y];
    const perChannel = [c, ...new Array<number>(Math.max(0, s.length - 2)).fill(1)];
    return [b.op('Add', [b.op('Mul', [y, b.weight(perChannel, 0.5, 1.5)]), b.weight(perChannel)])];
  },
});
def('LocalResponseNorm', {
  build: (b, a, [x]) => [b.op('LRN', [x], { size: attr.int(num(a, 'size')), alpha: attr.float(num(a, 'alpha', 1e-4)), beta: attr.float(num(a, 'beta', 0.75)), bias: attr.float(num(a, 'k', 1)) })],
});

// Pooling.
for (const n of [1, 2, 3]) {
  def(`MaxPool${n}d`, {
    spatial: n,
    build: (b, a, [x]) => {
      const k = tuple(a, 'kernel_size', n);
      const attrs = { kernel_shape: attr.ints(k), strides: attr.ints(a.stride === null || a.stride === undefined ? k : tuple(a, 'stride', n)), pads: attr.ints([...tuple(a, 'padding', n, 0), ...tuple(a, 'padding', n, 0)]), dilations: attr.ints(tuple(a, 'dilation', n, 1)), ceil_mode: attr.int(flag(a, 'ceil_mode', false) ? 1 : 0) };
      if (!flag(a, 'return_indices', false)) return [b.op('MaxPool', [x], attrs)];
      return b.g.nodeMulti('MaxPool', [x], ['pooled', 'indices'], attrs);
    },
  });
  def(`AvgPool${n}d`, {
    spatial: n,
    build: (b, a, [x]) => {
      if (isNum(a.divisor_override)) throw unsupported('divisor_override has no counterpart in ONNX AveragePool', 'ONNX AveragePool 没有与 divisor_override 对应的属性');
      const k = tuple(a, 'kernel_size', n);
      const pads = tuple(a, 'padding', n, 0);
      return [b.op('AveragePool', [x], { kernel_shape: attr.ints(k), strides: attr.ints(a.stride === null || a.stride === undefined ? k : tuple(a, 'stride', n)), pads: attr.ints([...pads, ...pads]), ceil_mode: attr.int(flag(a, 'ceil_mode', false) ? 1 : 0), count_include_pad: attr.int(flag(a, 'count_include_pad', true) ? 1 : 0) })];
    },
  });
  for (const kind of ['Avg', 'Max'] as const) {
    def(`Adaptive${kind}Pool${n}d`, { spatial: n, readsDims: true, build: (b, a, [x], [s]) => adaptivePool(b, a, x, s, n, kind) });
  }
}

/**
 * Adaptive pools split each dim into `out` windows. When `in` divides evenly, every window has size in/out at
 * stride in/out — one ordinary pool; output 1 is a global pool. Otherwise windows differ in size, which no
 * single ONNX pool expresses.
 */
function adaptivePool(b: LayerGraph, a: Attrs, x: string, s: number[], n: number, kind: 'Avg' | 'Max'): string[] {
  const spatialIn = s.slice(-n);
  const raw = a.output_size;
  const target = Array.isArray(raw) ? raw.map((v, i) => (v === null ? spatialIn[i] : v)) : new Array<LayerAttr>(n).fill(raw);
  if (!target.every(isNum) || target.length !== n) throw unsupported(`output_size ${JSON.stringify(raw)} is not understood`, `无法理解 output_size ${JSON.stringify(raw)}`);
  const out = target as number[];
  if (kind === 'Max' && flag(a, 'return_indices', false)) throw unsupported('return_indices of an adaptive pool has no ONNX counterpart', '自适应池化的 return_indices 在 ONNX 中没有对应');
  if (out.every((o) => o === 1)) return [b.op(kind === 'Avg' ? 'GlobalAveragePool' : 'GlobalMaxPool', [x])];
  const uneven = spatialIn.findIndex((d, i) => d % out[i] !== 0);
  if (uneven >= 0) {
    const d = spatialIn[uneven];
    throw unsupported(`${d} does not divide into ${out[uneven]} windows: the windows differ in size, which one ONNX pool cannot express`, `${d} 不能均分为 ${out[uneven]} 个窗口：窗口大小不一，单个 ONNX 池化无法表达`);
  }
  const k = spatialIn.map((d, i) => d / out[i]);
  return [b.op(kind === 'Avg' ? 'AveragePool' : 'MaxPool', [x], { kernel_shape: attr.ints(k), strides: attr.ints(k) })];
}

// Reshaping: the target shape is assembled from the input's own Shape at run time, so the dims that move
// through (and the merged product) are ORT's, never ours.
function dimsOf(b: LayerGraph, x: string, from: number, to: number): string {
  return b.op('Slice', [b.op('Shape', [x]), b.ints([from]), b.ints([to])]);
}
def('Flatten', {
  build: (b, a, [x], [s]) => {
    const r = s.length;
    const start = normAxis(num(a, 'start_dim', 1), r);
    const end = normAxis(num(a, 'end_dim', -1), r);
    if (start >= end) return [b.op('Identity', [x])];
    const merged = b.op('ReduceProd', [dimsOf(b, x, start, end + 1)], { keepdims: attr.int(1) });
    return [b.op('Reshape', [x, b.op('Concat', [dimsOf(b, x, 0, start), merged, dimsOf(b, x, end + 1, r)], { axis: attr.int(0) })])];
  },
});
def('Unflatten', {
  build: (b, a, [x], [s]) => {
    const dim = normAxis(num(a, 'dim'), s.length);
    const sizes = a.unflattened_size;
    if (!Array.isArray(sizes) || !sizes.every(isNum)) throw unsupported(`unflattened_size ${JSON.stringify(sizes)} is not a list of ints`, `unflattened_size ${JSON.stringify(sizes)} 不是整数列表`);
    const target = b.op('Concat', [dimsOf(b, x, 0, dim), b.ints(sizes as number[]), dimsOf(b, x, dim + 1, s.length)], { axis: attr.int(0) });
    return [b.op('Reshape', [x, target])];
  },
});
def('PixelShuffle', {
  build: (b, a, [x], [s]) => {
    if (s.length !== 4) throw unsupported(`ONNX DepthToSpace takes 4-d input, this call has ${s.length}-d`, `ONNX DepthToSpace 只接受 4 维输入，这次调用为 ${s.length} 维`);
    // CRD is PyTorch's channel order.
    return [b.op('DepthToSpace', [x], { blocksize: attr.int(num(a, 'upscale_factor')), mode: attr.string('CRD') })];
  },
});
def('PixelUnshuffle', {
  build: (b, a, [x], [s]) => {
    if (s.length !== 4) throw unsupported(`ONNX SpaceToDepth takes 4-d input, this call has ${s.length}-d`, `ONNX SpaceToDepth 只接受 4 维输入，这次调用为 ${s.length} 维`);
    // SpaceToDepth orders the channels block-first where PyTorch is channel-first: same shape, other order.
    return [b.op('SpaceToDepth', [x], { blocksize: attr.int(num(a, 'downscale_factor')) })];
  },
});
// PyTorch's Upsampling*2d classes fix the mode (bilinear with align_corners=True).
def('Upsample', { build: (b, a, [x], [s]) => [resize(b, a, x, s.length, text(a, 'mode', 'nearest'), flag(a, 'align_corners', false))] });
def('UpsamplingNearest2d', { build: (b, a, [x], [s]) => [resize(b, a, x, s.length, 'nearest', false)] });
def('UpsamplingBilinear2d', { build: (b, a, [x], [s]) => [resize(b, a, x, s.length, 'bilinear', true)] });

/** Resize with PyTorch's coordinate rules for each interpolate mode. */
function resize(b: LayerGraph, a: Attrs, x: string, rank: number, mode: string, alignCorners: boolean): string {
  const attrs: Record<string, Attr> = {};
  if (mode === 'nearest') Object.assign(attrs, { mode: attr.string('nearest'), coordinate_transformation_mode: attr.string('asymmetric'), nearest_mode: attr.string('floor') });
  else if (mode === 'nearest-exact') Object.assign(attrs, { mode: attr.string('nearest'), coordinate_transformation_mode: attr.string('half_pixel'), nearest_mode: attr.string('round_prefer_ceil') });
  else if (['linear', 'bilinear', 'trilinear', 'bicubic'].includes(mode)) {
    attrs.mode = attr.string(mode === 'bicubic' ? 'cubic' : 'linear');
    attrs.coordinate_transformation_mode = attr.string(alignCorners ? 'align_corners' : 'pytorch_half_pixel');
    if (mode === 'bicubic') attrs.cubic_coeff_a = attr.float(-0.75);
  } else throw unsupported(`interpolation mode '${mode}' has no ONNX Resize counterpart`, `插值模式 '${mode}' 在 ONNX Resize 中没有对应`);
  const spatial = rank - 2;
  const size = a.size;
  if (size !== null && size !== undefined) {
    const sizes = Array.isArray(size) ? size : new Array<LayerAttr>(spatial).fill(size);
    if (!sizes.every(isNum) || sizes.length !== spatial) throw unsupported(`size ${JSON.stringify(size)} does not fit a ${rank}-d input`, `size ${JSON.stringify(size)} 与 ${rank} 维输入不符`);
    // Batch and channels come from the input itself, at run time.
    const nc = dimsOf(b, x, 0, 2);
    return b.op('Resize', [x, '', '', b.op('Concat', [nc, b.ints(sizes as number[])], { axis: attr.int(0) })], attrs);
  }
  const factor = a.scale_factor;
  const scales = Array.isArray(factor) ? factor : new Array<LayerAttr>(spatial).fill(factor);
  if (!scales.every(isNum) || scales.length !== spatial) throw unsupported(`scale_factor ${JSON.stringify(factor)} does not fit a ${rank}-d input`, `scale_factor ${JSON.stringify(factor)} 与 ${rank} 维输入不符`);
  return b.op('Resize', [x, '', b.floats([1, 1, ...(scales as number[])])], attrs);
}

// Padding layers: PyTorch lists pads last dim first, (left, right, top, bottom, front, back).
for (const n of [1, 2, 3]) {
  const padSpec = (mode: string, value?: (a: Attrs) => number): Spec => ({
    build: (b, a, [x], [s]) => {
      const p = a.padding;
      const flat = Array.isArray(p) ? p : new Array<LayerAttr>(2 * n).fill(p);
      if (!flat.every(isNum) || flat.length !== 2 * n) throw unsupported(`padding ${JSON.stringify(p)} is not ${2 * n} ints`, `padding ${JSON.stringify(p)} 不是 ${2 * n} 个整数`);
      const begin = new Array<number>(s.length).fill(0);
      const end = new Array<number>(s.length).fill(0);
      for (let i = 0; i < n; i++) {
        begin[s.length - 1 - i] = flat[2 * i] as number;
        end[s.length - 1 - i] = flat[2 * i + 1] as number;
      }
      const inputs = [x, b.ints([...begin, ...end]), ...(value ? [b.scalar(value(a))] : [])];
      return [b.op('Pad', inputs, { mode: attr.string(mode) })];
    },
  });
  def(`ZeroPad${n}d`, padSpec('constant', () => 0));
  def(`ConstantPad${n}d`, padSpec('constant', (a) => num(a, 'value', 0)));
  def(`ReflectionPad${n}d`, padSpec('reflect'));
  def(`ReplicationPad${n}d`, padSpec('edge'));
  def(`CircularPad${n}d`, {
    build: () => {
      throw unsupported("circular padding needs ONNX Pad mode 'wrap' (opset 19); these models use opset 17", "循环填充需要 ONNX Pad 的 'wrap' 模式（opset 19），这里的模型用 opset 17");
    },
  });
}

// Embeddings: Gather rows of the table by int64 index.
def('Embedding', {
  inputs: (a) => [{ dtype: 'int64', high: num(a, 'num_embeddings') }],
  build: (b, a, [idx]) => [b.op('Gather', [b.weight([num(a, 'num_embeddings'), num(a, 'embedding_dim')]), idx], { axis: attr.int(0) })],
});
def('EmbeddingBag', {
  inputs: (a) => [{ dtype: 'int64', high: num(a, 'num_embeddings') }],
  build: (b, a, [idx], [s]) => {
    // A 2-d input is one bag per row; a 1-d input needs offsets, which the row does not carry.
    if (s.length !== 2) throw unsupported('a 1-d EmbeddingBag input needs offsets; only 2-d inputs (one bag per row) are built', '1 维 EmbeddingBag 输入需要 offsets；这里只构建 2 维输入（每行一个 bag）');
    const mode = text(a, 'mode', 'mean');
    const reduce = mode === 'sum' ? 'ReduceSum' : mode === 'max' ? 'ReduceMax' : 'ReduceMean';
    const rows = b.op('Gather', [b.weight([num(a, 'num_embeddings'), num(a, 'embedding_dim')]), idx], { axis: attr.int(0) });
    return [reduce === 'ReduceSum' ? b.op(reduce, [rows, b.ints([1])], { keepdims: attr.int(0) }) : b.op(reduce, [rows], { axes: attr.ints([1]), keepdims: attr.int(0) })];
  },
});

/** Layer types the confirmation builds (for the docs and tests). */
export const SUPPORTED_LAYERS: readonly string[] = [...SPECS.keys()].sort();

/**
 * The ONNX model of one call of layer `op` with constructor arguments `attrs` on inputs of shapes `ins`.
 * Throws Unsupported with the reason when there is no faithful model.
 */
export function layerModel(op: string, attrs: Attrs, ins: number[][]): LayerModel {
  const spec = SPECS.get(op);
  if (!spec) throw unsupported(`ML Lens does not build an ONNX model for ${op}`, `ML Lens 尚未为 ${op} 构建 ONNX 模型`);
  const arity = spec.arity ?? 1;
  if (ins.length !== arity) throw unsupported(`${op} is called with ${ins.length} tensors here; the ONNX model takes ${arity}`, `这里 ${op} 接收 ${ins.length} 个张量，ONNX 模型接收 ${arity} 个`);
  const inputs = spec.inputs?.(attrs) ?? new Array<LayerInput>(arity).fill({ dtype: 'float32' });
  // An N-d layer called without the batch dim: add it for ONNX, take it off again.
  const unbatched = spec.spatial !== undefined && ins[0].length === spec.spatial + 1;
  const batchedShapes = unbatched ? ins.map((s) => [1, ...s]) : ins;
  // Built now, so that an unsupported use is known before anything runs.
  const b = new LayerGraph(op);
  let xs = ins.map((s, i) => b.g.input(`x${i}`, inputs[i].dtype, s.map((_, d) => `x${i}_d${d}`)));
  if (unbatched) xs = xs.map((x) => b.op('Unsqueeze', [x, b.ints([0])]));
  const ys = spec.build(b, attrs, xs, batchedShapes);
  ys.forEach((y, i) => {
    b.g.node(unbatched ? 'Squeeze' : 'Identity', unbatched ? [y, b.ints([0])] : [y], {}, `y${i}`);
    b.g.output(`y${i}`, i > 0 && op.startsWith('MaxPool') ? 'int64' : 'float32');
  });
  const bytes = b.g.toBytes({ docString: `ML Lens shape check: torch.nn.${op}` });
  const key = JSON.stringify([op, attrs, ins.map((s) => s.length), spec.readsDims ? ins : null]);
  return { key, inputs, outputs: ys.length, build: () => bytes };
}
