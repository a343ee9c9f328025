/**
 * A U-Net's levels and skip connections (the common padded variant: two 3×3 convs with padding 1 per level,
 * MaxPool2d(2) down, ConvTranspose2d(k=2, s=2) up, torch.cat([up, skip], dim=1) then two convs): the shape at every
 * level, the channels each concatenation adds, and — when the input is not a multiple of 2^depth — the level where
 * torch.cat fails, with PyTorch's own message and the nearest sizes that work.
 */
import { DemoInputError, rejectUnknown } from '../models/demo';
import { numberParam } from '../models/params';
import type { PageDefinition } from './types';

export interface UNetLevel {
  /** 0 at full resolution. */
  level: number;
  /** Encoder output at this level (after its two convs): channels and size. */
  encoder: { channels: number; size: number };
  /** Decoder at this level: the upsampled map, the concatenation, the output; null from the failing level up. */
  decoder: { up: { channels: number; size: number }; concat: number; channels: number; size: number } | null;
  /** torch.cat's error when the upsampled map and the skip differ in size. */
  mismatch?: string;
}

export interface UNetModel {
  size: number;
  depth: number;
  base: number;
  inChannels: number;
  outChannels: number;
  levels: UNetLevel[];
  bottleneck: { channels: number; size: number };
  /** (C, H, W) of the output, or null when a concatenation failed. */
  output: number[] | null;
  /** The nearest multiples of 2^depth below and above the size (both equal to it when it works). */
  nearest: [number, number];
}

export function unetModel(size: number, depth: number, base: number, inChannels: number, outChannels: number): UNetModel {
  const encoder: { channels: number; size: number }[] = [];
  let h = size;
  for (let l = 0; l < depth; l++) {
    encoder.push({ channels: base * 2 ** l, size: h });
    h = Math.floor(h / 2); // MaxPool2d(2) floors odd sizes
  }
  const bottleneck = { channels: base * 2 ** depth, size: h };
  const levels: UNetLevel[] = encoder.map((e, level) => ({ level, encoder: e, decoder: null }));
  let below = bottleneck;
  let failed = false;
  for (let l = depth - 1; l >= 0 && !failed; l--) {
    const skip = encoder[l];
    const up = { channels: below.channels / 2, size: below.size * 2 };
    if (up.size !== skip.size) {
      levels[l].mismatch = `Sizes of tensors must match except in dimension 1. Expected size ${up.size} but got size ${skip.size} for tensor number 1 in the list.`;
      failed = true;
      break;
    }
    const decoder = { up, concat: up.channels + skip.channels, channels: skip.channels, size: skip.size };
    levels[l].decoder = decoder;
    below = decoder;
  }
  const step = 2 ** depth;
  const lower = Math.floor(size / step) * step;
  return {
    size,
    depth,
    base,
    inChannels,
    outChannels,
    levels,
    bottleneck,
    output: failed ? null : [outChannels, size, size],
    nearest: [lower, lower === size ? size : lower + step],
  };
}

export const unetPage: PageDefinition<UNetModel> = {
  id: 'unet-skips',
  concept: 'unet',
  title: { en: 'U-Net: down, up, and the skip connections', 'zh-cn': 'U-Net：下采样、上采样与跳跃连接' },
  summary: {
    en: 'The encoder halves the resolution and doubles the channels at every level; the decoder climbs back up, and at each level concatenates the encoder map of the same size, so the convs there see the fine detail the bottleneck lost. Change the input size to one that is not a multiple of 2^depth and watch where torch.cat breaks.',
    'zh-cn': '编码器每一层把分辨率减半、通道翻倍；解码器逐层回升，并在每一层拼接同尺寸的编码器特征图，让那里的卷积看到瓶颈处丢失的细节。把输入尺寸改成不是 2^深度 倍数的值，看看 torch.cat 在哪一层出错。',
  },
  source: {
    en: 'Concept page: the sizes follow from MaxPool2d(2) flooring and the transposed conv doubling; no model to run',
    'zh-cn': '概念页：尺寸由 MaxPool2d(2) 向下取整和转置卷积翻倍算出；无需运行模型',
  },
  prepare(request) {
    rejectUnknown('param', request.params, ['size', 'depth', 'base', 'in_channels', 'out_channels']);
    if (request.inputs && Object.keys(request.inputs).length) throw new DemoInputError('the U-Net page takes no input tensors, only params size, depth, base, in_channels and out_channels');
    const depth = numberParam(request.params, 'depth', 4, { integer: true, min: 1, max: 6 });
    const size = numberParam(request.params, 'size', 256, { integer: true, min: 2 ** depth, max: 4096 });
    const base = numberParam(request.params, 'base', 64, { integer: true, min: 1, max: 1024 });
    const inChannels = numberParam(request.params, 'in_channels', 3, { integer: true, min: 1, max: 64 });
    const outChannels = numberParam(request.params, 'out_channels', 2, { integer: true, min: 1, max: 1000 });
    return { page: 'unet-skips', params: { size, depth, base, in_channels: inChannels, out_channels: outChannels }, model: unetModel(size, depth, base, inChannels, outChannels) };
  },
};
