/** Loss cards: regression (MSE, L1, Huber, Smooth L1), classification (BCE, BCE with logits, CE, NLL), KL and contrastive losses. */
import type { Card } from './types';

export const LOSSES_CARDS: Card[] = [
  {
    id: 'mse-loss',
    family: 'losses',
    title: { en: 'Mean squared error (MSE, L2 loss)', 'zh-cn': '均方误差（MSE，L2 损失）' },
    summary: {
      en: 'MSE averages the squared differences between predictions and targets. Squaring lets large errors dominate: the best constant prediction is the mean, and a single outlier can pull the whole fit. Its gradient 2(ŷ − y)/n shrinks as the error shrinks, so training slows down smoothly near the optimum. It is the default regression loss and the loss between predicted and true noise in diffusion models.',
      'zh-cn': 'MSE 对预测值与目标值之差的平方取平均。平方让大误差占主导：最优的常数预测是均值，一个离群点就能把整个拟合拉偏。它的梯度 2(ŷ − y)/n 随误差变小而变小，所以在最优点附近训练会平滑地放慢。它是回归任务的默认损失，也是扩散模型中预测噪声与真实噪声之间的损失。',
    },
    formula: String.raw`\mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n} (\hat{y}_i - y_i)^2, \qquad \frac{\partial\,\mathrm{MSE}}{\partial \hat{y}_i} = \frac{2}{n}(\hat{y}_i - y_i)`,
    formulaText: 'MSE = (1/n)·Σᵢ (ŷᵢ − yᵢ)²,  ∂MSE/∂ŷᵢ = 2(ŷᵢ − yᵢ)/n   (mean over all n elements with reduction=\'mean\')',
    shapes: {
      en: "PyTorch nn.MSELoss: input (*) and target of the same shape → scalar (reduction 'mean' or 'sum') or the same shape ('none'). Keras MeanSquaredError: y_true, y_pred (batch, d0, …, dN) → mean over the last axis per sample, then 'sum_over_batch_size'. sklearn mean_squared_error: y_true, y_pred (n_samples,) or (n_samples, n_outputs) → float (one value per output with multioutput='raw_values').",
      'zh-cn': "PyTorch nn.MSELoss：input (*) 与同形的 target → 标量（reduction 为 'mean' 或 'sum'），'none' 时输出同形。Keras MeanSquaredError：y_true、y_pred (batch, d0, …, dN) → 先对每个样本在最后一维取均值，再按 'sum_over_batch_size' 归约。sklearn mean_squared_error：y_true、y_pred 为 (n_samples,) 或 (n_samples, n_outputs) → float（multioutput='raw_values' 时每个输出一个值）。",
    },
    params: [
      {
        name: 'reduction',
        meaning: { en: "How per-element losses are combined: mean, sum, or none (keep them).", 'zh-cn': '逐元素损失的归约方式：取均值、求和或不归约（保留每个元素）。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'multioutput',
        meaning: { en: 'How sklearn combines the errors of several outputs (uniform average or raw per-output values).', 'zh-cn': 'sklearn 对多个输出的误差如何合并（等权平均或逐输出返回）。' },
        defaults: { sklearn: "'uniform_average'" },
      },
      {
        name: 'squared',
        meaning: { en: 'torchmetrics MeanSquaredError: False returns the root (RMSE) instead of MSE.', 'zh-cn': 'torchmetrics MeanSquaredError：设为 False 时返回均方根误差（RMSE）而不是 MSE。' },
        defaults: { torchmetrics: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Silent broadcasting: nn.MSELoss with input (N, 1) and target (N,) broadcasts both to (N, N) and trains on a wrong loss; PyTorch only warns that the target size differs from the input size. Squeeze or reshape so the shapes match exactly.',
        'zh-cn': '静默广播：nn.MSELoss 的 input 为 (N, 1)、target 为 (N,) 时，两者被广播成 (N, N)，训练的是错误的损失，PyTorch 只给出 target 尺寸与 input 不同的警告。先 squeeze 或 reshape，让两者形状完全一致。',
      },
      {
        en: 'optax.l2_loss is 0.5·(pred − target)² per element (no mean), half of optax.squared_error. Take jnp.mean yourself and remember the factor 0.5 when you compare loss values with PyTorch or Keras.',
        'zh-cn': 'optax.l2_loss 是逐元素的 0.5·(pred − target)²（不取均值），是 optax.squared_error 的一半。需要自己 jnp.mean，并且和 PyTorch 或 Keras 的损失值比较时记住这个 0.5 系数。',
      },
      {
        en: 'Outliers dominate: a target off by 100 costs 10,000, as much as ten thousand errors of 1. With noisy labels use HuberLoss / SmoothL1Loss or L1Loss.',
        'zh-cn': '离群点主导：偏差 100 的一个目标代价是 10,000，相当于一万个误差为 1 的样本。标签有噪声时改用 HuberLoss / SmoothL1Loss 或 L1Loss。',
      },
      {
        en: 'sklearn: the squared=False argument of mean_squared_error (for RMSE) was deprecated in 1.4 and removed in 1.6; call root_mean_squared_error instead.',
        'zh-cn': 'sklearn：mean_squared_error 的 squared=False（求 RMSE）在 1.4 弃用、1.6 移除，改用 root_mean_squared_error。',
      },
    ],
    why: [
      {
        q: { en: 'Why does MSE react to outliers more than MAE?', 'zh-cn': '为什么 MSE 比 MAE 对离群点更敏感？' },
        a: {
          en: 'The cost grows with the square of the error, so an error 10× larger costs 100×, and the gradient grows linearly with the error. The minimiser of squared error is the mean, which one extreme value moves; the minimiser of absolute error is the median, which it barely moves.',
          'zh-cn': '代价随误差的平方增长，误差大 10 倍代价大 100 倍，梯度也随误差线性增长。平方误差的最优解是均值，一个极端值就能移动它；绝对误差的最优解是中位数，几乎不受影响。',
        },
      },
      {
        q: { en: 'Why is MSE the natural loss for Gaussian noise (e.g. diffusion)?', 'zh-cn': '为什么 MSE 天然适合高斯噪声（例如扩散模型）？' },
        a: {
          en: 'The negative log-likelihood of a Gaussian with fixed variance is (ŷ − y)²/(2σ²) plus a constant, so minimising MSE is maximum likelihood under Gaussian noise. Diffusion models predict the added noise ε ~ N(0, I) and train with the MSE between predicted and true ε.',
          'zh-cn': '方差固定的高斯分布的负对数似然等于 (ŷ − y)²/(2σ²) 加常数，所以最小化 MSE 就是高斯噪声假设下的极大似然。扩散模型预测加入的噪声 ε ~ N(0, I)，用预测噪声与真实噪声之间的 MSE 训练。',
        },
      },
    ],
    seeAlso: ['l1-loss', 'huber-loss', 'smooth-l1-loss', 'diffusion-pipeline', 'psnr', 'linear-regression'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MSELoss.html',
      keras: 'https://keras.io/api/losses/regression_losses/#meansquarederror-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/losses/MeanSquaredError',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.squared_error',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.mean_squared_error.html',
    },
    demo: 'loss',
  },
  {
    id: 'l1-loss',
    family: 'losses',
    title: { en: 'Mean absolute error (MAE, L1 loss)', 'zh-cn': '平均绝对误差（MAE，L1 损失）' },
    summary: {
      en: 'MAE averages the absolute differences |ŷ − y|. Every error costs in proportion to its size, so outliers pull far less than under MSE and the best constant prediction is the median. The gradient is sign(ŷ − y)/n: the same size however close you are (PyTorch uses 0 at exactly 0), so it does not slow down near the target. Use it for robust regression and as a reporting metric in the target\'s own units.',
      'zh-cn': 'MAE 对绝对差 |ŷ − y| 取平均。每个误差的代价与其大小成正比，所以离群点的影响远小于 MSE，最优的常数预测是中位数。梯度是 sign(ŷ − y)/n：无论离目标多近，大小都一样（PyTorch 在恰好为 0 时取 0），因此在目标附近不会自动减速。适合鲁棒回归，也常作为与目标同单位的评价指标。',
    },
    formula: String.raw`\mathrm{MAE} = \frac{1}{n}\sum_{i=1}^{n} \lvert \hat{y}_i - y_i \rvert, \qquad \frac{\partial\,\mathrm{MAE}}{\partial \hat{y}_i} = \frac{1}{n}\,\mathrm{sign}(\hat{y}_i - y_i)`,
    formulaText: 'MAE = (1/n)·Σᵢ |ŷᵢ − yᵢ|,  ∂MAE/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n   (mean over all n elements with reduction=\'mean\')',
    shapes: {
      en: "PyTorch nn.L1Loss: input (*) and target of the same shape → scalar, or the same shape with reduction='none'. Keras MeanAbsoluteError: (batch, d0, …, dN) → mean over the last axis per sample, then over the batch. sklearn mean_absolute_error: (n_samples,) or (n_samples, n_outputs) → float.",
      'zh-cn': "PyTorch nn.L1Loss：input (*) 与同形 target → 标量，reduction='none' 时输出同形。Keras MeanAbsoluteError：(batch, d0, …, dN) → 先对每个样本在最后一维取均值，再对 batch 归约。sklearn mean_absolute_error：(n_samples,) 或 (n_samples, n_outputs) → float。",
    },
    params: [
      {
        name: 'reduction',
        meaning: { en: 'How per-element losses are combined: mean, sum, or none.', 'zh-cn': '逐元素损失的归约方式：均值、求和或不归约。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'multioutput',
        meaning: { en: 'How sklearn combines several outputs.', 'zh-cn': 'sklearn 对多个输出的合并方式。' },
        defaults: { sklearn: "'uniform_average'" },
      },
    ],
    pitfalls: [
      {
        en: 'The gradient never shrinks: with a fixed learning rate the parameters keep jumping by the same step around the optimum and the loss oscillates instead of settling. Decay the learning rate, or use SmoothL1Loss / HuberLoss, which turn quadratic near zero.',
        'zh-cn': '梯度不会变小：学习率固定时，参数在最优点附近以相同步长来回跳动，损失震荡而不收敛。应衰减学习率，或改用在 0 附近变成二次的 SmoothL1Loss / HuberLoss。',
      },
      {
        en: 'L1 loss is not L1 regularization: nn.L1Loss measures prediction error, while L1 regularization adds λ·Σ|θ| over the weights to the loss to push them to zero. Adding nn.L1Loss()(model_output, 0) is neither.',
        'zh-cn': 'L1 损失不是 L1 正则化：nn.L1Loss 衡量预测误差，L1 正则化则是把权重的 λ·Σ|θ| 加到损失上，把权重推向 0。用 nn.L1Loss()(model_output, 0) 两者都不是。',
      },
      {
        en: 'Same broadcasting trap as MSE: input (N, 1) with target (N,) becomes (N, N). Match the shapes.',
        'zh-cn': '与 MSE 相同的广播陷阱：input (N, 1) 配 target (N,) 会变成 (N, N)。请让形状一致。',
      },
    ],
    why: [
      {
        q: { en: 'Why is L1 more robust to outliers than L2?', 'zh-cn': '为什么 L1 比 L2 对离群点更鲁棒？' },
        a: {
          en: 'Each sample pulls on the prediction with a force of fixed size (its sign), however wrong it is, so a single huge error cannot dominate. The optimum is the median, which ignores how far the extreme points are.',
          'zh-cn': '每个样本对预测的"拉力"大小固定（只有符号），不管它错得多离谱，所以单个巨大误差无法主导。最优解是中位数，它不关心极端点离得有多远。',
        },
      },
      {
        q: { en: 'Why does L1 converge poorly near zero error?', 'zh-cn': '为什么 L1 在误差接近 0 时收敛不好？' },
        a: {
          en: 'Its derivative jumps from −1 to +1 at zero and keeps magnitude 1 elsewhere, so gradient descent has no signal telling it to take smaller steps. Smooth L1 and Huber replace the kink with a parabola whose gradient goes to zero.',
          'zh-cn': '它的导数在 0 处从 −1 跳到 +1，其他地方大小恒为 1，梯度下降得不到"该迈小步"的信号。Smooth L1 和 Huber 用抛物线替换这个尖点，使梯度趋于 0。',
        },
      },
    ],
    seeAlso: ['mse-loss', 'huber-loss', 'smooth-l1-loss', 'l1-regularization'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.L1Loss.html',
      keras: 'https://keras.io/api/losses/regression_losses/#meanabsoluteerror-class',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.mean_absolute_error.html',
    },
    demo: 'loss',
  },
  {
    id: 'huber-loss',
    family: 'losses',
    title: { en: 'Huber loss', 'zh-cn': 'Huber 损失（Huber Loss）' },
    summary: {
      en: 'Huber loss is L2 for small errors and L1 for large ones: 0.5·e² while |e| < δ, then δ·(|e| − 0.5δ), which joins the parabola with matching slope. Small errors get the smooth, shrinking gradient of MSE; large errors get a gradient capped at ±δ, so outliers cannot blow up training. PyTorch HuberLoss, Keras Huber and optax.huber_loss all default to δ = 1.0. It is common in robust regression and in DQN for the TD error.',
      'zh-cn': 'Huber 损失对小误差用 L2、对大误差用 L1：|e| < δ 时为 0.5·e²，否则为 δ·(|e| − 0.5δ)，两段在交界处斜率连续。小误差得到 MSE 那样平滑、逐渐变小的梯度；大误差的梯度被限制在 ±δ，离群点无法让训练爆炸。PyTorch HuberLoss、Keras Huber 和 optax.huber_loss 的默认 δ 都是 1.0。常用于鲁棒回归以及 DQN 的 TD 误差。',
    },
    formula: String.raw`L_\delta(e) = \begin{cases} \tfrac{1}{2}e^2 & \lvert e\rvert < \delta \\ \delta\left(\lvert e\rvert - \tfrac{1}{2}\delta\right) & \text{otherwise} \end{cases}, \qquad e = \hat{y} - y`,
    formulaText: 'L_δ(e) = 0.5·e² if |e| < δ, else δ·(|e| − 0.5·δ), e = ŷ − y; ∂L/∂e = e clipped to [−δ, δ]   (then mean over elements)',
    shapes: {
      en: "PyTorch nn.HuberLoss: input (*) and target of the same shape → scalar, or the same shape with reduction='none'. Keras Huber: (batch, d0, …, dN) → mean over the last axis per sample, then over the batch. optax.huber_loss(predictions, targets) → elementwise, same shape (no reduction).",
      'zh-cn': "PyTorch nn.HuberLoss：input (*) 与同形 target → 标量，reduction='none' 时输出同形。Keras Huber：(batch, d0, …, dN) → 先对每个样本在最后一维取均值，再对 batch 归约。optax.huber_loss(predictions, targets) → 逐元素、同形（不归约）。",
    },
    params: [
      {
        name: 'delta',
        meaning: { en: 'The error size where the loss switches from quadratic to linear; also the cap on the gradient magnitude.', 'zh-cn': '损失从二次切换为线性的误差阈值，同时也是梯度幅值的上限。' },
        defaults: { pytorch: '1.0', keras: '1.0', optax: '1.0' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-element losses are combined.', 'zh-cn': '逐元素损失的归约方式。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
    ],
    pitfalls: [
      {
        en: 'δ is in target units: with the default δ = 1.0 and targets in the thousands almost every error is in the L1 region; with targets around 0.01 it is plain 0.5·MSE. Scale the targets or pick δ from the typical residual size.',
        'zh-cn': 'δ 的单位就是目标值的单位：默认 δ = 1.0 而目标是几千量级时，几乎所有误差都在 L1 区；目标在 0.01 量级时它就是 0.5·MSE。应缩放目标，或按典型残差大小选 δ。',
      },
      {
        en: 'HuberLoss and SmoothL1Loss are only identical at δ = β = 1: in general HuberLoss(δ) = δ·SmoothL1Loss(β = δ). Swapping one for the other with δ ≠ 1 rescales the loss and the gradients by δ, which acts like changing the learning rate.',
        'zh-cn': 'HuberLoss 与 SmoothL1Loss 只在 δ = β = 1 时完全相同，一般有 HuberLoss(δ) = δ·SmoothL1Loss(β = δ)。δ ≠ 1 时互换二者会让损失和梯度缩放 δ 倍，相当于改了学习率。',
      },
      {
        en: 'optax.huber_loss returns per-element values; forgetting jnp.mean makes the loss (and the gradient scale) grow with the batch size.',
        'zh-cn': 'optax.huber_loss 返回逐元素结果；忘记 jnp.mean 会让损失（以及梯度尺度）随 batch 大小增长。',
      },
    ],
    why: [
      {
        q: { en: 'Why combine L2 for small errors with L1 for large ones?', 'zh-cn': '为什么小误差用 L2、大误差用 L1？' },
        a: {
          en: 'Near zero the quadratic gives gradients that shrink with the error, so optimisation settles smoothly (L1 would oscillate). Far away the linear part caps the gradient at δ, so a few outliers cannot dominate the update (L2 would let them).',
          'zh-cn': '在 0 附近，二次项的梯度随误差减小，优化能平稳收敛（L1 会震荡）；远离 0 时线性部分把梯度限制在 δ，少数离群点无法主导更新（L2 做不到）。',
        },
      },
      {
        q: { en: 'Why is Huber like gradient clipping?', 'zh-cn': '为什么说 Huber 类似梯度裁剪？' },
        a: {
          en: 'Its derivative with respect to the prediction is exactly the error e clipped to [−δ, δ], i.e. the MSE gradient of 0.5·e² clipped per element. That is why DQN implementations use it for TD errors.',
          'zh-cn': '它对预测值的导数恰好是把误差 e 裁剪到 [−δ, δ]，也就是把 0.5·e² 的梯度逐元素裁剪。所以 DQN 的实现用它来处理 TD 误差。',
        },
      },
    ],
    seeAlso: ['smooth-l1-loss', 'mse-loss', 'l1-loss', 'gradient-clipping'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.HuberLoss.html',
      keras: 'https://keras.io/api/losses/regression_losses/#huber-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/losses/Huber',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.huber_loss',
    },
    demo: 'loss',
  },
  {
    id: 'smooth-l1-loss',
    family: 'losses',
    title: { en: 'Smooth L1 loss', 'zh-cn': 'Smooth L1 损失（SmoothL1Loss）' },
    summary: {
      en: 'Smooth L1 (popularised by Fast R-CNN box regression) is L1 with the region |e| < β replaced by a parabola that meets the line with slope 1: 0.5·e²/β inside, |e| − 0.5β outside. The exact relation to Huber is SmoothL1_β(e) = Huber_{δ=β}(e) / β, so with PyTorch\'s defaults (beta = 1.0, delta = 1.0) the two are identical. Unlike Huber, its linear part always has slope 1, and beta = 0 gives exactly L1Loss.',
      'zh-cn': 'Smooth L1（因 Fast R-CNN 的边框回归而流行）就是把 L1 在 |e| < β 区间换成一段抛物线，并与直线以斜率 1 衔接：区间内为 0.5·e²/β，区间外为 |e| − 0.5β。它与 Huber 的精确关系是 SmoothL1_β(e) = Huber_{δ=β}(e) / β，因此在 PyTorch 默认值（beta = 1.0、delta = 1.0）下两者完全相同。与 Huber 不同，它的线性段斜率恒为 1，beta = 0 时恰好等于 L1Loss。',
    },
    formula: String.raw`\mathrm{SmoothL1}_\beta(e) = \begin{cases} 0.5\,e^2/\beta & \lvert e\rvert < \beta \\ \lvert e\rvert - 0.5\,\beta & \text{otherwise} \end{cases} \;=\; \frac{1}{\beta}\,\mathrm{Huber}_{\delta=\beta}(e)`,
    formulaText: 'SmoothL1_β(e) = 0.5·e²/β if |e| < β, else |e| − 0.5·β;  SmoothL1_β(e) = Huber_{δ=β}(e) / β   (e = input − target, then mean over elements)',
    shapes: {
      en: "PyTorch nn.SmoothL1Loss / F.smooth_l1_loss: input (*) and target of the same shape → scalar, or the same shape with reduction='none'. In detection it is applied to the box offsets (N, 4) of positive anchors.",
      'zh-cn': "PyTorch nn.SmoothL1Loss / F.smooth_l1_loss：input (*) 与同形 target → 标量，reduction='none' 时输出同形。目标检测中作用于正样本 anchor 的边框偏移 (N, 4)。",
    },
    params: [
      {
        name: 'beta',
        meaning: { en: 'Width of the quadratic zone; 0 gives plain L1. Must be non-negative.', 'zh-cn': '二次区间的宽度；为 0 时就是 L1。不能为负。' },
        defaults: { pytorch: '1.0' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-element losses are combined.', 'zh-cn': '逐元素损失的归约方式。' },
        defaults: { pytorch: "'mean'" },
      },
    ],
    pitfalls: [
      {
        en: 'Ported detection code often used beta = 1/9 on normalised box deltas (maskrcnn-benchmark); PyTorch\'s default beta = 1.0 gives a much wider quadratic zone, so small box errors get weaker gradients. Pass the beta the reference implementation used.',
        'zh-cn': '迁移来的检测代码常在归一化的边框偏移上用 beta = 1/9（maskrcnn-benchmark）；PyTorch 默认 beta = 1.0 的二次区宽得多，小的边框误差梯度更弱。应传入参考实现所用的 beta。',
      },
      {
        en: 'Replacing SmoothL1Loss(beta=b) by HuberLoss(delta=b) multiplies the loss and its gradients by b when b ≠ 1; adjust the learning rate or the loss weight.',
        'zh-cn': '用 HuberLoss(delta=b) 替换 SmoothL1Loss(beta=b) 时，若 b ≠ 1，损失与梯度都会乘以 b；需要相应调整学习率或损失权重。',
      },
    ],
    why: [
      {
        q: { en: 'Why does Smooth L1 keep slope 1 while Huber has slope δ?', 'zh-cn': '为什么 Smooth L1 的斜率恒为 1，而 Huber 的是 δ？' },
        a: {
          en: 'Dividing Huber by β normalises the linear part, so large errors always get a gradient of ±1 whatever β is. Tuning β then only changes how wide the smooth zone around zero is, not the effective step size for outliers. As β → 0 Smooth L1 tends to L1, while Huber tends to 0.',
          'zh-cn': '把 Huber 除以 β 就把线性段归一化了，无论 β 取多少，大误差的梯度始终是 ±1。于是调 β 只改变 0 附近平滑区的宽度，不改变离群点的有效步长。β → 0 时 Smooth L1 趋于 L1，而 Huber 趋于 0。',
        },
      },
    ],
    seeAlso: ['huber-loss', 'l1-loss', 'mse-loss'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.SmoothL1Loss.html',
    },
    demo: 'loss',
  },
  {
    id: 'bce-loss',
    family: 'losses',
    title: { en: 'Binary cross-entropy (BCELoss)', 'zh-cn': '二元交叉熵（BCE，BCELoss）' },
    summary: {
      en: 'BCE scores predicted probabilities p ∈ (0, 1) against 0/1 (or soft) targets y with −[y·log p + (1 − y)·log(1 − p)] per element, averaged by default. Worked example: labels (1, 0, 1), predictions (0.9, 0.2, 0.6) → −(ln 0.9 + ln 0.8 + ln 0.6)/3 ≈ 0.2798 ≈ 0.28 with reduction=\'mean\'; the plain sum is ≈ 0.84. It is the loss for binary and multi-label classification (one independent sigmoid per label). nn.BCELoss expects probabilities, i.e. outputs after a sigmoid; prefer BCEWithLogitsLoss on raw logits.',
      'zh-cn': 'BCE 用 −[y·log p + (1 − y)·log(1 − p)] 逐元素比较预测概率 p ∈ (0, 1) 与 0/1（或软）标签 y，默认取平均。算例：标签 (1, 0, 1)、预测 (0.9, 0.2, 0.6) → −(ln 0.9 + ln 0.8 + ln 0.6)/3 ≈ 0.2798 ≈ 0.28（reduction=\'mean\'）；不除以 3 的总和约为 0.84。它用于二分类和多标签分类（每个标签一个独立的 sigmoid）。nn.BCELoss 要求输入是概率，即经过 sigmoid 之后的输出；更推荐直接对 logits 使用 BCEWithLogitsLoss。',
    },
    formula: String.raw`\ell = -\frac{1}{N}\sum_{n=1}^{N} w_n\left[y_n \log p_n + (1 - y_n)\log(1 - p_n)\right]`,
    formulaText: 'L = −(1/N)·Σₙ wₙ·[yₙ·log pₙ + (1 − yₙ)·log(1 − pₙ)]   (natural log, mean over all elements); y = (1, 0, 1), p = (0.9, 0.2, 0.6): −(ln 0.9 + ln 0.8 + ln 0.6)/3 ≈ 0.2798',
    shapes: {
      en: "PyTorch nn.BCELoss: input (*) probabilities and a float target of the same shape → scalar, or the same shape with reduction='none'; PyTorch clamps each log at −100 so p = 0 or 1 gives a finite loss. Keras BinaryCrossentropy: y_true, y_pred (batch, …, d) → mean over the last axis per sample, then over the batch. sklearn log_loss (binary): y_true (n_samples,), y_proba (n_samples,) or (n_samples, 2) → float.",
      'zh-cn': "PyTorch nn.BCELoss：input (*) 为概率，target 为同形 float → 标量，reduction='none' 时输出同形；PyTorch 把每个 log 截断在 −100，所以 p = 0 或 1 时损失仍有限。Keras BinaryCrossentropy：y_true、y_pred (batch, …, d) → 先对每个样本在最后一维取均值，再对 batch 归约。sklearn log_loss（二分类）：y_true (n_samples,)，y_proba (n_samples,) 或 (n_samples, 2) → float。",
    },
    params: [
      {
        name: 'weight',
        meaning: { en: 'Manual rescaling weight per element (broadcast to the input).', 'zh-cn': '逐元素的手动缩放权重（广播到 input）。' },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-element losses are combined.', 'zh-cn': '逐元素损失的归约方式。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'from_logits',
        meaning: { en: 'Keras: whether y_pred holds logits (True) or probabilities (False).', 'zh-cn': 'Keras：y_pred 是 logits（True）还是概率（False）。' },
        defaults: { keras: 'False' },
      },
      {
        name: 'label_smoothing',
        meaning: { en: 'Keras: squeeze targets towards 0.5 (1 − 0.5·s for the positive, 0.5·s for the negative).', 'zh-cn': 'Keras：把标签向 0.5 收缩（正类变为 1 − 0.5·s，负类变为 0.5·s）。' },
        defaults: { keras: '0.0' },
      },
    ],
    pitfalls: [
      {
        en: 'Feeding logits to nn.BCELoss: values outside [0, 1] raise "all elements of input should be between 0 and 1" (a device-side assert on CUDA). Do not add a sigmoid just to fix it; remove the sigmoid and use BCEWithLogitsLoss.',
        'zh-cn': '把 logits 传给 nn.BCELoss：超出 [0, 1] 的值会报 "all elements of input should be between 0 and 1"（CUDA 上是 device-side assert）。不要为此补一个 sigmoid，而应去掉 sigmoid 改用 BCEWithLogitsLoss。',
      },
      {
        en: 'Mixed precision: inside torch.autocast, F.binary_cross_entropy / nn.BCELoss raise an error because they are unsafe to autocast. BCEWithLogitsLoss is safe; switch to it.',
        'zh-cn': '混合精度：在 torch.autocast 中，F.binary_cross_entropy / nn.BCELoss 因为不能安全地自动转换精度而直接报错。BCEWithLogitsLoss 是安全的，请改用它。',
      },
      {
        en: 'Target dtype and shape: the target must be float with exactly the input shape; int64 labels or (N,) against (N, 1) raise errors. Use y.float() and match the shapes.',
        'zh-cn': '目标的类型与形状：target 必须是 float 且与 input 形状完全一致；int64 标签或 (N,) 对 (N, 1) 都会报错。用 y.float() 并对齐形状。',
      },
      {
        en: 'Keras BinaryCrossentropy() assumes probabilities (from_logits=False). If the last Dense layer has no sigmoid, the logits are clipped to [ε, 1 − ε] and training is silently wrong; set from_logits=True.',
        'zh-cn': 'Keras 的 BinaryCrossentropy() 默认输入是概率（from_logits=False）。如果最后的 Dense 层没有 sigmoid，logits 会被截断到 [ε, 1 − ε]，训练悄悄出错；请设置 from_logits=True。',
      },
    ],
    why: [
      {
        q: { en: 'Why is the worked example ≈ 0.28 and not ≈ 0.84?', 'zh-cn': '为什么算例结果约为 0.28 而不是约 0.84？' },
        a: {
          en: 'The three per-sample terms are −ln 0.9 ≈ 0.105, −ln 0.8 ≈ 0.223 and −ln 0.6 ≈ 0.511; their sum is ≈ 0.839. PyTorch\'s reduction=\'mean\' (and Keras\'s default) divides by the 3 samples: ≈ 0.2798. The notes\' formula with Σ and no 1/N is the \'sum\' reduction.',
          'zh-cn': '三个样本的损失项分别是 −ln 0.9 ≈ 0.105、−ln 0.8 ≈ 0.223、−ln 0.6 ≈ 0.511，总和约 0.839。PyTorch 的 reduction=\'mean\'（以及 Keras 默认）会除以样本数 3，得到约 0.2798。笔记里只有 Σ、没有 1/N 的写法对应 \'sum\' 归约。',
        },
      },
      {
        q: { en: 'Why BCE rather than MSE on sigmoid outputs?', 'zh-cn': '为什么对 sigmoid 输出用 BCE 而不用 MSE？' },
        a: {
          en: 'BCE is the negative log-likelihood of a Bernoulli variable, and with p = σ(z) its gradient w.r.t. the logit is simply p − y. MSE on σ(z) multiplies the gradient by σ\'(z), which vanishes when the sigmoid saturates, so a confidently wrong prediction learns slowly.',
          'zh-cn': 'BCE 是伯努利分布的负对数似然，当 p = σ(z) 时它对 logit 的梯度就是 p − y。对 σ(z) 用 MSE 时梯度要乘以 σ\'(z)，sigmoid 饱和时它趋于 0，于是"自信地错了"的预测反而学得很慢。',
        },
      },
    ],
    seeAlso: ['bce-with-logits-loss', 'cross-entropy-loss', 'sigmoid', 'logistic-regression', 'precision-recall-f1'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.BCELoss.html',
      keras: 'https://keras.io/api/losses/probabilistic_losses/#binarycrossentropy-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/losses/BinaryCrossentropy',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.log_loss.html',
    },
    demo: 'loss',
  },
  {
    id: 'bce-with-logits-loss',
    family: 'losses',
    title: { en: 'Binary cross-entropy with logits (BCEWithLogitsLoss)', 'zh-cn': '带 logits 的二元交叉熵（BCEWithLogitsLoss）' },
    summary: {
      en: 'BCEWithLogitsLoss fuses the sigmoid and BCE: it takes raw logits x and computes −[y·log σ(x) + (1 − y)·log(1 − σ(x))] in the stable form max(x, 0) − x·y + log(1 + e^(−|x|)), so exp never overflows and log never sees 0. The gradient w.r.t. the logit is σ(x) − y. pos_weight scales the positive term per class to trade precision for recall on imbalanced data (100 positives vs 300 negatives → pos_weight = 3). The same loss is Keras BinaryCrossentropy(from_logits=True), tf.nn.sigmoid_cross_entropy_with_logits and optax.sigmoid_binary_cross_entropy.',
      'zh-cn': 'BCEWithLogitsLoss 把 sigmoid 和 BCE 融合在一起：输入原始 logits x，按稳定形式 max(x, 0) − x·y + log(1 + e^(−|x|)) 计算 −[y·log σ(x) + (1 − y)·log(1 − σ(x))]，exp 不会溢出，log 也不会遇到 0。它对 logit 的梯度是 σ(x) − y。pos_weight 按类别放大正样本项，用于在不平衡数据上用精确率换召回率（100 个正样本对 300 个负样本 → pos_weight = 3）。同一损失在 Keras 中是 BinaryCrossentropy(from_logits=True)，在 TF 中是 tf.nn.sigmoid_cross_entropy_with_logits，在 optax 中是 optax.sigmoid_binary_cross_entropy。',
    },
    formula: String.raw`\ell = -\left[p_c\,y\log\sigma(x) + (1-y)\log\bigl(1-\sigma(x)\bigr)\right]; \quad p_c = 1:\ \ \ell = \max(x,0) - x\,y + \log\!\left(1 + e^{-\lvert x\rvert}\right)`,
    formulaText: 'ℓ = −[p_c·y·log σ(x) + (1 − y)·log(1 − σ(x))]; with p_c = 1 (no pos_weight): ℓ = max(x, 0) − x·y + log(1 + e^(−|x|)); ∂ℓ/∂x = σ(x) − y   (mean over all elements)',
    shapes: {
      en: "PyTorch: input (*) logits and a float target of the same shape → scalar, or the same shape with reduction='none'; pos_weight broadcasts over the last (class) dimension, e.g. shape (C,) for input (N, C). Keras BinaryCrossentropy(from_logits=True): (batch, …, d) → per-sample mean over the last axis, then over the batch. optax.sigmoid_binary_cross_entropy(logits, labels) → elementwise, same shape.",
      'zh-cn': "PyTorch：input (*) 为 logits，target 为同形 float → 标量，reduction='none' 时输出同形；pos_weight 在最后一维（类别维）上广播，例如 input 为 (N, C) 时 pos_weight 为 (C,)。Keras BinaryCrossentropy(from_logits=True)：(batch, …, d) → 每个样本在最后一维取均值，再对 batch 归约。optax.sigmoid_binary_cross_entropy(logits, labels) → 逐元素、同形。",
    },
    params: [
      {
        name: 'pos_weight',
        meaning: { en: 'Tensor of weights for the positive term, one per class (≈ negatives/positives); > 1 raises recall, < 1 raises precision.', 'zh-cn': '正样本项的权重张量，每个类别一个（约为负样本数/正样本数）；> 1 提高召回率，< 1 提高精确率。' },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'weight',
        meaning: { en: 'Manual rescaling weight per element.', 'zh-cn': '逐元素的手动缩放权重。' },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-element losses are combined.', 'zh-cn': '逐元素损失的归约方式。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'from_logits',
        meaning: { en: 'Keras BinaryCrossentropy: must be True for this concept (y_pred are logits).', 'zh-cn': 'Keras BinaryCrossentropy：本概念要求设为 True（y_pred 是 logits）。' },
        defaults: { keras: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'Double sigmoid: keeping nn.Sigmoid at the end of the model and also using BCEWithLogitsLoss squashes the "logits" into (0, 1), so the loss can never become confident and training stalls. Remove the final sigmoid; apply torch.sigmoid only at inference (probability 0.5 is logit 0).',
        'zh-cn': '双重 sigmoid：模型末尾保留 nn.Sigmoid 又用 BCEWithLogitsLoss，"logits" 被压进 (0, 1)，损失永远无法变得自信，训练停滞。去掉最后的 sigmoid，只在推理时调用 torch.sigmoid（概率 0.5 对应 logit 0）。',
      },
      {
        en: 'pos_weight must be a tensor on the same device as the input, with one entry per class, e.g. torch.tensor([3.0], device=x.device); a shape that does not broadcast over the last dimension raises an error.',
        'zh-cn': 'pos_weight 必须是与 input 在同一设备上的张量，每个类别一个值，例如 torch.tensor([3.0], device=x.device)；形状不能在最后一维广播时会报错。',
      },
      {
        en: 'Using it for mutually exclusive classes: C independent sigmoids do not sum to 1 and several classes can all be "on". For single-label multi-class problems use CrossEntropyLoss; BCEWithLogitsLoss is for binary and multi-label targets.',
        'zh-cn': '用于互斥类别：C 个独立 sigmoid 的和不为 1，可能多个类同时"为真"。单标签多分类应使用 CrossEntropyLoss；BCEWithLogitsLoss 用于二分类和多标签。',
      },
      {
        en: 'Keras: with from_logits=True, metrics such as BinaryAccuracy still threshold at 0.5 by default, which on logits means probability ≈ 0.62; set threshold=0.0 or add a sigmoid to the metric input.',
        'zh-cn': 'Keras：使用 from_logits=True 时，BinaryAccuracy 等指标默认阈值仍是 0.5，作用在 logits 上相当于概率约 0.62；应设置 threshold=0.0，或对指标输入先做 sigmoid。',
      },
    ],
    why: [
      {
        q: { en: 'Why fuse the sigmoid into the loss?', 'zh-cn': '为什么要把 sigmoid 融合进损失？' },
        a: {
          en: 'Computed separately, σ(x) rounds to exactly 1.0 for x ≳ 17 in float32 (≈ 8 in float16), so log(1 − σ(x)) = log 0 = −∞. In the fused form the loss is max(x, 0) − x·y + log(1 + e^(−|x|)), which only exponentiates non-positive numbers and stays finite and accurate for any logit.',
          'zh-cn': '分开计算时，float32 下 x ≳ 17（float16 下约 8）时 σ(x) 会被舍入为 1.0，于是 log(1 − σ(x)) = log 0 = −∞。融合形式的损失是 max(x, 0) − x·y + log(1 + e^(−|x|))，只对非正数求指数，任何 logit 都有限且精确。',
        },
      },
      {
        q: { en: 'Why the stable-sigmoid trick for x < 0?', 'zh-cn': '为什么 x < 0 时要用稳定 sigmoid 的技巧？' },
        a: {
          en: 'σ(x) = 1/(1 + e^(−x)) needs e^(−x), which overflows for very negative x (e^1000 = inf). Multiplying numerator and denominator by e^x gives σ(x) = e^x/(1 + e^x), which only exponentiates a negative number. Frameworks pick the form by the sign of x; the same idea gives the log(1 + e^(−|x|)) term above.',
          'zh-cn': 'σ(x) = 1/(1 + e^(−x)) 需要算 e^(−x)，x 很负时会溢出（e^1000 = inf）。分子分母同乘 e^x 得 σ(x) = e^x/(1 + e^x)，只需对负数求指数。框架按 x 的符号选择形式；上面 log(1 + e^(−|x|)) 项用的也是同一思路。',
        },
      },
    ],
    seeAlso: ['bce-loss', 'sigmoid', 'cross-entropy-loss', 'mixed-precision', 'precision-recall-f1'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html',
      keras: 'https://keras.io/api/losses/probabilistic_losses/#binarycrossentropy-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/sigmoid_cross_entropy_with_logits',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.sigmoid_binary_cross_entropy',
    },
    demo: 'loss',
  },
  {
    id: 'cross-entropy-loss',
    family: 'losses',
    title: { en: 'Cross-entropy loss (multi-class)', 'zh-cn': '交叉熵损失（多分类，CrossEntropyLoss）' },
    summary: {
      en: 'Multi-class cross-entropy compares the softmax distribution p = softmax(z) with the target y: −Σ_c y_c·log p_c, which for a class index t is −log p_t. PyTorch nn.CrossEntropyLoss takes raw logits and applies log_softmax itself (it equals LogSoftmax + NLLLoss), so no softmax goes before it; the target is either class indices (int64, shape (N)) or class probabilities (float, same shape as the input). Its gradient w.r.t. the logits is p − y. Keras splits it into CategoricalCrossentropy (one-hot targets) and SparseCategoricalCrossentropy (integer targets), both expecting probabilities unless from_logits=True.',
      'zh-cn': '多分类交叉熵比较 softmax 分布 p = softmax(z) 与目标 y：−Σ_c y_c·log p_c，目标为类别下标 t 时就是 −log p_t。PyTorch 的 nn.CrossEntropyLoss 接收原始 logits，内部自己做 log_softmax（等于 LogSoftmax + NLLLoss），所以前面不要再加 softmax；target 可以是类别下标（int64，形状 (N)），也可以是类别概率（float，与 input 同形）。它对 logits 的梯度是 p − y。Keras 把它分成 CategoricalCrossentropy（one-hot 标签）和 SparseCategoricalCrossentropy（整数标签），除非设置 from_logits=True，否则都假定输入是概率。',
    },
    formula: String.raw`\ell_n = -\sum_{c=1}^{C} y_{n,c}\log\frac{e^{z_{n,c}}}{\sum_{j=1}^{C} e^{z_{n,j}}} \;=\; -z_{n,t_n} + \log\sum_{j=1}^{C} e^{z_{n,j}} \quad (\text{class index } t_n)`,
    formulaText: 'ℓₙ = −Σ_c y_{n,c}·log softmax(zₙ)_c = −z_{n,t} + log Σⱼ e^{z_{n,j}} for class index t; ∂ℓ/∂z = softmax(z) − y   (mean over N; with weight: Σ w_t·ℓₙ / Σ w_t; ignore_index targets excluded)',
    shapes: {
      en: 'PyTorch: input (N, C) or (N, C, d1, …, dK) logits — the class dimension is dim 1; target (N) or (N, d1, …, dK) int64 indices in [0, C), or float probabilities of the input\'s shape → scalar. For sequence logits (N, L, C) use logits.transpose(1, 2) or view(-1, C). Keras: y_pred (batch, …, C) with classes on the last axis; CategoricalCrossentropy y_true one-hot of the same shape, Sparse y_true integers (batch, …). optax.softmax_cross_entropy(logits, labels) (…, C) → (…); sklearn log_loss(y_true (n,), y_proba (n, C)) → float.',
      'zh-cn': 'PyTorch：input 为 (N, C) 或 (N, C, d1, …, dK) 的 logits，类别维是第 1 维；target 为 (N) 或 (N, d1, …, dK) 的 int64 下标（取值 [0, C)），或与 input 同形的 float 概率 → 标量。序列 logits (N, L, C) 需先 logits.transpose(1, 2) 或 view(-1, C)。Keras：y_pred (batch, …, C)，类别在最后一维；CategoricalCrossentropy 的 y_true 是同形 one-hot，Sparse 版的 y_true 是整数 (batch, …)。optax.softmax_cross_entropy(logits, labels)：(…, C) → (…)；sklearn log_loss(y_true (n,), y_proba (n, C)) → float。',
    },
    params: [
      {
        name: 'weight',
        meaning: { en: 'Per-class rescaling weight of shape (C); the mean then divides by the sum of the targets\' weights.', 'zh-cn': '形状为 (C) 的逐类别权重；此时均值除以目标类别权重之和。' },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'ignore_index',
        meaning: { en: 'Target value that is skipped (e.g. padding); only for class-index targets.', 'zh-cn': '被忽略的目标值（如 padding）；仅适用于类别下标形式的 target。' },
        defaults: { pytorch: '-100' },
      },
      {
        name: 'label_smoothing',
        meaning: { en: 'Mixes the target with a uniform distribution: (1 − ε)·y + ε/C.', 'zh-cn': '把目标与均匀分布混合：(1 − ε)·y + ε/C。' },
        defaults: { pytorch: '0.0', keras: '0.0 (CategoricalCrossentropy)' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-sample losses are combined.', 'zh-cn': '逐样本损失的归约方式。' },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'from_logits',
        meaning: { en: 'Keras: set True when the model outputs logits (no final softmax).', 'zh-cn': 'Keras：模型输出 logits（末尾没有 softmax）时设为 True。' },
        defaults: { keras: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'Softmax before nn.CrossEntropyLoss: the loss applies log_softmax again, so it trains on softmax(softmax(z)). The inputs now lie in [0, 1], the best reachable probability for C = 10 classes is e/(e + 9) ≈ 0.23, so the loss cannot fall below ≈ 1.46 and gradients are tiny. Feed raw logits; use softmax only to report probabilities.',
        'zh-cn': '在 nn.CrossEntropyLoss 前加 softmax：损失内部会再做一次 log_softmax，等于在 softmax(softmax(z)) 上训练。此时输入落在 [0, 1]，C = 10 时能达到的最大概率只有 e/(e + 9) ≈ 0.23，损失永远低不过约 1.46，梯度也很小。应直接传入 logits，softmax 只用于输出概率。',
      },
      {
        en: 'Wrong target format: class indices must be int64 (torch.long) in [0, C); a float target of shape (N) is rejected because float targets are read as probabilities of shape (N, C). An index ≥ C, or −1 used for padding without ignore_index=-1, triggers "device-side assert triggered" on CUDA.',
        'zh-cn': 'target 格式错误：类别下标必须是 int64（torch.long）且在 [0, C) 内；形状为 (N) 的 float target 会被拒绝，因为 float target 被当作 (N, C) 的概率。下标 ≥ C，或用 −1 当 padding 却没设 ignore_index=-1，在 CUDA 上会触发 "device-side assert triggered"。',
      },
      {
        en: 'Class dimension: PyTorch expects classes on dim 1. Passing language-model logits (N, L, V) directly either fails or treats L as the class axis; use logits.transpose(1, 2) with target (N, L), or logits.view(-1, V) with target.view(-1).',
        'zh-cn': '类别维：PyTorch 要求类别在第 1 维。直接传入语言模型的 logits (N, L, V) 要么报错，要么把 L 当成类别维；应使用 logits.transpose(1, 2) 配 target (N, L)，或 logits.view(-1, V) 配 target.view(-1)。',
      },
      {
        en: 'Keras: a model ending in Dense(C) without softmax, compiled with the default CategoricalCrossentropy / SparseCategoricalCrossentropy (from_logits=False), is trained as if logits were probabilities; set from_logits=True. Use Categorical for one-hot targets and Sparse for integer targets.',
        'zh-cn': 'Keras：模型以不带 softmax 的 Dense(C) 结尾，却用默认（from_logits=False）的 CategoricalCrossentropy / SparseCategoricalCrossentropy 编译，训练时会把 logits 当概率；请设 from_logits=True。one-hot 标签用 Categorical，整数标签用 Sparse。',
      },
    ],
    why: [
      {
        q: { en: 'Why must the probabilities in cross-entropy sum to 1?', 'zh-cn': '为什么交叉熵里的概率必须和为 1？' },
        a: {
          en: 'With a one-hot target the loss −log p_t looks only at the true class. If the p were unnormalised scores, the model could lower the loss by inflating every score, wrong classes included, without learning to tell classes apart. Normalising (softmax) couples the classes: raising p_t necessarily takes probability from the others, so minimising −log p_t maximises the likelihood of a proper categorical distribution, and CE(y, p) = H(y) + KL(y‖p) holds only for distributions.',
          'zh-cn': '目标为 one-hot 时，损失 −log p_t 只看真实类别。如果 p 是未归一化的分数，模型只要把所有分数（包括错误类别的）一起调大就能降低损失，却学不会区分类别。归一化（softmax）把各类别耦合起来：提高 p_t 必然从其他类别拿走概率，于是最小化 −log p_t 就是最大化一个真正的类别分布的似然；CE(y, p) = H(y) + KL(y‖p) 也只对概率分布成立。',
        },
      },
      {
        q: { en: 'Why does CrossEntropyLoss take logits instead of probabilities?', 'zh-cn': '为什么 CrossEntropyLoss 接收 logits 而不是概率？' },
        a: {
          en: 'Computing log_softmax(z) = z − max(z) − log Σ e^{z − max(z)} in one step avoids the underflow of log(softmax(z)) when a probability rounds to 0, and gives the clean gradient softmax(z) − y. Taking probabilities would force a separate, less stable log.',
          'zh-cn': '一步计算 log_softmax(z) = z − max(z) − log Σ e^{z − max(z)}，可以避免 log(softmax(z)) 在某个概率被舍入为 0 时的下溢，并得到简洁的梯度 softmax(z) − y。若接收概率，就得单独做一次更不稳定的 log。',
        },
      },
      {
        q: { en: 'Why is the gradient simply p − y?', 'zh-cn': '为什么梯度就是 p − y？' },
        a: {
          en: 'For a class index t, ℓ = −z_t + log Σ_j e^{z_j}. Differentiating w.r.t. z_k gives −1[k = t] + e^{z_k}/Σ_j e^{z_j} = p_k − y_k: each logit is pushed by exactly how much probability it over- or under-assigns.',
          'zh-cn': '对类别下标 t，ℓ = −z_t + log Σ_j e^{z_j}。对 z_k 求导得 −1[k = t] + e^{z_k}/Σ_j e^{z_j} = p_k − y_k：每个 logit 受到的推动恰好等于它多给或少给的概率。',
        },
      },
    ],
    seeAlso: ['softmax', 'log-softmax', 'nll-loss', 'bce-with-logits-loss', 'kl-div-loss', 'perplexity'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html',
      keras: 'https://keras.io/api/losses/probabilistic_losses/#categoricalcrossentropy-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/nn/softmax_cross_entropy_with_logits',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.softmax_cross_entropy',
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.log_loss.html',
    },
    demo: 'loss',
  },
  {
    id: 'nll-loss',
    family: 'losses',
    title: { en: 'Negative log-likelihood loss (NLLLoss)', 'zh-cn': '负对数似然损失（NLLLoss）' },
    summary: {
      en: 'NLLLoss takes log-probabilities (typically from nn.LogSoftmax(dim=1) or F.log_softmax) and returns −input[n, t_n] for the target class, optionally weighted and averaged. It does no normalisation of its own, so LogSoftmax + NLLLoss = CrossEntropyLoss. Use it when the model already outputs log-probabilities (e.g. you reuse them for sampling or beam search); otherwise CrossEntropyLoss on logits is simpler.',
      'zh-cn': 'NLLLoss 接收对数概率（通常来自 nn.LogSoftmax(dim=1) 或 F.log_softmax），对目标类别返回 −input[n, t_n]，可加权并取平均。它本身不做任何归一化，所以 LogSoftmax + NLLLoss = CrossEntropyLoss。当模型本来就输出对数概率（例如还要拿来采样或做 beam search）时使用它；否则直接对 logits 用 CrossEntropyLoss 更简单。',
    },
    formula: String.raw`\ell_n = -w_{t_n}\, x_{n,t_n}, \qquad \ell = \frac{\sum_{n} \ell_n}{\sum_{n} w_{t_n}} \quad (\text{reduction='mean'},\ x = \log p)`,
    formulaText: 'ℓₙ = −w_{tₙ}·x_{n,tₙ} with x = log-probabilities; mean = Σₙ ℓₙ / Σₙ w_{tₙ} over targets ≠ ignore_index',
    shapes: {
      en: 'PyTorch nn.NLLLoss: input (N, C) or (N, C, d1, …, dK) log-probabilities (class dimension 1); target (N) or (N, d1, …, dK) int64 indices → scalar, or the target\'s shape with reduction=\'none\'.',
      'zh-cn': 'PyTorch nn.NLLLoss：input 为 (N, C) 或 (N, C, d1, …, dK) 的对数概率（类别在第 1 维）；target 为 (N) 或 (N, d1, …, dK) 的 int64 下标 → 标量，reduction=\'none\' 时形状同 target。',
    },
    params: [
      {
        name: 'weight',
        meaning: { en: 'Per-class weight of shape (C).', 'zh-cn': '形状为 (C) 的逐类别权重。' },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'ignore_index',
        meaning: { en: 'Target value that does not contribute to the loss or the mean.', 'zh-cn': '不计入损失和均值的目标值。' },
        defaults: { pytorch: '-100' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-sample losses are combined.', 'zh-cn': '逐样本损失的归约方式。' },
        defaults: { pytorch: "'mean'" },
      },
    ],
    pitfalls: [
      {
        en: 'Feeding probabilities or logits: NLLLoss only negates the selected entry, so with softmax outputs the "loss" is −p ∈ [−1, 0], and with raw logits it is −z, which decreases without bound and diverges. Apply F.log_softmax(z, dim=1) first, or use CrossEntropyLoss on the logits.',
        'zh-cn': '传入概率或 logits：NLLLoss 只是取出对应元素再取负，传 softmax 输出时"损失"是 −p ∈ [−1, 0]，传原始 logits 时是 −z，会无下界地减小并发散。应先 F.log_softmax(z, dim=1)，或直接对 logits 用 CrossEntropyLoss。',
      },
      {
        en: 'log_softmax over the wrong dimension: dim=0 normalises across the batch, not across classes; the loss still decreases but the model learns nonsense. Use the class dimension (dim=1 for (N, C), dim=-1 for (N, L, V) before reshaping).',
        'zh-cn': 'log_softmax 的维度错了：dim=0 是在 batch 上归一化而不是在类别上；损失照样下降，模型却学歪了。应在类别维上做（(N, C) 用 dim=1，reshape 前的 (N, L, V) 用 dim=-1）。',
      },
      {
        en: 'torch.log(F.softmax(z)) instead of F.log_softmax(z): a probability that underflows to 0 gives log 0 = −inf and NaN gradients. log_softmax computes the same value stably.',
        'zh-cn': '用 torch.log(F.softmax(z)) 代替 F.log_softmax(z)：某个概率下溢为 0 时得到 log 0 = −inf，梯度变成 NaN。log_softmax 能稳定地算出同样的值。',
      },
    ],
    why: [
      {
        q: { en: 'Why is it called negative log-likelihood?', 'zh-cn': '为什么叫"负对数似然"？' },
        a: {
          en: 'The model assigns probability p(t_n | x_n) to each observed label. The likelihood of the data is their product, its log is Σ log p(t_n | x_n), and minimising the negative of that (averaged) is maximum-likelihood training. exp of the mean NLL over tokens is the perplexity.',
          'zh-cn': '模型给每个观测到的标签分配概率 p(t_n | x_n)。数据的似然是这些概率的乘积，取对数为 Σ log p(t_n | x_n)；最小化它的负值（取平均）就是极大似然训练。对 token 的平均 NLL 取 exp 就是困惑度。',
        },
      },
      {
        q: { en: 'Why LogSoftmax + NLLLoss rather than log(softmax)?', 'zh-cn': '为什么用 LogSoftmax + NLLLoss 而不是 log(softmax)？' },
        a: {
          en: 'log_softmax(z) = z − max(z) − log Σ e^{z − max(z)} never exponentiates a large number and never takes the log of an underflowed 0, so it stays finite where log(softmax(z)) gives −inf.',
          'zh-cn': 'log_softmax(z) = z − max(z) − log Σ e^{z − max(z)} 既不会对大数求指数，也不会对下溢成 0 的值取对数，在 log(softmax(z)) 得到 −inf 的地方它仍然有限。',
        },
      },
    ],
    seeAlso: ['cross-entropy-loss', 'log-softmax', 'softmax', 'perplexity'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.NLLLoss.html',
    },
    demo: 'loss',
  },
  {
    id: 'kl-div-loss',
    family: 'losses',
    title: { en: 'Kullback–Leibler divergence loss (KLDivLoss)', 'zh-cn': 'KL 散度损失（KLDivLoss）' },
    summary: {
      en: 'KL(P‖Q) = Σ P·log(P/Q) measures how much information is lost when the model distribution Q stands in for the target P; it is 0 only when they match and it is not symmetric. PyTorch nn.KLDivLoss(input, target) expects input = log Q (log-probabilities) and target = P (probabilities, or log P with log_target=True) and computes target·(log target − input) per element. reduction=\'batchmean\' (sum divided by the batch size) is the mathematically correct per-sample KL; the default \'mean\' divides by every element. Used for knowledge distillation, VAEs and policy constraints.',
      'zh-cn': 'KL(P‖Q) = Σ P·log(P/Q) 衡量用模型分布 Q 代替目标分布 P 时损失了多少信息；只有两者相同时为 0，且不对称。PyTorch 的 nn.KLDivLoss(input, target) 要求 input = log Q（对数概率），target = P（概率；log_target=True 时为 log P），逐元素计算 target·(log target − input)。reduction=\'batchmean\'（总和除以 batch 大小）才是数学上正确的每样本 KL；默认的 \'mean\' 会除以全部元素个数。用于知识蒸馏、VAE 和策略约束。',
    },
    formula: String.raw`D_{\mathrm{KL}}(P\,\|\,Q) = \sum_{c} P(c)\bigl(\log P(c) - \log Q(c)\bigr), \qquad \text{batchmean: } \frac{1}{N}\sum_{n,c} y_{n,c}\bigl(\log y_{n,c} - x_{n,c}\bigr),\ x = \log Q`,
    formulaText: "KL(P‖Q) = Σ_c P(c)·(log P(c) − log Q(c)); KLDivLoss(input = log Q, target = P) with reduction='batchmean' = (1/N)·Σ_{n,c} y·(log y − x); 'mean' divides by N·C instead",
    shapes: {
      en: "PyTorch nn.KLDivLoss / F.kl_div: input (*) log-probabilities and target of the same shape → scalar ('batchmean' divides the sum by input.size(0)), or the same shape with 'none'. Keras KLDivergence(y_true, y_pred): both probabilities (batch, …, C), clipped to [1e-7, 1], summed over the last axis per sample, then averaged over the batch. optax.kl_divergence(log_predictions, targets) → summed over axis=-1, shape (…).",
      'zh-cn': "PyTorch nn.KLDivLoss / F.kl_div：input (*) 为对数概率，target 同形 → 标量（'batchmean' 用总和除以 input.size(0)），'none' 时输出同形。Keras KLDivergence(y_true, y_pred)：两者都是概率 (batch, …, C)，被截断到 [1e-7, 1]，每个样本在最后一维求和，再对 batch 取平均。optax.kl_divergence(log_predictions, targets) → 在 axis=-1 上求和，形状 (…)。",
    },
    params: [
      {
        name: 'reduction',
        meaning: { en: "'batchmean' gives the true KL per sample; 'mean' divides by all elements.", 'zh-cn': "'batchmean' 给出真正的每样本 KL；'mean' 除以全部元素个数。" },
        defaults: { pytorch: "'mean'", keras: "'sum_over_batch_size'" },
      },
      {
        name: 'log_target',
        meaning: { en: 'Whether the target is given as log-probabilities (more stable for softmax targets).', 'zh-cn': 'target 是否以对数概率给出（对 softmax 目标更稳定）。' },
        defaults: { pytorch: 'False' },
      },
      {
        name: 'axis',
        meaning: { en: 'optax: the axis holding the distribution.', 'zh-cn': 'optax：分布所在的轴。' },
        defaults: { optax: '-1' },
      },
    ],
    pitfalls: [
      {
        en: "reduction='mean' (the default) divides by N·C, so the value is C times smaller than the KL and PyTorch warns about it; with C = 1000 classes the loss is 1000× too small. Use reduction='batchmean'.",
        'zh-cn': "reduction='mean'（默认）除以 N·C，得到的值比 KL 小 C 倍，PyTorch 也会对此发出警告；C = 1000 类时损失小了 1000 倍。请使用 reduction='batchmean'。",
      },
      {
        en: 'The input must be log-probabilities and comes first: F.kl_div(log Q, P) computes KL(P‖Q), the reverse of how "kl_div(p, q)" reads. Passing softmax probabilities as input gives wrong, often negative values; use F.log_softmax(student_logits / T, dim=-1).',
        'zh-cn': 'input 必须是对数概率且放在第一个参数：F.kl_div(log Q, P) 计算的是 KL(P‖Q)，与 "kl_div(p, q)" 的字面读法相反。把 softmax 概率当 input 传入会得到错误、常常为负的值；应使用 F.log_softmax(student_logits / T, dim=-1)。',
      },
      {
        en: 'Distillation with temperature T: soften both teacher and student with T and multiply the KL by T², otherwise the gradient shrinks by about 1/T² and the distillation term fades when you raise T.',
        'zh-cn': '带温度 T 的蒸馏：教师和学生都要除以 T 软化，并把 KL 乘以 T²，否则梯度大约缩小为 1/T²，调高 T 时蒸馏项会逐渐失效。',
      },
      {
        en: 'Keras KLDivergence takes probabilities for both arguments (y_true first), not log-probabilities; code ported from PyTorch that passes log_softmax outputs gets clipped to 1e-7 and computes nonsense without an error.',
        'zh-cn': 'Keras 的 KLDivergence 两个参数都要求是概率（y_true 在前），不是对数概率；从 PyTorch 迁移来、传入 log_softmax 输出的代码会被截断到 1e-7，不报错但结果毫无意义。',
      },
    ],
    why: [
      {
        q: { en: "Why is 'batchmean' the correct KL and 'mean' not?", 'zh-cn': "为什么 'batchmean' 才是正确的 KL，而 'mean' 不是？" },
        a: {
          en: "KL of one sample is a sum over its classes. Averaging that over the batch means sum over everything, divided by N — exactly 'batchmean'. 'mean' additionally divides by the number of classes (and any other dimensions), which is not a KL of anything.",
          'zh-cn': "单个样本的 KL 是对其所有类别求和。再对 batch 取平均，就是对所有元素求和后除以 N——正是 'batchmean'。'mean' 还额外除以了类别数（以及其他维度），得到的不是任何分布的 KL。",
        },
      },
      {
        q: { en: 'Why does KLDivLoss take log-probabilities as input?', 'zh-cn': '为什么 KLDivLoss 的 input 是对数概率？' },
        a: {
          en: 'Small probabilities underflow to 0 and log 0 = −inf. Models can produce log Q directly and stably with log_softmax, so the loss works in log space; log_target=True does the same for the target.',
          'zh-cn': '很小的概率会下溢为 0，而 log 0 = −inf。模型可以用 log_softmax 直接、稳定地给出 log Q，所以损失在对数空间里计算；log_target=True 对 target 也做同样处理。',
        },
      },
      {
        q: { en: 'How is KL related to cross-entropy?', 'zh-cn': 'KL 与交叉熵有什么关系？' },
        a: {
          en: 'CE(P, Q) = H(P) + KL(P‖Q). With fixed targets H(P) is a constant, so both losses have the same gradients w.r.t. the model; with one-hot targets H(P) = 0 and they are equal.',
          'zh-cn': 'CE(P, Q) = H(P) + KL(P‖Q)。目标固定时 H(P) 是常数，两种损失对模型的梯度相同；目标为 one-hot 时 H(P) = 0，两者完全相等。',
        },
      },
    ],
    seeAlso: ['cross-entropy-loss', 'log-softmax', 'softmax', 'vae', 'inception-score'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.KLDivLoss.html',
      keras: 'https://keras.io/api/losses/probabilistic_losses/#kldivergence-class',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/losses/KLD',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.kl_divergence',
    },
    demo: 'loss',
  },
  {
    id: 'contrastive-loss',
    family: 'losses',
    title: { en: 'Contrastive loss (InfoNCE, triplet, margin)', 'zh-cn': '对比损失（InfoNCE、三元组、间隔损失）' },
    summary: {
      en: 'Contrastive losses train embeddings by pulling matched pairs together and pushing mismatched ones apart. CLIP-style InfoNCE L2-normalises N image and N text embeddings, builds the N×N cosine-similarity matrix scaled by a learned temperature (logit scale initialised to 1/0.07), and applies cross-entropy along rows (image → text) and columns (text → image) with the diagonal as the correct class; every other item in the batch serves as a negative. Margin-based losses instead compare distances: the triplet loss max(0, d(a, p) − d(a, n) + m) asks the positive to be closer than the negative by a margin m (PyTorch TripletMarginLoss, CosineEmbeddingLoss, MarginRankingLoss).',
      'zh-cn': '对比损失通过拉近匹配对、推远不匹配对来训练 embedding。CLIP 式 InfoNCE 先对 N 个图像和 N 个文本 embedding 做 L2 归一化，构造 N×N 余弦相似度矩阵并乘以可学习的温度系数（logit scale 初始化为 1/0.07），再把对角线当作正确类别，沿行（图像 → 文本）和列（文本 → 图像）各做一次交叉熵；batch 中其余样本都充当负样本。基于间隔的损失则比较距离：三元组损失 max(0, d(a, p) − d(a, n) + m) 要求正样本比负样本近至少一个间隔 m（PyTorch 的 TripletMarginLoss、CosineEmbeddingLoss、MarginRankingLoss）。',
    },
    formula: String.raw`\mathcal{L}_{\text{CLIP}} = \frac{1}{2N}\sum_{i=1}^{N}\left[-\log\frac{e^{s_{ii}/\tau}}{\sum_{j} e^{s_{ij}/\tau}} - \log\frac{e^{s_{ii}/\tau}}{\sum_{j} e^{s_{ji}/\tau}}\right],\ s_{ij} = \frac{u_i^{\top} v_j}{\lVert u_i\rVert\,\lVert v_j\rVert}; \qquad \mathcal{L}_{\text{triplet}} = \max\bigl(0,\ d(a,p) - d(a,n) + m\bigr)`,
    formulaText: 'CLIP: logits = s_ij/τ with s_ij = cos(uᵢ, vⱼ); loss = ½·[CE(logits, arange(N)) + CE(logitsᵀ, arange(N))]  (mean over the N pairs);  triplet: max(0, d(a, p) − d(a, n) + m), mean over triplets',
    shapes: {
      en: 'CLIP: image embeddings (N, D) and text embeddings (N, D) → logits (N, N) → scalar; transformers CLIPModel(..., return_loss=True) returns loss, logits_per_image (N_img, N_txt) and logits_per_text. PyTorch TripletMarginLoss: anchor, positive, negative (N, D) → scalar. CosineEmbeddingLoss: x1, x2 (N, D), target (N) of 1 / −1 → scalar. optax.ntxent(embeddings (N, D), labels (N)) → scalar.',
      'zh-cn': 'CLIP：图像 embedding (N, D) 与文本 embedding (N, D) → logits (N, N) → 标量；transformers 的 CLIPModel(..., return_loss=True) 返回 loss、logits_per_image (N_img, N_txt) 和 logits_per_text。PyTorch TripletMarginLoss：anchor、positive、negative 为 (N, D) → 标量。CosineEmbeddingLoss：x1、x2 为 (N, D)，target 为取值 1 / −1 的 (N) → 标量。optax.ntxent(embeddings (N, D), labels (N)) → 标量。',
    },
    params: [
      {
        name: 'margin',
        meaning: { en: 'Required gap between positive and negative distances (or similarity threshold for negatives).', 'zh-cn': '正负样本距离之间要求的间隔（或负样本相似度的阈值）。' },
        defaults: { pytorch: '1.0 (TripletMarginLoss); 0.0 (CosineEmbeddingLoss, MarginRankingLoss)' },
      },
      {
        name: 'p',
        meaning: { en: 'Norm degree of the pairwise distance in TripletMarginLoss.', 'zh-cn': 'TripletMarginLoss 中成对距离所用范数的阶数。' },
        defaults: { pytorch: '2.0 (TripletMarginLoss)' },
      },
      {
        name: 'temperature',
        meaning: { en: 'τ dividing the similarities; smaller τ sharpens the softmax over candidates.', 'zh-cn': '除以相似度的 τ；τ 越小，对候选的 softmax 越尖锐。' },
        defaults: { optax: '0.07 (ntxent)' },
      },
      {
        name: 'logit_scale_init_value',
        meaning: { en: 'Initial log of the learned logit scale 1/τ in CLIP.', 'zh-cn': 'CLIP 中可学习 logit scale（1/τ）的初始对数值。' },
        defaults: { transformers: '2.6592 (CLIPConfig; = ln(1/0.07))' },
      },
    ],
    pitfalls: [
      {
        en: 'Skipping L2 normalisation: raw dot products grow with the embedding norms, so the model can lower the loss by inflating norms instead of aligning directions. Normalise both sides (F.normalize(x, dim=-1)) before the similarity, as CLIP does; CLIP also clips the learned logit scale at 100.',
        'zh-cn': '跳过 L2 归一化：原始点积随 embedding 的范数增大，模型可以靠放大范数而不是对齐方向来降低损失。应像 CLIP 那样，在算相似度前对两侧都做归一化（F.normalize(x, dim=-1)）；CLIP 还把可学习的 logit scale 上限截断在 100。',
      },
      {
        en: 'Too few negatives: InfoNCE gets its negatives from the batch, so small batches give a weak signal (CLIP used 32,768). Under DDP each GPU only sees its local batch unless you all_gather the embeddings before building the similarity matrix.',
        'zh-cn': '负样本太少：InfoNCE 的负样本来自 batch，小 batch 信号弱（CLIP 用了 32,768）。在 DDP 下，除非在构造相似度矩阵前对 embedding 做 all_gather，每张 GPU 只能看到本地 batch。',
      },
      {
        en: 'False negatives: duplicate or near-duplicate captions in one batch are treated as negatives of each other. Deduplicate, or use a label-aware loss such as optax.ntxent with labels, where equal labels count as positives.',
        'zh-cn': '假负样本：同一 batch 中重复或近似重复的描述会被互相当作负样本。应去重，或使用带标签的损失，例如传入 labels 的 optax.ntxent，标签相同的样本算正样本。',
      },
      {
        en: 'CosineEmbeddingLoss and MarginRankingLoss expect targets 1 / −1, not 1 / 0. For triplets, most random triplets already satisfy the margin and give zero loss and zero gradient; mine hard or semi-hard negatives.',
        'zh-cn': 'CosineEmbeddingLoss 和 MarginRankingLoss 的 target 是 1 / −1，不是 1 / 0。三元组方面，大多数随机三元组已经满足间隔，损失和梯度都是 0；需要挖掘困难或半困难负样本。',
      },
    ],
    why: [
      {
        q: { en: 'Why does CLIP use cross-entropy over a similarity matrix?', 'zh-cn': '为什么 CLIP 在相似度矩阵上做交叉熵？' },
        a: {
          en: 'Each row asks an N-way question — which of the N captions belongs to this image? — and each column the reverse. The diagonal is the right answer, so cross-entropy with targets arange(N) trains both encoders at once, and the N − 1 other pairs in the batch are free negatives.',
          'zh-cn': '每一行都是一个 N 选 1 的问题——N 个描述里哪个属于这张图？每一列则反过来问。对角线是正确答案，所以用目标为 arange(N) 的交叉熵就能同时训练两个编码器，batch 中其余 N − 1 对都是免费的负样本。',
        },
      },
      {
        q: { en: 'Why divide by a temperature?', 'zh-cn': '为什么要除以温度？' },
        a: {
          en: 'Cosine similarities lie in [−1, 1]; a softmax over values that close is nearly uniform and gives weak gradients. Dividing by τ = 0.07 (×14.3) spreads the logits so the correct pair can dominate; CLIP learns τ.',
          'zh-cn': '余弦相似度在 [−1, 1] 之间，对如此接近的值做 softmax 几乎是均匀分布，梯度很弱。除以 τ = 0.07（放大 14.3 倍）能拉开 logits，让正确配对占主导；CLIP 把 τ 作为可学习参数。',
        },
      },
      {
        q: { en: 'Why does the triplet loss need a margin?', 'zh-cn': '为什么三元组损失需要间隔？' },
        a: {
          en: 'Without it the loss is already zero when d(a, p) = d(a, n), which a collapsed embedding (everything at one point) satisfies. The margin demands a real gap between positives and negatives.',
          'zh-cn': '没有间隔时，d(a, p) = d(a, n) 损失就已经为 0，而所有点坍缩到同一位置的 embedding 恰好满足这一点。间隔要求正负样本之间有真正的距离差。',
        },
      },
    ],
    seeAlso: ['clip', 'cross-entropy-loss', 'softmax', 'embedding', 'word2vec'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.TripletMarginLoss.html',
      optax: 'https://optax.readthedocs.io/en/latest/api/losses.html#optax.losses.ntxent',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/clip',
    },
  },
];
