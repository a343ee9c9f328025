/**
 * Swin's window partitions on an h×h token map, as the reference implementation computes them: block ℓ attends
 * within non-overlapping M×M windows (W-MSA); block ℓ+1 rolls the map by −s tokens on both axes
 * (torch.roll(x, (−s, −s), (1, 2))), partitions the rolled map into the same M×M windows, and masks attention between
 * tokens that came from different regions (img_mask's slices [0, h−M), [h−M, h−s), [h−s, h) per axis). For every
 * token: its regular window, its window in the rolled map, its region label, and the group of tokens it may attend
 * to after the shift — in the original coordinates, windows of 3, 7 and 4 tokens per side for h = 14, M = 7, s = 3.
 * Also the attention cost of Swin-T's stages, global MSA against W-MSA (the paper's Ω formulas).
 */
import { DemoInputError, rejectUnknown } from '../models/demo';
import { numberParam } from '../models/params';
import type { PageDefinition } from './types';

export interface SwinModel {
  tokens: number;
  window: number;
  shift: number;
  /** Per token (row-major in the original map): regular window id, window id in the rolled map, region label 0…8. */
  regular: number[];
  shifted: number[];
  region: number[];
  /** Per token: its attention group after the shift (dense ids in order of first appearance). */
  group: number[];
  /** rolled[p] = the original token at position p of the rolled map. */
  rolled: number[];
  windows: number;
  groups: number;
  /** Swin-T at 224×224 (M = 7): per stage, tokens per side, channels, and the Ω of global MSA and of W-MSA. */
  cost: { stage: number; side: number; channels: number; msa: number; wmsa: number }[];
}

/** Region index along one axis of the rolled map: img_mask's slices [0, h−M), [h−M, h−s), [h−s, h). */
const regionOf = (p: number, h: number, m: number, s: number) => (p < h - m ? 0 : p < h - s ? 1 : 2);

export function swinModel(tokens: number, window: number, shift: number): SwinModel {
  const h = tokens;
  const perRow = h / window;
  const regular: number[] = [];
  const shifted: number[] = [];
  const region: number[] = [];
  const group: number[] = [];
  const rolled: number[] = new Array(h * h);
  const ids = new Map<string, number>();
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < h; c++) {
      regular.push(Math.floor(r / window) * perRow + Math.floor(c / window));
      // torch.roll by −s: position p of the rolled map holds token (p + s) mod h, so token r sits at (r − s) mod h.
      const sr = (r - shift + h) % h;
      const sc = (c - shift + h) % h;
      rolled[sr * h + sc] = r * h + c;
      const w = Math.floor(sr / window) * perRow + Math.floor(sc / window);
      const label = shift === 0 ? 0 : regionOf(sr, h, window, shift) * 3 + regionOf(sc, h, window, shift);
      shifted.push(w);
      region.push(label);
      const key = `${w}:${label}`;
      if (!ids.has(key)) ids.set(key, ids.size);
      group.push(ids.get(key)!);
    }
  }
  const M = 7;
  const cost = [56, 28, 14, 7].map((side, i) => {
    const hw = side * side;
    const C = 96 * 2 ** i;
    return { stage: i + 1, side, channels: C, msa: 4 * hw * C * C + 2 * hw * hw * C, wmsa: 4 * hw * C * C + 2 * M * M * hw * C };
  });
  return { tokens, window, shift, regular, shifted, region, group, rolled, windows: perRow * perRow, groups: ids.size, cost };
}

/** Tokens a token attends to: its regular window (W-MSA), or its group after the shift (SW-MSA). */
export function attendedBy(m: SwinModel, token: number, shifted: boolean): number[] {
  const ids = shifted ? m.group : m.regular;
  const own = ids[token];
  return ids.flatMap((g, t) => (g === own ? [t] : []));
}

export const swinPage: PageDefinition<SwinModel> = {
  id: 'swin-windows',
  concept: 'swin-transformer',
  title: { en: 'Swin Transformer: windows and shifted windows', 'zh-cn': 'Swin Transformer：窗口与移位窗口' },
  summary: {
    en: 'Self-attention over every patch costs (hw)² — Swin attends only within M×M windows, a cost linear in the image. Alone, that would wall the windows off from each other, so every second block shifts the window grid by ⌊M/2⌋ tokens: implemented as a cyclic roll of the map, the same window partition, and a mask that keeps tokens that were not neighbours apart. Pick a token to see what it attends to in each block.',
    'zh-cn': '在所有 patch 上做自注意力的代价是 (hw)²——Swin 只在 M×M 窗口内做注意力，代价随图像大小线性增长。但只这样做，窗口之间就互相隔绝了，所以每隔一个块把窗口网格平移 ⌊M/2⌋ 个 token：实现上是对特征图做循环移位、用同样的窗口划分，再用掩码把原本不相邻的 token 隔开。选一个 token，看它在两个块里分别关注哪些 token。',
  },
  source: {
    en: 'Concept page: the partitions follow the reference code\'s window_partition, torch.roll and img_mask; no model to run',
    'zh-cn': '概念页：窗口划分按参考实现的 window_partition、torch.roll 和 img_mask 计算；无需运行模型',
  },
  prepare(request) {
    rejectUnknown('param', request.params, ['tokens', 'window', 'shift']);
    if (request.inputs && Object.keys(request.inputs).length) throw new DemoInputError('the Swin page takes no input tensors, only params tokens, window and shift');
    const window = numberParam(request.params, 'window', 7, { integer: true, min: 2, max: 14 });
    const tokens = numberParam(request.params, 'tokens', 2 * window, { integer: true, min: window, max: 28 });
    const shift = numberParam(request.params, 'shift', Math.floor(window / 2), { integer: true, min: 0, max: window - 1 });
    if (tokens % window !== 0) throw new DemoInputError(`tokens ${tokens} is not a multiple of window ${window}: Swin pads the token map up to a multiple of M first (to ${Math.ceil(tokens / window) * window}); choose a multiple here`);
    // One window covers the whole map: the reference code (and torchvision) sets the shift to 0 there.
    const effective = tokens === window ? 0 : shift;
    return { page: 'swin-windows', params: { tokens, window, shift: effective }, model: swinModel(tokens, window, effective) };
  },
};
