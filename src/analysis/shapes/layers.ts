/**
 * Shape rules of torch.nn layers, one entry per layer family: how the constructor's arguments become
 * parameters (and, for containers and Transformer blocks, submodules named as PyTorch names them), and how
 * the forward maps input shapes to output shapes, with the checks PyTorch makes (channels, features, ranks).
 * Signatures come from the catalog's symbol table; the few layers the table does not list carry their own.
 */
import type { Node } from 'web-tree-sitter';
import { lookupSymbol, type PyValue } from '../../catalog/symbols';
import { parseSignature, type Param } from '../../catalog/symbols/signature';
import { add, differ, floorDiv, mul, product, show, sub, type Dim } from './dim';
import { NeedValues, ShapeError } from './errors';
import type { Interpreter } from './interpreter';
import { dimOf, intOf, intsOf, lossShape, pixelShuffle } from './ops';
import { axis, broadcast, convOut, convTransposeOut, expectDim, expectRank, poolOut, sizeList, viewShape } from './shapeMath';
import { describe, isModule, isSeq, isTensor, isUnknown, kindOf, NONE, tuple, unknown, type Dict, type ModuleValue, type Tensor, type Value } from './values';

const SIGNATURES: Record<string, string> = {
  'torch.nn.Sequential': '(*args)',
  'torch.nn.ModuleList': '(modules=None)',
  'torch.nn.ModuleDict': '(modules=None)',
  'torch.nn.Identity': '(*args, **kwargs)',
  'torch.nn.Flatten': '(start_dim=1, end_dim=-1)',
  'torch.nn.Unflatten': '(dim, unflattened_size)',
  'torch.nn.PixelShuffle': '(upscale_factor)',
  'torch.nn.PixelUnshuffle': '(downscale_factor)',
  'torch.nn.Upsample': "(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)",
  'torch.nn.UpsamplingNearest2d': '(size=None, scale_factor=None)',
  'torch.nn.UpsamplingBilinear2d': '(size=None, scale_factor=None)',
  'torch.nn.TransformerDecoder': '(decoder_layer, num_layers, norm=None)',
  'torch.nn.LocalResponseNorm': '(size, alpha=0.0001, beta=0.75, k=1.0)',
  'torch.nn.GLU': '(dim=-1)',
  'torch.nn.CosineSimilarity': '(dim=1, eps=1e-08)',
  'torch.nn.PairwiseDistance': '(p=2.0, eps=1e-06, keepdim=False)',
};
for (const n of [1, 2, 3]) {
  SIGNATURES[`torch.nn.ZeroPad${n}d`] = '(padding)';
  SIGNATURES[`torch.nn.ConstantPad${n}d`] = '(padding, value)';
  SIGNATURES[`torch.nn.ReflectionPad${n}d`] = '(padding)';
  SIGNATURES[`torch.nn.ReplicationPad${n}d`] = '(padding)';
  SIGNATURES[`torch.nn.CircularPad${n}d`] = '(padding)';
  SIGNATURES[`torch.nn.MaxUnpool${n}d`] = '(kernel_size, stride=None, padding=0)';
}
/** Activations and dropouts outside the table: shape-preserving, constructor arguments irrelevant to shapes. */
const ELEMENTWISE_EXTRA = ['ELU', 'SELU', 'CELU', 'Softplus', 'Softsign', 'Mish', 'Hardswish', 'Hardsigmoid', 'Hardtanh', 'LogSigmoid', 'Tanhshrink', 'Softshrink', 'Hardshrink', 'Threshold', 'Softmin'];
for (const n of ELEMENTWISE_EXTRA) SIGNATURES[`torch.nn.${n}`] = '(*args, **kwargs)';

const parsedSignatures = new Map<string, Param[]>();
function signature(path: string): Param[] | undefined {
  const entry = lookupSymbol(path);
  if (entry?.kind === 'class' && entry.symbol === path) return entry.params;
  const sig = SIGNATURES[path];
  if (!sig) return undefined;
  if (!parsedSignatures.has(path)) parsedSignatures.set(path, parseSignature(sig));
  return parsedSignatures.get(path);
}

const fromPy = (v: PyValue | undefined): Value => {
  if (v === undefined) return unknown('no default');
  if (Array.isArray(v)) return tuple(v.map(fromPy));
  if (typeof v === 'object' && v !== null) return unknown(v.expr);
  return v;
};

/** Binds constructor arguments to parameter names, defaults filled in (like `inspect.signature.bind`). */
function bindArgs(params: Param[], args: Value[], kwargs: Map<string, Value>, what: string, line: number): Map<string, Value> {
  const out = new Map<string, Value>();
  let i = 0;
  for (const p of params) {
    if (p.kind === 'var-positional') {
      out.set(p.name, tuple(args.slice(i)));
      i = args.length;
      continue;
    }
    if (p.kind === 'var-keyword') continue;
    if (p.kind !== 'keyword-only' && i < args.length) out.set(p.name, args[i++]);
    else if (kwargs.has(p.name)) out.set(p.name, kwargs.get(p.name)!);
    else if ('default' in p) out.set(p.name, fromPy(p.default));
    else throw new NeedValues(`${what}: missing argument \`${p.name}\``, line, []);
  }
  if (i < args.length) throw new NeedValues(`${what}: too many positional arguments`, line, []);
  return out;
}

// ------------------------------------------------------------------ construction

const CONV = /^torch\.nn\.(Lazy)?Conv(Transpose)?([123])d$/;
const POOL = /^torch\.nn\.(Max|Avg)Pool([123])d$/;
const UNPOOL = /^torch\.nn\.MaxUnpool([123])d$/;
const ADAPTIVE = /^torch\.nn\.Adaptive(Avg|Max)Pool([123])d$/;
const BATCHNORM = /^torch\.nn\.(Lazy)?(Batch|Instance)Norm([123])d$|^torch\.nn\.SyncBatchNorm$/;
const PAD = /^torch\.nn\.(Zero|Constant|Reflection|Replication|Circular)Pad([123])d$/;
const RNN = /^torch\.nn\.(RNN|LSTM|GRU)$/;
const CELL = /^torch\.nn\.(RNN|LSTM|GRU)Cell$/;

