/**
 * Regularization cards: dropout, L1 and L2 penalties, early stopping. Weight decay lives with the optimizers
 * (optimizers.ts) because frameworks implement it inside the optimizer step.
 */
import type { Card, WhyQA } from './types';

/** The notes' overfitting question, carried by every regularization card (and weight decay's). */
export const OVERFITTING_QA: WhyQA = {
  q: { en: 'How do you reduce overfitting, and why does each remedy work?', 'zh-cn': '如何减少过拟合？每种方法为什么有效？' },
  a: {
    en: "Overfitting is fitting noise specific to the training set. Dropout randomly removes units so no feature can rely on particular others (an implicit ensemble). Normalization (BatchNorm, LayerNorm) keeps activations in a stable range, and BatchNorm's batch statistics add a little regularizing noise. Regularization penalizes large weights: L2 adds λθ² and L1 adds λ|θ| to the loss (L1 drives weights to exactly 0), or weight decay shrinks the weights directly by λ each step. More data, or augmentation, makes memorizing harder and covers more of the true distribution. Early stopping halts when validation loss stops improving, before the noise is learned.",
    'zh-cn': "过拟合就是拟合了训练集特有的噪声。Dropout 随机去掉神经元，使任何特征都不能依赖特定的其他特征（相当于隐式集成）。归一化（BatchNorm、LayerNorm）让激活保持在稳定范围内，BatchNorm 的 batch 统计量还带来少量起正则作用的噪声。正则化惩罚大权重：L2 在损失上加 λθ²，L1 加 λ|θ|（L1 会把权重压到恰好为 0），或者用权重衰减每步直接按 λ 收缩权重。更多数据（或数据增强）让死记硬背更难，也更接近真实分布。早停在验证损失不再下降时停止训练，赶在模型学到噪声之前。",
  },
};

