/** Layer cards: linear/MLP, convolutions, pooling, embeddings, recurrent layers, residual connections, matmul. */
import type { Card, WhyQA } from './types';

/** The conv-backward "Why?" (seed fact): shared by conv, conv2d and the other convolution cards. */
const CONV_INPUT_GRAD_WHY: WhyQA = {
  q: { en: 'Why is the input gradient of a conv a transposed conv?', 'zh-cn': '为什么卷积对输入的梯度是一个转置卷积？' },
  a: {
    en: 'Scalar view in 1-D (stride 1, no padding): y[i] = Σᵤ w[u]·x[i+u]. x[m] is used by every output i = m − u, so dx[m] = Σᵤ G[m−u]·w[u]: slide the kernel reversed (rotated 180° in 2-D) over G zero-padded by k−1 — a "full" convolution, which is exactly conv_transpose(G, w). E.g. x of length 4, w = [w0, w1]: y0 = w0x0 + w1x1, y1 = w0x1 + w1x2, y2 = w0x2 + w1x3, so dx = [G0w0, G0w1 + G1w0, G1w1 + G2w0, G2w1]. Matrix view: a conv is y = C·x with a sparse banded matrix C, so dx = Cᵀ·G — hence "transposed". With stride s, zeros are inserted between the entries of G first. The weight gradient dW is the correlation of the input x with G.',
    'zh-cn': '一维标量视角（stride 1、无 padding）：y[i] = Σᵤ w[u]·x[i+u]。x[m] 被所有 i = m − u 的输出用到，所以 dx[m] = Σᵤ G[m−u]·w[u]：把卷积核反转（二维时旋转 180°）后在两侧各补 k−1 个零的 G 上滑动——这是一次 “full” 卷积，恰好就是 conv_transpose(G, w)。例如 x 长度为 4、w = [w0, w1]：y0 = w0x0 + w1x1，y1 = w0x1 + w1x2，y2 = w0x2 + w1x3，于是 dx = [G0w0, G0w1 + G1w0, G1w1 + G2w0, G2w1]。矩阵视角：卷积是 y = C·x，C 是稀疏的带状矩阵，所以 dx = Cᵀ·G——“转置”由此得名。stride 为 s 时，先在 G 的元素之间插入 s−1 个零。权重梯度 dW 则是输入 x 与 G 的互相关。',
  },
};

