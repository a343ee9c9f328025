/**
 * Shape rules of tensor functions and methods: `torch.*`, `torch.nn.functional.*`, `x.view(...)`, `x.shape`,
 * indexing, arithmetic. A function is looked up by its short name; `torch.cat(xs, 1)` and `x.cat` never
 * collide because methods pass the receiver as the first argument, exactly like torch's own dispatch.
 */
import { add, ceilDiv, differ, divExact, floorDiv, mul, product, show, sub, type Dim } from './dim';
import { NeedValues, ShapeError } from './errors';
import type { Interpreter } from './interpreter';
import { adaptiveShape, convShape, interpolateShape, poolShape } from './layers';
import { axis, broadcast, expectRank, matmulShape, viewShape } from './shapeMath';
import { describe, isDim, isSeq, isTensor, isUnknown, kindOf, NONE, tensor, tuple, unknown, type Tensor, type Value } from './values';

const DTYPES: Record<string, string> = {
  float32: 'float32', float: 'float32', float16: 'float16', half: 'float16', bfloat16: 'bfloat16', float64: 'float64', double: 'float64',
  int64: 'int64', long: 'int64', int32: 'int32', int: 'int32', int16: 'int16', short: 'int16', int8: 'int8', uint8: 'uint8', bool: 'bool',
};
const MATH: Record<string, number> = { pi: Math.PI, e: Math.E, inf: Infinity, tau: 2 * Math.PI };

export function apiAttribute(path: string, name: string): Value {
  if (path === 'torch' && DTYPES[name]) return { k: 'dtype', name: DTYPES[name] };
  if (path === 'math' && name in MATH) return MATH[name];
  if ((path === 'numpy' || path === 'np') && name in MATH) return MATH[name];
  return { k: 'api', path: `${path}.${name}` };
}

// ------------------------------------------------------------------ argument helpers

type Args = { args: Value[]; kwargs: Map<string, Value>; line: number; what: string };

function get(a: Args, index: number, name: string): Value | undefined {
  if (a.kwargs.has(name)) return a.kwargs.get(name);
  return index >= 0 && index < a.args.length ? a.args[index] : undefined;
}

function need(v: Value | undefined, what: string, line: number): Value {
  if (v === undefined) throw new NeedValues(`${what} is missing`, line, []);
  if (isUnknown(v)) throw new NeedValues(`${what}: ${v.why}`, line, v.missing ?? []);
  return v;
}

export function intOf(v: Value | undefined, what: string, line: number, dflt?: number): number {
  if (v === undefined || v === null) {
    if (dflt !== undefined) return dflt;
  }
  const x = need(v, what, line);
  if (typeof x === 'boolean') return Number(x);
  if (typeof x !== 'number') throw new NeedValues(`${what} must be a known integer, got ${describe(x)}`, line, []);
  return x;
}

export function dimOf(v: Value | undefined, what: string, line: number): Dim {
  const x = need(v, what, line);
  if (isDim(x)) return x;
  if (isTensor(x) && x.shape.length === 0) throw new NeedValues(`${what} is a tensor value, not a size`, line, []);
  throw new NeedValues(`${what} must be a size, got ${describe(x)}`, line, []);
}

/** An int or a tuple of ints, expanded to n entries (kernel_size=3 → [3, 3]). */
export function intsOf(v: Value | undefined, n: number, what: string, line: number, dflt?: number[]): number[] {
  if ((v === undefined || v === null) && dflt) return dflt;
  const x = need(v, what, line);
  if (isSeq(x)) {
    const out = x.items.map((i) => intOf(i, what, line));
    if (out.length === 1 && n > 1) return Array(n).fill(out[0]);
    if (out.length !== n) throw new ShapeError(`${what} needs ${n} values, got ${describe(x)}`, line);
    return out;
  }
  return Array(n).fill(intOf(x, what, line));
}

/** Sizes given as varargs (`view(2, 3)`) or one tuple (`view((2, 3))`, `view(x.shape)`). */
function sizesOf(vs: Value[], what: string, line: number): Dim[] {
  const flat = vs.length === 1 && isSeq(vs[0]) ? vs[0].items : vs;
  return flat.map((v) => dimOf(v, what, line));
}

function tensorArg(v: Value | undefined, what: string, line: number): Tensor {
  const x = need(v, what, line);
  if (isTensor(x)) return x;
  if (typeof x === 'number' || typeof x === 'boolean') return tensor([], typeof x === 'boolean' ? 'bool' : Number.isInteger(x) ? 'int64' : 'float32');
  throw new NeedValues(`${what} must be a tensor, got ${describe(x)}`, line, []);
}

function dtypeOf(v: Value | undefined, dflt: string): string {
  return v && kindOf(v) === 'dtype' ? (v as { name: string }).name : dflt;
}

const like = (t: Tensor, shape: Dim[], dtype = t.dtype): Tensor => ({ k: 'tensor', shape, dtype });

// ------------------------------------------------------------------ tensors: attributes, indexing, arithmetic