export const REGULARIZATION_CARDS: Card[] = [
  // ------------------------------------------------------------------------------------------ dropout
  {
    id: 'dropout',
    family: 'regularization',
    title: { en: 'Dropout', 'zh-cn': 'Dropout（随机失活）' },
    summary: {
      en: "During training, dropout zeroes each activation independently with probability p and scales the survivors by 1/(1−p), so the expected activation is unchanged; at inference it does nothing. Because any unit may vanish, the network cannot rely on fragile co-adapted features and in effect trains an ensemble of thinned sub-networks that share weights. It is placed after dense and attention layers (p ≈ 0.1 in Transformers, 0.5 in classic fully connected heads).",
      'zh-cn': "训练时，dropout 以概率 p 独立地把每个激活置零，并把保留下来的乘以 1/(1−p)，使激活的期望不变；推理时它什么也不做。由于任何神经元都可能消失，网络无法依赖脆弱的、相互配合的特征，实际上是在训练一组共享权重的“变瘦”子网络的集成。它通常放在全连接层和注意力层之后（Transformer 中 p ≈ 0.1，经典的全连接分类头中为 0.5）。",
    },
    formula: String.raw`y = \frac{m \odot x}{1-p},\quad m_i \sim \mathrm{Bernoulli}(1-p)\quad \text{(training)};\qquad y = x \quad \text{(inference)}`,
    formulaText: 'training: yᵢ = mᵢ·xᵢ/(1 − p), mᵢ ~ Bernoulli(1 − p), i.e. each element is kept with probability 1 − p;  inference: y = x   (p = drop probability; Dropout2d / SpatialDropout drop whole channels)',
    shapes: {
      en: "Any input → same shape (element-wise). Dropout2d / SpatialDropout2D zero whole channels: one mask value per (N, C), broadcast over H and W (NCHW in PyTorch, channels-last (N, H, W, C) in Keras). Keras noise_shape and Flax broadcast_dims choose which axes share a mask value.",
      'zh-cn': "任意输入 → 同形输出（逐元素）。Dropout2d / SpatialDropout2D 整个通道一起置零：每个 (N, C) 一个掩码值，在 H、W 上广播（PyTorch 为 NCHW，Keras 为通道在后的 (N, H, W, C)）。Keras 的 noise_shape 和 Flax 的 broadcast_dims 指定哪些轴共享同一个掩码值。",
    },
    params: [
      {
        name: 'p',
        meaning: { en: 'Probability of dropping each element (Keras/Flax/TF call it rate).', 'zh-cn': '每个元素被丢弃的概率（Keras/Flax/TF 中叫 rate）。' },
        defaults: { pytorch: '0.5', keras: 'required (rate)', flax: 'required (rate)', tensorflow: 'required (rate, tf.nn.dropout)' },
      },
      {
        name: 'training',
        meaning: {
          en: "Whether dropout is active. nn.Dropout follows model.train()/eval(); F.dropout uses its own argument; Keras layers get training=True inside fit(); Flax uses deterministic.",
          'zh-cn': "是否启用 dropout。nn.Dropout 跟随 model.train()/eval()；F.dropout 用它自己的参数；Keras 层在 fit() 中收到 training=True；Flax 用 deterministic 控制。",
        },
        defaults: { pytorch: 'True (F.dropout)', keras: 'False (call argument; fit() passes True)', flax: 'None (deterministic)' },
      },
      {
        name: 'noise_shape',
        meaning: { en: 'Shape of the mask; size-1 axes share one value (e.g. per-channel dropout).', 'zh-cn': '掩码的形状；大小为 1 的轴共享同一个值（例如按通道 dropout）。' },
        defaults: { keras: 'None', tensorflow: 'None', flax: '() (broadcast_dims)' },
      },
    ],
    pitfalls: [
      {
        en: "F.dropout(x, p) defaults to training=True, so in a custom forward() it keeps dropping at inference even after model.eval(). Pass training=self.training, or use an nn.Dropout module.",
        'zh-cn': "F.dropout(x, p) 默认 training=True，所以在自定义的 forward() 里，即使调用了 model.eval()，推理时它仍在丢弃。应传 training=self.training，或改用 nn.Dropout 模块。",
      },
      {
        en: "Forgetting model.eval() before validation or export: nn.Dropout stays active, predictions become random and the validation loss looks noisy and too high. In Keras and Flax make sure inference runs with training=False / deterministic=True.",
        'zh-cn': "验证或导出前忘了 model.eval()：nn.Dropout 仍然生效，预测带有随机性，验证损失看起来又抖又偏高。Keras 和 Flax 中要确保推理时 training=False / deterministic=True。",
      },
      {
        en: "p is the drop probability in PyTorch and rate in Keras/Flax/TF 2, but TensorFlow 1's tf.nn.dropout took keep_prob: porting keep_prob=0.9 as rate=0.9 drops 90% of the units.",
        'zh-cn': "PyTorch 的 p 和 Keras/Flax/TF 2 的 rate 都是丢弃概率，但 TensorFlow 1 的 tf.nn.dropout 参数是 keep_prob：把 keep_prob=0.9 照搬成 rate=0.9 会丢掉 90% 的神经元。",
      },
      {
        en: "Flax nn.Dropout needs a 'dropout' PRNG key (rngs={'dropout': key}) when deterministic=False, and a fresh key every step; reusing one key applies the same mask at every step.",
        'zh-cn': "Flax 的 nn.Dropout 在 deterministic=False 时需要 'dropout' 随机数 key（rngs={'dropout': key}），而且每一步都要用新 key；重复使用同一个 key 会让每一步都用同一个掩码。",
      },
    ],
    why: [
      {
        q: { en: 'Why does dropout reduce overfitting?', 'zh-cn': 'dropout 为什么能减轻过拟合？' },
        a: {
          en: "A unit cannot count on any particular other unit being present, so it must learn features that are useful on their own and redundant across the layer. Training thus averages over exponentially many thinned networks with shared weights, and using the full network with expected activations at test time approximates averaging their predictions.",
          'zh-cn': "一个神经元无法指望任何特定的其他神经元一定存在，只能学习单独也有用、在层内有冗余的特征。训练因此相当于在指数多个共享权重的子网络上取平均，测试时用完整网络和期望激活，近似于对这些子网络的预测取平均。",
        },
      },
      {
        q: { en: 'Why divide by (1 − p) during training?', 'zh-cn': '为什么训练时要除以 (1 − p)？' },
        a: {
          en: "So that E[y] = x. At inference every unit is present; without the rescaling the next layer would see inputs (1 − p) times smaller in training than at test time. PyTorch, Keras and Flax all use this inverted dropout, so nothing is rescaled at inference.",
          'zh-cn': "为了让 E[y] = x。推理时所有神经元都在；如果不缩放，下一层在训练时看到的输入会比测试时小 (1 − p) 倍。PyTorch、Keras 和 Flax 都采用这种 inverted dropout，所以推理时无需任何缩放。",
        },
      },
      OVERFITTING_QA,
    ],
    seeAlso: ['l2-regularization', 'weight-decay', 'early-stopping', 'batch-norm', 'layer-norm'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Dropout.html',
      keras: 'https://keras.io/api/layers/regularization_layers/dropout/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html#flax.linen.Dropout',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/dropout',
    },
  },

  // -------------------------------------------------------------------------------- l1-regularization
  {
    id: 'l1-regularization',
    family: 'regularization',
    title: { en: 'L1 regularization', 'zh-cn': 'L1 正则化' },
    summary: {
      en: "L1 regularization adds λ·Σ|θ| to the loss. Its gradient has the constant size λ·sign(θ) however small the weight is, so it pushes weights all the way to exactly zero and produces sparse models, in effect selecting features. It is the penalty behind Lasso; in deep learning it is used less than L2 but helps when you want sparse weights or activations.",
      'zh-cn': "L1 正则化在损失上加 λ·Σ|θ|。它的梯度大小恒为 λ·sign(θ)，与权重多小无关，所以会把权重一直推到恰好为 0，得到稀疏模型，相当于做了特征选择。它是 Lasso 背后的惩罚项；在深度学习中用得比 L2 少，但在需要稀疏权重或稀疏激活时很有用。",
    },
    formula: String.raw`L_{\text{total}} = L_{\text{data}} + \lambda \sum_i \lvert\theta_i\rvert,\qquad \frac{\partial}{\partial\theta_i}\,\lambda\lvert\theta_i\rvert = \lambda\,\operatorname{sign}(\theta_i)`,
    formulaText: 'L = L_data + λ·Σ|θᵢ|   (sum over the regularized weights; gradient λ·sign(θᵢ), a subgradient at 0)',
    shapes: {
      en: "Takes a weight tensor of any shape and returns a scalar added to the loss. Keras: kernel_regularizer=keras.regularizers.L1(l1) on a layer (collected in model.losses). sklearn Lasso: X (n_samples, n_features), y (n_samples,) → coef_ (n_features,) with many exact zeros. PyTorch has no built-in option: add the term to the loss yourself.",
      'zh-cn': "输入任意形状的权重张量，返回一个加到损失上的标量。Keras：在层上设 kernel_regularizer=keras.regularizers.L1(l1)（汇总到 model.losses）。sklearn Lasso：X (n_samples, n_features)、y (n_samples,) → coef_ (n_features,)，其中很多恰好为 0。PyTorch 没有内置选项：需要自己把这一项加到损失里。",
    },
    params: [
      {
        name: 'l1',
        meaning: { en: 'λ: strength of the penalty.', 'zh-cn': 'λ：惩罚强度。' },
        defaults: { keras: '0.01', sklearn: '1.0 (alpha, Lasso)', xgboost: '0 (alpha / reg_alpha)', lightgbm: '0.0 (reg_alpha / lambda_l1)' },
      },
      {
        name: 'l1_ratio',
        meaning: { en: 'Mix between L1 (1.0) and L2 (0.0) in elastic-net style penalties.', 'zh-cn': 'elastic-net 式惩罚中 L1（1.0）与 L2（0.0）的混合比例。' },
        defaults: { sklearn: '0.5 (ElasticNet); 0.0 (LogisticRegression)' },
      },
    ],
    pitfalls: [
      {
        en: "Plain (sub)gradient descent on λ|θ| rarely gives exact zeros: weights oscillate around 0 with step γλ. Exact sparsity comes from proximal or coordinate-descent solvers (sklearn Lasso, saga) or from thresholding afterwards.",
        'zh-cn': "对 λ|θ| 做普通（次）梯度下降很少得到恰好为 0 的权重：权重会以 γλ 的步长在 0 附近来回振荡。真正的稀疏来自近端或坐标下降求解器（sklearn 的 Lasso、saga），或事后做阈值截断。",
      },
      {
        en: "PyTorch optimizers have no L1 option (weight_decay is L2): add lam * sum(p.abs().sum() for p in model.parameters()) to the loss, usually skipping biases and normalization parameters.",
        'zh-cn': "PyTorch 优化器没有 L1 选项（weight_decay 是 L2）：需要把 lam * sum(p.abs().sum() for p in model.parameters()) 加到损失上，通常要跳过 bias 和归一化层参数。",
      },
      {
        en: "The strength is scaled differently in each library: sklearn Lasso minimizes (1/(2n))·‖y − Xw‖² + α‖w‖₁, Keras adds l1·Σ|w| to a batch-mean loss, XGBoost's alpha acts on leaf weights. The same number is not the same penalty across libraries.",
        'zh-cn': "各库对强度的缩放方式不同：sklearn 的 Lasso 最小化 (1/(2n))·‖y − Xw‖² + α‖w‖₁，Keras 把 l1·Σ|w| 加到按 batch 平均的损失上，XGBoost 的 alpha 作用在叶子权重上。同一个数值在不同库里并不是同样的惩罚。",
      },
      {
        en: "Unscaled features: L1 penalizes all coefficients equally, so a feature measured in large units needs only a small coefficient and survives while one in small units is zeroed. Standardize features before Lasso.",
        'zh-cn': "特征没有缩放：L1 对所有系数一视同仁，数值单位大的特征只需很小的系数就能保留，单位小的特征反而被压成 0。做 Lasso 之前先标准化特征。",
      },
    ],
    why: [
      {
        q: { en: 'Why does L1 produce exact zeros when L2 does not?', 'zh-cn': '为什么 L1 会产生恰好为 0 的权重，而 L2 不会？' },
        a: {
          en: "L2's pull, 2λθ, fades as θ → 0, so weights become small but stay non-zero. L1's pull is λ·sign(θ), the same strength at any size, so any weight whose data gradient is weaker than λ is driven to exactly 0. Geometrically, the L1 ball has corners on the axes, and the constrained optimum tends to land on them.",
          'zh-cn': "L2 的拉力 2λθ 随 θ → 0 而减弱，所以权重会变小但不会为 0。L1 的拉力是 λ·sign(θ)，无论权重大小都一样强，所以数据梯度弱于 λ 的权重会被压到恰好为 0。从几何上看，L1 球在坐标轴上有尖角，带约束的最优解往往正好落在尖角上。",
        },
      },
      OVERFITTING_QA,
    ],
    seeAlso: ['l2-regularization', 'lasso-regression', 'elastic-net', 'weight-decay', 'feature-scaling'],
    docs: {
      keras: 'https://keras.io/api/layers/regularizers/',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.Lasso.html',
      xgboost: 'https://xgboost.readthedocs.io/en/stable/parameter.html',
      lightgbm: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html',
    },
  },

  // -------------------------------------------------------------------------------- l2-regularization
  {
    id: 'l2-regularization',
    family: 'regularization',
    title: { en: 'L2 regularization', 'zh-cn': 'L2 正则化' },
    summary: {
      en: "L2 regularization adds λ·Σθ² to the loss, so the gradient gains a term 2λθ that pulls every weight towards zero in proportion to its size. Large weights are penalized most, giving smoother functions that are less sensitive to noise in the inputs; weights become small but rarely exactly zero. With plain SGD it is the same as weight decay; PyTorch's optimizer weight_decay implements it as λθ added to the gradient (a penalty λ/2·‖θ‖²).",
      'zh-cn': "L2 正则化在损失上加 λ·Σθ²，于是梯度多出一项 2λθ，按权重大小成比例地把每个权重拉向 0。越大的权重受到的惩罚越重，得到的函数更平滑、对输入噪声更不敏感；权重会变小，但很少恰好为 0。对普通 SGD 它与权重衰减等价；PyTorch 优化器的 weight_decay 就是把 λθ 加到梯度上来实现它（对应惩罚 λ/2·‖θ‖²）。",
    },
    formula: String.raw`L_{\text{total}} = L_{\text{data}} + \lambda \sum_i \theta_i^2,\qquad \nabla_\theta L_{\text{total}} = \nabla_\theta L_{\text{data}} + 2\lambda\,\theta`,
    formulaText: 'L = L_data + λ·Σθᵢ²   (the gradient gains 2λθ; a torch optimizer\'s weight_decay=wd adds wd·θ, i.e. the penalty (wd/2)·Σθ²)',
    shapes: {
      en: "Takes weight tensors of any shape and returns a scalar added to the loss (Keras: kernel_regularizer=keras.regularizers.L2(l2), collected in model.losses). sklearn Ridge: X (n_samples, n_features), y → coef_ (n_features,) or (n_targets, n_features).",
      'zh-cn': "输入任意形状的权重张量，返回一个加到损失上的标量（Keras：kernel_regularizer=keras.regularizers.L2(l2)，汇总到 model.losses）。sklearn Ridge：X (n_samples, n_features)、y → coef_ (n_features,) 或 (n_targets, n_features)。",
    },
    params: [
      {
        name: 'l2',
        meaning: { en: 'λ: strength of the penalty.', 'zh-cn': 'λ：惩罚强度。' },
        defaults: {
          keras: '0.01',
          sklearn: '1.0 (alpha, Ridge)',
          pytorch: '0 (weight_decay in the optimizer)',
          xgboost: '1 (lambda / reg_lambda)',
          lightgbm: '0.0 (reg_lambda / lambda_l2)',
        },
      },
      {
        name: 'C',
        meaning: { en: 'sklearn classifiers use C = 1/λ: a smaller C means stronger L2.', 'zh-cn': 'sklearn 分类器用 C = 1/λ：C 越小 L2 越强。' },
        defaults: { sklearn: '1.0 (LogisticRegression, SVC)' },
      },
    ],
    pitfalls: [
      {
        en: "Porting between Keras and PyTorch: keras.regularizers.L2(l2) adds l2·Σθ² (gradient 2·l2·θ), while weight_decay=wd in a torch optimizer adds wd·θ to the gradient. L2(1e-4) corresponds to weight_decay=2e-4 (for SGD), not 1e-4.",
        'zh-cn': "在 Keras 和 PyTorch 之间迁移：keras.regularizers.L2(l2) 加的是 l2·Σθ²（梯度为 2·l2·θ），而 torch 优化器的 weight_decay=wd 是把 wd·θ 加到梯度上。L2(1e-4) 对应的是 weight_decay=2e-4（对 SGD 而言），而不是 1e-4。",
      },
      {
        en: "Adam or RMSprop with L2 (PyTorch weight_decay on Adam, or an L2 term in the loss) is not weight decay: the penalty's gradient is divided by √v̂, so weights with large gradients are regularized least. Use AdamW for decoupled decay.",
        'zh-cn': "Adam 或 RMSprop 加 L2（PyTorch 中 Adam 的 weight_decay，或在损失里加 L2 项）并不是权重衰减：惩罚项的梯度会被 √v̂ 除，梯度大的权重反而正则得最少。需要解耦衰减时用 AdamW。",
      },
      {
        en: "sklearn's C is the inverse of the strength (LogisticRegression, SVC): raising C weakens regularization, the opposite of raising alpha in Ridge.",
        'zh-cn': "sklearn 的 C 是强度的倒数（LogisticRegression、SVC）：调大 C 是减弱正则，与 Ridge 中调大 alpha 正好相反。",
      },
      {
        en: "Penalizing biases and normalization gains: they do not cause overfitting the way weights do, and shrinking LayerNorm/BatchNorm γ can hurt. Exclude them (Keras: set only kernel_regularizer; PyTorch: a param group with weight_decay=0).",
        'zh-cn': "对 bias 和归一化层的增益做惩罚：它们不像权重那样导致过拟合，压缩 LayerNorm/BatchNorm 的 γ 反而可能有害。应排除它们（Keras：只设 kernel_regularizer；PyTorch：weight_decay=0 的参数组）。",
      },
    ],
    why: [
      {
        q: { en: 'Why does an L2 penalty reduce overfitting?', 'zh-cn': 'L2 惩罚为什么能减轻过拟合？' },
        a: {
          en: "Fitting noise typically needs large, finely balanced weights that amplify small input differences. The pull 2λθ shrinks weights most along directions the data barely supports (in linear models the low-variance directions, as in Ridge), so the model keeps only the structure that consistently lowers the loss: a smoother function with lower variance, at the cost of a little bias.",
          'zh-cn': "拟合噪声通常需要很大、精细平衡的权重，把输入的微小差异放大。拉力 2λθ 在数据几乎不支持的方向上收缩得最多（在线性模型中就是方差小的方向，正如 Ridge），于是模型只保留能稳定降低损失的结构：函数更平滑、方差更低，代价是略微增加偏差。",
        },
      },
      {
        q: { en: 'Why does L2 equal weight decay for SGD but not for Adam?', 'zh-cn': '为什么对 SGD 来说 L2 等于权重衰减，对 Adam 却不是？' },
        a: {
          en: "SGD on L + (λ/2)‖θ‖² steps θ − γ(g + λθ) = (1 − γλ)θ − γg, which is exactly weight decay. Adam divides the whole gradient, including λθ, by √v̂, so the shrink differs per weight and is weakest where gradients are large; AdamW applies the decay outside that division.",
          'zh-cn': "对 L + (λ/2)‖θ‖² 做 SGD，一步是 θ − γ(g + λθ) = (1 − γλ)θ − γg，正好就是权重衰减。Adam 会把整个梯度（包括 λθ）除以 √v̂，于是每个权重的收缩程度不同，梯度越大的地方收缩越弱；AdamW 则把衰减放在这个除法之外。",
        },
      },
      OVERFITTING_QA,
    ],
    seeAlso: ['weight-decay', 'l1-regularization', 'ridge-regression', 'adamw', 'dropout'],
    docs: {
      keras: 'https://keras.io/api/layers/regularizers/',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.Ridge.html',
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.SGD.html',
      xgboost: 'https://xgboost.readthedocs.io/en/stable/parameter.html',
    },
  },

  // ----------------------------------------------------------------------------------- early-stopping
  {
    id: 'early-stopping',
    family: 'regularization',
    title: { en: 'Early stopping', 'zh-cn': '早停（early stopping）' },
    summary: {
      en: "Early stopping watches a validation metric during training and stops once it has not improved (by at least min_delta) for `patience` epochs, usually restoring the weights of the best epoch. Training loss keeps falling as the model starts to fit noise, but validation loss turns upward; stopping at its minimum keeps the model that generalizes best. It also saves compute and limits how far the weights move from their initialization, which acts like a regularizer.",
      'zh-cn': "早停在训练中监控一个验证指标，一旦它连续 patience 个 epoch 都没有改善（至少 min_delta）就停止训练，通常还会恢复最佳 epoch 的权重。模型开始拟合噪声时训练损失还在下降，验证损失却开始上升；在它的最低点停下，保留的就是泛化最好的模型。它还能节省算力，并限制权重离初始值走多远，起到类似正则化的作用。",
    },
    formula: String.raw`\text{stop at } t \text{ when } \min_{t-P < s \le t} L_{\text{val}}(\theta_s) > L^{*} - \delta,\quad L^{*} = \min_{s \le t-P} L_{\text{val}}(\theta_s);\qquad \text{return } \theta_{t^*},\ t^* = \arg\min_{s} L_{\text{val}}(\theta_s)`,
    formulaText: 'stop when none of the last P (= patience) epochs improved the best validation loss by more than δ (= min_delta); keep θ from the best epoch t* = argmin L_val',
    shapes: {
      en: "Consumes one scalar validation metric per epoch (or boosting round) and returns a stop signal and, optionally, the best weights or iteration. Keras: callbacks=[EarlyStopping(...)] in fit(). XGBoost: early_stopping_rounds plus an eval set, then best_iteration. LightGBM: callbacks=[lgb.early_stopping(stopping_rounds)]. sklearn MLP / SGD estimators: early_stopping=True holds out validation_fraction of the training data.",
      'zh-cn': "每个 epoch（或每轮 boosting）读入一个标量验证指标，输出是否停止，并可返回最佳权重或最佳迭代。Keras：在 fit() 中传 callbacks=[EarlyStopping(...)]。XGBoost：early_stopping_rounds 加验证集，之后读 best_iteration。LightGBM：callbacks=[lgb.early_stopping(stopping_rounds)]。sklearn 的 MLP / SGD 估计器：early_stopping=True 时从训练数据中留出 validation_fraction 作为验证集。",
    },
    params: [
      {
        name: 'patience',
        meaning: { en: 'Epochs (rounds) without improvement before stopping.', 'zh-cn': '连续多少个 epoch（轮）没有改善就停止。' },
        defaults: {
          keras: '0',
          xgboost: 'required (rounds, EarlyStopping; early_stopping_rounds)',
          lightgbm: 'required (stopping_rounds)',
          sklearn: '10 (n_iter_no_change, MLPClassifier)',
        },
      },
      {
        name: 'min_delta',
        meaning: { en: 'Smallest change that counts as an improvement.', 'zh-cn': '被视为改善的最小变化量。' },
        defaults: { keras: '0', xgboost: '0.0', lightgbm: '0.0' },
      },
      {
        name: 'monitor',
        meaning: { en: 'Which logged metric to watch.', 'zh-cn': '监控哪个记录的指标。' },
        defaults: { keras: "'val_loss'" },
      },
      {
        name: 'restore_best_weights',
        meaning: { en: 'Roll back to the best epoch when stopping.', 'zh-cn': '停止时回退到最佳 epoch 的权重。' },
        defaults: { keras: 'False', xgboost: 'False (save_best, EarlyStopping callback)' },
      },
      {
        name: 'early_stopping',
        meaning: { en: 'sklearn switch; validation_fraction (0.1) of the data is held out.', 'zh-cn': 'sklearn 的开关；会留出 validation_fraction（0.1）的数据做验证。' },
        defaults: { sklearn: 'False (MLPClassifier)' },
      },
    ],
    pitfalls: [
      {
        en: "keras.callbacks.EarlyStopping defaults to restore_best_weights=False: after stopping, the model holds the weights of the last epoch, patience epochs past the best one. Set restore_best_weights=True (or reload a ModelCheckpoint).",
        'zh-cn': "keras.callbacks.EarlyStopping 默认 restore_best_weights=False：停止后模型保留的是最后一个 epoch 的权重，比最佳 epoch 晚了 patience 个 epoch。应设 restore_best_weights=True（或重新加载 ModelCheckpoint）。",
      },
      {
        en: "patience=0 (the Keras default) stops at the first epoch without improvement, which noisy validation curves trigger almost at once. Use a patience of several epochs, and min_delta to ignore tiny improvements.",
        'zh-cn': "patience=0（Keras 默认值）会在第一个没有改善的 epoch 就停止，验证曲线一抖就会触发。应设几个 epoch 的 patience，并用 min_delta 忽略微小的改善。",
      },
      {
        en: "Early-stopping on the test set, or on the data used for the final report, leaks it into model selection and makes the reported score optimistic. Stop on a separate validation split and report on held-out test data.",
        'zh-cn': "用测试集（或最终报告所用的数据）做早停，会把它泄漏进模型选择，使报告的分数偏乐观。应在单独的验证集上早停，在留出的测试集上报告结果。",
      },
      {
        en: "xgboost.train() returns the model from the last round, not the best: predict with iteration_range=(0, bst.best_iteration + 1) (the sklearn wrappers XGBClassifier/XGBRegressor use the best iteration automatically).",
        'zh-cn': "xgboost.train() 返回的是最后一轮的模型而不是最佳模型：预测时要传 iteration_range=(0, bst.best_iteration + 1)（sklearn 接口的 XGBClassifier/XGBRegressor 会自动使用最佳迭代）。",
      },
    ],
    why: [
      {
        q: { en: 'Why does early stopping reduce overfitting?', 'zh-cn': '早停为什么能减轻过拟合？' },
        a: {
          en: "Gradient training first fits the broad patterns shared by most examples and only later the quirks of individual ones. Validation loss tracks the first but not the second, so its minimum marks the point where further steps mostly memorize noise. For a quadratic loss and a small learning rate, stopping after t steps behaves like an L2 penalty with λ ≈ 1/(γt): the weights cannot travel far from their initialization.",
          'zh-cn': "梯度训练先拟合大多数样本共有的大致规律，之后才拟合个别样本的特殊之处。验证损失能反映前者而反映不了后者，所以它的最低点标志着之后的训练主要是在记噪声。对二次损失和较小的学习率，训练 t 步后停止相当于 λ ≈ 1/(γt) 的 L2 惩罚：权重无法离初始值太远。",
        },
      },
      OVERFITTING_QA,
    ],
    seeAlso: ['cross-validation', 'train-test-split', 'lr-scheduler', 'l2-regularization', 'gradient-boosting'],
    docs: {
      keras: 'https://keras.io/api/callbacks/early_stopping/',
      xgboost: 'https://xgboost.readthedocs.io/en/stable/python/callbacks.html',
      lightgbm: 'https://lightgbm.readthedocs.io/en/latest/pythonapi/lightgbm.early_stopping.html',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html',
    },
  },
];
