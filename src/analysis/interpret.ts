/**
 * Reads a detected call the way a reviewer would: every parameter with the user's value or the default,
 * the numbers that follow from them (output sizes, parameter counts, step sizes), and the pitfalls that
 * apply to this call in particular. Pure: the hover and the CLI both use it.
 */
import type { LocalText } from '../catalog';
import type { Param, PyValue } from '../catalog/symbols';
import type { Detection } from './detect';
import { isExpr } from './evaluate';

export interface ArgView {
  name: string;
  /** The value in force: the user's (literal or `{expr}`), else the documented default; undefined if required and missing. */
  value: PyValue | undefined;
  given: boolean;
}

export interface CallInterpretation {
  args: ArgView[];
  facts: LocalText[];
  warnings: LocalText[];
}

/** Parameters that rarely matter for understanding (shown only when the user passes them). */
const QUIET = new Set(['device', 'dtype', 'out', 'foreach', 'maximize', 'capturable', 'differentiable', 'fused', 'name', '_stacklevel', '_freeze', 'kwargs', 'args', 'rngs', 'parent', 'param_dtype', 'precision', 'dot_general', 'kernel_init', 'bias_init']);

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtNum = (n: number) => (Number.isInteger(n) ? fmtInt(n) : Number(n.toPrecision(4)).toString());

function show(v: PyValue | undefined): string {
  if (v === undefined) return '—';
  if (isExpr(v)) return v.expr;
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `(${v.map(show).join(', ')}${v.length === 1 ? ',' : ''})`;
  return String(v);
}
export { show as showValue };

class Args {
  constructor(readonly views: ArgView[]) {}
  value(name: string): PyValue | undefined {
    return this.views.find((a) => a.name === name)?.value;
  }
  given(name: string): boolean {
    return this.views.some((a) => a.name === name && a.given);
  }
  num(name: string): number | undefined {
    const v = this.value(name);
    return typeof v === 'number' ? v : undefined;
  }
  /** An int or tuple argument as one number per spatial dim (`7` → [7, 7] for 2-d). */
  tuple(name: string, dims: number): number[] | undefined {
    const v = this.value(name);
    if (typeof v === 'number') return Array(dims).fill(v);
    if (Array.isArray(v) && v.length === dims && v.every((x) => typeof x === 'number')) return v as number[];
    return undefined;
  }
  bool(name: string): boolean | undefined {
    const v = this.value(name);
    return typeof v === 'boolean' ? v : undefined;
  }
}

const t = (en: string, zh: string): LocalText => ({ en, 'zh-cn': zh });

type Rule = (a: Args, d: Detection) => { facts?: LocalText[]; warnings?: LocalText[] };

function convFacts(a: Args, d: Detection): { facts: LocalText[] } {
  const dims = Number(/(\d)d$/.exec(d.symbol)?.[1] ?? 2);
  const cin = a.num('in_channels');
  const cout = a.num('out_channels');
  const k = a.tuple('kernel_size', dims);
  const s = a.tuple('stride', dims) ?? Array(dims).fill(1);
  const p = a.tuple('padding', dims);
  const dil = a.tuple('dilation', dims) ?? Array(dims).fill(1);
  const groups = a.num('groups') ?? 1;
  const facts: LocalText[] = [];
  const transposed = /Transpose/.test(d.symbol);
  if (k && p && !transposed) {
    const axes = ['H', 'W', 'D'].slice(0, dims);
    const lines = axes.map((ax, i) => `${ax}_out = ⌊(${ax} + 2·${p[i]} − ${dil[i]}·(${k[i]} − 1) − 1) / ${s[i]}⌋ + 1`);
    const example = 224;
    const out = Math.floor((example + 2 * p[0] - dil[0] * (k[0] - 1) - 1) / s[0]) + 1;
    facts.push(t(`Output size: ${lines.join(';  ')} — e.g. ${example} → ${out}.`, `输出尺寸：${lines.join('；')}——例如 ${example} → ${out}。`));
  }
  if (cin !== undefined && cout !== undefined && k) {
    const weights = (cin * cout * k.reduce((x, y) => x * y, 1)) / groups;
    const bias = a.bool('bias') === false ? 0 : cout;
    const total = weights + bias;
    facts.push(
      t(
        `Parameters: ${cin}·${cout}·${k.join('·')}${groups > 1 ? `/${groups}` : ''} = ${fmtInt(weights)} weights${bias ? ` + ${fmtInt(bias)} bias = ${fmtInt(total)}` : ' (no bias)'}.`,
        `参数量：${cin}·${cout}·${k.join('·')}${groups > 1 ? `/${groups}` : ''} = ${fmtInt(weights)} 个权重${bias ? ` + ${fmtInt(bias)} 个偏置 = ${fmtInt(total)}` : '（无偏置）'}。`,
      ),
    );
  }
  return { facts };
}