export function tensorAttribute(t: Tensor, name: string, line: number): Value {
  switch (name) {
    case 'shape':
      return tuple([...t.shape]);
    case 'ndim':
      return t.shape.length;
    case 'dtype':
      return { k: 'dtype', name: t.dtype };
    case 'T':
    case 'mT':
      return t.shape.length < 2 ? t : like(t, name === 'T' ? [...t.shape].reverse() : [...t.shape.slice(0, -2), t.shape[t.shape.length - 1], t.shape[t.shape.length - 2]]);
    case 'data':
    case 'grad':
      return t;
    case 'device':
    case 'is_cuda':
    case 'requires_grad':
      return unknown(`tensor.${name}`);
    default:
      return { k: 'builtin', name: `Tensor.${name}`, call: (args, kwargs) => tensorMethod(t, name, args, kwargs, line) };
  }
}

export function binaryTensor(op: string, a: Value, b: Value, line: number): Value {
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  const ta = tensorArg(a, 'left operand', line);
  const tb = tensorArg(b, 'right operand', line);
  if (op === '@') return like(ta, matmulShape(ta.shape, tb.shape, line));
  const shape = broadcast(ta.shape, tb.shape, line, `\`${op}\``);
  const cmp = ['<', '>', '<=', '>=', '==', '!='].includes(op);
  const dtype = cmp ? 'bool' : isTensor(a) ? ta.dtype : tb.dtype;
  return like(isTensor(a) ? ta : tb, shape, op === '/' && dtype.startsWith('int') ? 'float32' : dtype);
}

/** Basic and advanced indexing: ints drop a dim, slices keep it, None adds one, `...` fills, bool/int tensors gather. */
export function indexTensor(t: Tensor, keys: Value[], line: number): Value {
  const out: Dim[] = [];
  let dim = 0;
  const consumed = keys.filter((k) => k !== null && kindOf(k) !== 'ellipsis').reduce<number>((n, k) => n + (isTensor(k) && k.dtype === 'bool' ? Math.max(k.shape.length, 1) : 1), 0);
  let advanced: Dim[] | undefined;
  for (const k of keys) {
    if (k === null) {
      out.push(1);
      continue;
    }
    if (kindOf(k) === 'ellipsis') {
      const n = t.shape.length - consumed;
      for (let i = 0; i < n; i++) out.push(t.shape[dim++]);
      continue;
    }
    if (dim >= t.shape.length) throw new ShapeError(`too many indices for a ${t.shape.length}-d tensor ${describe(t)}`, line);
    const size = t.shape[dim];
    if (typeof k === 'number' || k instanceof Object && isDim(k)) {
      dim++;
      continue;
    }
    if (kindOf(k) === 'slice') {
      out.push(sliceLength(size, k as never, line));
      dim++;
      continue;
    }
    if (isTensor(k)) {
      if (k.dtype === 'bool') {
        advanced = [unknownCount(line)];
        dim += Math.max(k.shape.length, 1);
      } else {
        advanced = k.shape;
        dim++;
      }
      out.push(...advanced);
      continue;
    }
    if (isSeq(k)) {
      out.push(k.items.length);
      dim++;
      continue;
    }
    if (isUnknown(k)) throw new NeedValues(`index: ${k.why}`, line, k.missing ?? []);
    throw new NeedValues(`cannot index a tensor with ${describe(k)}`, line, []);
  }
  out.push(...t.shape.slice(dim));
  return like(t, out);
}

function unknownCount(line: number): never {
  throw new NeedValues('boolean-mask indexing gives a data-dependent size', line, []);
}

function sliceLength(size: Dim, s: { start: Value; stop: Value; step: Value }, line: number): Dim {
  const step = s.step === null ? 1 : intOf(s.step, 'slice step', line);
  if (step <= 0) throw new NeedValues('negative slice steps are not supported on tensors', line, []);
  const norm = (v: Value, dflt: Dim): Dim => {
    if (v === null) return dflt;
    const d = dimOf(v, 'slice bound', line);
    if (typeof d === 'number' && d < 0) return add(size, d);
    return d;
  };
  let start = norm(s.start, 0);
  let stop = norm(s.stop, size);
  if (typeof size === 'number') {
    if (typeof start === 'number') start = Math.max(0, Math.min(size, start));
    if (typeof stop === 'number') stop = Math.max(0, Math.min(size, stop));
  } else if (s.stop !== null && typeof stop === 'number') {
    // x[:, :4] on a symbolic dim: assume the dim is at least 4 (shown as such).
  }
  const len = sub(stop, start);
  if (typeof len === 'number') return Math.max(0, Math.ceil(len / step));
  return step === 1 ? len : ceilDiv(len, step);
}

// ------------------------------------------------------------------ functions