const GATES: Record<string, number> = { RNN: 1, LSTM: 4, GRU: 3 };

/** Builds the module for `torch.nn.X(...)`; undefined when `path` is not a layer we model. */
export function constructLayer(it: Interpreter, path: string, args: Value[], kwargs: Map<string, Value>, line: number): ModuleValue | undefined {
  if (!path.startsWith('torch.nn.') || path.startsWith('torch.nn.functional.') || path.startsWith('torch.nn.init.') || path.startsWith('torch.nn.utils.') || path === 'torch.nn.Parameter' || path === 'torch.nn.Module') return undefined;
  const params = signature(path);
  if (!params) return undefined;
  const short = path.slice('torch.nn.'.length);
  const m = it.newModule(path, line);
  m.args = bindArgs(params, args, kwargs, short, line);
  const a = (name: string) => m.args.get(name) ?? NONE;
  const int = (name: string, dflt?: number) => intOf(a(name), `${short} ${name}`, line, dflt);
  const dim = (name: string) => dimOf(a(name), `${short} ${name}`, line);
  const flag = (name: string) => a(name) === true || (typeof a(name) === 'number' && a(name) !== 0);
  const param = (name: string, shape: Dim[]) => m.params.set(name, it.newParam(shape));

  let match: RegExpMatchArray | null;
  if ((match = path.match(CONV))) {
    const [, lazy, transposed, nStr] = match;
    const n = Number(nStr);
    const groups = int('groups', 1);
    const k = intsOf(a('kernel_size'), n, `${short} kernel_size`, line);
    const out = dim('out_channels');
    if (!lazy) {
      const inC = dim('in_channels');
      checkGroups(inC, out, groups, short, line);
      param('weight', transposed ? [inC, floorDiv(out, groups), ...k] : [out, floorDiv(inC, groups), ...k]);
      if (flag('bias')) param('bias', [out]);
    }
    return m;
  }
  if ((match = path.match(BATCHNORM))) {
    if (!match[1] && (match[2] === 'Batch' || path.endsWith('SyncBatchNorm') ? flag('affine') : flag('affine'))) {
      const c = dim('num_features');
      param('weight', [c]);
      param('bias', [c]);
    }
    return m;
  }
  if ((match = path.match(RNN))) {
    const kind = match[1];
    const g = GATES[kind];
    const h = dim('hidden_size');
    const proj = kind === 'LSTM' ? int('proj_size', 0) : 0;
    const dirs = flag('bidirectional') ? 2 : 1;
    const layers = int('num_layers', 1);
    const hOut: Dim = proj > 0 ? proj : h;
    for (let l = 0; l < layers; l++) {
      for (let d = 0; d < dirs; d++) {
        const sfx = `_l${l}${d === 1 ? '_reverse' : ''}`;
        const inSize = l === 0 ? dim('input_size') : mul(hOut, dirs);
        param(`weight_ih${sfx}`, [mul(h, g), inSize]);
        param(`weight_hh${sfx}`, [mul(h, g), hOut]);
        if (flag('bias')) {
          param(`bias_ih${sfx}`, [mul(h, g)]);
          param(`bias_hh${sfx}`, [mul(h, g)]);
        }
        if (proj > 0) param(`weight_hr${sfx}`, [proj, h]);
      }
    }
    return m;
  }
  if ((match = path.match(CELL))) {
    const g = GATES[match[1]];
    const h = dim('hidden_size');
    param('weight_ih', [mul(h, g), dim('input_size')]);
    param('weight_hh', [mul(h, g), h]);
    if (flag('bias')) {
      param('bias_ih', [mul(h, g)]);
      param('bias_hh', [mul(h, g)]);
    }
    return m;
  }
  switch (short) {
    case 'Linear':
      param('weight', [dim('out_features'), dim('in_features')]);
      if (flag('bias')) param('bias', [dim('out_features')]);
      return m;
    case 'LazyLinear':
      return m;
    case 'Bilinear':
      param('weight', [dim('out_features'), dim('in1_features'), dim('in2_features')]);
      if (flag('bias')) param('bias', [dim('out_features')]);
      return m;
    case 'Embedding':
    case 'EmbeddingBag':
      param('weight', [dim('num_embeddings'), dim('embedding_dim')]);
      return m;
    case 'LayerNorm':
    case 'RMSNorm': {
      const shape = normalizedShape(a('normalized_shape'), short, line);
      if (flag('elementwise_affine')) {
        param('weight', shape);
        if (short === 'LayerNorm' && flag('bias')) param('bias', shape);
      }
      return m;
    }
    case 'GroupNorm': {
      const c = dim('num_channels');
      const g = int('num_groups');
      if (typeof c === 'number' && c % g !== 0) throw new ShapeError(`GroupNorm: num_channels ${c} must be divisible by num_groups ${g}`, line);
      if (flag('affine')) {
        param('weight', [c]);
        param('bias', [c]);
      }
      return m;
    }
    case 'PReLU':
      param('weight', [dim('num_parameters')]);
      return m;
    case 'MultiheadAttention':
      return buildAttention(it, m, line);
    case 'TransformerEncoderLayer':
    case 'TransformerDecoderLayer':
      return buildTransformerLayer(it, m, short === 'TransformerDecoderLayer', line);
    case 'TransformerEncoder':
    case 'TransformerDecoder': {
      const layer = a(short === 'TransformerEncoder' ? 'encoder_layer' : 'decoder_layer');
      if (!isModule(layer)) throw new NeedValues(`${short}: the layer argument is not a module we could build (${describe(layer)})`, line, []);
      const list = it.newModule('torch.nn.ModuleList', line);
      for (let i = 0; i < int('num_layers'); i++) list.children.set(String(i), cloneModule(it, layer));
      m.children.set('layers', list);
      if (isModule(a('norm'))) m.children.set('norm', a('norm') as ModuleValue);
      return m;
    }
    case 'Transformer':
      return buildTransformer(it, m, line);
    case 'Sequential': {
      const items = (a('args') as { items: Value[] }).items;
      if (items.length === 1 && kindOf(items[0]) === 'dict') {
        for (const [k, v] of (items[0] as Dict).entries) if (isModule(v)) m.children.set(String(k), v);
      } else {
        items.forEach((v, i) => {
          if (!isModule(v)) throw new NeedValues(`nn.Sequential item ${i} is not a module we could build (${describe(v)})`, line, isUnknown(v) ? v.missing ?? [] : []);
          m.children.set(String(i), v);
        });
      }
      return m;
    }
    case 'ModuleList': {
      const v = a('modules');
      if (isSeq(v)) v.items.forEach((x, i) => {
        if (!isModule(x)) throw new NeedValues(`nn.ModuleList item ${i} is not a module we could build (${describe(x)})`, line, isUnknown(x) ? x.missing ?? [] : []);
        m.children.set(String(i), x);
      });
      else if (isUnknown(v)) throw new NeedValues(`nn.ModuleList: ${v.why}`, line, v.missing ?? []);
      return m;
    }
    case 'ModuleDict': {
      const v = a('modules');
      if (kindOf(v) === 'dict') for (const [k, x] of (v as Dict).entries) if (isModule(x)) m.children.set(String(k), x);
      if (isSeq(v)) for (const p of v.items) if (isSeq(p) && isModule(p.items[1])) m.children.set(String(p.items[0]), p.items[1] as ModuleValue);
      return m;
    }
    default:
      return m;
  }
}

