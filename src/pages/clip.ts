/**
 * CLIP's contrastive loss matrix on a batch small enough to draw: N image and N caption embeddings, already
 * L2-normalised, as unit vectors at given angles in a 2-D embedding space (real CLIP uses 512 dimensions; the
 * picture needs 2). The numbers are computed by ORT through two existing demos, built here as requests:
 *   attention (sdpa): Q = images, K = captions, V = I, scale = τ → scores = τ·cos = logits_per_image, and weights
 *     = each row's softmax; with Q and K swapped → logits_per_text = its transpose, softmax over images;
 *   loss (cross-entropy): each logits matrix against targets 0…N−1 (the matching pairs on the diagonal).
 * CLIP's loss is the mean of the two cross-entropies (transformers' clip_loss).
 */
import type { DemoRequest, LocalText } from '../models/demo';
import type { RunResult } from '../models/run';
import { DemoInputError, rejectUnknown } from '../models/demo';
import { numberListParam, numberParam } from '../models/params';
import type { TensorData } from '../models/tensor';
import type { PageDefinition } from './types';

/** ln(1/0.07): transformers' logit_scale_init_value; the scale τ = exp(logit_scale) ≈ 14.29. */
export const DEFAULT_LOGIT_SCALE = Math.log(1 / 0.07);
/** Dog and cat photos close together (their captions compete), a car and a bowl of soup far from both. */
export const DEFAULT_IMAGE_ANGLES = [20, 55, 200, 300];
export const DEFAULT_TEXT_ANGLES = [32, 44, 188, 285];
const DEFAULT_CAPTIONS: LocalText[] = [
  { en: 'a dog on the grass', 'zh-cn': '草地上的狗' },
  { en: 'a cat on a sofa', 'zh-cn': '沙发上的猫' },
  { en: 'a red car', 'zh-cn': '一辆红色汽车' },
  { en: 'a bowl of soup', 'zh-cn': '一碗汤' },
];
const MAX_PAIRS = 8;

export interface ClipModel {
  n: number;
  imageAngles: number[];
  textAngles: number[];
  logitScale: number;
  /** τ = exp(logit_scale). */
  tau: number;
  /** (N, 2) unit vectors: the L2-normalised image_embeds and text_embeds. */
  images: TensorData;
  texts: TensorData;
  captions: LocalText[];
}

const unit = (degrees: number[]): TensorData => ({
  dims: [degrees.length, 2],
  data: degrees.flatMap((d) => [Math.cos((d * Math.PI) / 180), Math.sin((d * Math.PI) / 180)]),
});

const identity = (n: number): TensorData => ({ dims: [n, n], data: Array.from({ length: n * n }, (_, i) => (Math.floor(i / n) === i % n ? 1 : 0)) });

export function clipModel(imageAngles: number[], textAngles: number[], logitScale: number): ClipModel {
  const n = imageAngles.length;
  const captions = n === DEFAULT_CAPTIONS.length ? DEFAULT_CAPTIONS : Array.from({ length: n }, (_, i) => ({ en: `caption ${i + 1}`, 'zh-cn': `描述 ${i + 1}` }));
  return { n, imageAngles, textAngles, logitScale, tau: Math.exp(logitScale), images: unit(imageAngles), texts: unit(textAngles), captions };
}

/** The attention demo's request for one direction: rows are the queries (images, or captions), columns the keys. */
export function logitsRequest(m: ClipModel, direction: 'image' | 'text'): DemoRequest {
  const [Q, K] = direction === 'image' ? [m.images, m.texts] : [m.texts, m.images];
  return { params: { kind: 'sdpa', scale: m.tau }, inputs: { Q, K, V: identity(m.n) } };
}

/** The loss demo's request: cross-entropy of a logits matrix against the diagonal (row i's target is column i). */
export function crossEntropyRequest(logits: TensorData): DemoRequest {
  const n = logits.dims[0];
  return { params: { kind: 'cross-entropy', reduction: 'mean' }, inputs: { input: logits, target: { dims: [n], data: Array.from({ length: n }, (_, i) => i) } } };
}

