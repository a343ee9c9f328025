/**
 * PatchGAN's patch map, as pix2pix's NLayerDiscriminator builds it: n_layers stride-2 convs, one stride-1 conv, and
 * a 1-channel stride-1 conv, all 4×4 with padding 1. For every layer: its output size, and the receptive field of
 * one of its units in input pixels (r ← r + (k − 1)·j, j ← j·s from the input up); for the output grid: which input
 * pixels each cell sees — [offset + j·i, offset + j·i + r) per axis, where the offset (−Σ p·j) reaches into the
 * zero padding — and, the other way round, which cells see a given pixel.
 */
import { DemoInputError, rejectUnknown } from '../models/demo';
import { numberParam } from '../models/params';
import type { PageDefinition } from './types';

const KERNEL = 4;
const PADDING = 1;

export interface PatchLayer {
  /** 1-based, in the order the discriminator applies them. */
  index: number;
  stride: number;
  cin: number;
  cout: number;
  /** Output size H = W. */
  size: number;
  /** Receptive field of one output unit of this layer, in input pixels, and the input distance between neighbours. */
  field: number;
  jump: number;
}

export interface PatchGanModel {
  size: number;
  nLayers: number;
  ndf: number;
  layers: PatchLayer[];
  /** Output grid side. */
  grid: number;
  /** Receptive field of one output cell (70 for n_layers 3) and the pixel distance between cells (8). */
  field: number;
  jump: number;
  /** Input coordinate where cell 0's field starts (negative: inside the padding). */
  offset: number;
  /** The card's chain from the output back to the input: 1 → 4 → 7 → 16 → 34 → 70. */
  backward: number[];
}

const outSize = (h: number, s: number) => Math.floor((h + 2 * PADDING - KERNEL) / s) + 1;

export function patchGanModel(size: number, nLayers: number, ndf: number, inputChannels = 6): PatchGanModel {
  const strides = [...Array.from({ length: nLayers }, () => 2), 1, 1];
  const channels = [inputChannels, ...Array.from({ length: nLayers + 1 }, (_, i) => ndf * Math.min(2 ** i, 8)), 1];
  const layers: PatchLayer[] = [];
  let h = size;
  let field = 1;
  let jump = 1;
  let offset = 0;
  strides.forEach((stride, i) => {
    h = outSize(h, stride);
    field += (KERNEL - 1) * jump;
    offset -= PADDING * jump;
    jump *= stride;
    layers.push({ index: i + 1, stride, cin: channels[i], cout: channels[i + 1], size: h, field, jump });
  });
  const backward = [1];
  for (let i = strides.length - 1; i >= 0; i--) backward.push(backward[backward.length - 1] * strides[i] + (KERNEL - strides[i]));
  return { size, nLayers, ndf, layers, grid: h, field, jump, offset, backward };
}

/** The input pixels [from, to) one output cell sees along one axis (may extend into the padding). */
export function cellSpan(m: PatchGanModel, cell: number): [number, number] {
  const from = m.offset + cell * m.jump;
  return [from, from + m.field];
}

/** The output cells [from, to) along one axis whose field contains input pixel `pixel`. */
export function cellsSeeing(m: PatchGanModel, pixel: number): [number, number] {
  // from + field > pixel ⇔ cell > (pixel − field − offset) / jump; from ≤ pixel ⇔ cell ≤ (pixel − offset) / jump.
  const first = Math.max(0, Math.floor((pixel - m.field - m.offset) / m.jump) + 1);
  const last = Math.min(m.grid - 1, Math.floor((pixel - m.offset) / m.jump));
  return [first, Math.max(first, last + 1)];
}

export const patchGanPage: PageDefinition<PatchGanModel> = {
  id: 'patchgan-patches',
  concept: 'patchgan',
  title: { en: 'PatchGAN: one score per patch', 'zh-cn': 'PatchGAN：每个图块一个分数' },
  summary: {
    en: 'pix2pix\'s discriminator never sees the whole image at once: each cell of its output grid is a real/fake logit for one patch of the input, and the patches overlap heavily. Pick a cell to see the pixels it judges, or a pixel to see every cell that judges it; change the number of stride-2 layers or the image size and the grid and the patch follow.',
    'zh-cn': 'pix2pix 的判别器从不一次看整张图：输出网格的每个格子是输入中一个图块的真/假 logit，这些图块大量重叠。选一个格子看它判断哪些像素，或选一个像素看哪些格子在判断它；改变步长 2 的层数或图像尺寸，网格和图块随之变化。',
  },
  source: {
    en: 'Concept page: grid sizes and receptive fields follow from the 4×4 convs\' strides and padding; no model to run',
    'zh-cn': '概念页：网格尺寸和感受野由 4×4 卷积的步长和填充算出；无需运行模型',
  },
  prepare(request) {
    rejectUnknown('param', request.params, ['size', 'n_layers', 'ndf']);
    if (request.inputs && Object.keys(request.inputs).length) throw new DemoInputError('the PatchGAN page takes no input tensors, only params size, n_layers and ndf');
    const nLayers = numberParam(request.params, 'n_layers', 3, { integer: true, min: 1, max: 6 });
    const ndf = numberParam(request.params, 'ndf', 64, { integer: true, min: 1, max: 512 });
    const size = numberParam(request.params, 'size', 256, { integer: true, min: 16, max: 1024 });
    const model = patchGanModel(size, nLayers, ndf);
    if (model.layers.some((l) => l.size < 1)) throw new DemoInputError(`a ${size}×${size} image is too small for n_layers ${nLayers}: the output grid would be empty (the last layers need at least 3×3 inputs)`);
    return { page: 'patchgan-patches', params: { size, n_layers: nLayers, ndf }, model };
  },
};