function checkGroups(inC: Dim, out: Dim, groups: number, what: string, line: number): void {
  if (typeof inC === 'number' && inC % groups) throw new ShapeError(`${what}: in_channels ${inC} must be divisible by groups ${groups}`, line);
  if (typeof out === 'number' && out % groups) throw new ShapeError(`${what}: out_channels ${out} must be divisible by groups ${groups}`, line);
}

function normalizedShape(v: Value, what: string, line: number): Dim[] {
  if (isSeq(v)) return v.items.map((x) => dimOf(x, `${what} normalized_shape`, line));
  return [dimOf(v, `${what} normalized_shape`, line)];
}

function buildAttention(it: Interpreter, m: ModuleValue, line: number): ModuleValue {
  const e = dimOf(m.args.get('embed_dim')!, 'MultiheadAttention embed_dim', line);
  const heads = intOf(m.args.get('num_heads'), 'MultiheadAttention num_heads', line);
  if (typeof e === 'number' && e % heads) throw new ShapeError(`MultiheadAttention: embed_dim ${e} must be divisible by num_heads ${heads}`, line);
  const kdim = m.args.get('kdim') === null ? e : dimOf(m.args.get('kdim')!, 'kdim', line);
  const vdim = m.args.get('vdim') === null ? e : dimOf(m.args.get('vdim')!, 'vdim', line);
  const bias = m.args.get('bias') !== false;
  if (show(kdim) === show(e) && show(vdim) === show(e)) m.params.set('in_proj_weight', it.newParam([mul(e, 3), e]));
  else {
    m.params.set('q_proj_weight', it.newParam([e, e]));
    m.params.set('k_proj_weight', it.newParam([e, kdim]));
    m.params.set('v_proj_weight', it.newParam([e, vdim]));
  }
  if (bias) m.params.set('in_proj_bias', it.newParam([mul(e, 3)]));
  const out = it.newModule('torch.nn.Linear', line);
  out.op = 'NonDynamicallyQuantizableLinear';
  out.args = new Map<string, Value>([['in_features', e], ['out_features', e], ['bias', bias]]);
  out.params.set('weight', it.newParam([e, e]));
  if (bias) out.params.set('bias', it.newParam([e]));
  m.children.set('out_proj', out);
  if (m.args.get('add_bias_kv') === true) {
    m.params.set('bias_k', it.newParam([1, 1, e]));
    m.params.set('bias_v', it.newParam([1, 1, e]));
  }
  return m;
}

/** Submodules in PyTorch's registration order (named_modules and the forward's call order follow it). */
function buildTransformerLayer(it: Interpreter, m: ModuleValue, decoder: boolean, line: number): ModuleValue {
  const d = m.args.get('d_model')!;
  const nhead = m.args.get('nhead')!;
  const ff = m.args.get('dim_feedforward')!;
  const common = new Map<string, Value>([['dropout', m.args.get('dropout')!], ['bias', m.args.get('bias') ?? true], ['batch_first', m.args.get('batch_first')!]]);
  const mha = () => it.call({ k: 'api', path: 'torch.nn.MultiheadAttention' }, [d, nhead], common, it.root) as ModuleValue;
  const layer = (path: string, args: Value[], kw: [string, Value][] = []) => it.call({ k: 'api', path }, args, new Map(kw), it.root) as ModuleValue;
  const dropout = () => layer('torch.nn.Dropout', [m.args.get('dropout')!]);
  const norm = () => layer('torch.nn.LayerNorm', [d], [['eps', m.args.get('layer_norm_eps')!], ['bias', m.args.get('bias') ?? true]]);
  m.children.set('self_attn', mha());
  if (decoder) m.children.set('multihead_attn', mha());
  m.children.set('linear1', layer('torch.nn.Linear', [d, ff], [['bias', m.args.get('bias') ?? true]]));
  m.children.set('dropout', dropout());
  m.children.set('linear2', layer('torch.nn.Linear', [ff, d], [['bias', m.args.get('bias') ?? true]]));
  m.children.set('norm1', norm());
  m.children.set('norm2', norm());
  if (decoder) m.children.set('norm3', norm());
  m.children.set('dropout1', dropout());
  m.children.set('dropout2', dropout());
  if (decoder) m.children.set('dropout3', dropout());
  const act = m.args.get('activation');
  if (act && isModule(act)) m.children.set('activation', act);
  return m;
}

