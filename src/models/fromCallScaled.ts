/**
 * The user's call → walkthrough mapping for attention, lora, diffusion-forward, fp16-update, perplexity,
 * ranking-metrics and psnr-ssim. Literal arguments become demo params; sizes too large to
 * show (a 512-wide attention layer, rank 64) are scaled down to a walkthrough, and a note says what was kept.
 * fromCall.ts validates the request against the demo and falls back to plainer ones.
 */
import type { Detection } from '../analysis';
import { isExpr } from '../analysis/evaluate';
import type { PyValue } from '../catalog/symbols';
import { DEFAULT_HEAD_DIM, multiHeadExample } from './attention';
import type { DemoRequest, LocalText } from './demo';
import { MAX_T } from './diffusion';

type CallLike = Pick<Detection, 'concept' | 'args'>;

export interface ScaledTarget {
  demo: string;
  request: DemoRequest;
  /** Why the walkthrough's sizes differ from the user's, when they do. */
  note?: LocalText;
}

/** The most heads, and the widest model, a multi-head walkthrough shows. */
const MAX_HEADS_SHOWN = 4;
const MAX_WIDTH_SHOWN = 8;
const MAX_RANK_SHOWN = 4;

function literal(d: CallLike, ...names: string[]): PyValue | undefined {
  for (const n of names) {
    const v = d.args.find((a) => a.param === n)?.value;
    if (v !== undefined && !isExpr(v)) return v;
  }
  return undefined;
}

