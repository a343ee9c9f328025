/**
 * Optimizer cards: SGD and its momentum forms, the Adam family, the other adaptive methods, L-BFGS, and the
 * training machinery around an optimizer (schedules, weight decay, clipping, mixed precision, ZeRO sharding).
 * Defaults follow each framework's API reference (see src/catalog/symbols/*.ts for the checked signatures).
 */
import { OVERFITTING_QA } from './regularization';
import type { Card, WhyQA } from './types';

const PT = 'https://docs.pytorch.org/docs/stable/generated/';
const KERAS = 'https://keras.io/api/optimizers/';
const OPTAX = 'https://optax.readthedocs.io/en/latest/api/optimizers.html#optax.';

/** The notes' question on fp32 updates; shared by the mixed-precision and ZeRO cards. */
const FP32_UPDATE_QA: WhyQA = {
  q: {
    en: "Why are optimizer updates kept in fp32 under fp16 training and ZeRO?",
    'zh-cn': "为什么 fp16 训练和 ZeRO 中参数更新要保持 fp32？",
  },
  a: {
    en: "fp16 has a 10-bit mantissa: near 1.0 neighbouring values are 2⁻¹⁰ ≈ 0.001 apart, so an update smaller than about half of that (say lr·g = 1e-4) added to a weight of 1.0 rounds straight back to 1.0, and thousands of small steps vanish. Gradients below about 6e-8 also underflow to 0. fp32 has 24 bits of precision, so master weights and optimizer states (m, v) kept in fp32 let these small updates accumulate; only the copies used for the forward and backward pass are 16-bit.",
    'zh-cn': "fp16 只有 10 位尾数：在 1.0 附近相邻可表示数的间隔是 2⁻¹⁰ ≈ 0.001，小于约一半间隔的更新（比如 lr·g = 1e-4）加到 1.0 上会被直接舍入回 1.0，成千上万次小更新就这样消失了；小于约 6e-8 的梯度还会下溢成 0。fp32 有 24 位精度，把主权重和优化器状态（m、v）保存在 fp32 中，这些小更新才能累积起来；只有前向、反向计算用的副本是 16 位的。",
  },
};