function buildTransformer(it: Interpreter, m: ModuleValue, line: number): ModuleValue {
  const kw = (names: string[]) => new Map(names.map((n) => [n, m.args.get(n)!] as [string, Value]));
  const layerArgs = [m.args.get('d_model')!, m.args.get('nhead')!, m.args.get('dim_feedforward')!, m.args.get('dropout')!, m.args.get('activation')!, m.args.get('layer_norm_eps')!, m.args.get('batch_first')!, m.args.get('norm_first')!, m.args.get('bias') ?? true];
  const build = (path: string, args: Value[], kwargs = new Map<string, Value>()) => it.call({ k: 'api', path }, args, kwargs, it.root) as ModuleValue;
  const norm = () => build('torch.nn.LayerNorm', [m.args.get('d_model')!], kw(['bias']).set('eps', m.args.get('layer_norm_eps')!));
  const custom = (name: string) => (isModule(m.args.get(name) ?? NONE) ? (m.args.get(name) as ModuleValue) : undefined);
  m.children.set('encoder', custom('custom_encoder') ?? build('torch.nn.TransformerEncoder', [build('torch.nn.TransformerEncoderLayer', layerArgs), m.args.get('num_encoder_layers')!, norm()]));
  m.children.set('decoder', custom('custom_decoder') ?? build('torch.nn.TransformerDecoder', [build('torch.nn.TransformerDecoderLayer', layerArgs), m.args.get('num_decoder_layers')!, norm()]));
  void line;
  return m;
}

/** `copy.deepcopy` of a module tree: fresh parameters, sharing kept within the copy. */
function cloneModule(it: Interpreter, m: ModuleValue, seen = new Map<ModuleValue, ModuleValue>(), params = new Map<number, ReturnType<Interpreter['newParam']>>()): ModuleValue {
  const hit = seen.get(m);
  if (hit) return hit;
  const c: ModuleValue = { ...m, children: new Map(), params: new Map(), attrs: new Map(m.attrs), args: new Map(m.args), name: undefined };
  seen.set(m, c);
  for (const [k, p] of m.params) {
    if (!params.has(p.id)) params.set(p.id, it.newParam(p.shape));
    c.params.set(k, params.get(p.id)!);
  }
  for (const [k, child] of m.children) c.children.set(k, cloneModule(it, child, seen, params));
  return c;
}

// ------------------------------------------------------------------ forward

function inputTensor(v: Value | undefined, what: string, line: number): Tensor {
  if (v !== undefined && isTensor(v)) return v;
  if (v !== undefined && isUnknown(v)) throw new NeedValues(`${what} input: ${v.why}`, line, v.missing ?? []);
  throw new NeedValues(`${what} expects a tensor, got ${v === undefined ? 'nothing' : describe(v)}`, line, []);
}

const like = (t: Tensor, shape: Dim[], dtype = t.dtype): Tensor => ({ k: 'tensor', shape, dtype });

export interface ConvSpec {
  n: number;
  transposed: boolean;
  groups: number;
  inChannels: Dim;
  outChannels: Dim;
  kernel: number[];
  stride: number[];
  padding: Value;
  dilation: number[];
  outputPadding: number[];
}

export function convShape(x: Tensor, s: ConvSpec, line: number, what: string): Tensor {
  expectRank(x, [s.n + 1, s.n + 2], what, line);
  const batched = x.shape.length === s.n + 2;
  const c = x.shape[batched ? 1 : 0];
  expectDim(c, s.inChannels, `${what} expects ${show(s.inChannels)} input channels in dim ${batched ? 1 : 0}`, x, line);
  const spatial = x.shape.slice(-s.n);
  let out: Dim[];
  if (typeof s.padding === 'string') {
    if (s.padding === 'same') {
      if (s.stride.some((v) => v !== 1)) throw new ShapeError(`${what}: padding='same' is not supported for strided convolutions`, line);
      out = [...spatial];
    } else if (s.padding === 'valid') out = spatial.map((L, i) => convOut(L, s.kernel[i], s.stride[i], 0, s.dilation[i], line, what));
    else throw new ShapeError(`${what}: padding must be 'same', 'valid' or numbers, got ${JSON.stringify(s.padding)}`, line);
  } else {
    const pad = intsOf(s.padding, s.n, `${what} padding`, line);
    out = spatial.map((L, i) =>
      s.transposed ? convTransposeOut(L, s.kernel[i], s.stride[i], pad[i], s.dilation[i], s.outputPadding[i]) : convOut(L, s.kernel[i], s.stride[i], pad[i], s.dilation[i], line, what),
    );
  }
  return like(x, [...(batched ? [x.shape[0]] : []), s.outChannels, ...out]);
}

export function poolShape(x: Tensor, s: { n: number; kernel: number[]; stride: number[]; padding: number[]; dilation: number[]; ceil: boolean }, line: number, what: string): Tensor {
  expectRank(x, [s.n + 1, s.n + 2], what, line);
  const lead = x.shape.slice(0, -s.n);
  return like(x, [...lead, ...x.shape.slice(-s.n).map((L, i) => poolOut(L, s.kernel[i], s.stride[i], s.padding[i], s.dilation[i], s.ceil, line, what))]);
}

export function adaptiveShape(x: Tensor, n: number, size: Value, line: number, what: string): Tensor {
  expectRank(x, [n + 1, n + 2], what, line);
  const keep = x.shape.slice(-n);
  const raw = isSeq(size) ? size.items : [size];
  const sizes = sizeList(raw.map((v) => (v === null ? null : dimOf(v, `${what} output_size`, line))), n, keep);
  if (!sizes) throw new ShapeError(`${what}: output_size ${describe(size)} needs ${n} values`, line);
  return like(x, [...x.shape.slice(0, -n), ...sizes]);
}