function adamFacts(a: Args, d: Detection): { facts: LocalText[]; warnings: LocalText[] } {
  const lr = a.num('lr') ?? a.num('learning_rate');
  const betas = a.value('betas');
  const [b1, b2] = Array.isArray(betas) ? (betas as number[]) : [a.num('beta_1') ?? a.num('b1') ?? 0.9, a.num('beta_2') ?? a.num('b2') ?? 0.999];
  const facts: LocalText[] = [];
  const warnings: LocalText[] = [];
  if (typeof b1 === 'number' && typeof b2 === 'number') {
    facts.push(
      t(
        `Moments: m averages about 1/(1−β₁) = ${fmtNum(1 / (1 - b1))} steps of gradients, v about 1/(1−β₂) = ${fmtNum(1 / (1 - b2))} steps of squared gradients.`,
        `动量：m 大约平均最近 1/(1−β₁) = ${fmtNum(1 / (1 - b1))} 步的梯度，v 大约平均 1/(1−β₂) = ${fmtNum(1 / (1 - b2))} 步的梯度平方。`,
      ),
    );
    if (lr !== undefined) {
      facts.push(
        t(
          `Bias correction at t = 1: m̂ = m/(1−β₁) = g and v̂ = v/(1−β₂) = g², so the first step is lr·g/(|g| + ε) ≈ ±${fmtNum(lr)} per weight, whatever the gradient's scale.`,
          `t = 1 时的偏差校正：m̂ = m/(1−β₁) = g，v̂ = v/(1−β₂) = g²，所以第一步是 lr·g/(|g| + ε) ≈ ±${fmtNum(lr)}，与梯度大小无关。`,
        ),
      );
    }
  }
  const wd = a.value('weight_decay');
  const decoupled = d.concept === 'adamw';
  if (!decoupled && wd !== undefined && (isExpr(wd) || (typeof wd === 'number' && wd !== 0))) {
    warnings.push(
      t(
        `Adam's weight_decay adds λθ to the gradient (L2), so the adaptive denominator shrinks it for weights with large gradients. For decoupled decay use AdamW.`,
        `Adam 的 weight_decay 是把 λθ 加到梯度里（L2 正则），会被自适应分母缩小，梯度大的权重衰减得少。想要解耦的权重衰减请用 AdamW。`,
      ),
    );
  }
  if (decoupled && lr !== undefined && typeof wd === 'number') {
    const keep = String(Number((1 - lr * wd).toPrecision(8)));
    facts.push(t(`Decoupled decay: each step multiplies weights by 1 − lr·λ = 1 − ${fmtNum(lr)}·${fmtNum(wd)} = ${keep}.`, `解耦衰减：每一步权重乘以 1 − lr·λ = 1 − ${fmtNum(lr)}·${fmtNum(wd)} = ${keep}。`));
  }
  return { facts, warnings };
}