export const OPTIMIZERS_CARDS: Card[] = [
  // ---------------------------------------------------------------------------------------------- sgd
  {
    id: 'sgd',
    family: 'optimizers',
    title: { en: 'Stochastic gradient descent (SGD)', 'zh-cn': '随机梯度下降（SGD）' },
    summary: {
      en: "SGD moves every parameter a small step against its gradient: θ ← θ − γ·g, where g is the gradient of the loss on the current mini-batch and γ is the learning rate. It keeps no state, so it costs no extra memory, and every parameter gets the same step size whatever the size or noise of its gradients. Plain SGD (momentum = 0) is the baseline the other optimizers modify; in practice it is nearly always combined with momentum and a learning-rate schedule.",
      'zh-cn': "SGD 让每个参数沿梯度的反方向走一小步：θ ← θ − γ·g，其中 g 是当前 mini-batch 上损失的梯度，γ 是学习率。它不保存任何状态，不占额外显存；所有参数共用同一个步长，不管各自梯度的大小和噪声如何。普通 SGD（momentum = 0）是其他优化器改造的基线，实际训练中几乎总是配合动量和学习率调度使用。",
    },
    formula: String.raw`\theta_t = \theta_{t-1} - \gamma\, g_t,\qquad g_t = \nabla_\theta\, \frac{1}{B}\sum_{i=1}^{B} \ell(x_i, y_i;\, \theta_{t-1})`,
    formulaText: 'θ ← θ − γ·g   (g = gradient of the loss averaged over the mini-batch of B samples; γ = lr)',
    shapes: {
      en: "Takes the parameters (an iterable of tensors or param groups in PyTorch, the trainable variables in Keras, a params pytree in optax) and gradients of the same shapes; each step updates every parameter in place by a tensor of its own shape. No optimizer state.",
      'zh-cn': "输入参数（PyTorch 中是张量或参数组的可迭代对象，Keras 中是可训练变量，optax 中是参数 pytree）以及同形的梯度；每一步就地更新每个参数，更新量与参数同形。不保存优化器状态。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ: the step size.', 'zh-cn': '学习率 γ，即步长。' },
        defaults: { pytorch: '0.001', keras: '0.01 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'momentum',
        meaning: { en: 'Non-zero turns this into SGD with momentum (see sgd-momentum).', 'zh-cn': '非零时就变成带动量的 SGD（见 sgd-momentum）。' },
        defaults: { pytorch: '0', keras: '0.0', optax: 'None' },
      },
      {
        name: 'weight_decay',
        meaning: {
          en: "PyTorch adds weight_decay·θ to the gradient (an L2 penalty; for plain SGD identical to decaying the weights). Keras subtracts lr·weight_decay·θ from the weights directly (decoupled).",
          'zh-cn': "PyTorch 把 weight_decay·θ 加到梯度上（即 L2 惩罚；对普通 SGD 与直接衰减权重等价）。Keras 则直接从权重中减去 lr·weight_decay·θ（解耦形式）。",
        },
        defaults: { pytorch: '0', keras: 'None' },
      },
    ],
    pitfalls: [
      {
        en: "Relying on the default lr: torch.optim.SGD uses 1e-3 (older PyTorch made lr required), keras.optimizers.SGD uses 0.01, optax.sgd has no default. The same script trains 10× slower in PyTorch than in Keras. Always pass lr explicitly.",
        'zh-cn': "依赖默认学习率：torch.optim.SGD 默认 1e-3（旧版 PyTorch 要求必须传 lr），keras.optimizers.SGD 默认 0.01，optax.sgd 没有默认值。同样的脚本在 PyTorch 里会比在 Keras 里慢 10 倍。务必显式传入 lr。",
      },
      {
        en: "Forgetting optimizer.zero_grad(): PyTorch accumulates .grad across backward() calls, so every step uses the sum of all previous gradients and training diverges. Call zero_grad() once per step (before backward()).",
        'zh-cn': "忘记调用 optimizer.zero_grad()：PyTorch 会在多次 backward() 之间累加 .grad，于是每一步用的是之前所有梯度之和，训练发散。每一步（在 backward() 之前）调用一次 zero_grad()。",
      },
      {
        en: "The loss reduction scales the step: with reduction='sum' the gradient grows with the batch size, so the same lr is B times larger than with the default 'mean'. Keep 'mean', or divide lr by B.",
        'zh-cn': "损失的 reduction 会缩放步长：reduction='sum' 时梯度随 batch 大小增长，同样的 lr 相当于默认 'mean' 时的 B 倍。保持 'mean'，或把 lr 除以 B。",
      },
    ],
    why: [
      {
        q: { en: 'Why mini-batch (stochastic) rather than full-batch gradient descent?', 'zh-cn': '为什么用 mini-batch（随机）梯度，而不是全量梯度下降？' },
        a: {
          en: "A mini-batch gradient is a cheap, unbiased estimate of the full gradient: you get many updates per pass over the data instead of one, and the noise helps leave saddle points and sharp minima. The price is variance, which momentum, larger batches or a decaying learning rate reduce.",
          'zh-cn': "mini-batch 梯度是全量梯度的一个廉价、无偏的估计：遍历一遍数据能更新很多次而不是一次，而且梯度噪声有助于逃离鞍点和尖锐的极小值。代价是方差，可以用动量、更大的 batch 或衰减的学习率来降低。",
        },
      },
      {
        q: { en: 'Why does the learning rate matter so much for SGD?', 'zh-cn': '为什么 SGD 对学习率这么敏感？' },
        a: {
          en: "Every parameter moves by γ·g. Too large, and steps overshoot along steep directions and diverge; too small, and flat directions barely move. SGD has no per-parameter scaling to compensate (unlike Adam), which is why it is paired with momentum and a schedule.",
          'zh-cn': "每个参数都移动 γ·g。γ 太大，在陡峭方向上会越过谷底甚至发散；太小，平缓方向几乎不动。SGD 没有逐参数的缩放来弥补（不像 Adam），所以通常要配合动量和学习率调度。",
        },
      },
    ],
    seeAlso: ['sgd-momentum', 'adam', 'lr-scheduler', 'weight-decay', 'gradient-clipping'],
    docs: {
      pytorch: `${PT}torch.optim.SGD.html`,
      keras: `${KERAS}sgd/`,
      optax: `${OPTAX}sgd`,
    },
    demo: 'optimizer',
  },

  // ------------------------------------------------------------------------------------- sgd-momentum
  {
    id: 'sgd-momentum',
    family: 'optimizers',
    title: { en: 'SGD with momentum', 'zh-cn': '带动量的 SGD（SGD with momentum）' },
    summary: {
      en: "Momentum keeps a velocity v that accumulates past gradients and steps along v instead of the raw gradient. Where successive gradients agree, speed builds up; where they flip sign, they cancel, so the optimizer crosses long ravines faster and oscillates less. Frameworks write the accumulation differently: PyTorch and optax sum raw gradients (v = μv + g), while many notes and papers use an exponential moving average (v = βv + (1−β)g); the two differ by a factor (1−β) in the effective learning rate.",
      'zh-cn': "动量维护一个累积历史梯度的速度 v，沿 v 而不是原始梯度走一步。相邻梯度方向一致时速度越积越大，方向来回翻转时相互抵消，因此能更快穿过狭长的山谷、震荡更小。各框架的累积写法不同：PyTorch 和 optax 直接累加原始梯度（v = μv + g），很多笔记和论文用指数滑动平均（v = βv + (1−β)g）；两者的有效学习率相差 (1−β) 倍。",
    },
    formula: String.raw`\begin{aligned}
&\text{PyTorch, optax:} && v_t = \mu\, v_{t-1} + g_t, && \theta_t = \theta_{t-1} - \gamma\, v_t \\
&\text{EMA form (notes):} && v_t = \beta\, v_{t-1} + (1-\beta)\, g_t, && \theta_t = \theta_{t-1} - \gamma\, v_t \\
&\text{Keras:} && v_t = \mu\, v_{t-1} - \gamma\, g_t, && \theta_t = \theta_{t-1} + v_t
\end{aligned}`,
    formulaText: 'PyTorch/optax: v ← μ·v + g, θ ← θ − γ·v   |   EMA form (notes, papers): v ← β·v + (1−β)·g, θ ← θ − γ·v   |   Keras: v ← μ·v − γ·g, θ ← θ + v   (v starts at 0, element-wise per parameter)',
    shapes: {
      en: "Same as SGD, plus one velocity buffer per parameter with the parameter's shape (PyTorch state['momentum_buffer'], Keras momentum variables, optax TraceState): one extra copy of the model's parameters.",
      'zh-cn': "与 SGD 相同，另外每个参数有一个同形的速度缓冲（PyTorch 的 state['momentum_buffer']、Keras 的 momentum 变量、optax 的 TraceState），相当于多存一份模型参数。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.001', keras: '0.01 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'momentum',
        meaning: { en: 'μ: the fraction of the previous velocity kept each step (0.9 is typical).', 'zh-cn': 'μ：每步保留上一步速度的比例（常用 0.9）。' },
        defaults: { pytorch: '0', keras: '0.0', optax: 'None' },
      },
      {
        name: 'dampening',
        meaning: {
          en: "PyTorch only: scales the new gradient by (1 − dampening). dampening = momentum gives the EMA form, except on the first step, where PyTorch sets v = g.",
          'zh-cn': "仅 PyTorch：新梯度乘以 (1 − dampening)。令 dampening = momentum 即得到 EMA 形式，只是第一步 PyTorch 直接令 v = g。",
        },
        defaults: { pytorch: '0' },
      },
      {
        name: 'nesterov',
        meaning: { en: 'Nesterov look-ahead: step along g + μ·v instead of v.', 'zh-cn': 'Nesterov 前瞻：沿 g + μ·v 而不是 v 更新。' },
        defaults: { pytorch: 'False', keras: 'False', optax: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "Porting a learning rate between the two conventions: with μ = β = 0.9, PyTorch's velocity settles at about 1/(1−μ) = 10× the gradient, the EMA form's at about 1×. A learning rate tuned for the EMA form (or a paper using it) takes 10× larger steps in torch.optim.SGD or optax.sgd: multiply it by (1−β), or set dampening=β in PyTorch.",
        'zh-cn': "在两种写法之间照搬学习率：μ = β = 0.9 时，PyTorch 的速度稳定在梯度的约 1/(1−μ) = 10 倍，EMA 形式则约为 1 倍。为 EMA 形式（或使用它的论文）调好的学习率放进 torch.optim.SGD 或 optax.sgd，步长会大 10 倍：应乘以 (1−β)，或在 PyTorch 中设 dampening=β。",
      },
      {
        en: "Keras folds the learning rate into the velocity (v = μv − γg), PyTorch applies it afterwards (θ −= γv). With a constant lr the steps are identical, but when a scheduler changes lr, PyTorch rescales the whole accumulated velocity at once while Keras only scales new gradients, so the same schedule behaves slightly differently.",
        'zh-cn': "Keras 把学习率乘进速度里（v = μv − γg），PyTorch 则在之后才乘（θ −= γv）。学习率恒定时两者步长完全相同；但调度器改变 lr 时，PyTorch 会立刻缩放整个累积速度，而 Keras 只缩放新的梯度，同一个调度的效果会略有不同。",
      },
      {
        en: "Resuming from a checkpoint with a freshly built optimizer throws the velocity away (it lives in optimizer.state_dict(), not in the model's), so the first steps after a restart behave like plain SGD. Save and load both.",
        'zh-cn': "从 checkpoint 恢复时重新创建优化器会丢掉速度（它保存在 optimizer.state_dict() 中，而不在模型里），重启后的头几步就像普通 SGD。两者都要保存和加载。",
      },
    ],
    why: [
      {
        q: { en: 'Which momentum formula does my framework use?', 'zh-cn': '我用的框架用的是哪种动量公式？' },
        a: {
          en: "torch.optim.SGD: v = μv + g (dampening 0 by default; dampening=μ gives the (1−β) form). optax.sgd(momentum=μ) chains optax.trace: v = μv + g. keras.optimizers.SGD: v = μv − γg, θ = θ + v, also without (1−β). None of them uses the EMA form by default; with a constant lr, γ_EMA = γ_PyTorch / (1−β) produces identical steps.",
          'zh-cn': "torch.optim.SGD：v = μv + g（dampening 默认 0；设 dampening=μ 即得到带 (1−β) 的形式）。optax.sgd(momentum=μ) 内部串联 optax.trace：v = μv + g。keras.optimizers.SGD：v = μv − γg，θ = θ + v，同样没有 (1−β)。三者默认都不是 EMA 形式；学习率恒定时，γ_EMA = γ_PyTorch / (1−β) 得到完全相同的步长。",
        },
      },
      {
        q: { en: 'Why does momentum speed up training?', 'zh-cn': '为什么动量能加速训练？' },
        a: {
          en: "In a long, narrow valley the gradient zig-zags across the walls and points only weakly along the floor. Accumulating gradients cancels the zig-zag and adds up the consistent component, so progress along the floor grows towards γ·g/(1−μ) per step, up to 10× at μ = 0.9.",
          'zh-cn': "在狭长的山谷里，梯度在两侧谷壁之间来回折返，沿谷底方向的分量很弱。累加梯度会抵消来回的分量、叠加一致的分量，于是沿谷底的前进速度趋近每步 γ·g/(1−μ)，μ = 0.9 时最多是原来的 10 倍。",
        },
      },
    ],
    seeAlso: ['sgd', 'nadam', 'adam', 'lr-scheduler', 'weight-decay'],
    docs: {
      pytorch: `${PT}torch.optim.SGD.html`,
      keras: `${KERAS}sgd/`,
      optax: `${OPTAX}sgd`,
    },
    demo: 'optimizer',
  },

  // --------------------------------------------------------------------------------------------- adam
  {
    id: 'adam',
    family: 'optimizers',
    title: { en: 'Adam', 'zh-cn': 'Adam（自适应矩估计）' },
    summary: {
      en: "Adam keeps two moving averages per parameter: m of the gradient (the first moment: direction) and v of the squared gradient (the uncentred second moment: scale). Each step moves by m̂/(√v̂ + ε), so every parameter gets its own effective step size: parameters with consistently large gradients slow down, rarely updated ones speed up. It needs little tuning (lr = 1e-3 is a common start) and is the default for Transformers and most deep nets; it costs two extra copies of the parameters in memory.",
      'zh-cn': "Adam 为每个参数维护两个滑动平均：梯度的 m（一阶矩，表示方向）和梯度平方的 v（未中心化的二阶矩，表示尺度）。每步移动 m̂/(√v̂ + ε)，于是每个参数都有自己的有效步长：梯度一直很大的参数被放慢，很少更新的参数被加快。它几乎不用调参（lr = 1e-3 是常见起点），是 Transformer 和大多数深度网络的默认选择；代价是多占两份参数大小的显存。",
    },
    formula: String.raw`\begin{aligned}
m_t &= \beta_1 m_{t-1} + (1-\beta_1)\, g_t, & v_t &= \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2 \\
\hat m_t &= \frac{m_t}{1-\beta_1^{\,t}}, & \hat v_t &= \frac{v_t}{1-\beta_2^{\,t}} \\
\theta_t &= \theta_{t-1} - \gamma\, \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}
\end{aligned}`,
    formulaText: 'm ← β₁·m + (1−β₁)·g;  v ← β₂·v + (1−β₂)·g²;  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ);  θ ← θ − γ·m̂/(√v̂ + ε)   (element-wise per parameter; t counts steps from 1; m and v start at 0)',
    shapes: {
      en: "Parameters and gradients of any shape; the update has the parameter's shape. State per parameter: m and v with the parameter's shape (PyTorch exp_avg, exp_avg_sq) plus a step counter, i.e. two extra copies of the model, kept in fp32 under mixed precision.",
      'zh-cn': "参数和梯度可以是任意形状，更新量与参数同形。每个参数的状态：与参数同形的 m 和 v（PyTorch 中叫 exp_avg、exp_avg_sq）以及一个步数计数器，即额外两份模型大小的存储；混合精度下它们保持 fp32。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ; the step size is roughly γ per parameter.', 'zh-cn': '学习率 γ；每个参数的步长大约就是 γ。' },
        defaults: {
          pytorch: '0.001',
          keras: '0.001 (learning_rate)',
          optax: 'required (learning_rate)',
          sklearn: "0.001 (learning_rate_init, MLPClassifier with solver='adam')",
        },
      },
      {
        name: 'betas',
        meaning: { en: 'Decay rates β₁, β₂ of the two moving averages.', 'zh-cn': '两个滑动平均的衰减率 β₁、β₂。' },
        defaults: { pytorch: '(0.9, 0.999)', keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)', sklearn: '0.9, 0.999 (beta_1, beta_2)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to √v̂ so the division is safe.', 'zh-cn': '加在 √v̂ 上，保证除法数值安全。' },
        defaults: { pytorch: '1e-08', keras: '1e-07 (epsilon)', optax: '1e-08', sklearn: '1e-08 (epsilon)' },
      },
      {
        name: 'weight_decay',
        meaning: {
          en: "PyTorch Adam: λθ is added to the gradient (L2), so it passes through m and v. Keras 3: decoupled decay of the weights. See adamw.",
          'zh-cn': "PyTorch 的 Adam：把 λθ 加到梯度上（L2），会经过 m 和 v。Keras 3：直接对权重做解耦衰减。见 adamw。",
        },
        defaults: { pytorch: '0', keras: 'None' },
      },
      {
        name: 'amsgrad',
        meaning: { en: 'Divide by the running maximum of v̂ (AMSGrad); optax has it as optax.amsgrad.', 'zh-cn': '分母改用 v̂ 的历史最大值（AMSGrad）；optax 中是 optax.amsgrad。' },
        defaults: { pytorch: 'False', keras: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "torch.optim.Adam(weight_decay=λ) is L2 regularization, not weight decay: λθ is added to the gradient and then divided by √v̂, so weights with large gradients are barely decayed. Use torch.optim.AdamW (or Adam(decoupled_weight_decay=True)). Keras 3 applies weight_decay decoupled in every optimizer, so Keras Adam(weight_decay=…) already behaves like AdamW.",
        'zh-cn': "torch.optim.Adam(weight_decay=λ) 是 L2 正则而不是权重衰减：λθ 加到梯度后再被 √v̂ 除，梯度大的权重几乎得不到衰减。应使用 torch.optim.AdamW（或 Adam(decoupled_weight_decay=True)）。Keras 3 的所有优化器都以解耦方式施加 weight_decay，所以 Keras 的 Adam(weight_decay=…) 本身就相当于 AdamW。",
      },
      {
        en: "Running Adam on .half() parameters: its m and v become fp16 and eps=1e-8 is below fp16's smallest subnormal (≈6e-8), so it rounds to 0 and √v̂ + ε can be 0, giving inf/NaN. Keep optimizer state in fp32 (torch.autocast + GradScaler does), or raise eps.",
        'zh-cn': "在 .half() 参数上直接跑 Adam：m、v 变成 fp16，而 eps=1e-8 小于 fp16 最小的次正规数（≈6e-8），会被舍入为 0，√v̂ + ε 可能为 0，得到 inf/NaN。让优化器状态保持 fp32（torch.autocast + GradScaler 就是这样做的），或调大 eps。",
      },
      {
        en: "eps differs across frameworks (PyTorch and optax 1e-8, Keras 1e-7), and Keras adds it to √v without the bias-correction factor (the paper's ε̂). Ported models can train slightly differently; match eps when comparing.",
        'zh-cn': "各框架的 eps 不同（PyTorch 和 optax 为 1e-8，Keras 为 1e-7），而且 Keras 把它加在未做偏差校正的 √v 上（即论文中的 ε̂）。迁移后的模型训练结果可能略有差异，对比时要对齐 eps。",
      },
      {
        en: "Resuming training with a fresh Adam resets m, v and the step count t: the first steps are bias-corrected from scratch and can jolt the weights. Save and restore optimizer.state_dict() (Keras model.save keeps the optimizer variables).",
        'zh-cn': "恢复训练时新建 Adam 会把 m、v 和步数 t 都清零：头几步重新从零做偏差校正，可能让权重剧烈跳动。要保存并恢复 optimizer.state_dict()（Keras 的 model.save 会保存优化器变量）。",
      },
    ],
    why: [
      {
        q: { en: 'Why does Adam need bias correction, and why does it fade?', 'zh-cn': 'Adam 为什么需要偏差校正？为什么它会逐渐失效？' },
        a: {
          en: "m and v start at 0 and β₁ = 0.9, β₂ = 0.999 are close to 1, so early averages are pulled towards 0: after the first step m = 0.1·g and v = 0.001·g². Dividing by (1 − βᵗ), which is 0.1 and 0.001 at t = 1, restores the right scale so the first updates are meaningful. As t grows, βᵗ → 0, the divisor → 1 and m̂ ≈ m, v̂ ≈ v: the correction matters only early (for β₂ = 0.999, the first few thousand steps).",
          'zh-cn': "m 和 v 从 0 开始，而 β₁ = 0.9、β₂ = 0.999 都接近 1，所以早期的平均值被拉向 0：第一步之后 m = 0.1·g，v = 0.001·g²。除以 (1 − βᵗ)（t = 1 时分别是 0.1 和 0.001）就恢复了正确的尺度，让最初的更新有意义。随着 t 增大，βᵗ → 0，除数 → 1，m̂ ≈ m、v̂ ≈ v：校正只在早期起作用（β₂ = 0.999 时约为前几千步）。",
        },
      },
      {
        q: { en: 'Is v the variance of the gradient?', 'zh-cn': 'v 是梯度的方差吗？' },
        a: {
          en: "No. v averages g², not (g − m)², so it is the uncentred second moment E[g²] = Var[g] + (E[g])². The ratio m̂/√v̂ is therefore a per-parameter signal-to-noise measure, usually at most about 1 in magnitude, which is why Adam's step is about γ whatever the gradient's scale.",
          'zh-cn': "不是。v 平均的是 g² 而不是 (g − m)²，所以它是未中心化的二阶矩 E[g²] = Var[g] + (E[g])²。因此 m̂/√v̂ 是逐参数的信噪比，绝对值通常不超过 1 左右，这也是为什么无论梯度尺度如何，Adam 的步长都大约是 γ。",
        },
      },
    ],
    seeAlso: ['adamw', 'sgd-momentum', 'rmsprop', 'adamax', 'nadam', 'radam'],
    docs: {
      pytorch: `${PT}torch.optim.Adam.html`,
      keras: `${KERAS}adam/`,
      optax: `${OPTAX}adam`,
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html',
    },
    demo: 'optimizer',
  },

  // -------------------------------------------------------------------------------------------- adamw
  {
    id: 'adamw',
    family: 'optimizers',
    title: { en: 'AdamW (Adam with decoupled weight decay)', 'zh-cn': 'AdamW（解耦权重衰减的 Adam）' },
    summary: {
      en: "AdamW is Adam plus weight decay applied directly to the weights, θ ← θ − γλθ, outside the adaptive step m̂/(√v̂ + ε), instead of adding λθ to the gradient. Every weight then shrinks by the same fraction per step whatever its gradient history, which regularizes as intended and lets lr and λ be tuned almost independently. It is the standard optimizer for Transformers and LLM fine-tuning, usually with warmup and cosine decay.",
      'zh-cn': "AdamW 就是 Adam 加上直接作用在权重上的权重衰减：θ ← θ − γλθ，它独立于自适应步长 m̂/(√v̂ + ε)，而不是把 λθ 加进梯度。这样每个权重每步都按相同比例收缩，与其梯度历史无关，正则化效果符合预期，lr 和 λ 也几乎可以分开调。它是 Transformer 训练和大模型微调的标准优化器，通常配合 warmup 和余弦衰减。",
    },
    formula: String.raw`\begin{aligned}
\theta_t &= \theta_{t-1} - \gamma\left(\frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon} + \lambda\,\theta_{t-1}\right) && (\hat m_t, \hat v_t \text{ from the raw gradient } g_t) \\
&\text{vs. Adam + L2:} && g_t \leftarrow \nabla_\theta L + \lambda\,\theta_{t-1} \text{ before } m_t, v_t
\end{aligned}`,
    formulaText: 'θ ← θ − γ·(m̂/(√v̂ + ε) + λ·θ)   (m̂, v̂ computed from the raw gradient as in Adam; Adam + L2 instead feeds g + λθ into m and v)',
    shapes: {
      en: "Same as Adam: any parameter shapes, two state tensors (m, v) of each parameter's shape plus a step counter.",
      'zh-cn': "与 Adam 相同：参数可以是任意形状，每个参数有两个同形的状态张量（m、v）和一个步数计数器。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ (also multiplies the decay).', 'zh-cn': '学习率 γ（也会乘到衰减项上）。' },
        defaults: { pytorch: '0.001', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'weight_decay',
        meaning: { en: 'λ: fraction of each weight removed per unit of lr each step.', 'zh-cn': 'λ：每步按 lr 比例从每个权重中减去的份额。' },
        defaults: { pytorch: '0.01', keras: '0.004', optax: '0.0001', deepspeed: '0.0 (FusedAdam, adam_w_mode=True)' },
      },
      {
        name: 'betas',
        meaning: { en: 'Decay rates β₁, β₂ of m and v.', 'zh-cn': 'm 和 v 的衰减率 β₁、β₂。' },
        defaults: { pytorch: '(0.9, 0.999)', keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to √v̂ for numerical safety.', 'zh-cn': '加在 √v̂ 上保证数值安全。' },
        defaults: { pytorch: '1e-08', keras: '1e-07 (epsilon)', optax: '1e-08' },
      },
      {
        name: 'mask',
        meaning: {
          en: "Which parameters are decayed (optax). PyTorch uses param groups with weight_decay=0; Keras uses optimizer.exclude_from_weight_decay().",
          'zh-cn': "指定哪些参数要衰减（optax）。PyTorch 用 weight_decay=0 的参数组实现；Keras 用 optimizer.exclude_from_weight_decay()。",
        },
        defaults: { optax: 'None' },
      },
    ],
    pitfalls: [
      {
        en: "The defaults differ by up to 100×: torch.optim.AdamW weight_decay=0.01, keras.optimizers.AdamW 0.004, optax.adamw 1e-4. Code that relies on the default changes its regularization when ported; set weight_decay explicitly.",
        'zh-cn': "各框架默认值相差最多 100 倍：torch.optim.AdamW 的 weight_decay=0.01，keras.optimizers.AdamW 为 0.004，optax.adamw 为 1e-4。依赖默认值的代码迁移后正则强度就变了，务必显式设置 weight_decay。",
      },
      {
        en: "Decaying biases and LayerNorm/BatchNorm scales usually hurts. In PyTorch pass two param groups ({'params': decay, 'weight_decay': 0.01}, {'params': no_decay, 'weight_decay': 0.0}); in optax pass mask=; in Keras call optimizer.exclude_from_weight_decay(var_names=[...]).",
        'zh-cn': "对 bias 和 LayerNorm/BatchNorm 的缩放参数做衰减通常有害。PyTorch 中传两个参数组（{'params': decay, 'weight_decay': 0.01} 和 {'params': no_decay, 'weight_decay': 0.0}）；optax 中传 mask=；Keras 中调用 optimizer.exclude_from_weight_decay(var_names=[...])。",
      },
      {
        en: "PyTorch, Keras and optax multiply the decay by lr (θ ← θ − lr·λ·θ), so the per-step shrink is lr·λ (1e-3 × 0.01 = 1e-5) and a schedule that lowers lr lowers the decay too. The AdamW paper scales the decay by the schedule multiplier only, so λ values quoted from it are not directly comparable.",
        'zh-cn': "PyTorch、Keras 和 optax 都把衰减乘以 lr（θ ← θ − lr·λ·θ），所以每步的收缩量是 lr·λ（1e-3 × 0.01 = 1e-5），调度器降低 lr 时衰减也随之降低。AdamW 论文只用调度系数去乘衰减项，因此论文里给出的 λ 不能直接照搬。",
      },
    ],
    why: [
      {
        q: { en: 'Why AdamW rather than Adam + weight_decay?', 'zh-cn': '为什么用 AdamW，而不是 Adam + weight_decay？' },
        a: {
          en: "For plain SGD, adding λθ to the gradient (L2) and shrinking the weights are the same update: θ − γ(g + λθ) = (1 − γλ)θ − γg. In Adam the L2 term passes through m and is divided by √v̂, so weights with large or frequent gradients are decayed far less than rarely updated ones, and the best λ becomes entangled with lr. Decoupling (Loshchilov & Hutter, 2019) decays every weight by the same fraction, which generalizes better and lets the two be tuned separately.",
          'zh-cn': "对普通 SGD，把 λθ 加到梯度上（L2）和直接收缩权重是同一个更新：θ − γ(g + λθ) = (1 − γλ)θ − γg。在 Adam 中，L2 项会经过 m 并被 √v̂ 除，梯度大或更新频繁的权重得到的衰减远少于很少更新的权重，最优 λ 也和 lr 纠缠在一起。解耦（Loshchilov & Hutter, 2019）让每个权重按相同比例衰减，泛化更好，两个超参数也能分开调。",
        },
      },
      {
        q: { en: 'Is Adam(decoupled_weight_decay=True) the same as AdamW?', 'zh-cn': 'Adam(decoupled_weight_decay=True) 和 AdamW 一样吗？' },
        a: {
          en: "Yes. Recent PyTorch implements AdamW as Adam with decoupled_weight_decay=True; only the default weight_decay differs (0 for Adam, 0.01 for AdamW).",
          'zh-cn': "一样。新版 PyTorch 中 AdamW 就是 decoupled_weight_decay=True 的 Adam，只有默认的 weight_decay 不同（Adam 为 0，AdamW 为 0.01）。",
        },
      },
    ],
    seeAlso: ['adam', 'weight-decay', 'l2-regularization', 'lr-scheduler', 'lion', 'lamb'],
    docs: {
      pytorch: `${PT}torch.optim.AdamW.html`,
      keras: `${KERAS}adamw/`,
      optax: `${OPTAX}adamw`,
    },
    demo: 'optimizer',
  },

  // ------------------------------------------------------------------------------------------- adamax
  {
    id: 'adamax',
    family: 'optimizers',
    title: { en: 'Adamax', 'zh-cn': 'Adamax' },
    summary: {
      en: "Adamax is the variant in the Adam paper that replaces the root-mean-square scale √v with an exponentially weighted infinity norm u = max(β₂u, |g|). The denominator then tracks the largest recent gradient magnitude, which is bounded and needs no bias correction, so steps stay stable when gradients are sparse or spiky (it has been used for embeddings). Otherwise it behaves like Adam.",
      'zh-cn': "Adamax 是 Adam 论文中提出的变体：把均方根尺度 √v 换成指数加权的无穷范数 u = max(β₂u, |g|)。分母于是跟踪最近最大的梯度幅值，它有界且不需要偏差校正，所以在梯度稀疏或有尖峰时步长依然稳定（曾用于训练 embedding）。其余行为与 Adam 相同。",
    },
    formula: String.raw`m_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t,\qquad u_t = \max\!\big(\beta_2 u_{t-1},\ \lvert g_t\rvert\big),\qquad \theta_t = \theta_{t-1} - \frac{\gamma}{1-\beta_1^{\,t}}\,\frac{m_t}{u_t + \epsilon}`,
    formulaText: 'm ← β₁·m + (1−β₁)·g;  u ← max(β₂·u, |g|);  θ ← θ − γ/(1−β₁ᵗ) · m/(u + ε)   (element-wise; PyTorch puts ε inside: u ← max(β₂·u, |g| + ε))',
    shapes: {
      en: "Any parameter shapes; state: m and u with each parameter's shape plus a step counter.",
      'zh-cn': "参数可以是任意形状；状态：与每个参数同形的 m 和 u，以及步数计数器。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.002', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'betas',
        meaning: { en: 'β₁ for m, β₂ for the decay of the infinity norm u.', 'zh-cn': 'β₁ 用于 m，β₂ 用于无穷范数 u 的衰减。' },
        defaults: { pytorch: '(0.9, 0.999)', keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Keeps the division safe when u is 0.', 'zh-cn': 'u 为 0 时保证除法安全。' },
        defaults: { pytorch: '1e-08', keras: '1e-07 (epsilon)', optax: '1e-08' },
      },
      {
        name: 'weight_decay',
        meaning: { en: 'PyTorch: L2 added to the gradient. optax.adamaxw: decoupled decay.', 'zh-cn': 'PyTorch：加到梯度上的 L2。optax.adamaxw：解耦衰减。' },
        defaults: { pytorch: '0', keras: 'None', optax: '0.0001 (optax.adamaxw)' },
      },
    ],
    pitfalls: [
      {
        en: "Default learning rates differ: torch.optim.Adamax uses 2e-3 (the paper's value), Keras Adamax 1e-3. Pass lr explicitly when comparing runs across frameworks.",
        'zh-cn': "默认学习率不同：torch.optim.Adamax 用 2e-3（论文的取值），Keras 的 Adamax 用 1e-3。跨框架对比时要显式传入 lr。",
      },
      {
        en: "One huge gradient (an outlier batch) sets u for a long time, because u only decays by β₂ = 0.999 per step: a spike 100× the usual size keeps that parameter's steps tiny for roughly ln(100)/0.001 ≈ 4600 steps. Clip gradients if outliers are frequent.",
        'zh-cn': "一次巨大的梯度（离群 batch）会在很长时间内决定 u，因为 u 每步只按 β₂ = 0.999 衰减：一次比平常大 100 倍的尖峰，会让该参数的步长在约 ln(100)/0.001 ≈ 4600 步内都很小。离群值频繁时要做梯度裁剪。",
      },
    ],
    why: [
      {
        q: { en: 'Why an infinity norm instead of √v?', 'zh-cn': '为什么用无穷范数而不是 √v？' },
        a: {
          en: "Generalizing Adam's L2-based scale to an Lp norm and letting p → ∞ gives a simple max recursion. Its value is the largest recent |g| (decayed), which the zero initialization cannot drag towards 0 the way it drags v, so only m needs bias correction and the step is bounded by about γ.",
          'zh-cn': "把 Adam 基于 L2 的尺度推广到 Lp 范数并令 p → ∞，就得到一个简单的取最大值递推。它的值是最近（带衰减的）最大 |g|，不会像 v 那样被零初始化拉向 0，因此只有 m 需要偏差校正，步长也被限制在约 γ 以内。",
        },
      },
    ],
    seeAlso: ['adam', 'nadam', 'rmsprop', 'gradient-clipping'],
    docs: {
      pytorch: `${PT}torch.optim.Adamax.html`,
      keras: `${KERAS}adamax/`,
      optax: `${OPTAX}adamax`,
    },
  },

  // -------------------------------------------------------------------------------------------- nadam
  {
    id: 'nadam',
    family: 'optimizers',
    title: { en: 'Nadam (Nesterov-accelerated Adam)', 'zh-cn': 'Nadam（Nesterov 加速的 Adam）' },
    summary: {
      en: "Nadam is Adam with Nesterov momentum: instead of stepping along the current first moment m̂, it steps along the look-ahead mix β₁·m̂ + (1−β₁)·g, which already contains the next momentum step. This usually speeds up early progress slightly at the same cost as Adam. PyTorch's NAdam also decays β₁ over time with a momentum schedule (momentum_decay = 0.004), following Dozat's report.",
      'zh-cn': "Nadam 是使用 Nesterov 动量的 Adam：它不沿当前一阶矩 m̂ 更新，而是沿已经包含下一步动量的前瞻组合 β₁·m̂ + (1−β₁)·g 更新。通常能让早期收敛略快，开销与 Adam 相同。PyTorch 的 NAdam 还按照 Dozat 的报告用动量调度随时间衰减 β₁（momentum_decay = 0.004）。",
    },
    formula: String.raw`\theta_t = \theta_{t-1} - \frac{\gamma}{\sqrt{\hat v_t} + \epsilon}\left(\beta_1 \hat m_t + \frac{(1-\beta_1)\, g_t}{1-\beta_1^{\,t}}\right)`,
    formulaText: 'θ ← θ − γ/(√v̂ + ε) · (β₁·m̂ + (1−β₁)·g/(1−β₁ᵗ))   (m, v, m̂, v̂ as in Adam; PyTorch also replaces β₁ by μₜ = β₁·(1 − 0.5·0.96^(t·ψ)), ψ = momentum_decay)',
    shapes: {
      en: "Same as Adam: two state tensors of each parameter's shape plus a step counter (PyTorch also keeps the running product of μₜ).",
      'zh-cn': "与 Adam 相同：每个参数两个同形状态张量和一个步数计数器（PyTorch 还保存 μₜ 的累乘）。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.002', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'betas',
        meaning: { en: 'Decay rates β₁, β₂ of m and v.', 'zh-cn': 'm 和 v 的衰减率 β₁、β₂。' },
        defaults: { pytorch: '(0.9, 0.999)', keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to √v̂.', 'zh-cn': '加在 √v̂ 上。' },
        defaults: { pytorch: '1e-08', keras: '1e-07 (epsilon)', optax: '1e-08' },
      },
      {
        name: 'momentum_decay',
        meaning: { en: 'ψ in the momentum schedule μₜ (PyTorch only).', 'zh-cn': '动量调度 μₜ 中的 ψ（仅 PyTorch）。' },
        defaults: { pytorch: '0.004' },
      },
      {
        name: 'decoupled_weight_decay',
        meaning: { en: 'Apply weight_decay AdamW-style (NAdamW); optax has optax.nadamw.', 'zh-cn': '以 AdamW 的方式施加 weight_decay（NAdamW）；optax 中对应 optax.nadamw。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "torch.optim.NAdam defaults to lr=2e-3, twice Adam's 1e-3: swapping Adam for NAdam without setting lr doubles the step size.",
        'zh-cn': "torch.optim.NAdam 默认 lr=2e-3，是 Adam 默认值 1e-3 的两倍：把 Adam 换成 NAdam 而不设 lr，步长就翻倍了。",
      },
      {
        en: "The three Nadams are not identical: optax.nadam (= optax.adam(nesterov=True)) has no momentum schedule, and Keras Nadam uses μₜ = β₁(1 − 0.5·0.96ᵗ) without PyTorch's ψ = 0.004 factor in the exponent. Trajectories differ from torch.optim.NAdam even with equal hyperparameters.",
        'zh-cn': "三个框架的 Nadam 并不相同：optax.nadam（等同于 optax.adam(nesterov=True)）没有动量调度；Keras 的 Nadam 用 μₜ = β₁(1 − 0.5·0.96ᵗ)，指数中没有 PyTorch 的 ψ = 0.004 因子。即使超参数相同，训练轨迹也会与 torch.optim.NAdam 不同。",
      },
      {
        en: "weight_decay in torch.optim.NAdam is L2 added to the gradient unless decoupled_weight_decay=True.",
        'zh-cn': "torch.optim.NAdam 的 weight_decay 默认是加到梯度上的 L2，除非设 decoupled_weight_decay=True。",
      },
    ],
    why: [
      {
        q: { en: 'What does Nesterov momentum change?', 'zh-cn': 'Nesterov 动量改变了什么？' },
        a: {
          en: "Classical momentum computes the gradient at the current point and adds the old velocity; Nesterov effectively applies the velocity first and corrects with the gradient, so the step anticipates where momentum is taking the weights. Nadam folds this look-ahead into the numerator: the current gradient's share of the next m is used now instead of one step later.",
          'zh-cn': "经典动量在当前点算梯度再加上旧速度；Nesterov 相当于先按速度走、再用梯度修正，所以更新会预判动量要把权重带到哪里。Nadam 把这种前瞻折进分子里：当前梯度在下一步 m 中所占的那部分现在就用上，而不是晚一步。",
        },
      },
    ],
    seeAlso: ['adam', 'sgd-momentum', 'adamw', 'radam'],
    docs: {
      pytorch: `${PT}torch.optim.NAdam.html`,
      keras: `${KERAS}Nadam/`,
      optax: `${OPTAX}nadam`,
    },
  },

  // -------------------------------------------------------------------------------------------- radam
  {
    id: 'radam',
    family: 'optimizers',
    title: { en: 'RAdam (Rectified Adam)', 'zh-cn': 'RAdam（修正 Adam）' },
    summary: {
      en: "RAdam fixes Adam's unreliable first steps: while only a few gradients have been seen, the second-moment estimate v̂ is itself very noisy, so adaptive steps can be huge. RAdam computes ρₜ, the effective length of the moving average; until it exceeds 5 (about the first 5 steps) it takes plain momentum steps, and afterwards Adam steps scaled by a rectification factor rₜ that rises towards 1 over the first thousands of steps. It works as a built-in, automatic warmup.",
      'zh-cn': "RAdam 修正 Adam 头几步不可靠的问题：只见过很少几个梯度时，二阶矩估计 v̂ 本身噪声很大，自适应步长可能极大。RAdam 计算滑动平均的有效长度 ρₜ；在它超过 5 之前（大约前 5 步）只走普通动量步，之后走乘以修正因子 rₜ 的 Adam 步，rₜ 在前几千步内逐渐升到 1。它相当于内置的自动 warmup。",
    },
    formula: String.raw`\begin{aligned}
\rho_\infty &= \frac{2}{1-\beta_2} - 1, \qquad \rho_t = \rho_\infty - \frac{2t\,\beta_2^{\,t}}{1-\beta_2^{\,t}}, \qquad r_t = \sqrt{\frac{(\rho_t-4)(\rho_t-2)\,\rho_\infty}{(\rho_\infty-4)(\rho_\infty-2)\,\rho_t}} \\
\theta_t &= \begin{cases} \theta_{t-1} - \gamma\, r_t\, \dfrac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}, & \rho_t > 5 \\[1ex] \theta_{t-1} - \gamma\, \hat m_t, & \text{otherwise} \end{cases}
\end{aligned}`,
    formulaText: 'ρ∞ = 2/(1−β₂) − 1;  ρₜ = ρ∞ − 2t·β₂ᵗ/(1−β₂ᵗ);  if ρₜ > 5: θ ← θ − γ·rₜ·m̂/(√v̂ + ε) with rₜ = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)), else θ ← θ − γ·m̂   (m̂, v̂ as in Adam)',
    shapes: {
      en: "Same as Adam: m and v of each parameter's shape plus a step counter.",
      'zh-cn': "与 Adam 相同：每个参数同形的 m、v 以及步数计数器。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.001', optax: 'required (learning_rate)' },
      },
      {
        name: 'betas',
        meaning: { en: 'Decay rates β₁, β₂; β₂ also sets ρ∞.', 'zh-cn': '衰减率 β₁、β₂；β₂ 同时决定 ρ∞。' },
        defaults: { pytorch: '(0.9, 0.999)', optax: '0.9, 0.999 (b1, b2)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to √v̂.', 'zh-cn': '加在 √v̂ 上。' },
        defaults: { pytorch: '1e-08', optax: '1e-08' },
      },
      {
        name: 'threshold',
        meaning: { en: 'ρₜ above which the adaptive step is used (PyTorch hard-codes 5).', 'zh-cn': 'ρₜ 超过该值后才使用自适应步长（PyTorch 固定为 5）。' },
        defaults: { optax: '5.0' },
      },
      {
        name: 'decoupled_weight_decay',
        meaning: { en: 'Apply weight_decay AdamW-style instead of as L2.', 'zh-cn': '以 AdamW 的方式施加 weight_decay，而不是 L2。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "RAdam is not a replacement for a learning-rate schedule: it only rectifies the variance of the first steps. You still need decay, and many large-model recipes keep a warmup as well.",
        'zh-cn': "RAdam 不能替代学习率调度：它只修正头几步的方差。仍然需要学习率衰减，很多大模型配方也仍然保留 warmup。",
      },
      {
        en: "Keras 3 ships no RAdam; older TensorFlow code used tfa.optimizers.RectifiedAdam from the no-longer-maintained TensorFlow Addons, so porting such a recipe needs a replacement optimizer.",
        'zh-cn': "Keras 3 没有 RAdam；旧的 TensorFlow 代码用的是已停止维护的 TensorFlow Addons 中的 tfa.optimizers.RectifiedAdam，迁移这类配方时需要换一个优化器实现。",
      },
      {
        en: "weight_decay in torch.optim.RAdam is L2 added to the gradient unless decoupled_weight_decay=True.",
        'zh-cn': "torch.optim.RAdam 的 weight_decay 默认是加到梯度上的 L2，除非设 decoupled_weight_decay=True。",
      },
    ],
    why: [
      {
        q: { en: 'Why does Adam need warmup, and how does RAdam avoid it?', 'zh-cn': 'Adam 为什么需要 warmup？RAdam 如何避免？' },
        a: {
          en: "In the first steps v̂ averages very few squared gradients, so 1/√v̂ has a huge variance and some parameters take enormous steps. Warmup hides this with a small lr. RAdam measures how many samples effectively back v̂ (ρₜ) and shrinks the adaptive step by rₜ until the estimate can be trusted, so no warmup length has to be tuned.",
          'zh-cn': "头几步 v̂ 只平均了极少的梯度平方，1/√v̂ 方差很大，部分参数会迈出巨大的步子。warmup 用很小的 lr 掩盖这个问题。RAdam 估计 v̂ 背后实际有多少样本（ρₜ），在估计可信之前用 rₜ 缩小自适应步长，因此不用调 warmup 的长度。",
        },
      },
    ],
    seeAlso: ['adam', 'lr-scheduler', 'nadam', 'adamw'],
    docs: {
      pytorch: `${PT}torch.optim.RAdam.html`,
      optax: `${OPTAX}radam`,
    },
  },

  // ------------------------------------------------------------------------------------------ rmsprop
  {
    id: 'rmsprop',
    family: 'optimizers',
    title: { en: 'RMSprop', 'zh-cn': 'RMSprop' },
    summary: {
      en: "RMSprop divides each parameter's gradient by the root of a moving average of its recent squared gradients, so steep, high-variance directions get smaller steps and flat ones larger. It is Adam without the first moment and without bias correction; optional momentum and a centered variant (which subtracts the mean gradient, giving a true variance) exist. It remains common for RNNs and reinforcement learning.",
      'zh-cn': "RMSprop 把每个参数的梯度除以其最近梯度平方滑动平均的平方根，于是陡峭、方差大的方向步长变小，平缓方向步长变大。它相当于没有一阶矩、也没有偏差校正的 Adam；可选动量，还有 centered 变体（减去平均梯度，得到真正的方差）。在 RNN 和强化学习中仍很常用。",
    },
    formula: String.raw`v_t = \alpha\, v_{t-1} + (1-\alpha)\, g_t^2,\qquad \theta_t = \theta_{t-1} - \gamma\, \frac{g_t}{\sqrt{v_t} + \epsilon}`,
    formulaText: 'v ← α·v + (1−α)·g²;  θ ← θ − γ·g/(√v + ε)   (element-wise; α is alpha in PyTorch, rho in Keras, decay in optax; centered=True uses v − (mean g)² under the root)',
    shapes: {
      en: "Any parameter shapes; state: v with each parameter's shape (plus a momentum buffer and a mean-gradient buffer when momentum > 0 or centered=True).",
      'zh-cn': "参数可以是任意形状；状态：与每个参数同形的 v（momentum > 0 或 centered=True 时另有动量缓冲和平均梯度缓冲）。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.01', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'alpha',
        meaning: { en: 'Decay rate of the squared-gradient average.', 'zh-cn': '梯度平方滑动平均的衰减率。' },
        defaults: { pytorch: '0.99', keras: '0.9 (rho)', optax: '0.9 (decay)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to the denominator (optax: inside the square root by default).', 'zh-cn': '加在分母上（optax 默认加在平方根内）。' },
        defaults: { pytorch: '1e-08', keras: '1e-07 (epsilon)', optax: '1e-08' },
      },
      {
        name: 'momentum',
        meaning: { en: 'Momentum applied to the normalized step.', 'zh-cn': '作用在归一化后步长上的动量。' },
        defaults: { pytorch: '0', keras: '0.0', optax: 'None' },
      },
      {
        name: 'centered',
        meaning: { en: 'Normalize by the estimated variance instead of the raw second moment.', 'zh-cn': '用估计的方差而不是原始二阶矩来归一化。' },
        defaults: { pytorch: 'False', keras: 'False', optax: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "The frameworks disagree on defaults: PyTorch lr=0.01 with alpha=0.99, Keras learning_rate=0.001 with rho=0.9. A Keras recipe run with PyTorch defaults takes 10× larger steps with a slower-reacting average.",
        'zh-cn': "各框架默认值不一致：PyTorch 是 lr=0.01、alpha=0.99，Keras 是 learning_rate=0.001、rho=0.9。用 PyTorch 默认值跑 Keras 的配方，步长大 10 倍，平均值的反应也更慢。",
      },
      {
        en: "optax.rmsprop puts eps inside the square root by default (eps_in_sqrt=True: g/√(v + ε)), PyTorch outside (g/(√v + ε)). With eps=1e-8 the smallest denominators are 1e-4 versus 1e-8, which matters for parameters with tiny gradients.",
        'zh-cn': "optax.rmsprop 默认把 eps 放在平方根里（eps_in_sqrt=True：g/√(v + ε)），PyTorch 放在外面（g/(√v + ε)）。eps=1e-8 时最小分母分别是 1e-4 和 1e-8，对梯度极小的参数影响很大。",
      },
      {
        en: "v starts at 0 and is not bias-corrected (optax bias_correction=False by default), so the first steps are oversized: with α = 0.99, v = 0.01·g² after one step and the first update is about 10·γ per parameter.",
        'zh-cn': "v 从 0 开始且不做偏差校正（optax 默认 bias_correction=False），所以头几步偏大：α = 0.99 时，第一步后 v = 0.01·g²，第一次更新约为每个参数 10·γ。",
      },
    ],
    why: [
      {
        q: { en: 'Why divide by the root mean square of the gradient?', 'zh-cn': '为什么要除以梯度的均方根？' },
        a: {
          en: "It normalizes each parameter's step by its typical gradient size, so the effective step is about γ whatever the scale: parameters with large gradients no longer dominate and those with small gradients no longer stall. Using a moving average (unlike Adagrad's running sum) lets the scale follow the current region of the loss surface instead of shrinking forever.",
          'zh-cn': "它用每个参数典型的梯度大小来归一化步长，于是无论尺度如何，有效步长都约为 γ：梯度大的参数不再主导，梯度小的参数不再停滞。用滑动平均（而不是 Adagrad 的累加和）让尺度跟随损失曲面的当前区域变化，而不会一直缩小下去。",
        },
      },
    ],
    seeAlso: ['adagrad', 'adadelta', 'adam', 'sgd-momentum'],
    docs: {
      pytorch: `${PT}torch.optim.RMSprop.html`,
      keras: `${KERAS}rmsprop/`,
      optax: `${OPTAX}rmsprop`,
    },
    demo: 'optimizer',
  },

  // ------------------------------------------------------------------------------------------ adagrad
  {
    id: 'adagrad',
    family: 'optimizers',
    title: { en: 'Adagrad', 'zh-cn': 'Adagrad' },
    summary: {
      en: "Adagrad gives each parameter a learning rate that shrinks with the total squared gradient it has received: G accumulates g² over all steps and the step is γ·g/√G. Rarely updated parameters (embeddings of rare words, sparse features) keep large steps while frequently updated ones slow down. Because G only grows, the effective learning rate keeps decaying, which suits convex problems but can stall long deep-network training; RMSprop and Adadelta were designed to fix that.",
      'zh-cn': "Adagrad 给每个参数一个随其累计梯度平方增大而缩小的学习率：G 在所有步上累加 g²，每步走 γ·g/√G。很少被更新的参数（稀有词的 embedding、稀疏特征）保持较大步长，频繁更新的参数则变慢。由于 G 只增不减，有效学习率会一直衰减，适合凸问题，但在长时间的深度网络训练中可能停滞；RMSprop 和 Adadelta 正是为解决这一点而提出的。",
    },
    formula: String.raw`G_t = G_{t-1} + g_t^2,\qquad \theta_t = \theta_{t-1} - \gamma\, \frac{g_t}{\sqrt{G_t} + \epsilon}`,
    formulaText: 'G ← G + g²;  θ ← θ − γ·g/(√G + ε)   (element-wise running sum over all steps; G starts at initial_accumulator_value)',
    shapes: {
      en: "Any parameter shapes; state: the accumulator G with each parameter's shape (PyTorch state['sum']) plus a step counter.",
      'zh-cn': "参数可以是任意形状；状态：与每个参数同形的累加器 G（PyTorch 中为 state['sum']）和步数计数器。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ.', 'zh-cn': '学习率 γ。' },
        defaults: { pytorch: '0.01', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'initial_accumulator_value',
        meaning: { en: 'Starting value of G.', 'zh-cn': 'G 的初始值。' },
        defaults: { pytorch: '0', keras: '0.1', optax: '0.1' },
      },
      {
        name: 'eps',
        meaning: { en: 'Keeps the division safe while G is 0.', 'zh-cn': 'G 为 0 时保证除法安全。' },
        defaults: { pytorch: '1e-10', keras: '1e-07 (epsilon)', optax: '1e-07' },
      },
      {
        name: 'lr_decay',
        meaning: { en: 'Extra decay γₜ = γ/(1 + (t−1)·lr_decay) (PyTorch only).', 'zh-cn': '额外的衰减 γₜ = γ/(1 + (t−1)·lr_decay)（仅 PyTorch）。' },
        defaults: { pytorch: '0' },
      },
    ],
    pitfalls: [
      {
        en: "Training stalls late: for steady gradients √G grows like √t, so after 10,000 steps the effective lr is about 100× smaller than at the start. If the loss plateaus while gradients are still sizeable, switch to RMSprop or Adam.",
        'zh-cn': "训练后期停滞：梯度平稳时 √G 按 √t 增长，10,000 步后有效学习率只有开始时的约 1/100。如果梯度仍然不小而损失已停滞，改用 RMSprop 或 Adam。",
      },
      {
        en: "initial_accumulator_value differs: PyTorch starts G at 0, Keras and optax at 0.1. With 0 the first step is γ·g/(|g| + ε) ≈ ±γ for every parameter; with 0.1, parameters with small gradients take much smaller first steps.",
        'zh-cn': "initial_accumulator_value 不同：PyTorch 的 G 从 0 开始，Keras 和 optax 从 0.1 开始。为 0 时每个参数第一步都是 γ·g/(|g| + ε) ≈ ±γ；为 0.1 时，梯度小的参数第一步要小得多。",
      },
    ],
    why: [
      {
        q: { en: 'Why does Adagrad suit sparse features?', 'zh-cn': '为什么 Adagrad 适合稀疏特征？' },
        a: {
          en: "A parameter that receives a gradient only occasionally has a small accumulated G, so when its feature does appear it takes a large step; dense, frequently updated parameters accumulate G quickly and take small steps. This per-coordinate schedule is why Adagrad worked well for word embeddings and click-through-rate models.",
          'zh-cn': "只偶尔收到梯度的参数累计的 G 很小，所以它的特征一出现就能迈出大步；稠密、频繁更新的参数 G 很快变大，步长就小。正是这种逐坐标的调度让 Adagrad 在词向量和点击率模型上表现很好。",
        },
      },
    ],
    seeAlso: ['rmsprop', 'adadelta', 'adam', 'sgd'],
    docs: {
      pytorch: `${PT}torch.optim.Adagrad.html`,
      keras: `${KERAS}adagrad/`,
      optax: `${OPTAX}adagrad`,
    },
    demo: 'optimizer',
  },

  // ----------------------------------------------------------------------------------------- adadelta
  {
    id: 'adadelta',
    family: 'optimizers',
    title: { en: 'Adadelta', 'zh-cn': 'Adadelta' },
    summary: {
      en: "Adadelta fixes Adagrad's ever-shrinking steps by using decaying averages instead of a running sum, and removes the need for a hand-set learning rate by giving the step the parameters' units: each step is the RMS of recent updates divided by the RMS of recent gradients, times the gradient. In the original method the learning rate is 1 (PyTorch's default); frameworks keep it as an optional multiplier.",
      'zh-cn': "Adadelta 用衰减平均代替累加和，解决了 Adagrad 步长不断缩小的问题；同时让步长具有参数本身的量纲，从而不再需要手动设学习率：每一步等于最近更新量的均方根除以最近梯度的均方根，再乘以梯度。原始方法中学习率为 1（PyTorch 的默认值）；各框架把它保留为一个可选的乘数。",
    },
    formula: String.raw`\begin{aligned}
v_t &= \rho\, v_{t-1} + (1-\rho)\, g_t^2, & \Delta_t &= \frac{\sqrt{u_{t-1} + \epsilon}}{\sqrt{v_t + \epsilon}}\, g_t \\
u_t &= \rho\, u_{t-1} + (1-\rho)\, \Delta_t^2, & \theta_t &= \theta_{t-1} - \gamma\, \Delta_t
\end{aligned}`,
    formulaText: 'v ← ρ·v + (1−ρ)·g²;  Δ = √(u + ε)/√(v + ε) · g;  u ← ρ·u + (1−ρ)·Δ²;  θ ← θ − γ·Δ   (element-wise; u averages squared updates, v squared gradients)',
    shapes: {
      en: "Any parameter shapes; state: v and u, each with the parameter's shape (PyTorch square_avg, acc_delta).",
      'zh-cn': "参数可以是任意形状；状态：与参数同形的 v 和 u（PyTorch 中为 square_avg、acc_delta）。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Multiplier γ on Δ; the method itself uses 1.', 'zh-cn': 'Δ 上的乘数 γ；方法本身用 1。' },
        defaults: { pytorch: '1.0', keras: '0.001 (learning_rate)', optax: 'None (learning_rate)' },
      },
      {
        name: 'rho',
        meaning: { en: 'Decay rate of both averages.', 'zh-cn': '两个滑动平均的衰减率。' },
        defaults: { pytorch: '0.9', keras: '0.95', optax: '0.9' },
      },
      {
        name: 'eps',
        meaning: { en: 'Stabilizer; also sets the size of the first steps.', 'zh-cn': '稳定项；同时决定头几步的步长大小。' },
        defaults: { pytorch: '1e-06', keras: '1e-07 (epsilon)', optax: '1e-06' },
      },
      {
        name: 'weight_decay',
        meaning: { en: 'Weight decay (PyTorch: L2 added to the gradient).', 'zh-cn': '权重衰减（PyTorch：加到梯度上的 L2）。' },
        defaults: { pytorch: '0', keras: 'None', optax: '0.0' },
      },
    ],
    pitfalls: [
      {
        en: "keras.optimizers.Adadelta defaults to learning_rate=0.001, while the method and PyTorch use 1.0: with the Keras default the updates are 1000× smaller and the model barely moves. Set learning_rate=1.0 to match the paper.",
        'zh-cn': "keras.optimizers.Adadelta 默认 learning_rate=0.001，而原方法和 PyTorch 都用 1.0：用 Keras 默认值时更新小 1000 倍，模型几乎不动。要与论文一致请设 learning_rate=1.0。",
      },
      {
        en: "eps is not only a stabilizer: with u starting at 0 the first steps are about √ε/√((1−ρ)g²)·g, i.e. roughly 3e-3 per parameter for eps=1e-6 and ρ=0.9. Changing eps changes how fast training starts.",
        'zh-cn': "eps 不只是稳定项：u 从 0 开始，头几步大约是 √ε/√((1−ρ)g²)·g，eps=1e-6、ρ=0.9 时每个参数约 3e-3。改变 eps 会改变训练起步的快慢。",
      },
    ],
    why: [
      {
        q: { en: 'How can Adadelta work without a learning rate?', 'zh-cn': 'Adadelta 为什么可以不要学习率？' },
        a: {
          en: "SGD's step γ·g has the units of the gradient, not of the parameter. Adadelta multiplies g by RMS[Δθ]/RMS[g], a ratio that approximates the inverse curvature (like a diagonal Newton step), so the update already has the parameter's units and a sensible size; the global lr is kept only as an optional multiplier.",
          'zh-cn': "SGD 的步长 γ·g 的量纲是梯度的量纲，而不是参数的量纲。Adadelta 把 g 乘以 RMS[Δθ]/RMS[g]，这个比值近似曲率的倒数（类似对角牛顿步），所以更新本身就具有参数的量纲和合理的大小；全局 lr 只作为可选的乘数保留。",
        },
      },
    ],
    seeAlso: ['adagrad', 'rmsprop', 'adam', 'lr-scheduler'],
    docs: {
      pytorch: `${PT}torch.optim.Adadelta.html`,
      keras: `${KERAS}adadelta/`,
      optax: `${OPTAX}adadelta`,
    },
  },

  // ---------------------------------------------------------------------------------------- adafactor
  {
    id: 'adafactor',
    family: 'optimizers',
    title: { en: 'Adafactor', 'zh-cn': 'Adafactor' },
    summary: {
      en: "Adafactor is a memory-lean Adam-like optimizer: for an (n, m) weight matrix it stores only a row vector and a column vector of squared-gradient averages (n + m numbers) and rebuilds the second-moment estimate from them, instead of keeping a full n×m v. By default it also drops the first moment, clips the update by its RMS and uses a relative step size proportional to the parameter's scale. It was introduced for T5 and is used to train or fine-tune large models on limited memory.",
      'zh-cn': "Adafactor 是省显存的类 Adam 优化器：对形状为 (n, m) 的权重矩阵，它只保存梯度平方平均的一个行向量和一个列向量（共 n + m 个数），并据此重建二阶矩估计，而不是保存完整的 n×m 的 v。默认还去掉一阶矩、按 RMS 裁剪更新，并使用与参数尺度成正比的相对步长。它为 T5 而提出，常用于在有限显存下训练或微调大模型。",
    },
    formula: String.raw`\begin{aligned}
R_t &= \hat\beta_{2t} R_{t-1} + (1-\hat\beta_{2t})\,(G_t^2 + \epsilon_1)\,\mathbf{1}_m, \qquad C_t = \hat\beta_{2t} C_{t-1} + (1-\hat\beta_{2t})\,\mathbf{1}_n^{\top}(G_t^2 + \epsilon_1) \\
\hat V_t &= \frac{R_t C_t}{\mathbf{1}_n^{\top} R_t}, \qquad U_t = \frac{G_t}{\sqrt{\hat V_t}}, \qquad \hat U_t = \frac{U_t}{\max\big(1,\ \mathrm{RMS}(U_t)/d\big)} \\
\theta_t &= \theta_{t-1} - \alpha_t \hat U_t, \qquad \alpha_t = \max\big(\epsilon_2,\ \mathrm{RMS}(\theta_{t-1})\big)\,\rho_t, \qquad \hat\beta_{2t} = 1 - t^{-0.8}
\end{aligned}`,
    formulaText: 'R ← β̂₂·R + (1−β̂₂)·rowsum(G² + ε₁);  C ← β̂₂·C + (1−β̂₂)·colsum(G² + ε₁);  V̂ = R·C/sum(R);  U = G/√V̂, scaled down so RMS(U) ≤ d;  θ ← θ − αₜ·U   (αₜ = max(ε₂, RMS(θ))·ρₜ, ρₜ = min(1e-2, 1/√t); β̂₂ₜ = 1 − t^(−0.8))',
    shapes: {
      en: "For a parameter of shape (n, m), or (…, n, m) factored over the last two dims, the state is a row vector of length n and a column vector of length m instead of an n×m matrix; vectors and small tensors keep a full v (optax factors only dims ≥ min_dim_size_to_factor = 128). The update has the parameter's shape.",
      'zh-cn': "对形状为 (n, m) 的参数（或对最后两维分解的 (…, n, m)），状态是长度为 n 的行向量和长度为 m 的列向量，而不是 n×m 矩阵；向量和小张量仍保存完整的 v（optax 只分解维度 ≥ min_dim_size_to_factor = 128 的情况）。更新量与参数同形。",
    },
    params: [
      {
        name: 'lr',
        meaning: {
          en: "External learning rate. transformers: leave None with relative_step=True. PyTorch: the cap of ρₜ = min(lr, 1/√t) and the weight-decay scale.",
          'zh-cn': "外部学习率。transformers：relative_step=True 时保持 None。PyTorch：作为 ρₜ = min(lr, 1/√t) 的上限，也用于缩放权重衰减。",
        },
        defaults: { pytorch: '0.01', keras: '0.001 (learning_rate)', transformers: 'None', optax: 'None (learning_rate)' },
      },
      {
        name: 'relative_step',
        meaning: { en: 'Use the time-dependent relative step ρₜ instead of an external lr.', 'zh-cn': '使用随时间变化的相对步长 ρₜ，而不是外部学习率。' },
        defaults: { transformers: 'True', keras: 'True' },
      },
      {
        name: 'clip_threshold',
        meaning: { en: 'd: the RMS of the update is clipped to at most d.', 'zh-cn': 'd：更新量的 RMS 被裁剪到不超过 d。' },
        defaults: { transformers: '1.0', keras: '1.0', pytorch: '1.0 (d)', optax: '1.0 (clipping_threshold)' },
      },
      {
        name: 'decay_rate',
        meaning: { en: 'Exponent of the β̂₂ schedule, β̂₂ₜ = 1 − t^decay_rate.', 'zh-cn': 'β̂₂ 调度的指数，β̂₂ₜ = 1 − t^decay_rate。' },
        defaults: { transformers: '-0.8', keras: '-0.8 (beta_2_decay)', pytorch: '-0.8 (beta2_decay)', optax: '0.8' },
      },
      {
        name: 'beta1',
        meaning: { en: 'First-moment decay; None keeps no momentum (saves memory).', 'zh-cn': '一阶矩的衰减率；None 表示不用动量（节省显存）。' },
        defaults: { transformers: 'None', optax: 'None (momentum)' },
      },
      {
        name: 'eps',
        meaning: { en: '(ε₁, ε₂): ε₁ regularizes G², ε₂ floors the parameter scale.', 'zh-cn': '(ε₁, ε₂)：ε₁ 加在 G² 上，ε₂ 是参数尺度的下限。' },
        defaults: { transformers: '(1e-30, 0.001)', keras: '1e-30, 0.001 (epsilon_1, epsilon_2)', pytorch: '(None, 0.001)', optax: '1e-30' },
      },
    ],
    pitfalls: [
      {
        en: "transformers.Adafactor(lr=1e-3) raises an error with the default relative_step=True; to use your own lr (and a scheduler) pass scale_parameter=False, relative_step=False, warmup_init=False.",
        'zh-cn': "transformers.Adafactor(lr=1e-3) 在默认 relative_step=True 下会报错；要使用自己的 lr（和调度器），需传 scale_parameter=False、relative_step=False、warmup_init=False。",
      },
      {
        en: "Adam learning rates do not transfer: with relative steps (multiply_by_parameter_scale in optax) the step is proportional to RMS(θ), so an lr tuned for Adam can be far off; T5 fine-tuning commonly uses a constant 1e-3 with relative_step=False.",
        'zh-cn': "Adam 的学习率不能直接搬过来：使用相对步长（optax 中为 multiply_by_parameter_scale）时步长与 RMS(θ) 成正比，为 Adam 调好的 lr 可能差得很远；T5 微调通常用 relative_step=False 加恒定的 1e-3。",
      },
      {
        en: "The sign of decay_rate differs: PyTorch (beta2_decay), Keras (beta_2_decay) and transformers use −0.8, optax uses 0.8 for the same schedule. Copying −0.8 into optax.adafactor breaks it.",
        'zh-cn': "decay_rate 的符号不同：PyTorch（beta2_decay）、Keras（beta_2_decay）和 transformers 用 −0.8，optax 对同一个调度用 0.8。把 −0.8 填进 optax.adafactor 会出错。",
      },
    ],
    why: [
      {
        q: { en: 'Why can a row and a column average replace the full second moment?', 'zh-cn': '为什么行、列两个平均值就能代替完整的二阶矩？' },
        a: {
          en: "The second moment only sets a per-element scale, and for weight matrices that scale is close to rank 1: some rows (output units) and some columns (input features) have consistently larger gradients. The outer product of row and column sums, normalized by the total, is the best rank-1 fit under a KL-type criterion, and it cuts optimizer memory from n·m to n + m per matrix.",
          'zh-cn': "二阶矩只用来决定逐元素的尺度，而对权重矩阵来说这个尺度接近秩 1：某些行（输出单元）和某些列（输入特征）的梯度一直更大。行和与列和的外积再除以总和，是在 KL 类准则下的最佳秩 1 近似，并把每个矩阵的优化器显存从 n·m 降到 n + m。",
        },
      },
    ],
    seeAlso: ['adam', 'adamw', 't5', 'lr-scheduler', 'zero-sharding'],
    docs: {
      pytorch: `${PT}torch.optim.Adafactor.html`,
      keras: `${KERAS}adafactor/`,
      optax: `${OPTAX}adafactor`,
      transformers: 'https://huggingface.co/docs/transformers/main_classes/optimizer_schedules',
    },
  },

  // --------------------------------------------------------------------------------------------- lamb
  {
    id: 'lamb',
    family: 'optimizers',
    title: { en: 'LAMB (layer-wise adaptive moments)', 'zh-cn': 'LAMB（逐层自适应矩优化器）' },
    summary: {
      en: "LAMB computes an Adam-style update with decoupled weight decay and then rescales it per layer by a trust ratio ‖θ‖/‖update‖, so every layer moves by about the same fraction of its own weight norm. This keeps training stable at very large batch sizes (BERT pre-training with batches in the tens of thousands) where Adam needs heavy learning-rate tuning. At ordinary batch sizes it behaves much like AdamW.",
      'zh-cn': "LAMB 先算出带解耦权重衰减的 Adam 式更新，再按逐层的信任比 ‖θ‖/‖update‖ 缩放，使每一层移动的幅度都约为其自身权重范数的相同比例。这让超大 batch（batch 达数万的 BERT 预训练）下的训练保持稳定，而 Adam 在这种情况下需要大量调学习率。在普通 batch 大小下，它的表现与 AdamW 差不多。",
    },
    formula: String.raw`r_t = \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon} + \lambda\,\theta_{t-1},\qquad \theta^{(l)}_t = \theta^{(l)}_{t-1} - \gamma\, \frac{\phi\big(\lVert\theta^{(l)}_{t-1}\rVert\big)}{\lVert r^{(l)}_t\rVert}\, r^{(l)}_t`,
    formulaText: 'r = m̂/(√v̂ + ε) + λ·θ;  θ⁽ˡ⁾ ← θ⁽ˡ⁾ − γ·(‖θ⁽ˡ⁾‖/‖r⁽ˡ⁾‖)·r⁽ˡ⁾   (norms per layer l, in practice per parameter tensor; m̂, v̂ as in Adam; φ is the identity or a clipped norm)',
    shapes: {
      en: "Any parameter shapes; state as in Adam (m, v per parameter). The trust ratio is one scalar per parameter tensor.",
      'zh-cn': "参数可以是任意形状；状态与 Adam 相同（每个参数的 m、v）。信任比是每个参数张量一个标量。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Global learning rate γ.', 'zh-cn': '全局学习率 γ。' },
        defaults: { keras: '0.001 (learning_rate)', optax: 'required (learning_rate)', deepspeed: '0.001 (FusedLamb)' },
      },
      {
        name: 'betas',
        meaning: { en: 'Decay rates of m and v.', 'zh-cn': 'm 和 v 的衰减率。' },
        defaults: { keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)', deepspeed: '(0.9, 0.999)' },
      },
      {
        name: 'eps',
        meaning: { en: 'Added to √v̂.', 'zh-cn': '加在 √v̂ 上。' },
        defaults: { keras: '1e-07 (epsilon)', optax: '1e-06', deepspeed: '1e-08' },
      },
      {
        name: 'weight_decay',
        meaning: { en: 'λ, added to the update before the trust ratio.', 'zh-cn': 'λ，在计算信任比之前加到更新量上。' },
        defaults: { keras: 'None', optax: '0.0', deepspeed: '0.0' },
      },
      {
        name: 'max_coeff',
        meaning: { en: 'Upper / lower clip of the trust ratio (DeepSpeed max_coeff / min_coeff).', 'zh-cn': '信任比的上 / 下限裁剪（DeepSpeed 的 max_coeff / min_coeff）。' },
        defaults: { deepspeed: '10.0 / 0.01 (max_coeff / min_coeff)' },
      },
    ],
    pitfalls: [
      {
        en: "PyTorch core has no LAMB; the third-party versions (apex FusedLAMB, DeepSpeed FusedLamb, timm) differ in bias correction, trust-ratio clipping and which tensors are excluded. Check which one a recipe used before copying its learning rate.",
        'zh-cn': "PyTorch 核心库没有 LAMB；第三方实现（apex FusedLAMB、DeepSpeed FusedLamb、timm）在偏差校正、信任比裁剪以及排除哪些张量上各不相同。照搬某个配方的学习率之前，先确认它用的是哪个实现。",
      },
      {
        en: "Biases and LayerNorm parameters are usually excluded from weight decay (the BERT recipe does this): their norms are tiny or close to 1, so decay and the ratio ‖θ‖/‖r‖ give them unsuitable steps.",
        'zh-cn': "bias 和 LayerNorm 参数通常不做权重衰减（BERT 的配方就是这样）：它们的范数很小或接近 1，衰减和 ‖θ‖/‖r‖ 比值会给它们不合适的步长。",
      },
    ],
    why: [
      {
        q: { en: 'Why a per-layer trust ratio?', 'zh-cn': '为什么要用逐层的信任比？' },
        a: {
          en: "Large batches call for a large learning rate, but layers have very different weight and gradient scales, so one global lr is too big for some layers (they diverge) and too small for others. Making each layer's step proportional to its weight norm equalizes the relative change per step across layers, which allows a large global lr without divergence.",
          'zh-cn': "大 batch 需要大学习率，但各层的权重和梯度尺度差别很大，一个全局 lr 对某些层太大（发散）、对另一些层又太小。让每层的步长与其权重范数成正比，就能让各层每步的相对变化一致，从而可以用很大的全局 lr 而不发散。",
        },
      },
    ],
    seeAlso: ['adamw', 'adam', 'weight-decay', 'lr-scheduler', 'bert'],
    docs: {
      keras: `${KERAS}lamb/`,
      optax: `${OPTAX}lamb`,
    },
  },

  // --------------------------------------------------------------------------------------------- lion
  {
    id: 'lion',
    family: 'optimizers',
    title: { en: 'Lion (EvoLved Sign Momentum)', 'zh-cn': 'Lion（符号动量优化器）' },
    summary: {
      en: "Lion, found by symbolic program search at Google, updates every parameter by the sign of an interpolation between its momentum and the current gradient, so each coordinate moves by exactly ±γ (plus weight decay). It keeps only one state (the momentum), half of Adam's optimizer memory. Because sign updates have a larger norm, Lion needs a learning rate 3–10× smaller than AdamW and a correspondingly larger weight decay.",
      'zh-cn': "Lion 由 Google 通过符号化程序搜索发现，它用动量与当前梯度插值结果的符号来更新每个参数，所以每个坐标恰好移动 ±γ（外加权重衰减）。它只保存一个状态（动量），优化器显存是 Adam 的一半。由于符号更新的范数更大，Lion 的学习率需要比 AdamW 小 3–10 倍，权重衰减相应加大。",
    },
    formula: String.raw`\begin{aligned}
c_t &= \beta_1 m_{t-1} + (1-\beta_1)\, g_t \\
\theta_t &= \theta_{t-1} - \gamma\,\big(\operatorname{sign}(c_t) + \lambda\,\theta_{t-1}\big) \\
m_t &= \beta_2 m_{t-1} + (1-\beta_2)\, g_t
\end{aligned}`,
    formulaText: 'c = β₁·m + (1−β₁)·g;  θ ← θ − γ·(sign(c) + λ·θ);  m ← β₂·m + (1−β₂)·g   (element-wise; β₁ shapes the update, β₂ the momentum)',
    shapes: {
      en: "Any parameter shapes; state: one momentum tensor m per parameter (vs. two for Adam).",
      'zh-cn': "参数可以是任意形状；状态：每个参数一个动量张量 m（Adam 是两个）。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Learning rate γ: every coordinate moves by ±γ.', 'zh-cn': '学习率 γ：每个坐标移动 ±γ。' },
        defaults: { keras: '0.001 (learning_rate)', optax: 'required (learning_rate)', deepspeed: '0.001 (FusedLion)' },
      },
      {
        name: 'betas',
        meaning: { en: 'β₁ mixes gradient and momentum for the sign; β₂ is the momentum decay.', 'zh-cn': 'β₁ 决定取符号前梯度与动量的混合比例；β₂ 是动量的衰减率。' },
        defaults: { keras: '0.9, 0.99 (beta_1, beta_2)', optax: '0.9, 0.99 (b1, b2)' },
      },
      {
        name: 'weight_decay',
        meaning: { en: 'Decoupled decay λ, multiplied by lr.', 'zh-cn': '解耦的衰减 λ，会乘以 lr。' },
        defaults: { keras: 'None', optax: '0.001', deepspeed: '0.0' },
      },
    ],
    pitfalls: [
      {
        en: "Reusing AdamW hyperparameters: Lion moves every coordinate by a full ±γ, so an AdamW lr such as 1e-3 typically diverges. Start 3–10× lower and raise weight decay by the same factor to keep lr·λ constant.",
        'zh-cn': "照搬 AdamW 的超参数：Lion 每个坐标都走满 ±γ，像 1e-3 这样的 AdamW 学习率通常会发散。先降低 3–10 倍，并把权重衰减按同样倍数调大，保持 lr·λ 不变。",
      },
      {
        en: "optax.lion decays weights by default (weight_decay=1e-3) while keras.optimizers.Lion applies none (None): the same lr gives different regularization across frameworks.",
        'zh-cn': "optax.lion 默认有权重衰减（weight_decay=1e-3），而 keras.optimizers.Lion 默认没有（None）：同样的 lr 在不同框架中正则强度不同。",
      },
      {
        en: "The two betas play different roles (β₁ = 0.9 for the update, β₂ = 0.99 for the momentum); copying Adam's β₂ = 0.999 or swapping them changes the behaviour.",
        'zh-cn': "两个 beta 作用不同（β₁ = 0.9 用于更新，β₂ = 0.99 用于动量）；照搬 Adam 的 β₂ = 0.999 或把二者对调都会改变行为。",
      },
    ],
    why: [
      {
        q: { en: 'Why take the sign of the update?', 'zh-cn': '为什么对更新取符号？' },
        a: {
          en: "The sign gives every coordinate the same step magnitude, a normalization as strong as Adam's m/√v but without storing v; the search found that this, with two different β's, works well. The uniform magnitude also acts as a regularizer, and saving one state tensor per parameter matters for large models.",
          'zh-cn': "取符号让每个坐标的步长大小相同，这是与 Adam 的 m/√v 同样强的归一化，却不需要保存 v；搜索发现它配合两个不同的 β 效果很好。统一的步长大小还有正则化作用，而每个参数少存一个状态张量对大模型很重要。",
        },
      },
    ],
    seeAlso: ['adamw', 'adam', 'sgd-momentum', 'weight-decay'],
    docs: {
      keras: `${KERAS}lion/`,
      optax: `${OPTAX}lion`,
    },
  },

  // -------------------------------------------------------------------------------------------- lbfgs
  {
    id: 'lbfgs',
    family: 'optimizers',
    title: { en: 'L-BFGS (limited-memory BFGS)', 'zh-cn': 'L-BFGS（有限内存 BFGS）' },
    summary: {
      en: "L-BFGS is a quasi-Newton method: it approximates the inverse Hessian from the last m pairs of parameter and gradient differences and steps along that curvature-corrected direction, usually with a line search. On smooth, deterministic problems of small to medium size (logistic regression, style transfer, physics-informed networks) it converges in far fewer iterations than first-order methods. It needs full-batch or low-noise gradients; with noisy mini-batches its curvature estimate breaks down.",
      'zh-cn': "L-BFGS 是一种拟牛顿法：它用最近 m 对参数差和梯度差来近似 Hessian 的逆，沿这个经过曲率修正的方向更新，通常配合线搜索。在光滑、确定性的中小规模问题上（逻辑回归、风格迁移、物理信息神经网络），它的迭代次数远少于一阶方法。它需要全量或噪声很小的梯度；mini-batch 噪声一大，曲率估计就失效了。",
    },
    formula: String.raw`d_t = -H_t\, g_t,\qquad \theta_{t+1} = \theta_t + \alpha_t\, d_t,\qquad H_{t+1}\, y_t = s_t \quad (s_t = \theta_{t+1}-\theta_t,\ \ y_t = g_{t+1}-g_t)`,
    formulaText: 'd = −H·g;  θ ← θ + α·d   (H ≈ inverse Hessian built from the last m pairs s = Δθ, y = Δg by the two-loop recursion, satisfying H·y = s; α from a line search, or lr)',
    shapes: {
      en: "PyTorch: optimizer.step(closure), where closure() zeroes the gradients, recomputes the loss, calls backward() and returns the loss; one step may evaluate it up to max_eval times. All parameters are treated as one flat vector and the state holds 2·history_size vectors of that length. optax.lbfgs: update(grads, state, params, value=, grad=, value_fn=) for the line search. sklearn: fit(X (n_samples, n_features), y).",
      'zh-cn': "PyTorch：optimizer.step(closure)，其中 closure() 要清零梯度、重新计算损失、调用 backward() 并返回损失；一次 step 最多会调用它 max_eval 次。所有参数被当作一个展平的向量，状态中保存 2·history_size 个这样长的向量。optax.lbfgs：update(grads, state, params, value=, grad=, value_fn=)，供线搜索使用。sklearn：fit(X (n_samples, n_features), y)。",
    },
    params: [
      {
        name: 'lr',
        meaning: { en: 'Step length along d (used directly when there is no line search).', 'zh-cn': '沿 d 的步长（没有线搜索时直接使用）。' },
        defaults: { pytorch: '1', optax: 'None (learning_rate; the line search picks the step)' },
      },
      {
        name: 'history_size',
        meaning: { en: 'm: how many (s, y) pairs are kept.', 'zh-cn': 'm：保留多少对 (s, y)。' },
        defaults: { pytorch: '100', optax: '10 (memory_size)' },
      },
      {
        name: 'line_search_fn',
        meaning: { en: 'Line search that chooses α.', 'zh-cn': '选择 α 的线搜索方法。' },
        defaults: { pytorch: "None (pass 'strong_wolfe')", optax: 'zoom line search, max 20 steps (linesearch)' },
      },
      {
        name: 'max_iter',
        meaning: { en: 'Inner iterations per step() call.', 'zh-cn': '每次 step() 调用内部的迭代次数。' },
        defaults: { pytorch: '20', sklearn: '100 (LogisticRegression)' },
      },
      {
        name: 'solver',
        meaning: { en: 'sklearn estimators that use L-BFGS by default.', 'zh-cn': '默认使用 L-BFGS 的 sklearn 估计器。' },
        defaults: { sklearn: "'lbfgs' (LogisticRegression)" },
      },
    ],
    pitfalls: [
      {
        en: "torch.optim.LBFGS.step() needs a closure that re-evaluates the model; a closure that forgets optimizer.zero_grad() accumulates gradients across the inner evaluations and the search direction is wrong.",
        'zh-cn': "torch.optim.LBFGS.step() 需要一个重新计算模型的 closure；closure 里忘了 optimizer.zero_grad() 会在内部多次求值之间累加梯度，搜索方向就错了。",
      },
      {
        en: "Without line_search_fn='strong_wolfe', PyTorch takes fixed steps of size lr along the quasi-Newton direction, which can diverge; pass line_search_fn='strong_wolfe' for robust convergence.",
        'zh-cn': "不设 line_search_fn='strong_wolfe' 时，PyTorch 沿拟牛顿方向走固定步长 lr，可能发散；传入 line_search_fn='strong_wolfe' 才能稳定收敛。",
      },
      {
        en: "Mini-batches break it: the (s, y) pairs then mix different loss functions and the curvature estimate becomes noise. Use full-batch (or large, fixed) batches; for stochastic training use Adam or SGD.",
        'zh-cn': "mini-batch 会破坏它：(s, y) 对混合了不同的损失函数，曲率估计变成噪声。请用全量（或固定的大）batch；随机训练请用 Adam 或 SGD。",
      },
      {
        en: "sklearn's LogisticRegression uses solver='lbfgs' with max_iter=100; a ConvergenceWarning usually means unscaled features. Standardize the features before raising max_iter.",
        'zh-cn': "sklearn 的 LogisticRegression 默认 solver='lbfgs'、max_iter=100；出现 ConvergenceWarning 通常是特征没有缩放。先标准化特征，再考虑调大 max_iter。",
      },
    ],
    why: [
      {
        q: { en: 'Why not train deep networks with L-BFGS?', 'zh-cn': '为什么不用 L-BFGS 训练深度网络？' },
        a: {
          en: "It assumes the same deterministic function between steps: a difference y = Δg reflects curvature only if both gradients come from the same loss. With mini-batch noise the pairs are dominated by sampling noise, the line search is misled, and each step costs several forward/backward passes; the memory also grows with history_size × the number of parameters. For large stochastic problems, first-order adaptive methods are cheaper and more robust.",
          'zh-cn': "它假设相邻两步面对的是同一个确定性函数：只有当两个梯度来自同一个损失时，差值 y = Δg 才反映曲率。有 mini-batch 噪声时，这些向量对主要反映采样噪声，线搜索被误导，而且每一步要做多次前向 / 反向；内存也随 history_size × 参数量增长。对于大规模随机问题，一阶自适应方法更便宜也更稳健。",
        },
      },
    ],
    seeAlso: ['sgd', 'adam', 'logistic-regression', 'feature-scaling'],
    docs: {
      pytorch: `${PT}torch.optim.LBFGS.html`,
      optax: `${OPTAX}lbfgs`,
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.LogisticRegression.html',
    },
  },

  // ------------------------------------------------------------------------------------- lr-scheduler
  {
    id: 'lr-scheduler',
    family: 'optimizers',
    title: { en: 'Learning-rate schedule (scheduler)', 'zh-cn': '学习率调度（LR scheduler）' },
    summary: {
      en: "A scheduler changes the learning rate during training: typically a short warmup, in which lr rises from near 0 while the weights and the optimizer's statistics settle, then a decay (step, exponential, linear or cosine) so the weights can settle into a minimum instead of bouncing around it. Plateau schedulers instead cut lr when a validation metric stops improving. PyTorch schedulers wrap an optimizer and are stepped explicitly; Keras and optax schedules are functions of the step count passed as the learning rate.",
      'zh-cn': "调度器在训练过程中改变学习率：通常先有一段短暂的 warmup，让 lr 从接近 0 升起，等权重和优化器统计量稳定下来；再做衰减（阶梯、指数、线性或余弦），让权重落入极小值而不是在附近来回跳。Plateau 类调度器则在验证指标不再改善时降低 lr。PyTorch 的调度器包装一个优化器并需要显式 step；Keras 和 optax 的调度是“步数 → 学习率”的函数，直接作为学习率传入。",
    },
    formula: String.raw`\eta_t = \begin{cases} \eta_{\max}\,\dfrac{t}{T_w}, & t < T_w \\[1ex] \eta_{\min} + \tfrac12\,(\eta_{\max}-\eta_{\min})\Big(1 + \cos\big(\pi\,\tfrac{t - T_w}{T - T_w}\big)\Big), & T_w \le t \le T \end{cases}`,
    formulaText: 'linear warmup: η = η_max·t/T_w for t < T_w;  cosine decay: η = η_min + ½(η_max − η_min)(1 + cos(π(t − T_w)/(T − T_w)))   (t = step; StepLR instead: η = η₀·γ^⌊epoch/step_size⌋)',
    shapes: {
      en: "PyTorch: Scheduler(optimizer, …); scheduler.step() (ReduceLROnPlateau: step(metric)) writes the new lr into optimizer.param_groups, and get_last_lr() returns one value per group. Keras: a LearningRateSchedule maps the step to an lr and is passed as learning_rate=. optax: a schedule is a function count → value, passed as learning_rate to any optimizer. transformers: get_*_schedule_with_warmup returns a LambdaLR.",
      'zh-cn': "PyTorch：Scheduler(optimizer, …)；scheduler.step()（ReduceLROnPlateau 为 step(metric)）把新 lr 写入 optimizer.param_groups，get_last_lr() 为每个参数组返回一个值。Keras：LearningRateSchedule 把步数映射为 lr，作为 learning_rate= 传入。optax：调度是 count → value 的函数，作为 learning_rate 传给任意优化器。transformers：get_*_schedule_with_warmup 返回一个 LambdaLR。",
    },
    params: [
      {
        name: 'T_max',
        meaning: { en: 'Length of the decay (in the units you step in).', 'zh-cn': '衰减的长度（单位与 step 的调用粒度一致）。' },
        defaults: {
          pytorch: 'required (CosineAnnealingLR)',
          keras: 'required (decay_steps, CosineDecay)',
          optax: 'required (decay_steps, cosine_decay_schedule)',
          transformers: 'required (num_training_steps)',
        },
      },
      {
        name: 'eta_min',
        meaning: { en: 'Final learning rate at the end of the cosine.', 'zh-cn': '余弦衰减结束时的学习率。' },
        defaults: { pytorch: '0.0', keras: '0.0 (alpha, a fraction of the initial lr)', optax: '0.0 (alpha, a fraction of init_value)' },
      },
      {
        name: 'num_warmup_steps',
        meaning: { en: 'Steps of linear warmup from 0 to the peak lr.', 'zh-cn': '学习率从 0 线性升到峰值所用的步数。' },
        defaults: { transformers: 'required', keras: '0 (warmup_steps, CosineDecay)', optax: 'required (warmup_steps, warmup_cosine_decay_schedule)' },
      },
      {
        name: 'gamma',
        meaning: { en: 'Multiplicative decay factor.', 'zh-cn': '乘性衰减系数。' },
        defaults: { pytorch: '0.1 (StepLR, MultiStepLR)', keras: 'required (decay_rate, ExponentialDecay)', optax: 'required (decay_rate, exponential_decay)' },
      },
      {
        name: 'patience',
        meaning: { en: 'ReduceLROnPlateau: epochs without improvement before lr is multiplied by factor.', 'zh-cn': 'ReduceLROnPlateau：连续多少个 epoch 没有改善后把 lr 乘以 factor。' },
        defaults: { pytorch: '10 (factor=0.1)', keras: '10 (factor=0.1)' },
      },
    ],
    pitfalls: [
      {
        en: "Calling scheduler.step() before optimizer.step() (the pre-1.1 PyTorch order) skips the first value of the schedule and triggers a warning; call it after optimizer.step().",
        'zh-cn': "在 optimizer.step() 之前调用 scheduler.step()（PyTorch 1.1 之前的顺序）会跳过调度的第一个值并触发警告；应在 optimizer.step() 之后调用。",
      },
      {
        en: "Mixing per-batch and per-epoch stepping: OneCycleLR, CyclicLR and the transformers warmup schedules count optimizer steps, so stepping them once per epoch leaves lr in warmup almost forever; StepLR/MultiStepLR milestones are usually in epochs, so stepping them per batch decays lr far too early.",
        'zh-cn': "混淆按 batch 和按 epoch 调用：OneCycleLR、CyclicLR 和 transformers 的 warmup 调度按优化器步数计数，每个 epoch 只 step 一次会让 lr 几乎一直停在 warmup；StepLR/MultiStepLR 的里程碑通常以 epoch 计，按 batch 调用会过早衰减。",
      },
      {
        en: "ReduceLROnPlateau must receive the metric (scheduler.step(val_loss)); with the default mode='min' the metric must be one that decreases, so accuracy needs mode='max'.",
        'zh-cn': "ReduceLROnPlateau 必须传入指标（scheduler.step(val_loss)）；默认 mode='min' 要求指标越小越好，用准确率时要设 mode='max'。",
      },
      {
        en: "With gradient accumulation, num_training_steps / T_max must count optimizer updates, not micro-batches, or the schedule ends several times too late.",
        'zh-cn': "使用梯度累积时，num_training_steps / T_max 要按优化器更新次数计算，而不是按 micro-batch 计算，否则调度会晚好几倍才结束。",
      },
    ],
    why: [
      {
        q: { en: 'Why decay the learning rate?', 'zh-cn': '为什么要衰减学习率？' },
        a: {
          en: "With a constant lr, gradient noise keeps the weights bouncing in a band around the minimum whose width grows with lr. Lowering lr shrinks the band so the loss can settle. Early on, a large lr makes fast progress and the noise helps explore; decaying later trades exploration for precision.",
          'zh-cn': "学习率恒定时，梯度噪声让权重在极小值附近的一个区域里来回跳，区域宽度随 lr 增大。降低 lr 会缩小这个区域，让损失稳定下来。早期大学习率推进快，噪声还有助于探索；后期衰减则用探索换取精度。",
        },
      },
      {
        q: { en: 'Why warm up?', 'zh-cn': '为什么要 warmup？' },
        a: {
          en: "At the start the weights are random and Adam's second-moment estimate rests on a handful of gradients, so the first updates can be very large and destabilize training (post-LN Transformers are especially sensitive). Ramping lr up over the first hundreds or thousands of steps keeps those early steps small until the statistics and activations settle.",
          'zh-cn': "训练开始时权重是随机的，Adam 的二阶矩估计只基于少数几个梯度，最初的更新可能非常大而破坏训练（post-LN 的 Transformer 尤其敏感）。在前几百到几千步里逐渐升高 lr，能让这些早期步长保持很小，直到统计量和激活稳定下来。",
        },
      },
    ],
    seeAlso: ['sgd', 'adamw', 'radam', 'early-stopping', 'transformer'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate',
      keras: `${KERAS}learning_rate_schedules/`,
      optax: 'https://optax.readthedocs.io/en/latest/api/optimizer_schedules.html',
      transformers: 'https://huggingface.co/docs/transformers/main_classes/optimizer_schedules',
    },
  },

  // ------------------------------------------------------------------------------------- weight-decay
  {
    id: 'weight-decay',
    family: 'optimizers',
    title: { en: 'Weight decay', 'zh-cn': '权重衰减（weight decay）' },
    summary: {
      en: "Weight decay shrinks every weight towards zero by a fixed fraction each step, θ ← θ − γλθ, on top of the gradient update. Smaller weights make a smoother function that fits less of the training noise, so it reduces overfitting. For plain SGD this is exactly L2 regularization (adding λ/2·‖θ‖² to the loss); for adaptive optimizers such as Adam the two differ, which is why decoupled weight decay (AdamW) exists.",
      'zh-cn': "权重衰减在梯度更新之外，每步把所有权重按固定比例向 0 收缩：θ ← θ − γλθ。权重越小，函数越平滑，越不容易拟合训练集中的噪声，从而减轻过拟合。对普通 SGD 它与 L2 正则化（在损失上加 λ/2·‖θ‖²）完全等价；对 Adam 这类自适应优化器两者不同，这正是解耦权重衰减（AdamW）存在的原因。",
    },
    formula: String.raw`\theta_t = \theta_{t-1} - \gamma\lambda\,\theta_{t-1} - \gamma\, u_t \qquad \big(u_t = g_t \text{ for SGD},\ \ u_t = \hat m_t/(\sqrt{\hat v_t} + \epsilon) \text{ for AdamW}\big)`,
    formulaText: 'θ ← (1 − γλ)·θ − γ·u   (u = the optimizer\'s step direction: g for SGD, m̂/(√v̂ + ε) for AdamW; applied to every decayed weight each step)',
    shapes: {
      en: "A scalar λ per parameter group; the decay term has each parameter's shape. PyTorch: weight_decay in every optimizer and per param group. Keras 3: weight_decay in every optimizer (decoupled). optax: optax.add_decayed_weights(weight_decay, mask) chained before the optimizer, or the *w optimizers (adamw, adamaxw, nadamw).",
      'zh-cn': "每个参数组一个标量 λ；衰减项与各参数同形。PyTorch：每个优化器都有 weight_decay，也可按参数组设置。Keras 3：每个优化器都有 weight_decay（解耦形式）。optax：在优化器之前串联 optax.add_decayed_weights(weight_decay, mask)，或使用带 w 的优化器（adamw、adamaxw、nadamw）。",
    },
    params: [
      {
        name: 'weight_decay',
        meaning: { en: 'λ. The per-step shrink is lr·λ in PyTorch, Keras and optax.', 'zh-cn': 'λ。在 PyTorch、Keras 和 optax 中，每步的收缩量是 lr·λ。' },
        defaults: {
          pytorch: '0 (SGD, Adam, …); 0.01 (AdamW)',
          keras: 'None; 0.004 (AdamW)',
          optax: '0.0 (add_decayed_weights); 0.0001 (adamw)',
        },
      },
      {
        name: 'mask',
        meaning: {
          en: "Which parameters are decayed (optax). PyTorch: param groups with weight_decay=0; Keras: optimizer.exclude_from_weight_decay().",
          'zh-cn': "指定哪些参数要衰减（optax）。PyTorch：weight_decay=0 的参数组；Keras：optimizer.exclude_from_weight_decay()。",
        },
        defaults: { optax: 'None' },
      },
    ],
    pitfalls: [
      {
        en: "The same name means different things: in PyTorch, weight_decay on SGD, Adam, RMSprop etc. is L2 added to the gradient, and only AdamW (or decoupled_weight_decay=True) decouples it; in Keras 3 every optimizer's weight_decay is decoupled. With Adam the two give very different regularization.",
        'zh-cn': "同一个名字含义不同：PyTorch 中 SGD、Adam、RMSprop 等的 weight_decay 是加到梯度上的 L2，只有 AdamW（或 decoupled_weight_decay=True）是解耦的；Keras 3 中所有优化器的 weight_decay 都是解耦的。配合 Adam 时两者的正则效果差别很大。",
      },
      {
        en: "Decaying everything: biases and normalization scales/shifts usually should not be decayed. Put them in a param group with weight_decay=0 (PyTorch), mask them out (optax), or exclude them (Keras).",
        'zh-cn': "对所有参数都做衰减：bias 和归一化层的缩放 / 平移参数通常不该衰减。PyTorch 中把它们放进 weight_decay=0 的参数组，optax 中用 mask 排除，Keras 中用 exclude_from_weight_decay 排除。",
      },
      {
        en: "The decay is multiplied by lr, so changing lr, or a schedule lowering it, also changes the effective regularization; re-tune λ when you change lr substantially.",
        'zh-cn': "衰减项会乘以 lr，所以改变 lr（或调度器降低 lr）也会改变实际的正则强度；大幅调整 lr 后要重新调 λ。",
      },
    ],
    why: [
      {
        q: { en: 'Why does weight decay equal L2 for SGD but not for Adam?', 'zh-cn': '为什么对 SGD 权重衰减等于 L2，对 Adam 却不是？' },
        a: {
          en: "SGD on L + (λ/2)‖θ‖² steps θ − γ(g + λθ) = (1 − γλ)θ − γg, which is exactly decaying the weights. Adam divides the whole gradient, including λθ, by √v̂, so the decay becomes weaker for weights with large gradients and stronger for rarely updated ones; decoupled decay applies the same (1 − γλ) to all weights.",
          'zh-cn': "对 L + (λ/2)‖θ‖² 做 SGD，一步是 θ − γ(g + λθ) = (1 − γλ)θ − γg，正好就是衰减权重。Adam 会把整个梯度（包括 λθ）除以 √v̂，于是梯度大的权重衰减变弱、很少更新的权重衰减变强；解耦衰减则对所有权重统一乘以 (1 − γλ)。",
        },
      },
      OVERFITTING_QA,
    ],
    seeAlso: ['l2-regularization', 'adamw', 'l1-regularization', 'dropout', 'early-stopping', 'sgd'],
    docs: {
      pytorch: `${PT}torch.optim.AdamW.html`,
      keras: KERAS,
      optax: 'https://optax.readthedocs.io/en/latest/api/transformations.html#optax.add_decayed_weights',
    },
  },

  // -------------------------------------------------------------------------------- gradient-clipping
  {
    id: 'gradient-clipping',
    family: 'optimizers',
    title: { en: 'Gradient clipping', 'zh-cn': '梯度裁剪（gradient clipping）' },
    summary: {
      en: "Gradient clipping caps the size of the gradient before the optimizer step. Clipping by global norm rescales all gradients together so their combined L2 norm is at most max_norm, keeping the direction; clipping by value clamps each element to [−c, c], which changes the direction. It stops a single exploding batch (common in RNNs, in Transformers and early in training) from throwing the weights far away; max_norm = 1.0 is a common choice.",
      'zh-cn': "梯度裁剪在优化器更新之前限制梯度的大小。按全局范数裁剪会把所有梯度一起缩放，使它们合起来的 L2 范数不超过 max_norm，方向保持不变；按值裁剪则把每个元素截断到 [−c, c]，会改变方向。它能防止单个梯度爆炸的 batch（在 RNN、Transformer 和训练早期很常见）把权重甩到很远的地方；max_norm = 1.0 是常见取值。",
    },
    formula: String.raw`g \leftarrow g \cdot \min\!\left(1,\ \frac{c}{\lVert g\rVert_2}\right),\qquad \lVert g\rVert_2 = \sqrt{\textstyle\sum_{p}\sum_{i} g_{p,i}^2}`,
    formulaText: 'g ← g · min(1, c/‖g‖)   (‖g‖ = L2 norm over all parameters\' gradients together, the "global norm"; clipping by value instead: gᵢ ← clamp(gᵢ, −c, c))',
    shapes: {
      en: "PyTorch: clip_grad_norm_(parameters, max_norm) rescales every p.grad in place and returns the total norm before clipping (a scalar tensor). Keras: optimizer arguments clipnorm (per variable), global_clipnorm (all variables) and clipvalue. optax: clip_by_global_norm(max_norm) is a GradientTransformation chained before the optimizer. TensorFlow: tf.clip_by_global_norm(t_list, clip_norm) returns (clipped list, global norm).",
      'zh-cn': "PyTorch：clip_grad_norm_(parameters, max_norm) 就地缩放每个 p.grad，并返回裁剪前的总范数（标量张量）。Keras：优化器参数 clipnorm（逐变量）、global_clipnorm（所有变量）和 clipvalue。optax：clip_by_global_norm(max_norm) 是串联在优化器之前的 GradientTransformation。TensorFlow：tf.clip_by_global_norm(t_list, clip_norm) 返回（裁剪后的列表，全局范数）。",
    },
    params: [
      {
        name: 'max_norm',
        meaning: { en: 'c: the largest allowed global gradient norm.', 'zh-cn': 'c：允许的最大全局梯度范数。' },
        defaults: {
          pytorch: 'required',
          keras: 'None (global_clipnorm; clipnorm clips each variable separately)',
          optax: 'required (max_norm, clip_by_global_norm)',
          tensorflow: 'required (clip_norm, clip_by_global_norm)',
          transformers: '1.0 (max_grad_norm, TrainingArguments)',
        },
      },
      {
        name: 'norm_type',
        meaning: { en: 'Which p-norm is measured (inf for the max norm).', 'zh-cn': '使用哪种 p 范数（inf 表示最大范数）。' },
        defaults: { pytorch: '2.0' },
      },
      {
        name: 'clip_value',
        meaning: { en: 'Element-wise bound c for clipping by value.', 'zh-cn': '按值裁剪时的逐元素上界 c。' },
        defaults: { pytorch: 'required (clip_grad_value_)', keras: 'None (clipvalue)', optax: 'required (max_delta, optax.clip)' },
      },
      {
        name: 'error_if_nonfinite',
        meaning: { en: 'Raise if the total norm is inf or NaN.', 'zh-cn': '总范数为 inf 或 NaN 时抛出异常。' },
        defaults: { pytorch: 'False' },
      },
    ],
    pitfalls: [
      {
        en: "With AMP's GradScaler the gradients are still multiplied by the loss scale when you clip: call scaler.unscale_(optimizer) before clip_grad_norm_, otherwise max_norm is compared with scaled gradients and nearly every step gets clipped hard.",
        'zh-cn': "使用 AMP 的 GradScaler 时，裁剪时梯度仍然乘着 loss scale：要在 clip_grad_norm_ 之前调用 scaler.unscale_(optimizer)，否则 max_norm 比较的是放大后的梯度，几乎每一步都会被大幅裁剪。",
      },
      {
        en: "Keras clipnorm clips each variable's gradient separately, which changes the overall direction; global_clipnorm is the equivalent of torch's clip_grad_norm_. In PyTorch, clipping must run after loss.backward() and before optimizer.step().",
        'zh-cn': "Keras 的 clipnorm 对每个变量的梯度分别裁剪，会改变整体方向；与 torch 的 clip_grad_norm_ 等价的是 global_clipnorm。在 PyTorch 中，裁剪必须放在 loss.backward() 之后、optimizer.step() 之前。",
      },
      {
        en: "A returned norm of inf or NaN means the gradients were already non-finite, and clipping NaN still gives NaN. Use error_if_nonfinite=True to fail fast, or skip such steps (GradScaler does this for you).",
        'zh-cn': "返回的范数为 inf 或 NaN，说明梯度本身已经不是有限值，对 NaN 裁剪结果仍是 NaN。可以设 error_if_nonfinite=True 尽早报错，或跳过这些步（GradScaler 会自动这样做）。",
      },
      {
        en: "With FullyShardedDataParallel (FSDP1) each rank holds only a shard of the gradients, so torch.nn.utils.clip_grad_norm_ on the local flat parameters computes a wrong norm; call the FSDP model's own clip_grad_norm_() method (fully_shard / FSDP2 uses DTensor parameters, which clip_grad_norm_ handles).",
        'zh-cn': "使用 FullyShardedDataParallel（FSDP1）时每个 rank 只持有梯度的一个分片，对本地展平参数调用 torch.nn.utils.clip_grad_norm_ 算出的范数是错的；应调用 FSDP 模型自带的 clip_grad_norm_() 方法（fully_shard / FSDP2 的参数是 DTensor，clip_grad_norm_ 能正确处理）。",
      },
    ],
    why: [
      {
        q: { en: 'Why clip by the global norm rather than per element?', 'zh-cn': '为什么按全局范数而不是逐元素裁剪？' },
        a: {
          en: "Scaling all gradients by one factor keeps the update direction and only shortens the step, so the optimizer still descends. Per-element clamping changes the direction, flattening the large components while keeping the small ones, and can point the step where the loss does not decrease.",
          'zh-cn': "把所有梯度乘以同一个系数只会缩短步长而保持方向不变，优化器仍然在下降。逐元素截断会改变方向：大分量被压平而小分量不变，更新可能指向损失并不下降的地方。",
        },
      },
      {
        q: { en: 'Why do gradients explode?', 'zh-cn': '梯度为什么会爆炸？' },
        a: {
          en: "Backpropagation multiplies many Jacobians; in deep or recurrent networks (the same weights applied at every time step) the product grows exponentially when their norms exceed 1, and steep cliffs in the loss surface produce one-off huge gradients. A single such step can undo many good ones; clipping bounds the damage.",
          'zh-cn': "反向传播要连乘很多雅可比矩阵；在深层或循环网络中（每个时间步都用同一组权重），当它们的范数大于 1 时乘积呈指数增长，损失曲面上的陡崖也会产生偶发的巨大梯度。一次这样的更新就可能抵消许多好的更新；裁剪限制了它的破坏。",
        },
      },
    ],
    seeAlso: ['sgd', 'adam', 'mixed-precision', 'rnn', 'lstm', 'transformer'],
    docs: {
      pytorch: `${PT}torch.nn.utils.clip_grad_norm_.html`,
      keras: KERAS,
      optax: 'https://optax.readthedocs.io/en/latest/api/transformations.html#optax.clip_by_global_norm',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/clip_by_global_norm',
    },
  },

  // ---------------------------------------------------------------------------------- mixed-precision
  {
    id: 'mixed-precision',
    family: 'optimizers',
    title: { en: 'Mixed-precision training (AMP)', 'zh-cn': '混合精度训练（AMP）' },
    summary: {
      en: "Mixed precision runs most of the forward and backward pass in 16-bit floats (fp16 or bf16) for speed and memory, while the master weights and the optimizer update stay in fp32. The update must stay in higher precision because fp16 keeps only 10 mantissa bits: an update of 1e-4 added to a weight of 1.0 rounds away entirely, and gradients below about 6e-8 underflow to zero. fp16 therefore also needs loss scaling; bf16 has fp32's exponent range and usually does not.",
      'zh-cn': "混合精度让前向和反向的大部分计算以 16 位浮点（fp16 或 bf16）进行，以换取速度和显存，而主权重和优化器更新保持 fp32。更新必须保持较高精度，因为 fp16 只有 10 位尾数：把 1e-4 的更新加到 1.0 的权重上会被完全舍入掉，小于约 6e-8 的梯度则会下溢为 0。因此 fp16 还需要 loss scaling；bf16 的指数范围与 fp32 相同，通常不需要。",
    },
    formula: String.raw`\hat g = \frac{1}{S}\,\nabla_\theta\big(S \cdot L(\theta_{16})\big),\qquad \theta_{32} \leftarrow \theta_{32} - \gamma\,\hat g,\qquad \theta_{16} = \mathrm{fp16}(\theta_{32})`,
    formulaText: 'ĝ = ∇(S·L)/S  (scale the loss by S, backprop in fp16, unscale in fp32; on inf/NaN skip the step and halve S);  θ₃₂ ← θ₃₂ − γ·ĝ (or any optimizer step, in fp32);  θ₁₆ = fp16(θ₃₂)   (fp16: max 65504, smallest subnormal ≈ 6e-8, spacing at 1.0 = 2⁻¹⁰ ≈ 0.001)',
    shapes: {
      en: "Shapes are unchanged; dtypes change. Under torch.autocast, matmuls and convolutions run in fp16/bf16 while reductions, softmax and losses run in fp32; parameters and .grad stay fp32 (they are the master weights). GradScaler.scale(loss) returns the scaled loss; scaler.step(optimizer) unscales and skips the step if any gradient is inf/NaN; scaler.update() adjusts S. Keras: set_global_policy('mixed_float16') makes layers compute in fp16 with fp32 variables.",
      'zh-cn': "形状不变，变的是数据类型。在 torch.autocast 下，矩阵乘和卷积用 fp16/bf16 计算，归约、softmax 和损失用 fp32；参数和 .grad 保持 fp32（它们就是主权重）。GradScaler.scale(loss) 返回放大后的损失；scaler.step(optimizer) 先反缩放，若有梯度为 inf/NaN 则跳过这一步；scaler.update() 调整 S。Keras：set_global_policy('mixed_float16') 让各层用 fp16 计算、用 fp32 保存变量。",
    },
    params: [
      {
        name: 'dtype',
        meaning: { en: 'Compute dtype inside torch.autocast.', 'zh-cn': 'torch.autocast 内部的计算精度。' },
        defaults: { pytorch: 'None (float16 on CUDA, bfloat16 on CPU)' },
      },
      {
        name: 'init_scale',
        meaning: { en: 'Initial loss scale S.', 'zh-cn': '初始的 loss scale S。' },
        defaults: {
          pytorch: '65536.0 (2**16, GradScaler)',
          keras: '32768.0 (initial_scale, LossScaleOptimizer)',
          deepspeed: '16 (fp16.initial_scale_power, i.e. 2**16)',
        },
      },
      {
        name: 'growth_interval',
        meaning: { en: 'Steps without inf/NaN before S is doubled.', 'zh-cn': '连续多少步没有 inf/NaN 后把 S 翻倍。' },
        defaults: { pytorch: '2000', keras: '2000 (dynamic_growth_steps)', deepspeed: '1000 (fp16.loss_scale_window)' },
      },
      {
        name: 'backoff_factor',
        meaning: { en: 'Factor applied to S after an overflow.', 'zh-cn': '发生溢出后 S 乘以的系数。' },
        defaults: { pytorch: '0.5' },
      },
      {
        name: 'policy',
        meaning: { en: "Keras global dtype policy: 'mixed_float16' or 'mixed_bfloat16' turns mixed precision on.", 'zh-cn': "Keras 全局精度策略：设为 'mixed_float16' 或 'mixed_bfloat16' 即开启混合精度。" },
        defaults: { keras: "'float32' (set_global_policy)" },
      },
      {
        name: 'fp16',
        meaning: { en: 'transformers TrainingArguments switches (fp16 / bf16).', 'zh-cn': 'transformers 中 TrainingArguments 的开关（fp16 / bf16）。' },
        defaults: { transformers: 'False (fp16), False (bf16)' },
      },
    ],
    pitfalls: [
      {
        en: "Casting the whole model with model.half() and training it with a normal optimizer: weights, gradients and Adam's m, v are then fp16, small updates round to zero (the loss stalls) and eps=1e-8 becomes 0. Use torch.autocast with GradScaler (weights stay fp32), or keep an fp32 master copy.",
        'zh-cn': "用 model.half() 把整个模型转成 fp16 再用普通优化器训练：权重、梯度以及 Adam 的 m、v 都变成 fp16，小更新被舍入为 0（损失停滞），eps=1e-8 也变成 0。应使用 torch.autocast 加 GradScaler（权重保持 fp32），或保留一份 fp32 主权重。",
      },
      {
        en: "fp16 without loss scaling: many activation gradients are smaller than fp16's ≈6e-8 limit and flush to 0, so layers silently stop learning. Wrap fp16 training in torch.amp.GradScaler('cuda'); Keras compile() adds a LossScaleOptimizer automatically under 'mixed_float16'; bf16 usually needs none.",
        'zh-cn': "fp16 不做 loss scaling：很多激活梯度小于 fp16 约 6e-8 的下限而被清零，某些层会悄无声息地停止学习。fp16 训练要用 torch.amp.GradScaler('cuda')；Keras 在 'mixed_float16' 策略下 compile() 会自动套上 LossScaleOptimizer；bf16 通常不需要。",
      },
      {
        en: "Clipping or inspecting gradients between scaler.scale(loss).backward() and scaler.step(): they are still multiplied by S (65536 at the start). Call scaler.unscale_(optimizer) first.",
        'zh-cn': "在 scaler.scale(loss).backward() 和 scaler.step() 之间裁剪或查看梯度：此时梯度仍乘着 S（开始时是 65536）。要先调用 scaler.unscale_(optimizer)。",
      },
      {
        en: "Occasional skipped steps are normal (GradScaler halves S on inf/NaN). If S keeps collapsing towards 0, the model itself produces inf, e.g. a softmax or loss computed in fp16 outside autocast; compute it in fp32.",
        'zh-cn': "偶尔跳过几步是正常的（遇到 inf/NaN 时 GradScaler 会把 S 减半）。如果 S 一直缩小趋近于 0，说明模型本身在产生 inf，比如在 autocast 之外用 fp16 计算 softmax 或损失；这些应该用 fp32 计算。",
      },
    ],
    why: [
      FP32_UPDATE_QA,
      {
        q: { en: 'Why does fp16 need loss scaling but bf16 not?', 'zh-cn': '为什么 fp16 需要 loss scaling 而 bf16 不需要？' },
        a: {
          en: "Loss scaling multiplies the loss by S (e.g. 2¹⁶), which shifts the small gradients of the backward pass up into fp16's representable range; they are divided by S again in fp32 before the update. bf16 keeps fp32's 8-bit exponent (range down to about 1e-38), so gradients rarely underflow; it pays with only 7 mantissa bits, another reason the weights and update stay in fp32.",
          'zh-cn': "loss scaling 把损失乘以 S（如 2¹⁶），使反向传播中的小梯度整体上移到 fp16 能表示的范围内；更新前再在 fp32 中除以 S。bf16 保留了 fp32 的 8 位指数（可表示到约 1e-38），梯度很少下溢；代价是只有 7 位尾数，这也是权重和更新仍要保持 fp32 的另一个原因。",
        },
      },
    ],
    seeAlso: ['zero-sharding', 'adam', 'gradient-clipping', 'weight-decay'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/amp.html',
      keras: 'https://keras.io/api/mixed_precision/',
      deepspeed: 'https://www.deepspeed.ai/docs/config-json/',
    },
    demo: 'fp16-update',
  },

  // ------------------------------------------------------------------------------------ zero-sharding
  {
    id: 'zero-sharding',
    family: 'optimizers',
    title: { en: 'ZeRO sharding (ZeRO / FSDP)', 'zh-cn': 'ZeRO 分片（ZeRO / FSDP）' },
    summary: {
      en: "ZeRO (Zero Redundancy Optimizer) removes the duplication in data-parallel training: instead of every GPU holding full copies of the optimizer states, gradients and parameters, each of N GPUs keeps 1/N of them and the pieces are gathered or reduce-scattered when needed. Stage 1 shards the optimizer states, stage 2 adds the gradients, stage 3 (PyTorch FSDP) also the parameters. With mixed-precision Adam the fp32 copies (master weights, m and v) take 12 of the 16 bytes per parameter, and those are exactly what stage 1 splits.",
      'zh-cn': "ZeRO（零冗余优化器）消除数据并行训练中的重复存储：不再让每张 GPU 都保存完整的优化器状态、梯度和参数，而是 N 张 GPU 各保存 1/N，需要时再做 gather 或 reduce-scatter。Stage 1 切分优化器状态，stage 2 再切分梯度，stage 3（PyTorch FSDP）连参数也切分。混合精度 Adam 中，fp32 副本（主权重、m 和 v）占每个参数 16 字节中的 12 字节，而 stage 1 切分的正是它们。",
    },
    formula: String.raw`M_0 = (2+2+K)\,\Psi,\quad M_1 = 4\Psi + \frac{K\Psi}{N},\quad M_2 = 2\Psi + \frac{(2+K)\,\Psi}{N},\quad M_3 = \frac{(4+K)\,\Psi}{N},\qquad K = 12`,
    formulaText: 'bytes per GPU for Ψ parameters on N GPUs with mixed-precision Adam: stage 0 = 16Ψ (2 fp16 weights + 2 fp16 grads + 12 fp32 master weight, m, v);  stage 1 = 4Ψ + 12Ψ/N;  stage 2 = 2Ψ + 14Ψ/N;  stage 3 = 16Ψ/N   (activations not included; e.g. Ψ = 7.5B, N = 64: 120 GB → 31.4 / 16.6 / 1.9 GB)',
    shapes: {
      en: "Model and batch shapes are unchanged: each rank still runs the whole model on its own micro-batch. What is sharded are flat buffers: each rank owns 1/N of the optimizer state, of the gradients (stage ≥ 2) and of the parameters (stage 3, gathered layer by layer for forward and backward and freed afterwards). PyTorch ZeroRedundancyOptimizer is stage 1 (it assigns whole parameters to ranks); FullyShardedDataParallel / fully_shard is stage 3; DeepSpeed exposes stages 0–3 through zero_optimization.stage.",
      'zh-cn': "模型和 batch 的形状不变：每个 rank 仍在自己的 micro-batch 上运行完整模型。被切分的是展平后的缓冲区：每个 rank 持有 1/N 的优化器状态、梯度（stage ≥ 2）和参数（stage 3，前向 / 反向时逐层 gather，用完即释放）。PyTorch 的 ZeroRedundancyOptimizer 相当于 stage 1（按整个参数分配给各 rank）；FullyShardedDataParallel / fully_shard 相当于 stage 3；DeepSpeed 通过 zero_optimization.stage 提供 0–3 各个阶段。",
    },
    params: [
      {
        name: 'stage',
        meaning: { en: '0 = off, 1 = optimizer states, 2 = + gradients, 3 = + parameters.', 'zh-cn': '0 = 关闭，1 = 优化器状态，2 = 再加梯度，3 = 再加参数。' },
        defaults: { deepspeed: '0 (zero_optimization.stage)' },
      },
      {
        name: 'offload_optimizer',
        meaning: { en: 'Move optimizer states and the update to CPU or NVMe.', 'zh-cn': '把优化器状态和更新计算放到 CPU 或 NVMe 上。' },
        defaults: { deepspeed: 'False (zero_optimization.offload_optimizer)' },
      },
      {
        name: 'sharding_strategy',
        meaning: { en: 'FSDP: FULL_SHARD (≈ stage 3), SHARD_GRAD_OP (≈ stage 2), NO_SHARD (DDP).', 'zh-cn': 'FSDP：FULL_SHARD（≈ stage 3）、SHARD_GRAD_OP（≈ stage 2）、NO_SHARD（即 DDP）。' },
        defaults: { pytorch: 'None, meaning FULL_SHARD (FullyShardedDataParallel)' },
      },
      {
        name: 'optimizer_class',
        meaning: { en: 'The local optimizer that ZeroRedundancyOptimizer wraps and shards.', 'zh-cn': 'ZeroRedundancyOptimizer 包装并切分的本地优化器类。' },
        defaults: { pytorch: 'required (ZeroRedundancyOptimizer)' },
      },
      {
        name: 'mixed_precision',
        meaning: { en: 'FSDP dtypes for parameters, gradient reduction and buffers.', 'zh-cn': 'FSDP 中参数、梯度归约和缓冲区所用的精度。' },
        defaults: { pytorch: 'None (FullyShardedDataParallel)' },
      },
    ],
    pitfalls: [
      {
        en: "ZeRO stages shard model states, not activations (which grow with batch size and sequence length). If you run out of memory in the forward pass, add activation checkpointing or shrink the micro-batch; a higher stage will not help.",
        'zh-cn': "ZeRO 各阶段切分的是模型状态，而不是激活（激活随 batch 大小和序列长度增长）。如果在前向时显存不足，应加上 activation checkpointing 或减小 micro-batch；提高 stage 没有用。",
      },
      {
        en: "Saving from one rank: with stage 2/3 or FSDP each rank holds only a shard, so torch.save(model.state_dict()) on rank 0 is incomplete. Use the framework's consolidation (DeepSpeed save_checkpoint plus zero_to_fp32.py, FSDP full state dict or torch.distributed.checkpoint, ZeroRedundancyOptimizer.consolidate_state_dict()).",
        'zh-cn': "只在一个 rank 上保存：stage 2/3 或 FSDP 下每个 rank 只有一个分片，在 rank 0 上 torch.save(model.state_dict()) 得到的是不完整的结果。应使用框架提供的合并方式（DeepSpeed 的 save_checkpoint 加 zero_to_fp32.py、FSDP 的完整 state dict 或 torch.distributed.checkpoint、ZeroRedundancyOptimizer.consolidate_state_dict()）。",
      },
      {
        en: "Saving memory by keeping optimizer states and master weights in fp16 instead of sharding them: the updates vanish (see mixed-precision). ZeRO saves memory by splitting the fp32 states across GPUs, not by lowering their precision.",
        'zh-cn': "为了省显存把优化器状态和主权重存成 fp16 而不是去切分：更新会消失（见 mixed-precision）。ZeRO 省显存的方式是把 fp32 状态分到各 GPU 上，而不是降低它们的精度。",
      },
      {
        en: "Stage 3 all-gathers every layer's parameters in the forward pass and again in the backward pass, about 1.5× the communication of plain data parallelism; on slow interconnects stage 2 is often faster when the model fits.",
        'zh-cn': "Stage 3 在前向和反向时都要 all-gather 每一层的参数，通信量约为普通数据并行的 1.5 倍；在互联较慢的机器上，如果模型放得下，stage 2 往往更快。",
      },
    ],
    why: [
      FP32_UPDATE_QA,
      {
        q: { en: 'Why does ZeRO cost little extra communication?', 'zh-cn': '为什么 ZeRO 几乎不增加通信量？' },
        a: {
          en: "Data parallelism already all-reduces the gradients, and an all-reduce is a reduce-scatter followed by an all-gather. Stages 1–2 keep only the reduce-scattered shard, update it, and all-gather the updated parameters, so the volume matches plain DDP; only stage 3 adds an extra parameter all-gather (about 1.5× in total).",
          'zh-cn': "数据并行本来就要对梯度做 all-reduce，而 all-reduce 等于一次 reduce-scatter 加一次 all-gather。Stage 1–2 只保留 reduce-scatter 后的分片、更新它，再 all-gather 更新后的参数，通信量与普通 DDP 相同；只有 stage 3 多一次参数 all-gather（总共约 1.5 倍）。",
        },
      },
    ],
    seeAlso: ['mixed-precision', 'adam', 'adamw', 'gradient-clipping'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/distributed.optim.html',
      deepspeed: 'https://deepspeed.readthedocs.io/en/latest/zero3.html',
    },
    demo: 'fp16-update',
  },
];