export function interpolateShape(x: Tensor, size: Value, scale: Value, line: number, what: string): Tensor {
  const n = x.shape.length - 2;
  if (n < 1) throw new ShapeError(`${what} expects (N, C, …) with at least one spatial dim, got ${describe(x)}`, line);
  const spatial = x.shape.slice(2);
  let out: Dim[];
  if (size !== null) {
    const items = isSeq(size) ? size.items.map((v) => dimOf(v, `${what} size`, line)) : Array(n).fill(dimOf(size, `${what} size`, line));
    if (items.length !== n) throw new ShapeError(`${what}: size ${describe(size)} needs ${n} values for ${describe(x)}`, line);
    out = items;
  } else if (scale !== null) {
    const f = isSeq(scale) ? scale.items : Array(n).fill(scale);
    out = spatial.map((L, i) => {
      const k = f[i];
      if (typeof k !== 'number') throw new NeedValues(`${what} scale_factor must be a number, got ${describe(k)}`, line, isUnknown(k) ? k.missing ?? [] : []);
      if (Number.isInteger(k)) return mul(L, k);
      if (typeof L === 'number') return Math.floor(L * k);
      throw new NeedValues(`${what}: a fractional scale ${k} of the symbolic size ${show(L)}`, line, []);
    });
  } else throw new ShapeError(`${what}: either size or scale_factor must be given`, line);
  return like(x, [...x.shape.slice(0, 2), ...out]);
}

