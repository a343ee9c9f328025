/**
 * ResNet's shape chain, stage by stage, as torchvision builds resnet18 … resnet152 (v1.5: the stride of a
 * bottleneck sits on its 3×3 conv): output shape, parameters and multiply-accumulates of every stage, and the
 * convolutions inside each stage's first block. Sizes follow Conv2d's ⌊(H + 2p − k)/s⌋ + 1; parameters count conv
 * weights (no bias), BatchNorm's γ and β and the fc layer; MACs count convs and fc as the shape engine does
 * (src/analysis/shapes), which the unit test checks this table against on test/fixtures/shapes/models/resnet.py.
 */
import { DemoInputError, rejectUnknown } from '../models/demo';
import { enumParam, numberParam } from '../models/params';
import type { PageDefinition } from './types';

export const RESNET_VARIANTS = ['resnet18', 'resnet34', 'resnet50', 'resnet101', 'resnet152'] as const;
export type ResNetVariant = (typeof RESNET_VARIANTS)[number];

const SPECS: Record<ResNetVariant, { block: 'basic' | 'bottleneck'; depths: [number, number, number, number] }> = {
  resnet18: { block: 'basic', depths: [2, 2, 2, 2] },
  resnet34: { block: 'basic', depths: [3, 4, 6, 3] },
  resnet50: { block: 'bottleneck', depths: [3, 4, 6, 3] },
  resnet101: { block: 'bottleneck', depths: [3, 4, 23, 3] },
  resnet152: { block: 'bottleneck', depths: [3, 8, 36, 3] },
};

export interface ConvSpec {
  kernel: number;
  stride: number;
  padding: number;
  cin: number;
  cout: number;
  /** Output size H = W after this conv. */
  size: number;
}

export interface ResNetStage {
  /** torchvision's module name: conv1, maxpool, layer1 … layer4, avgpool, fc (input for the image). */
  name: string;
  /** The paper's name (conv2_x …), where it has one. */
  paper?: string;
  /** Output as (C, H, W), or (classes) after fc. */
  out: number[];
  params: number;
  macs: number;
  /** Stages of residual blocks: how many, and the first block's convs and shortcut (the one that changes shape). */
  blocks?: number;
  first?: { convs: ConvSpec[]; shortcut: ConvSpec | 'identity' };
}

export interface ResNetModel {
  variant: ResNetVariant;
  block: 'basic' | 'bottleneck';
  depths: number[];
  stages: ResNetStage[];
  params: number;
  macs: number;
  /** Weighted layers on the main path (convs + fc): 18, 34, 50, 101, 152. */
  layers: number;
}

const outSize = (h: number, k: number, s: number, p: number) => Math.floor((h + 2 * p - k) / s) + 1;

function conv(cin: number, cout: number, kernel: number, stride: number, padding: number, size: number): ConvSpec {
  return { kernel, stride, padding, cin, cout, size: outSize(size, kernel, stride, padding) };
}
const convParams = (c: ConvSpec) => c.cin * c.cout * c.kernel * c.kernel;
const convMacs = (c: ConvSpec) => convParams(c) * c.size * c.size;
/** A conv and the BatchNorm after it (γ, β). */
const withBn = (c: ConvSpec) => convParams(c) + 2 * c.cout;

/** One residual block's convs (main path) and shortcut, starting at `size` with `cin` channels. */
function block(kind: 'basic' | 'bottleneck', cin: number, planes: number, stride: number, size: number) {
  const expansion = kind === 'bottleneck' ? 4 : 1;
  const cout = planes * expansion;
  const convs: ConvSpec[] = [];
  if (kind === 'bottleneck') {
    convs.push(conv(cin, planes, 1, 1, 0, size));
    convs.push(conv(planes, planes, 3, stride, 1, size));
    convs.push(conv(planes, cout, 1, 1, 0, convs[1].size));
  } else {
    convs.push(conv(cin, planes, 3, stride, 1, size));
    convs.push(conv(planes, planes, 3, 1, 1, convs[0].size));
  }
  const shortcut: ConvSpec | 'identity' = stride !== 1 || cin !== cout ? conv(cin, cout, 1, stride, 0, size) : 'identity';
  const all = shortcut === 'identity' ? convs : [...convs, shortcut];
  return { convs, shortcut, cout, size: convs[convs.length - 1].size, params: all.reduce((a, c) => a + withBn(c), 0), macs: all.reduce((a, c) => a + convMacs(c), 0) };
}