const positiveInt = (v: PyValue | undefined): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const positive = (v: PyValue | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
const fmt = (x: number) => x.toLocaleString('en-US');

const ATTENTION_KIND: Record<string, string> = { attention: 'sdpa', 'scaled-dot-product-attention': 'sdpa', 'causal-mask': 'sdpa', 'cross-attention': 'cross' };
const RANKING = new Set(['mrr', 'ndcg']);
const IMAGE_QUALITY = new Set(['psnr', 'ssim']);
/** diffusers' beta_schedule names → the demo's. */
const SCHEDULE: Record<string, string> = { linear: 'linear', scaled_linear: 'scaled-linear', squaredcos_cap_v2: 'cosine' };

export function scaledTarget(d: CallLike): ScaledTarget | undefined {
  const c = d.concept;
  if (c === 'multi-head-attention') return multiHead(d);
  if (ATTENTION_KIND[c]) {
    const params: Record<string, unknown> = { kind: ATTENTION_KIND[c] };
    if (c === 'causal-mask' || literal(d, 'is_causal') === true) params.causal = true;
    const scale = positive(literal(d, 'scale'));
    if (scale !== undefined && c !== 'cross-attention') params.scale = scale;
    return { demo: 'attention', request: { params } };
  }
  if (c === 'lora') return lora(d);
  if (c === 'noise-scheduler' || c === 'diffusion-pipeline') return { demo: 'diffusion-forward', request: c === 'noise-scheduler' ? schedulerRequest(d) : {} };
  if (c === 'mixed-precision') {
    const scale = positive(literal(d, 'init_scale', 'initial_scale'));
    return { demo: 'fp16-update', request: scale === undefined ? {} : { params: { scale } } };
  }
  if (c === 'perplexity') {
    const ignore = literal(d, 'ignore_index');
    return { demo: 'perplexity', request: typeof ignore === 'number' && Number.isInteger(ignore) ? { params: { ignore_index: ignore } } : {} };
  }
  if (RANKING.has(c)) {
    const k = positiveInt(literal(d, 'top_k', 'k'));
    return { demo: 'ranking-metrics', request: k === undefined ? {} : { params: { k } } };
  }
  if (IMAGE_QUALITY.has(c)) {
    const maxValue = positive(literal(d, 'data_range', 'max_val'));
    return { demo: 'psnr-ssim', request: maxValue === undefined ? {} : { params: { max_value: maxValue } } };
  }
  return undefined;
}

/**
 * nn.MultiheadAttention(embed_dim, num_heads), keras MultiHeadAttention(num_heads, key_dim), flax
 * MultiHeadDotProductAttention(num_heads, qkv_features): self-attention with the user's head count (at most 4)
 * and head size (so that the width stays at most 8).
 */
function multiHead(d: CallLike): ScaledTarget {
  const heads = positiveInt(literal(d, 'num_heads', 'num_query_heads'));
  const width = positiveInt(literal(d, 'embed_dim', 'qkv_features', 'in_features'));
  const keyDim = positiveInt(literal(d, 'key_dim', 'head_dim'));
  const headDim = keyDim ?? (heads && width && width % heads === 0 ? width / heads : undefined);
  if (heads === undefined) return { demo: 'attention', request: { params: { kind: 'self' } } };
  const shownHeads = Math.min(heads, MAX_HEADS_SHOWN);
  const shownHeadDim = Math.max(1, Math.min(headDim ?? 4, Math.floor(MAX_WIDTH_SHOWN / shownHeads)));
  const shownWidth = shownHeads * shownHeadDim;
  // The demo's own default sequence is heads × 4 wide: send inputs only for another width.
  const inputs = shownHeadDim === DEFAULT_HEAD_DIM ? {} : { inputs: multiHeadExample('self', shownWidth) };
  const request: DemoRequest = { params: { kind: 'self', heads: shownHeads }, ...inputs };
  if (shownHeads === heads && shownHeadDim === headDim) return { demo: 'attention', request };
  const yours = `${width !== undefined ? `embed_dim ${fmt(width)}, ` : ''}${heads} heads${headDim !== undefined ? ` of size ${headDim}` : ''}`;
  const yoursZh = `${width !== undefined ? `embed_dim ${fmt(width)}，` : ''}${heads} 个头${headDim !== undefined ? `，每个头 ${headDim} 维` : ''}`;
  return {
    demo: 'attention',
    request,
    note: {
      en: `Your layer: ${yours}. The walkthrough uses ${shownHeads} heads of size ${shownHeadDim} (width ${shownWidth}) so every number fits on screen; each head computes exactly the same way at any size.`,
      'zh-cn': `你的层：${yoursZh}。为了让每个数都能显示出来，演示使用 ${shownHeads} 个头、每个头 ${shownHeadDim} 维（宽度 ${shownWidth}）；无论尺寸多大，每个头的计算方式完全相同。`,
    },
  };
}

/**
 * LoraConfig(r, lora_alpha, use_rslora), LoHa/LoKr (r, alpha), flax LoRA(in_features, lora_rank, out_features):
 * the user's rank up to 4, alpha rescaled so the update's scaling (alpha/r, or alpha/√r with rslora) is theirs.
 */
function lora(d: CallLike): ScaledTarget {
  const r = positiveInt(literal(d, 'r', 'lora_rank'));
  const alpha = positive(literal(d, 'lora_alpha', 'alpha'));
  const rslora = literal(d, 'use_rslora') === true;
  const inF = positiveInt(literal(d, 'in_features'));
  const outF = positiveInt(literal(d, 'out_features'));
  const params: Record<string, unknown> = {};
  if (rslora) params.rslora = true;
  const shownR = r === undefined ? undefined : Math.min(r, MAX_RANK_SHOWN);
  if (shownR !== undefined) params.r = shownR;
  const userAlpha = alpha ?? (r !== undefined ? 8 : undefined); // peft's lora_alpha default
  if (userAlpha !== undefined && r !== undefined && shownR !== undefined) {
    params.alpha = shownR === r ? userAlpha : userAlpha * (rslora ? Math.sqrt(shownR / r) : shownR / r);
  }
  const request: DemoRequest = Object.keys(params).length ? { params } : {};
  const notes: LocalText[] = [];
  if (r !== undefined && shownR !== r) {
    const scaling = rslora ? `${userAlpha}/√${r}` : `${userAlpha}/${r}`;
    notes.push({
      en: `Your rank r = ${r} is shown as r = ${shownR} with alpha ${params.alpha}, which keeps your scaling ${scaling}.`,
      'zh-cn': `你的秩 r = ${r} 在演示中用 r = ${shownR}、alpha ${params.alpha} 表示，缩放系数仍是你的 ${scaling}。`,
    });
  }
  if (r !== undefined && inF !== undefined && outF !== undefined) {
    const full = inF * outF;
    const low = r * (inF + outF);
    const pct = ((100 * low) / full).toFixed(2);
    notes.push({
      en: `Your layer ${fmt(inF)} → ${fmt(outF)}: ${fmt(full)} weights to fine-tune fully, ${fmt(low)} with LoRA at rank ${r} (${pct}%).`,
      'zh-cn': `你的层 ${fmt(inF)} → ${fmt(outF)}：全量微调需要 ${fmt(full)} 个权重，秩 ${r} 的 LoRA 只需 ${fmt(low)} 个（${pct}%）。`,
    });
  }
  return notes.length
    ? { demo: 'lora', request, note: { en: notes.map((n) => n.en).join(' '), 'zh-cn': notes.map((n) => n['zh-cn']).join('') } }
    : { demo: 'lora', request };
}

/** DDPMScheduler(num_train_timesteps, beta_start, beta_end, beta_schedule, trained_betas) and its siblings. */
function schedulerRequest(d: CallLike): DemoRequest {
  const trained = literal(d, 'trained_betas');
  if (Array.isArray(trained) && trained.length > 0 && trained.every((b) => typeof b === 'number')) return { params: { betas: trained } };
  const params: Record<string, unknown> = {};
  const T = positiveInt(literal(d, 'num_train_timesteps'));
  if (T !== undefined && T <= MAX_T) params.T = T;
  const named = literal(d, 'beta_schedule');
  const schedule = typeof named === 'string' ? SCHEDULE[named] : undefined;
  if (schedule) params.schedule = schedule;
  if (schedule !== 'cosine') {
    const start = positive(literal(d, 'beta_start'));
    const end = positive(literal(d, 'beta_end'));
    if (start !== undefined) params.beta_start = start;
    if (end !== undefined) params.beta_end = end;
  }
  return Object.keys(params).length ? { params } : {};
}