/** Runs an API module's forward on its inputs (containers call their children, which records them). */
export function forwardLayer(it: Interpreter, m: ModuleValue, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
  const path = m.api!;
  const short = path.slice('torch.nn.'.length);
  const line = it.line;
  const arg = (name: string) => m.args.get(name) ?? NONE;
  const x = () => inputTensor(args[0] ?? kwargs.get('input'), short, line);
  const int = (name: string, dflt?: number) => intOf(arg(name), `${short} ${name}`, line, dflt);
  let match: RegExpMatchArray | null;

  if ((match = path.match(CONV))) {
    const [, lazy, transposed, nStr] = match;
    const n = Number(nStr);
    const t = x();
    expectRank(t, [n + 1, n + 2], short, line);
    const groups = int('groups', 1);
    const inC = lazy ? t.shape[t.shape.length - n - 1] : dimOf(arg('in_channels'), 'in_channels', line);
    const outC = dimOf(arg('out_channels'), 'out_channels', line);
    const k = intsOf(arg('kernel_size'), n, 'kernel_size', line);
    if (lazy && !m.params.size) {
      m.params.set('weight', it.newParam(transposed ? [inC, floorDiv(outC, groups), ...k] : [outC, floorDiv(inC, groups), ...k]));
      if (arg('bias') !== false) m.params.set('bias', it.newParam([outC]));
    }
    return convShape(t, {
      n, transposed: !!transposed, groups, inChannels: inC, outChannels: outC, kernel: k,
      stride: intsOf(arg('stride'), n, 'stride', line), padding: arg('padding'), dilation: intsOf(arg('dilation'), n, 'dilation', line),
      outputPadding: transposed ? intsOf(arg('output_padding'), n, 'output_padding', line) : Array(n).fill(0),
    }, line, short);
  }
  if ((match = path.match(POOL))) {
    const n = Number(match[2]);
    const kernel = intsOf(arg('kernel_size'), n, 'kernel_size', line);
    const stride = arg('stride') === null ? kernel : intsOf(arg('stride'), n, 'stride', line);
    const out = poolShape(x(), {
      n, kernel, stride, padding: intsOf(arg('padding'), n, 'padding', line),
      dilation: match[1] === 'Max' ? intsOf(arg('dilation'), n, 'dilation', line) : Array(n).fill(1), ceil: arg('ceil_mode') === true,
    }, line, short);
    return arg('return_indices') === true ? tuple([out, like(out, [...out.shape], 'int64')]) : out;
  }
  if ((match = path.match(UNPOOL))) {
    const n = Number(match[1]);
    const t = x();
    const size = args[2] ?? kwargs.get('output_size');
    if (size !== undefined && size !== null) {
      const dims = (isSeq(size) ? size.items : []).map((v) => dimOf(v, 'output_size', line)).slice(-n);
      return like(t, [...t.shape.slice(0, -n), ...dims]);
    }
    const k = intsOf(arg('kernel_size'), n, 'kernel_size', line);
    const stride = arg('stride') === null ? k : intsOf(arg('stride'), n, 'stride', line);
    const pad = intsOf(arg('padding'), n, 'padding', line);
    return like(t, [...t.shape.slice(0, -n), ...t.shape.slice(-n).map((L, i) => convTransposeOut(L, k[i], stride[i], pad[i], 1, 0))]);
  }
  if ((match = path.match(ADAPTIVE))) {
    const out = adaptiveShape(x(), Number(match[2]), arg('output_size'), line, short);
    return arg('return_indices') === true ? tuple([out, like(out, [...out.shape], 'int64')]) : out;
  }
  if ((match = path.match(BATCHNORM))) {
    const t = x();
    const n = match[3] ? Number(match[3]) : 0;
    const instance = match[2] === 'Instance';
    const ranks = !n ? [2, 3, 4, 5] : instance ? [n + 1, n + 2] : n === 1 ? [2, 3] : [n + 2];
    expectRank(t, ranks, short, line);
    const c = instance && t.shape.length === n + 1 ? t.shape[0] : t.shape[1];
    if (!(match[1] && !m.params.size)) {
      if (m.args.get('affine') === true || (!instance && m.args.get('affine') !== false) || m.params.size) expectDim(c, dimOf(arg('num_features'), 'num_features', line), `${short}(${show(dimOf(arg('num_features'), 'num_features', line))}) expects that many channels in dim 1`, t, line);
    } else {
      m.params.set('weight', it.newParam([c]));
      m.params.set('bias', it.newParam([c]));
    }
    return like(t, [...t.shape]);
  }
  if ((match = path.match(PAD))) {
    const n = Number(match[2]);
    const t = x();
    const pad = intsOf(arg('padding'), 2 * n, 'padding', line);
    const out = [...t.shape];
    for (let i = 0; i < n; i++) out[out.length - 1 - i] = add(out[out.length - 1 - i], pad[2 * i] + pad[2 * i + 1]);
    return like(t, out);
  }
  if ((match = path.match(RNN))) return rnnForward(m, match[1], args, kwargs, line);
  if ((match = path.match(CELL))) {
    const t = x();
    expectRank(t, [1, 2], short, line);
    expectDim(t.shape[t.shape.length - 1], dimOf(arg('input_size'), 'input_size', line), `${short}(input_size=${show(dimOf(arg('input_size'), 'input_size', line))}) expects that many features in the last dim`, t, line);
    const h = like(t, [...t.shape.slice(0, -1), dimOf(arg('hidden_size'), 'hidden_size', line)]);
    return match[1] === 'LSTM' ? tuple([h, { ...h }]) : h;
  }
  switch (short) {
    case 'Linear':
    case 'LazyLinear': {
      const t = x();
      if (t.shape.length === 0) throw new ShapeError(`${short} expects at least a 1-d input, got a scalar`, line);
      const last = t.shape[t.shape.length - 1];
      const outF = dimOf(arg('out_features'), 'out_features', line);
      if (short === 'LazyLinear') {
        if (!m.params.size) {
          m.params.set('weight', it.newParam([outF, last]));
          if (arg('bias') !== false) m.params.set('bias', it.newParam([outF]));
        }
      } else expectDim(last, dimOf(arg('in_features'), 'in_features', line), `Linear(${show(dimOf(arg('in_features'), 'in_features', line))}, ${show(outF)}) expects ${show(dimOf(arg('in_features'), 'in_features', line))} input features in the last dim`, t, line);
      return like(t, [...t.shape.slice(0, -1), outF]);
    }
    case 'Bilinear': {
      const a = x();
      const b = inputTensor(args[1], 'Bilinear input2', line);
      expectDim(a.shape[a.shape.length - 1], dimOf(arg('in1_features'), 'in1_features', line), `Bilinear expects in1_features = ${show(dimOf(arg('in1_features'), 'in1_features', line))} in the first input's last dim`, a, line);
      expectDim(b.shape[b.shape.length - 1], dimOf(arg('in2_features'), 'in2_features', line), `Bilinear expects in2_features = ${show(dimOf(arg('in2_features'), 'in2_features', line))} in the second input's last dim`, b, line);
      return like(a, [...a.shape.slice(0, -1), dimOf(arg('out_features'), 'out_features', line)]);
    }
    case 'Identity':
      return args[0] ?? NONE;
    case 'Embedding': {
      const t = x();
      if (!t.dtype.startsWith('int') && t.dtype !== 'uint8') throw new ShapeError(`Embedding expects integer indices, got ${t.dtype} ${describe(t)}`, line);
      return like(t, [...t.shape, dimOf(arg('embedding_dim'), 'embedding_dim', line)], 'float32');
    }
    case 'EmbeddingBag': {
      const t = x();
      const dimE = dimOf(arg('embedding_dim'), 'embedding_dim', line);
      if (t.shape.length === 2) return like(t, [t.shape[0], dimE], 'float32');
      const offsets = args[1] ?? kwargs.get('offsets');
      if (!offsets || !isTensor(offsets)) throw new ShapeError('EmbeddingBag with a 1-d input needs offsets', line);
      return like(t, [arg('include_last_offset') === true ? sub(offsets.shape[0], 1) : offsets.shape[0], dimE], 'float32');
    }
    case 'LayerNorm':
    case 'RMSNorm': {
      const t = x();
      const shape = normalizedShape(arg('normalized_shape'), short, line);
      const tail = t.shape.slice(-shape.length);
      if (tail.length !== shape.length || tail.some((d, i) => differ(d, shape[i]))) {
        throw new ShapeError(`${short}(${describe(tuple(shape))}) normalizes the trailing dims, but the input is ${describe(t)}`, line);
      }
      return like(t, [...t.shape]);
    }
    case 'GroupNorm': {
      const t = x();
      expectRank(t, [2, 3, 4, 5], 'GroupNorm', line);
      expectDim(t.shape[1], dimOf(arg('num_channels'), 'num_channels', line), `GroupNorm(num_channels=${show(dimOf(arg('num_channels'), 'num_channels', line))}) expects that many channels in dim 1`, t, line);
      return like(t, [...t.shape]);
    }
    case 'LocalResponseNorm':
      return like(x(), [...x().shape]);
    case 'Flatten': {
      const t = x();
      const r = t.shape.length;
      const s = axis(int('start_dim', 1), r, line, t.shape);
      const e = axis(int('end_dim', -1), r, line, t.shape);
      return like(t, [...t.shape.slice(0, s), product(t.shape.slice(s, e + 1)), ...t.shape.slice(e + 1)]);
    }
    case 'Unflatten': {
      const t = x();
      const d = axis(int('dim'), t.shape.length, line, t.shape);
      const sizes = (isSeq(arg('unflattened_size')) ? (arg('unflattened_size') as { items: Value[] }).items : []).map((v) => dimOf(v, 'unflattened_size', line));
      return like(t, [...t.shape.slice(0, d), ...viewShape([t.shape[d]], sizes, line), ...t.shape.slice(d + 1)]);
    }
    case 'PixelShuffle':
      return pixelShuffle(x(), int('upscale_factor'), true, line);
    case 'PixelUnshuffle':
      return pixelShuffle(x(), int('downscale_factor'), false, line);
    case 'Upsample':
    case 'UpsamplingNearest2d':
    case 'UpsamplingBilinear2d':
      return interpolateShape(x(), arg('size'), arg('scale_factor'), line, short);
    case 'Softmax2d':
      expectRank(x(), [3, 4], 'Softmax2d', line);
      return like(x(), [...x().shape]);
    case 'GLU': {
      const t = x();
      const d = axis(int('dim', -1), t.shape.length, line, t.shape);
      const out = [...t.shape];
      if (typeof out[d] === 'number' && (out[d] as number) % 2) throw new ShapeError(`GLU halves dim ${d}, but ${describe(t)} has an odd size there`, line);
      out[d] = floorDiv(out[d], 2);
      return like(t, out);
    }
    case 'Sequential': {
      let v: Value = args[0] ?? NONE;
      for (const child of m.children.values()) v = it.callModule(child, [v], new Map(), node);
      return v;
    }
    case 'ModuleList':
    case 'ModuleDict':
      throw new ShapeError(`nn.${short} is not callable: iterate over it or index it`, line);
    case 'MultiheadAttention':
      return attentionForward(m, args, kwargs, line);
    case 'TransformerEncoderLayer':
    case 'TransformerDecoderLayer':
      return transformerLayerForward(it, m, short === 'TransformerDecoderLayer', args, kwargs, node);
    case 'TransformerEncoder':
    case 'TransformerDecoder': {
      let v: Value = args[0] ?? kwargs.get('src') ?? kwargs.get('tgt') ?? NONE;
      const memory = short === 'TransformerDecoder' ? [args[1] ?? kwargs.get('memory') ?? NONE] : [];
      for (const layer of m.children.get('layers')?.children.values() ?? []) v = it.callModule(layer, [v, ...memory], new Map(), node);
      const norm = m.children.get('norm');
      return norm ? it.callModule(norm, [v], new Map(), node) : v;
    }
    case 'Transformer': {
      const src = inputTensor(args[0] ?? kwargs.get('src'), 'Transformer src', line);
      const tgt = inputTensor(args[1] ?? kwargs.get('tgt'), 'Transformer tgt', line);
      const batchDim = arg('batch_first') === true ? 0 : 1;
      if (src.shape.length === 3 && tgt.shape.length === 3) expectDim(tgt.shape[batchDim], src.shape[batchDim], `Transformer: tgt must have src's batch size ${show(src.shape[batchDim])}`, tgt, line);
      const memory = it.callModule(m.children.get('encoder')!, [src], new Map(), node);
      return it.callModule(m.children.get('decoder')!, [tgt, memory], new Map(), node);
    }
    case 'CosineSimilarity': {
      const a = x();
      const b = inputTensor(args[1], 'CosineSimilarity x2', line);
      const shape = broadcast(a.shape, b.shape, line, 'CosineSimilarity');
      const d = axis(int('dim', 1), shape.length, line, shape);
      return like(a, shape.filter((_, i) => i !== d));
    }
    default:
      break;
  }
  if (/Loss$/.test(short)) {
    const t = x();
    return lossShape(short, t, args[1] ?? kwargs.get('target'), arg('reduction'), line);
  }
  // Activations, dropouts and other elementwise layers keep the shape.
  const t = args[0] ?? kwargs.get('input');
  if (t !== undefined && isTensor(t)) return like(t, [...t.shape]);
  return unknown(`${short} forward`);
}