/** `torch.X`, `torch.nn.functional.X`, `math.X` calls that are not layer constructors. */
export function callApi(it: Interpreter, path: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
  const short = path.replace(/^torch\.nn\.functional\./, 'F.').replace(/^torch\.special\./, 'torch.').replace(/^torch\.linalg\./, 'torch.');
  if (short.startsWith('math.')) return mathCall(short.slice(5), args);
  if (path === 'torch.nn.Parameter' || path === 'torch.nn.parameter.Parameter') {
    const t = tensorArg(args[0] ?? kwargs.get('data'), 'nn.Parameter data', line);
    return { ...t, param: it.newParam(t.shape) };
  }
  if (path === 'torch.Size') return tuple(isSeq(args[0] ?? NONE) ? [...(args[0] as { items: Value[] }).items] : []);
  if (path === 'collections.OrderedDict') return it.call(it.globals.lookup('dict')!, args, kwargs, it.root);
  if (path.startsWith('torch.nn.init.') || path === 'torch.manual_seed' || path.startsWith('torch.backends.') || path === 'warnings.warn' || path === 'logging.info') return NONE;
  if (short.startsWith('torch.') || short.startsWith('F.')) {
    const name = short.slice(short.indexOf('.') + 1);
    const creator = createTensor(name, args, kwargs, line);
    if (creator) return creator;
    if (args.length === 0 && !kwargs.size) return unknown(`${path}()`);
    const first = args[0] ?? kwargs.get('input');
    if (first !== undefined && isTensor(first)) return tensorFunction(name, first, args.slice(1), kwargs, line, short.startsWith('F.'));
    if (name === 'cat' || name === 'concat' || name === 'concatenate' || name === 'stack' || name === 'hstack' || name === 'vstack') return joinTensors(name, args, kwargs, line);
    if (first !== undefined && isUnknown(first)) throw new NeedValues(`${path}: ${first.why}`, line, first.missing ?? []);
    if (first !== undefined && (typeof first === 'number' || isDim(first))) return unknown(`${path} of a number`);
  }
  return unknown(`${path}(…)`);
}

