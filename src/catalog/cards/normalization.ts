/** Normalization cards: batch, layer, group, instance and RMS norm. */
import type { Card } from './types';

export const NORMALIZATION_CARDS: Card[] = [
  {
    id: 'layer-norm',
    family: 'normalization',
    title: { en: 'Layer normalization', 'zh-cn': '层归一化（LayerNorm）' },
    summary: {
      en: 'LayerNorm rescales each sample on its own: it takes the trailing feature dimensions of one example, subtracts their mean and divides by their standard deviation, then applies a learned scale γ and shift β. Because no statistic is shared across the batch, it behaves the same in training and inference and for any batch size or sequence length — which is why Transformers use it.',
      'zh-cn': 'LayerNorm 对每个样本单独做归一化：取该样本末尾的若干特征维度，减去它们的均值、除以标准差，再乘以可学习的缩放 γ、加上平移 β。它不在 batch 之间共享统计量，所以训练和推理行为一致，也不受 batch 大小或序列长度影响——这正是 Transformer 选用它的原因。',
    },
    formula: String.raw`y = \frac{x - \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}} \cdot \gamma + \beta`,
    formulaText: 'y = (x − E[x]) / √(Var[x] + ε) · γ + β   (mean and biased variance over the normalized_shape dims of each sample)',
    shapes: {
      en: 'Any input (…, *normalized_shape) → same shape. On NCHW images with normalized_shape = (C, H, W) it normalizes over (C, H, W) per sample; in Transformers (N, L, D) with normalized_shape = D, over D per token.',
      'zh-cn': '任意输入 (…, *normalized_shape) → 同形输出。对 NCHW 图像取 normalized_shape = (C, H, W) 时，对每个样本在 (C, H, W) 上归一化；在 Transformer 的 (N, L, D) 上取 D 时，对每个 token 在 D 上归一化。',
    },
    params: [
      {
        name: 'normalized_shape',
        meaning: { en: 'The trailing dimensions to normalize over (an int means the last dimension).', 'zh-cn': '要归一化的末尾维度（整数表示最后一维）。' },
        defaults: { pytorch: 'required' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the variance before the square root, for numerical stability.', 'zh-cn': '开方前加到方差上的小数，保证数值稳定。' },
        defaults: { pytorch: '1e-05', keras: '0.001 (epsilon)', flax: '1e-06 (epsilon)' },
      },
      {
        name: 'elementwise_affine',
        meaning: { en: 'Learn a per-element γ (and β when bias=True) of shape normalized_shape.', 'zh-cn': '是否学习与 normalized_shape 同形的逐元素 γ（bias=True 时还有 β）。' },
        defaults: { pytorch: 'True', keras: 'True (scale, center)', flax: 'True (use_scale, use_bias)' },
      },
    ],
    pitfalls: [
      {
        en: 'normalized_shape names the trailing dimensions, not the batch: nn.LayerNorm(C) on an NCHW tensor normalizes over W (the last dim) and fails unless W == C. Permute to channels-last or pass (C, H, W).',
        'zh-cn': 'normalized_shape 指的是末尾的维度而不是 batch：对 NCHW 张量用 nn.LayerNorm(C) 会在最后一维 W 上归一化，除非 W == C 否则报错。应先转成通道在后的布局，或传入 (C, H, W)。',
      },
      {
        en: 'Keras LayerNormalization uses axis=-1 and epsilon=1e-3, PyTorch eps=1e-5: ported weights give slightly different outputs unless you match eps.',
        'zh-cn': 'Keras 的 LayerNormalization 默认 axis=-1、epsilon=1e-3，而 PyTorch 的 eps=1e-5：迁移权重时若不对齐 eps，输出会略有差异。',
      },
    ],
    why: [
      {
        q: { en: 'Why LayerNorm, not BatchNorm, in Transformers?', 'zh-cn': 'Transformer 为什么用 LayerNorm 而不是 BatchNorm？' },
        a: {
          en: 'BatchNorm needs stable statistics over the batch, but sequence batches vary in size and length and are often tiny; LayerNorm normalizes each token over its own features, so it does not depend on N or L.',
          'zh-cn': 'BatchNorm 依赖 batch 上稳定的统计量，而序列 batch 的大小和长度都在变、而且常常很小；LayerNorm 只在每个 token 自己的特征上归一化，不依赖 N 或 L。',
        },
      },
      {
        q: { en: 'Why normalize before the activation?', 'zh-cn': '为什么要在激活之前归一化？' },
        a: {
          en: 'A layer whose outputs keep a stable distribution (mean 0, std 1, then γ/β) feeds the activation inputs it can use, which speeds up convergence and improves results; e.g. ResNet applies BN then ReLU.',
          'zh-cn': '让每层输出保持稳定的分布（均值 0、标准差 1，再由 γ/β 调整），激活函数收到的输入才有意义，能加快收敛、提升效果；例如 ResNet 先 BN 再 ReLU。',
        },
      },
    ],
    seeAlso: ['batch-norm', 'group-norm', 'instance-norm', 'rms-norm', 'transformer'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html',
      keras: 'https://keras.io/api/layers/normalization_layers/layer_normalization/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.LayerNorm',
    },
    demo: 'norm',
  },
];