function rnnForward(m: ModuleValue, kind: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
  const what = `nn.${kind}`;
  const t = inputTensor(args[0] ?? kwargs.get('input'), what, line);
  expectRank(t, [2, 3], what, line);
  const batched = t.shape.length === 3;
  const batchFirst = m.args.get('batch_first') === true;
  const inSize = dimOf(m.args.get('input_size')!, 'input_size', line);
  expectDim(t.shape[t.shape.length - 1], inSize, `${what}(input_size=${show(inSize)}) expects that many features in the last dim`, t, line);
  const h = dimOf(m.args.get('hidden_size')!, 'hidden_size', line);
  const proj = kind === 'LSTM' ? intOf(m.args.get('proj_size'), 'proj_size', line, 0) : 0;
  const hOut: Dim = proj > 0 ? proj : h;
  const dirs = m.args.get('bidirectional') === true ? 2 : 1;
  const layers = intOf(m.args.get('num_layers'), 'num_layers', line, 1);
  const [L, N] = batched ? (batchFirst ? [t.shape[1], t.shape[0]] : [t.shape[0], t.shape[1]]) : [t.shape[0], undefined];
  const output = like(t, batched ? (batchFirst ? [N!, L, mul(hOut, dirs)] : [L, N!, mul(hOut, dirs)]) : [L, mul(hOut, dirs)]);
  const state = (size: Dim) => like(t, N === undefined ? [dirs * layers, size] : [dirs * layers, N, size]);
  const hx = args[1] ?? kwargs.get('hx');
  if (hx !== undefined && hx !== null) {
    const given = kind === 'LSTM' ? (isSeq(hx) ? hx.items : []) : [hx];
    const expected = kind === 'LSTM' ? [state(hOut), state(h)] : [state(hOut)];
    given.forEach((g, i) => {
      if (isTensor(g) && (g.shape.length !== expected[i].shape.length || g.shape.some((d, j) => typeof d === 'number' && typeof expected[i].shape[j] === 'number' && d !== expected[i].shape[j]))) {
        throw new ShapeError(`${what}: initial ${i === 0 ? 'h_0' : 'c_0'} has shape ${describe(g)}, expected ${describe(expected[i])}`, line);
      }
    });
  }
  return kind === 'LSTM' ? tuple([output, tuple([state(hOut), state(h)])]) : tuple([output, state(hOut)]);
}