export function resnetModel(variant: ResNetVariant, size: number, classes: number): ResNetModel {
  const { block: kind, depths } = SPECS[variant];
  const stem = conv(3, 64, 7, 2, 3, size);
  const pooled = outSize(stem.size, 3, 2, 1);
  const stages: ResNetStage[] = [
    { name: 'input', out: [3, size, size], params: 0, macs: 0 },
    { name: 'conv1', paper: 'conv1', out: [64, stem.size, stem.size], params: withBn(stem), macs: convMacs(stem), first: { convs: [stem], shortcut: 'identity' } },
    { name: 'maxpool', out: [64, pooled, pooled], params: 0, macs: 0 },
  ];
  let channels = 64;
  let h = pooled;
  depths.forEach((count, i) => {
    const planes = 64 * 2 ** i;
    const stride = i === 0 ? 1 : 2;
    const first = block(kind, channels, planes, stride, h);
    let params = first.params;
    let macs = first.macs;
    for (let b = 1; b < count; b++) {
      const rest = block(kind, first.cout, planes, 1, first.size);
      params += rest.params;
      macs += rest.macs;
    }
    channels = first.cout;
    h = first.size;
    stages.push({ name: `layer${i + 1}`, paper: `conv${i + 2}_x`, out: [channels, h, h], params, macs, blocks: count, first: { convs: first.convs, shortcut: first.shortcut } });
  });
  stages.push({ name: 'avgpool', out: [channels, 1, 1], params: 0, macs: 0 });
  stages.push({ name: 'fc', out: [classes], params: channels * classes + classes, macs: channels * classes });
  const convsPerBlock = kind === 'bottleneck' ? 3 : 2;
  return {
    variant,
    block: kind,
    depths: [...depths],
    stages,
    params: stages.reduce((a, s) => a + s.params, 0),
    macs: stages.reduce((a, s) => a + s.macs, 0),
    layers: 1 + convsPerBlock * depths.reduce((a, b) => a + b, 0) + 1,
  };
}

export const resnetPage: PageDefinition<ResNetModel> = {
  id: 'resnet-stages',
  concept: 'resnet',
  title: { en: 'ResNet: the shape chain, stage by stage', 'zh-cn': 'ResNet：逐个 stage 的形状链' },
  summary: {
    en: 'How a 3×224×224 image becomes 1000 class scores in torchvision\'s ResNet: a strided 7×7 stem and a max-pool quarter the resolution, four stages of residual blocks halve it three more times while the channels grow, and global average pooling leaves one 2048-vector for the classifier. Pick a variant or an input size and every shape, parameter count and MAC count follows.',
    'zh-cn': '在 torchvision 的 ResNet 中，一张 3×224×224 的图像如何变成 1000 个类别分数：步长 2 的 7×7 stem 和最大池化把分辨率降到四分之一，四个残差 stage 再把分辨率减半三次、通道逐级增加，全局平均池化最后留下一个 2048 维向量交给分类器。换一个变体或输入尺寸，所有形状、参数量和乘加次数随之更新。',
  },
  source: {
    en: 'Concept page: shapes, parameters and MACs follow from the layer sizes, ⌊(H + 2p − k)/s⌋ + 1 per conv; no model to run',
    'zh-cn': '概念页：形状、参数量和乘加次数由各层尺寸算出，每个卷积 ⌊(H + 2p − k)/s⌋ + 1；无需运行模型',
  },
  prepare(request) {
    rejectUnknown('param', request.params, ['variant', 'size', 'classes']);
    if (request.inputs && Object.keys(request.inputs).length) throw new DemoInputError('the ResNet page takes no input tensors, only params variant, size and classes');
    const variant = enumParam(request.params, 'variant', RESNET_VARIANTS, 'resnet50');
    const size = numberParam(request.params, 'size', 224, { integer: true, min: 32, max: 2048 });
    const classes = numberParam(request.params, 'classes', 1000, { integer: true, min: 1, max: 100_000 });
    return { page: 'resnet-stages', params: { variant, size, classes }, model: resnetModel(variant, size, classes) };
  },
};
