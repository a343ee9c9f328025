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
  {
    id: 'batch-norm',
    family: 'normalization',
    title: { en: 'Batch normalization', 'zh-cn': '批归一化（BatchNorm）' },
    summary: {
      en: 'BatchNorm standardizes each channel with statistics of the current mini-batch: on an NCHW tensor it takes, per channel, the mean and variance over (N, H, W), maps the values to mean 0 and std 1, then applies a learned per-channel scale γ and shift β. While training it also keeps running averages of those statistics, and in evaluation mode it normalizes with the running averages instead of the batch. It is the standard normalization of CNNs such as ResNet (conv → BN → ReLU).',
      'zh-cn': 'BatchNorm 用当前 mini-batch 的统计量对每个通道做标准化：对 NCHW 张量，每个通道在 (N, H, W) 上求均值和方差，把数值变成均值 0、标准差 1，再乘以按通道学习的缩放 γ、加上平移 β。训练时它还维护这些统计量的滑动平均（running mean / running var），评估模式下改用滑动平均而不是当前 batch 的统计量。它是 ResNet 等 CNN 的标准归一化（conv → BN → ReLU）。',
    },
    formula: String.raw`y = \frac{x - \mu_{\mathcal{B}}}{\sqrt{\sigma^2_{\mathcal{B}} + \epsilon}} \cdot \gamma + \beta, \qquad \hat{\mu} \leftarrow (1 - m)\,\hat{\mu} + m\,\mu_{\mathcal{B}} \ \text{(PyTorch)}`,
    formulaText:
      'y = (x − μ_B) / √(σ²_B + ε) · γ + β   (μ_B, σ²_B: mean and biased variance per channel over (N, H, W)); running stats: PyTorch r ← (1 − m)·r + m·μ_B with m = 0.1, Keras/Flax r ← m·r + (1 − m)·μ_B with m = 0.99; eval mode uses r instead of μ_B, σ²_B',
    shapes: {
      en: 'PyTorch BatchNorm2d(C): (N, C, H, W) → same shape, statistics per channel over (N, H, W); BatchNorm1d(C): (N, C) or (N, C, L), over N (and L). Keras BatchNormalization(axis=-1) is channels-last: (N, H, W, C) → same shape. γ, β, running mean and running var all have shape (C,).',
      'zh-cn': 'PyTorch BatchNorm2d(C)：(N, C, H, W) → 同形输出，每个通道在 (N, H, W) 上统计；BatchNorm1d(C)：(N, C) 或 (N, C, L)，在 N（和 L）上统计。Keras BatchNormalization(axis=-1) 默认通道在后：(N, H, W, C) → 同形输出。γ、β、running mean、running var 的形状都是 (C,)。',
    },
    params: [
      {
        name: 'num_features',
        meaning: { en: 'Number of channels C (Keras infers it from the input).', 'zh-cn': '通道数 C（Keras 从输入自动推断）。' },
        defaults: { pytorch: 'required', flax: 'required (num_features, nnx.BatchNorm)' },
      },
      {
        name: 'momentum',
        meaning: {
          en: 'Weight of the running-statistics update — with opposite meanings: in PyTorch it weights the new batch, in Keras and Flax the old running value.',
          'zh-cn': '滑动统计量更新的权重——含义相反：PyTorch 中是新 batch 的权重，Keras 和 Flax 中是旧滑动值的权重。',
        },
        defaults: { pytorch: '0.1', keras: '0.99', flax: '0.99' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the variance before the square root, for numerical stability.', 'zh-cn': '开方前加到方差上的小数，保证数值稳定。' },
        defaults: { pytorch: '1e-05', keras: '0.001 (epsilon)', flax: '1e-05 (epsilon)' },
      },
      {
        name: 'affine',
        meaning: { en: 'Learn the per-channel γ and β.', 'zh-cn': '是否学习按通道的 γ 和 β。' },
        defaults: { pytorch: 'True', keras: 'True (center, scale)', flax: 'True (use_bias, use_scale)' },
      },
      {
        name: 'track_running_stats',
        meaning: {
          en: 'Keep running mean/var for eval mode; if False, batch statistics are used in eval too.',
          'zh-cn': '是否为评估模式维护 running mean/var；为 False 时评估也用当前 batch 的统计量。',
        },
        defaults: { pytorch: 'True' },
      },
      {
        name: 'use_running_average',
        meaning: {
          en: 'Flax switch between batch statistics (False, training) and stored running averages (True, evaluation).',
          'zh-cn': 'Flax 中的开关：False 用 batch 统计量（训练），True 用保存的滑动平均（评估）。',
        },
        defaults: { flax: 'None (linen) / False (nnx)' },
      },
    ],
    pitfalls: [
      {
        en: 'Forgetting model.eval() in PyTorch (or calling a Keras model with training=True at inference): BN keeps normalizing with the current batch, so a prediction depends on the other examples in the batch and a single example gives unstable outputs. Call model.eval() before inference and model.train() before training again; in Flax pass use_running_average=True.',
        'zh-cn': 'PyTorch 推理时忘了 model.eval()（或推理时用 training=True 调用 Keras 模型）：BN 仍用当前 batch 的统计量，预测结果会受同一 batch 其他样本影响，单个样本的输出不稳定。推理前调用 model.eval()，继续训练前调用 model.train()；Flax 中传 use_running_average=True。',
      },
      {
        en: 'Small batches make μ_B and σ²_B noisy, so training and running statistics drift apart and accuracy drops; with one value per channel PyTorch raises "Expected more than 1 value per channel when training" (e.g. BatchNorm1d on a (1, C) batch). Gradient accumulation does not help — BN still sees the small micro-batch. Use SyncBatchNorm across GPUs, GroupNorm, or keep BN in eval mode (frozen statistics) when fine-tuning with tiny batches.',
        'zh-cn': 'batch 太小时 μ_B、σ²_B 噪声很大，训练统计量和滑动统计量偏离，精度下降；每个通道只有一个值时 PyTorch 直接报错 "Expected more than 1 value per channel when training"（例如 BatchNorm1d 输入 (1, C)）。梯度累积没有用——BN 看到的仍是小的 micro-batch。可以跨 GPU 用 SyncBatchNorm、换成 GroupNorm，或在小 batch 微调时让 BN 保持 eval 模式（冻结统计量）。',
      },
      {
        en: 'momentum has opposite conventions: PyTorch momentum = 1 − Keras momentum. PyTorch\'s default 0.1 equals Keras momentum=0.9, and Keras\' default 0.99 equals PyTorch momentum=0.01. Copying the number across frameworks makes the running statistics update 10× too fast or almost never.',
        'zh-cn': 'momentum 的约定相反：PyTorch 的 momentum = 1 − Keras 的 momentum。PyTorch 默认 0.1 相当于 Keras momentum=0.9，Keras 默认 0.99 相当于 PyTorch momentum=0.01。跨框架直接照抄数值，滑动统计量要么更新快 10 倍，要么几乎不更新。',
      },
      {
        en: 'Freezing differs: in Keras (TF2 / Keras 3) setting bn.trainable = False also runs the layer in inference mode (moving statistics), which is what fine-tuning a pretrained CNN needs; in PyTorch requires_grad_(False) only freezes γ and β — the running statistics keep updating in train mode unless you call .eval() on the BN modules.',
        'zh-cn': '“冻结”的含义不同：Keras（TF2 / Keras 3）中设置 bn.trainable = False 会同时让该层以推理模式运行（使用滑动统计量），正是微调预训练 CNN 所需要的；PyTorch 中 requires_grad_(False) 只冻结 γ 和 β——只要处于 train 模式，running 统计量仍会更新，除非对 BN 模块调用 .eval()。',
      },
    ],
    why: [
      {
        q: { en: 'Why normalize before the activation?', 'zh-cn': '为什么要在激活之前归一化？' },
        a: {
          en: 'BN gives each layer\'s outputs a stable distribution (mean 0, std 1 per channel, then γ/β), so the next activation receives inputs in its useful range: ReLU neither zeroes a mostly-negative input nor sees exploding values. This speeds up convergence, tolerates larger learning rates and improves the final result — ResNet applies conv → BN → ReLU in every block.',
          'zh-cn': 'BN 让每层输出保持稳定的分布（每个通道均值 0、标准差 1，再由 γ/β 调整），后面的激活函数才能收到处在有效区间的输入：ReLU 不会把大部分为负的输入全部置零，也不会遇到数值爆炸。这能加快收敛、允许更大的学习率并提升最终效果——ResNet 的每个 block 都是 conv → BN → ReLU。',
        },
      },
      {
        q: { en: 'Why does BatchNorm behave differently in training and evaluation?', 'zh-cn': '为什么 BatchNorm 在训练和评估时行为不同？' },
        a: {
          en: 'In training the statistics come from the batch, which is cheap and adapts as the weights change. At inference you want one deterministic output per example that does not depend on batch size or batch mates, so BN switches to the running mean and variance it accumulated during training.',
          'zh-cn': '训练时统计量来自当前 batch，计算便宜，并能随权重变化而更新。推理时希望每个样本的输出确定、不受 batch 大小和同 batch 其他样本影响，所以 BN 改用训练中累积的 running mean 和 running var。',
        },
      },
      {
        q: { en: 'How does normalization help against overfitting?', 'zh-cn': '归一化为什么能缓解过拟合？' },
        a: {
          en: 'Each example is normalized with the statistics of a random mini-batch, so the same input produces slightly different activations every step; this noise acts as a mild regularizer, similar in spirit to dropout. It complements, not replaces, the other remedies: dropout, L1/L2 penalties or weight decay, more data and early stopping.',
          'zh-cn': '每个样本都用随机 mini-batch 的统计量归一化，同一个输入每一步得到的激活略有不同；这种噪声起到轻度正则化的作用，思路和 dropout 类似。它是对其他手段的补充而不是替代：dropout、L1/L2 惩罚或 weight decay、增加数据、早停。',
        },
      },
    ],
    seeAlso: ['layer-norm', 'group-norm', 'instance-norm', 'resnet', 'relu', 'dropout'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html',
      keras: 'https://keras.io/api/layers/normalization_layers/batch_normalization/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/BatchNormalization',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.BatchNorm',
    },
    demo: 'norm',
  },
  {
    id: 'group-norm',
    family: 'normalization',
    title: { en: 'Group normalization', 'zh-cn': '组归一化（GroupNorm）' },
    summary: {
      en: 'GroupNorm splits the C channels of each sample into G groups of C/G channels and standardizes each group over its (C/G, H, W) values, then applies a per-channel γ and β. No statistic crosses samples, so it behaves the same for batch size 1 or 256 and in training and evaluation. It is the usual choice when per-GPU batches are small: detection, segmentation and the UNets of diffusion models (32 groups).',
      'zh-cn': 'GroupNorm 把每个样本的 C 个通道分成 G 组、每组 C/G 个通道，在每组的 (C/G, H, W) 上做标准化，再乘以按通道的 γ、加上 β。统计量从不跨样本，所以 batch 为 1 还是 256、训练还是评估，行为都一样。单卡 batch 很小时通常选它：检测、分割，以及扩散模型的 UNet（32 组）。',
    },
    formula: String.raw`y_{n,c,h,w} = \frac{x_{n,c,h,w} - \mu_{n,g}}{\sqrt{\sigma^2_{n,g} + \epsilon}} \cdot \gamma_c + \beta_c, \qquad g = \left\lfloor \frac{c\,G}{C} \right\rfloor`,
    formulaText:
      'y = (x − μ_{n,g}) / √(σ²_{n,g} + ε) · γ_c + β_c   (mean and biased variance per sample n and group g of C/G channels, over (C/G, H, W); G = 1 ≈ LayerNorm, G = C = InstanceNorm)',
    shapes: {
      en: 'PyTorch GroupNorm(num_groups, num_channels): (N, C, *) → same shape, C divisible by num_groups; γ and β have shape (C,). Keras GroupNormalization(groups, axis=-1) and Flax GroupNorm work channels-last: (N, H, W, C) → same shape.',
      'zh-cn': 'PyTorch GroupNorm(num_groups, num_channels)：(N, C, *) → 同形输出，C 必须能被 num_groups 整除；γ、β 形状为 (C,)。Keras GroupNormalization(groups, axis=-1) 和 Flax GroupNorm 是通道在后：(N, H, W, C) → 同形输出。',
    },
    params: [
      {
        name: 'num_groups',
        meaning: { en: 'Number of groups G; the channel count must be divisible by it.', 'zh-cn': '分组数 G；通道数必须能被它整除。' },
        defaults: { pytorch: 'required', keras: '32 (groups)', flax: '32' },
      },
      {
        name: 'num_channels',
        meaning: { en: 'Number of channels C of the input (second positional argument in PyTorch).', 'zh-cn': '输入的通道数 C（PyTorch 中是第二个位置参数）。' },
        defaults: { pytorch: 'required', flax: 'required (num_features, nnx.GroupNorm)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the variance before the square root, for numerical stability.', 'zh-cn': '开方前加到方差上的小数，保证数值稳定。' },
        defaults: { pytorch: '1e-05', keras: '0.001 (epsilon)', flax: '1e-06 (epsilon)' },
      },
      {
        name: 'affine',
        meaning: { en: 'Learn a per-channel γ and β.', 'zh-cn': '是否学习按通道的 γ 和 β。' },
        defaults: { pytorch: 'True', keras: 'True (center, scale)', flax: 'True (use_bias, use_scale)' },
      },
    ],
    pitfalls: [
      {
        en: 'Argument order: nn.GroupNorm(num_groups, num_channels) takes the group count first. nn.GroupNorm(64, 32) meant as "64 channels in 32 groups" fails with "num_channels must be divisible by num_groups", and a num_channels that differs from the input\'s C fails in forward with a shape mismatch of γ/β.',
        'zh-cn': '参数顺序：nn.GroupNorm(num_groups, num_channels) 第一个参数是组数。想表达“64 个通道分 32 组”却写成 nn.GroupNorm(64, 32)，会报 "num_channels must be divisible by num_groups"；num_channels 与输入的 C 不一致时，forward 会因 γ/β 形状不匹配而报错。',
      },
      {
        en: 'Keras GroupNormalization defaults to groups=32: a layer with fewer than 32 channels, or a channel count such as 48 that 32 does not divide, raises when the layer is built. Set groups explicitly (groups=-1 gives InstanceNorm, groups=1 is close to LayerNorm).',
        'zh-cn': 'Keras GroupNormalization 默认 groups=32：通道数少于 32、或像 48 这样不能被 32 整除时，构建层时就会报错。请显式设置 groups（groups=-1 即 InstanceNorm，groups=1 接近 LayerNorm）。',
      },
      {
        en: 'GroupNorm(1, C) is not exactly nn.LayerNorm((C, H, W)): the statistics match, but GroupNorm learns C per-channel γ/β values while LayerNorm learns C·H·W per-element ones, so their weights are not interchangeable.',
        'zh-cn': 'GroupNorm(1, C) 并不完全等于 nn.LayerNorm((C, H, W))：统计量相同，但 GroupNorm 学习的是 C 个按通道的 γ/β，LayerNorm 学习的是 C·H·W 个逐元素参数，两者权重不能互换。',
      },
    ],
    why: [
      {
        q: { en: 'Why GroupNorm for small batches?', 'zh-cn': '为什么小 batch 时用 GroupNorm？' },
        a: {
          en: 'With 1–2 images per GPU, BatchNorm\'s batch statistics are very noisy and differ from the running statistics used at test time, so its error rises sharply as the batch shrinks. GroupNorm computes its statistics inside each sample over C/G·H·W values, independent of N, so its accuracy stays nearly constant across batch sizes and training matches inference.',
          'zh-cn': '每张卡只有 1～2 张图时，BatchNorm 的 batch 统计量噪声很大，且与测试时使用的滑动统计量不一致，batch 越小误差上升越明显。GroupNorm 在每个样本内部、在 C/G·H·W 个值上计算统计量，与 N 无关，所以不同 batch 大小下精度几乎不变，训练和推理也一致。',
        },
      },
      {
        q: { en: 'Why groups rather than all channels (LayerNorm) or single channels (InstanceNorm)?', 'zh-cn': '为什么要分组，而不是用全部通道（LayerNorm）或单个通道（InstanceNorm）？' },
        a: {
          en: 'Convolution channels come in families of related filters. LayerNorm forces every channel to share one mean and variance; InstanceNorm discards all cross-channel information and estimates each statistic from only H·W values. Normalizing within groups sits between the two, and G = 32 worked best for CNNs in the GroupNorm paper.',
          'zh-cn': '卷积通道天然成组，相关的滤波器响应相似的特征。LayerNorm 强制所有通道共享同一个均值和方差；InstanceNorm 丢掉了通道之间的全部信息，且每个统计量只用 H·W 个值估计。按组归一化介于两者之间，GroupNorm 论文中 G = 32 对 CNN 效果最好。',
        },
      },
    ],
    seeAlso: ['batch-norm', 'layer-norm', 'instance-norm', 'unet', 'diffusion-pipeline'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.GroupNorm.html',
      keras: 'https://keras.io/api/layers/normalization_layers/group_normalization/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/GroupNormalization',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.GroupNorm',
    },
    demo: 'norm',
  },
  {
    id: 'instance-norm',
    family: 'normalization',
    title: { en: 'Instance normalization', 'zh-cn': '实例归一化（InstanceNorm）' },
    summary: {
      en: 'InstanceNorm standardizes every channel of every sample on its own: on an NCHW tensor each (n, c) feature map is normalized over its own H × W values. This removes per-image contrast and color statistics — the "style" carried by channel means and variances — which is why it is standard in style transfer and many image-to-image generators. It equals GroupNorm with one channel per group.',
      'zh-cn': 'InstanceNorm 对每个样本的每个通道单独做标准化：对 NCHW 张量，每个 (n, c) 特征图只在自己的 H × W 个值上归一化。这样会去掉每张图的对比度和色彩统计——通道均值和方差所携带的“风格”——所以它是风格迁移和许多图像到图像生成器的标准选择。它等价于每组一个通道的 GroupNorm。',
    },
    formula: String.raw`y_{n,c,h,w} = \frac{x_{n,c,h,w} - \mu_{n,c}}{\sqrt{\sigma^2_{n,c} + \epsilon}} \cdot \gamma_c + \beta_c`,
    formulaText:
      'y = (x − μ_{n,c}) / √(σ²_{n,c} + ε) · γ_c + β_c   (mean and biased variance over (H, W) of one sample and one channel; γ, β only when affine=True)',
    shapes: {
      en: 'PyTorch InstanceNorm2d(C): (N, C, H, W) or unbatched (C, H, W) → same shape; InstanceNorm1d on (N, C, L). Core Keras has no InstanceNormalization layer: GroupNormalization(groups=-1) on channels-last (N, H, W, C) is the equivalent. Flax InstanceNorm normalizes channels-last input per sample and feature.',
      'zh-cn': 'PyTorch InstanceNorm2d(C)：(N, C, H, W) 或无 batch 的 (C, H, W) → 同形输出；InstanceNorm1d 用于 (N, C, L)。Keras 核心库没有 InstanceNormalization 层：对通道在后的 (N, H, W, C) 使用 GroupNormalization(groups=-1) 即等价。Flax InstanceNorm 对通道在后的输入按样本、按特征归一化。',
    },
    params: [
      {
        name: 'num_features',
        meaning: { en: 'Number of channels C.', 'zh-cn': '通道数 C。' },
        defaults: { pytorch: 'required', flax: 'required (num_features, nnx.InstanceNorm)' },
      },
      {
        name: 'affine',
        meaning: { en: 'Learn a per-channel γ and β — off by default in PyTorch.', 'zh-cn': '是否学习按通道的 γ 和 β——PyTorch 默认关闭。' },
        defaults: { pytorch: 'False', keras: 'True (center, scale of GroupNormalization)', flax: 'True (use_bias, use_scale)' },
      },
      {
        name: 'track_running_stats',
        meaning: {
          en: 'Keep running mean/var (updated with momentum 0.1) and use them in eval mode; by default instance statistics are used in both modes.',
          'zh-cn': '是否维护 running mean/var（以 momentum 0.1 更新）并在评估模式使用；默认两种模式都用实例自身的统计量。',
        },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the variance before the square root, for numerical stability.', 'zh-cn': '开方前加到方差上的小数，保证数值稳定。' },
        defaults: { pytorch: '1e-05', keras: '0.001 (epsilon, GroupNormalization)', flax: '1e-06 (epsilon)' },
      },
      {
        name: 'groups',
        meaning: { en: 'Keras only: GroupNormalization with groups=-1 (one group per channel) is InstanceNorm.', 'zh-cn': '仅 Keras：GroupNormalization 设置 groups=-1（每个通道一组）即为 InstanceNorm。' },
        defaults: { keras: '32 (set -1 for InstanceNorm)' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.InstanceNorm2d defaults to affine=False and track_running_stats=False, unlike BatchNorm2d. Swapping BN for IN silently drops the learnable γ/β, and loading a checkpoint saved with affine=True fails with unexpected weight/bias keys. Pass affine=True when you want the scale and shift.',
        'zh-cn': 'nn.InstanceNorm2d 默认 affine=False、track_running_stats=False，和 BatchNorm2d 不同。把 BN 换成 IN 会悄悄丢掉可学习的 γ/β，加载用 affine=True 保存的 checkpoint 时会因多出的 weight/bias 键而失败。需要缩放和平移时请传 affine=True。',
      },
      {
        en: 'A feature map with a single spatial element (e.g. 1×1 after global pooling) has variance 0: PyTorch raises "Expected more than 1 spatial element when training", and very small maps give noisy statistics. Apply InstanceNorm to spatial feature maps, not to pooled vectors.',
        'zh-cn': '只有一个空间元素的特征图（例如全局池化后的 1×1）方差为 0：PyTorch 会报 "Expected more than 1 spatial element when training"，很小的特征图统计量也非常嘈杂。InstanceNorm 应该用在有空间维度的特征图上，而不是池化后的向量。',
      },
      {
        en: 'Because it removes each image\'s channel means and variances, InstanceNorm also removes information a classifier may need (overall brightness, contrast, color cast). Prefer BatchNorm or GroupNorm for recognition; use InstanceNorm where that invariance is the goal (style transfer, generation).',
        'zh-cn': 'InstanceNorm 去掉了每张图各通道的均值和方差，也就去掉了分类器可能需要的信息（整体亮度、对比度、色偏）。识别任务优先用 BatchNorm 或 GroupNorm；只有在需要这种不变性时（风格迁移、生成）才用 InstanceNorm。',
      },
    ],
    why: [
      {
        q: { en: 'Why InstanceNorm for style transfer and image generation?', 'zh-cn': '风格迁移和图像生成为什么用 InstanceNorm？' },
        a: {
          en: 'The style of an image (contrast, color, texture strength) lives largely in the per-channel mean and variance of its feature maps. Normalizing them per image makes the generator independent of the input\'s contrast, and the learned γ/β (or, in AdaIN, the style image\'s statistics) then impose the target style.',
          'zh-cn': '图像的风格（对比度、色彩、纹理强度）主要体现在特征图每个通道的均值和方差上。按图像归一化掉这些统计量，生成器就不再受输入图对比度的影响，再由学到的 γ/β（或 AdaIN 中风格图的统计量）施加目标风格。',
        },
      },
      {
        q: { en: 'Which axes does each normalization average over on NCHW?', 'zh-cn': '在 NCHW 上，各种归一化分别在哪些维度上求统计量？' },
        a: {
          en: 'BatchNorm: (N, H, W) per channel. LayerNorm: (C, H, W) per sample. GroupNorm: (C/G, H, W) per sample and group. InstanceNorm: (H, W) per sample and channel. Only BatchNorm mixes samples, which is why only it depends on the batch size and needs running statistics.',
          'zh-cn': 'BatchNorm：每个通道在 (N, H, W) 上。LayerNorm：每个样本在 (C, H, W) 上。GroupNorm：每个样本、每组在 (C/G, H, W) 上。InstanceNorm：每个样本、每个通道在 (H, W) 上。只有 BatchNorm 会混合不同样本，所以只有它依赖 batch 大小、需要滑动统计量。',
        },
      },
    ],
    seeAlso: ['batch-norm', 'group-norm', 'layer-norm', 'gan', 'unet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.InstanceNorm2d.html',
      keras: 'https://keras.io/api/layers/normalization_layers/group_normalization/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/normalization.html#flax.nnx.InstanceNorm',
    },
    demo: 'norm',
  },
  {
    id: 'rms-norm',
    family: 'normalization',
    title: { en: 'RMS normalization', 'zh-cn': '均方根归一化（RMSNorm）' },
    summary: {
      en: 'RMSNorm is LayerNorm without re-centering: it divides each token\'s feature vector by its root mean square and multiplies by a learned per-feature gain γ — no mean subtraction and no bias β. It is cheaper than LayerNorm and works as well in practice, which is why T5, LLaMA, Mistral, Gemma and most recent LLMs use it, applied before attention and the MLP (pre-norm).',
      'zh-cn': 'RMSNorm 是去掉“减均值”的 LayerNorm：把每个 token 的特征向量除以它的均方根，再乘以按特征学习的增益 γ——不减均值，也没有偏置 β。它比 LayerNorm 更省计算，实际效果相当，所以 T5、LLaMA、Mistral、Gemma 和大多数新 LLM 都用它，放在 attention 和 MLP 之前（pre-norm）。',
    },
    formula: String.raw`y_i = \frac{x_i}{\sqrt{\frac{1}{n}\sum_{j=1}^{n} x_j^2 + \epsilon}} \cdot \gamma_i`,
    formulaText: 'y = x / √(mean(x²) + ε) · γ   (mean of squares over the normalized_shape dims of each token; no mean subtraction, no β)',
    shapes: {
      en: 'Any (…, *normalized_shape) → same shape. In an LLM (N, L, D) with normalized_shape = D: one RMS per token, γ of shape (D,). Keras RMSNormalization(axis=-1) and Flax RMSNorm normalize the last axis.',
      'zh-cn': '任意 (…, *normalized_shape) → 同形输出。在 LLM 的 (N, L, D) 上取 normalized_shape = D：每个 token 一个 RMS，γ 形状为 (D,)。Keras RMSNormalization(axis=-1) 和 Flax RMSNorm 都在最后一维上归一化。',
    },
    params: [
      {
        name: 'normalized_shape',
        meaning: { en: 'The trailing dimensions to normalize over (an int means the last dimension).', 'zh-cn': '要归一化的末尾维度（整数表示最后一维）。' },
        defaults: { pytorch: 'required', flax: 'required (num_features, nnx.RMSNorm)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the mean of squares before the square root.', 'zh-cn': '开方前加到平方均值上的小数。' },
        defaults: {
          pytorch: 'None (torch.finfo(x.dtype).eps)',
          keras: '1e-06 (epsilon)',
          flax: '1e-06 (epsilon)',
          transformers: '1e-06 (rms_norm_eps, LlamaConfig)',
        },
      },
      {
        name: 'elementwise_affine',
        meaning: { en: 'Learn the per-element gain γ (initialized to ones).', 'zh-cn': '是否学习逐元素增益 γ（初始化为 1）。' },
        defaults: { pytorch: 'True', flax: 'True (use_scale)' },
      },
      {
        name: 'axis',
        meaning: { en: 'Axis (or axes) to normalize over.', 'zh-cn': '归一化所在的维度。' },
        defaults: { keras: '-1', flax: '-1 (reduction_axes)' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.RMSNorm(eps=None) uses the machine epsilon of the input dtype (≈1.2e-7 in fp32, ≈9.8e-4 in fp16), not the 1e-6 or 1e-5 a LLaMA-style model was trained with. Pass eps=config.rms_norm_eps when porting weights.',
        'zh-cn': 'nn.RMSNorm(eps=None) 使用输入 dtype 的机器精度（fp32 约 1.2e-7，fp16 约 9.8e-4），而不是 LLaMA 类模型训练时用的 1e-6 或 1e-5。迁移权重时请传 eps=config.rms_norm_eps。',
      },
      {
        en: 'Computing mean(x²) in fp16 overflows once |x| > 256 (x² > 65504) and loses precision before that; reference implementations such as Hugging Face\'s LlamaRMSNorm upcast to float32, normalize, then cast back to the input dtype.',
        'zh-cn': '在 fp16 下计算 mean(x²)，|x| > 256 时就会溢出（x² > 65504），在此之前也会损失精度；Hugging Face 的 LlamaRMSNorm 等参考实现会先转成 float32 归一化，再转回输入的 dtype。',
      },
      {
        en: 'Not every RMSNorm multiplies by γ directly: Gemma stores an offset and multiplies by (1 + scale) with scale initialized to 0. Loading those weights into nn.RMSNorm without adding 1 shrinks the activations almost to zero.',
        'zh-cn': '并不是所有 RMSNorm 都直接乘 γ：Gemma 存的是偏移量，计算时乘 (1 + scale)，scale 初始化为 0。把这种权重直接加载进 nn.RMSNorm 而不加 1，激活会被缩小到接近 0。',
      },
    ],
    why: [
      {
        q: { en: 'Why do LLMs use RMSNorm instead of LayerNorm?', 'zh-cn': '为什么 LLM 用 RMSNorm 而不是 LayerNorm？' },
        a: {
          en: 'The RMSNorm paper argues that LayerNorm\'s benefit comes mainly from re-scaling, not re-centering. Dropping the mean and β saves a reduction and a parameter vector in every layer, making it faster with comparable quality; like LayerNorm it depends on neither the batch nor the sequence length.',
          'zh-cn': 'RMSNorm 论文指出，LayerNorm 的收益主要来自重新缩放，而不是重新居中。去掉均值和 β 后，每层少一次归约和一组参数，速度更快、效果相当；并且和 LayerNorm 一样，不依赖 batch 大小或序列长度。',
        },
      },
      {
        q: { en: 'What is lost by not subtracting the mean?', 'zh-cn': '不减均值会损失什么？' },
        a: {
          en: 'The output is invariant to rescaling x but not to shifting it, and it is not zero-centered. In Transformers the surrounding linear layers absorb such offsets, so in practice nothing measurable is lost.',
          'zh-cn': '输出对 x 的缩放不变，但对平移不是不变的，而且不再以 0 为中心。在 Transformer 中，前后的线性层会吸收这种偏移，实践中没有可观测的损失。',
        },
      },
    ],
    seeAlso: ['layer-norm', 'transformer', 'gpt', 't5', 'mixed-precision'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.RMSNorm.html',
      keras: 'https://keras.io/api/layers/normalization_layers/rms_normalization/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/normalization.html#flax.nnx.RMSNorm',
    },
  },
];