function attentionForward(m: ModuleValue, args: Value[], kwargs: Map<string, Value>, line: number): Value {
  const q = inputTensor(args[0] ?? kwargs.get('query'), 'MultiheadAttention query', line);
  const k = inputTensor(args[1] ?? kwargs.get('key'), 'MultiheadAttention key', line);
  const v = inputTensor(args[2] ?? kwargs.get('value'), 'MultiheadAttention value', line);
  expectRank(q, [2, 3], 'MultiheadAttention query', line);
  const e = dimOf(m.args.get('embed_dim')!, 'embed_dim', line);
  expectDim(q.shape[q.shape.length - 1], e, `MultiheadAttention(embed_dim=${show(e)}) expects that many features in the query's last dim`, q, line);
  const heads = intOf(m.args.get('num_heads'), 'num_heads', line);
  const batched = q.shape.length === 3;
  const bf = m.args.get('batch_first') === true;
  const [L, N] = batched ? (bf ? [q.shape[1], q.shape[0]] : [q.shape[0], q.shape[1]]) : [q.shape[0], undefined];
  const S = batched ? (bf ? k.shape[1] : k.shape[0]) : k.shape[0];
  const kvLen = batched ? (bf ? v.shape[1] : v.shape[0]) : v.shape[0];
  if (typeof S === 'number' && typeof kvLen === 'number' && S !== kvLen) throw new ShapeError(`MultiheadAttention: key ${describe(k)} and value ${describe(v)} differ in sequence length`, line);
  const out = like(q, [...q.shape]);
  const needWeights = (args[4] ?? kwargs.get('need_weights')) !== false;
  if (!needWeights) return tuple([out, NONE]);
  const average = (args[6] ?? kwargs.get('average_attn_weights')) !== false;
  const w = like(q, [...(N === undefined ? [] : [N]), ...(average ? [] : [heads]), L, S]);
  return tuple([out, w]);
}

/** PyTorch's slow path of TransformerEncoderLayer / DecoderLayer: the calls, in order, that hooks see. */
function transformerLayerForward(it: Interpreter, m: ModuleValue, decoder: boolean, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
  const c = (name: string) => m.children.get(name)!;
  const call = (name: string, ...a: Value[]) => it.callModule(c(name), a, name.endsWith('attn') ? new Map([['need_weights', false]]) : new Map(), node);
  const first = (v: Value) => (isSeq(v) ? v.items[0] : v);
  const plus = (a: Value, b: Value) => it.binary('+', a, b, node);
  const act = (v: Value) => (m.children.has('activation') ? call('activation', v) : v);
  const ff = (v: Value, drop: string) => call(drop, call('linear2', call('dropout', act(call('linear1', v)))));
  const sa = (v: Value) => call('dropout1', first(call('self_attn', v, v, v)));
  const memory = decoder ? args[1] ?? kwargs.get('memory') ?? NONE : NONE;
  const mha = (v: Value) => call('dropout2', first(call('multihead_attn', v, memory, memory)));
  let x: Value = args[0] ?? kwargs.get('src') ?? kwargs.get('tgt') ?? NONE;
  if (m.args.get('norm_first') === true) {
    x = plus(x, sa(call('norm1', x)));
    if (decoder) x = plus(x, mha(call('norm2', x)));
    x = plus(x, ff(call(decoder ? 'norm3' : 'norm2', x), decoder ? 'dropout3' : 'dropout2'));
  } else {
    x = call('norm1', plus(x, sa(x)));
    if (decoder) x = call('norm2', plus(x, mha(x)));
    x = call(decoder ? 'norm3' : 'norm2', plus(x, ff(x, decoder ? 'dropout3' : 'dropout2')));
  }
  return x;
}

// ------------------------------------------------------------------ MACs

/** Multiply-accumulates of one call of a leaf layer (containers sum their children's). */
export function layerMacs(m: ModuleValue, ins: Tensor[], outs: Tensor[]): Dim {
  const path = m.api ?? '';
  const out = outs[0];
  if (!out) return 0;
  const w = m.params.get('weight');
  const conv = path.match(CONV);
  if (conv && w) {
    // Each output element of a conv is a dot product over (C_in / groups)·k; transposed: each input element scatters.
    return conv[2] ? mul(product(ins[0]?.shape ?? []), product(w.shape.slice(1))) : mul(product(out.shape), product(w.shape.slice(1)));
  }
  if ((path === 'torch.nn.Linear' || path === 'torch.nn.LazyLinear') && w) return mul(product(out.shape), w.shape[1]);
  if (path === 'torch.nn.Bilinear' && w) return mul(product(out.shape), mul(w.shape[1], w.shape[2]));
  const rnn = path.match(RNN);
  if (rnn && ins[0]) {
    // Per time step and sample: the gate matmuls of every layer and direction.
    let perStep: Dim = 0;
    for (const [k, p] of m.params) if (k.startsWith('weight_')) perStep = add(perStep, product(p.shape));
    const steps = ins[0].shape.length === 3 ? mul(ins[0].shape[0], ins[0].shape[1]) : ins[0].shape[0];
    return mul(perStep, steps);
  }
  if (path === 'torch.nn.MultiheadAttention' && ins[0] && ins[1]) {
    const e = m.args.get('embed_dim') as Dim;
    const q = ins[0].shape;
    const k = ins[1].shape;
    const tokensQ = product(q.slice(0, -1));
    const tokensK = product(k.slice(0, -1));
    const bf = m.args.get('batch_first') === true;
    const S = q.length === 3 ? (bf ? k[1] : k[0]) : k[0];
    // Q projection + K, V projections + scores and weighted sum + output projection.
    return add(add(mul(tokensQ, mul(e, e)), mul(tokensK, mul(e, mul(e, 2)))), add(mul(mul(tokensQ, S), mul(e, 2)), mul(tokensQ, mul(e, e))));
  }
  return 0;
}

export function knownLayer(path: string): boolean {
  return signature(path) !== undefined;
}