const RULES: Record<string, Rule> = {
  linear: (a) => {
    const i = a.num('in_features');
    const o = a.num('out_features');
    if (i === undefined || o === undefined) return {};
    const bias = a.bool('bias') === false ? 0 : o;
    return { facts: [t(`Parameters: ${i}·${o}${bias ? ` + ${o}` : ''} = ${fmtInt(i * o + bias)} (W is ${o}×${i}; y = x·Wᵀ + b).`, `参数量：${i}·${o}${bias ? ` + ${o}` : ''} = ${fmtInt(i * o + bias)}（W 的形状为 ${o}×${i}；y = x·Wᵀ + b）。`)] };
  },
  conv1d: convFacts,
  conv2d: convFacts,
  conv3d: convFacts,
  'conv-transpose': convFacts,
  adam: adamFacts,
  adamw: adamFacts,
  'sgd-momentum': (a) => {
    const mu = a.num('momentum');
    if (mu === undefined || mu <= 0 || mu >= 1) return {};
    return { facts: [t(`With a steady gradient the velocity grows to g/(1−μ): the effective step is ${fmtNum(1 / (1 - mu))}× lr (PyTorch form v ← μv + g).`, `梯度稳定时速度会增长到 g/(1−μ)：等效步长是 lr 的 ${fmtNum(1 / (1 - mu))} 倍（PyTorch 形式 v ← μv + g）。`)] };
  },
  'layer-norm': (a) => {
    const shape = a.value('normalized_shape');
    if (typeof shape === 'number') return { facts: [t(`Normalizes over the last dimension only (size ${shape}); γ and β have ${fmtInt(shape)} entries each.`, `只在最后一维（大小 ${shape}）上归一化；γ、β 各有 ${fmtInt(shape)} 个元素。`)] };
    return {};
  },
  'batch-norm': (a) => {
    const c = a.num('num_features');
    const m = a.num('momentum');
    const facts: LocalText[] = [];
    if (c !== undefined) facts.push(t(`${fmtInt(2 * c)} learned parameters (γ, β) and ${fmtInt(2 * c)} running statistics for ${c} channels.`, `${c} 个通道：${fmtInt(2 * c)} 个可学习参数（γ、β），以及 ${fmtInt(2 * c)} 个滑动统计量。`));
    if (m !== undefined) facts.push(t(`Running stats: running = (1 − ${m})·running + ${m}·batch (PyTorch's momentum convention).`, `滑动统计：running = (1 − ${m})·running + ${m}·batch（PyTorch 的 momentum 约定）。`));
    return { facts };
  },
  'group-norm': (a) => {
    const g = a.num('num_groups');
    const c = a.num('num_channels');
    if (g === undefined || c === undefined) return {};
    if (c % g !== 0) return { warnings: [t(`num_channels (${c}) must be divisible by num_groups (${g}).`, `num_channels（${c}）必须能被 num_groups（${g}）整除。`)] };
    return { facts: [t(`${g} groups of ${c / g} channels; each sample's group is normalized over (${c / g}, H, W).`, `${g} 组，每组 ${c / g} 个通道；每个样本的每组在 (${c / g}, H, W) 上归一化。`)] };
  },
  embedding: (a) => {
    const n = a.num('num_embeddings');
    const d = a.num('embedding_dim');
    return n !== undefined && d !== undefined ? { facts: [t(`A ${fmtInt(n)}×${d} lookup table: ${fmtInt(n * d)} parameters.`, `一个 ${fmtInt(n)}×${d} 的查找表：${fmtInt(n * d)} 个参数。`)] } : {};
  },
  dropout: (a, d) => {
    const p = a.num('p') ?? a.num('rate');
    const facts: LocalText[] = [];
    if (p !== undefined && p < 1) facts.push(t(`In training, zeroes ${fmtNum(p * 100)} % of elements and scales the rest by 1/(1−p) = ${fmtNum(1 / (1 - p))}; identity in eval.`, `训练时把 ${fmtNum(p * 100)}% 的元素置零，其余乘以 1/(1−p) = ${fmtNum(1 / (1 - p))}；推理时不变。`));
    const warnings: LocalText[] = [];
    if (d.symbol === 'torch.nn.functional.dropout' && !a.given('training')) {
      warnings.push(t('F.dropout defaults to training=True: it keeps dropping in model.eval() unless you pass training=self.training.', 'F.dropout 默认 training=True：除非传入 training=self.training，否则在 model.eval() 下仍会丢弃。'));
    }
    return { facts, warnings };
  },
  'leaky-relu': (a) => {
    const s = a.num('negative_slope') ?? a.num('alpha');
    return s !== undefined ? { facts: [t(`f(x) = x for x > 0, ${fmtNum(s)}·x otherwise; the slope below 0 is ${fmtNum(s)}, never 0.`, `x > 0 时 f(x) = x，否则为 ${fmtNum(s)}·x；负半轴斜率为 ${fmtNum(s)}，不会是 0。`)] } : {};
  },
  softmax: (a, d) =>
    /\.(Softmax|softmax|log_softmax)$/.test(d.symbol) && d.symbol.startsWith('torch.') && d.kind !== 'tensor-method' && !a.given('dim')
      ? { warnings: [t('No dim given: PyTorch picks one from the input rank (deprecated behaviour) — pass dim=-1 (or the class dimension) explicitly.', '没有指定 dim：PyTorch 会按输入的维数隐式选择（已弃用的行为）——请显式传入 dim=-1（或类别所在维）。')] }
      : {},
  'multi-head-attention': (a) => {
    const e = a.num('embed_dim');
    const h = a.num('num_heads');
    if (e === undefined || h === undefined) return {};
    if (e % h !== 0) return { warnings: [t(`embed_dim (${e}) must be divisible by num_heads (${h}).`, `embed_dim（${e}）必须能被 num_heads（${h}）整除。`)] };
    const bias = a.bool('bias') === false ? 0 : 4 * e;
    return { facts: [t(`${h} heads of size ${e / h}; scores are scaled by 1/√${e / h}. Projections: 4·${e}² ${bias ? `+ 4·${e} ` : ''}= ${fmtInt(4 * e * e + bias)} parameters.`, `${h} 个头，每头维度 ${e / h}；分数除以 √${e / h}。投影参数：4·${e}² ${bias ? `+ 4·${e} ` : ''}= ${fmtInt(4 * e * e + bias)}。`)] };
  },
  lora: (a) => {
    const r = a.num('r');
    const alpha = a.num('lora_alpha');
    if (r === undefined || alpha === undefined || r === 0) return {};
    const rs = a.bool('use_rslora');
    const scale = rs ? alpha / Math.sqrt(r) : alpha / r;
    return { facts: [t(`The update B·A is scaled by ${rs ? `alpha/√r = ${alpha}/√${r}` : `alpha/r = ${alpha}/${r}`} = ${fmtNum(scale)}; a d_out×d_in layer trains r·(d_in + d_out) parameters instead of d_in·d_out.`, `更新量 B·A 乘以 ${rs ? `alpha/√r = ${alpha}/√${r}` : `alpha/r = ${alpha}/${r}`} = ${fmtNum(scale)}；一个 d_out×d_in 的层只训练 r·(d_in + d_out) 个参数，而不是 d_in·d_out。`)] };
  },
  'cross-entropy-loss': (_a, d) =>
    d.framework === 'pytorch'
      ? { warnings: [t('Pass raw logits: CrossEntropyLoss applies log-softmax itself, so a softmax before it squashes the gradients.', '请传入原始 logits：CrossEntropyLoss 内部已经做了 log-softmax，之前再加 softmax 会压扁梯度。')] }
      : {},
  'bce-loss': (_a, d) => ({
    warnings: [t(`${d.symbol.split('.').pop()} expects probabilities in [0, 1]; if your model outputs logits, use the with-logits form (BCEWithLogitsLoss / from_logits=True), which is numerically stable.`, `${d.symbol.split('.').pop()} 需要 [0, 1] 内的概率；如果模型输出的是 logits，请用带 logits 的版本（BCEWithLogitsLoss / from_logits=True），数值更稳定。`)],
  }),
  'huber-loss': (a) => {
    const delta = a.num('delta');
    return delta !== undefined ? { facts: [t(`Quadratic for |error| < ${delta}, linear beyond it (gradient capped at ±${delta}).`, `|误差| < ${delta} 时为平方损失，超过后为线性（梯度上限 ±${delta}）。`)] } : {};
  },
};

function viewsOf(params: readonly Param[], d: Detection): ArgView[] {
  const views: ArgView[] = [];
  for (const p of params) {
    const given = d.args.find((a) => a.param === p.name);
    if (given) views.push({ name: p.name, value: given.value, given: true });
    else if (p.kind !== 'var-positional' && p.kind !== 'var-keyword' && !QUIET.has(p.name)) views.push({ name: p.name, value: p.default, given: false });
  }
  // Keyword arguments the signature does not list (e.g. into **kwargs) are still the user's.
  for (const a of d.args) if (!views.some((v) => v.name === a.param)) views.push({ name: a.param, value: a.value, given: true });
  return views;
}

export function interpretCall(d: Detection): CallInterpretation {
  const args = viewsOf(d.entry.params, d);
  const rule = RULES[d.concept] ?? (d.concept === 'log-softmax' ? RULES.softmax : undefined);
  const out = rule ? rule(new Args(args), d) : {};
  return { args, facts: out.facts ?? [], warnings: out.warnings ?? [] };
}