/** The loss matrix and both cross-entropies, every number an ORT output; `run` runs one request of a demo. */
export interface ClipLoss {
  /** (N, N): cos(image i, caption j), and τ·cos = logits_per_image (logits_per_text is its transpose). */
  cosine: TensorData;
  logits: TensorData;
  /** (N, N): softmax over each row (which caption, per image) and over each column (which image, per caption; [i, j] = p(image i | caption j)). */
  imageToText: TensorData;
  textToImage: TensorData;
  /** Per image and per caption: −log of its own pair's probability; their means; CLIP's loss, the mean of the two. */
  imageLosses: TensorData;
  textLosses: TensorData;
  imageLoss: number;
  textLoss: number;
  loss: number;
  /** ORT runs made. */
  runs: RunResult[];
}

const transpose = (t: TensorData): TensorData => {
  const [r, c] = t.dims;
  return { dims: [c, r], data: Array.from({ length: r * c }, (_, k) => t.data[(k % r) * c + Math.floor(k / r)]) };
};

export async function clipLoss(m: ClipModel, run: (request: DemoRequest, demo: string) => Promise<RunResult>): Promise<ClipLoss> {
  const [byImage, byText] = await Promise.all([run(logitsRequest(m, 'image'), 'attention'), run(logitsRequest(m, 'text'), 'attention')]);
  const [ceImage, ceText] = await Promise.all([run(crossEntropyRequest(byImage.outputs.scores), 'loss'), run(crossEntropyRequest(byText.outputs.scores), 'loss')]);
  const imageLoss = ceImage.outputs.loss.data[0] as number;
  const textLoss = ceText.outputs.loss.data[0] as number;
  return {
    cosine: byImage.outputs.qk,
    logits: byImage.outputs.scores,
    imageToText: byImage.outputs.weights,
    textToImage: transpose(byText.outputs.weights),
    imageLosses: ceImage.outputs.losses,
    textLosses: ceText.outputs.losses,
    imageLoss,
    textLoss,
    loss: (imageLoss + textLoss) / 2,
    runs: [byImage, byText, ceImage, ceText],
  };
}

export const clipPage: PageDefinition<ClipModel> = {
  id: 'clip-contrastive',
  concept: 'clip',
  title: { en: 'CLIP: the contrastive loss matrix', 'zh-cn': 'CLIP：对比损失矩阵' },
  summary: {
    en: 'A batch of N images and their N captions gives an N×N matrix of cosine similarities. Scaled by the learned temperature, each row is a classification "which caption is mine?" and each column "which image is mine?", with the matching pair on the diagonal as the answer; CLIP\'s loss averages the two cross-entropies. Move the embeddings and watch the matrix and the loss respond.',
    'zh-cn': '一个 batch 的 N 张图像和它们的 N 条描述构成 N×N 的余弦相似度矩阵。乘以可学习的温度后，每一行是一个分类问题"哪条描述是我的？"，每一列是"哪张图是我的？"，对角线上的配对就是答案；CLIP 的损失是两个方向交叉熵的平均。移动嵌入向量，看矩阵和损失如何变化。',
  },
  source: {
    en: 'Concept page: the loss matrix is computed by onnxruntime-web, through the attention and loss demos, on',
    'zh-cn': '概念页：损失矩阵由 onnxruntime-web 通过注意力和损失演示计算，执行后端',
  },
  prepare(request) {
    rejectUnknown('param', request.params, ['image_angles', 'text_angles', 'logit_scale']);
    if (request.inputs && Object.keys(request.inputs).length) throw new DemoInputError('the CLIP page takes no input tensors, only params image_angles, text_angles (degrees) and logit_scale');
    const angle = { min: -360, max: 720 };
    const images = numberListParam(request.params, 'image_angles', angle, MAX_PAIRS) ?? DEFAULT_IMAGE_ANGLES;
    const texts = numberListParam(request.params, 'text_angles', angle, MAX_PAIRS) ?? DEFAULT_TEXT_ANGLES;
    if (images.length !== texts.length) throw new DemoInputError(`image_angles and text_angles must pair up: ${images.length} images, ${texts.length} captions`);
    if (images.length < 2) throw new DemoInputError('a contrastive batch needs at least 2 pairs (the other pairs are the negatives)');
    // CLIP clamps logit_scale at ln 100 during training; beyond it the softmax is a hard max anyway.
    const logitScale = numberParam(request.params, 'logit_scale', DEFAULT_LOGIT_SCALE, { min: -5, max: Math.log(100) });
    return { page: 'clip-contrastive', params: { image_angles: images, text_angles: texts, logit_scale: logitScale }, model: clipModel(images, texts, logitScale) };
  },
};