function mathCall(name: string, args: Value[]): Value {
  const xs = args.filter((a): a is number => typeof a === 'number');
  if (xs.length !== args.length || !xs.length) return unknown(`math.${name}(…)`);
  const f: Record<string, (...v: number[]) => number> = {
    sqrt: Math.sqrt, ceil: Math.ceil, floor: Math.floor, log: (x, b) => (b ? Math.log(x) / Math.log(b) : Math.log(x)), log2: Math.log2, log10: Math.log10,
    exp: Math.exp, pow: Math.pow, prod: (...v) => v.reduce((a, b) => a * b, 1), gcd: gcd, isqrt: (x) => Math.floor(Math.sqrt(x)), fabs: Math.abs, cos: Math.cos, sin: Math.sin,
  };
  return f[name] ? f[name](...xs) : unknown(`math.${name}(…)`);
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function createTensor(name: string, args: Value[], kwargs: Map<string, Value>, line: number): Value | undefined {
  const dtype = (d: string) => dtypeOf(kwargs.get('dtype'), d);
  switch (name) {
    case 'zeros':
    case 'ones':
    case 'empty':
    case 'rand':
    case 'randn':
      if (args.length === 0 && kwargs.has('size')) return tensor(sizesOf([kwargs.get('size')!], 'size', line), dtype('float32'));
      return tensor(sizesOf(args, `torch.${name} size`, line), dtype('float32'));
    case 'full':
      return tensor(sizesOf([args[0] ?? kwargs.get('size')!], 'size', line), dtype(typeof args[1] === 'number' && Number.isInteger(args[1]) ? 'int64' : 'float32'));
    case 'randint': {
      const size = args.length >= 3 ? args[2] : args.length === 2 ? args[1] : kwargs.get('size');
      return tensor(sizesOf([size ?? NONE], 'randint size', line), dtype('int64'));
    }
    case 'arange': {
      const nums = args.map((a) => (isDim(a) ? a : undefined));
      if (nums.some((n) => n === undefined)) {
        const u = args.find(isUnknown);
        throw new NeedValues(`torch.arange bounds: ${u ? u.why : 'not sizes'}`, line, u?.missing ?? []);
      }
      const [a, b, c] = nums as Dim[];
      const [start, end, step] = nums.length === 1 ? [0, a, 1] : [a, b, c ?? 1];
      const len = typeof step === 'number' && step === 1 ? sub(end, start) : ceilDiv(sub(end, start), step);
      const floaty = args.some((x) => typeof x === 'number' && !Number.isInteger(x));
      return tensor([len], dtype(floaty ? 'float32' : 'int64'));
    }
    case 'linspace':
    case 'logspace':
      return tensor([dimOf(args[2] ?? kwargs.get('steps'), 'steps', line)], dtype('float32'));
    case 'eye': {
      const n = dimOf(args[0] ?? kwargs.get('n'), 'n', line);
      return tensor([n, args[1] !== undefined ? dimOf(args[1], 'm', line) : n], dtype('float32'));
    }
    case 'tensor':
    case 'as_tensor': {
      const shape: Dim[] = [];
      let v: Value = args[0] ?? NONE;
      while (isSeq(v)) {
        shape.push(v.items.length);
        v = v.items[0] ?? NONE;
      }
      const allInts = typeof v === 'number' && Number.isInteger(v);
      return tensor(shape, dtype(typeof v === 'boolean' ? 'bool' : allInts ? 'int64' : 'float32'));
    }
    case 'zeros_like':
    case 'ones_like':
    case 'empty_like':
    case 'rand_like':
    case 'randn_like':
    case 'full_like': {
      const t = tensorArg(args[0], `torch.${name}`, line);
      return like(t, [...t.shape], dtype(t.dtype));
    }
    default:
      return undefined;
  }
}

function joinTensors(name: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
  const seq = need(args[0] ?? kwargs.get('tensors'), `torch.${name} tensors`, line);
  if (!isSeq(seq)) throw new NeedValues(`torch.${name} needs a list of tensors, got ${describe(seq)}`, line, []);
  const ts = seq.items.map((x, i) => tensorArg(x, `torch.${name} tensor ${i}`, line));
  if (!ts.length) throw new ShapeError(`torch.${name} of an empty list`, line);
  if (name === 'hstack') return joinTensors('cat', [seq, ts[0].shape.length === 1 ? 0 : 1], new Map(), line);
  if (name === 'vstack') return joinTensors('cat', [seq, 0], new Map(), line);
  const dimArg = intOf(args[1] ?? kwargs.get('dim') ?? kwargs.get('axis'), 'dim', line, 0);
  if (name === 'stack') {
    const d = axis(dimArg, ts[0].shape.length + 1, line);
    for (const t of ts.slice(1)) if (t.shape.length !== ts[0].shape.length || t.shape.some((x, i) => differ(x, ts[0].shape[i]))) {
      throw new ShapeError(`torch.stack needs equal shapes, got ${describe(ts[0])} and ${describe(t)}`, line);
    }
    const out = [...ts[0].shape];
    out.splice(d, 0, ts.length);
    return like(ts[0], out);
  }
  const rank = ts[0].shape.length;
  const d = axis(dimArg, rank, line, ts[0].shape);
  let total: Dim = 0;
  for (const t of ts) {
    if (t.shape.length !== rank) throw new ShapeError(`torch.cat: tensors must have the same rank, got ${describe(ts[0])} and ${describe(t)}`, line);
    t.shape.forEach((x, i) => {
      if (i !== d && differ(x, ts[0].shape[i])) throw new ShapeError(`torch.cat along dim ${dimArg}: sizes must match except in that dim, got ${describe(ts[0])} and ${describe(t)}`, line);
    });
    total = add(total, t.shape[d]);
  }
  const out = [...ts[0].shape];
  out[d] = total;
  return like(ts[0], out);
}

export function tensorMethod(t: Tensor, name: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
  return tensorFunction(name, t, args, kwargs, line, false);
}

/** Elementwise functions and methods: the output has the input's shape. */
const SAME_SHAPE = new Set([
  'relu', 'relu_', 'relu6', 'gelu', 'silu', 'mish', 'sigmoid', 'tanh', 'hardtanh', 'hardswish', 'hardsigmoid', 'elu', 'selu', 'celu', 'leaky_relu', 'leaky_relu_', 'softplus', 'softsign',
  'logsigmoid', 'prelu', 'rrelu', 'glu_', 'exp', 'log', 'log1p', 'expm1', 'sqrt', 'rsqrt', 'abs', 'neg', 'sin', 'cos', 'erf', 'square', 'reciprocal', 'sign', 'floor', 'ceil', 'round', 'trunc',
  'clamp', 'clamp_', 'clip', 'pow', 'softmax', 'log_softmax', 'dropout', 'dropout1d', 'dropout2d', 'dropout3d', 'alpha_dropout', 'feature_alpha_dropout', 'contiguous', 'clone', 'detach',
  'cuda', 'cpu', 'requires_grad_', 'masked_fill', 'masked_fill_', 'fill_', 'zero_', 'normal_', 'uniform_', 'tril', 'triu', 'nan_to_num', 'layer_norm', 'group_norm', 'batch_norm',
  'instance_norm', 'rms_norm', 'normalize', 'local_response_norm', 'add', 'add_', 'sub', 'sub_', 'mul', 'mul_', 'div', 'div_', 'cumsum', 'cumprod', 'flip', 'roll', 'lerp', 'sigmoid_',
  'tanh_', 'exp_', 'copy_', 'type_as', 'pin_memory', 'share_memory_', 'retain_grad', 'bernoulli', 'dequantize', 'abs_', 'softmin', 'threshold', 'hardshrink', 'softshrink', 'tanhshrink',
]);
const TO_DTYPE: Record<string, string> = { long: 'int64', int: 'int32', bool: 'bool', float: 'float32', half: 'float16', double: 'float64', bfloat16: 'bfloat16' };
const REDUCE = new Set(['sum', 'mean', 'amax', 'amin', 'prod', 'std', 'var', 'logsumexp', 'norm', 'all', 'any', 'nansum', 'nanmean', 'count_nonzero']);

function tensorFunction(name: string, t: Tensor, rest: Value[], kwargs: Map<string, Value>, line: number, functional: boolean): Value {
  const a: Args = { args: rest, kwargs, line, what: name };
  const rank = t.shape.length;
  const dimAt = (i: number, key = 'dim') => {
    const v = get(a, i, key);
    return v === undefined || v === null ? undefined : axis(intOf(v, `${name} dim`, line), rank, line, t.shape);
  };
  if (SAME_SHAPE.has(name)) {
    const other = get(a, 0, 'other');
    if (['add', 'sub', 'mul', 'div', 'add_', 'sub_', 'mul_', 'div_', 'lerp', 'pow'].includes(name) && other !== undefined && isTensor(other)) return binaryTensor('*', t, other, line);
    if (name === 'masked_fill' || name === 'masked_fill_') {
      const mask = get(a, 0, 'mask');
      if (mask && isTensor(mask)) broadcast(t.shape, mask.shape, line, 'masked_fill mask');
    }
    return like(t, [...t.shape]);
  }
  if (TO_DTYPE[name]) return like(t, [...t.shape], TO_DTYPE[name]);
  if (REDUCE.has(name)) return reduce(t, name, a);
  switch (name) {
    case 'to':
    case 'type': {
      const d = [...rest, ...kwargs.values()].find((x) => kindOf(x) === 'dtype') as { name: string } | undefined;
      return like(t, [...t.shape], d?.name ?? t.dtype);
    }
    case 'size': {
      const d = dimAt(0);
      return d === undefined ? tuple([...t.shape]) : t.shape[d];
    }
    case 'dim':
    case 'ndimension':
      return rank;
    case 'numel':
    case 'nelement':
      return product(t.shape);
    case 'item':
    case 'tolist':
      return unknown(`a value computed from the data (${name}())`);
    case 'view':
    case 'reshape': {
      if (rest.length === 1 && kindOf(rest[0]) === 'dtype') return like(t, [...t.shape], (rest[0] as { name: string }).name);
      const target = name === 'reshape' && functional ? sizesOf([get(a, 0, 'shape') ?? NONE], 'shape', line) : sizesOf(rest.length ? rest : [kwargs.get('shape') ?? kwargs.get('size') ?? NONE], `${name} shape`, line);
      return like(t, viewShape(t.shape, target, line));
    }
    case 'view_as':
    case 'reshape_as':
    case 'expand_as':
      return like(t, [...tensorArg(rest[0], 'other', line).shape]);
    case 'flatten': {
      if (rank === 0) return like(t, [1]);
      const s = axis(intOf(get(a, 0, 'start_dim'), 'start_dim', line, 0), rank, line, t.shape);
      const e = axis(intOf(get(a, 1, 'end_dim'), 'end_dim', line, -1), rank, line, t.shape);
      return like(t, [...t.shape.slice(0, s), product(t.shape.slice(s, e + 1)), ...t.shape.slice(e + 1)]);
    }
    case 'unflatten': {
      const d = dimAt(0)!;
      const sizes = sizesOf([get(a, 1, 'sizes') ?? NONE], 'unflatten sizes', line);
      return like(t, [...t.shape.slice(0, d), ...viewShape([t.shape[d]], sizes, line), ...t.shape.slice(d + 1)]);
    }
    case 'permute': {
      const order = (rest.length === 1 && isSeq(rest[0]) ? rest[0].items : rest.length ? rest : isSeq(kwargs.get('dims') ?? NONE) ? (kwargs.get('dims') as { items: Value[] }).items : []).map((d) => axis(intOf(d, 'permute dim', line), rank, line, t.shape));
      if (order.length !== rank || new Set(order).size !== rank) throw new ShapeError(`permute${describe(tuple(order))} does not match a ${rank}-d tensor ${describe(t)}`, line);
      return like(t, order.map((i) => t.shape[i]));
    }
    case 'transpose':
    case 'swapaxes':
    case 'swapdims': {
      const i = dimAt(0, 'dim0')!;
      const j = dimAt(1, 'dim1')!;
      const out = [...t.shape];
      [out[i], out[j]] = [out[j], out[i]];
      return like(t, out);
    }
    case 't':
      if (rank > 2) throw new ShapeError(`t() expects a tensor with ≤ 2 dims, got ${describe(t)}`, line);
      return like(t, [...t.shape].reverse());
    case 'unsqueeze': {
      const d = axis(intOf(get(a, 0, 'dim'), 'unsqueeze dim', line), rank + 1, line);
      const out = [...t.shape];
      out.splice(d, 0, 1);
      return like(t, out);
    }
    case 'squeeze': {
      const v = get(a, 0, 'dim');
      if (v === undefined || v === null) return like(t, t.shape.filter((d) => d !== 1));
      const dims = (isSeq(v) ? v.items : [v]).map((d) => axis(intOf(d, 'squeeze dim', line), rank, line, t.shape));
      return like(t, t.shape.filter((d, i) => !(dims.includes(i) && d === 1)));
    }
    case 'expand': {
      const sizes = sizesOf(rest, 'expand sizes', line);
      if (sizes.length < rank) throw new ShapeError(`expand${describe(tuple(sizes))}: fewer sizes than the tensor's ${rank} dims ${describe(t)}`, line);
      const pad = sizes.length - rank;
      return like(t, sizes.map((s, i) => (s === -1 ? t.shape[i - pad] : i >= pad && t.shape[i - pad] !== 1 && typeof s === 'number' && typeof t.shape[i - pad] === 'number' && s !== t.shape[i - pad] ? fail(`expand: dim ${i} of ${describe(t)} is ${show(t.shape[i - pad])}, not 1, and cannot become ${show(s)}`, line) : s)));
    }
    case 'repeat': {
      const reps = sizesOf(rest, 'repeat sizes', line);
      const pad = reps.length - rank;
      if (pad < 0) throw new ShapeError(`repeat needs at least ${rank} sizes for ${describe(t)}`, line);
      return like(t, reps.map((r, i) => (i < pad ? r : mul(t.shape[i - pad], r))));
    }
    case 'split':
    case 'chunk':
    case 'tensor_split':
      return split(name, t, a);
    case 'unbind': {
      const d = dimAt(0) ?? 0;
      const n = t.shape[d];
      if (typeof n !== 'number' || n > MAX_PIECES) throw new NeedValues(`unbind along dim ${show(n)} of ${describe(t)} gives too many or unknown pieces`, line, []);
      return tuple(Array.from({ length: n }, () => like(t, t.shape.filter((_, i) => i !== d))));
    }
    case 'narrow': {
      const d = dimAt(0)!;
      const out = [...t.shape];
      out[d] = dimOf(get(a, 2, 'length'), 'narrow length', line);
      return like(t, out);
    }
    case 'select': {
      const d = dimAt(0)!;
      return like(t, t.shape.filter((_, i) => i !== d));
    }
    case 'index_select': {
      const d = dimAt(0)!;
      const out = [...t.shape];
      out[d] = tensorArg(get(a, 1, 'index'), 'index', line).shape[0] ?? 1;
      return like(t, out);
    }
    case 'gather':
      return like(t, [...tensorArg(get(a, 1, 'index'), 'index', line).shape]);
    case 'max':
    case 'min':
    case 'median':
    case 'mode': {
      const other = get(a, 0, 'other');
      if (other !== undefined && isTensor(other)) return like(t, broadcast(t.shape, other.shape, line, name));
      const d = dimAt(0);
      if (d === undefined) return like(t, []);
      const r = reduceShape(t, [d], truthyArg(get(a, 1, 'keepdim')));
      return tuple([like(t, r), like(t, r, 'int64')]);
    }
    case 'argmax':
    case 'argmin': {
      const d = dimAt(0);
      return like(t, d === undefined ? [] : reduceShape(t, [d], truthyArg(get(a, 1, 'keepdim'))), 'int64');
    }
    case 'topk': {
      const k = dimOf(get(a, 0, 'k'), 'topk k', line);
      const d = dimAt(1) ?? rank - 1;
      const out = [...t.shape];
      out[d] = k;
      return tuple([like(t, out), like(t, out, 'int64')]);
    }
    case 'sort':
      return tuple([like(t, [...t.shape]), like(t, [...t.shape], 'int64')]);
    case 'argsort':
      return like(t, [...t.shape], 'int64');
    case 'matmul':
    case 'mm':
    case 'bmm':
    case 'mv':
      return binaryTensor('@', t, get(a, 0, 'other') ?? get(a, 0, 'mat2') ?? NONE, line);
    case 'where':
      return like(t, broadcast(broadcast(t.shape, shapeOf(get(a, 0, 'input')), line, 'where'), shapeOf(get(a, 1, 'other')), line, 'where'), isTensor(get(a, 0, 'input') ?? NONE) ? (get(a, 0, 'input') as Tensor).dtype : 'float32');
    case 'new_zeros':
    case 'new_ones':
    case 'new_empty':
    case 'new_full':
      return like(t, sizesOf([rest[0] ?? NONE], `${name} size`, line));
    case 'new_tensor':
      return createTensor('tensor', rest, kwargs, line) ?? unknown('new_tensor');
    case 'einsum':
      return unknown('einsum');
    // ---------------------------------------------------------- torch.nn.functional
    case 'linear': {
      const w = tensorArg(get(a, 0, 'weight'), 'F.linear weight', line);
      const inF = w.shape[w.shape.length - 1];
      if (rank === 0 || differ(t.shape[rank - 1], inF)) throw new ShapeError(`F.linear: input ${describe(t)} has ${show(t.shape[rank - 1] ?? 0)} features, the weight ${describe(w)} expects ${show(inF)}`, line);
      return like(t, [...t.shape.slice(0, -1), ...(w.shape.length === 2 ? [w.shape[0]] : [])]);
    }
    case 'embedding': {
      const w = tensorArg(get(a, 0, 'weight'), 'F.embedding weight', line);
      return like(w, [...t.shape, w.shape[1]]);
    }
    case 'one_hot':
      return like(t, [...t.shape, dimOf(get(a, 0, 'num_classes'), 'one_hot num_classes (must be given for static shapes)', line)], 'int64');
    case 'scaled_dot_product_attention': {
      const k = tensorArg(get(a, 0, 'key'), 'key', line);
      const v = tensorArg(get(a, 1, 'value'), 'value', line);
      if (differ(t.shape[rank - 1], k.shape[k.shape.length - 1])) throw new ShapeError(`scaled_dot_product_attention: query ${describe(t)} and key ${describe(k)} differ in the last (embedding) dim`, line);
      if (differ(k.shape[k.shape.length - 2], v.shape[v.shape.length - 2])) throw new ShapeError(`scaled_dot_product_attention: key ${describe(k)} and value ${describe(v)} differ in sequence length`, line);
      return like(t, [...broadcast(t.shape.slice(0, -2), k.shape.slice(0, -2), line, 'attention batch dims'), t.shape[rank - 2], v.shape[v.shape.length - 1]]);
    }
    case 'conv1d':
    case 'conv2d':
    case 'conv3d':
    case 'conv_transpose1d':
    case 'conv_transpose2d':
    case 'conv_transpose3d': {
      const n = Number(name.slice(-2, -1));
      const w = tensorArg(get(a, 0, 'weight'), `F.${name} weight`, line);
      const transposed = name.startsWith('conv_transpose');
      const groups = intOf(get(a, transposed ? 5 : 5, 'groups'), 'groups', line, 1);
      const spec = {
        n, transposed, groups, inChannels: transposed ? w.shape[0] : mul(w.shape[1], groups), outChannels: transposed ? mul(w.shape[1], groups) : w.shape[0],
        kernel: w.shape.slice(2).map((d) => intOf(d, 'kernel size', line)),
        stride: intsOf(get(a, 2, 'stride'), n, 'stride', line, Array(n).fill(1)),
        padding: get(a, 3, 'padding') ?? 0,
        dilation: intsOf(get(a, transposed ? 6 : 4, 'dilation'), n, 'dilation', line, Array(n).fill(1)),
        outputPadding: transposed ? intsOf(get(a, 4, 'output_padding'), n, 'output_padding', line, Array(n).fill(0)) : Array(n).fill(0),
      };
      return convShape(t, spec, line, `F.${name}`);
    }
    case 'max_pool1d':
    case 'max_pool2d':
    case 'max_pool3d':
    case 'avg_pool1d':
    case 'avg_pool2d':
    case 'avg_pool3d': {
      const n = Number(name.slice(-2, -1));
      const kernel = intsOf(get(a, 0, 'kernel_size'), n, 'kernel_size', line);
      const strideV = get(a, 1, 'stride');
      const isMax = name.startsWith('max');
      return poolShape(t, {
        n, kernel, stride: strideV === undefined || strideV === null || (isSeq(strideV) && !strideV.items.length) ? kernel : intsOf(strideV, n, 'stride', line),
        padding: intsOf(get(a, 2, 'padding'), n, 'padding', line, Array(n).fill(0)),
        dilation: isMax ? intsOf(get(a, 3, 'dilation'), n, 'dilation', line, Array(n).fill(1)) : Array(n).fill(1),
        ceil: truthyArg(get(a, isMax ? 4 : 3, 'ceil_mode')),
      }, line, `F.${name}`);
    }
    case 'adaptive_avg_pool1d':
    case 'adaptive_avg_pool2d':
    case 'adaptive_avg_pool3d':
    case 'adaptive_max_pool1d':
    case 'adaptive_max_pool2d':
    case 'adaptive_max_pool3d': {
      const out = adaptiveShape(t, Number(name.slice(-2, -1)), get(a, 0, 'output_size') ?? NONE, line, `F.${name}`);
      return name.includes('max') && truthyArg(get(a, 1, 'return_indices')) ? tuple([out, like(out, [...out.shape], 'int64')]) : out;
    }
    case 'interpolate':
    case 'upsample':
      return interpolateShape(t, get(a, 0, 'size') ?? NONE, get(a, 1, 'scale_factor') ?? NONE, line, `F.${name}`);
    case 'pad': {
      const pad = sizesOf([get(a, 0, 'pad') ?? NONE], 'pad', line);
      if (pad.length % 2 || pad.length / 2 > rank) throw new ShapeError(`F.pad: padding ${describe(tuple(pad))} does not fit ${describe(t)}`, line);
      const out = [...t.shape];
      for (let i = 0; i < pad.length / 2; i++) out[rank - 1 - i] = add(add(out[rank - 1 - i], pad[2 * i]), pad[2 * i + 1]);
      return like(t, out);
    }
    case 'pixel_shuffle':
    case 'pixel_unshuffle':
      return pixelShuffle(t, intOf(get(a, 0, name === 'pixel_shuffle' ? 'upscale_factor' : 'downscale_factor'), 'factor', line), name === 'pixel_shuffle', line);
    case 'glu': {
      const d = dimAt(0) ?? rank - 1;
      const out = [...t.shape];
      out[d] = floorDiv(out[d], 2);
      return like(t, out);
    }
    case 'cross_entropy':
    case 'nll_loss':
    case 'mse_loss':
    case 'l1_loss':
    case 'huber_loss':
    case 'smooth_l1_loss':
    case 'binary_cross_entropy':
    case 'binary_cross_entropy_with_logits':
    case 'kl_div':
      return lossShape(name, t, get(a, 0, 'target'), get(a, -1, 'reduction'), line);
    case 'multi_head_attention_forward':
      return unknown('F.multi_head_attention_forward');
    default:
      return unknown(`${functional ? 'F.' : 'Tensor.'}${name}()`);
  }
}

function fail(message: string, line: number): never {
  throw new ShapeError(message, line);
}

const truthyArg = (v: Value | undefined): boolean => v === true || (typeof v === 'number' && v !== 0);
const shapeOf = (v: Value | undefined): Dim[] => (v !== undefined && isTensor(v) ? v.shape : []);

function reduceShape(t: Tensor, dims: number[], keep: boolean): Dim[] {
  return keep ? t.shape.map((d, i) => (dims.includes(i) ? 1 : d)) : t.shape.filter((_, i) => !dims.includes(i));
}

function reduce(t: Tensor, name: string, a: Args): Value {
  const v = get(a, name === 'norm' ? 1 : 0, 'dim') ?? get(a, -1, 'axis');
  const keep = truthyArg(get(a, name === 'norm' ? 2 : 1, 'keepdim'));
  const dtype = name === 'all' || name === 'any' ? 'bool' : name === 'count_nonzero' ? 'int64' : t.dtype;
  if (v === undefined || v === null || (isSeq(v) && v.items.length === 0)) return like(t, [], dtype);
  const dims = (isSeq(v) ? v.items : [v]).map((d) => axis(intOf(d, `${name} dim`, a.line), t.shape.length, a.line, t.shape));
  return like(t, reduceShape(t, dims, keep), dtype);
}

/** More pieces than this from one split is not a model we follow (and would exhaust memory). */
const MAX_PIECES = 10_000;

function split(name: string, t: Tensor, a: Args): Value {
  const rank = t.shape.length;
  const d = axis(intOf(get(a, 1, 'dim'), 'dim', a.line, 0), rank, a.line, t.shape);
  const size = t.shape[d];
  const arg = need(get(a, 0, name === 'split' ? 'split_size_or_sections' : name === 'chunk' ? 'chunks' : 'indices_or_sections'), `${name} size`, a.line);
  const piece = (n: Dim) => {
    const out = [...t.shape];
    out[d] = n;
    return like(t, out);
  };
  if (isSeq(arg)) {
    const sizes = arg.items.map((x) => dimOf(x, `${name} sections`, a.line));
    if (name === 'split') {
      const total = sizes.reduce<Dim>((x, y) => add(x, y), 0);
      if (differ(total, size)) throw new ShapeError(`split sizes ${describe(arg)} sum to ${show(total)}, but dim ${d} of ${describe(t)} is ${show(size)}`, a.line);
      return tuple(sizes.map(piece));
    }
    return unknown('tensor_split with indices');
  }
  const n = dimOf(arg, `${name} size`, a.line);
  if (typeof size === 'number' && typeof n === 'number' && (n <= 0 || (name === 'split' ? size / n : n) > MAX_PIECES)) {
    throw new NeedValues(`${name} of dim ${size} by ${n}: ${n <= 0 ? 'the size must be positive' : `more than ${MAX_PIECES} pieces`}`, a.line, []);
  }
  if (name === 'split') {
    if (typeof size !== 'number' || typeof n !== 'number') {
      // Symbolic sizes split evenly only when the piece divides the dim exactly (split(C) of a 3·C dim).
      const parts = divExact(size, n);
      if (typeof parts !== 'number' || parts > MAX_PIECES) throw new NeedValues(`split of dim ${show(size)} of ${describe(t)} into pieces of ${show(n)}`, a.line, []);
      return tuple(Array.from({ length: parts }, () => piece(n)));
    }
    const pieces: Dim[] = [];
    for (let left = size; left > 0; left -= n) pieces.push(Math.min(n, left));
    return tuple(pieces.map(piece));
  }
  if (typeof n !== 'number' || n <= 0 || n > MAX_PIECES) throw new NeedValues(`${name} into ${show(n)} pieces`, a.line, []);
  if (typeof size !== 'number') {
    const each = floorDiv(size, n);
    return tuple(Array.from({ length: n }, () => piece(each)));
  }
  if (name === 'chunk') {
    const each = Math.ceil(size / n);
    const pieces: number[] = [];
    for (let left = size; left > 0; left -= each) pieces.push(Math.min(each, left));
    return tuple(pieces.map(piece));
  }
  const base = Math.floor(size / n);
  const extra = size % n;
  return tuple(Array.from({ length: n }, (_, i) => piece(base + (i < extra ? 1 : 0))));
}

export function pixelShuffle(t: Tensor, r: number, up: boolean, line: number): Tensor {
  expectRank(t, [3, 4, 5], up ? 'PixelShuffle' : 'PixelUnshuffle', line);
  const s = [...t.shape];
  const [c, h, w] = s.slice(-3);
  if (up) {
    const cOut = floorDiv(c, r * r);
    if (typeof c === 'number' && c % (r * r) !== 0) throw new ShapeError(`PixelShuffle(${r}): channels ${c} of ${describe(t)} are not divisible by ${r * r}`, line);
    return like(t, [...s.slice(0, -3), cOut, mul(h, r), mul(w, r)]);
  }
  if ((typeof h === 'number' && h % r) || (typeof w === 'number' && w % r)) throw new ShapeError(`PixelUnshuffle(${r}): height and width of ${describe(t)} must be divisible by ${r}`, line);
  return like(t, [...s.slice(0, -3), mul(c, r * r), floorDiv(h, r), floorDiv(w, r)]);
}

export function lossShape(name: string, input: Tensor, target: Value | undefined, reductionArg: Value | undefined, line: number): Tensor {
  const reduction = typeof reductionArg === 'string' ? reductionArg : 'mean';
  const classIndexed = name === 'cross_entropy' || name === 'nll_loss' || name === 'CrossEntropyLoss' || name === 'NLLLoss';
  if (target !== undefined && isTensor(target)) {
    if (classIndexed && target.dtype.startsWith('int')) {
      const expect = input.shape.length === 1 ? [] : [input.shape[0], ...input.shape.slice(2)];
      if (target.shape.length !== expect.length || target.shape.some((d, i) => differ(d, expect[i]))) {
        throw new ShapeError(`${name}: class-index target ${describe(target)} should have shape ${describe(tuple(expect))} for input ${describe(input)} (N, C, …)`, line);
      }
    } else if (!classIndexed) broadcast(input.shape, target.shape, line, name);
  }
  if (reduction === 'none') return like(input, classIndexed ? (input.shape.length === 1 ? [] : [input.shape[0], ...input.shape.slice(2)]) : [...input.shape]);
  return like(input, []);
}