export const LAYERS_CARDS: Card[] = [
  {
    id: 'matmul',
    family: 'layers',
    title: { en: 'Matrix multiplication (matmul)', 'zh-cn': '矩阵乘法（MatMul）' },
    summary: {
      en: 'Out = A @ B multiplies an M×K matrix by a K×N matrix: each output entry is the dot product of a row of A with a column of B. It is the workhorse under Linear layers, attention and (after im2col) convolutions. Its backward pass is two more matmuls: grad_A = grad_Out @ Bᵀ and grad_B = Aᵀ @ grad_Out.',
      'zh-cn': 'Out = A @ B 把 M×K 矩阵乘以 K×N 矩阵：每个输出元素是 A 的一行与 B 的一列的点积。它是 Linear 层、attention 以及（im2col 之后的）卷积背后的核心运算。它的反向传播也是两次矩阵乘：grad_A = grad_Out @ Bᵀ，grad_B = Aᵀ @ grad_Out。',
    },
    formula: String.raw`\mathrm{Out}_{ij} = \sum_k A_{ik} B_{kj}, \qquad \frac{\partial L}{\partial A} = G\,B^{\top}, \qquad \frac{\partial L}{\partial B} = A^{\top} G, \qquad G = \frac{\partial L}{\partial \mathrm{Out}}`,
    formulaText:
      'Out[i,j] = Σₖ A[i,k]·B[k,j];  backward with G = ∂L/∂Out: grad_A = G·Bᵀ (dA[i,k] = Σⱼ G[i,j]·B[k,j]), grad_B = Aᵀ·G (dB[k,j] = Σᵢ A[i,k]·G[i,j])',
    shapes: {
      en: 'A (M, K) @ B (K, N) → (M, N); grad_A has A\'s shape (M, K), grad_B has B\'s shape (K, N). torch.matmul / jnp.matmul / keras.ops.matmul broadcast leading batch dims: (b, M, K) @ (b, K, N) → (b, M, N); a 1-D operand is treated as a vector (dimension added, then removed). torch.mm is strictly 2-D and torch.bmm strictly 3-D, with no broadcasting.',
      'zh-cn': 'A (M, K) @ B (K, N) → (M, N)；grad_A 与 A 同形 (M, K)，grad_B 与 B 同形 (K, N)。torch.matmul / jnp.matmul / keras.ops.matmul 会广播前面的 batch 维：(b, M, K) @ (b, K, N) → (b, M, N)；一维操作数当作向量处理（先补一维，算完再去掉）。torch.mm 只接受二维、torch.bmm 只接受三维，且都不广播。',
    },
    params: [
      {
        name: 'input',
        meaning: { en: 'Left operand A (…, M, K).', 'zh-cn': '左操作数 A (…, M, K)。' },
        defaults: { pytorch: 'required', jax: 'required (a)', keras: 'required (x1)', tensorflow: 'required (a)' },
      },
      {
        name: 'other',
        meaning: { en: 'Right operand B (…, K, N); its K must equal A\'s last dimension.', 'zh-cn': '右操作数 B (…, K, N)；K 必须等于 A 的最后一维。' },
        defaults: { pytorch: 'required', jax: 'required (b)', keras: 'required (x2)', tensorflow: 'required (b)' },
      },
      {
        name: 'precision',
        meaning: {
          en: 'JAX: accumulation precision on accelerators (None = backend default, which on TPU uses bfloat16 passes for float32 inputs).',
          'zh-cn': 'JAX：加速器上的计算精度（None 表示后端默认；在 TPU 上 float32 输入默认走 bfloat16 计算）。',
        },
        defaults: { jax: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'A * B is element-wise, not a matrix product: with broadcasting it can silently return an (M, N) or (N, N) tensor of the wrong values instead of raising. Use A @ B (torch.matmul) for matrix products.',
        'zh-cn': 'A * B 是逐元素乘，不是矩阵乘：借助广播它可能悄悄返回一个形状看似合理、数值却完全错误的张量而不报错。矩阵乘请用 A @ B（torch.matmul）。',
      },
      {
        en: 'Batched matmul broadcasts: (b, M, K) @ (K, N) works, but (b, M, K) @ (c, K, N) with b ≠ c and neither 1 raises "The size of tensor a must match the size of tensor b at non-singleton dimension 0"; torch.bmm does not broadcast at all. Reshape or unsqueeze so the batch dims line up.',
        'zh-cn': '批量矩阵乘会广播：(b, M, K) @ (K, N) 没问题，但 (b, M, K) @ (c, K, N) 在 b ≠ c 且都不为 1 时报 "The size of tensor a must match the size of tensor b at non-singleton dimension 0"；torch.bmm 完全不广播。用 reshape 或 unsqueeze 对齐 batch 维。',
      },
      {
        en: 'Getting the backward shapes wrong when writing a custom autograd.Function: grad_A must have A\'s shape (M, K). G (M, N) @ B (K, N)ᵀ is the only product of G and B that gives (M, K) — if your shapes do not match, you have transposed the wrong factor.',
        'zh-cn': '自己写 autograd.Function 时把反向的形状弄错：grad_A 必须与 A 同形 (M, K)。G (M, N) 与 B (K, N) 能得到 (M, K) 的唯一乘法是 G @ Bᵀ——形状对不上，说明转置错了因子。',
      },
    ],
    why: [
      {
        q: { en: 'Why is grad_A = grad_Out · Bᵀ? (derive one entry in the scalar view)', 'zh-cn': '为什么 grad_A = grad_Out · Bᵀ？（用标量视角推导一个元素）' },
        a: {
          en: 'Out[i,j] = Σₖ A[i,k]·B[k,j], so A[i,k] appears in every Out[i,j] of row i, each time multiplied by B[k,j]: ∂Out[i,j]/∂A[i,k] = B[k,j]. By the chain rule dA[i,k] = Σⱼ G[i,j]·B[k,j] — row i of G dotted with row k of B, i.e. entry (i,k) of G·Bᵀ. Worked example: A = [[1,2,3],[4,5,6]], B = [[1,2],[3,4],[5,6]] give Out = [[22,28],[49,64]]; with G = all ones, dA[0,0] = 1·1 + 1·2 = 3, and the whole grad_A = [[3,7,11],[3,7,11]] (each row holds B\'s row sums), grad_B = Aᵀ·G = [[5,5],[7,7],[9,9]] (A\'s column sums). Shape check: the only product of G (2×2) and B (3×2) with A\'s shape 2×3 is G·Bᵀ.',
          'zh-cn': 'Out[i,j] = Σₖ A[i,k]·B[k,j]，所以 A[i,k] 出现在第 i 行的每个 Out[i,j] 中，每次乘的是 B[k,j]：∂Out[i,j]/∂A[i,k] = B[k,j]。由链式法则 dA[i,k] = Σⱼ G[i,j]·B[k,j]——G 的第 i 行与 B 的第 k 行做点积，正是 G·Bᵀ 的 (i,k) 元素。例：A = [[1,2,3],[4,5,6]]，B = [[1,2],[3,4],[5,6]]，Out = [[22,28],[49,64]]；取 G 全为 1，dA[0,0] = 1·1 + 1·2 = 3，整个 grad_A = [[3,7,11],[3,7,11]]（每行是 B 的各行之和），grad_B = Aᵀ·G = [[5,5],[7,7],[9,9]]（A 的各列之和）。按形状检查：G (2×2) 与 B (3×2) 相乘能得到 A 的形状 2×3 的只有 G·Bᵀ。',
        },
      },
      {
        q: { en: 'How do I remember where the transpose goes?', 'zh-cn': '怎么记住转置放在哪边？' },
        a: {
          en: 'Set G = 1 in the scalar case: grad_A = B and grad_B = A — "each factor\'s gradient is the other factor". Then place G and the transposed other factor so the shapes come out as the parameter\'s own: (M,N)·(N,K) for A, (K,M)·(M,N) for B.',
          'zh-cn': '在标量情形下令 G = 1：grad_A = B、grad_B = A——“每个因子的梯度就是另一个因子”。再按形状摆放 G 和转置后的另一个因子，使结果与该参数同形：A 是 (M,N)·(N,K)，B 是 (K,M)·(M,N)。',
        },
      },
    ],
    seeAlso: ['linear', 'mlp', 'conv', 'attention', 'cuda-kernel'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.matmul.html',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.numpy.matmul.html',
      keras: 'https://keras.io/api/ops/numpy/#matmul-function',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/linalg/matmul',
    },
    demo: 'matmul-backward',
  },
  {
    id: 'linear',
    family: 'layers',
    title: { en: 'Linear (fully connected) layer', 'zh-cn': '线性层 / 全连接层（Linear / Dense）' },
    summary: {
      en: 'A linear layer maps each input vector to out_features outputs: every output is a weighted sum of all inputs plus a bias. It acts on the last dimension only, so the same weights are applied to every row, token or pixel in front of it. It is the building block of MLPs, classifier heads and the Q/K/V and feed-forward projections of Transformers.',
      'zh-cn': '线性层把每个输入向量映射成 out_features 个输出：每个输出都是全部输入的加权和再加偏置。它只作用在最后一维上，前面的每一行、每个 token、每个像素都共享同一组权重。它是 MLP、分类头以及 Transformer 中 Q/K/V 投影和前馈网络的基本组件。',
    },
    formula: String.raw`y = x W^{\top} + b, \qquad \frac{\partial L}{\partial x} = G W, \quad \frac{\partial L}{\partial W} = G^{\top} x, \quad \frac{\partial L}{\partial b} = \sum_{n} G_{n}`,
    formulaText:
      'y = x·Wᵀ + b  (PyTorch: W is (out_features, in_features); Keras/Flax: y = x·kernel + bias with kernel (in, out)); backward with G = ∂L/∂y: grad_x = G·W, grad_W = Gᵀ·x, grad_b = Σ over the batch of G',
    shapes: {
      en: 'PyTorch nn.Linear(in, out): (*, in) → (*, out), any number of leading dims; weight (out, in), bias (out,). Parameters: in·out + out, e.g. nn.Linear(512, 10) has 5,130. Keras Dense(units): (…, in) → (…, units), kernel (in, units). Flax Dense(features): (…, in) → (…, features), kernel (in, features).',
      'zh-cn': 'PyTorch nn.Linear(in, out)：(*, in) → (*, out)，前面可以有任意多维；weight 形状 (out, in)，bias 形状 (out,)。参数量 in·out + out，例如 nn.Linear(512, 10) 有 5,130 个参数。Keras Dense(units)：(…, in) → (…, units)，kernel 形状 (in, units)。Flax Dense(features)：(…, in) → (…, features)，kernel 形状 (in, features)。',
    },
    params: [
      {
        name: 'in_features',
        meaning: { en: 'Size of the input\'s last dimension (Keras and Flax infer it on the first call; nn.LazyLinear does too).', 'zh-cn': '输入最后一维的大小（Keras、Flax linen 和 nn.LazyLinear 在第一次调用时自动推断）。' },
        defaults: { pytorch: 'required', flax: 'required (in_features, nnx.Linear)' },
      },
      {
        name: 'out_features',
        meaning: { en: 'Number of outputs per input vector.', 'zh-cn': '每个输入向量的输出个数。' },
        defaults: { pytorch: 'required', keras: 'required (units)', flax: 'required (features)' },
      },
      {
        name: 'bias',
        meaning: { en: 'Learn an additive bias b of shape (out,). Often disabled when a normalization layer follows.', 'zh-cn': '是否学习形状为 (out,) 的偏置 b。后面紧跟归一化层时常关掉。' },
        defaults: { pytorch: 'True', keras: 'True (use_bias)', flax: 'True (use_bias)' },
      },
      {
        name: 'activation',
        meaning: { en: 'Keras only: activation applied after the affine map (None = purely linear).', 'zh-cn': '仅 Keras：仿射变换之后的激活函数（None 表示纯线性）。' },
        defaults: { keras: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Porting weights between frameworks without transposing: PyTorch stores Linear.weight as (out, in), Keras Dense.kernel and Flax kernel as (in, out). Copying without .T either fails with a shape error or — when in == out — silently gives wrong outputs.',
        'zh-cn': '跨框架迁移权重时忘了转置：PyTorch 的 Linear.weight 存为 (out, in)，Keras Dense 的 kernel 和 Flax 的 kernel 是 (in, out)。不加 .T 直接拷贝，要么形状报错，要么在 in == out 时悄悄算错。',
      },
      {
        en: 'Feeding a conv feature map straight into nn.Linear: Linear acts on the last dim, so an (N, C, H, W) input is treated as N·C·H rows of width W and raises "mat1 and mat2 shapes cannot be multiplied" (or runs on the wrong axis). Flatten first (torch.flatten(x, 1) or nn.Flatten()) or pool to (N, C).',
        'zh-cn': '把卷积特征图直接喂给 nn.Linear：Linear 只作用于最后一维，(N, C, H, W) 会被当成 N·C·H 行、每行宽 W，报 "mat1 and mat2 shapes cannot be multiplied"（或在错误的轴上运算）。先展平（torch.flatten(x, 1) 或 nn.Flatten()），或先池化到 (N, C)。',
      },
      {
        en: 'Stacking Linear layers with no activation in between: the product of linear maps is one linear map, so extra layers add parameters but no expressive power. Put a nonlinearity (ReLU, GELU) between them.',
        'zh-cn': '连续堆叠 Linear 而中间没有激活函数：线性映射的复合仍是一个线性映射，多出来的层只增加参数、不增加表达能力。中间要加非线性（ReLU、GELU）。',
      },
    ],
    why: [
      {
        q: { en: 'Why is grad_W = Gᵀ·x for y = x·Wᵀ + b?', 'zh-cn': '对 y = x·Wᵀ + b，为什么 grad_W = Gᵀ·x？' },
        a: {
          en: 'y = x·Wᵀ is a matmul with B = Wᵀ, so grad_B = xᵀ·G (in, out), and grad_W is its transpose: Gᵀ·x with shape (out, in) — W\'s own shape. In the scalar view y[n,o] = Σᵢ x[n,i]·W[o,i], so dW[o,i] = Σₙ G[n,o]·x[n,i]: the gradient is summed over the batch. Likewise grad_x = G·W (N, in) and grad_b sums G over the batch.',
          'zh-cn': 'y = x·Wᵀ 就是 B = Wᵀ 的矩阵乘，所以 grad_B = xᵀ·G (in, out)，grad_W 是它的转置：Gᵀ·x，形状 (out, in)——正是 W 本身的形状。标量视角下 y[n,o] = Σᵢ x[n,i]·W[o,i]，所以 dW[o,i] = Σₙ G[n,o]·x[n,i]：梯度在 batch 上求和。同理 grad_x = G·W (N, in)，grad_b 是 G 在 batch 上的和。',
        },
      },
      {
        q: { en: 'Why does PyTorch store W as (out, in)?', 'zh-cn': 'PyTorch 为什么把 W 存成 (out, in)？' },
        a: {
          en: 'It follows the math convention y = W·x for a column vector x: row o of W holds the weights of output o. With row-major batches (N, in) the layer computes x·Wᵀ. Keras and Flax store the kernel already transposed, (in, out), and compute x·kernel.',
          'zh-cn': '它沿用列向量的数学写法 y = W·x：W 的第 o 行就是第 o 个输出的权重。对按行排列的 batch (N, in)，层实际计算 x·Wᵀ。Keras 和 Flax 则直接存转置后的 kernel (in, out)，计算 x·kernel。',
        },
      },
    ],
    seeAlso: ['matmul', 'mlp', 'embedding', 'lora', 'relu'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html',
      keras: 'https://keras.io/api/layers/core_layers/dense/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.Dense',
    },
    demo: 'linear-backward',
  },
  {
    id: 'mlp',
    family: 'layers',
    title: { en: 'Multi-layer perceptron (MLP)', 'zh-cn': '多层感知机（MLP）' },
    summary: {
      en: 'An MLP stacks linear layers with a nonlinearity between them: Linear → activation → … → Linear. The hidden layers learn intermediate features, and with enough hidden units it can approximate any continuous function on a bounded domain. It is the classic model for tabular data, the classifier head of CNNs, and the feed-forward block of every Transformer layer.',
      'zh-cn': 'MLP 把多个线性层堆叠起来，中间夹非线性激活：Linear → 激活 → … → Linear。隐藏层学习中间特征，只要隐藏单元足够多，它就能在有界区域上逼近任意连续函数。它是表格数据的经典模型，也是 CNN 的分类头和每个 Transformer 层里的前馈网络（FFN）。',
    },
    formula: String.raw`h_0 = x, \qquad h_{\ell} = \sigma\!\left(h_{\ell-1} W_{\ell}^{\top} + b_{\ell}\right), \qquad y = h_{L-1} W_{L}^{\top} + b_{L}`,
    formulaText: 'h₀ = x;  hₗ = σ(hₗ₋₁·Wₗᵀ + bₗ) for each hidden layer;  y = h_{L−1}·W_Lᵀ + b_L (the last layer has no activation; the loss adds softmax/sigmoid)',
    shapes: {
      en: '(N, in) → (N, h₁) → … → (N, out); works on (*, in) with any leading dims in PyTorch/Keras. sklearn MLPClassifier/MLPRegressor take X (n_samples, n_features) and predict (n_samples,) or (n_samples, n_outputs). Parameters: Σ over layers of (inₗ·outₗ + outₗ).',
      'zh-cn': '(N, in) → (N, h₁) → … → (N, out)；在 PyTorch/Keras 中也可作用于 (*, in)，前面任意多维。sklearn 的 MLPClassifier/MLPRegressor 输入 X (n_samples, n_features)，输出 (n_samples,) 或 (n_samples, n_outputs)。参数量：各层 (inₗ·outₗ + outₗ) 之和。',
    },
    params: [
      {
        name: 'hidden_layer_sizes',
        meaning: { en: 'Width of each hidden layer, e.g. (256, 128) for two hidden layers.', 'zh-cn': '每个隐藏层的宽度，例如 (256, 128) 表示两个隐藏层。' },
        defaults: { sklearn: '(100,)', pytorch: 'required (hidden_channels, torchvision.ops.MLP; the last entry is the output size)' },
      },
      {
        name: 'activation',
        meaning: { en: 'Nonlinearity between the linear layers.', 'zh-cn': '线性层之间的非线性激活函数。' },
        defaults: { sklearn: "'relu'", pytorch: 'torch.nn.ReLU (activation_layer)' },
      },
      {
        name: 'alpha',
        meaning: { en: 'sklearn: strength of the L2 penalty on the weights.', 'zh-cn': 'sklearn：权重 L2 惩罚的强度。' },
        defaults: { sklearn: '0.0001' },
      },
      {
        name: 'max_iter',
        meaning: { en: 'sklearn: maximum number of epochs (for adam/sgd) or iterations (lbfgs).', 'zh-cn': 'sklearn：最大 epoch 数（adam/sgd）或迭代次数（lbfgs）。' },
        defaults: { sklearn: '200' },
      },
      {
        name: 'dropout',
        meaning: { en: 'torchvision.ops.MLP: dropout probability after each layer.', 'zh-cn': 'torchvision.ops.MLP：每层之后的 dropout 概率。' },
        defaults: { pytorch: '0.0' },
      },
    ],
    pitfalls: [
      {
        en: 'Ending the MLP with nn.Softmax and then using nn.CrossEntropyLoss: the loss applies log-softmax itself, so the softmax is applied twice and gradients shrink. Return raw logits from the last Linear.',
        'zh-cn': 'MLP 末尾加了 nn.Softmax 又用 nn.CrossEntropyLoss：损失函数内部已经做了 log-softmax，等于 softmax 做了两次，梯度变小。最后一个 Linear 直接输出 logits。',
      },
      {
        en: 'sklearn MLPClassifier on unscaled features converges slowly or not at all and warns "ConvergenceWarning: Stochastic Optimizer: Maximum iterations (200) reached". Put StandardScaler in a Pipeline before it, then raise max_iter only if needed.',
        'zh-cn': 'sklearn MLPClassifier 用未缩放的特征训练时收敛很慢甚至不收敛，并警告 "ConvergenceWarning: Stochastic Optimizer: Maximum iterations (200) reached"。在 Pipeline 里先加 StandardScaler，确有需要再调大 max_iter。',
      },
      {
        en: 'Forgetting the activation between layers (nn.Sequential(nn.Linear(a, b), nn.Linear(b, c))) collapses the MLP into a single linear map; it trains but behaves like linear/logistic regression.',
        'zh-cn': '层与层之间忘了加激活（nn.Sequential(nn.Linear(a, b), nn.Linear(b, c))），整个 MLP 退化成一个线性映射；能训练，但效果等同于线性/逻辑回归。',
      },
    ],
    why: [
      {
        q: { en: 'Why does an MLP need a nonlinearity between its layers?', 'zh-cn': '为什么 MLP 的层与层之间必须有非线性？' },
        a: {
          en: 'x·W₁ᵀ·W₂ᵀ = x·(W₂W₁)ᵀ: without σ two layers equal one linear layer, whatever their widths. The activation bends the space between layers, which is what lets stacked layers represent non-linear decision boundaries.',
          'zh-cn': 'x·W₁ᵀ·W₂ᵀ = x·(W₂W₁)ᵀ：没有 σ 时，两层无论多宽都等价于一层线性层。激活函数在层与层之间“弯折”空间，堆叠的层才能表示非线性的决策边界。',
        },
      },
      {
        q: { en: 'How does backprop flow through an MLP?', 'zh-cn': '反向传播在 MLP 中是怎么流动的？' },
        a: {
          en: 'Layer by layer from the output: each Linear turns the incoming gradient G into grad_W = Gᵀ·h (its weight gradient) and G·W (the gradient for the layer below), and each activation multiplies element-wise by σ′(pre-activation). The chain of these products is why activation and initialization choices decide whether gradients vanish.',
          'zh-cn': '从输出逐层往回：每个 Linear 把传进来的梯度 G 变成 grad_W = Gᵀ·h（自己的权重梯度）和 G·W（传给下一层的梯度），每个激活函数再逐元素乘以 σ′(激活前的值)。正因为梯度是这一串乘积，激活函数和初始化的选择决定了梯度会不会消失。',
        },
      },
    ],
    seeAlso: ['linear', 'relu', 'gelu', 'dropout', 'transformer'],
    docs: {
      pytorch: 'https://docs.pytorch.org/vision/stable/generated/torchvision.ops.MLP.html',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html',
      keras: 'https://keras.io/api/layers/core_layers/dense/',
    },
    demo: 'linear-backward',
  },
  {
    id: 'residual',
    family: 'layers',
    title: { en: 'Residual (skip) connection', 'zh-cn': '残差连接（Residual / Skip Connection）' },
    summary: {
      en: 'A residual connection adds a block\'s input to its output: y = F(x) + x. The block only has to learn the change F(x) = y − x, and the identity path carries the signal and the gradient past the block unchanged. Introduced by ResNet, it is what makes networks with tens to hundreds of layers trainable, and every Transformer sub-layer (attention, FFN) is wrapped in one.',
      'zh-cn': '残差连接把一个模块的输入直接加到它的输出上：y = F(x) + x。模块只需学习“改变量” F(x) = y − x，恒等路径则把信号和梯度原样绕过该模块传递。它由 ResNet 提出，正是它让几十到上百层的网络能够训练；Transformer 的每个子层（attention、FFN）也都包在残差连接里。',
    },
    formula: String.raw`y = \mathcal{F}(x) + x \;\;(\text{or } \mathcal{F}(x) + W_s x \text{ when shapes differ}), \qquad \frac{\partial L}{\partial x} = \frac{\partial L}{\partial y}\left(\frac{\partial \mathcal{F}}{\partial x} + I\right)`,
    formulaText:
      'y = F(x) + x  (projection shortcut y = F(x) + W_s·x, e.g. a 1×1 conv with stride, when F changes the shape);  ∂L/∂x = ∂L/∂y · (∂F/∂x + I) — the identity term passes the gradient through unchanged',
    shapes: {
      en: 'F(x) and the shortcut must have the same shape, e.g. (N, C, H, W) + (N, C, H, W) → (N, C, H, W), or (N, L, D) in Transformers. When a ResNet stage halves H, W and changes C (e.g. 256×56×56 → 512×28×28), the shortcut is a 1×1 conv with stride 2 plus BN. Keras: layers.Add()([x, fx]).',
      'zh-cn': 'F(x) 与 shortcut 必须同形，例如 (N, C, H, W) + (N, C, H, W) → (N, C, H, W)，Transformer 中是 (N, L, D)。当 ResNet 的某个 stage 把 H、W 减半并改变 C（如 256×56×56 → 512×28×28）时，shortcut 用一个 stride 为 2 的 1×1 卷积加 BN。Keras 写法：layers.Add()([x, fx])。',
    },
    params: [
      {
        name: 'downsample',
        meaning: {
          en: 'torchvision BasicBlock/Bottleneck: the module applied to the shortcut when the shape changes (1×1 conv + BN); None means identity.',
          'zh-cn': 'torchvision 的 BasicBlock/Bottleneck：形状改变时作用在 shortcut 上的模块（1×1 卷积 + BN）；None 表示恒等映射。',
        },
        defaults: { pytorch: 'None (torchvision BasicBlock/Bottleneck)' },
      },
      {
        name: 'zero_init_residual',
        meaning: {
          en: 'torchvision ResNet: initialize the last BN γ of each block to 0, so every block starts as the identity.',
          'zh-cn': 'torchvision ResNet：把每个残差块最后一个 BN 的 γ 初始化为 0，让每个块一开始就是恒等映射。',
        },
        defaults: { pytorch: 'False (torchvision ResNet)' },
      },
    ],
    pitfalls: [
      {
        en: 'Adding tensors of different shapes after a strided or channel-changing block: "The size of tensor a (56) must match the size of tensor b (28) at non-singleton dimension 3" (Keras: "Inputs have incompatible shapes"). Project the shortcut with a 1×1 conv of the same stride (plus BN), as ResNet\'s downsample does.',
        'zh-cn': '在带 stride 或改变通道数的块之后把不同形状的张量相加：报 "The size of tensor a (56) must match the size of tensor b (28) at non-singleton dimension 3"（Keras："Inputs have incompatible shapes"）。像 ResNet 的 downsample 那样，用相同 stride 的 1×1 卷积（加 BN）投影 shortcut。',
      },
      {
        en: 'In-place ops on the tensor you keep as the shortcut: applying nn.ReLU(inplace=True) (or x += …) to x before adding it back changes the identity or raises "one of the variables needed for gradient computation has been modified by an inplace operation". Save identity = x first and only modify the block\'s own intermediate tensors in place.',
        'zh-cn': '对要留作 shortcut 的张量做 in-place 操作：在加回之前对 x 用 nn.ReLU(inplace=True)（或 x += …），会改掉恒等分支的值，或报 "one of the variables needed for gradient computation has been modified by an inplace operation"。先保存 identity = x，in-place 只用于模块内部的中间张量。',
      },
      {
        en: 'Where the LayerNorm goes changes training: the original Transformer normalizes after the add (post-LN: LN(x + F(x))), GPT-2 and most current LLMs before the sub-layer (pre-LN: x + F(LN(x))), which keeps a clean identity path and trains deep stacks without long warmup. Porting weights between the two layouts does not work.',
        'zh-cn': 'LayerNorm 放在哪里会影响训练：原始 Transformer 在相加之后归一化（post-LN：LN(x + F(x))），GPT-2 和如今大多数 LLM 在子层之前归一化（pre-LN：x + F(LN(x))），恒等路径保持干净，深层网络不需要很长的 warmup 也能训练。两种结构之间不能直接迁移权重。',
      },
    ],
    why: [
      {
        q: { en: 'Why do residual connections help deep networks?', 'zh-cn': '为什么残差连接对深层网络有帮助？' },
        a: {
          en: 'Two reasons. Gradient flow: ∂y/∂x = ∂F/∂x + I, so the gradient reaching a lower layer is a sum that always contains the direct term, instead of a long product of layer Jacobians that can shrink towards zero (vanishing gradients). Optimization: a block that is not needed only has to drive F(x) to 0 to become the identity, so adding layers does not make the network worse — plain deep nets showed higher training error than shallower ones (the degradation problem), ResNet-50/101/152 did not.',
          'zh-cn': '两个原因。梯度流：∂y/∂x = ∂F/∂x + I，传到低层的梯度是一个总是包含直达项的和，而不是一长串可能趋于零的雅可比矩阵乘积（梯度消失）。优化：不需要的块只要把 F(x) 学成 0 就变成恒等映射，所以加深网络不会让它变差——普通深层网络的训练误差反而高于浅层网络（退化问题），而 ResNet-50/101/152 没有这个问题。',
        },
      },
      {
        q: { en: 'Why add rather than concatenate (as DenseNet or UNet do)?', 'zh-cn': '为什么用相加，而不是像 DenseNet 或 UNet 那样拼接？' },
        a: {
          en: 'Adding keeps the width constant and gives the exact identity gradient path; concatenation keeps both tensors intact for the next layer (useful when the decoder needs the encoder\'s details) but grows the channel count and needs a layer to mix them.',
          'zh-cn': '相加保持通道数不变，并提供严格的恒等梯度路径；拼接则把两个张量都完整地交给下一层（解码器需要编码器细节时很有用），但通道数会增加，需要后续层来融合。',
        },
      },
    ],
    seeAlso: ['resnet', 'batch-norm', 'layer-norm', 'transformer', 'unet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/vision/stable/models/resnet.html',
      keras: 'https://keras.io/api/layers/merging_layers/add/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Add',
    },
  },
  {
    id: 'conv',
    family: 'layers',
    title: { en: 'Convolution', 'zh-cn': '卷积（Convolution）' },
    summary: {
      en: 'A convolution slides a small learned kernel over the spatial (or temporal) axes and, at each position, takes a weighted sum over the window and all input channels — one output channel per kernel. The same weights are reused at every position (weight sharing), so the layer detects a pattern wherever it appears, with far fewer parameters than a dense layer. What deep-learning libraries call convolution is mathematically cross-correlation: the kernel is not flipped.',
      'zh-cn': '卷积让一个可学习的小卷积核在空间（或时间）维度上滑动，在每个位置对窗口内、所有输入通道上的值做加权求和——每个卷积核产生一个输出通道。同一组权重在所有位置复用（权值共享），所以无论图案出现在哪里都能检测到，参数也比全连接层少得多。深度学习库里的“卷积”在数学上其实是互相关：卷积核不翻转。',
    },
    formula: String.raw`y[n, o, i] = b[o] + \sum_{c} \sum_{u} W[o, c, u]\; x_{\mathrm{pad}}[n, c,\; s\,i + d\,u], \qquad L_{\mathrm{out}} = \left\lfloor \frac{L + 2p - d\,(k-1) - 1}{s} \right\rfloor + 1`,
    formulaText:
      'y[n,o,i] = b[o] + Σ_c Σ_u W[o,c,u] · x_pad[n, c, s·i + d·u]  (sum over input channels c and kernel offsets u; one such sum per spatial axis); output size per axis ⌊(L + 2p − d·(k−1) − 1)/s⌋ + 1 for kernel k, stride s, padding p, dilation d',
    shapes: {
      en: 'PyTorch: (N, C_in, *spatial) → (N, C_out, *spatial_out), weight (C_out, C_in/groups, *kernel). Keras and Flax are channels-last: (N, *spatial, C_in) → (N, *spatial_out, C_out), kernel (*kernel, C_in/groups, C_out). jax.lax.conv defaults to NCHW input and OIHW kernel; conv_general_dilated takes dimension_numbers to choose. Parameters: C_in·C_out·∏kernel/groups + C_out.',
      'zh-cn': 'PyTorch：(N, C_in, *spatial) → (N, C_out, *spatial_out)，weight 形状 (C_out, C_in/groups, *kernel)。Keras 和 Flax 是通道在后：(N, *spatial, C_in) → (N, *spatial_out, C_out)，kernel 形状 (*kernel, C_in/groups, C_out)。jax.lax.conv 默认输入 NCHW、卷积核 OIHW；conv_general_dilated 用 dimension_numbers 指定布局。参数量：C_in·C_out·∏kernel/groups + C_out。',
    },
    params: [
      {
        name: 'out_channels',
        meaning: { en: 'Number of kernels = output channels.', 'zh-cn': '卷积核个数 = 输出通道数。' },
        defaults: { pytorch: 'required', keras: 'required (filters)', flax: 'required (features)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Window size per spatial axis (an int means the same on every axis; Flax linen wants a tuple).', 'zh-cn': '每个空间维度上的窗口大小（整数表示各维相同；Flax linen 要求传元组）。' },
        defaults: { pytorch: 'required', keras: 'required', flax: 'required' },
      },
      {
        name: 'stride',
        meaning: { en: 'Step between window positions; s = 2 halves each spatial size.', 'zh-cn': '窗口滑动的步长；s = 2 时每个空间尺寸减半。' },
        defaults: { pytorch: '1', keras: '1 / (1, 1) (strides)', flax: '1 (strides)' },
      },
      {
        name: 'padding',
        meaning: { en: 'Zeros added at the borders: an int per side in PyTorch (or \'same\'/\'valid\'), \'valid\' (none) or \'same\' in Keras, \'SAME\'/\'VALID\'/pairs in Flax and JAX.', 'zh-cn': '边界补零：PyTorch 为每侧的整数（或 \'same\'/\'valid\'），Keras 为 \'valid\'（不补）或 \'same\'，Flax 和 JAX 为 \'SAME\'/\'VALID\' 或成对的整数。' },
        defaults: { pytorch: '0', keras: "'valid'", flax: "'SAME'" },
      },
      {
        name: 'groups',
        meaning: { en: 'Split channels into groups convolved separately; groups = C_in is a depthwise conv.', 'zh-cn': '把通道分组后各自卷积；groups = C_in 即深度可分离卷积中的 depthwise 卷积。' },
        defaults: { pytorch: '1', keras: '1', flax: '1 (feature_group_count)' },
      },
      {
        name: 'dilation',
        meaning: { en: 'Spacing between kernel taps (atrous conv): grows the receptive field without more weights.', 'zh-cn': '卷积核采样点之间的间隔（空洞卷积）：不增加权重就能扩大感受野。' },
        defaults: { pytorch: '1', keras: '1 (dilation_rate)', flax: '1 (kernel_dilation)' },
      },
    ],
    pitfalls: [
      {
        en: 'Defaults differ in padding: flax.linen.Conv pads \'SAME\', PyTorch pads 0 and Keras uses \'valid\'. A model ported with defaults changes its output sizes (a 3×3 conv keeps 32×32 in Flax but gives 30×30 in PyTorch/Keras). Set padding explicitly.',
        'zh-cn': 'padding 默认值各不相同：flax.linen.Conv 默认 \'SAME\'，PyTorch 默认 0，Keras 默认 \'valid\'。按默认值迁移的模型输出尺寸会变（3×3 卷积在 Flax 中保持 32×32，在 PyTorch/Keras 中变成 30×30）。请显式设置 padding。',
      },
      {
        en: 'Layouts differ: PyTorch is NCHW with weights (O, I, kH, kW); Keras/TF and Flax are NHWC with kernels (kH, kW, I, O). Ported weights need permute(2, 3, 1, 0) (PyTorch → Keras) and inputs need permuting too, otherwise you get channel-count errors or silently wrong features.',
        'zh-cn': '布局不同：PyTorch 是 NCHW，权重为 (O, I, kH, kW)；Keras/TF 和 Flax 是 NHWC，卷积核为 (kH, kW, I, O)。迁移权重需 permute(2, 3, 1, 0)（PyTorch → Keras），输入也要转置，否则会报通道数错误，或者特征悄悄算错。',
      },
      {
        en: 'Comparing against scipy.signal.convolve or a textbook convolution: those flip the kernel, deep-learning convs do not (cross-correlation). Use scipy.signal.correlate, or flip the kernel, when checking results.',
        'zh-cn': '拿 scipy.signal.convolve 或教科书上的卷积来对比：它们会翻转卷积核，深度学习中的卷积不翻转（互相关）。核对结果时用 scipy.signal.correlate，或者先把卷积核翻转。',
      },
    ],
    why: [
      CONV_INPUT_GRAD_WHY,
      {
        q: { en: 'Why convolutions rather than dense layers for images?', 'zh-cn': '图像为什么用卷积而不是全连接层？' },
        a: {
          en: 'Locality and weight sharing: a pixel is mostly related to its neighbours, and a useful pattern (an edge, a texture) is useful anywhere. A 3×3 conv from 64 to 64 channels has 36,928 parameters whatever the image size; a dense layer between two 64×56×56 maps would need about 4·10¹⁰. Stacking convs grows the receptive field layer by layer.',
          'zh-cn': '局部性和权值共享：一个像素主要与邻近像素相关，有用的图案（边缘、纹理）出现在哪里都有用。64 通道到 64 通道的 3×3 卷积无论图像多大都只有 36,928 个参数；而两个 64×56×56 特征图之间的全连接层需要约 4·10¹⁰ 个参数。堆叠卷积层可以逐层扩大感受野。',
        },
      },
    ],
    seeAlso: ['conv1d', 'conv2d', 'conv3d', 'conv-transpose', 'max-pool', 'matmul'],
    docs: {
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.Conv',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.lax.conv_general_dilated.html',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv2d.html',
      keras: 'https://keras.io/api/layers/convolution_layers/',
    },
    demo: 'conv2d-backward',
  },
  {
    id: 'conv2d',
    family: 'layers',
    title: { en: '2-D convolution (Conv2d)', 'zh-cn': '二维卷积（Conv2d）' },
    summary: {
      en: 'Conv2d slides C_out learned kH×kW×C_in kernels over an image or feature map; each output pixel is a weighted sum over a kH×kW window and all input channels, plus a bias. Stride downsamples, padding controls the border, and stacking layers grows the receptive field. It is the core layer of CNNs such as ResNet, whose stem Conv2d(3, 64, 7, stride=2, padding=3) maps 3×224×224 to 64×112×112.',
      'zh-cn': 'Conv2d 用 C_out 个可学习的 kH×kW×C_in 卷积核在图像或特征图上滑动；每个输出像素是 kH×kW 窗口内、所有输入通道上的加权和再加偏置。stride 用于下采样，padding 控制边界，层层堆叠可以扩大感受野。它是 ResNet 等 CNN 的核心层，ResNet 的 stem 层 Conv2d(3, 64, 7, stride=2, padding=3) 把 3×224×224 变成 64×112×112。',
    },
    formula: String.raw`y[n, o, i, j] = b[o] + \sum_{c}\sum_{u}\sum_{v} W[o, c, u, v]\, x_{\mathrm{pad}}[n, c, s i + d u, s j + d v], \qquad H_{\mathrm{out}} = \left\lfloor \frac{H + 2p - d\,(k-1) - 1}{s} \right\rfloor + 1`,
    formulaText:
      'y[n,o,i,j] = b[o] + Σ_c Σ_u Σ_v W[o,c,u,v] · x_pad[n, c, s·i + d·u, s·j + d·v]  (sum over input channels and the kH×kW window); H_out = ⌊(H + 2p − d·(k−1) − 1)/s⌋ + 1, same for W',
    shapes: {
      en: 'PyTorch nn.Conv2d: (N, C_in, H, W) → (N, C_out, H_out, W_out); weight (C_out, C_in/groups, kH, kW), bias (C_out,). Parameters C_in·C_out·kH·kW/groups + C_out: nn.Conv2d(3, 64, 7, 2, 3, bias=False) has 3·64·7·7 = 9,408 weights, and H_out = ⌊(224 + 6 − 6 − 1)/2⌋ + 1 = 112. Keras Conv2D (channels_last): (N, H, W, C_in) → (N, H_out, W_out, filters), kernel (kH, kW, C_in, filters).',
      'zh-cn': 'PyTorch nn.Conv2d：(N, C_in, H, W) → (N, C_out, H_out, W_out)；weight 形状 (C_out, C_in/groups, kH, kW)，bias 形状 (C_out,)。参数量 C_in·C_out·kH·kW/groups + C_out：nn.Conv2d(3, 64, 7, 2, 3, bias=False) 有 3·64·7·7 = 9,408 个权重，H_out = ⌊(224 + 6 − 6 − 1)/2⌋ + 1 = 112。Keras Conv2D（channels_last）：(N, H, W, C_in) → (N, H_out, W_out, filters)，kernel 形状 (kH, kW, C_in, filters)。',
    },
    params: [
      {
        name: 'in_channels',
        meaning: { en: 'Channels of the input (Keras infers them).', 'zh-cn': '输入通道数（Keras 自动推断）。' },
        defaults: { pytorch: 'required' },
      },
      {
        name: 'out_channels',
        meaning: { en: 'Number of kernels = output channels.', 'zh-cn': '卷积核个数 = 输出通道数。' },
        defaults: { pytorch: 'required', keras: 'required (filters)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Window size: an int k means k×k.', 'zh-cn': '窗口大小：整数 k 表示 k×k。' },
        defaults: { pytorch: 'required', keras: 'required' },
      },
      {
        name: 'stride',
        meaning: { en: 'Step of the window; 2 halves H and W.', 'zh-cn': '窗口步长；为 2 时 H、W 减半。' },
        defaults: { pytorch: '1', keras: '(1, 1) (strides)' },
      },
      {
        name: 'padding',
        meaning: {
          en: 'PyTorch: zeros per side (int/tuple) or \'valid\'/\'same\'; Keras: \'valid\' (none) or \'same\' (output = ⌈input/stride⌉).',
          'zh-cn': 'PyTorch：每侧补零的个数（整数/元组）或 \'valid\'/\'same\'；Keras：\'valid\'（不补）或 \'same\'（输出 = ⌈输入/stride⌉）。',
        },
        defaults: { pytorch: '0', keras: "'valid'" },
      },
      {
        name: 'bias',
        meaning: { en: 'Learn a per-channel bias; set False when BatchNorm follows (its β replaces it).', 'zh-cn': '是否学习按通道的偏置；后面接 BatchNorm 时设为 False（由 BN 的 β 代替）。' },
        defaults: { pytorch: 'True', keras: 'True (use_bias)' },
      },
    ],
    pitfalls: [
      {
        en: 'Passing an HWC image (from PIL, OpenCV or NumPy) to nn.Conv2d: "expected input[1, 224, 224, 3] to have 3 channels, but got 224 channels instead". Convert to (N, C, H, W) with x.permute(0, 3, 1, 2) or torchvision transforms.ToTensor(); Keras expects (N, H, W, C) unless data_format=\'channels_first\'.',
        'zh-cn': '把 HWC 格式的图像（来自 PIL、OpenCV 或 NumPy）直接传给 nn.Conv2d：报 "expected input[1, 224, 224, 3] to have 3 channels, but got 224 channels instead"。用 x.permute(0, 3, 1, 2) 或 torchvision 的 transforms.ToTensor() 转成 (N, C, H, W)；Keras 默认要 (N, H, W, C)，除非设置 data_format=\'channels_first\'。',
      },
      {
        en: 'padding=\'same\' with stride > 1 in PyTorch raises "padding=\'same\' is not supported for strided convolutions". Use explicit padding = dilation·(k − 1)//2 (e.g. k = 3 → padding=1), which gives ⌈H/s⌉-style sizes for odd k.',
        'zh-cn': 'PyTorch 中 stride > 1 时用 padding=\'same\' 会报 "padding=\'same\' is not supported for strided convolutions"。改用显式 padding = dilation·(k − 1)//2（如 k = 3 → padding=1），奇数 k 时得到约为 ⌈H/s⌉ 的尺寸。',
      },
      {
        en: 'Output sizes that do not line up: with odd inputs, stride 2 floors (⌊(7 + 2 − 3)/2⌋ + 1 = 4), and a later upsampling ×2 gives 8 ≠ 7, so skip connections fail to concatenate. Compute H_out with the formula, or crop/pad before concatenating.',
        'zh-cn': '输出尺寸对不齐：输入为奇数时 stride 2 会向下取整（⌊(7 + 2 − 3)/2⌋ + 1 = 4），之后 ×2 上采样得到 8 ≠ 7，skip connection 拼接失败。用公式算出 H_out，或在拼接前裁剪/补齐。',
      },
    ],
    why: [
      CONV_INPUT_GRAD_WHY,
      {
        q: { en: 'Why does a 3×3 conv with padding 1 keep the size?', 'zh-cn': '为什么 3×3 卷积加 padding 1 能保持尺寸？' },
        a: {
          en: 'H_out = ⌊(H + 2·1 − 1·(3 − 1) − 1)/1⌋ + 1 = H: the window loses k − 1 = 2 positions, and padding 1 on each side adds them back. In general padding = (k − 1)/2 keeps the size for odd k and stride 1.',
          'zh-cn': 'H_out = ⌊(H + 2·1 − 1·(3 − 1) − 1)/1⌋ + 1 = H：窗口会少 k − 1 = 2 个位置，两侧各补 1 正好补回。一般地，奇数 k、stride 1 时 padding = (k − 1)/2 可以保持尺寸。',
        },
      },
    ],
    seeAlso: ['conv', 'conv-transpose', 'batch-norm', 'max-pool', 'resnet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv2d.html',
      keras: 'https://keras.io/api/layers/convolution_layers/convolution2d/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Conv2D',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.Conv',
    },
    demo: 'conv2d-backward',
  },
  {
    id: 'conv1d',
    family: 'layers',
    title: { en: '1-D convolution (Conv1d)', 'zh-cn': '一维卷积（Conv1d）' },
    summary: {
      en: 'Conv1d slides kernels along one axis — time steps, tokens or audio samples — mixing all input channels inside each window of k steps. It captures local patterns (n-grams, short motifs) with weights shared across positions and runs in parallel over the whole sequence, unlike an RNN. Dilated and causal 1-D convs (WaveNet, TCN) reach long contexts without looking into the future.',
      'zh-cn': 'Conv1d 沿一个轴滑动卷积核——时间步、token 或音频采样点——在每个长度为 k 的窗口内混合所有输入通道。它用位置共享的权重捕捉局部模式（n-gram、短片段），并且和 RNN 不同，可以在整条序列上并行计算。空洞卷积加因果卷积（WaveNet、TCN）可以覆盖很长的上下文而不看到未来。',
    },
    formula: String.raw`y[n, o, t] = b[o] + \sum_{c}\sum_{u=0}^{k-1} W[o, c, u]\, x_{\mathrm{pad}}[n, c, s t + d u], \qquad L_{\mathrm{out}} = \left\lfloor \frac{L + 2p - d\,(k-1) - 1}{s} \right\rfloor + 1`,
    formulaText: 'y[n,o,t] = b[o] + Σ_c Σ_{u=0}^{k−1} W[o,c,u] · x_pad[n, c, s·t + d·u]  (sum over input channels and the k taps); L_out = ⌊(L + 2p − d·(k−1) − 1)/s⌋ + 1',
    shapes: {
      en: 'PyTorch nn.Conv1d: (N, C_in, L) → (N, C_out, L_out), weight (C_out, C_in/groups, k). Keras Conv1D is channels-last: (N, L, C_in) → (N, L_out, filters), kernel (k, C_in, filters). Parameters C_in·C_out·k/groups + C_out.',
      'zh-cn': 'PyTorch nn.Conv1d：(N, C_in, L) → (N, C_out, L_out)，weight 形状 (C_out, C_in/groups, k)。Keras Conv1D 通道在后：(N, L, C_in) → (N, L_out, filters)，kernel 形状 (k, C_in, filters)。参数量 C_in·C_out·k/groups + C_out。',
    },
    params: [
      {
        name: 'out_channels',
        meaning: { en: 'Number of kernels = output channels.', 'zh-cn': '卷积核个数 = 输出通道数。' },
        defaults: { pytorch: 'required', keras: 'required (filters)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Window length k in steps.', 'zh-cn': '窗口长度 k（步数）。' },
        defaults: { pytorch: 'required', keras: 'required' },
      },
      {
        name: 'stride',
        meaning: { en: 'Step between windows.', 'zh-cn': '窗口之间的步长。' },
        defaults: { pytorch: '1', keras: '1 (strides)' },
      },
      {
        name: 'padding',
        meaning: {
          en: 'PyTorch: int or \'valid\'/\'same\'; Keras also offers \'causal\' (pad only on the left, so output t sees inputs ≤ t).',
          'zh-cn': 'PyTorch：整数或 \'valid\'/\'same\'；Keras 还支持 \'causal\'（只在左侧补零，输出 t 只看到 ≤ t 的输入）。',
        },
        defaults: { pytorch: '0', keras: "'valid'" },
      },
      {
        name: 'dilation',
        meaning: { en: 'Gap between taps; doubling it per layer grows the receptive field exponentially.', 'zh-cn': '采样点间隔；逐层翻倍时感受野呈指数增长。' },
        defaults: { pytorch: '1', keras: '1 (dilation_rate)' },
      },
    ],
    pitfalls: [
      {
        en: 'Feeding (N, L, D) embeddings into nn.Conv1d: PyTorch wants channels second, (N, D, L), and otherwise convolves over the embedding dimension or raises "expected input[…] to have D channels". Use x.transpose(1, 2) before and after; Keras Conv1D takes (N, L, D) as is.',
        'zh-cn': '把 (N, L, D) 的 embedding 直接喂给 nn.Conv1d：PyTorch 要求通道在第二维，即 (N, D, L)，否则会沿 embedding 维卷积，或报 "expected input[…] to have D channels"。前后各用一次 x.transpose(1, 2)；Keras Conv1D 可以直接接收 (N, L, D)。',
      },
      {
        en: 'Symmetric padding leaks the future in autoregressive models: PyTorch has no padding=\'causal\'. Pad only on the left with F.pad(x, (d·(k − 1), 0)) and use padding=0 (Keras: padding=\'causal\').',
        'zh-cn': '对称 padding 在自回归模型中会泄露未来信息：PyTorch 没有 padding=\'causal\'。用 F.pad(x, (d·(k − 1), 0)) 只在左侧补零，并设 padding=0（Keras 用 padding=\'causal\'）。',
      },
    ],
    why: [
      CONV_INPUT_GRAD_WHY,
      {
        q: { en: 'Why use a 1-D conv instead of an RNN for sequences?', 'zh-cn': '处理序列时为什么用一维卷积而不是 RNN？' },
        a: {
          en: 'All positions are computed in parallel (an RNN must step through time), and gradients do not pass through a long chain of time steps. The price is a fixed receptive field — (k − 1)·d + 1 per layer — which dilation and depth extend.',
          'zh-cn': '所有位置可以并行计算（RNN 必须按时间步依次计算），梯度也不必穿过很长的时间步链条。代价是感受野固定——每层为 (k − 1)·d + 1——需要靠空洞和层数来扩大。',
        },
      },
    ],
    seeAlso: ['conv', 'conv2d', 'rnn', 'embedding', 'causal-mask'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv1d.html',
      keras: 'https://keras.io/api/layers/convolution_layers/convolution1d/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Conv1D',
    },
  },
  {
    id: 'conv3d',
    family: 'layers',
    title: { en: '3-D convolution (Conv3d)', 'zh-cn': '三维卷积（Conv3d）' },
    summary: {
      en: 'Conv3d slides kd×kh×kw kernels over three axes — time×height×width for video, depth×height×width for CT/MRI volumes — so one kernel sees motion or volumetric structure, not just a single frame or slice. It works exactly like Conv2d with one more spatial axis, and its cost grows with the extra kernel dimension.',
      'zh-cn': 'Conv3d 让 kd×kh×kw 的卷积核在三个轴上滑动——视频是时间×高×宽，CT/MRI 体数据是深度×高×宽——一个卷积核因此能看到运动或立体结构，而不只是单帧或单张切片。它与 Conv2d 的原理完全相同，只是多一个空间轴，计算量也随多出的卷积核维度增长。',
    },
    formula: String.raw`y[n, o, t, i, j] = b[o] + \sum_{c}\sum_{a}\sum_{u}\sum_{v} W[o, c, a, u, v]\, x_{\mathrm{pad}}[n, c, s_d t + a, s_h i + u, s_w j + v]`,
    formulaText:
      'y[n,o,t,i,j] = b[o] + Σ_c Σ_a Σ_u Σ_v W[o,c,a,u,v] · x_pad[n, c, s_d·t + a, s_h·i + u, s_w·j + v]  (sum over input channels and the kd×kh×kw window; dilation omitted); each output axis ⌊(D + 2p − d·(k−1) − 1)/s⌋ + 1',
    shapes: {
      en: 'PyTorch nn.Conv3d: (N, C_in, D, H, W) → (N, C_out, D_out, H_out, W_out), weight (C_out, C_in/groups, kd, kh, kw); parameters C_in·C_out·kd·kh·kw/groups + C_out, e.g. nn.Conv3d(3, 64, 3) has 3·64·27 + 64 = 5,248. Keras Conv3D: (N, D, H, W, C_in) → (N, D_out, H_out, W_out, filters).',
      'zh-cn': 'PyTorch nn.Conv3d：(N, C_in, D, H, W) → (N, C_out, D_out, H_out, W_out)，weight 形状 (C_out, C_in/groups, kd, kh, kw)；参数量 C_in·C_out·kd·kh·kw/groups + C_out，例如 nn.Conv3d(3, 64, 3) 有 3·64·27 + 64 = 5,248 个。Keras Conv3D：(N, D, H, W, C_in) → (N, D_out, H_out, W_out, filters)。',
    },
    params: [
      {
        name: 'out_channels',
        meaning: { en: 'Number of kernels = output channels.', 'zh-cn': '卷积核个数 = 输出通道数。' },
        defaults: { pytorch: 'required', keras: 'required (filters)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Window (kd, kh, kw); an int k means k×k×k. (1, 3, 3) is a per-frame 2-D conv.', 'zh-cn': '窗口 (kd, kh, kw)；整数 k 表示 k×k×k。(1, 3, 3) 相当于逐帧的二维卷积。' },
        defaults: { pytorch: 'required', keras: 'required' },
      },
      {
        name: 'stride',
        meaning: { en: 'Step per axis; often (1, 2, 2) to downsample space but keep time.', 'zh-cn': '每个轴的步长；常用 (1, 2, 2)，只在空间上下采样、保留时间分辨率。' },
        defaults: { pytorch: '1', keras: '(1, 1, 1) (strides)' },
      },
      {
        name: 'padding',
        meaning: { en: 'Zeros per side per axis (PyTorch) or \'valid\'/\'same\' (Keras).', 'zh-cn': '每个轴每侧补零的个数（PyTorch）或 \'valid\'/\'same\'（Keras）。' },
        defaults: { pytorch: '0', keras: "'valid'" },
      },
    ],
    pitfalls: [
      {
        en: 'Video loaders return (T, H, W, C) or (N, T, C, H, W), but nn.Conv3d wants (N, C, T, H, W): without x.permute(0, 2, 1, 3, 4) (for (N, T, C, H, W)) it convolves over the wrong axes or raises a channel-count error.',
        'zh-cn': '视频加载器通常返回 (T, H, W, C) 或 (N, T, C, H, W)，而 nn.Conv3d 需要 (N, C, T, H, W)：不做 x.permute(0, 2, 1, 3, 4)（针对 (N, T, C, H, W)）就会在错误的轴上卷积，或报通道数错误。',
      },
      {
        en: 'Memory and compute explode: activations scale with T·H·W and each kernel costs k³ multiply-adds per position, so a 2-D architecture inflated to 3-D easily runs out of GPU memory. Downsample time early, use (2+1)-D factorization (1×3×3 then 3×1×1), or mixed precision.',
        'zh-cn': '显存和计算量暴涨：激活量随 T·H·W 增长，每个位置的卷积核计算量是 k³ 次乘加，把二维架构直接“膨胀”成三维很容易爆显存。尽早在时间维下采样，用 (2+1)D 分解（先 1×3×3 再 3×1×1），或使用混合精度。',
      },
    ],
    why: [
      {
        q: { en: 'Why a 3-D conv rather than a 2-D conv on each frame?', 'zh-cn': '为什么用三维卷积，而不是对每帧做二维卷积？' },
        a: {
          en: 'A 2-D conv sees one frame at a time, so motion must be inferred later; a 3-D kernel spans kd neighbouring frames and can respond directly to how a pattern moves or how a structure continues across slices.',
          'zh-cn': '二维卷积一次只看一帧，运动信息要到后面才能推断；三维卷积核跨越 kd 个相邻帧，可以直接响应图案如何移动，或结构如何在相邻切片之间延续。',
        },
      },
      CONV_INPUT_GRAD_WHY,
    ],
    seeAlso: ['conv', 'conv2d', 'conv-transpose', 'max-pool'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv3d.html',
      keras: 'https://keras.io/api/layers/convolution_layers/convolution3d/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Conv3D',
    },
  },
  {
    id: 'conv-transpose',
    family: 'layers',
    title: { en: 'Transposed convolution', 'zh-cn': '转置卷积（ConvTranspose / 反卷积）' },
    summary: {
      en: 'A transposed convolution is the map a convolution\'s backward pass applies to its output gradient: each input pixel scatters a copy of the kernel, scaled by its value, into the output, and overlapping copies add up. With stride s it upsamples (roughly ×s), which is why decoders, UNets and GAN generators use it as a learned upsampling layer. It restores the shape of a conv\'s input, not its values — it is not an inverse ("deconvolution" is a misnomer).',
      'zh-cn': '转置卷积就是卷积反向传播作用在输出梯度上的那个映射：每个输入像素把按自身数值缩放的卷积核“撒”到输出上，重叠部分相加。stride 为 s 时它做上采样（约 ×s），所以解码器、UNet 和 GAN 生成器用它做可学习的上采样层。它恢复的是卷积输入的形状，而不是数值——它不是卷积的逆（“反卷积”这个叫法并不准确）。',
    },
    formula: String.raw`y[n, o, s i + d u - p] \mathrel{+}= \sum_{c} x[n, c, i]\, W[c, o, u], \qquad H_{\mathrm{out}} = (H - 1)\,s - 2p + d\,(k - 1) + \mathrm{output\_padding} + 1`,
    formulaText:
      'each input position i scatters: y[n, o, s·i + d·u − p] += Σ_c x[n,c,i]·W[c,o,u] for every kernel tap u (overlaps add; plus bias); H_out = (H − 1)·s − 2p + d·(k − 1) + output_padding + 1',
    shapes: {
      en: 'PyTorch nn.ConvTranspose2d: (N, C_in, H, W) → (N, C_out, H_out, W_out); weight (C_in, C_out/groups, kH, kW) — in and out are swapped compared with Conv2d. ConvTranspose2d(64, 32, kernel_size=4, stride=2, padding=1) maps 16×16 → 32×32: (16 − 1)·2 − 2 + 3 + 0 + 1 = 32. Keras Conv2DTranspose: (N, H, W, C_in) → (N, H_out, W_out, filters).',
      'zh-cn': 'PyTorch nn.ConvTranspose2d：(N, C_in, H, W) → (N, C_out, H_out, W_out)；weight 形状 (C_in, C_out/groups, kH, kW)——输入输出通道的位置与 Conv2d 相反。ConvTranspose2d(64, 32, kernel_size=4, stride=2, padding=1) 把 16×16 变成 32×32：(16 − 1)·2 − 2 + 3 + 0 + 1 = 32。Keras Conv2DTranspose：(N, H, W, C_in) → (N, H_out, W_out, filters)。',
    },
    params: [
      {
        name: 'out_channels',
        meaning: { en: 'Output channels.', 'zh-cn': '输出通道数。' },
        defaults: { pytorch: 'required', keras: 'required (filters)', flax: 'required (features)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Kernel size; choose it divisible by the stride (e.g. 4 with stride 2, or 2 with stride 2) to avoid uneven overlap.', 'zh-cn': '卷积核大小；最好能被 stride 整除（如 stride 2 时取 4 或 2），避免重叠不均。' },
        defaults: { pytorch: 'required', keras: 'required', flax: 'required' },
      },
      {
        name: 'stride',
        meaning: { en: 'Upsampling factor (spacing of the scattered kernels in the output).', 'zh-cn': '上采样倍数（被撒到输出上的卷积核之间的间距）。' },
        defaults: { pytorch: '1', keras: '(1, 1) (strides)', flax: 'None = 1 (strides)' },
      },
      {
        name: 'padding',
        meaning: {
          en: 'PyTorch: the padding of the matching forward conv — the output loses p rows/columns at each border (internally the input is zero-padded by d·(k−1) − p), so larger padding gives a smaller output. Keras: \'valid\' or \'same\' (output = input·stride).',
          'zh-cn': 'PyTorch：对应正向卷积的 padding——输出每侧少 p 行/列（内部实际给输入补 d·(k−1) − p 个零），所以 padding 越大输出越小。Keras：\'valid\' 或 \'same\'（输出 = 输入·stride）。',
        },
        defaults: { pytorch: '0', keras: "'valid'", flax: "'SAME'" },
      },
      {
        name: 'output_padding',
        meaning: {
          en: 'Extra size added on one side of the output to pick among the input sizes a strided conv maps to the same size (must be < stride or < dilation).',
          'zh-cn': '在输出的一侧额外增加的尺寸，用于在“经带 stride 的卷积会得到同一尺寸”的多个输入尺寸之间做选择（必须小于 stride 或 dilation）。',
        },
        defaults: { pytorch: '0', keras: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Checkerboard artifacts in generated images: when kernel_size is not divisible by stride (e.g. k = 3, s = 2), some output pixels receive more kernel copies than others, leaving a grid pattern. Use k = 4, s = 2 (or k = s), or replace the layer with nn.Upsample(scale_factor=2) followed by a 3×3 Conv2d.',
        'zh-cn': '生成图像出现棋盘格伪影：kernel_size 不能被 stride 整除时（如 k = 3、s = 2），有些输出像素叠加的卷积核副本比别的多，留下网格状纹理。用 k = 4、s = 2（或 k = s），或换成 nn.Upsample(scale_factor=2) 加一个 3×3 的 Conv2d。',
      },
      {
        en: 'Expecting the exact input size back: Conv2d(k=3, s=2, p=1) maps both 7×7 and 8×8 to 4×4, so ConvTranspose2d(k=3, s=2, p=1) returns 7×7 and a UNet skip connection from an 8×8 map fails to concatenate. Pass output_padding=1, or call it with output_size=skip.shape[-2:].',
        'zh-cn': '以为能精确恢复输入尺寸：Conv2d(k=3, s=2, p=1) 会把 7×7 和 8×8 都变成 4×4，所以 ConvTranspose2d(k=3, s=2, p=1) 只会返回 7×7，来自 8×8 特征图的 UNet skip connection 拼接失败。传 output_padding=1，或在调用时传 output_size=skip.shape[-2:]。',
      },
      {
        en: 'Treating it as the inverse of a conv ("deconvolution"): ConvTranspose applies Cᵀ, not C⁻¹, so running it on a conv\'s output with the same weights does not reconstruct the input — it only restores the shape. Its weights must be learned (or it must be used as a gradient).',
        'zh-cn': '把它当作卷积的逆（“反卷积”）：ConvTranspose 做的是 Cᵀ 而不是 C⁻¹，用相同权重作用在卷积的输出上并不能重建输入——只能恢复形状。它的权重需要训练得到（或者它本身就是在算梯度）。',
      },
      {
        en: 'jax.lax.conv_transpose and flax ConvTranspose default to transpose_kernel=False: unlike TF/Keras Conv2DTranspose they do not flip the kernel spatially or swap its in/out channels, so ported Keras weights give different outputs. Set transpose_kernel=True to match TF/Keras behaviour.',
        'zh-cn': 'jax.lax.conv_transpose 和 flax 的 ConvTranspose 默认 transpose_kernel=False：与 TF/Keras 的 Conv2DTranspose 不同，它们不会在空间上翻转卷积核，也不交换输入/输出通道，所以迁移过来的 Keras 权重输出不一致。设 transpose_kernel=True 才与 TF/Keras 行为一致。',
      },
    ],
    why: [
      {
        q: { en: 'Why is the input gradient of a conv a transposed conv?', 'zh-cn': '为什么卷积对输入的梯度是一个转置卷积？' },
        a: {
          en: 'Write the conv as y = C·x with a sparse banded matrix C. Then dL/dx = Cᵀ·G, and the layer that computes "multiply by Cᵀ" is by definition the transposed convolution — PyTorch implements ConvTranspose2d\'s forward with the same kernel that computes Conv2d\'s input gradient. In the scalar view (1-D, stride 1) dx[m] = Σᵤ G[m−u]·w[u]: the kernel reversed (rotated 180° in 2-D) slides over G zero-padded by k−1; with stride s, zeros are inserted between G\'s entries first, which is why a transposed conv with stride s upsamples by s.',
          'zh-cn': '把卷积写成 y = C·x，C 是稀疏的带状矩阵。于是 dL/dx = Cᵀ·G，而“乘以 Cᵀ”的层按定义就是转置卷积——PyTorch 的 ConvTranspose2d 前向计算用的正是计算 Conv2d 输入梯度的那个内核。标量视角（一维、stride 1）下 dx[m] = Σᵤ G[m−u]·w[u]：反转后的卷积核（二维时旋转 180°）在两侧补了 k−1 个零的 G 上滑动；stride 为 s 时先在 G 的元素之间插入零，这也是 stride 为 s 的转置卷积会上采样 s 倍的原因。',
        },
      },
      {
        q: { en: 'Why does a transposed conv produce checkerboard artifacts?', 'zh-cn': '为什么转置卷积会产生棋盘格伪影？' },
        a: {
          en: 'The scattered kernel copies are spaced s apart; if k is not a multiple of s, neighbouring output pixels are covered by different numbers of copies, so even a constant input gives a periodic output pattern that training must fight.',
          'zh-cn': '被撒到输出上的卷积核副本间隔为 s；如果 k 不是 s 的整数倍，相邻输出像素被覆盖的次数不同，即使输入是常数，输出也会出现周期性图案，训练必须去抵消它。',
        },
      },
    ],
    seeAlso: ['conv2d', 'conv', 'unet', 'gan', 'matmul'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.ConvTranspose2d.html',
      keras: 'https://keras.io/api/layers/convolution_layers/convolution2d_transpose/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.ConvTranspose',
      jax: 'https://docs.jax.dev/en/latest/_autosummary/jax.lax.conv_transpose.html',
    },
    demo: 'conv2d-backward',
  },
  {
    id: 'max-pool',
    family: 'layers',
    title: { en: 'Max pooling', 'zh-cn': '最大池化（Max Pooling）' },
    summary: {
      en: 'Max pooling slides a window over each channel separately and keeps only the largest value in it. With the usual 2×2 window and stride 2 it halves H and W, keeping the strongest response of each feature while adding a little tolerance to small shifts. It has no weights; in the backward pass the whole gradient of each window goes to the position that held the maximum.',
      'zh-cn': '最大池化在每个通道上分别滑动窗口，只保留窗口内的最大值。常用的 2×2 窗口、stride 2 会把 H 和 W 减半，保留每个特征最强的响应，并对小的平移有一定容忍度。它没有可学习的权重；反向传播时，每个窗口的梯度全部传给取到最大值的那个位置。',
    },
    formula: String.raw`y[n, c, i, j] = \max_{0 \le u < k_h,\; 0 \le v < k_w} x_{\mathrm{pad}}[n, c, s i + d u, s j + d v], \qquad H_{\mathrm{out}} = \left\lfloor \frac{H + 2p - d\,(k-1) - 1}{s} \right\rfloor + 1`,
    formulaText:
      'y[n,c,i,j] = max over the k_h×k_w window of x_pad[n, c, s·i + d·u, s·j + d·v]  (per channel; padding counts as −∞); H_out = ⌊(H + 2p − d·(k−1) − 1)/s⌋ + 1 (ceil with ceil_mode=True); backward: the gradient goes only to the argmax of each window',
    shapes: {
      en: 'PyTorch nn.MaxPool2d: (N, C, H, W) → (N, C, H_out, W_out), e.g. MaxPool2d(2) maps 64×56×56 → 64×28×28; channels are unchanged. MaxPool1d/3d act on (N, C, L) and (N, C, D, H, W). Keras MaxPooling2D: (N, H, W, C) → (N, H_out, W_out, C). flax.linen.max_pool: (N, *spatial, C).',
      'zh-cn': 'PyTorch nn.MaxPool2d：(N, C, H, W) → (N, C, H_out, W_out)，例如 MaxPool2d(2) 把 64×56×56 变成 64×28×28；通道数不变。MaxPool1d/3d 作用于 (N, C, L) 和 (N, C, D, H, W)。Keras MaxPooling2D：(N, H, W, C) → (N, H_out, W_out, C)。flax.linen.max_pool：(N, *spatial, C)。',
    },
    params: [
      {
        name: 'kernel_size',
        meaning: { en: 'Window size.', 'zh-cn': '窗口大小。' },
        defaults: { pytorch: 'required', keras: '(2, 2) (pool_size, MaxPooling2D)', flax: 'required (window_shape)' },
      },
      {
        name: 'stride',
        meaning: {
          en: 'Step between windows. PyTorch and Keras default to the window size (non-overlapping); Flax defaults to 1.',
          'zh-cn': '窗口之间的步长。PyTorch 和 Keras 默认等于窗口大小（不重叠）；Flax 默认为 1。',
        },
        defaults: { pytorch: 'None (= kernel_size)', keras: 'None (= pool_size) (strides)', flax: 'None (= 1 on every axis) (strides)' },
      },
      {
        name: 'padding',
        meaning: { en: 'Implicit −∞ padding per side (PyTorch: at most half the kernel); \'valid\'/\'same\' in Keras, \'VALID\'/\'SAME\' in Flax.', 'zh-cn': '每侧隐式填充 −∞（PyTorch 中最多为核大小的一半）；Keras 为 \'valid\'/\'same\'，Flax 为 \'VALID\'/\'SAME\'。' },
        defaults: { pytorch: '0', keras: "'valid'", flax: "'VALID'" },
      },
      {
        name: 'ceil_mode',
        meaning: { en: 'Use ceil instead of floor for the output size, so a partial window at the border still produces an output.', 'zh-cn': '输出尺寸用向上取整代替向下取整，边界上不完整的窗口也会产生输出。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'return_indices',
        meaning: { en: 'Also return the argmax positions, needed by nn.MaxUnpool2d.', 'zh-cn': '同时返回最大值的位置，nn.MaxUnpool2d 需要用到。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'Porting to Flax with only the window: flax.linen.max_pool(x, (2, 2)) uses strides (1, 1), so it barely shrinks the map (32 → 31) instead of halving it. Pass strides=(2, 2) explicitly.',
        'zh-cn': '迁移到 Flax 时只传了窗口：flax.linen.max_pool(x, (2, 2)) 的 strides 默认是 (1, 1)，特征图几乎不缩小（32 → 31），而不是减半。要显式传 strides=(2, 2)。',
      },
      {
        en: 'Odd sizes lose the last row/column: MaxPool2d(2) maps 7×7 to 3×3 (floor), so decoder/skip shapes no longer match. Use ceil_mode=True, pad to even sizes, or compute sizes with the formula.',
        'zh-cn': '奇数尺寸会丢掉最后一行/列：MaxPool2d(2) 把 7×7 变成 3×3（向下取整），解码器或 skip connection 的形状就对不上了。用 ceil_mode=True、先补成偶数，或按公式计算尺寸。',
      },
      {
        en: 'padding larger than half the kernel raises "pad should be at most half of effective kernel size" in PyTorch; for a size-preserving 3×3 pool use kernel_size=3, stride=1, padding=1.',
        'zh-cn': 'PyTorch 中 padding 超过核大小的一半会报 "pad should be at most half of effective kernel size"；想让 3×3 池化保持尺寸，用 kernel_size=3、stride=1、padding=1。',
      },
    ],
    why: [
      {
        q: { en: 'Why does the gradient of max pooling go to one position only?', 'zh-cn': '为什么最大池化的梯度只传给一个位置？' },
        a: {
          en: 'Within a window y = max(x₁, …, x_k); changing a non-maximal xᵢ slightly does not change y, so ∂y/∂xᵢ = 0 except at the argmax, where it is 1. The backward pass therefore routes each window\'s gradient to the argmax (PyTorch stores the indices) and sends zero to the other positions.',
          'zh-cn': '窗口内 y = max(x₁, …, x_k)；轻微改变非最大的 xᵢ 不会改变 y，所以除 argmax 处为 1 外，∂y/∂xᵢ = 0。因此反向传播把每个窗口的梯度送到 argmax 位置（PyTorch 会记录索引），其他位置得到 0。',
        },
      },
      {
        q: { en: 'Why pool at all instead of a strided conv?', 'zh-cn': '为什么要池化，而不用带 stride 的卷积？' },
        a: {
          en: 'Pooling downsamples for free (no weights) and keeps the strongest activation, which gives some invariance to small translations. Strided convs learn how to downsample and are used by many modern CNNs (ResNet keeps a single max-pool after its stem).',
          'zh-cn': '池化不需要权重就能下采样，并保留最强的激活，带来对小平移的一定不变性。带 stride 的卷积则能学习如何下采样，很多现代 CNN 采用这种方式（ResNet 只在 stem 之后保留了一个 max-pool）。',
        },
      },
    ],
    seeAlso: ['avg-pool', 'global-max-pool', 'adaptive-avg-pool', 'conv2d'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MaxPool2d.html',
      keras: 'https://keras.io/api/layers/pooling_layers/max_pooling2d/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.max_pool',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/MaxPool2D',
    },
  },
  {
    id: 'avg-pool',
    family: 'layers',
    title: { en: 'Average pooling', 'zh-cn': '平均池化（Average Pooling）' },
    summary: {
      en: 'Average pooling slides a window over each channel and replaces it with the mean of its values. It downsamples smoothly — every input contributes — rather than keeping only the peak as max pooling does. It has no weights; in the backward pass each window spreads its gradient evenly, 1/(window size) to every position.',
      'zh-cn': '平均池化在每个通道上滑动窗口，用窗口内数值的平均值代替整个窗口。它是一种平滑的下采样——每个输入都有贡献——而不像最大池化那样只保留峰值。它没有权重；反向传播时每个窗口把梯度平均分给窗口内的每个位置，各得 1/(窗口大小)。',
    },
    formula: String.raw`y[n, c, i, j] = \frac{1}{k_h k_w} \sum_{u=0}^{k_h-1}\sum_{v=0}^{k_w-1} x_{\mathrm{pad}}[n, c, s i + u, s j + v], \qquad H_{\mathrm{out}} = \left\lfloor \frac{H + 2p - k}{s} \right\rfloor + 1`,
    formulaText:
      'y[n,c,i,j] = (1/(k_h·k_w)) · Σ over the window of x_pad[n, c, s·i + u, s·j + v]  (per channel; with count_include_pad=False the divisor counts only non-padded cells); H_out = ⌊(H + 2p − k)/s⌋ + 1; backward: each cell of a window receives G/(k_h·k_w)',
    shapes: {
      en: 'PyTorch nn.AvgPool2d: (N, C, H, W) → (N, C, H_out, W_out); AvgPool1d/3d for (N, C, L) and (N, C, D, H, W). Keras AveragePooling2D: (N, H, W, C) → (N, H_out, W_out, C). flax.linen.avg_pool: (N, *spatial, C). Channels are unchanged.',
      'zh-cn': 'PyTorch nn.AvgPool2d：(N, C, H, W) → (N, C, H_out, W_out)；AvgPool1d/3d 对应 (N, C, L) 和 (N, C, D, H, W)。Keras AveragePooling2D：(N, H, W, C) → (N, H_out, W_out, C)。flax.linen.avg_pool：(N, *spatial, C)。通道数不变。',
    },
    params: [
      {
        name: 'kernel_size',
        meaning: { en: 'Window size.', 'zh-cn': '窗口大小。' },
        defaults: { pytorch: 'required', keras: 'required (pool_size)', flax: 'required (window_shape)' },
      },
      {
        name: 'stride',
        meaning: { en: 'Step between windows; PyTorch and Keras default to the window size, Flax to 1.', 'zh-cn': '窗口之间的步长；PyTorch 和 Keras 默认等于窗口大小，Flax 默认为 1。' },
        defaults: { pytorch: 'None (= kernel_size)', keras: 'None (= pool_size) (strides)', flax: 'None (= 1 on every axis) (strides)' },
      },
      {
        name: 'padding',
        meaning: { en: 'Zero padding per side (PyTorch) or \'valid\'/\'same\' (Keras), \'VALID\'/\'SAME\' (Flax).', 'zh-cn': '每侧补零（PyTorch），或 \'valid\'/\'same\'（Keras）、\'VALID\'/\'SAME\'（Flax）。' },
        defaults: { pytorch: '0', keras: "'valid'", flax: "'VALID'" },
      },
      {
        name: 'count_include_pad',
        meaning: { en: 'Whether padded zeros count in the divisor (True lowers border averages).', 'zh-cn': '补的零是否计入除数（True 会让边界处的平均值偏小）。' },
        defaults: { pytorch: 'True', flax: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Border values differ across frameworks: PyTorch AvgPool2d(3, 1, padding=1) divides by 9 at the borders (count_include_pad=True), so edges are darker, while Keras padding=\'same\' averages only the real cells. Set count_include_pad=False to match Keras.',
        'zh-cn': '边界数值在不同框架中不一样：PyTorch 的 AvgPool2d(3, 1, padding=1) 在边界处也除以 9（count_include_pad=True），边缘会偏小；而 Keras 的 padding=\'same\' 只对真实像素求平均。要与 Keras 一致，设 count_include_pad=False。',
      },
      {
        en: 'Using a fixed AvgPool2d(7) as the "global" pool before the classifier: it only works for 224×224 inputs (7×7 final maps); other resolutions give a spatial output and a shape error at the Linear layer. Use nn.AdaptiveAvgPool2d(1) instead.',
        'zh-cn': '在分类器前用固定的 AvgPool2d(7) 当“全局”池化：只有 224×224 输入（最后特征图为 7×7）才成立；换个分辨率就会留下空间维度，在 Linear 层报形状错误。改用 nn.AdaptiveAvgPool2d(1)。',
      },
    ],
    why: [
      {
        q: { en: 'Why average rather than max?', 'zh-cn': '为什么用平均而不是最大值？' },
        a: {
          en: 'The mean keeps information from every position and passes gradient to all of them (G/k² each), so it is smoother and less noisy; max keeps only the peak response, which suits detecting whether a feature is present. CNN bodies mostly use max or strided convs; the final global pool is usually an average.',
          'zh-cn': '平均值保留了每个位置的信息，梯度也分给所有位置（各 G/k²），因而更平滑、噪声更小；最大值只保留峰值响应，适合判断某个特征是否出现。CNN 主干多用最大池化或带 stride 的卷积，最后的全局池化通常用平均。',
        },
      },
    ],
    seeAlso: ['max-pool', 'adaptive-avg-pool', 'global-avg-pool', 'conv2d'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.AvgPool2d.html',
      keras: 'https://keras.io/api/layers/pooling_layers/average_pooling2d/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.avg_pool',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/AveragePooling2D',
    },
  },
  {
    id: 'adaptive-avg-pool',
    family: 'layers',
    title: { en: 'Adaptive average pooling', 'zh-cn': '自适应平均池化（Adaptive Average Pooling）' },
    summary: {
      en: 'Adaptive average pooling fixes the output size instead of the window: you ask for H_out × W_out and the layer computes, for each output cell, which input rows and columns to average. Any input resolution therefore yields the same output shape, which lets a CNN with a fixed classifier head accept images of different sizes. AdaptiveAvgPool2d((1, 1)) averages the whole map — global average pooling.',
      'zh-cn': '自适应平均池化固定的是输出尺寸而不是窗口：你指定 H_out × W_out，层会为每个输出格子算出要平均哪些输入行和列。因此任何输入分辨率都会得到相同的输出形状，接固定分类头的 CNN 就能接受不同尺寸的图像。AdaptiveAvgPool2d((1, 1)) 对整张特征图求平均——即全局平均池化。',
    },
    formula: String.raw`y[n, c, i, j] = \operatorname{mean}\; x[n, c,\; h_s{:}h_e,\; w_s{:}w_e], \qquad h_s = \left\lfloor \frac{i H}{H_{\mathrm{out}}} \right\rfloor,\; h_e = \left\lceil \frac{(i+1) H}{H_{\mathrm{out}}} \right\rceil`,
    formulaText:
      'y[n,c,i,j] = mean of x[n, c, h_s:h_e, w_s:w_e] with h_s = ⌊i·H/H_out⌋, h_e = ⌈(i+1)·H/H_out⌉ (same for w)  — windows vary in size and may overlap when H is not a multiple of H_out; output_size = 1 gives the global mean',
    shapes: {
      en: 'PyTorch nn.AdaptiveAvgPool2d(output_size): (N, C, H, W) → (N, C, H_out, W_out) for any H, W; an int s means s×s and None keeps that input dim. Keras AdaptiveAveragePooling2D(output_size): (N, H, W, C) → (N, H_out, W_out, C). torchvision ResNet uses AdaptiveAvgPool2d((1, 1)): 2048×7×7 → 2048×1×1.',
      'zh-cn': 'PyTorch nn.AdaptiveAvgPool2d(output_size)：任意 H、W 的 (N, C, H, W) → (N, C, H_out, W_out)；整数 s 表示 s×s，None 表示该维保持输入大小。Keras AdaptiveAveragePooling2D(output_size)：(N, H, W, C) → (N, H_out, W_out, C)。torchvision 的 ResNet 用 AdaptiveAvgPool2d((1, 1))：2048×7×7 → 2048×1×1。',
    },
    params: [
      {
        name: 'output_size',
        meaning: { en: 'Target (H_out, W_out); an int for a square output, None to keep an input dim.', 'zh-cn': '目标尺寸 (H_out, W_out)；整数表示正方形输出，None 表示保留该输入维度。' },
        defaults: { pytorch: 'required', keras: 'required' },
      },
      {
        name: 'data_format',
        meaning: { en: 'Keras: channels_last (N, H, W, C) or channels_first.', 'zh-cn': 'Keras：channels_last (N, H, W, C) 或 channels_first。' },
        defaults: { keras: "None (= 'channels_last' unless set in keras.json)" },
      },
    ],
    pitfalls: [
      {
        en: 'AdaptiveAvgPool2d(1) keeps the spatial dims: the output is (N, C, 1, 1), and passing it to nn.Linear(C, k) raises "mat1 and mat2 shapes cannot be multiplied". Flatten with torch.flatten(x, 1) first (torchvision models do).',
        'zh-cn': 'AdaptiveAvgPool2d(1) 会保留空间维：输出是 (N, C, 1, 1)，直接传给 nn.Linear(C, k) 会报 "mat1 and mat2 shapes cannot be multiplied"。先用 torch.flatten(x, 1) 展平（torchvision 的模型就是这么做的）。',
      },
      {
        en: 'Exporting to ONNX with an output size that does not divide the input fails ("Unsupported: ONNX export of operator adaptive_avg_pool2d, output size that are not factor of input size") because ONNX has no adaptive pool; fix the input size, choose a dividing output_size, or use output_size 1 (exported as GlobalAveragePool).',
        'zh-cn': '当输出尺寸不能整除输入尺寸时导出 ONNX 会失败（"Unsupported: ONNX export of operator adaptive_avg_pool2d, output size that are not factor of input size"），因为 ONNX 没有自适应池化算子；固定输入尺寸、选能整除的 output_size，或用 output_size 1（会导出为 GlobalAveragePool）。',
      },
    ],
    why: [
      {
        q: { en: 'Why does adaptive pooling let a CNN accept any image size?', 'zh-cn': '为什么自适应池化能让 CNN 接受任意尺寸的图像？' },
        a: {
          en: 'Convs and ordinary pools produce maps whose size follows the input, but the Linear head needs a fixed number of features. Adaptive pooling computes its windows from the input size so the output is always C×H_out×W_out — e.g. C×1×1 — and the head sees the same shape at 224×224 or 320×480.',
          'zh-cn': '卷积和普通池化输出的特征图尺寸随输入变化，而 Linear 分类头需要固定数量的特征。自适应池化根据输入尺寸计算窗口，输出总是 C×H_out×W_out（例如 C×1×1），所以无论输入是 224×224 还是 320×480，分类头看到的形状都一样。',
        },
      },
    ],
    seeAlso: ['global-avg-pool', 'avg-pool', 'max-pool', 'resnet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.AdaptiveAvgPool2d.html',
      keras: 'https://keras.io/api/layers/pooling_layers/adaptive_average_pooling2d/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/AdaptiveAveragePooling2D',
    },
  },
  {
    id: 'global-avg-pool',
    family: 'layers',
    title: { en: 'Global average pooling', 'zh-cn': '全局平均池化（Global Average Pooling）' },
    summary: {
      en: 'Global average pooling collapses each channel\'s whole feature map to its mean, turning (N, C, H, W) into one C-dimensional vector per image. Placed after the last conv stage it replaces the large flatten-plus-dense head of older CNNs: far fewer parameters, less overfitting, and any input size works. ResNet-50 pools 2048×7×7 to 2048 values before its 1000-way FC layer.',
      'zh-cn': '全局平均池化把每个通道的整张特征图压缩成它的平均值，把 (N, C, H, W) 变成每张图一个 C 维向量。放在最后一个卷积阶段之后，它取代了早期 CNN 中“展平 + 大全连接层”的分类头：参数少得多、过拟合更少，而且支持任意输入尺寸。ResNet-50 把 2048×7×7 池化成 2048 个值，再接 1000 类的全连接层。',
    },
    formula: String.raw`y[n, c] = \frac{1}{H W} \sum_{i=1}^{H} \sum_{j=1}^{W} x[n, c, i, j]`,
    formulaText: 'y[n,c] = (1/(H·W)) · Σᵢ Σⱼ x[n,c,i,j]  (mean over all spatial positions, per sample and channel); backward: every position receives G[n,c]/(H·W)',
    shapes: {
      en: 'PyTorch: nn.AdaptiveAvgPool2d(1) gives (N, C, H, W) → (N, C, 1, 1); x.mean(dim=(2, 3)) gives (N, C). Keras GlobalAveragePooling2D: (N, H, W, C) → (N, C), or (N, 1, 1, C) with keepdims=True; GlobalAveragePooling1D: (N, L, C) → (N, C).',
      'zh-cn': 'PyTorch：nn.AdaptiveAvgPool2d(1) 得到 (N, C, H, W) → (N, C, 1, 1)；x.mean(dim=(2, 3)) 得到 (N, C)。Keras GlobalAveragePooling2D：(N, H, W, C) → (N, C)，keepdims=True 时为 (N, 1, 1, C)；GlobalAveragePooling1D：(N, L, C) → (N, C)。',
    },
    params: [
      {
        name: 'output_size',
        meaning: { en: 'PyTorch has no dedicated layer: AdaptiveAvgPool2d with output size 1 is global average pooling.', 'zh-cn': 'PyTorch 没有专门的层：输出尺寸为 1 的 AdaptiveAvgPool2d 就是全局平均池化。' },
        defaults: { pytorch: 'required — pass 1 or (1, 1) (AdaptiveAvgPool2d)' },
      },
      {
        name: 'keepdims',
        meaning: { en: 'Keras: keep the pooled spatial dims with length 1.', 'zh-cn': 'Keras：是否保留长度为 1 的空间维度。' },
        defaults: { keras: 'False' },
      },
      {
        name: 'data_format',
        meaning: { en: 'Keras: channels_last (N, H, W, C) or channels_first (N, C, H, W).', 'zh-cn': 'Keras：channels_last (N, H, W, C) 或 channels_first (N, C, H, W)。' },
        defaults: { keras: "None (= 'channels_last' unless set in keras.json)" },
      },
    ],
    pitfalls: [
      {
        en: 'Averaging the wrong axes by hand: in PyTorch NCHW the spatial axes are (2, 3); x.mean(dim=1) averages the channels instead and still returns a plausible-looking tensor. In Keras/JAX channels-last code use axis=(1, 2).',
        'zh-cn': '手写时对错了轴求平均：PyTorch 的 NCHW 中空间轴是 (2, 3)；x.mean(dim=1) 平均的是通道，却仍然返回一个看起来合理的张量。Keras/JAX 通道在后的代码里用 axis=(1, 2)。',
      },
      {
        en: 'Padded sequences: GlobalAveragePooling1D (or x.mean(dim=1) in PyTorch) averages padding tokens too, so short sequences are diluted. In Keras pass the mask (Embedding(mask_zero=True) propagates it); in PyTorch compute (x·mask).sum(1) / mask.sum(1).',
        'zh-cn': '带 padding 的序列：GlobalAveragePooling1D（或 PyTorch 中的 x.mean(dim=1)）也会把 padding token 算进平均，短序列的表示被稀释。Keras 中传入 mask（Embedding(mask_zero=True) 会自动传递）；PyTorch 中用 (x·mask).sum(1) / mask.sum(1)。',
      },
    ],
    why: [
      {
        q: { en: 'Why global average pooling instead of flatten + dense?', 'zh-cn': '为什么用全局平均池化而不是展平 + 全连接？' },
        a: {
          en: 'Parameters: flattening ResNet-50\'s 2048×7×7 map into a 1000-way dense layer would need about 100 M weights (2048·49·1000); after GAP the FC layer has 2,049,000. GAP has no weights of its own, so it cannot overfit, it makes each channel act as a detector whose average strength is a class score (the basis of class activation maps), and it works for any input size.',
          'zh-cn': '参数量：把 ResNet-50 的 2048×7×7 特征图展平后接 1000 类全连接层，需要约 1 亿个权重（2048·49·1000）；GAP 之后的全连接层只有 2,049,000 个。GAP 本身没有权重，不会过拟合；它让每个通道像一个检测器，平均强度就是类别得分（这也是类激活图 CAM 的基础）；而且支持任意输入尺寸。',
        },
      },
    ],
    seeAlso: ['adaptive-avg-pool', 'global-max-pool', 'avg-pool', 'resnet', 'linear'],
    docs: {
      keras: 'https://keras.io/api/layers/pooling_layers/global_average_pooling2d/',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.AdaptiveAvgPool2d.html',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/GlobalAveragePooling2D',
    },
  },
  {
    id: 'global-max-pool',
    family: 'layers',
    title: { en: 'Global max pooling', 'zh-cn': '全局最大池化（Global Max Pooling）' },
    summary: {
      en: 'Global max pooling keeps, for each channel, the single largest value over all positions, turning (N, C, H, W) or (N, L, C) into one C-dimensional vector. It answers "did this feature fire anywhere?", regardless of where or how often — the classic pooling of text CNNs and of point-cloud networks like PointNet, where the order of the points must not matter.',
      'zh-cn': '全局最大池化为每个通道保留所有位置上的最大值，把 (N, C, H, W) 或 (N, L, C) 变成一个 C 维向量。它回答的是“这个特征在任何地方出现过吗？”，不管出现在哪里、出现多少次——这是文本 CNN 的经典池化方式，也用于 PointNet 等点云网络（点的顺序不能影响结果）。',
    },
    formula: String.raw`y[n, c] = \max_{i, j}\; x[n, c, i, j]`,
    formulaText: 'y[n,c] = max over all positions (i, j) of x[n,c,i,j]  (per sample and channel); backward: the whole gradient G[n,c] goes to the argmax position',
    shapes: {
      en: 'PyTorch: nn.AdaptiveMaxPool2d(1) gives (N, C, H, W) → (N, C, 1, 1); x.amax(dim=(2, 3)) gives (N, C). Keras GlobalMaxPooling2D: (N, H, W, C) → (N, C) (keepdims=True: (N, 1, 1, C)); GlobalMaxPooling1D: (N, L, C) → (N, C).',
      'zh-cn': 'PyTorch：nn.AdaptiveMaxPool2d(1) 得到 (N, C, H, W) → (N, C, 1, 1)；x.amax(dim=(2, 3)) 得到 (N, C)。Keras GlobalMaxPooling2D：(N, H, W, C) → (N, C)（keepdims=True 时为 (N, 1, 1, C)）；GlobalMaxPooling1D：(N, L, C) → (N, C)。',
    },
    params: [
      {
        name: 'output_size',
        meaning: { en: 'PyTorch: AdaptiveMaxPool2d with output size 1 is global max pooling.', 'zh-cn': 'PyTorch：输出尺寸为 1 的 AdaptiveMaxPool2d 就是全局最大池化。' },
        defaults: { pytorch: 'required — pass 1 or (1, 1) (AdaptiveMaxPool2d)' },
      },
      {
        name: 'keepdims',
        meaning: { en: 'Keras: keep the pooled spatial dims with length 1.', 'zh-cn': 'Keras：是否保留长度为 1 的空间维度。' },
        defaults: { keras: 'False' },
      },
      {
        name: 'data_format',
        meaning: { en: 'Keras: channels_last or channels_first.', 'zh-cn': 'Keras：channels_last 或 channels_first。' },
        defaults: { keras: "None (= 'channels_last' unless set in keras.json)" },
      },
    ],
    pitfalls: [
      {
        en: 'x.max(dim=2) returns a (values, indices) named tuple, not a tensor, so chaining .max(dim=2).max(dim=2) fails; use x.amax(dim=(2, 3)) or x.flatten(2).max(dim=2).values.',
        'zh-cn': 'x.max(dim=2) 返回的是 (values, indices) 命名元组而不是张量，所以 .max(dim=2).max(dim=2) 这样链式调用会出错；用 x.amax(dim=(2, 3)) 或 x.flatten(2).max(dim=2).values。',
      },
      {
        en: 'Padding positions can win the max: when all real activations of a channel are negative, the zero vectors of padding tokens become the maximum. Set padded positions to −inf (x.masked_fill(~mask, float(\'-inf\'))) before pooling.',
        'zh-cn': 'padding 位置可能成为最大值：某个通道的真实激活全为负数时，padding token 的零向量反而最大。池化前把 padding 位置设为 −inf（x.masked_fill(~mask, float(\'-inf\'))）。',
      },
    ],
    why: [
      {
        q: { en: 'Why max instead of average for global pooling?', 'zh-cn': '全局池化为什么有时用最大值而不是平均值？' },
        a: {
          en: 'Max detects presence: a sentiment phrase matters even if it occupies 3 of 200 tokens, and averaging would dilute it. The price is sparse learning — each channel passes gradient to a single position per example — and sensitivity to one outlier; average pooling is usually better for whole-image classification.',
          'zh-cn': '最大值检测的是“是否出现”：一个表达情感的短语即使只占 200 个 token 中的 3 个也很重要，取平均会把它稀释掉。代价是学习信号稀疏——每个样本的每个通道只把梯度传给一个位置——并且容易受单个异常值影响；整图分类通常用平均池化更好。',
        },
      },
    ],
    seeAlso: ['global-avg-pool', 'max-pool', 'conv1d', 'adaptive-avg-pool'],
    docs: {
      keras: 'https://keras.io/api/layers/pooling_layers/global_max_pooling2d/',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.AdaptiveMaxPool2d.html',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/GlobalMaxPool2D',
    },
  },
  {
    id: 'embedding',
    family: 'layers',
    title: { en: 'Embedding layer', 'zh-cn': '嵌入层（Embedding）' },
    summary: {
      en: 'An embedding layer is a learned lookup table: row i of a (num_embeddings × embedding_dim) matrix is the vector for token or category i. Looking up an index is the same as multiplying its one-hot vector by the matrix, but without building the one-hot. It turns token ids into the dense vectors that Transformers, RNNs and recommenders work on, and its rows are trained by backprop like any other weight.',
      'zh-cn': '嵌入层是一张可学习的查找表：(num_embeddings × embedding_dim) 矩阵的第 i 行就是 token 或类别 i 的向量。按索引查表等价于用 one-hot 向量乘以这个矩阵，只是不必真的构造 one-hot。它把 token id 变成 Transformer、RNN 和推荐模型所用的稠密向量，各行和其他权重一样通过反向传播训练。',
    },
    formula: String.raw`y = W[\mathrm{idx}] = \mathrm{onehot}(\mathrm{idx})\, W, \qquad \frac{\partial L}{\partial W[v]} = \sum_{t:\, \mathrm{idx}_t = v} G_t`,
    formulaText:
      'y = W[idx] = onehot(idx)·W  (W: num_embeddings × embedding_dim); backward: row v of W gets the sum of the output gradients at every position whose index is v — rows not in the batch get zero; the padding_idx row never gets a gradient',
    shapes: {
      en: 'PyTorch nn.Embedding(V, D): integer input of any shape (*) → (*, D), e.g. token ids (N, L) → (N, L, D); weight (V, D). Keras Embedding(input_dim, output_dim): (N, L) → (N, L, output_dim). Flax Embed(num_embeddings, features): (…) → (…, features). Parameters V·D, e.g. BERT-base\'s 30,522×768 ≈ 23.4 M.',
      'zh-cn': 'PyTorch nn.Embedding(V, D)：任意形状 (*) 的整数输入 → (*, D)，例如 token id (N, L) → (N, L, D)；weight 形状 (V, D)。Keras Embedding(input_dim, output_dim)：(N, L) → (N, L, output_dim)。Flax Embed(num_embeddings, features)：(…) → (…, features)。参数量 V·D，例如 BERT-base 的 30,522×768 ≈ 2340 万。',
    },
    params: [
      {
        name: 'num_embeddings',
        meaning: { en: 'Table size V: the largest index + 1 (vocabulary size).', 'zh-cn': '表的大小 V：最大索引 + 1（词表大小）。' },
        defaults: { pytorch: 'required', keras: 'required (input_dim)', flax: 'required' },
      },
      {
        name: 'embedding_dim',
        meaning: { en: 'Vector size D per entry.', 'zh-cn': '每个条目的向量维度 D。' },
        defaults: { pytorch: 'required', keras: 'required (output_dim)', flax: 'required (features)' },
      },
      {
        name: 'padding_idx',
        meaning: {
          en: 'PyTorch: this row is initialized to zeros and receives no gradient, so the padding token stays a fixed vector.',
          'zh-cn': 'PyTorch：该行初始化为全零且不接收梯度，padding token 因此保持为固定向量。',
        },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'mask_zero',
        meaning: {
          en: 'Keras: treat index 0 as padding and emit a mask that downstream layers (RNNs, pooling, attention) respect; index 0 is then reserved, so input_dim must be vocabulary size + 1.',
          'zh-cn': 'Keras：把索引 0 当作 padding，并生成 mask 供后续层（RNN、池化、attention）使用；此时索引 0 被保留，input_dim 应为词表大小 + 1。',
        },
        defaults: { keras: 'False' },
      },
      {
        name: 'sparse',
        meaning: { en: 'PyTorch: return a sparse gradient touching only the used rows (works with optim.SGD, SparseAdam, Adagrad).', 'zh-cn': 'PyTorch：返回只涉及被用到的行的稀疏梯度（适用于 optim.SGD、SparseAdam、Adagrad）。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'An index ≥ num_embeddings (e.g. after adding tokens to a tokenizer without resizing) raises "IndexError: index out of range in self" on CPU and an opaque "CUDA error: device-side assert triggered" on GPU. Size the table as max id + 1 — for Hugging Face models call model.resize_token_embeddings(len(tokenizer)).',
        'zh-cn': '索引 ≥ num_embeddings（例如给 tokenizer 加了 token 却没扩表）时，CPU 上报 "IndexError: index out of range in self"，GPU 上则是难以定位的 "CUDA error: device-side assert triggered"。表的大小应为最大 id + 1——Hugging Face 模型要调用 model.resize_token_embeddings(len(tokenizer))。',
      },
      {
        en: 'Passing float indices: nn.Embedding needs integer (Long/Int) input and raises "Expected tensor for argument #1 \'indices\' to have one of the following scalar types: Long, Int". Convert with ids.long().',
        'zh-cn': '传入浮点索引：nn.Embedding 需要整数（Long/Int）输入，否则报 "Expected tensor for argument #1 \'indices\' to have one of the following scalar types: Long, Int"。用 ids.long() 转换。',
      },
      {
        en: 'padding_idx only freezes that row; it does not mask anything downstream. Mean pooling or attention still includes padded positions unless you pass an attention_mask or a masked mean (Keras mask_zero=True does propagate a mask).',
        'zh-cn': 'padding_idx 只冻结那一行，并不会对后续计算做 mask。均值池化或 attention 仍会包括 padding 位置，除非传入 attention_mask 或手动做带 mask 的平均（Keras 的 mask_zero=True 则会传递 mask）。',
      },
    ],
    why: [
      {
        q: { en: 'Why is an embedding lookup the same as one-hot × matrix?', 'zh-cn': '为什么 embedding 查表等价于 one-hot 乘矩阵？' },
        a: {
          en: 'onehot(i) has a single 1 at position i, so onehot(i)·W picks exactly row i of W. A Linear layer (without bias) on one-hot inputs would compute the same thing, but with a V-wide multiply per token; indexing skips it. The same view explains the gradient: only the rows that were selected receive a gradient.',
          'zh-cn': 'onehot(i) 只有第 i 位是 1，所以 onehot(i)·W 恰好取出 W 的第 i 行。对 one-hot 输入用无偏置的 Linear 层也能得到同样结果，但每个 token 都要做一次宽度为 V 的乘法；直接索引省掉了这一步。同样的视角也解释了梯度：只有被选中的行才会得到梯度。',
        },
      },
      {
        q: { en: 'Why a padding_idx?', 'zh-cn': '为什么需要 padding_idx？' },
        a: {
          en: 'Batches of different-length sequences are padded with a dummy id. Keeping its vector at zero with no gradient means padding contributes nothing to sums and is not trained as if it were a real token.',
          'zh-cn': '长度不同的序列组成 batch 时要用一个占位 id 补齐。让它的向量保持为零且不更新，padding 就不会给求和带来贡献，也不会被当作真实 token 来训练。',
        },
      },
    ],
    seeAlso: ['word2vec', 'tokenizer', 'positional-encoding', 'linear', 'bert'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Embedding.html',
      keras: 'https://keras.io/api/layers/core_layers/embedding/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.Embed',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Embedding',
    },
  },
  {
    id: 'rnn',
    family: 'layers',
    title: { en: 'Recurrent neural network (RNN)', 'zh-cn': '循环神经网络（RNN）' },
    summary: {
      en: 'An RNN reads a sequence one step at a time and carries a hidden state: each new state is computed from the current input and the previous state with the same weights at every step, so it handles any sequence length. The plain (Elman) RNN uses h_t = tanh(W_ih·x_t + W_hh·h_{t−1} + b); because gradients must pass through every step, it struggles with long-range dependencies, which LSTM and GRU were designed to fix.',
      'zh-cn': 'RNN 按时间步逐个读取序列并携带一个隐藏状态：每个新状态由当前输入和上一个状态计算得到，所有时间步共用同一组权重，因此能处理任意长度的序列。普通（Elman）RNN 的更新是 h_t = tanh(W_ih·x_t + W_hh·h_{t−1} + b)；由于梯度要穿过每一个时间步，它很难学到长距离依赖，LSTM 和 GRU 正是为解决这个问题而设计的。',
    },
    formula: String.raw`h_t = \tanh\!\left(x_t W_{ih}^{\top} + b_{ih} + h_{t-1} W_{hh}^{\top} + b_{hh}\right)`,
    formulaText: 'h_t = tanh(x_t·W_ihᵀ + b_ih + h_{t−1}·W_hhᵀ + b_hh)  (same weights at every step t; h₀ = 0 by default; nonlinearity=\'relu\' replaces tanh)',
    shapes: {
      en: 'PyTorch nn.RNN: input (L, N, H_in) by default, (N, L, H_in) with batch_first=True; returns output (L, N, D·H_out) — (N, L, D·H_out) with batch_first — and h_n (D·num_layers, N, H_out), D = 2 if bidirectional else 1. h_0 and h_n are always (D·num_layers, N, H_out), whatever batch_first says. Keras SimpleRNN(units): (N, T, F) → (N, units), or (N, T, units) with return_sequences=True.',
      'zh-cn': 'PyTorch nn.RNN：输入默认为 (L, N, H_in)，batch_first=True 时为 (N, L, H_in)；返回 output (L, N, D·H_out)（batch_first 时为 (N, L, D·H_out)）和 h_n (D·num_layers, N, H_out)，双向时 D = 2，否则为 1。无论 batch_first 如何，h_0 和 h_n 始终是 (D·num_layers, N, H_out)。Keras SimpleRNN(units)：(N, T, F) → (N, units)，return_sequences=True 时为 (N, T, units)。',
    },
    params: [
      {
        name: 'hidden_size',
        meaning: { en: 'Size of the hidden state h.', 'zh-cn': '隐藏状态 h 的维度。' },
        defaults: { pytorch: 'required', keras: 'required (units)' },
      },
      {
        name: 'num_layers',
        meaning: { en: 'Stacked recurrent layers; each feeds its output sequence to the next.', 'zh-cn': '堆叠的循环层数；每层把输出序列传给下一层。' },
        defaults: { pytorch: '1' },
      },
      {
        name: 'batch_first',
        meaning: { en: 'Input/output as (N, L, H) instead of (L, N, H). Keras and Flax nn.RNN are batch-major by default.', 'zh-cn': '输入/输出用 (N, L, H) 而不是 (L, N, H)。Keras 和 Flax 的 nn.RNN 默认 batch 在前。' },
        defaults: { pytorch: 'False', flax: 'batch-major: time_major=False (flax.linen.RNN)' },
      },
      {
        name: 'nonlinearity',
        meaning: { en: 'tanh or relu.', 'zh-cn': 'tanh 或 relu。' },
        defaults: { pytorch: "'tanh'", keras: "'tanh' (activation)" },
      },
      {
        name: 'bidirectional',
        meaning: { en: 'Run a second RNN backwards and concatenate: output width 2·H.', 'zh-cn': '再反向运行一个 RNN 并拼接：输出宽度为 2·H。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'return_sequences',
        meaning: { en: 'Keras: return the output at every step (needed to stack RNN layers) instead of only the last.', 'zh-cn': 'Keras：返回每一步的输出（堆叠 RNN 层时需要），而不是只返回最后一步。' },
        defaults: { keras: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'PyTorch RNNs default to sequence-first (L, N, H). A (N, L, H) batch without batch_first=True runs without error but treats the batch as time and time as batch. Set batch_first=True (or transpose), and remember h_0/h_n stay (num_layers·D, N, H) either way.',
        'zh-cn': 'PyTorch 的 RNN 默认序列在前 (L, N, H)。不设 batch_first=True 就传入 (N, L, H) 的 batch 不会报错，但会把 batch 当成时间、时间当成 batch。设 batch_first=True（或先转置），并记住 h_0/h_n 无论如何都是 (num_layers·D, N, H)。',
      },
      {
        en: 'Taking output[:, -1] on padded batches reads the padding step of short sequences. Pack with nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False) and use h_n, or gather the output at lengths − 1.',
        'zh-cn': '对带 padding 的 batch 取 output[:, -1]，短序列读到的是 padding 那一步的输出。用 nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False) 打包并使用 h_n，或在 lengths − 1 处取输出。',
      },
      {
        en: 'dropout in nn.RNN/LSTM/GRU is applied between stacked layers only: with num_layers=1 it does nothing and PyTorch warns "dropout option adds dropout after all but last recurrent layer". Keras\' dropout is different — it drops the inputs at every step.',
        'zh-cn': 'nn.RNN/LSTM/GRU 的 dropout 只作用在堆叠的层与层之间：num_layers=1 时不起作用，PyTorch 会警告 "dropout option adds dropout after all but last recurrent layer"。Keras 的 dropout 含义不同——它在每一步丢弃输入。',
      },
    ],
    why: [
      {
        q: { en: 'Why do plain RNNs have vanishing (or exploding) gradients?', 'zh-cn': '为什么普通 RNN 会梯度消失（或爆炸）？' },
        a: {
          en: 'The gradient from step t back to step t − k is a product of k Jacobians, each diag(1 − h²)·W_hh. If their norms are below 1 the product shrinks exponentially in k (tanh′ ≤ 1 makes this the usual case); above 1 it blows up. Clipping (torch.nn.utils.clip_grad_norm_) tames explosions; the additive state updates of LSTM and GRU address vanishing.',
          'zh-cn': '从第 t 步传回第 t − k 步的梯度是 k 个雅可比矩阵的乘积，每个都是 diag(1 − h²)·W_hh。它们的范数小于 1 时，乘积随 k 指数缩小（tanh′ ≤ 1 使这成为常见情况）；大于 1 时则爆炸。梯度裁剪（torch.nn.utils.clip_grad_norm_）可以抑制爆炸；LSTM 和 GRU 的加法式状态更新则用来缓解消失。',
        },
      },
    ],
    seeAlso: ['lstm', 'gru', 'tanh', 'embedding', 'transformer'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.RNN.html',
      keras: 'https://keras.io/api/layers/recurrent_layers/simple_rnn/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.RNN',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/SimpleRNN',
    },
  },
  {
    id: 'lstm',
    family: 'layers',
    title: { en: 'Long short-term memory (LSTM)', 'zh-cn': '长短期记忆网络（LSTM）' },
    summary: {
      en: 'An LSTM is an RNN with a separate cell state c and three sigmoid gates: the forget gate decides what to keep of c, the input gate what to write, the output gate what to expose as h. Because c is updated by addition (c_t = f⊙c_{t−1} + i⊙g) rather than by a full matrix multiply, information and gradients can survive many steps. It was the standard sequence model for text, speech and time series before Transformers.',
      'zh-cn': 'LSTM 是带有独立细胞状态 c 和三个 sigmoid 门的 RNN：遗忘门决定保留多少 c，输入门决定写入什么，输出门决定把什么作为 h 输出。由于 c 通过加法更新（c_t = f⊙c_{t−1} + i⊙g）而不是整体的矩阵乘法，信息和梯度能跨越很多时间步保留下来。在 Transformer 之前，它是文本、语音和时间序列的标准序列模型。',
    },
    formula: String.raw`\begin{aligned} i_t &= \sigma(W_{ii} x_t + b_{ii} + W_{hi} h_{t-1} + b_{hi}), \quad f_t = \sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf}) \\ g_t &= \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg}), \quad o_t = \sigma(W_{io} x_t + b_{io} + W_{ho} h_{t-1} + b_{ho}) \\ c_t &= f_t \odot c_{t-1} + i_t \odot g_t, \qquad h_t = o_t \odot \tanh(c_t) \end{aligned}`,
    formulaText:
      'i, f, o = σ(W_i·x_t + U_i·h_{t−1} + b) (input, forget, output gates); g = tanh(W_g·x_t + U_g·h_{t−1} + b) (candidate); c_t = f ⊙ c_{t−1} + i ⊙ g; h_t = o ⊙ tanh(c_t)  (⊙ element-wise; PyTorch has two biases b_i* and b_h* per gate)',
    shapes: {
      en: 'PyTorch nn.LSTM: input (L, N, H_in) or (N, L, H_in) with batch_first=True; returns output, (h_n, c_n) with output (L, N, D·H_out) (batch_first: (N, L, D·H_out)) and h_n, c_n (D·num_layers, N, H) regardless of batch_first. Parameters per layer and direction: 4·(H·H_in + H·H + 2H) in PyTorch, e.g. H_in = 100, H = 128 → 117,760; Keras has one bias, 4·(H·(H_in + H) + H) = 117,248. Keras LSTM(units): (N, T, F) → (N, units); return_sequences=True → (N, T, units); return_state=True adds h and c.',
      'zh-cn': 'PyTorch nn.LSTM：输入 (L, N, H_in)，batch_first=True 时为 (N, L, H_in)；返回 output, (h_n, c_n)，其中 output 为 (L, N, D·H_out)（batch_first 时为 (N, L, D·H_out)），h_n、c_n 不论 batch_first 都是 (D·num_layers, N, H)。每层每个方向的参数量：PyTorch 为 4·(H·H_in + H·H + 2H)，例如 H_in = 100、H = 128 → 117,760；Keras 只有一个偏置，4·(H·(H_in + H) + H) = 117,248。Keras LSTM(units)：(N, T, F) → (N, units)；return_sequences=True → (N, T, units)；return_state=True 时额外返回 h 和 c。',
    },
    params: [
      {
        name: 'hidden_size',
        meaning: { en: 'Size of h and c.', 'zh-cn': 'h 和 c 的维度。' },
        defaults: { pytorch: 'required', keras: 'required (units)', flax: 'required (features, LSTMCell)' },
      },
      {
        name: 'num_layers',
        meaning: { en: 'Number of stacked LSTM layers.', 'zh-cn': '堆叠的 LSTM 层数。' },
        defaults: { pytorch: '1' },
      },
      {
        name: 'batch_first',
        meaning: { en: 'Input/output as (N, L, H) instead of (L, N, H); does not apply to h_n/c_n.', 'zh-cn': '输入/输出用 (N, L, H) 而不是 (L, N, H)；对 h_n/c_n 不起作用。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'bidirectional',
        meaning: { en: 'Add a backward LSTM; outputs are concatenated (2·H).', 'zh-cn': '增加一个反向 LSTM；输出拼接（2·H）。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'return_sequences',
        meaning: { en: 'Keras: return every step\'s h instead of only the last one.', 'zh-cn': 'Keras：返回每一步的 h，而不是只返回最后一步。' },
        defaults: { keras: 'False' },
      },
      {
        name: 'unit_forget_bias',
        meaning: { en: 'Keras: add 1 to the forget-gate bias at init, so the cell starts by remembering.', 'zh-cn': 'Keras：初始化时给遗忘门偏置加 1，让细胞一开始倾向于“记住”。' },
        defaults: { keras: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'batch_first defaults to False: a (N, L, H) batch is silently read as (L, N, H). And h_n is (num_layers·D, N, H) even with batch_first=True — the last layer\'s final state is h_n[-1]; for a bidirectional LSTM concatenate h_n[-2] and h_n[-1].',
        'zh-cn': 'batch_first 默认为 False：(N, L, H) 的 batch 会被悄悄当作 (L, N, H)。而且即使 batch_first=True，h_n 也是 (num_layers·D, N, H)——最后一层的最终状态是 h_n[-1]；双向 LSTM 要把 h_n[-2] 和 h_n[-1] 拼接起来。',
      },
      {
        en: 'The initial state is a tuple: call lstm(x, (h0, c0)), not lstm(x, h0) — the latter indexes h0 as if it were the tuple and fails with "For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors". Both are (num_layers·D, N, H).',
        'zh-cn': '初始状态是元组：要写 lstm(x, (h0, c0))，而不是 lstm(x, h0)——后者会把 h0 当成元组来索引，报 "For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors"。两者形状都是 (num_layers·D, N, H)。',
      },
      {
        en: 'Carrying (h, c) across batches (truncated BPTT) without detaching makes backward() run into the previous batch\'s freed graph: "Trying to backward through the graph a second time". Detach the state between batches: h, c = h.detach(), c.detach().',
        'zh-cn': '跨 batch 传递 (h, c)（截断 BPTT）却没有 detach，backward() 会追溯到上一个 batch 已释放的计算图："Trying to backward through the graph a second time"。在 batch 之间 detach 状态：h, c = h.detach(), c.detach()。',
      },
    ],
    why: [
      {
        q: { en: 'Why does the LSTM cell state ease vanishing gradients?', 'zh-cn': '为什么 LSTM 的细胞状态能缓解梯度消失？' },
        a: {
          en: 'Along the cell path c_t = f_t⊙c_{t−1} + i_t⊙g_t, so ∂c_t/∂c_{t−1} is (directly) just the element-wise forget gate f_t, not a matrix times tanh′ as in a plain RNN. When the network learns f ≈ 1 for a unit, its gradient passes many steps almost unchanged — the same idea as a residual connection, across time. Initializing the forget bias to 1 (Keras unit_forget_bias=True) starts training in that regime.',
          'zh-cn': '沿细胞路径 c_t = f_t⊙c_{t−1} + i_t⊙g_t，所以 ∂c_t/∂c_{t−1}（直接项）只是逐元素的遗忘门 f_t，而不像普通 RNN 那样是矩阵乘以 tanh′。网络对某个单元学到 f ≈ 1 时，它的梯度能几乎不变地穿过很多时间步——这与残差连接是同一个思想，只是沿时间方向。把遗忘门偏置初始化为 1（Keras 的 unit_forget_bias=True）让训练一开始就处于这种状态。',
        },
      },
      {
        q: { en: 'Why sigmoid for the gates and tanh for the candidate?', 'zh-cn': '为什么门用 sigmoid，候选值用 tanh？' },
        a: {
          en: 'A gate is a soft switch: σ outputs in (0, 1), a fraction to keep or let through. The candidate g is content to add, so tanh gives values in (−1, 1) of either sign, letting the cell increase or decrease.',
          'zh-cn': '门是一个“软开关”：σ 的输出在 (0, 1) 之间，表示保留或放行的比例。候选值 g 是要写入的内容，所以用 tanh 得到 (−1, 1) 之间、可正可负的值，让细胞状态既能增大也能减小。',
        },
      },
    ],
    seeAlso: ['rnn', 'gru', 'sigmoid', 'tanh', 'residual'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LSTM.html',
      keras: 'https://keras.io/api/layers/recurrent_layers/lstm/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.LSTMCell',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/LSTM',
    },
  },
  {
    id: 'gru',
    family: 'layers',
    title: { en: 'Gated recurrent unit (GRU)', 'zh-cn': '门控循环单元（GRU）' },
    summary: {
      en: 'A GRU is a lighter gated RNN: it has no separate cell state, only h, and two gates. The update gate z interpolates between keeping the old state and taking a new candidate; the reset gate r decides how much of the old state feeds into that candidate. With three weight blocks instead of the LSTM\'s four it has about 25% fewer parameters and often performs similarly.',
      'zh-cn': 'GRU 是更轻量的门控 RNN：没有单独的细胞状态，只有 h 和两个门。更新门 z 在“保留旧状态”和“采用新候选值”之间插值；重置门 r 决定旧状态有多少参与计算候选值。它有三组权重而不是 LSTM 的四组，参数约少 25%，效果通常相近。',
    },
    formula: String.raw`\begin{aligned} r_t &= \sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr}), \quad z_t = \sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz}) \\ n_t &= \tanh\!\left(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn})\right), \qquad h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1} \end{aligned}`,
    formulaText:
      'r = σ(W_ir·x_t + b_ir + W_hr·h_{t−1} + b_hr) (reset); z = σ(W_iz·x_t + b_iz + W_hz·h_{t−1} + b_hz) (update); n = tanh(W_in·x_t + b_in + r ⊙ (W_hn·h_{t−1} + b_hn)); h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}  (PyTorch; Keras reset_after=True is the same form)',
    shapes: {
      en: 'PyTorch nn.GRU: input (L, N, H_in), or (N, L, H_in) with batch_first=True; returns output (L, N, D·H) (batch_first: (N, L, D·H)) and h_n (D·num_layers, N, H) regardless of batch_first. Parameters per layer and direction: 3·(H·H_in + H·H + 2H). Keras GRU(units): (N, T, F) → (N, units), or (N, T, units) with return_sequences=True.',
      'zh-cn': 'PyTorch nn.GRU：输入 (L, N, H_in)，batch_first=True 时为 (N, L, H_in)；返回 output (L, N, D·H)（batch_first 时为 (N, L, D·H)）和 h_n，h_n 不论 batch_first 都是 (D·num_layers, N, H)。每层每个方向的参数量：3·(H·H_in + H·H + 2H)。Keras GRU(units)：(N, T, F) → (N, units)，return_sequences=True 时为 (N, T, units)。',
    },
    params: [
      {
        name: 'hidden_size',
        meaning: { en: 'Size of the hidden state h.', 'zh-cn': '隐藏状态 h 的维度。' },
        defaults: { pytorch: 'required', keras: 'required (units)', flax: 'required (features, GRUCell)' },
      },
      {
        name: 'num_layers',
        meaning: { en: 'Number of stacked GRU layers.', 'zh-cn': '堆叠的 GRU 层数。' },
        defaults: { pytorch: '1' },
      },
      {
        name: 'batch_first',
        meaning: { en: 'Input/output as (N, L, H) instead of (L, N, H); not applied to h_n.', 'zh-cn': '输入/输出用 (N, L, H) 而不是 (L, N, H)；对 h_n 不起作用。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'bidirectional',
        meaning: { en: 'Add a backward GRU; outputs are concatenated (2·H).', 'zh-cn': '增加一个反向 GRU；输出拼接（2·H）。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'reset_after',
        meaning: {
          en: 'Keras: apply the reset gate after the recurrent matmul (r ⊙ (W_hn·h + b_hn), as PyTorch and cuDNN do) with separate input and recurrent biases; False is the original formulation, r applied to h before the matmul.',
          'zh-cn': 'Keras：在循环矩阵乘之后应用重置门（r ⊙ (W_hn·h + b_hn)，与 PyTorch 和 cuDNN 一致），输入和循环各有一组偏置；False 为原始形式，先把 r 乘到 h 上再做矩阵乘。',
        },
        defaults: { keras: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Porting GRU weights between Keras and PyTorch: the gate blocks are stacked in different orders — PyTorch weight_ih_l0 is (r, z, n), the Keras kernel is (z, r, h) — and the Keras kernel is (in, 3H), transposed. Reorder and transpose the blocks; weights from a reset_after=False model cannot be used in PyTorch at all, because the formula differs.',
        'zh-cn': '在 Keras 和 PyTorch 之间迁移 GRU 权重：门的堆叠顺序不同——PyTorch 的 weight_ih_l0 是 (r, z, n)，Keras 的 kernel 是 (z, r, h)——而且 Keras kernel 形状为 (in, 3H)，是转置的。需要重排并转置各块；reset_after=False 的模型权重根本无法用于 PyTorch，因为公式不同。',
      },
      {
        en: 'Same shape traps as every PyTorch RNN: batch_first=False by default (a (N, L, H) batch is read as time-major without error), and h_n stays (num_layers·D, N, H) even with batch_first=True.',
        'zh-cn': '与所有 PyTorch RNN 一样的形状陷阱：batch_first 默认为 False（(N, L, H) 的 batch 会被无报错地当作时间在前），并且即使 batch_first=True，h_n 仍是 (num_layers·D, N, H)。',
      },
    ],
    why: [
      {
        q: { en: 'Why can a GRU drop the LSTM\'s cell state?', 'zh-cn': '为什么 GRU 可以去掉 LSTM 的细胞状态？' },
        a: {
          en: 'h_t = (1 − z)⊙n + z⊙h_{t−1} is itself an additive, gated path: where z ≈ 1 the state (and its gradient) is copied forward unchanged, which is what the LSTM\'s forget gate and cell provide. A single gate z plays both the forget and the input role (they sum to 1), so one state and three weight blocks suffice.',
          'zh-cn': 'h_t = (1 − z)⊙n + z⊙h_{t−1} 本身就是一条加法式的门控路径：z ≈ 1 的地方，状态（及其梯度）被原样向前复制，这正是 LSTM 的遗忘门和细胞状态提供的能力。一个门 z 同时承担遗忘和输入两个角色（两者之和为 1），所以一个状态、三组权重就够了。',
        },
      },
    ],
    seeAlso: ['lstm', 'rnn', 'sigmoid', 'tanh'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.GRU.html',
      keras: 'https://keras.io/api/layers/recurrent_layers/gru/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.GRUCell',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/GRU',
    },
  },
];
