/** Activation cards: ReLU, LeakyReLU, GELU, sigmoid, tanh, softmax, log-softmax and SiLU. */
import type { Card } from './types';

export const ACTIVATIONS_CARDS: Card[] = [
  {
    id: 'relu',
    family: 'activations',
    title: { en: 'ReLU (rectified linear unit)', 'zh-cn': '线性整流函数（ReLU）' },
    summary: {
      en: 'ReLU passes positive inputs unchanged and sets negative inputs to 0: max(0, x). Its gradient is 1 for x > 0 and 0 for x < 0, so it does not saturate on the positive side and costs almost nothing to compute; that made deep CNNs and MLPs trainable, and it remains the default hidden-layer activation (ResNet: conv → BN → ReLU). ReLU6 additionally clips at 6; LeakyReLU keeps a small negative slope.',
      'zh-cn': 'ReLU 让正输入原样通过、把负输入置为 0：max(0, x)。x > 0 时梯度为 1，x < 0 时为 0，因此正半轴不会饱和，计算几乎没有开销；正是它让深层 CNN 和 MLP 变得可训练，至今仍是隐藏层的默认激活（ResNet：conv → BN → ReLU）。ReLU6 额外在 6 处截断；LeakyReLU 在负半轴保留一个小斜率。',
    },
    formula: String.raw`\mathrm{ReLU}(x) = \max(0, x), \qquad \frac{d}{dx}\,\mathrm{ReLU}(x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}`,
    formulaText: 'ReLU(x) = max(0, x); derivative 1 for x > 0, 0 for x < 0 (frameworks use 0 at x = 0). Element-wise.',
    shapes: {
      en: 'Element-wise: any shape → the same shape (PyTorch (*), Keras and JAX arrays of any rank).',
      'zh-cn': '逐元素运算：任意形状 → 相同形状（PyTorch 的 (*)，Keras、JAX 的任意维数组）。',
    },
    params: [
      {
        name: 'inplace',
        meaning: { en: 'Overwrite the input tensor instead of allocating the output.', 'zh-cn': '直接覆盖输入张量，而不是分配新的输出。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'max_value',
        meaning: { en: 'Upper clip of the output (6 gives ReLU6); None means unbounded.', 'zh-cn': '输出的上限（取 6 即 ReLU6）；None 表示不设上限。' },
        defaults: { keras: 'None (ReLU layer)' },
      },
      {
        name: 'negative_slope',
        meaning: { en: 'Slope below the threshold; a non-zero value makes it a leaky ReLU.', 'zh-cn': '阈值以下的斜率；非零时就变成 leaky ReLU。' },
        defaults: { keras: '0.0 (ReLU layer)' },
      },
      {
        name: 'threshold',
        meaning: { en: 'Inputs below this value are zeroed (or scaled by negative_slope).', 'zh-cn': '低于该值的输入被置零（或乘以 negative_slope）。' },
        defaults: { keras: '0.0 (ReLU layer)' },
      },
      {
        name: 'activation',
        meaning: {
          en: 'Where a layer or model takes the activation by name.',
          'zh-cn': '层或模型按名称指定激活函数的参数。',
        },
        defaults: {
          keras: "None (Dense; pass 'relu')",
          pytorch: 'relu (nn.TransformerEncoderLayer)',
          sklearn: "'relu' (MLPClassifier)",
        },
      },
    ],
    pitfalls: [
      {
        en: 'Dying ReLU: a unit whose pre-activation is negative for every input outputs 0 and receives zero gradient, so it never recovers — typical after a too-high learning rate or a large negative bias. Watch the fraction of zero activations; lower the learning rate, use He (Kaiming) initialization, or switch to LeakyReLU or GELU.',
        'zh-cn': '“死亡 ReLU”：某个神经元对所有输入的激活前值都为负时，输出恒为 0、梯度也为 0，再也无法恢复——学习率过大或偏置变成很大的负数后常见。关注输出为 0 的比例；降低学习率、使用 He（Kaiming）初始化，或改用 LeakyReLU、GELU。',
      },
      {
        en: 'nn.ReLU(inplace=True) / F.relu(x, inplace=True) overwrites its input; if autograd still needs that tensor (saved by the previous op, or reused by a residual branch) backward fails with "one of the variables needed for gradient computation has been modified by an inplace operation". Keep inplace=False unless the input is not reused.',
        'zh-cn': 'nn.ReLU(inplace=True) / F.relu(x, inplace=True) 会覆盖输入；如果 autograd 仍需要这个张量（被前一个算子保存，或在残差分支中被复用），反向传播会报 "one of the variables needed for gradient computation has been modified by an inplace operation"。除非输入不再被使用，否则保持 inplace=False。',
      },
      {
        en: 'A ReLU after the last layer clips the outputs to ≥ 0: a classifier then feeds non-negative "logits" to CrossEntropyLoss and a regressor can never predict negative values. Keep the output layer linear and let the loss (or a final sigmoid/softmax) interpret it.',
        'zh-cn': '在最后一层后面加 ReLU 会把输出截到 ≥ 0：分类器送进 CrossEntropyLoss 的“logits”全为非负，回归模型永远预测不出负值。输出层应保持线性，交给损失函数（或最后的 sigmoid/softmax）去解释。',
      },
    ],
    why: [
      {
        q: { en: 'Why ReLU instead of sigmoid or tanh in hidden layers?', 'zh-cn': '隐藏层为什么用 ReLU 而不是 sigmoid 或 tanh？' },
        a: {
          en: 'Sigmoid and tanh saturate: for large |x| their derivative is close to 0 (σ′ is at most 0.25), and backpropagation multiplies one such factor per layer, so gradients vanish in deep stacks. ReLU\'s derivative is exactly 1 on the active side, so gradients pass through many layers; it is also cheap and gives sparse activations.',
          'zh-cn': 'sigmoid 和 tanh 会饱和：|x| 较大时导数接近 0（σ′ 最大只有 0.25），反向传播每经过一层就乘一个这样的因子，深层网络的梯度随之消失。ReLU 在激活区的导数恰好为 1，梯度能穿过很多层；而且计算便宜、激活稀疏。',
        },
      },
      {
        q: { en: 'Why normalize before the ReLU?', 'zh-cn': '为什么在 ReLU 之前做归一化？' },
        a: {
          en: 'ReLU zeroes everything below 0. If pre-activations drift to a large negative mean, most units output 0 and pass neither signal nor gradient; normalization first centers them (mean 0, std 1, then γ/β), so a useful share of units is active — ResNet\'s conv → BN → ReLU.',
          'zh-cn': 'ReLU 会把小于 0 的值全部置零。如果激活前的值整体偏向很大的负数，大部分神经元输出 0，既不传信号也不传梯度；先归一化（均值 0、标准差 1，再由 γ/β 调整）能让相当一部分神经元处于激活状态——即 ResNet 的 conv → BN → ReLU。',
        },
      },
    ],
    seeAlso: ['leaky-relu', 'gelu', 'silu', 'batch-norm', 'resnet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.ReLU.html',
      keras: 'https://keras.io/api/layers/activation_layers/relu/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/relu',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.relu.html',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html',
    },
    demo: 'activation',
  },
  {
    id: 'leaky-relu',
    family: 'activations',
    title: { en: 'Leaky ReLU', 'zh-cn': '带泄露的 ReLU（LeakyReLU）' },
    summary: {
      en: 'LeakyReLU is ReLU with a small slope α on the negative side: x for x > 0, αx otherwise (α like 0.01). Negative inputs are shrunk instead of zeroed, so the derivative is never 0 and a unit can always recover. It is common in GAN discriminators (α = 0.2) and wherever dead ReLUs are a problem; PReLU learns α instead of fixing it.',
      'zh-cn': 'LeakyReLU 是在负半轴保留小斜率 α 的 ReLU：x > 0 时为 x，否则为 αx（α 取 0.01 之类）。负输入被缩小而不是置零，所以导数永远不为 0，神经元总能恢复。它常用于 GAN 的判别器（α = 0.2）以及担心 ReLU 死亡的场合；PReLU 则把 α 作为可学习参数。',
    },
    formula: String.raw`\mathrm{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}, \qquad \frac{d}{dx}\,\mathrm{LeakyReLU}(x) = \begin{cases} 1 & x > 0 \\ \alpha & x < 0 \end{cases}`,
    formulaText: 'LeakyReLU(x) = x if x > 0, else α·x  (= max(0, x) + α·min(0, x)); derivative 1 or α, never 0. Element-wise; α = negative_slope.',
    shapes: {
      en: 'Element-wise: any shape → the same shape. PReLU\'s α has shape (num_parameters,) — 1 shared value or one per channel, applied along dim 1 in PyTorch.',
      'zh-cn': '逐元素运算：任意形状 → 相同形状。PReLU 的 α 形状为 (num_parameters,)——1 个共享值或每个通道一个，在 PyTorch 中沿第 1 维（通道）作用。',
    },
    params: [
      {
        name: 'negative_slope',
        meaning: { en: 'The slope α for negative inputs.', 'zh-cn': '负输入的斜率 α。' },
        defaults: {
          pytorch: '0.01',
          keras: '0.3 (LeakyReLU layer; keras.activations.leaky_relu: 0.2)',
          tensorflow: '0.2 (alpha, tf.nn.leaky_relu)',
          jax: '0.01',
          flax: '0.01',
        },
      },
      {
        name: 'inplace',
        meaning: { en: 'Overwrite the input tensor instead of allocating the output.', 'zh-cn': '直接覆盖输入张量，而不是分配新的输出。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'init',
        meaning: { en: 'PReLU: initial value of the learnable α.', 'zh-cn': 'PReLU：可学习 α 的初始值。' },
        defaults: {
          pytorch: '0.25 (nn.PReLU)',
          keras: "'Zeros' (alpha_initializer, PReLU)",
          flax: '0.01 (negative_slope_init, PReLU)',
        },
      },
      {
        name: 'num_parameters',
        meaning: { en: 'PReLU: 1 shared α, or C for one α per channel.', 'zh-cn': 'PReLU：1 表示共享一个 α，C 表示每个通道一个 α。' },
        defaults: { pytorch: '1 (nn.PReLU)' },
      },
    ],
    pitfalls: [
      {
        en: 'The default slope differs by framework: PyTorch and JAX 0.01, keras.layers.LeakyReLU 0.3, keras.activations.leaky_relu and tf.nn.leaky_relu 0.2. A model ported without an explicit negative_slope computes different activations — always pass it.',
        'zh-cn': '各框架的默认斜率不同：PyTorch 和 JAX 为 0.01，keras.layers.LeakyReLU 为 0.3，keras.activations.leaky_relu 和 tf.nn.leaky_relu 为 0.2。迁移模型时不显式指定 negative_slope，激活值就会不同——务必显式传入。',
      },
      {
        en: 'Keras 3 renamed the layer argument alpha to negative_slope: LeakyReLU(alpha=0.1) still works but warns "Argument `alpha` is deprecated", while tf.nn.leaky_relu still calls it alpha. Use negative_slope in Keras 3 code.',
        'zh-cn': 'Keras 3 把该层的参数 alpha 改名为 negative_slope：LeakyReLU(alpha=0.1) 仍能运行，但会警告 "Argument `alpha` is deprecated"；而 tf.nn.leaky_relu 的参数仍叫 alpha。Keras 3 代码里请用 negative_slope。',
      },
      {
        en: 'nn.PReLU() with the default num_parameters=1 shares one α across all channels; use nn.PReLU(num_parameters=C) for per-channel slopes. Exclude α from weight decay: decay pulls it toward 0, turning PReLU back into ReLU.',
        'zh-cn': 'nn.PReLU() 默认 num_parameters=1，所有通道共享一个 α；需要按通道的斜率请用 nn.PReLU(num_parameters=C)。不要对 α 施加 weight decay：衰减会把它拉向 0，让 PReLU 退化回 ReLU。',
      },
    ],
    why: [
      {
        q: { en: 'Why does LeakyReLU keep a slope below 0?', 'zh-cn': '为什么 LeakyReLU 在 0 以下保留斜率？' },
        a: {
          en: 'With plain ReLU a negative pre-activation gives output 0 and gradient 0, so the weights feeding a unit that is negative for every input never update — the unit is dead. The slope α keeps a gradient of α times the upstream gradient for negative inputs, so the unit can move back into the active region. The price is less sparsity: negative inputs are no longer exactly 0.',
          'zh-cn': '普通 ReLU 对负的激活前值输出 0、梯度也是 0，若某个神经元对所有输入都为负，输入它的权重就再也不会更新——神经元“死亡”。斜率 α 让负输入仍得到 α 倍的上游梯度，神经元可以回到激活区。代价是稀疏性降低：负输入不再严格为 0。',
        },
      },
      {
        q: { en: 'Why α = 0.2 in GAN discriminators?', 'zh-cn': 'GAN 判别器为什么常用 α = 0.2？' },
        a: {
          en: 'The discriminator\'s gradient is the generator\'s only training signal. A leaky slope keeps that gradient non-zero even for inputs the discriminator pushes far below 0 (e.g. obvious fakes); DCGAN used 0.2 and it became the common choice.',
          'zh-cn': '判别器回传的梯度是生成器唯一的训练信号。带泄露的斜率保证即使判别器把某些输入（例如明显的假样本）压到很负，梯度也不为 0；DCGAN 采用了 0.2，此后成为常用取值。',
        },
      },
    ],
    seeAlso: ['relu', 'gelu', 'silu', 'gan'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LeakyReLU.html',
      keras: 'https://keras.io/api/layers/activation_layers/leaky_relu/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/leaky_relu',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.leaky_relu.html',
    },
    demo: 'activation',
  },
  {
    id: 'gelu',
    family: 'activations',
    title: { en: 'GELU (Gaussian error linear unit)', 'zh-cn': '高斯误差线性单元（GELU）' },
    summary: {
      en: 'GELU weights each input by the probability that a standard normal variable falls below it: GELU(x) = x·Φ(x). It behaves like ReLU for large |x| but is smooth around 0 and lets small negative values through (minimum ≈ −0.17 at x ≈ −0.75). BERT, GPT-2 and ViT use it in the Transformer feed-forward block (Linear → GELU → Linear); frameworks offer the exact erf form and a tanh approximation.',
      'zh-cn': 'GELU 用“标准正态变量小于该输入的概率”给输入加权：GELU(x) = x·Φ(x)。|x| 较大时它和 ReLU 相近，但在 0 附近是光滑的，并允许少量负值通过（最小值约 −0.17，在 x ≈ −0.75 处）。BERT、GPT-2、ViT 都在 Transformer 的前馈块（Linear → GELU → Linear）中使用它；各框架提供精确的 erf 形式和 tanh 近似两种实现。',
    },
    formula: String.raw`\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left(1 + \mathrm{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right) \approx \frac{x}{2}\left(1 + \tanh\!\left(\sqrt{2/\pi}\,\left(x + 0.044715\,x^{3}\right)\right)\right)`,
    formulaText:
      "GELU(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)); tanh approximation (approximate='tanh'): 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). Φ = standard normal CDF; element-wise.",
    shapes: {
      en: 'Element-wise: any shape → the same shape. In a Transformer FFN: (N, L, D) → Linear → (N, L, 4D) → GELU → Linear → (N, L, D).',
      'zh-cn': '逐元素运算：任意形状 → 相同形状。在 Transformer 前馈层中：(N, L, D) → Linear → (N, L, 4D) → GELU → Linear → (N, L, D)。',
    },
    params: [
      {
        name: 'approximate',
        meaning: { en: 'Use the tanh approximation instead of the exact erf form.', 'zh-cn': '是否用 tanh 近似代替精确的 erf 形式。' },
        defaults: {
          pytorch: "'none' (or 'tanh')",
          keras: 'False (keras.activations.gelu; keras.ops.gelu: True)',
          tensorflow: 'False',
          jax: 'True',
          flax: 'True',
        },
      },
      {
        name: 'activation',
        meaning: { en: 'Where a layer or model config takes the activation by name.', 'zh-cn': '层或模型配置按名称指定激活函数的参数。' },
        defaults: {
          pytorch: "relu (nn.TransformerEncoderLayer; pass 'gelu')",
          keras: "None (Dense; pass 'gelu')",
          transformers: "'gelu_new' (GPT2Config.activation_function)",
        },
      },
    ],
    pitfalls: [
      {
        en: 'Defaults differ: PyTorch nn.GELU() and tf.nn.gelu are exact (erf) by default, while jax.nn.gelu, Flax and keras.ops.gelu default to the tanh approximation. The two differ by up to about 5e-4 per activation — enough to break parity tests when porting between PyTorch and JAX. Set approximate explicitly.',
        'zh-cn': '默认值不同：PyTorch 的 nn.GELU() 和 tf.nn.gelu 默认是精确的 erf 形式，而 jax.nn.gelu、Flax 和 keras.ops.gelu 默认用 tanh 近似。两者每个激活最多相差约 5e-4——在 PyTorch 与 JAX 之间迁移时足以让一致性测试失败。请显式设置 approximate。',
      },
      {
        en: "GPT-2 was trained with the tanh form (Hugging Face's 'gelu_new'); rebuilding it with the exact nn.GELU() gives small logit drifts. Use nn.GELU(approximate='tanh') to match the checkpoint.",
        'zh-cn': "GPT-2 训练时用的是 tanh 近似（Hugging Face 中的 'gelu_new'）；用精确的 nn.GELU() 复现会让 logits 出现小幅偏差。请用 nn.GELU(approximate='tanh') 与 checkpoint 对齐。",
      },
      {
        en: "nn.TransformerEncoderLayer uses ReLU unless told otherwise; to reproduce a BERT- or ViT-style block pass activation='gelu' (or F.gelu).",
        'zh-cn': "nn.TransformerEncoderLayer 默认用 ReLU；要复现 BERT 或 ViT 风格的块，请传 activation='gelu'（或 F.gelu）。",
      },
    ],
    why: [
      {
        q: { en: 'Why GELU rather than ReLU in Transformers?', 'zh-cn': 'Transformer 为什么用 GELU 而不是 ReLU？' },
        a: {
          en: 'GELU is a smooth, input-dependent gate: it keeps x in proportion to Φ(x), the chance that x is large compared with typical inputs, instead of cutting hard at 0. Slightly negative inputs keep a non-zero gradient and the curve has no kink; empirically it trained better in BERT and GPT, at a small extra cost — hence the cheaper tanh approximation.',
          'zh-cn': 'GELU 是一个光滑的、随输入变化的“门”：按 Φ(x)（x 相对常见输入偏大的概率）比例保留 x，而不是在 0 处硬截断。略小于 0 的输入仍有非零梯度，曲线没有折点；在 BERT、GPT 中训练效果更好，只是计算稍贵——所以有更便宜的 tanh 近似。',
        },
      },
      {
        q: { en: 'What is Φ(x) in GELU?', 'zh-cn': 'GELU 里的 Φ(x) 是什么？' },
        a: {
          en: 'The cumulative distribution function of the standard normal N(0, 1): the probability that such a variable is ≤ x. Φ(0) = 0.5, so GELU(0) = 0; Φ → 1 for large x, so GELU(x) ≈ x; Φ → 0 for very negative x, so GELU(x) → 0.',
          'zh-cn': '标准正态分布 N(0, 1) 的累积分布函数：该变量 ≤ x 的概率。Φ(0) = 0.5，所以 GELU(0) = 0；x 很大时 Φ → 1，GELU(x) ≈ x；x 很负时 Φ → 0，GELU(x) → 0。',
        },
      },
    ],
    seeAlso: ['relu', 'silu', 'transformer', 'bert', 'gpt', 'mlp'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.GELU.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/gelu',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.gelu.html',
    },
    demo: 'activation',
  },
  {
    id: 'sigmoid',
    family: 'activations',
    title: { en: 'Sigmoid (logistic function)', 'zh-cn': 'Sigmoid（逻辑函数）' },
    summary: {
      en: 'The sigmoid σ(x) = 1/(1 + e⁻ˣ) squashes any real number into (0, 1), with σ(0) = 0.5. It turns a single logit into a probability for binary and multi-label outputs, and it is the gate function inside LSTMs and GRUs. Its derivative σ(x)(1 − σ(x)) is at most 0.25 and vanishes for large |x|, so it is a poor hidden-layer activation in deep nets.',
      'zh-cn': 'sigmoid σ(x) = 1/(1 + e⁻ˣ) 把任意实数压缩到 (0, 1)，σ(0) = 0.5。它把单个 logit 变成概率，用于二分类和多标签输出，也是 LSTM、GRU 内部的门函数。它的导数 σ(x)(1 − σ(x)) 最大只有 0.25，|x| 大时趋于 0，所以不适合作为深层网络的隐藏层激活。',
    },
    formula: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}} = \frac{e^{x}}{1 + e^{x}}, \qquad \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
    formulaText:
      'σ(x) = 1 / (1 + e^(−x)); for x < 0 use the equal form e^x / (1 + e^x) so no exponential overflows; σ′(x) = σ(x)·(1 − σ(x)) ≤ 0.25. Element-wise.',
    shapes: {
      en: 'Element-wise: any shape → the same shape. Binary head: logits (N,) or (N, 1) → probabilities; multi-label head: (N, K) → K independent probabilities per row (rows need not sum to 1).',
      'zh-cn': '逐元素运算：任意形状 → 相同形状。二分类输出：logits (N,) 或 (N, 1) → 概率；多标签输出：(N, K) → 每行 K 个相互独立的概率（每行之和不必为 1）。',
    },
    params: [
      {
        name: 'from_logits',
        meaning: {
          en: 'On the loss: whether predictions are raw logits (the loss applies a stable log-sigmoid itself) or already sigmoid probabilities.',
          'zh-cn': '损失函数的参数：预测值是原始 logits（由损失函数内部做数值稳定的 log-sigmoid），还是已经过 sigmoid 的概率。',
        },
        defaults: { keras: 'False (BinaryCrossentropy)' },
      },
      {
        name: 'activation',
        meaning: { en: 'Output activation of a Keras layer, given by name.', 'zh-cn': 'Keras 层按名称指定的输出激活。' },
        defaults: { keras: "None (Dense; pass 'sigmoid')" },
      },
      {
        name: 'recurrent_activation',
        meaning: { en: 'Gate activation of recurrent layers.', 'zh-cn': '循环层中门的激活函数。' },
        defaults: { keras: "'sigmoid' (LSTM, GRU)", flax: 'sigmoid (gate_fn, LSTMCell / GRUCell)' },
      },
    ],
    pitfalls: [
      {
        en: 'torch.sigmoid followed by nn.BCELoss (or a Keras sigmoid output with from_logits=False) loses precision: in float32 σ(x) rounds to exactly 1.0 around x ≈ 17, log(1 − p) becomes log(0), and BCELoss clamps it to −100. Feed raw logits to nn.BCEWithLogitsLoss or use from_logits=True; they compute the loss with a stable log-sigmoid.',
        'zh-cn': 'torch.sigmoid 后接 nn.BCELoss（或 Keras 用 sigmoid 输出配 from_logits=False）会损失精度：float32 下 x ≈ 17 时 σ(x) 就被舍入为 1.0，log(1 − p) 变成 log(0)，BCELoss 只能把它截到 −100。请把原始 logits 交给 nn.BCEWithLogitsLoss，或使用 from_logits=True；它们用数值稳定的 log-sigmoid 计算损失。',
      },
      {
        en: 'A hand-written 1/(1 + np.exp(-x)), or its gradient e^(−x)/(1 + e^(−x))², overflows for large negative x (np.exp(1000) = inf, and inf/inf = NaN in the gradient). Use the sign-branched stable form, or scipy.special.expit / torch.sigmoid / jax.nn.sigmoid, which already do.',
        'zh-cn': '手写的 1/(1 + np.exp(-x)) 或其梯度 e^(−x)/(1 + e^(−x))² 在 x 很负时会溢出（np.exp(1000) = inf，梯度中出现 inf/inf = NaN）。请用按符号分支的稳定写法，或直接用 scipy.special.expit / torch.sigmoid / jax.nn.sigmoid，它们已经处理好了。',
      },
      {
        en: 'Sigmoid outputs are independent and need not sum to 1. For exactly-one-class problems use softmax with CrossEntropyLoss; use one sigmoid per class (BCEWithLogitsLoss) only for multi-label targets.',
        'zh-cn': 'sigmoid 的各个输出相互独立，和不必为 1。每个样本恰好属于一个类别时，应使用 softmax 配 CrossEntropyLoss；只有多标签任务才对每个类别各用一个 sigmoid（BCEWithLogitsLoss）。',
      },
    ],
    why: [
      {
        q: { en: 'Why the stable-sigmoid trick for x < 0?', 'zh-cn': '为什么 x < 0 时要用稳定版 sigmoid？' },
        a: {
          en: 'For very negative x, e^(−x) is huge and overflows float32 once −x exceeds about 88.7. Multiplying numerator and denominator by e^x gives the same value σ(x) = e^x / (1 + e^x), where e^x ≤ 1 can at worst underflow harmlessly to 0. Implementations use 1/(1 + e^(−x)) for x ≥ 0 and e^x/(1 + e^x) for x < 0, so neither branch overflows.',
          'zh-cn': 'x 很负时 e^(−x) 极大，−x 超过约 88.7 就会让 float32 溢出。分子分母同乘 e^x，得到等值的 σ(x) = e^x / (1 + e^x)，此时 e^x ≤ 1，最坏也只是无害地下溢为 0。实现中 x ≥ 0 用 1/(1 + e^(−x))，x < 0 用 e^x/(1 + e^x)，两个分支都不会溢出。',
        },
      },
      {
        q: { en: 'Why does sigmoid cause vanishing gradients in deep nets?', 'zh-cn': '为什么 sigmoid 会让深层网络梯度消失？' },
        a: {
          en: 'σ′(x) ≤ 0.25, and backpropagation multiplies one such factor per layer: through 10 sigmoid layers the gradient shrinks by at least 0.25¹⁰ ≈ 1e-6. Its outputs are also all positive, which biases the updates of the next layer. Hence ReLU-family activations in hidden layers and sigmoid only at outputs and gates.',
          'zh-cn': 'σ′(x) ≤ 0.25，反向传播每层都要乘一个这样的因子：经过 10 层 sigmoid，梯度至少缩小 0.25¹⁰ ≈ 1e-6。而且它的输出全为正，会让下一层的更新方向产生偏置。所以隐藏层用 ReLU 族，sigmoid 只用于输出层和门。',
        },
      },
    ],
    seeAlso: ['tanh', 'softmax', 'bce-loss', 'bce-with-logits-loss', 'logistic-regression', 'lstm'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Sigmoid.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/math/sigmoid',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.sigmoid.html',
    },
    demo: 'activation',
  },
  {
    id: 'tanh',
    family: 'activations',
    title: { en: 'Tanh (hyperbolic tangent)', 'zh-cn': '双曲正切（Tanh）' },
    summary: {
      en: 'tanh squashes inputs into (−1, 1) and is zero-centered: tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) = 2σ(2x) − 1. It is the default state activation of RNNs, LSTMs and GRUs and the usual output activation of image generators whose pixels are scaled to [−1, 1]. Like the sigmoid it saturates, with derivative 1 − tanh²(x) ≤ 1.',
      'zh-cn': 'tanh 把输入压缩到 (−1, 1)，并以 0 为中心：tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) = 2σ(2x) − 1。它是 RNN、LSTM、GRU 状态的默认激活，也是像素缩放到 [−1, 1] 的图像生成器常用的输出激活。和 sigmoid 一样会饱和，导数 1 − tanh²(x) ≤ 1。',
    },
    formula: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\,\sigma(2x) - 1, \qquad \tanh'(x) = 1 - \tanh^{2}(x)`,
    formulaText: 'tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)) = 2·σ(2x) − 1; derivative 1 − tanh²(x) (1 at x = 0, < 0.01 for |x| > 3). Element-wise.',
    shapes: {
      en: 'Element-wise: any shape → the same shape. In an LSTM the cell candidate and the output h = o ⊙ tanh(c) have shape (N, hidden_size).',
      'zh-cn': '逐元素运算：任意形状 → 相同形状。LSTM 中候选记忆和输出 h = o ⊙ tanh(c) 的形状为 (N, hidden_size)。',
    },
    params: [
      {
        name: 'activation',
        meaning: { en: 'State/candidate activation of Keras recurrent layers.', 'zh-cn': 'Keras 循环层中状态/候选值的激活函数。' },
        defaults: { keras: "'tanh' (SimpleRNN, LSTM, GRU)" },
      },
      {
        name: 'nonlinearity',
        meaning: { en: "Activation of PyTorch's plain RNN: 'tanh' or 'relu'.", 'zh-cn': "PyTorch 普通 RNN 的激活：'tanh' 或 'relu'。" },
        defaults: { pytorch: "'tanh' (nn.RNN)" },
      },
      {
        name: 'activation_fn',
        meaning: { en: 'State activation of Flax recurrent cells.', 'zh-cn': 'Flax 循环单元中状态的激活函数。' },
        defaults: { flax: 'tanh (LSTMCell, GRUCell, SimpleCell)' },
      },
    ],
    pitfalls: [
      {
        en: 'A generator ending in tanh outputs [−1, 1], but images loaded with ToTensor() are in [0, 1]: the discriminator then sees two ranges and reconstruction losses are biased. Scale real images with Normalize(mean=(0.5, 0.5, 0.5), std=(0.5, 0.5, 0.5)) (x·2 − 1) and map outputs back with (y + 1)/2 before saving.',
        'zh-cn': '以 tanh 结尾的生成器输出在 [−1, 1]，而用 ToTensor() 读入的图像在 [0, 1]：判别器看到两种不同的取值范围，重建损失也会有偏差。真实图像用 Normalize(mean=(0.5, 0.5, 0.5), std=(0.5, 0.5, 0.5))（x·2 − 1）缩放，保存前用 (y + 1)/2 把输出映射回去。',
      },
      {
        en: 'Saturation: for |x| > 3 the derivative is below 0.01, so large pre-activations (unscaled inputs, bad initialization) stop learning. Standardize inputs and use Xavier/Glorot initialization, which was derived for tanh-like units.',
        'zh-cn': '饱和：|x| > 3 时导数小于 0.01，激活前值过大（输入未缩放、初始化不当）就学不动了。请标准化输入，并使用为 tanh 类单元推导的 Xavier/Glorot 初始化。',
      },
      {
        en: "Keras LSTM/GRU use the fast cuDNN kernel only with activation='tanh' and recurrent_activation='sigmoid' (plus recurrent_dropout=0, unroll=False, use_bias=True); changing the activation silently falls back to a much slower generic implementation.",
        'zh-cn': "Keras 的 LSTM/GRU 只有在 activation='tanh'、recurrent_activation='sigmoid'（且 recurrent_dropout=0、unroll=False、use_bias=True）时才使用快速的 cuDNN 内核；改了激活函数会悄悄退回到慢得多的通用实现。",
      },
    ],
    why: [
      {
        q: { en: 'Why tanh rather than sigmoid for RNN states?', 'zh-cn': 'RNN 的状态为什么用 tanh 而不是 sigmoid？' },
        a: {
          en: 'tanh is zero-centered, so the hidden state can move in both directions and the next step receives centered inputs, and its maximum slope is 1 instead of 0.25, so gradients decay more slowly through time. Gates still use the sigmoid because they need a (0, 1) "how much to let through".',
          'zh-cn': 'tanh 以 0 为中心，隐藏状态可以双向变化，下一步收到的输入也是居中的；它的最大斜率是 1 而不是 0.25，梯度沿时间衰减得更慢。门仍然用 sigmoid，因为门需要 (0, 1) 之间的“放行比例”。',
        },
      },
      {
        q: { en: 'Why do GAN generators end with tanh?', 'zh-cn': 'GAN 生成器为什么以 tanh 结尾？' },
        a: {
          en: 'It bounds the output to the same symmetric range as training images scaled to [−1, 1], and its smooth saturation keeps pixel values valid without clipping; DCGAN recommended it for the generator output.',
          'zh-cn': '它把输出限制在与训练图像（缩放到 [−1, 1]）相同的对称范围内，平滑的饱和无需截断就能保证像素值合法；DCGAN 推荐生成器输出使用它。',
        },
      },
    ],
    seeAlso: ['sigmoid', 'relu', 'rnn', 'lstm', 'gru', 'gan'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Tanh.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/math/tanh',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.numpy.tanh.html',
    },
    demo: 'activation',
  },
  {
    id: 'softmax',
    family: 'activations',
    title: { en: 'Softmax', 'zh-cn': 'Softmax（归一化指数函数）' },
    summary: {
      en: 'Softmax turns a vector of K logits into a probability distribution: each output is eˣⁱ/Σⱼ eˣʲ, all positive and summing to 1 along the chosen dim. It keeps the ranking of the logits, amplifies their gaps, and is unchanged by adding the same constant to every logit. It is the output of multi-class classifiers and the normalizer of attention weights; implementations subtract the maximum logit first for numerical stability.',
      'zh-cn': 'Softmax 把 K 个 logits 组成的向量变成概率分布：每个输出为 eˣⁱ/Σⱼ eˣʲ，全部为正且沿指定维度求和为 1。它保持 logits 的大小顺序、放大它们之间的差距，并且所有 logits 同加一个常数时结果不变。它是多分类模型的输出，也是注意力权重的归一化方式；实现时会先减去最大 logit 以保证数值稳定。',
    },
    formula: String.raw`\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j} e^{x_j}} = \frac{e^{x_i - m}}{\sum_{j} e^{x_j - m}}, \qquad m = \max_j x_j`,
    formulaText:
      'softmax(x)_i = e^(x_i) / Σ_j e^(x_j) = e^(x_i − m) / Σ_j e^(x_j − m) with m = max_j x_j (same value, no overflow); sum over the softmax dim (the classes); outputs in (0, 1) summing to 1.',
    shapes: {
      en: 'Same shape in and out. PyTorch: logits (N, C) with dim=1 (or -1) → each row sums to 1; segmentation (N, C, H, W) with dim=1 (classes); attention scores (N, heads, L, L) with dim=-1. Keras Softmax(axis=-1), tf.nn.softmax and jax.nn.softmax use the last axis.',
      'zh-cn': '输入输出同形。PyTorch：logits (N, C) 取 dim=1（或 -1）→ 每行和为 1；分割 (N, C, H, W) 取 dim=1（类别维）；注意力分数 (N, heads, L, L) 取 dim=-1。Keras Softmax(axis=-1)、tf.nn.softmax 和 jax.nn.softmax 默认用最后一维。',
    },
    params: [
      {
        name: 'dim',
        meaning: {
          en: 'The dimension whose slices sum to 1. Leaving it out is deprecated — always pass it.',
          'zh-cn': '沿该维度的切片求和为 1。不传已被弃用——务必显式传入。',
        },
        defaults: { pytorch: 'None (implicit choice, deprecated)' },
      },
      {
        name: 'axis',
        meaning: { en: 'The axis whose slices sum to 1.', 'zh-cn': '沿该轴的切片求和为 1。' },
        defaults: { keras: '-1', tensorflow: 'None (= -1, the last axis)', jax: '-1', flax: '-1' },
      },
      {
        name: 'dtype',
        meaning: {
          en: 'Cast the input before the op, e.g. dtype=torch.float32 for fp16 logits.',
          'zh-cn': '运算前先把输入转换成该类型，例如对 fp16 logits 传 dtype=torch.float32。',
        },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'where',
        meaning: { en: 'Boolean mask of the elements to include (masked ones get probability 0).', 'zh-cn': '参与计算的元素掩码（被屏蔽的元素概率为 0）。' },
        defaults: { jax: 'None', flax: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.Softmax() or F.softmax(x) without dim warns "Implicit dimension choice for softmax has been deprecated" and picks dim 0 for 0-, 1- and 3-D inputs and dim 1 otherwise — so on an (N, L, C) tensor it normalizes across the batch. Always pass dim (usually -1, or 1 for the class dim of NCHW).',
        'zh-cn': 'nn.Softmax() 或 F.softmax(x) 不传 dim 时会警告 "Implicit dimension choice for softmax has been deprecated"，并且对 0、1、3 维输入选 dim 0，其他情况选 dim 1——于是在 (N, L, C) 张量上它会跨 batch 归一化。务必传 dim（通常是 -1，NCHW 的类别维则是 1）。',
      },
      {
        en: 'Softmax before nn.CrossEntropyLoss: the loss already applies log-softmax to raw logits, so the model effectively trains on softmax(softmax(x)) — probabilities squeezed toward uniform, tiny gradients, training stalls. Feed raw logits and apply softmax only to report probabilities; in Keras, use from_logits=True when the last layer has no softmax.',
        'zh-cn': '在 nn.CrossEntropyLoss 前面先做 softmax：该损失本身就会对原始 logits 做 log-softmax，结果相当于在 softmax(softmax(x)) 上训练——概率被压向均匀分布、梯度很小、训练停滞。应直接送入原始 logits，只在需要展示概率时才做 softmax；Keras 中最后一层没有 softmax 时请用 from_logits=True。',
      },
      {
        en: 'A hand-written exp(x) / exp(x).sum() overflows to inf/inf = NaN once a logit exceeds about 88 in float32 (about 11 in fp16). Subtract the max first (torch.softmax and jax.nn.softmax already do), and for log-probabilities use log_softmax rather than log(softmax(x)).',
        'zh-cn': '手写的 exp(x) / exp(x).sum() 在 logit 超过约 88（float32）或约 11（fp16）时会溢出成 inf/inf = NaN。先减去最大值（torch.softmax 和 jax.nn.softmax 已经这么做），需要对数概率时用 log_softmax 而不是 log(softmax(x))。',
      },
    ],
    why: [
      {
        q: { en: 'Why must the probabilities in cross-entropy sum to 1?', 'zh-cn': '为什么交叉熵里的概率之和必须为 1？' },
        a: {
          en: 'Cross-entropy −Σ y·log p only looks at the probability of the true class. If the outputs were not normalized, the model could push every p toward 1 and drive the loss to 0 without separating the classes. Normalization couples them: raising the true class necessarily lowers the others, so minimizing CE maximizes the likelihood of a real distribution. For multi-class outputs, softmax provides that normalization.',
          'zh-cn': '交叉熵 −Σ y·log p 只看真实类别的概率。如果输出不归一化，模型可以把所有 p 都推向 1，让损失趋于 0 而根本没有区分类别。归一化把各个输出耦合起来：提高真实类别的概率必然降低其他类别，于是最小化交叉熵就是最大化一个真正概率分布的似然。多分类时由 softmax 提供这种归一化。',
        },
      },
      {
        q: { en: 'Why subtract the maximum before exponentiating?', 'zh-cn': '为什么要先减去最大值再取指数？' },
        a: {
          en: 'e^x overflows float32 for x above about 88.7. Softmax is shift-invariant — multiplying numerator and denominator by e^(−m) changes nothing — so subtracting m = max x makes the largest exponent e^0 = 1: nothing overflows, and the denominator is at least 1, so there is no division by 0.',
          'zh-cn': 'x 超过约 88.7 时 e^x 会让 float32 溢出。softmax 对平移不变——分子分母同乘 e^(−m) 结果不变——所以减去 m = max x 后最大的指数项是 e^0 = 1：不会溢出，分母至少为 1，也不会除以 0。',
        },
      },
    ],
    seeAlso: ['log-softmax', 'cross-entropy-loss', 'sigmoid', 'attention', 'nll-loss'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Softmax.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/softmax',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.softmax.html',
    },
    demo: 'activation',
  },
  {
    id: 'log-softmax',
    family: 'activations',
    title: { en: 'Log-softmax', 'zh-cn': '对数 Softmax（LogSoftmax）' },
    summary: {
      en: 'LogSoftmax returns the logarithm of the softmax probabilities, computed directly and stably as x_i − logsumexp(x). Its outputs are log-probabilities in (−∞, 0]. Paired with a negative log-likelihood loss it gives cross-entropy — in PyTorch, LogSoftmax + NLLLoss = CrossEntropyLoss — and it is what sequence log-likelihoods, beam-search scores and KL divergence are computed from.',
      'zh-cn': 'LogSoftmax 返回 softmax 概率的对数，直接按 x_i − logsumexp(x) 稳定地计算。输出是 (−∞, 0] 之间的对数概率。它与负对数似然损失组合就是交叉熵——在 PyTorch 中 LogSoftmax + NLLLoss = CrossEntropyLoss——序列对数似然、beam search 打分和 KL 散度也都基于它计算。',
    },
    formula: String.raw`\log \mathrm{softmax}(x)_i = x_i - \log \sum_{j} e^{x_j} = x_i - m - \log \sum_{j} e^{x_j - m}, \qquad m = \max_j x_j`,
    formulaText:
      'log_softmax(x)_i = x_i − log Σ_j e^(x_j) = x_i − m − log Σ_j e^(x_j − m), m = max_j x_j (log-sum-exp over the class dim); outputs ≤ 0 whose exponentials sum to 1.',
    shapes: {
      en: "Same as softmax: (N, C) → (N, C) along dim=1. nn.NLLLoss then takes the (N, C) log-probabilities and (N,) class indices → a scalar with reduction='mean'; for (N, C, d1, …) the targets are (N, d1, …).",
      'zh-cn': "与 softmax 相同：(N, C) → (N, C)，沿 dim=1。nn.NLLLoss 接收 (N, C) 的对数概率和 (N,) 的类别索引 → reduction='mean' 时输出标量；对 (N, C, d1, …) 输入，目标形状为 (N, d1, …)。",
    },
    params: [
      {
        name: 'dim',
        meaning: {
          en: 'The dimension to normalize over. Leaving it out is deprecated — always pass it.',
          'zh-cn': '归一化所在的维度。不传已被弃用——务必显式传入。',
        },
        defaults: { pytorch: 'None (implicit choice, deprecated)' },
      },
      {
        name: 'axis',
        meaning: { en: 'The axis to normalize over.', 'zh-cn': '归一化所在的轴。' },
        defaults: { keras: '-1', tensorflow: 'None (= -1, the last axis)', jax: '-1', flax: '-1' },
      },
      {
        name: 'dtype',
        meaning: { en: 'Cast the input before the op (e.g. float32 for fp16 logits).', 'zh-cn': '运算前先转换输入类型（例如对 fp16 logits 用 float32）。' },
        defaults: { pytorch: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.NLLLoss expects log-probabilities: it just returns −input[target]. Fed raw logits, the loss is unbounded below and drifts toward −∞; fed softmax probabilities, it minimizes −p instead of −log p. Put F.log_softmax(x, dim=1) in front, or use nn.CrossEntropyLoss on the logits.',
        'zh-cn': 'nn.NLLLoss 期望输入是对数概率：它只是返回 −input[target]。输入原始 logits 时损失没有下界，会一路走向 −∞；输入 softmax 概率时，优化的是 −p 而不是 −log p。请在前面加 F.log_softmax(x, dim=1)，或直接对 logits 用 nn.CrossEntropyLoss。',
      },
      {
        en: 'torch.log(F.softmax(x, dim=1)) instead of F.log_softmax(x, dim=1): once a probability underflows to 0, log gives −inf and the loss or its gradient becomes inf/NaN. log_softmax computes x − logsumexp(x) and stays finite.',
        'zh-cn': '用 torch.log(F.softmax(x, dim=1)) 代替 F.log_softmax(x, dim=1)：一旦某个概率下溢为 0，log 就得到 −inf，损失或梯度变成 inf/NaN。log_softmax 按 x − logsumexp(x) 计算，结果始终有限。',
      },
      {
        en: 'nn.LogSoftmax() or F.log_softmax(x) without dim triggers the same deprecated implicit-dim rule as softmax (dim 0 for 1-D and 3-D inputs); old MNIST examples were fixed to F.log_softmax(x, dim=1). Always pass dim.',
        'zh-cn': 'nn.LogSoftmax() 或 F.log_softmax(x) 不传 dim 时，与 softmax 一样走已弃用的隐式规则（1 维和 3 维输入选 dim 0）；早期的 MNIST 示例后来都改成了 F.log_softmax(x, dim=1)。务必传 dim。',
      },
    ],
    why: [
      {
        q: { en: 'Why is LogSoftmax + NLLLoss the same as CrossEntropyLoss?', 'zh-cn': '为什么 LogSoftmax + NLLLoss 等于 CrossEntropyLoss？' },
        a: {
          en: 'With a class-index target y, cross-entropy is −log p_y = −log_softmax(x)_y, and NLLLoss(input, y) is −input[y]. So NLLLoss(log_softmax(x), y) = −log_softmax(x)_y = CrossEntropyLoss(x, y); PyTorch\'s CrossEntropyLoss simply fuses the two steps.',
          'zh-cn': '目标为类别索引 y 时，交叉熵是 −log p_y = −log_softmax(x)_y，而 NLLLoss(input, y) 就是 −input[y]。所以 NLLLoss(log_softmax(x), y) = −log_softmax(x)_y = CrossEntropyLoss(x, y)；PyTorch 的 CrossEntropyLoss 只是把两步融合在一起。',
        },
      },
      {
        q: { en: 'Why work with log-probabilities at all?', 'zh-cn': '为什么要在对数概率上计算？' },
        a: {
          en: 'Products of many probabilities (the likelihood of a long sequence) underflow quickly, while sums of log-probabilities stay well in range. The log form is also what the loss needs, and its gradient with respect to the logits is simply softmax(x) − onehot(y).',
          'zh-cn': '很多概率相乘（长序列的似然）会迅速下溢，而对数概率相加始终在可表示范围内。损失函数本身也需要对数形式，而且它对 logits 的梯度恰好是 softmax(x) − onehot(y)。',
        },
      },
    ],
    seeAlso: ['softmax', 'nll-loss', 'cross-entropy-loss', 'kl-div-loss', 'perplexity'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LogSoftmax.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/log_softmax',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.log_softmax.html',
    },
  },
  {
    id: 'silu',
    family: 'activations',
    title: { en: 'SiLU / Swish', 'zh-cn': 'SiLU / Swish 激活函数' },
    summary: {
      en: 'SiLU (sigmoid linear unit), also called Swish, multiplies the input by its own sigmoid: x·σ(x). Like GELU it is smooth, close to ReLU for large |x|, and slightly negative for small negative inputs (minimum ≈ −0.28 at x ≈ −1.28). It is the activation of EfficientNet, YOLOv5 and diffusion UNets, and — as the gate of SwiGLU — of LLaMA-style LLM feed-forward blocks.',
      'zh-cn': 'SiLU（sigmoid 线性单元），又叫 Swish，把输入乘以它自己的 sigmoid：x·σ(x)。和 GELU 一样它是光滑的，|x| 较大时接近 ReLU，较小的负输入会得到略小于 0 的输出（最小值约 −0.28，在 x ≈ −1.28 处）。EfficientNet、YOLOv5、扩散模型的 UNet 都用它，LLaMA 类大模型的前馈块也以它作为 SwiGLU 的门。',
    },
    formula: String.raw`\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}, \qquad \mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
    formulaText: 'SiLU(x) = x·σ(x) = x / (1 + e^(−x)); Swish-β: x·σ(β·x), β = 1 is SiLU; derivative σ(x)·(1 + x·(1 − σ(x))). Element-wise.',
    shapes: {
      en: 'Element-wise: any shape → the same shape. In a SwiGLU FFN: (N, L, D) → SiLU(x·W_gate) ⊙ (x·W_up) of shape (N, L, D_ff) → ·W_down → (N, L, D).',
      'zh-cn': '逐元素运算：任意形状 → 相同形状。在 SwiGLU 前馈层中：(N, L, D) → SiLU(x·W_gate) ⊙ (x·W_up)，形状 (N, L, D_ff) → 乘 W_down → (N, L, D)。',
    },
    params: [
      {
        name: 'inplace',
        meaning: { en: 'Overwrite the input tensor instead of allocating the output.', 'zh-cn': '直接覆盖输入张量，而不是分配新的输出。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'beta',
        meaning: { en: 'Swish slope β in x·σ(βx); 1.0 is SiLU.', 'zh-cn': 'Swish 中 x·σ(βx) 的 β；取 1.0 即 SiLU。' },
        defaults: { tensorflow: '1.0' },
      },
      {
        name: 'activation',
        meaning: { en: 'Where a layer or model config takes the activation by name.', 'zh-cn': '层或模型配置按名称指定激活函数的参数。' },
        defaults: {
          keras: "None (Dense; pass 'silu' or 'swish')",
          diffusers: "'silu' (act_fn, UNet2DModel)",
          transformers: "'silu' (hidden_act, LlamaConfig)",
        },
      },
    ],
    pitfalls: [
      {
        en: '"Swish" is not always β = 1: tf.nn.silu takes beta and the Swish paper also trained it, while hard-swish (nn.Hardswish, MobileNetV3) is a piecewise-linear approximation, not SiLU. Match the exact variant when porting weights.',
        'zh-cn': '“Swish” 不一定是 β = 1：tf.nn.silu 有 beta 参数，Swish 论文中 β 也可训练；而 hard-swish（nn.Hardswish，MobileNetV3）是分段线性近似，并不是 SiLU。迁移权重时要对准具体变体。',
      },
      {
        en: 'In SwiGLU blocks SiLU is applied to one projection only (gate_proj) and multiplied element-wise with a second linear projection (up_proj). Applying SiLU to both, or swapping the gate and up weights when converting a checkpoint, gives a model that runs but produces garbage.',
        'zh-cn': 'SwiGLU 块中 SiLU 只作用在一个投影（gate_proj）上，再与另一个线性投影（up_proj）逐元素相乘。对两个投影都做 SiLU，或转换 checkpoint 时把 gate 和 up 的权重弄反，模型照样能跑，但输出全是乱码。',
      },
      {
        en: 'Unlike ReLU, SiLU outputs negative values (down to about −0.28); code that assumes non-negative activations — an unsigned int8 quantization range calibrated for ReLU, or a log of activations — breaks.',
        'zh-cn': '与 ReLU 不同，SiLU 会输出负值（最低约 −0.28）；假设激活非负的代码——例如按 ReLU 标定的无符号 int8 量化范围，或对激活取 log——会出错。',
      },
    ],
    why: [
      {
        q: { en: 'Why do modern CNNs and LLMs use SiLU instead of ReLU?', 'zh-cn': '为什么现代 CNN 和 LLM 用 SiLU 而不是 ReLU？' },
        a: {
          en: 'It is smooth, keeps a non-zero gradient for negative inputs (no dead units), and its small negative bump lets it represent slightly negative values. The Swish paper found it by automated search and it matched or beat ReLU on deep models; as the gate of SwiGLU it gave better language-model quality for the same compute.',
          'zh-cn': '它是光滑的，负输入仍有非零梯度（不会出现死神经元），小小的负向凸起还能表示略小于 0 的值。Swish 论文通过自动搜索发现了它，在深层模型上与 ReLU 持平或更好；作为 SwiGLU 的门，它在相同计算量下带来更好的语言模型效果。',
        },
      },
      {
        q: { en: 'How does SiLU relate to GELU?', 'zh-cn': 'SiLU 和 GELU 是什么关系？' },
        a: {
          en: 'Both multiply x by an S-shaped gate: GELU uses the normal CDF Φ(x), SiLU the logistic σ(x). Since GELU(x) ≈ x·σ(1.702x), the two curves are close; SiLU has a slightly gentler gate and a deeper negative minimum.',
          'zh-cn': '两者都是 x 乘以一个 S 形的门：GELU 用正态分布的 CDF Φ(x)，SiLU 用逻辑函数 σ(x)。由于 GELU(x) ≈ x·σ(1.702x)，两条曲线很接近；SiLU 的门稍平缓，负向最小值更深。',
        },
      },
    ],
    seeAlso: ['gelu', 'relu', 'sigmoid', 'transformer', 'unet', 'diffusion-pipeline'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.SiLU.html',
      keras: 'https://keras.io/api/layers/activations/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/silu',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.silu.html',
    },
    demo: 'activation',
  },
];
