/** Attention and language-model cards: attention, its masks and heads, the Transformer, tokenizers, BERT/GPT/T5/RoBERTa, perplexity. */
import type { Card } from './types';

export const ATTENTION_CARDS: Card[] = [
  {
    id: 'attention',
    family: 'attention',
    title: { en: 'Attention (self-attention)', 'zh-cn': '注意力机制（Attention / 自注意力）' },
    summary: {
      en: 'Attention is a soft lookup table: each position sends a query, compares it with the keys of all positions, and returns the weighted mix of their values — the context that helps it most. In self-attention Q, K and V are three linear projections of the same input X (Q = XW_q, K = XW_k, V = XW_v); the scores QKᵀ are divided by √d₂, turned into a probability row per query by softmax, and used to average V. It is the core layer of every Transformer, in the encoder, the decoder (masked) and between them (cross-attention).',
      'zh-cn': '注意力本质上是一次"软查表"：每个位置发出一个 query，与所有位置的 key 比较，返回它们 value 的加权平均——也就是对预测最有帮助的上下文。自注意力中 Q、K、V 是同一个输入 X 的三个线性投影（Q = XW_q，K = XW_k，V = XW_v）；分数 QKᵀ 先除以 √d₂，再经 softmax 变成每个 query 的一行概率，用来对 V 加权求和。它是所有 Transformer 的核心层：用于编码器、解码器（带掩码）以及两者之间（交叉注意力）。',
    },
    formula: String.raw`Q = XW_Q,\; K = XW_K,\; V = XW_V, \qquad \mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_2}}\right) V, \quad d_2 = \frac{d}{h}`,
    formulaText:
      'Q = XW_q, K = XW_k, V = XW_v; Attention(Q, K, V) = softmax(QKᵀ / √d₂) · V   (softmax over the keys, one row per query; d₂ = d / heads is the per-head size)',
    shapes: {
      en: 'X: (N, L, d). Per head Q, K, V: (N, L, d₂) with d₂ = d / h; scores QKᵀ and attention weights: (N, h, L, L), each row summing to 1; output per head (N, L, d₂), heads concatenated back to (N, L, d). keras.layers.Attention takes [query (N, Tq, dim), value (N, Tv, dim)] (key defaults to value) and returns (N, Tq, dim).',
      'zh-cn': 'X：(N, L, d)。每个头的 Q、K、V：(N, L, d₂)，d₂ = d / h；分数 QKᵀ 和注意力权重：(N, h, L, L)，每行和为 1；每个头输出 (N, L, d₂)，各头拼接回 (N, L, d)。keras.layers.Attention 接收 [query (N, Tq, dim), value (N, Tv, dim)]（key 默认等于 value），返回 (N, Tq, dim)。',
    },
    params: [
      {
        name: 'use_scale',
        meaning: {
          en: 'keras.layers.Attention: multiply the scores by a learned scalar. Off by default — this layer does not divide by √d on its own.',
          'zh-cn': 'keras.layers.Attention：给分数乘一个可学习的标量。默认关闭——该层本身不会除以 √d。',
        },
        defaults: { keras: 'False' },
      },
      {
        name: 'score_mode',
        meaning: { en: "How query and key are compared: 'dot' (dot product) or 'concat' (additive, tanh).", 'zh-cn': "query 与 key 的比较方式：'dot'（点积）或 'concat'（加性，tanh）。" },
        defaults: { keras: "'dot'" },
      },
      {
        name: 'dropout',
        meaning: { en: 'Dropout rate on the attention weights (training only).', 'zh-cn': '作用在注意力权重上的 dropout 比例（仅训练时）。' },
        defaults: { keras: '0.0', pytorch: '0.0 (dropout_p in F.scaled_dot_product_attention)', flax: '0.0 (dropout_rate, flax.linen.dot_product_attention)' },
      },
    ],
    pitfalls: [
      {
        en: 'keras.layers.Attention() computes plain softmax(QKᵀ)V: with use_scale=False there is no 1/√d. For Transformer-style attention use keras.layers.MultiHeadAttention or keras.ops.dot_product_attention, which scale by 1/√d.',
        'zh-cn': 'keras.layers.Attention() 计算的是不带缩放的 softmax(QKᵀ)V：use_scale=False 时没有 1/√d。要得到 Transformer 式的注意力，请用 keras.layers.MultiHeadAttention 或 keras.ops.dot_product_attention，它们会除以 √d。',
      },
      {
        en: 'Softmax over the wrong axis: the weights must be normalised over the keys (the last axis of QKᵀ). softmax(scores, dim=1) on an (N, L, L) tensor normalises over queries and silently gives wrong context vectors.',
        'zh-cn': 'softmax 的轴用错：权重必须在 key 维度（QKᵀ 的最后一维）上归一化。对 (N, L, L) 张量做 softmax(scores, dim=1) 会在 query 维度上归一化，得到错误的上下文向量且不会报错。',
      },
      {
        en: 'Memory grows as L²: a (N, h, L, L) weight matrix at L = 8k is 64M entries per head and sample. Use F.scaled_dot_product_attention (flash / memory-efficient kernels) instead of materialising softmax(QKᵀ) yourself.',
        'zh-cn': '显存随 L² 增长：L = 8k 时 (N, h, L, L) 的权重矩阵每个头、每个样本有 6400 万个元素。请用 F.scaled_dot_product_attention（flash / 省显存内核），不要自己显式算出 softmax(QKᵀ)。',
      },
    ],
    why: [
      {
        q: { en: 'Why divide by √d in attention?', 'zh-cn': '注意力里为什么要除以 √d？' },
        a: {
          en: 'If the components of q and k have mean 0 and variance 1, their dot product is a sum of d₂ such products, so its variance is d₂ and its std √d₂. Large logits push the softmax towards a one-hot (too sharp), where its gradients almost vanish; dividing by √d₂ brings the scores back to unit variance.',
          'zh-cn': '若 q、k 的各分量均值为 0、方差为 1，它们的点积是 d₂ 个这种乘积之和，方差为 d₂、标准差为 √d₂。logit 过大会把 softmax 推向 one-hot（过于尖锐），此时梯度几乎为 0；除以 √d₂ 让分数回到单位方差。',
        },
      },
      {
        q: { en: 'Why does attention beat a fixed window or an RNN for long context?', 'zh-cn': '为什么在长上下文上注意力比固定窗口或 RNN 更好？' },
        a: {
          en: 'Every position reaches every other in one step with weights computed from the content itself, so the path between distant tokens has length 1 and the whole sequence is processed in parallel; an RNN needs L sequential steps and squeezes the past into one hidden state.',
          'zh-cn': '每个位置一步就能看到所有其他位置，权重由内容本身算出，远距离 token 之间的路径长度为 1，而且整条序列可以并行计算；RNN 需要 L 个串行步骤，还要把全部历史压进一个隐状态。',
        },
      },
    ],
    seeAlso: ['scaled-dot-product-attention', 'multi-head-attention', 'causal-mask', 'cross-attention', 'softmax', 'transformer'],
    docs: {
      keras: 'https://keras.io/api/layers/attention_layers/attention/',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.dot_product_attention.html',
    },
    demo: 'attention',
  },
  {
    id: 'scaled-dot-product-attention',
    family: 'attention',
    title: { en: 'Scaled dot-product attention', 'zh-cn': '缩放点积注意力（Scaled Dot-Product Attention）' },
    summary: {
      en: 'Scaled dot-product attention is the single-head kernel inside every attention layer: given already-projected Q, K and V it computes softmax(QKᵀ/√d_k + mask)·V. The library functions (F.scaled_dot_product_attention, jax.nn.dot_product_attention, keras.ops.dot_product_attention) take no weights — only tensors, an optional mask or bias, is_causal and a scale — and dispatch to fused kernels (FlashAttention, memory-efficient attention) that never store the L×S weight matrix.',
      'zh-cn': '缩放点积注意力是所有注意力层内部的单头计算核：给定已投影好的 Q、K、V，计算 softmax(QKᵀ/√d_k + mask)·V。框架函数（F.scaled_dot_product_attention、jax.nn.dot_product_attention、keras.ops.dot_product_attention）没有可学习权重——只接收张量、可选的 mask 或 bias、is_causal 和 scale——并调度到融合内核（FlashAttention、省显存注意力），不会把 L×S 的权重矩阵存下来。',
    },
    formula: String.raw`\mathrm{SDPA}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}} + M\right) V, \qquad M_{ij} \in \{0, -\infty\}`,
    formulaText:
      'SDPA(Q, K, V) = softmax(QKᵀ · scale + M) · V, scale = 1/√d_k by default (d_k = last dim of Q); M is 0 where attending is allowed and −∞ where it is masked; softmax over the key axis',
    shapes: {
      en: 'PyTorch: query (N, …, H, L, E), key (N, …, H, S, E), value (N, …, H, S, Ev) → (N, …, H, L, Ev) — heads before the sequence axis. JAX and Keras: query (B, T, N, H), key/value (B, S, K, H) → (B, T, N, H) — heads after the sequence axis. Masks broadcast to (…, L, S).',
      'zh-cn': 'PyTorch：query (N, …, H, L, E)，key (N, …, H, S, E)，value (N, …, H, S, Ev) → (N, …, H, L, Ev)——头维在序列维之前。JAX 和 Keras：query (B, T, N, H)，key/value (B, S, K, H) → (B, T, N, H)——头维在序列维之后。mask 广播到 (…, L, S)。',
    },
    params: [
      {
        name: 'attn_mask',
        meaning: {
          en: 'Boolean (True = may attend) or float mask added to the scores; broadcastable to (…, L, S).',
          'zh-cn': '布尔 mask（True = 允许关注）或加到分数上的浮点 mask；需能广播到 (…, L, S)。',
        },
        defaults: { pytorch: 'None', keras: 'None (mask)', jax: 'None (mask)' },
      },
      {
        name: 'is_causal',
        meaning: { en: 'Apply a lower-triangular causal mask without building it.', 'zh-cn': '直接应用下三角因果掩码，无需手动构造。' },
        defaults: { pytorch: 'False', keras: 'False', jax: 'False' },
      },
      {
        name: 'scale',
        meaning: { en: 'Factor applied to QKᵀ; None means 1/√E (E = head size).', 'zh-cn': '乘在 QKᵀ 上的系数；None 表示 1/√E（E 为每个头的维度）。' },
        defaults: { pytorch: 'None', keras: 'None', jax: 'None' },
      },
      {
        name: 'dropout_p',
        meaning: { en: 'Dropout probability on the attention weights.', 'zh-cn': '注意力权重上的 dropout 概率。' },
        defaults: { pytorch: '0.0', flax: '0.0 (dropout_rate)' },
      },
    ],
    pitfalls: [
      {
        en: 'F.scaled_dot_product_attention applies dropout_p whenever it is > 0 — it does not know about model.eval(). Pass dropout_p=self.dropout if self.training else 0.0, or evaluation stays random.',
        'zh-cn': 'F.scaled_dot_product_attention 只要 dropout_p > 0 就会做 dropout——它不知道 model.eval()。应传 dropout_p=self.dropout if self.training else 0.0，否则评估结果一直带随机性。',
      },
      {
        en: 'Layouts differ: PyTorch wants (N, heads, L, E), jax.nn.dot_product_attention and keras.ops.dot_product_attention want (B, T, heads, H). Porting without a transpose mixes heads and positions; the shapes often still match, so nothing errors.',
        'zh-cn': '布局不同：PyTorch 要 (N, heads, L, E)，jax.nn.dot_product_attention 和 keras.ops.dot_product_attention 要 (B, T, heads, H)。迁移时不做转置会把头和位置混在一起；形状往往仍然对得上，所以不会报错。',
      },
      {
        en: 'Boolean mask polarity: in F.scaled_dot_product_attention True means "take part in attention", in nn.MultiheadAttention (attn_mask, key_padding_mask) True means "masked out". Reusing a mask between them inverts it.',
        'zh-cn': '布尔 mask 的含义相反：F.scaled_dot_product_attention 中 True 表示"参与注意力"，nn.MultiheadAttention（attn_mask、key_padding_mask）中 True 表示"被屏蔽"。在两者之间复用 mask 会把它反过来。',
      },
    ],
    why: [
      {
        q: { en: 'Why is the default scale 1/√d_k?', 'zh-cn': '为什么默认缩放系数是 1/√d_k？' },
        a: {
          en: 'A dot product of d_k unit-variance terms has variance d_k; scaling by 1/√d_k restores unit variance, so the softmax is not saturated (near one-hot) and its gradients do not vanish.',
          'zh-cn': 'd_k 个单位方差项的点积方差为 d_k；乘以 1/√d_k 后恢复单位方差，softmax 不会饱和（接近 one-hot），梯度也不会消失。',
        },
      },
      {
        q: { en: 'Why call the fused function instead of writing softmax(QKᵀ/√d)·V?', 'zh-cn': '为什么调用融合函数，而不是自己写 softmax(QKᵀ/√d)·V？' },
        a: {
          en: 'The result is the same, but the fused kernels compute the softmax in tiles and never write the (L, S) weight matrix to memory, so memory is linear in L and the kernel is usually several times faster.',
          'zh-cn': '结果相同，但融合内核分块计算 softmax，从不把 (L, S) 权重矩阵写入显存，显存随 L 线性增长，速度通常快几倍。',
        },
      },
    ],
    seeAlso: ['attention', 'multi-head-attention', 'causal-mask', 'softmax', 'dropout'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html',
      keras: 'https://keras.io/api/ops/nn/#dotproductattention-function',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/ops/dot_product_attention',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.nn.dot_product_attention.html',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/attention.html',
    },
    demo: 'attention',
  },
  {
    id: 'multi-head-attention',
    family: 'attention',
    title: { en: 'Multi-head attention', 'zh-cn': '多头注意力（Multi-Head Attention）' },
    summary: {
      en: 'Multi-head attention runs h attention functions side by side on smaller slices: it projects X to Q, K, V of width d, splits each into h heads of width d₂ = d/h, lets every head attend on its own, concatenates the h outputs back to width d and mixes them with an output projection W_o. Each head can learn a different relation (syntax, coreference, position) at the cost of one full-width attention.',
      'zh-cn': '多头注意力把 h 个注意力并排运行在更窄的切片上：先把 X 投影成宽度为 d 的 Q、K、V，各自切成 h 个宽 d₂ = d/h 的头，每个头独立做注意力，再把 h 个输出拼接回宽度 d，用输出投影 W_o 融合。每个头可以学到不同的关系（句法、指代、位置），总计算量与一次全宽注意力相当。',
    },
    formula: String.raw`\mathrm{MultiHead}(X) = \mathrm{Concat}(\mathrm{head}_1, \dots, \mathrm{head}_h)\, W_O, \qquad \mathrm{head}_i = \mathrm{softmax}\!\left(\frac{XW_Q^{(i)} \,(XW_K^{(i)})^\top}{\sqrt{d_2}}\right) XW_V^{(i)}`,
    formulaText:
      'MultiHead(X) = Concat(head₁, …, head_h) · W_o, head_i = softmax(Q_i K_iᵀ / √d₂) · V_i with Q_i = XW_q⁽ⁱ⁾ etc.; d₂ = d / h. Parameters: 4·d² + 4·d (W_q, W_k, W_v, W_o with biases)',
    shapes: {
      en: 'PyTorch nn.MultiheadAttention: query (L, N, E) by default, (N, L, E) with batch_first=True; key/value (S, N, E) → attn_output of the query shape, attn_weights (N, L, S) averaged over heads (or (N, h, L, S) with average_attn_weights=False). Keras MultiHeadAttention: query (B, T, dim), value (B, S, dim) → (B, T, dim). Flax: (…, L, features) → (…, L, out_features).',
      'zh-cn': 'PyTorch nn.MultiheadAttention：query 默认 (L, N, E)，batch_first=True 时为 (N, L, E)；key/value (S, N, E) → attn_output 与 query 同形，attn_weights (N, L, S) 为各头平均（average_attn_weights=False 时为 (N, h, L, S)）。Keras MultiHeadAttention：query (B, T, dim)，value (B, S, dim) → (B, T, dim)。Flax：(…, L, features) → (…, L, out_features)。',
    },
    params: [
      {
        name: 'num_heads',
        meaning: { en: 'Number of heads h; the model width must be divisible by it (PyTorch, Flax).', 'zh-cn': '头数 h；模型宽度必须能被它整除（PyTorch、Flax）。' },
        defaults: { pytorch: 'required', keras: 'required', flax: 'required' },
      },
      {
        name: 'embed_dim',
        meaning: {
          en: 'PyTorch: the total width d, split across heads. Keras instead asks key_dim, the size of EACH head; Flax qkv_features is the total width.',
          'zh-cn': 'PyTorch：总宽度 d，在各头之间切分。Keras 则要求 key_dim，即每个头的维度；Flax 的 qkv_features 是总宽度。',
        },
        defaults: { pytorch: 'required', keras: 'required (key_dim, per head)', flax: 'None (qkv_features → input features)' },
      },
      {
        name: 'dropout',
        meaning: { en: 'Dropout on the attention weights.', 'zh-cn': '注意力权重上的 dropout。' },
        defaults: { pytorch: '0.0', keras: '0.0', flax: '0.0 (dropout_rate)' },
      },
      {
        name: 'batch_first',
        meaning: { en: 'PyTorch only: whether inputs are (N, L, E) instead of (L, N, E).', 'zh-cn': '仅 PyTorch：输入是否为 (N, L, E) 而不是 (L, N, E)。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'bias',
        meaning: { en: 'Biases in the input and output projections.', 'zh-cn': '输入、输出投影是否带偏置。' },
        defaults: { pytorch: 'True', keras: 'True (use_bias)', flax: 'True (use_bias)' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.MultiheadAttention defaults to batch_first=False, i.e. (L, N, E). Feeding (N, L, E) does not fail when shapes happen to fit — it attends across the batch instead of the sequence. Pass batch_first=True.',
        'zh-cn': 'nn.MultiheadAttention 默认 batch_first=False，即 (L, N, E)。传入 (N, L, E) 时若形状碰巧对得上不会报错——它会在 batch 维而不是序列维上做注意力。请传 batch_first=True。',
      },
      {
        en: 'Keras key_dim is per head: MultiHeadAttention(num_heads=8, key_dim=512) projects to 8×512 = 4096 features, not 512 split eight ways. Use key_dim = d_model // num_heads to match PyTorch embed_dim=d_model.',
        'zh-cn': 'Keras 的 key_dim 是每个头的维度：MultiHeadAttention(num_heads=8, key_dim=512) 投影到 8×512 = 4096 维，而不是把 512 分成 8 份。要与 PyTorch 的 embed_dim=d_model 对齐，应设 key_dim = d_model // num_heads。',
      },
      {
        en: 'nn.MultiheadAttention.forward returns a tuple (attn_output, attn_weights) and by default (need_weights=True) also computes head-averaged weights, which blocks the fused fast path. Unpack the tuple and pass need_weights=False when you do not need the weights.',
        'zh-cn': 'nn.MultiheadAttention.forward 返回元组 (attn_output, attn_weights)，默认 need_weights=True 还会计算各头平均的权重，导致无法走融合快速路径。请解包元组，不需要权重时传 need_weights=False。',
      },
    ],
    why: [
      {
        q: { en: 'Why does multi-head attention split well across devices (tensor parallelism)?', 'zh-cn': '为什么多头注意力特别适合跨设备切分（张量并行）？' },
        a: {
          en: 'Heads do not interact until W_o. Split W_q, W_k, W_v by columns so each device holds whole heads and computes their attention locally; split W_o by rows so each device multiplies only its heads\' outputs. The partial results are summed with a single all-reduce per attention layer (the Megatron-LM scheme).',
          'zh-cn': '各头在 W_o 之前互不相干。把 W_q、W_k、W_v 按列切分，每个设备持有完整的若干个头并在本地算注意力；把 W_o 按行切分，每个设备只乘自己那些头的输出。部分结果在每个注意力层只需一次 all-reduce 求和（Megatron-LM 的做法）。',
        },
      },
      {
        q: { en: 'Why several small heads rather than one wide head?', 'zh-cn': '为什么用多个小头而不是一个宽头？' },
        a: {
          en: 'One softmax gives each query a single weighting of the context; h heads give h independent weightings, so one head can follow syntax while another tracks a coreference. With d₂ = d/h the cost stays that of one width-d attention.',
          'zh-cn': '一个 softmax 只给每个 query 一种上下文加权；h 个头给出 h 种独立的加权，一个头可以跟踪句法，另一个跟踪指代。由于 d₂ = d/h，计算量仍与一个宽度为 d 的注意力相当。',
        },
      },
    ],
    seeAlso: ['attention', 'scaled-dot-product-attention', 'cross-attention', 'transformer', 'linear'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MultiheadAttention.html',
      keras: 'https://keras.io/api/layers/attention_layers/multi_head_attention/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/attention.html',
    },
    demo: 'attention',
  },
  {
    id: 'causal-mask',
    family: 'attention',
    title: { en: 'Causal mask (look-ahead mask)', 'zh-cn': '因果掩码（Causal Mask / 未来位置掩码）' },
    summary: {
      en: 'A causal mask stops position i from attending to positions j > i. It is added to the scores before the softmax: 0 where j ≤ i, −∞ where j > i, so the future gets exactly zero weight and each row still sums to 1. Decoders (GPT, the Transformer decoder) use it so that the whole sequence can be trained in parallel while every position only sees its past — the same view it will have when generating.',
      'zh-cn': '因果掩码禁止位置 i 关注 j > i 的位置。它在 softmax 之前加到分数上：j ≤ i 处为 0，j > i 处为 −∞，于是未来位置的权重恰好为 0，每行之和仍为 1。解码器（GPT、Transformer 解码器）用它在并行训练整条序列的同时，让每个位置只看到自己的过去——与生成时看到的信息一致。',
    },
    formula: String.raw`M_{ij} = \begin{cases} 0 & j \le i \\ -\infty & j > i \end{cases}, \qquad \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_2}} + M\right) V`,
    formulaText: 'M[i, j] = 0 if j ≤ i, −∞ if j > i; weights = softmax(QKᵀ/√d₂ + M) over j, so exp(−∞) = 0 removes the future and the allowed weights renormalise to 1',
    shapes: {
      en: 'nn.Transformer.generate_square_subsequent_mask(sz) → float (sz, sz): 0 on and below the diagonal, −inf above. flax make_causal_mask(x) with x (batch…, len) → (batch…, 1, len, len), 1 = may attend. F.scaled_dot_product_attention(is_causal=True), jax.nn.dot_product_attention(is_causal=True) and Keras MultiHeadAttention(…)(use_causal_mask=True) build it internally.',
      'zh-cn': 'nn.Transformer.generate_square_subsequent_mask(sz) → 浮点 (sz, sz)：对角线及以下为 0，以上为 −inf。flax 的 make_causal_mask(x)，x 为 (batch…, len) → (batch…, 1, len, len)，1 表示允许关注。F.scaled_dot_product_attention(is_causal=True)、jax.nn.dot_product_attention(is_causal=True) 和 Keras MultiHeadAttention(…)(use_causal_mask=True) 会在内部构造它。',
    },
    params: [
      {
        name: 'sz',
        meaning: { en: 'Sequence length of the square mask (generate_square_subsequent_mask).', 'zh-cn': '方形掩码的序列长度（generate_square_subsequent_mask）。' },
        defaults: { pytorch: 'required' },
      },
      {
        name: 'is_causal',
        meaning: {
          en: 'Apply the causal mask inside the attention call. In nn.MultiheadAttention/TransformerEncoderLayer it is only a hint that the mask you pass is causal.',
          'zh-cn': '在注意力调用内部应用因果掩码。在 nn.MultiheadAttention / TransformerEncoderLayer 中它只是一个"你传入的 mask 是因果的"提示。',
        },
        defaults: { pytorch: 'False', jax: 'False', keras: 'False (use_causal_mask in MultiHeadAttention.call; is_causal in ops.dot_product_attention)' },
      },
      {
        name: 'extra_batch_dims',
        meaning: { en: 'Flax make_causal_mask: extra leading singleton batch axes to add.', 'zh-cn': 'Flax make_causal_mask：额外添加的前置单例 batch 维数。' },
        defaults: { flax: '0' },
      },
    ],
    pitfalls: [
      {
        en: 'Polarity: torch.tril(torch.ones(L, L, dtype=torch.bool)) marks the allowed positions with True, which is right for F.scaled_dot_product_attention but inverted for nn.MultiheadAttention, where True means "do not attend" — the model then sees only the future. Use generate_square_subsequent_mask or ~mask.',
        'zh-cn': '含义正负颠倒：torch.tril(torch.ones(L, L, dtype=torch.bool)) 用 True 标记允许的位置，对 F.scaled_dot_product_attention 是对的，但对 nn.MultiheadAttention 是反的——后者 True 表示"不许关注"，于是模型只能看到未来。请用 generate_square_subsequent_mask 或 ~mask。',
      },
      {
        en: 'is_causal=True on nn.MultiheadAttention.forward or nn.TransformerEncoderLayer does not create the mask; it only tells PyTorch that the attn_mask/src_mask you pass is causal. Pass the mask as well — a wrong hint gives wrong results.',
        'zh-cn': '在 nn.MultiheadAttention.forward 或 nn.TransformerEncoderLayer 上设 is_causal=True 并不会生成掩码，它只是告诉 PyTorch 你传入的 attn_mask / src_mask 是因果的。掩码仍需一起传入——提示错误会导致结果错误。',
      },
      {
        en: 'Forgetting the mask in a decoder: each position sees the token it must predict, training loss drops suspiciously fast, and generation is garbage. Conversely, a row masked entirely with −inf (causal + left padding) makes softmax return NaN; use a large finite negative (torch.finfo(dtype).min) or keep one allowed key per row.',
        'zh-cn': '解码器忘了加掩码：每个位置都能看到要预测的 token，训练 loss 下降得可疑地快，生成结果却一团糟。反过来，若某一行被 −inf 全部屏蔽（因果掩码 + 左侧 padding），softmax 会返回 NaN；应使用很大的有限负数（torch.finfo(dtype).min），或保证每行至少有一个允许的 key。',
      },
    ],
    why: [
      {
        q: { en: 'Why must the decoder mask future positions?', 'zh-cn': '为什么解码器必须屏蔽未来位置？' },
        a: {
          en: 'Training feeds the whole target sequence at once (teacher forcing) and predicts token i+1 at every position i. Without the mask position i could read token i+1 directly and learn to copy it; at generation time that token does not exist yet.',
          'zh-cn': '训练时整条目标序列一次性输入（teacher forcing），在每个位置 i 预测第 i+1 个 token。没有掩码，位置 i 能直接读到第 i+1 个 token 并学会照抄；而生成时这个 token 还不存在。',
        },
      },
      {
        q: { en: 'Why −∞ before the softmax rather than zeroing weights after it?', 'zh-cn': '为什么在 softmax 之前加 −∞，而不是在之后把权重置 0？' },
        a: {
          en: 'exp(−∞) = 0, so the masked keys drop out of the normalising sum and the allowed weights still add up to 1. Zeroing after the softmax leaves rows that sum to less than 1 and lets the future influence the normaliser.',
          'zh-cn': 'exp(−∞) = 0，被屏蔽的 key 不参与归一化求和，允许位置的权重之和仍为 1。若在 softmax 之后置 0，每行之和会小于 1，而且未来位置仍影响了归一化分母。',
        },
      },
    ],
    seeAlso: ['attention', 'scaled-dot-product-attention', 'gpt', 'transformer', 'softmax'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Transformer.html#torch.nn.Transformer.generate_square_subsequent_mask',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/attention.html',
      keras: 'https://keras.io/api/layers/attention_layers/multi_head_attention/',
    },
    demo: 'attention',
  },
  {
    id: 'cross-attention',
    family: 'attention',
    title: { en: 'Cross-attention (encoder–decoder attention)', 'zh-cn': '交叉注意力（Cross-Attention / 编码器-解码器注意力）' },
    summary: {
      en: 'Cross-attention is attention between two sequences: the queries come from the decoder\'s hidden states, the keys and values from the encoder\'s output. Each target position thus looks up the source positions it needs — in translation, the source words that matter for the next target word. The math is the same softmax(QKᵀ/√d₂)V; only the inputs differ, and the output has the decoder\'s length. The same layer conditions Stable Diffusion\'s UNet on text (Q from image latents, K and V from text embeddings).',
      'zh-cn': '交叉注意力是两条序列之间的注意力：query 来自解码器的隐状态，key 和 value 来自编码器的输出。每个目标位置因此能查到它需要的源位置——在翻译中，就是与下一个目标词相关的源语言词。公式仍是 softmax(QKᵀ/√d₂)V，只是输入不同，输出长度与解码器一致。Stable Diffusion 的 UNet 也用同样的层以文本为条件（Q 来自图像 latent，K、V 来自文本嵌入）。',
    },
    formula: String.raw`Q = H_{\text{dec}} W_Q,\; K = H_{\text{enc}} W_K,\; V = H_{\text{enc}} W_V, \qquad \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_2}}\right) V`,
    formulaText: 'Q = H_dec·W_q (decoder states), K = H_enc·W_k, V = H_enc·W_v (encoder output); out = softmax(QKᵀ/√d₂)·V, softmax over the source positions',
    shapes: {
      en: 'Decoder states (N, T, d) as query, encoder memory (N, S, d_enc) as key and value → output (N, T, d); weights (N, h, T, S). PyTorch: mha(query=tgt, key=memory, value=memory) with batch_first=True, or nn.TransformerDecoderLayer(tgt, memory). Keras: MultiHeadAttention(…)(query=dec, value=enc) (key defaults to value).',
      'zh-cn': '解码器状态 (N, T, d) 作为 query，编码器输出 memory (N, S, d_enc) 作为 key 和 value → 输出 (N, T, d)；权重 (N, h, T, S)。PyTorch：batch_first=True 时 mha(query=tgt, key=memory, value=memory)，或 nn.TransformerDecoderLayer(tgt, memory)。Keras：MultiHeadAttention(…)(query=dec, value=enc)（key 默认等于 value）。',
    },
    params: [
      {
        name: 'kdim / vdim',
        meaning: {
          en: 'PyTorch nn.MultiheadAttention: feature sizes of key and value when the encoder width differs from embed_dim (None means embed_dim). Keras infers them from the value input.',
          'zh-cn': 'PyTorch nn.MultiheadAttention：编码器宽度与 embed_dim 不同时 key、value 的特征维（None 表示等于 embed_dim）。Keras 会从 value 输入自动推断。',
        },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'memory_key_padding_mask',
        meaning: {
          en: 'nn.TransformerDecoderLayer/TransformerDecoder forward: marks padded encoder positions (True = ignore) so no query attends to them.',
          'zh-cn': 'nn.TransformerDecoderLayer / TransformerDecoder 的 forward 参数：标记编码器中的 padding 位置（True = 忽略），使任何 query 都不关注它们。',
        },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'cross_attention_dim',
        meaning: { en: 'diffusers UNet2DConditionModel: width of the text embeddings used as K and V.', 'zh-cn': 'diffusers UNet2DConditionModel：作为 K、V 的文本嵌入宽度。' },
        defaults: { diffusers: '1280' },
      },
    ],
    pitfalls: [
      {
        en: 'Argument order: nn.MultiheadAttention(query, key, value) — the query is the decoder side. Passing the encoder output as query gives an output of the source length S instead of T, which usually fails only later in the residual add.',
        'zh-cn': '参数顺序：nn.MultiheadAttention(query, key, value)——query 是解码器一侧。若把编码器输出作为 query，输出长度会变成源长度 S 而不是 T，通常要到后面的残差相加时才报错。',
      },
      {
        en: 'Do not put a causal mask on cross-attention (memory_mask): every target position may see the whole source. Mask only the encoder padding, with memory_key_padding_mask in PyTorch or encoder_attention_mask / attention_mask in Hugging Face models.',
        'zh-cn': '不要给交叉注意力加因果掩码（memory_mask）：每个目标位置都可以看到整个源序列。只需屏蔽编码器的 padding：PyTorch 用 memory_key_padding_mask，Hugging Face 模型用 encoder_attention_mask / attention_mask。',
      },
      {
        en: 'transformers.EncoderDecoderModel built from two pretrained checkpoints adds freshly initialised cross-attention layers (the load warns about newly initialised weights); the model is useless until fine-tuned.',
        'zh-cn': '用两个预训练 checkpoint 构建的 transformers.EncoderDecoderModel 会新增随机初始化的交叉注意力层（加载时会警告有新初始化的权重）；在微调之前这个模型没有用。',
      },
    ],
    why: [
      {
        q: { en: 'Why do the queries come from the decoder and the keys and values from the encoder?', 'zh-cn': '为什么 query 来自解码器，而 key 和 value 来自编码器？' },
        a: {
          en: 'The query expresses what the position being generated needs next; the keys index the source content and the values carry it. So the output is "source information selected for each target position", with one row per target token.',
          'zh-cn': 'query 表达"正在生成的位置接下来需要什么"；key 为源内容建立索引，value 承载源内容。于是输出是"为每个目标位置挑选出的源信息"，每个目标 token 一行。',
        },
      },
      {
        q: { en: 'Why does cross-attention help translation-style tasks?', 'zh-cn': '为什么交叉注意力对翻译这类任务有帮助？' },
        a: {
          en: 'Every output step can consult any input position directly, so the output stays tied to the input sequence instead of relying on one compressed summary vector, as older encoder–decoder RNNs did.',
          'zh-cn': '每个输出步骤都能直接查看任意输入位置，输出与输入序列紧密对应，而不必像早期的编码器-解码器 RNN 那样依赖一个压缩后的摘要向量。',
        },
      },
    ],
    seeAlso: ['attention', 'multi-head-attention', 'transformer', 't5', 'unet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.TransformerDecoderLayer.html',
      keras: 'https://keras.io/api/layers/attention_layers/multi_head_attention/',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/encoder-decoder',
    },
    demo: 'attention',
  },
  {
    id: 'positional-encoding',
    family: 'attention',
    title: { en: 'Positional encoding', 'zh-cn': '位置编码（Positional Encoding）' },
    summary: {
      en: 'Attention itself is order-blind: permuting the tokens permutes the outputs and nothing else. Positional encoding adds a position-dependent vector to each token embedding so the model can tell "dog bites man" from "man bites dog". The original Transformer uses fixed sinusoids of geometrically spaced wavelengths; BERT, GPT-2 and RoBERTa learn a position-embedding table instead (one row per position, up to a maximum length); many recent LLMs use rotary (RoPE) or relative schemes (T5) inside attention.',
      'zh-cn': '注意力本身不感知顺序：打乱 token 只会同样打乱输出。位置编码给每个 token 的嵌入加上一个随位置变化的向量，让模型能区分"狗咬人"和"人咬狗"。原始 Transformer 使用波长按几何级数分布的固定正弦/余弦；BERT、GPT-2 和 RoBERTa 则学习一张位置嵌入表（每个位置一行，有最大长度上限）；许多新的大模型在注意力内部使用旋转位置编码（RoPE）或相对位置方案（T5）。',
    },
    formula: String.raw`PE_{(pos,\,2i)} = \sin\!\left(\frac{pos}{10000^{2i/d}}\right), \qquad PE_{(pos,\,2i+1)} = \cos\!\left(\frac{pos}{10000^{2i/d}}\right), \qquad x_{pos} = E[w_{pos}] + PE_{pos}`,
    formulaText:
      'PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d)); input = token embedding + PE(pos)   (i indexes dimension pairs, d = model width); learned variant: input = E_tok[w] + E_pos[pos]',
    shapes: {
      en: 'A (max_len, d) table; the rows for positions 0…L−1 are added to token embeddings (N, L, d) → (N, L, d). keras_hub.layers.SinePositionEncoding takes (batch, seq_len, d) and returns the encoding of the same shape, to be added. Learned tables: BERT position_embeddings (512, 768), GPT-2 wpe (1024, 768).',
      'zh-cn': '一张 (max_len, d) 的表；位置 0…L−1 的行加到 token 嵌入 (N, L, d) 上 → (N, L, d)。keras_hub.layers.SinePositionEncoding 接收 (batch, seq_len, d)，返回同形的位置编码供相加。可学习的表：BERT 的 position_embeddings 为 (512, 768)，GPT-2 的 wpe 为 (1024, 768)。',
    },
    params: [
      {
        name: 'max_position_embeddings',
        meaning: { en: 'Length of the learned position table = the longest input the model accepts.', 'zh-cn': '可学习位置表的长度，即模型能接受的最长输入。' },
        defaults: { transformers: '512 (BertConfig); 1024 as n_positions (GPT2Config)' },
      },
      {
        name: 'max_wavelength',
        meaning: { en: 'The 10000 in the sinusoid formula (longest wavelength).', 'zh-cn': '正弦公式中的 10000（最长波长）。' },
        defaults: { keras: '10000 (keras_hub.layers.SinePositionEncoding)' },
      },
      {
        name: 'position_embedding_type',
        meaning: { en: "BERT-family configs: 'absolute' (learned table) or relative variants.", 'zh-cn': "BERT 系列配置：'absolute'（可学习的绝对位置表）或相对位置变体。" },
        defaults: { transformers: "'absolute' (BertConfig)" },
      },
    ],
    pitfalls: [
      {
        en: 'torch.nn.Transformer and nn.TransformerEncoder add no positional information and no embeddings: feed them raw token embeddings and the model is a bag of words. Add a sinusoidal or learned encoding yourself before the first layer.',
        'zh-cn': 'torch.nn.Transformer 和 nn.TransformerEncoder 不包含位置信息，也不包含嵌入层：直接喂入 token 嵌入，模型就成了词袋模型。需要在第一层之前自己加上正弦或可学习的位置编码。',
      },
      {
        en: 'Learned tables have a hard limit: BERT with inputs longer than max_position_embeddings (512) fails with an index error (on GPU often a cryptic CUDA device-side assert). Truncate with the tokenizer (truncation=True, max_length=512).',
        'zh-cn': '可学习位置表有硬上限：BERT 输入超过 max_position_embeddings（512）会报索引越界（在 GPU 上常常是难懂的 CUDA device-side assert）。请在 tokenizer 中截断（truncation=True, max_length=512）。',
      },
      {
        en: 'Scale mismatch: the original Transformer multiplies token embeddings by √d before adding the sinusoids; without it, small initial embeddings are dominated by the ±1 position signal.',
        'zh-cn': '量级不匹配：原始 Transformer 在加正弦编码之前会把 token 嵌入乘以 √d；若省略这一步，初始化时较小的嵌入会被 ±1 量级的位置信号淹没。',
      },
    ],
    why: [
      {
        q: { en: 'Why does a Transformer need positional encoding at all?', 'zh-cn': 'Transformer 为什么需要位置编码？' },
        a: {
          en: 'Self-attention computes a weighted sum over a set: swapping two tokens swaps their outputs and changes nothing else. Word order only reaches the model through the position signal added to the inputs (or injected into attention, as in RoPE).',
          'zh-cn': '自注意力是在一个集合上做加权求和：交换两个 token 只会交换它们的输出，其他不变。词序只能通过加到输入上的位置信号（或像 RoPE 那样注入注意力内部）传给模型。',
        },
      },
      {
        q: { en: 'Why sines and cosines of different wavelengths?', 'zh-cn': '为什么用不同波长的正弦和余弦？' },
        a: {
          en: 'Each pair (sin, cos) at one frequency rotates as the position moves, so PE(pos + k) is a fixed linear function (a rotation) of PE(pos): relative offsets are easy to read from dot products. Wavelengths from 2π to 10000·2π give every position a distinct code, and no table limits the length.',
          'zh-cn': '同一频率的 (sin, cos) 对会随位置旋转，因此 PE(pos + k) 是 PE(pos) 的固定线性函数（一个旋转）：相对偏移容易从点积中读出。波长从 2π 到 10000·2π，让每个位置都有独特的编码，而且不受查表长度的限制。',
        },
      },
    ],
    seeAlso: ['transformer', 'embedding', 'bert', 'gpt', 'attention'],
    docs: {
      keras: 'https://keras.io/keras_hub/api/modeling_layers/sine_position_encoding',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/bert',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Embedding.html',
    },
  },
  {
    id: 'transformer',
    family: 'attention',
    title: { en: 'Transformer', 'zh-cn': 'Transformer' },
    summary: {
      en: 'The Transformer is a stack of identical blocks built from attention, not recurrence. The encoder turns the input into contextual hidden states; the decoder generates the target from them. Each encoder block is multi-head self-attention followed by a position-wise FFN (two linear layers with ReLU or GELU between them); the decoder block adds masked self-attention and cross-attention. Every sub-layer is wrapped in a residual connection plus LayerNorm. BERT keeps only the encoder, GPT only the decoder, T5 both.',
      'zh-cn': 'Transformer 由若干个相同的块堆叠而成，依靠注意力而不是循环结构。编码器把输入变成上下文相关的隐状态；解码器基于它们生成目标序列。每个编码器块是多头自注意力加一个逐位置的 FFN（两个线性层，中间是 ReLU 或 GELU）；解码器块再加上带掩码的自注意力和交叉注意力。每个子层都包在残差连接加 LayerNorm 之中。BERT 只保留编码器，GPT 只保留解码器，T5 两者都用。',
    },
    formula: String.raw`\text{post-LN: } x \leftarrow \mathrm{LN}(x + \mathrm{Sublayer}(x)), \quad \text{pre-LN: } x \leftarrow x + \mathrm{Sublayer}(\mathrm{LN}(x)), \quad \mathrm{FFN}(x) = W_2\,\phi(W_1 x + b_1) + b_2,\ \ \mathrm{GELU}(x) = x\,\Phi(x)`,
    formulaText:
      'post-LN (original Transformer, nn.Transformer default): x ← LN(x + Sublayer(x)); pre-LN (GPT-2, most LLMs, norm_first=True): x ← x + Sublayer(LN(x)); Sublayer = multi-head attention or FFN(x) = W₂·φ(W₁x + b₁) + b₂ with φ = ReLU or GELU(x) = x·Φ(x), Φ the standard normal CDF',
    shapes: {
      en: 'nn.Transformer: src (S, N, E), tgt (T, N, E) → (T, N, E); with batch_first=True (N, S, E), (N, T, E) → (N, T, E). Every block maps (N, L, d_model) → (N, L, d_model); the FFN widens to dim_feedforward (usually 4·d_model) and back. Hugging Face AutoModel returns last_hidden_state (N, L, hidden_size).',
      'zh-cn': 'nn.Transformer：src (S, N, E)，tgt (T, N, E) → (T, N, E)；batch_first=True 时为 (N, S, E)、(N, T, E) → (N, T, E)。每个块都把 (N, L, d_model) 映射为 (N, L, d_model)；FFN 先扩展到 dim_feedforward（通常为 4·d_model）再投回。Hugging Face 的 AutoModel 返回 last_hidden_state (N, L, hidden_size)。',
    },
    params: [
      {
        name: 'd_model',
        meaning: { en: 'Model width (embedding and hidden size).', 'zh-cn': '模型宽度（嵌入维度和隐藏维度）。' },
        defaults: { pytorch: '512' },
      },
      {
        name: 'nhead',
        meaning: { en: 'Number of attention heads per block.', 'zh-cn': '每个块的注意力头数。' },
        defaults: { pytorch: '8' },
      },
      {
        name: 'num_encoder_layers / num_decoder_layers',
        meaning: { en: 'Number of stacked encoder and decoder blocks.', 'zh-cn': '编码器块和解码器块的堆叠层数。' },
        defaults: { pytorch: '6 / 6' },
      },
      {
        name: 'dim_feedforward',
        meaning: { en: 'Hidden width of the FFN.', 'zh-cn': 'FFN 的隐藏宽度。' },
        defaults: { pytorch: '2048' },
      },
      {
        name: 'activation',
        meaning: { en: 'FFN nonlinearity: relu or gelu.', 'zh-cn': 'FFN 的非线性：relu 或 gelu。' },
        defaults: { pytorch: 'F.relu' },
      },
      {
        name: 'norm_first',
        meaning: { en: 'False = post-LN (LayerNorm after each residual add), True = pre-LN.', 'zh-cn': 'False = post-LN（每次残差相加之后做 LayerNorm），True = pre-LN。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'nn.Transformer defaults to batch_first=False, so it expects (L, N, E). Pass batch_first=True for (N, L, E) data; shapes that happen to fit otherwise train silently on mixed-up axes.',
        'zh-cn': 'nn.Transformer 默认 batch_first=False，期望 (L, N, E)。数据是 (N, L, E) 时请传 batch_first=True；否则若形状碰巧对得上，会在错位的维度上默默训练。',
      },
      {
        en: 'nn.Transformer is only the block stack: it has no token embedding, no positional encoding, no output projection to the vocabulary, and the decoder needs tgt_mask=nn.Transformer.generate_square_subsequent_mask(T) passed explicitly.',
        'zh-cn': 'nn.Transformer 只是块的堆叠：没有 token 嵌入、没有位置编码、没有到词表的输出投影，解码器还需要显式传入 tgt_mask=nn.Transformer.generate_square_subsequent_mask(T)。',
      },
      {
        en: 'Post-LN (norm_first=False, the original design) is hard to train deep without learning-rate warmup; pre-LN (norm_first=True, as in GPT-2 and most LLMs) is more stable but then needs a final LayerNorm after the last block.',
        'zh-cn': 'post-LN（norm_first=False，原始设计）在层数较深时若没有学习率 warmup 很难训练；pre-LN（norm_first=True，GPT-2 和大多数大模型的做法）更稳定，但需要在最后一个块之后再加一个 LayerNorm。',
      },
    ],
    why: [
      {
        q: { en: 'Why LayerNorm, not BatchNorm, in Transformers?', 'zh-cn': 'Transformer 为什么用 LayerNorm 而不是 BatchNorm？' },
        a: {
          en: 'Batches of sequences vary in size and length and include padding, so batch statistics are unstable; LayerNorm normalises each token over its own features and does not depend on N or L.',
          'zh-cn': '序列 batch 的大小和长度都在变，还含有 padding，batch 统计量不稳定；LayerNorm 只在每个 token 自己的特征上归一化，不依赖 N 或 L。',
        },
      },
      {
        q: { en: 'Why residual connections around every sub-layer?', 'zh-cn': '为什么每个子层外面都有残差连接？' },
        a: {
          en: 'x + Sublayer(x) gives the gradient an identity path through all blocks, so deep stacks do not suffer vanishing gradients, and each block only has to learn a correction to its input.',
          'zh-cn': 'x + Sublayer(x) 为梯度提供了一条贯穿所有块的恒等通路，深层堆叠不会出现梯度消失，每个块也只需学习对输入的修正量。',
        },
      },
      {
        q: { en: 'Post-LN or pre-LN?', 'zh-cn': 'post-LN 还是 pre-LN？' },
        a: {
          en: 'The original Transformer applies LayerNorm after each residual add (post-LN). GPT-2 and most current LLMs normalise the input of each sub-layer (pre-LN), which keeps the residual path clean and trains deep models stably with less warmup.',
          'zh-cn': '原始 Transformer 在每次残差相加之后做 LayerNorm（post-LN）。GPT-2 和现在大多数大模型对每个子层的输入做归一化（pre-LN），残差通路保持干净，深层模型训练更稳定，对 warmup 的依赖也更小。',
        },
      },
    ],
    seeAlso: ['multi-head-attention', 'layer-norm', 'residual', 'gelu', 'positional-encoding', 'cross-attention'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Transformer.html',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/auto',
    },
  },
  {
    id: 'tokenizer',
    family: 'attention',
    title: { en: 'Tokenizer', 'zh-cn': '分词器（Tokenizer）' },
    summary: {
      en: 'A tokenizer turns text into the integer ids a model reads, and back. It normalises the text, splits it into tokens — today subword units from BPE, WordPiece or Unigram/SentencePiece, so that rare words become several known pieces instead of [UNK] — maps them to vocabulary ids, adds special tokens ([CLS]/[SEP], <s>/</s>), and pads or truncates to build batches with an attention_mask. A model only works with the exact tokenizer it was trained with.',
      'zh-cn': '分词器把文本转换成模型读取的整数 id，也能反向还原。它先规范化文本，再切分成 token——如今通常是 BPE、WordPiece 或 Unigram/SentencePiece 产生的子词，让生僻词被拆成几个已知片段而不是 [UNK]——然后映射为词表 id，加上特殊 token（[CLS]/[SEP]、<s>/</s>），并通过 padding 或截断组成 batch，同时给出 attention_mask。模型只能配合它训练时使用的那个分词器。',
    },
    formula: '',
    formulaText:
      'text → normalise (e.g. lowercase, strip accents) → pre-tokenise (split on spaces/punctuation) → subword model (BPE / WordPiece / Unigram) → ids via the vocabulary → add special tokens → pad/truncate → input_ids + attention_mask; decode reverses it',
    shapes: {
      en: 'tokenizer(list_of_texts, padding=True, truncation=True, return_tensors="pt") → dict with input_ids (N, L) and attention_mask (N, L) (plus token_type_ids (N, L) for BERT); L is the longest sequence in the batch (padding=True) or max_length (padding="max_length").',
      'zh-cn': 'tokenizer(list_of_texts, padding=True, truncation=True, return_tensors="pt") → 字典，含 input_ids (N, L) 和 attention_mask (N, L)（BERT 还有 token_type_ids (N, L)）；L 为 batch 中最长序列的长度（padding=True）或 max_length（padding="max_length"）。',
    },
    params: [
      {
        name: 'padding',
        meaning: { en: "True/'longest' pads to the longest in the batch, 'max_length' to max_length, False none.", 'zh-cn': "True/'longest' 补齐到 batch 中最长，'max_length' 补齐到 max_length，False 不补齐。" },
        defaults: { transformers: 'False' },
      },
      {
        name: 'truncation',
        meaning: { en: 'Cut sequences to max_length (or the model maximum).', 'zh-cn': '把序列截断到 max_length（或模型最大长度）。' },
        defaults: { transformers: 'None' },
      },
      {
        name: 'max_length',
        meaning: { en: 'Target length for padding/truncation; None means the model maximum.', 'zh-cn': 'padding / 截断的目标长度；None 表示模型最大长度。' },
        defaults: { transformers: 'None' },
      },
      {
        name: 'return_tensors',
        meaning: { en: "'pt', 'tf', 'np' or 'jax'; None returns Python lists.", 'zh-cn': "'pt'、'tf'、'np' 或 'jax'；None 返回 Python 列表。" },
        defaults: { transformers: 'None' },
      },
      {
        name: 'add_special_tokens',
        meaning: { en: 'Insert the model\'s special tokens ([CLS] … [SEP], <s> … </s>).', 'zh-cn': '插入模型的特殊 token（[CLS] … [SEP]、<s> … </s>）。' },
        defaults: { transformers: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Tokenizer/model mismatch: loading the tokenizer of another checkpoint (e.g. bert-base-cased ids into bert-base-uncased) gives valid-looking ids that mean different tokens. Always load both from the same name with AutoTokenizer / AutoModel.',
        'zh-cn': '分词器与模型不匹配：加载了另一个 checkpoint 的分词器（如把 bert-base-cased 的 id 喂给 bert-base-uncased），id 看起来合法，含义却是别的 token。请用 AutoTokenizer / AutoModel 从同一个名字加载两者。',
      },
      {
        en: 'GPT-2 and many decoder tokenizers have no pad token, so padding=True raises an error. Set tokenizer.pad_token = tokenizer.eos_token, pass the attention_mask, and use padding_side="left" for batched generation.',
        'zh-cn': 'GPT-2 和许多解码器的分词器没有 pad token，padding=True 会报错。设置 tokenizer.pad_token = tokenizer.eos_token，传入 attention_mask，批量生成时使用 padding_side="left"。',
      },
      {
        en: 'truncation defaults to None (off): texts longer than the model limit pass through and crash in the position embeddings. Pass truncation=True (and max_length) for model inputs.',
        'zh-cn': 'truncation 默认为 None（不截断）：超过模型上限的文本会原样通过，然后在位置嵌入处崩溃。给模型准备输入时请传 truncation=True（以及 max_length）。',
      },
    ],
    why: [
      {
        q: { en: 'Why subwords rather than words or characters?', 'zh-cn': '为什么用子词，而不是整词或字符？' },
        a: {
          en: 'A word vocabulary cannot cover rare and new words (they all become [UNK]) and grows huge; characters give very long sequences with little meaning per step. Subwords keep frequent words whole and split rare ones into known pieces, with a fixed vocabulary of roughly 30k–100k entries.',
          'zh-cn': '整词词表无法覆盖生僻词和新词（都会变成 [UNK]），而且会非常庞大；字符则使序列很长、每一步含义很少。子词让高频词保持完整、把低频词拆成已知片段，词表大小固定在约 3 万到 10 万。',
        },
      },
    ],
    seeAlso: ['bpe', 'wordpiece', 'embedding', 'bert', 'gpt'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/main_classes/tokenizer',
      tokenizers: 'https://huggingface.co/docs/tokenizers/api/tokenizer',
    },
  },
  {
    id: 'bpe',
    family: 'attention',
    title: { en: 'Byte-pair encoding (BPE)', 'zh-cn': '字节对编码（BPE）' },
    summary: {
      en: 'BPE builds a subword vocabulary bottom-up. Training starts from single characters (or bytes) of every word, counts all adjacent symbol pairs, merges the most frequent pair into a new symbol, and repeats until the vocabulary reaches the target size; the ordered list of merges is the model. Encoding splits a word into characters and replays the merges, so frequent words become one token and rare words a few pieces. GPT-2, RoBERTa and most LLMs use byte-level BPE, which starts from the 256 bytes and therefore never needs [UNK].',
      'zh-cn': 'BPE 自底向上构建子词词表。训练时从每个词的单个字符（或字节）出发，统计所有相邻符号对，把出现最频繁的一对合并成新符号，重复直到词表达到目标大小；有序的合并列表就是模型本身。编码时把词拆成字符，再按顺序重放这些合并，于是高频词成为一个 token，生僻词被拆成几段。GPT-2、RoBERTa 和大多数大模型使用字节级 BPE，从 256 个字节出发，因此永远不需要 [UNK]。',
    },
    formula: String.raw`(a^*, b^*) = \arg\max_{(a,\,b)} \operatorname{count}(a\,b), \qquad a^*\,b^* \rightarrow a^*b^* \ \text{everywhere; repeat until } |V| = \text{vocab\_size}`,
    formulaText:
      '(a*, b*) = argmax over adjacent pairs of count(a b) in the corpus; replace every a* b* by the new symbol a*b*; repeat until the vocabulary has vocab_size entries. Example: l o w e r </w> → lo w e r </w> → low e r </w> → low er</w> …',
    shapes: {
      en: 'Training: a corpus (iterator of strings) → vocab (token → id) + ordered merges. Encoding: a string → list of tokens/ids of variable length. GPT-2: 50,257 ids = 256 byte tokens + 50,000 merges + <|endoftext|>.',
      'zh-cn': '训练：语料（字符串迭代器）→ 词表（token → id）+ 有序合并列表。编码：字符串 → 变长的 token / id 列表。GPT-2：50,257 个 id = 256 个字节 token + 50,000 次合并 + <|endoftext|>。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'Target vocabulary size, including the initial alphabet and special tokens (BpeTrainer).', 'zh-cn': '目标词表大小，包括初始字母表和特殊 token（BpeTrainer）。' },
        defaults: { tokenizers: '30000' },
      },
      {
        name: 'min_frequency',
        meaning: { en: 'A pair must occur at least this often to be merged.', 'zh-cn': '一对符号至少出现这么多次才会被合并。' },
        defaults: { tokenizers: '0' },
      },
      {
        name: 'special_tokens',
        meaning: { en: 'Tokens added to the vocabulary as-is and never split ([PAD], <s>, …).', 'zh-cn': '原样加入词表、永不拆分的 token（[PAD]、<s> 等）。' },
        defaults: { tokenizers: '[]' },
      },
      {
        name: 'dropout',
        meaning: { en: 'BPE-dropout: randomly skip merges while encoding (regularisation; training only).', 'zh-cn': 'BPE-dropout：编码时随机跳过某些合并（一种正则化；仅用于训练）。' },
        defaults: { tokenizers: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Byte-level BPE folds the preceding space into the token (GPT-2 shows it as Ġ): "hello" at the start of a text and " hello" mid-sentence get different ids. Tokenising words one by one and concatenating changes the ids; for pre-split words pass is_split_into_words=True with add_prefix_space=True.',
        'zh-cn': '字节级 BPE 会把前面的空格并入 token（GPT-2 中显示为 Ġ）：文本开头的 "hello" 和句中的 " hello" id 不同。逐词分词再拼接会改变 id；对已切好的词请传 is_split_into_words=True 并设置 add_prefix_space=True。',
      },
      {
        en: 'Training tokenizers.models.BPE without a pre_tokenizer (Whitespace or ByteLevel) lets merges cross word boundaries, producing tokens such as "of the". Set tokenizer.pre_tokenizer before tokenizer.train(…).',
        'zh-cn': '训练 tokenizers.models.BPE 时若没有设置 pre_tokenizer（Whitespace 或 ByteLevel），合并会跨越词边界，产生 "of the" 这样的 token。请在 tokenizer.train(…) 之前设置 tokenizer.pre_tokenizer。',
      },
      {
        en: 'A vocabulary trained on one language or domain fragments another: code or Chinese text under an English BPE can cost 2–4× more tokens, which shortens the effective context and raises cost.',
        'zh-cn': '在一种语言或领域上训练的词表会把另一种切得很碎：用英文 BPE 处理代码或中文，token 数可能多出 2–4 倍，有效上下文变短、成本变高。',
      },
    ],
    why: [
      {
        q: { en: 'Why merge the most frequent pair?', 'zh-cn': '为什么合并出现最频繁的一对？' },
        a: {
          en: 'Each merge is the one that shortens the corpus the most, so BPE is a greedy compression: common words and morphemes end up as single tokens, while any rare word can still be spelled from smaller pieces down to characters (or bytes).',
          'zh-cn': '每次合并都是让语料缩短最多的那一个，所以 BPE 是一种贪心压缩：常见词和词素最终成为单个 token，而任何生僻词仍能用更小的片段（直到字符或字节）拼出来。',
        },
      },
    ],
    seeAlso: ['tokenizer', 'wordpiece', 'gpt', 'roberta'],
    docs: {
      tokenizers: 'https://huggingface.co/docs/tokenizers/api/models',
      transformers: 'https://huggingface.co/docs/transformers/tokenizer_summary',
    },
  },
  {
    id: 'wordpiece',
    family: 'attention',
    title: { en: 'WordPiece', 'zh-cn': 'WordPiece 分词' },
    summary: {
      en: 'WordPiece is the subword tokenizer of BERT. Its vocabulary (bert-base-uncased: 30,522 entries) holds whole words and word pieces; a piece that continues a word carries the prefix ##, e.g. unhappiness → un, ##happi, ##ness (the exact split depends on the vocabulary). Encoding is greedy longest-match-first from the start of each word; if some part of a word matches nothing, the whole word becomes [UNK]. Training resembles BPE but merges the pair with the best likelihood score rather than the highest count.',
      'zh-cn': 'WordPiece 是 BERT 使用的子词分词器。词表（bert-base-uncased 有 30,522 个词条）包含完整单词和词片段；接在词中间的片段带有前缀 ##，例如 unhappiness → un、##happi、##ness（具体切法取决于词表）。编码时对每个词从左开始贪心地取最长匹配；若词的某一部分匹配不上，整个词都会变成 [UNK]。训练过程类似 BPE，但合并的是似然得分最高的一对，而不是出现次数最多的一对。',
    },
    formula: String.raw`\text{score}(a, b) = \frac{\operatorname{count}(ab)}{\operatorname{count}(a)\,\operatorname{count}(b)}, \qquad \text{encode: longest prefix in } V,\ \text{then longest } \#\#\text{piece}, \dots`,
    formulaText:
      'training merges the pair with the highest score(a, b) = count(ab) / (count(a)·count(b)); encoding takes the longest vocabulary prefix of the word, then the longest "##" continuation, … ; no match anywhere → the whole word is [UNK]',
    shapes: {
      en: 'A pre-split word → list of pieces (first without ##, the rest with ##) → ids. BertTokenizer output: input_ids (N, L) starting with [CLS] (101) and ending with [SEP] (102) in bert-base-uncased.',
      'zh-cn': '切好的单词 → 片段列表（第一个不带 ##，其余带 ##）→ id。BertTokenizer 的输出：input_ids (N, L)，在 bert-base-uncased 中以 [CLS]（101）开头、以 [SEP]（102）结尾。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'Target vocabulary size when training (WordPieceTrainer).', 'zh-cn': '训练时的目标词表大小（WordPieceTrainer）。' },
        defaults: { tokenizers: '30000' },
      },
      {
        name: 'unk_token',
        meaning: { en: 'Token used for a word that cannot be built from the vocabulary.', 'zh-cn': '无法由词表拼出的词所使用的 token。' },
        defaults: { tokenizers: "'[UNK]'", transformers: "'[UNK]' (BertTokenizer)" },
      },
      {
        name: 'continuing_subword_prefix',
        meaning: { en: 'Prefix marking a piece that continues a word.', 'zh-cn': '标记词内续接片段的前缀。' },
        defaults: { tokenizers: "'##'" },
      },
      {
        name: 'max_input_chars_per_word',
        meaning: { en: 'Words longer than this become [UNK] without trying.', 'zh-cn': '超过这个长度的词直接变成 [UNK]，不再尝试切分。' },
        defaults: { tokenizers: '100' },
      },
      {
        name: 'do_lower_case',
        meaning: { en: 'BertTokenizer: lowercase (and strip accents) before splitting — the "uncased" models.', 'zh-cn': 'BertTokenizer：切分前转小写（并去掉重音）——即 "uncased" 模型。' },
        defaults: { transformers: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'One unmatched character turns the whole word into [UNK] (emoji, rare scripts, words over 100 characters). Count tokenizer.unk_token_id in your data; a high rate means the vocabulary does not fit the domain.',
        'zh-cn': '只要有一个字符匹配不上，整个词就变成 [UNK]（emoji、罕见文字、超过 100 个字符的词）。请统计数据中 tokenizer.unk_token_id 的比例；比例高说明词表不适合这个领域。',
      },
      {
        en: 'BertTokenizer defaults to do_lower_case=True: pairing it with a cased checkpoint (bert-base-cased) lowercases inputs the model expects in original case. Load the tokenizer from the same checkpoint name.',
        'zh-cn': 'BertTokenizer 默认 do_lower_case=True：与 cased 模型（bert-base-cased）搭配时，会把模型期望保留大小写的输入转成小写。请从同一个 checkpoint 名字加载分词器。',
      },
      {
        en: 'Joining tokens with spaces leaves "un ##happi ##ness"; use tokenizer.decode(ids) or convert_tokens_to_string, and for word-level labels (NER) align labels with word_ids() instead of token positions.',
        'zh-cn': '用空格拼接 token 会得到 "un ##happi ##ness"；请用 tokenizer.decode(ids) 或 convert_tokens_to_string。做词级标注（NER）时，应通过 word_ids() 对齐标签，而不是按 token 位置对齐。',
      },
    ],
    why: [
      {
        q: { en: 'Why does BERT use WordPiece subwords instead of whole words?', 'zh-cn': 'BERT 为什么用 WordPiece 子词而不是整词？' },
        a: {
          en: 'About 30,000 pieces cover an open vocabulary: unseen words are spelled from known pieces (un + ##happi + ##ness) instead of all collapsing into [UNK], which was the main weakness of word-level embeddings such as word2vec.',
          'zh-cn': '大约 3 万个片段就能覆盖开放词汇：没见过的词由已知片段拼出（un + ##happi + ##ness），而不是全部变成 [UNK]——后者正是 word2vec 这类词级嵌入的主要弱点。',
        },
      },
    ],
    seeAlso: ['tokenizer', 'bpe', 'bert', 'word2vec'],
    docs: {
      tokenizers: 'https://huggingface.co/docs/tokenizers/api/models',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/bert',
    },
  },
  {
    id: 'word2vec',
    family: 'attention',
    title: { en: 'word2vec (CBOW and skip-gram)', 'zh-cn': 'word2vec（CBOW 与 Skip-gram）' },
    summary: {
      en: 'word2vec learns one dense vector per word from raw text with a shallow prediction task: CBOW predicts the centre word from the average of its context words, skip-gram predicts each context word from the centre word. Words used in similar contexts end up with similar vectors, which gives the famous analogies (king − man + woman ≈ queen). The vectors are static — one per word, whatever the sentence — and words not seen in training have none, which contextual models such as BERT fixed.',
      'zh-cn': 'word2vec 用一个浅层预测任务从原始文本中为每个词学习一个稠密向量：CBOW 用上下文词的平均向量预测中心词，Skip-gram 用中心词预测每个上下文词。出现在相似上下文中的词会得到相似的向量，于是有了著名的类比（king − man + woman ≈ queen）。这些向量是静态的——无论句子如何每个词只有一个向量——训练中没见过的词也没有向量，BERT 这类上下文模型解决了这些问题。',
    },
    formula: String.raw`\text{skip-gram: } \max \frac{1}{T}\sum_{t=1}^{T} \sum_{\substack{-c \le j \le c \\ j \ne 0}} \log p(w_{t+j} \mid w_t), \qquad p(o \mid c) = \frac{\exp(u_o^\top v_c)}{\sum_{w \in V} \exp(u_w^\top v_c)}`,
    formulaText:
      'skip-gram: maximise (1/T)·Σ_t Σ_{−c≤j≤c, j≠0} log p(w_{t+j} | w_t) with p(o | c) = exp(u_oᵀv_c) / Σ_w exp(u_wᵀv_c); CBOW: predict w_t from the mean of the context vectors; in practice the full softmax is replaced by negative sampling or hierarchical softmax',
    shapes: {
      en: 'Input: an iterable of tokenised sentences (lists of strings). Output: model.wv, a (vocabulary size, vector_size) matrix; model.wv["king"] → (vector_size,) = (100,) by default.',
      'zh-cn': '输入：分好词的句子的可迭代对象（字符串列表）。输出：model.wv，一个 (词表大小, vector_size) 的矩阵；model.wv["king"] → (vector_size,)，默认为 (100,)。',
    },
    params: [
      {
        name: 'sg',
        meaning: { en: '0 = CBOW, 1 = skip-gram.', 'zh-cn': '0 = CBOW，1 = Skip-gram。' },
        defaults: { gensim: '0' },
      },
      {
        name: 'vector_size',
        meaning: { en: 'Dimension of the word vectors.', 'zh-cn': '词向量维度。' },
        defaults: { gensim: '100' },
      },
      {
        name: 'window',
        meaning: { en: 'Maximum distance c between the centre word and a context word.', 'zh-cn': '中心词与上下文词之间的最大距离 c。' },
        defaults: { gensim: '5' },
      },
      {
        name: 'min_count',
        meaning: { en: 'Ignore words with a total frequency below this.', 'zh-cn': '忽略总频次低于该值的词。' },
        defaults: { gensim: '5' },
      },
      {
        name: 'negative',
        meaning: { en: 'Number of negative samples per positive pair (0 disables negative sampling).', 'zh-cn': '每个正样本对的负采样个数（0 表示不用负采样）。' },
        defaults: { gensim: '5' },
      },
      {
        name: 'epochs',
        meaning: { en: 'Passes over the corpus.', 'zh-cn': '遍历语料的轮数。' },
        defaults: { gensim: '5' },
      },
    ],
    pitfalls: [
      {
        en: 'gensim expects an iterable of token lists. Word2Vec(["the cat sat", …]) treats each string as a sequence of characters and learns character vectors; pass [["the", "cat", "sat"], …].',
        'zh-cn': 'gensim 要求输入是 token 列表的可迭代对象。Word2Vec(["the cat sat", …]) 会把每个字符串当成字符序列，学到的是字符向量；应传 [["the", "cat", "sat"], …]。',
      },
      {
        en: 'min_count=5 silently drops rare words, so model.wv["word"] raises KeyError on small corpora; lower min_count or check "word" in model.wv. Unseen words never get a vector — use FastText (subword n-grams) if you need them.',
        'zh-cn': 'min_count=5 会悄悄丢掉低频词，小语料上 model.wv["word"] 会抛 KeyError；请降低 min_count，或先判断 "word" in model.wv。没见过的词永远没有向量——如需处理它们，请用 FastText（子词 n-gram）。',
      },
      {
        en: 'The default sg=0 is CBOW, not skip-gram. Skip-gram (sg=1) is slower but usually better for rare words; set it explicitly.',
        'zh-cn': '默认 sg=0 是 CBOW，不是 Skip-gram。Skip-gram（sg=1）更慢，但通常对低频词更好；请显式设置。',
      },
    ],
    why: [
      {
        q: { en: 'Why did contextual models (BERT) replace word2vec?', 'zh-cn': '为什么上下文模型（BERT）取代了 word2vec？' },
        a: {
          en: 'word2vec gives "bank" one vector for river bank and bank account, and has no vector for words it never saw. BERT tokenises into subwords (so nothing is out of vocabulary) and computes each token\'s vector from the whole sentence.',
          'zh-cn': 'word2vec 给"bank"只有一个向量，不区分河岸和银行，对没见过的词也没有向量。BERT 切分成子词（因此不存在词表外的词），并根据整句话计算每个 token 的向量。',
        },
      },
      {
        q: { en: 'CBOW or skip-gram?', 'zh-cn': 'CBOW 还是 Skip-gram？' },
        a: {
          en: 'CBOW averages the context and predicts one word per window, so it is faster and smooths over frequent words; skip-gram makes one prediction per context word, giving rare words more updates and usually better vectors for them.',
          'zh-cn': 'CBOW 对上下文取平均、每个窗口预测一个词，速度更快，对高频词效果平滑；Skip-gram 对每个上下文词都做一次预测，低频词得到更多更新，通常向量质量更好。',
        },
      },
    ],
    seeAlso: ['embedding', 'bert', 'tokenizer', 'softmax'],
    docs: {
      gensim: 'https://radimrehurek.com/gensim/models/word2vec.html',
    },
  },
  {
    id: 'bert',
    family: 'attention',
    title: { en: 'BERT', 'zh-cn': 'BERT' },
    summary: {
      en: 'BERT is a Transformer encoder pretrained to read text in both directions. Its input is WordPiece tokens (~30,000-entry vocabulary; bert-base-uncased has 30,522), and each token\'s input vector is the sum of a token embedding, a learned position embedding and a segment embedding (sentence A or B). Pretraining combines masked language modelling (MLM: predict hidden tokens from both sides) with next-sentence prediction (NSP: is B the sentence that follows A?). It produces contextual vectors for every token and is fine-tuned for classification, NER or extractive QA — not for generating text.',
      'zh-cn': 'BERT 是一个经过预训练、能双向理解文本的 Transformer 编码器。输入是 WordPiece token（约 3 万词表；bert-base-uncased 为 30,522），每个 token 的输入向量是 token 嵌入、可学习的位置嵌入和段嵌入（句子 A 或 B）三者之和。预训练结合了掩码语言模型（MLM：根据左右两侧预测被遮住的 token）和下一句预测（NSP：B 是否紧跟在 A 之后）。它为每个 token 生成上下文相关的向量，通过微调用于分类、NER 或抽取式问答——而不是用来生成文本。',
    },
    formula: String.raw`h^{(0)}_i = E_{\text{tok}}[x_i] + E_{\text{pos}}[i] + E_{\text{seg}}[s_i], \qquad \mathcal{L} = \underbrace{-\sum_{i \in \mathcal{M}} \log p(x_i \mid \tilde{x})}_{\text{MLM: CE over the vocabulary}} \; \underbrace{-\,\log p(\text{IsNext} \mid h_{\text{[CLS]}})}_{\text{NSP: 2 classes}}`,
    formulaText:
      'input_i = E_tok[x_i] + E_pos[i] + E_seg[s_i]; loss = MLM + NSP, MLM = −Σ_{i ∈ masked} log p(x_i | corrupted text) — cross-entropy over the whole vocabulary at the masked positions (15% of tokens: 80% → [MASK], 10% → random token, 10% unchanged); NSP = 2-class cross-entropy (IsNext / NotNext) on the [CLS] vector',
    shapes: {
      en: 'input_ids, attention_mask, token_type_ids: (N, L) with L ≤ 512 → BertModel last_hidden_state (N, L, 768) and pooler_output (N, 768) for BERT-base (12 layers, 12 heads, ~110M parameters); BertForMaskedLM logits (N, L, 30522).',
      'zh-cn': 'input_ids、attention_mask、token_type_ids：(N, L)，L ≤ 512 → BertModel 的 last_hidden_state (N, L, 768) 和 pooler_output (N, 768)（BERT-base：12 层、12 个头、约 1.1 亿参数）；BertForMaskedLM 的 logits 为 (N, L, 30522)。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'Number of WordPiece tokens (BertConfig).', 'zh-cn': 'WordPiece 词表大小（BertConfig）。' },
        defaults: { transformers: '30522' },
      },
      {
        name: 'hidden_size / num_hidden_layers / num_attention_heads',
        meaning: { en: 'Width, depth and heads (BERT-base; BERT-large is 1024 / 24 / 16).', 'zh-cn': '宽度、层数和头数（BERT-base；BERT-large 为 1024 / 24 / 16）。' },
        defaults: { transformers: '768 / 12 / 12' },
      },
      {
        name: 'max_position_embeddings',
        meaning: { en: 'Size of the learned position table = maximum input length.', 'zh-cn': '可学习位置表的大小，即最大输入长度。' },
        defaults: { transformers: '512' },
      },
      {
        name: 'type_vocab_size',
        meaning: { en: 'Number of segment ids (sentence A / B).', 'zh-cn': '段 id 的个数（句子 A / B）。' },
        defaults: { transformers: '2' },
      },
      {
        name: 'mlm_probability',
        meaning: { en: 'Fraction of tokens selected for masking (DataCollatorForLanguageModeling).', 'zh-cn': '被选中做掩码的 token 比例（DataCollatorForLanguageModeling）。' },
        defaults: { transformers: '0.15' },
      },
    ],
    pitfalls: [
      {
        en: 'The MLM loss is not a binary loss: it is cross-entropy over the ~30k-token vocabulary, computed only at the masked positions (labels are −100 everywhere else, which CrossEntropyLoss ignores). NSP is a separate 2-class classification on [CLS].',
        'zh-cn': 'MLM 的损失不是二分类损失：它是在约 3 万个 token 的词表上计算的交叉熵，且只在被遮住的位置计算（其他位置 label 为 −100，CrossEntropyLoss 会忽略）。NSP 则是基于 [CLS] 的另一个二分类任务。',
      },
      {
        en: 'Using pooler_output or the [CLS] vector of a BERT that was not fine-tuned as a sentence embedding gives poor similarity scores; fine-tune, mean-pool the token vectors over the attention_mask, or use a sentence-embedding model.',
        'zh-cn': '把未经微调的 BERT 的 pooler_output 或 [CLS] 向量直接当作句向量，相似度效果很差；应进行微调、按 attention_mask 对 token 向量做平均池化，或使用专门的句向量模型。',
      },
      {
        en: 'For sentence pairs call tokenizer(text_a, text_b) so that token_type_ids mark segment B; concatenating the strings yourself leaves every token in segment A. Inputs longer than 512 tokens must be truncated or chunked.',
        'zh-cn': '句子对要调用 tokenizer(text_a, text_b)，这样 token_type_ids 才会标出句子 B；自己拼接字符串会让所有 token 都属于句子 A。超过 512 个 token 的输入必须截断或分块。',
      },
    ],
    why: [
      {
        q: { en: 'Why is GPT a natural generator and BERT not?', 'zh-cn': '为什么 GPT 天然适合生成，而 BERT 不适合？' },
        a: {
          en: 'BERT is trained to fill in masked tokens while seeing both sides of the text, so it never learned the distribution of the next token given only the past, which is what generation needs. GPT is trained exactly on P(next token | previous tokens), so sampling from it one token at a time is its training task.',
          'zh-cn': 'BERT 的训练目标是在看到左右两侧的情况下填补被遮住的 token，它从未学过"只给定过去时下一个 token 的分布"，而生成恰恰需要这个。GPT 正是以 P(下一个 token | 之前的 token) 训练的，逐个 token 采样就是它的训练任务本身。',
        },
      },
      {
        q: { en: 'Why mask only 15% of tokens, and why the 80/10/10 split?', 'zh-cn': '为什么只遮住 15% 的 token，为什么按 80/10/10 划分？' },
        a: {
          en: 'Masking more removes too much context; less gives too few training targets per sequence. [MASK] never appears at fine-tuning time, so 10% random and 10% unchanged tokens force the model to build a good representation for every token, not only for [MASK].',
          'zh-cn': '遮得太多会丢失过多上下文，遮得太少则每条序列的训练目标太少。微调时从不会出现 [MASK]，因此用 10% 随机替换和 10% 保持不变，迫使模型为每个 token 都学到好的表示，而不仅是 [MASK]。',
        },
      },
    ],
    seeAlso: ['wordpiece', 'transformer', 'roberta', 'gpt', 'cross-entropy-loss', 'positional-encoding'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/model_doc/bert',
    },
  },
  {
    id: 'gpt',
    family: 'attention',
    title: { en: 'GPT (decoder-only language model)', 'zh-cn': 'GPT（仅解码器的语言模型）' },
    summary: {
      en: 'GPT is a stack of Transformer decoder blocks (causal self-attention, no cross-attention) trained left to right to predict the next token. The model reads only the left context of each position, so after training it generates text by repeatedly sampling a token and appending it to the input. GPT-2 uses byte-level BPE (50,257 tokens), learned position embeddings (1,024 positions) and pre-LN blocks; today\'s chat LLMs follow the same decoder-only recipe at far larger scale.',
      'zh-cn': 'GPT 由 Transformer 解码器块堆叠而成（因果自注意力，没有交叉注意力），从左到右训练以预测下一个 token。每个位置只读取左侧上下文，因此训练后它通过反复采样一个 token 并拼接到输入来生成文本。GPT-2 使用字节级 BPE（50,257 个 token）、可学习的位置嵌入（1,024 个位置）和 pre-LN 块；如今的对话大模型沿用同样的仅解码器方案，只是规模大得多。',
    },
    formula: String.raw`\mathcal{L} = -\frac{1}{T}\sum_{t=1}^{T} \log P_\theta(x_t \mid x_1, \dots, x_{t-1}), \qquad x_{T+1} \sim P_\theta(\cdot \mid x_1, \dots, x_T)`,
    formulaText:
      'loss = −(1/T)·Σ_t log P(x_t | x₁ … x_{t−1})   (cross-entropy of each next token, averaged over positions); generation: sample x_{T+1} ~ P(· | x₁ … x_T), append, repeat',
    shapes: {
      en: 'input_ids (N, L), L ≤ n_positions (1,024 for GPT-2) → GPT2LMHeadModel logits (N, L, 50257); logits[:, t] is the distribution of token t+1. model.generate(input_ids, max_new_tokens=k) → (N, L + k).',
      'zh-cn': 'input_ids (N, L)，L ≤ n_positions（GPT-2 为 1,024）→ GPT2LMHeadModel 的 logits (N, L, 50257)；logits[:, t] 是第 t+1 个 token 的分布。model.generate(input_ids, max_new_tokens=k) → (N, L + k)。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'Byte-level BPE vocabulary (GPT2Config).', 'zh-cn': '字节级 BPE 词表大小（GPT2Config）。' },
        defaults: { transformers: '50257' },
      },
      {
        name: 'n_positions',
        meaning: { en: 'Maximum sequence length (learned position table).', 'zh-cn': '最大序列长度（可学习位置表）。' },
        defaults: { transformers: '1024' },
      },
      {
        name: 'n_embd / n_layer / n_head',
        meaning: { en: 'Width, depth and heads (GPT-2 small).', 'zh-cn': '宽度、层数和头数（GPT-2 small）。' },
        defaults: { transformers: '768 / 12 / 12' },
      },
      {
        name: 'max_new_tokens',
        meaning: {
          en: 'generate(): tokens to produce beyond the prompt. If unset, max_length (default 20, prompt included) caps the output.',
          'zh-cn': 'generate()：在提示之外要生成的 token 数。若不设置，则由 max_length（默认 20，包含提示）限制输出长度。',
        },
        defaults: { transformers: 'None (max_length = 20)' },
      },
      {
        name: 'do_sample',
        meaning: { en: 'generate(): sample (with temperature, top_k, top_p) instead of greedy decoding.', 'zh-cn': 'generate()：采样（配合 temperature、top_k、top_p）而不是贪心解码。' },
        defaults: { transformers: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'Pass labels=input_ids unshifted: GPT2LMHeadModel shifts logits and labels by one inside the loss. Shifting them yourself trains the model to predict two tokens ahead. Mask padding in labels with −100.',
        'zh-cn': '直接传 labels=input_ids，不要自己平移：GPT2LMHeadModel 会在计算损失时把 logits 和 labels 错开一位。自己再平移一次，模型就会学成预测后两位的 token。labels 中的 padding 要设为 −100。',
      },
      {
        en: 'generate() without max_new_tokens stops at max_length = 20 tokens including the prompt, and decodes greedily (do_sample=False), which often loops. Set max_new_tokens and, for open-ended text, do_sample=True with temperature/top_p.',
        'zh-cn': '不设 max_new_tokens 时，generate() 在 max_length = 20 个 token（含提示）处停止，且默认贪心解码（do_sample=False），常常陷入重复。请设置 max_new_tokens；开放式生成时用 do_sample=True 并配合 temperature / top_p。',
      },
      {
        en: 'GPT-2 has no pad token and is trained with right-aligned context: for batched generation set tokenizer.pad_token = tokenizer.eos_token, padding_side="left", and pass attention_mask, or padded rows continue from pad tokens.',
        'zh-cn': 'GPT-2 没有 pad token，并且续写要紧接在最后一个真实 token 之后：批量生成时请设置 tokenizer.pad_token = tokenizer.eos_token、padding_side="left"，并传入 attention_mask，否则补齐的行会接着 pad token 往下写。',
      },
    ],
    why: [
      {
        q: { en: 'Why is GPT a natural generator and BERT not?', 'zh-cn': '为什么 GPT 天然适合生成，而 BERT 不适合？' },
        a: {
          en: 'GPT is trained on exactly the quantity generation needs, P(next token | previous tokens), with a causal mask that hides the future — so at inference it just keeps predicting and appending. BERT sees both sides of a masked token during training and has no left-to-right distribution to sample from.',
          'zh-cn': 'GPT 训练的正是生成所需的量 P(下一个 token | 之前的 token)，并用因果掩码隐藏未来——所以推理时只需不断预测并追加。BERT 训练时能看到被遮 token 的左右两侧，没有可供采样的从左到右的分布。',
        },
      },
    ],
    seeAlso: ['causal-mask', 'transformer', 'bpe', 'perplexity', 'bert'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/model_doc/gpt2',
    },
  },
  {
    id: 't5',
    family: 'attention',
    title: { en: 'T5 (Text-to-Text Transfer Transformer)', 'zh-cn': 'T5（文本到文本迁移 Transformer）' },
    summary: {
      en: 'T5 casts every NLP task as text-to-text: the input is a string with a task prefix ("translate English to German: …", "summarize: …", "cola sentence: …") and the answer — even a class label or a number — is generated as a string. It is a full encoder–decoder Transformer with relative position biases and a SentencePiece vocabulary of 32,128 ids, pretrained by span corruption: random spans are replaced by sentinel tokens (<extra_id_0>, …) and the decoder reconstructs them.',
      'zh-cn': 'T5 把所有 NLP 任务都统一成"文本到文本"：输入是带任务前缀的字符串（"translate English to German: …"、"summarize: …"、"cola sentence: …"），答案——哪怕是类别标签或数字——也以字符串形式生成。它是完整的编码器-解码器 Transformer，使用相对位置偏置和 32,128 个 id 的 SentencePiece 词表，预训练任务是片段破坏（span corruption）：随机片段被替换为哨兵 token（<extra_id_0> 等），由解码器还原。',
    },
    formula: String.raw`\mathcal{L} = -\sum_{t=1}^{|y|} \log P_\theta(y_t \mid y_{<t},\, x), \qquad x = \text{prefix} + \text{input text}, \;\; y = \text{target text}`,
    formulaText: 'loss = −Σ_t log P(y_t | y_<t, x): cross-entropy of the target string given the prefixed input string, the same for every task',
    shapes: {
      en: 'input_ids (N, S) and labels (N, T) → T5ForConditionalGeneration logits (N, T, 32128); the decoder input is labels shifted right, starting with decoder_start_token_id (the pad id 0). t5-small: d_model 512, 6 + 6 layers, 8 heads.',
      'zh-cn': 'input_ids (N, S) 和 labels (N, T) → T5ForConditionalGeneration 的 logits (N, T, 32128)；解码器输入是右移一位的 labels，以 decoder_start_token_id（即 pad id 0）开头。t5-small：d_model 512，编码器和解码器各 6 层，8 个头。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'SentencePiece vocabulary including 100 sentinel ids (T5Config).', 'zh-cn': '包含 100 个哨兵 id 的 SentencePiece 词表大小（T5Config）。' },
        defaults: { transformers: '32128' },
      },
      {
        name: 'd_model / d_ff / d_kv',
        meaning: { en: 'Model width, FFN width and per-head size.', 'zh-cn': '模型宽度、FFN 宽度和每个头的维度。' },
        defaults: { transformers: '512 / 2048 / 64' },
      },
      {
        name: 'num_layers / num_heads',
        meaning: { en: 'Encoder layers (the decoder defaults to the same) and heads.', 'zh-cn': '编码器层数（解码器默认相同）和头数。' },
        defaults: { transformers: '6 / 8' },
      },
      {
        name: 'extra_ids',
        meaning: { en: 'Number of sentinel tokens <extra_id_0> … added by the tokenizer.', 'zh-cn': '分词器添加的哨兵 token（<extra_id_0> …）个数。' },
        defaults: { transformers: '100' },
      },
    ],
    pitfalls: [
      {
        en: 'The original T5 checkpoints expect the task prefix they were trained with; "Hello world" without "translate English to German: " gives arbitrary output. Keep one consistent prefix per task when fine-tuning.',
        'zh-cn': '原始 T5 checkpoint 需要训练时使用的任务前缀；没有 "translate English to German: " 的 "Hello world" 会得到随意的输出。微调时每个任务应使用一个固定的前缀。',
      },
      {
        en: 'Padding in labels must be −100, not the pad id 0, or the loss also trains the model to output padding. DataCollatorForSeq2Seq does this (label_pad_token_id=−100); manual batching often does not.',
        'zh-cn': 'labels 中的 padding 必须是 −100，而不是 pad id 0，否则损失会连带训练模型输出 padding。DataCollatorForSeq2Seq 会自动处理（label_pad_token_id=−100），手工组 batch 时常常忽略这一点。',
      },
      {
        en: 'Pretrained T5 activations overflow in fp16 and produce inf/NaN losses, especially for the larger checkpoints; train in bf16 or fp32.',
        'zh-cn': '预训练 T5 的激活值在 fp16 下会溢出，产生 inf / NaN 损失，较大的 checkpoint 尤其明显；请用 bf16 或 fp32 训练。',
      },
    ],
    why: [
      {
        q: { en: 'Why cast every task as text-to-text?', 'zh-cn': '为什么把所有任务都转成文本到文本？' },
        a: {
          en: 'One model, one loss and one decoding procedure then serve classification, translation, summarisation and QA alike: labels become strings ("positive"), so tasks can be mixed in one training run and compared under identical settings, with no task-specific heads.',
          'zh-cn': '这样一个模型、一个损失、一种解码方式就能同时服务于分类、翻译、摘要和问答：标签变成字符串（"positive"），多个任务可以混在一次训练中，并在完全相同的设置下比较，不需要为每个任务设计专门的输出头。',
        },
      },
    ],
    seeAlso: ['transformer', 'cross-attention', 'bert', 'gpt', 'tokenizer'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/model_doc/t5',
    },
  },
  {
    id: 'roberta',
    family: 'attention',
    title: { en: 'RoBERTa', 'zh-cn': 'RoBERTa' },
    summary: {
      en: 'RoBERTa ("Robustly optimized BERT approach") keeps BERT\'s encoder architecture and changes how it is pretrained: it drops next-sentence prediction and trains with MLM only, on full-length sequences of contiguous text; it uses dynamic masking (a new mask each time a sequence is seen, instead of one fixed mask); it switches to a byte-level BPE vocabulary of 50,265 tokens; and it trains longer, on about ten times more data, with much larger batches. The result outperforms BERT at the same size and is a drop-in encoder for classification and tagging.',
      'zh-cn': 'RoBERTa（"稳健优化的 BERT 方法"）保留了 BERT 的编码器结构，改变的是预训练方式：去掉下一句预测，只用 MLM，并在连续文本的满长度序列上训练；采用动态掩码（每次看到一条序列都重新生成掩码，而不是固定一次）；换成 50,265 个 token 的字节级 BPE 词表；训练更久、数据量约为十倍、batch 大得多。在同等规模下它优于 BERT，可直接替换 BERT 作为分类和序列标注的编码器。',
    },
    formula: String.raw`\mathcal{L} = -\sum_{i \in \mathcal{M}_{\text{epoch}}} \log p(x_i \mid \tilde{x}) \quad \text{(MLM only, no NSP; the mask set } \mathcal{M} \text{ is redrawn each time)}`,
    formulaText: 'loss = −Σ_{i ∈ masked} log p(x_i | corrupted text)   (MLM cross-entropy over the vocabulary at the masked positions only; no NSP term; masks are redrawn dynamically)',
    shapes: {
      en: 'Like BERT: input_ids, attention_mask (N, L), L ≤ 512 → last_hidden_state (N, L, 768) for roberta-base; RobertaForMaskedLM logits (N, L, 50265). The special tokens are <s> … </s> (pairs: <s> A </s></s> B </s>).',
      'zh-cn': '与 BERT 相同：input_ids、attention_mask (N, L)，L ≤ 512 → roberta-base 的 last_hidden_state (N, L, 768)；RobertaForMaskedLM 的 logits 为 (N, L, 50265)。特殊 token 是 <s> … </s>（句子对：<s> A </s></s> B </s>）。',
    },
    params: [
      {
        name: 'vocab_size',
        meaning: { en: 'Byte-level BPE vocabulary (RobertaConfig).', 'zh-cn': '字节级 BPE 词表大小（RobertaConfig）。' },
        defaults: { transformers: '50265' },
      },
      {
        name: 'max_position_embeddings',
        meaning: {
          en: 'Position table size. Positions start at pad_token_id + 1 = 2, so the released checkpoints use 514 for 512 tokens.',
          'zh-cn': '位置表大小。位置编号从 pad_token_id + 1 = 2 开始，所以发布的 checkpoint 用 514 来容纳 512 个 token。',
        },
        defaults: { transformers: '512 (checkpoints: 514)' },
      },
      {
        name: 'type_vocab_size',
        meaning: { en: 'Segment ids; RoBERTa checkpoints have a single segment.', 'zh-cn': '段 id 的个数；RoBERTa 的 checkpoint 只有一个段。' },
        defaults: { transformers: '2 (checkpoints: 1)' },
      },
      {
        name: 'add_prefix_space',
        meaning: { en: 'RobertaTokenizer: treat the first word like one preceded by a space.', 'zh-cn': 'RobertaTokenizer：把第一个词当作前面有空格来处理。' },
        defaults: { transformers: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'roberta-base has type_vocab_size=1: passing BERT-style token_type_ids with 1s for the second segment raises an index error (a CUDA device-side assert on GPU). Leave token_type_ids out or all zeros.',
        'zh-cn': 'roberta-base 的 type_vocab_size=1：照搬 BERT 的做法给第二句传 1 的 token_type_ids 会触发索引越界（在 GPU 上表现为 CUDA device-side assert）。不要传 token_type_ids，或全部置 0。',
      },
      {
        en: 'A RobertaConfig built from scratch with max_position_embeddings=512 accepts only 510 tokens, because position ids start at 2. Use 514 (as the checkpoints do) for 512-token inputs.',
        'zh-cn': '从零构建 RobertaConfig 时若设 max_position_embeddings=512，只能接受 510 个 token，因为位置编号从 2 开始。要支持 512 个 token，请像 checkpoint 那样用 514。',
      },
      {
        en: 'The tokenizer is byte-level BPE, not WordPiece: words carry their leading space (Ġ). For pre-split words (NER), RobertaTokenizerFast requires add_prefix_space=True together with is_split_into_words=True.',
        'zh-cn': '它的分词器是字节级 BPE 而不是 WordPiece：词会带上前导空格（Ġ）。对已切好的词（NER），RobertaTokenizerFast 要求 add_prefix_space=True 与 is_split_into_words=True 一起使用。',
      },
    ],
    why: [
      {
        q: { en: 'Why did RoBERTa drop next-sentence prediction?', 'zh-cn': 'RoBERTa 为什么去掉了下一句预测（NSP）？' },
        a: {
          en: 'In RoBERTa\'s ablations, removing NSP and filling each input with contiguous full-length text matched or improved downstream results. NSP is easy to solve from topic cues alone, and the sentence-pair format shortened the contexts the model learned from.',
          'zh-cn': '在 RoBERTa 的消融实验中，去掉 NSP、并用连续的满长度文本填满每个输入，下游效果持平或更好。NSP 仅凭主题线索就容易做对，而句子对格式还缩短了模型学习的上下文。',
        },
      },
      {
        q: { en: 'Why dynamic masking?', 'zh-cn': '为什么用动态掩码？' },
        a: {
          en: 'With a fixed (static) mask the model sees the same blanks in every epoch; redrawing the mask each time gives new prediction targets from the same text, which matters when training long on a fixed corpus.',
          'zh-cn': '使用固定（静态）掩码时，模型每个 epoch 看到的都是同样的空；每次重新抽取掩码，能从同一段文本得到新的预测目标，这在固定语料上长时间训练时尤为重要。',
        },
      },
    ],
    seeAlso: ['bert', 'bpe', 'transformer', 'tokenizer'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/model_doc/roberta',
    },
  },
  {
    id: 'perplexity',
    family: 'attention',
    title: { en: 'Perplexity', 'zh-cn': '困惑度（Perplexity）' },
    summary: {
      en: 'Perplexity measures how uncertain a language model is about the next token: it is the exponential of the average negative log-likelihood per token, i.e. exp of the mean cross-entropy in nats. It reads as an effective number of equally likely choices — a model that is uniform over k tokens has perplexity k, and a perplexity of 1 means it always gave the correct next token probability 1. Lower is better; it is only comparable between models that share a tokenizer and test set.',
      'zh-cn': '困惑度衡量语言模型对下一个 token 有多不确定：它是每个 token 平均负对数似然的指数，也就是以 nats 为单位的平均交叉熵取 exp。可以理解为"等可能候选的有效个数"——在 k 个 token 上均匀分布的模型困惑度为 k，而困惑度为 1 意味着模型总是给正确的下一个 token 概率 1。越低越好；只有在分词器和测试集相同的模型之间才可比较。',
    },
    formula: String.raw`\mathrm{PPL} = \exp\!\left(-\frac{1}{N}\sum_{i=1}^{N} \log P(w_i \mid w_1, \dots, w_{i-1})\right) = \exp(\text{mean cross-entropy in nats})`,
    formulaText: 'PPL = exp(−(1/N)·Σᵢ log P(wᵢ | w₁ … wᵢ₋₁)) = exp(mean cross-entropy, natural log)   (N = number of predicted tokens in the whole evaluation set)',
    shapes: {
      en: 'torchmetrics Perplexity: preds = logits (N, L, V) (softmax applied internally), target = token ids (N, L) → scalar tensor. With Hugging Face: ppl = torch.exp(model(input_ids, labels=input_ids).loss), where loss is already the mean token cross-entropy.',
      'zh-cn': 'torchmetrics 的 Perplexity：preds 为 logits (N, L, V)（内部做 softmax），target 为 token id (N, L) → 标量张量。用 Hugging Face 时：ppl = torch.exp(model(input_ids, labels=input_ids).loss)，其中 loss 已经是 token 的平均交叉熵。',
    },
    params: [
      {
        name: 'ignore_index',
        meaning: { en: 'Target id that does not count (padding, or −100 for masked labels).', 'zh-cn': '不参与计算的目标 id（padding，或被屏蔽 label 的 −100）。' },
        defaults: { torchmetrics: 'None' },
      },
      {
        name: 'labels',
        meaning: {
          en: 'Hugging Face causal LMs: pass labels=input_ids (pads set to −100) and the returned loss is the mean token cross-entropy; exp(loss) is the perplexity.',
          'zh-cn': 'Hugging Face 因果语言模型：传入 labels=input_ids（pad 位置设为 −100），返回的 loss 就是 token 平均交叉熵；exp(loss) 即困惑度。',
        },
        defaults: { transformers: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Average the log-likelihoods, then exponentiate: the mean of per-batch perplexities is generally higher than the corpus perplexity (exp is convex) and overweights short batches. Accumulate total NLL and total token count, or let torchmetrics.text.Perplexity do it.',
        'zh-cn': '先平均对数似然，再取指数：各 batch 困惑度的平均值通常高于整个语料的困惑度（exp 是凸函数），而且会过度加权短 batch。应累加总 NLL 和总 token 数，或交给 torchmetrics.text.Perplexity 处理。',
      },
      {
        en: 'Padding counted as tokens: without ignore_index (torchmetrics) or labels = −100 at pad positions (Hugging Face), easy pad predictions pull the perplexity down. Also align targets: torchmetrics compares preds[:, t] with target[:, t], so pass logits[:, :-1] and input_ids[:, 1:].',
        'zh-cn': '把 padding 当作 token 计入：不设 ignore_index（torchmetrics）或不把 pad 位置的 labels 设为 −100（Hugging Face），容易预测的 pad 会拉低困惑度。还要对齐目标：torchmetrics 比较的是 preds[:, t] 与 target[:, t]，所以应传 logits[:, :-1] 和 input_ids[:, 1:]。',
      },
      {
        en: 'Perplexities from different tokenizers are not comparable: a vocabulary that splits text into more, easier tokens lowers per-token perplexity. Compare per word or in bits per byte, and use exp with natural-log losses (2^x only for losses in bits).',
        'zh-cn': '不同分词器得到的困惑度不可比较：把文本切成更多、更容易预测的 token 的词表会降低每 token 困惑度。请按词或按每字节比特数比较；损失用自然对数时取 exp（只有以比特为单位时才用 2^x）。',
      },
    ],
    why: [
      {
        q: { en: 'What does a perplexity of 1 mean?', 'zh-cn': '困惑度为 1 意味着什么？' },
        a: {
          en: 'The model assigned probability 1 to every actual next token: each log P is 0, the mean cross-entropy is 0 and exp(0) = 1 — it was perfectly certain and always right. It is the lower bound; on real text a value near 1 usually means test data leaked into training.',
          'zh-cn': '模型给每一个真实的下一个 token 都分配了概率 1：每个 log P 都为 0，平均交叉熵为 0，exp(0) = 1——完全确定且每次都对。这是下界；在真实文本上接近 1 通常说明测试数据泄漏进了训练集。',
        },
      },
      {
        q: { en: 'Why is perplexity read as "the number of choices"?', 'zh-cn': '为什么把困惑度理解为"候选个数"？' },
        a: {
          en: 'If the model spreads probability uniformly over k tokens, every log P is −log k and the perplexity is exactly k. A perplexity of 20 means the model is as unsure as if it picked among 20 equally likely tokens each step.',
          'zh-cn': '如果模型把概率均匀分给 k 个 token，每个 log P 都是 −log k，困惑度恰好为 k。困惑度 20 表示模型每一步的不确定程度，相当于在 20 个等可能的 token 中挑选。',
        },
      },
    ],
    seeAlso: ['cross-entropy-loss', 'gpt', 'softmax', 'log-softmax', 'tokenizer'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/text/perplexity.html',
      transformers: 'https://huggingface.co/docs/transformers/perplexity',
    },
    demo: 'perplexity',
  },
];
