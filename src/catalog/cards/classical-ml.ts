/**
 * Classical ML cards: linear models, SVMs, neighbours, trees and ensembles, naive Bayes, clustering, PCA,
 * boosting (scikit-learn, XGBoost, LightGBM, CatBoost), Gaussian processes, discriminant analysis, and the
 * preprocessing / evaluation plumbing (feature scaling, cross-validation, train/test split).
 */
import type { Card } from './types';

const SK = 'https://scikit-learn.org/stable/modules/generated/';

export const CLASSICAL_ML_CARDS: Card[] = [
  // ───────────────────────────── linear models ─────────────────────────────
  {
    id: 'linear-regression',
    family: 'classical-ml',
    title: { en: 'Linear regression', 'zh-cn': '线性回归（Linear Regression）' },
    summary: {
      en: 'Linear regression fits a line (one feature) or a hyperplane (many features) to the data: the prediction is a weighted sum of the features plus an intercept, ŷ = Xw + b. Ordinary least squares picks the weights that minimise the sum of squared residuals, which has a closed-form solution. It is the baseline for any regression task and the building block that ridge, lasso and elastic net regularise.',
      'zh-cn': '线性回归用一条直线（单特征）或一个超平面（多特征）去拟合数据：预测值是特征的加权和再加截距，ŷ = Xw + b。普通最小二乘（OLS）选取使残差平方和最小的权重，这个问题有闭式解。它是所有回归任务的基线，也是岭回归、Lasso 和弹性网络在其上加正则的基础模型。',
    },
    formula: String.raw`\hat{y} = Xw + b,\qquad \hat{w} = \arg\min_{w}\ \lVert y - Xw \rVert_2^2 = (X^\top X)^{-1} X^\top y`,
    formulaText: 'ŷ = Xw + b;  ŵ = argmin_w ‖y − Xw‖² = (XᵀX)⁻¹Xᵀy   (sum of squared residuals over all samples; X centred when an intercept is fitted)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) or (n_samples, n_targets) → predict (n_samples,) or (n_samples, n_targets). coef_ is (n_features,) for a 1-D y, (n_targets, n_features) for a 2-D y; intercept_ is a float or (n_targets,).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) 或 (n_samples, n_targets) → predict 输出 (n_samples,) 或 (n_samples, n_targets)。一维 y 时 coef_ 形状为 (n_features,)，二维 y 时为 (n_targets, n_features)；intercept_ 为标量或 (n_targets,)。',
    },
    params: [
      {
        name: 'fit_intercept',
        meaning: { en: 'Learn the bias b; set False only if the data is already centred.', 'zh-cn': '是否学习截距 b；只有数据已中心化时才设为 False。' },
        defaults: { sklearn: 'True' },
      },
      {
        name: 'positive',
        meaning: { en: 'Constrain all coefficients to be ≥ 0 (non-negative least squares).', 'zh-cn': '约束所有系数 ≥ 0（非负最小二乘）。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'n_jobs',
        meaning: { en: 'Threads used only for multi-target problems or large sparse X.', 'zh-cn': '并行线程数，仅在多目标或大型稀疏 X 时起作用。' },
        defaults: { sklearn: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Passing a single feature as a 1-D array: LinearRegression().fit(x, y) raises "Expected 2D array". Use x.reshape(-1, 1) (or X[["col"]] in pandas) so X is (n_samples, 1).',
        'zh-cn': '把单个特征作为一维数组传入：LinearRegression().fit(x, y) 会报 “Expected 2D array”。应使用 x.reshape(-1, 1)（pandas 中用 X[["col"]]），让 X 的形状为 (n_samples, 1)。',
      },
      {
        en: 'Strongly correlated features make XᵀX nearly singular: coefficients become huge, flip sign between runs and cannot be interpreted, although predictions may still look fine. Drop or combine features, or switch to Ridge.',
        'zh-cn': '特征高度相关会让 XᵀX 接近奇异：系数变得极大、不同数据子集间正负翻转、无法解释，但预测可能看起来还行。应删除或合并相关特征，或改用 Ridge。',
      },
      {
        en: 'Reading coef_ as feature importance on unscaled data: a coefficient is "change in y per unit of x", so features in different units are not comparable. Standardise X first if you want to compare magnitudes.',
        'zh-cn': '在未缩放的数据上把 coef_ 当成特征重要性：系数的含义是“x 每变化一个单位 y 变化多少”，单位不同的特征不可比。想比较大小，先对 X 做标准化。',
      },
    ],
    why: [
      {
        q: { en: 'Why squared error rather than absolute error?', 'zh-cn': '为什么用平方误差而不是绝对误差？' },
        a: {
          en: 'The squared loss is smooth and convex, so the optimum has a closed form (the normal equations XᵀXw = Xᵀy), and under Gaussian noise it is the maximum-likelihood estimate. The price is sensitivity to outliers; HuberRegressor or an L1 loss is more robust.',
          'zh-cn': '平方损失光滑且凸，最优解有闭式（正规方程 XᵀXw = Xᵀy），并且在高斯噪声假设下就是最大似然估计。代价是对离群点敏感；更稳健的选择是 HuberRegressor 或 L1 损失。',
        },
      },
      {
        q: { en: 'Why is it called "linear" if I add x² features?', 'zh-cn': '加了 x² 特征为什么还叫“线性”回归？' },
        a: {
          en: 'Linear means linear in the weights w, not in the raw inputs. PolynomialFeatures turns x into (x, x², …) and the model is still a weighted sum, so the same least-squares solution applies.',
          'zh-cn': '“线性”指的是对权重 w 线性，而不是对原始输入线性。PolynomialFeatures 把 x 变成 (x, x², …)，模型仍是加权和，同样的最小二乘解法照样适用。',
        },
      },
    ],
    seeAlso: ['ridge-regression', 'lasso-regression', 'logistic-regression', 'mse-loss', 'linear', 'feature-scaling'],
    docs: { sklearn: `${SK}sklearn.linear_model.LinearRegression.html` },
  },
  {
    id: 'ridge-regression',
    family: 'classical-ml',
    title: { en: 'Ridge regression', 'zh-cn': '岭回归（Ridge）' },
    summary: {
      en: 'Ridge regression is least squares plus an L2 penalty α‖w‖² on the coefficients. The penalty shrinks all weights towards zero (but not to exactly zero), which stabilises the solution when features are correlated or there are more features than samples. Larger alpha means stronger shrinkage; alpha = 0 is plain linear regression.',
      'zh-cn': '岭回归是在最小二乘上再加一个对系数的 L2 惩罚 α‖w‖²。惩罚把所有权重往 0 收缩（但不会正好变成 0），在特征相关或特征数多于样本数时能让解变稳定。alpha 越大收缩越强；alpha = 0 就是普通线性回归。',
    },
    formula: String.raw`\min_{w}\ \lVert y - Xw \rVert_2^2 + \alpha \lVert w \rVert_2^2,\qquad \hat{w} = (X^\top X + \alpha I)^{-1} X^\top y`,
    formulaText: 'min_w ‖y − Xw‖² + α‖w‖²;  ŵ = (XᵀX + αI)⁻¹Xᵀy   (squared error summed over samples — not averaged; intercept not penalised)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) or (n_samples, n_targets) → predict with the same target shape; coef_ (n_features,) or (n_targets, n_features). RidgeClassifier maps labels to {−1, 1} and predicts class labels (n_samples,).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) 或 (n_samples, n_targets) → predict 输出同样的目标形状；coef_ 为 (n_features,) 或 (n_targets, n_features)。RidgeClassifier 把标签映射到 {−1, 1}，预测输出类别标签 (n_samples,)。',
    },
    params: [
      {
        name: 'alpha',
        meaning: { en: 'L2 penalty strength (larger = more shrinkage). RidgeCV takes a grid `alphas`.', 'zh-cn': 'L2 惩罚强度（越大收缩越强）。RidgeCV 接收一组候选值 `alphas`。' },
        defaults: { sklearn: '1.0 (RidgeCV: alphas=(0.1, 1.0, 10.0))' },
      },
      {
        name: 'solver',
        meaning: { en: "Algorithm: 'auto' picks among svd, cholesky, lsqr, sparse_cg, sag, saga, lbfgs.", 'zh-cn': "求解器：'auto' 会在 svd、cholesky、lsqr、sparse_cg、sag、saga、lbfgs 中自动选择。" },
        defaults: { sklearn: "'auto'" },
      },
      {
        name: 'fit_intercept',
        meaning: { en: 'Fit an unpenalised intercept.', 'zh-cn': '是否拟合截距（截距不受惩罚）。' },
        defaults: { sklearn: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Penalising unscaled features: the L2 penalty treats every coefficient alike, so a feature measured in large units needs a small weight and is barely penalised while a small-unit feature is crushed. Put StandardScaler and Ridge in one Pipeline.',
        'zh-cn': '对未缩放的特征加惩罚：L2 惩罚对所有系数一视同仁，单位大的特征本来权重就小、几乎不受惩罚，单位小的特征则被压得很厉害。应把 StandardScaler 和 Ridge 放进同一个 Pipeline。',
      },
      {
        en: "Ridge's loss is a sum of squared errors while Lasso/ElasticNet use (1/(2n))·sum: the same alpha value means a very different strength across these estimators (and changes with n_samples for Ridge). Tune alpha per estimator with RidgeCV / LassoCV.",
        'zh-cn': 'Ridge 的损失是平方误差之和，而 Lasso/ElasticNet 用的是 (1/(2n))·求和：同一个 alpha 在这几个估计器里代表的强度差别很大（对 Ridge 还会随 n_samples 变化）。请分别用 RidgeCV / LassoCV 调 alpha。',
      },
      {
        en: 'Expecting feature selection: ridge never sets a coefficient exactly to 0. If you need a sparse model, use Lasso or ElasticNet.',
        'zh-cn': '指望它做特征选择：岭回归不会把系数精确压到 0。需要稀疏模型时用 Lasso 或 ElasticNet。',
      },
    ],
    why: [
      {
        q: { en: 'Why does the L2 penalty fix ill-conditioned problems?', 'zh-cn': '为什么 L2 惩罚能解决病态问题？' },
        a: {
          en: 'Adding αI to XᵀX raises every eigenvalue by α, so the matrix is always invertible and small eigen-directions (collinear feature combinations) no longer blow up the weights. It trades a little bias for a large drop in variance.',
          'zh-cn': '给 XᵀX 加上 αI 会让每个特征值都增加 α，矩阵总是可逆，那些很小的特征方向（共线的特征组合）不再把权重放大到爆炸。它用一点偏差换来方差的大幅下降。',
        },
      },
      {
        q: { en: 'How does ridge relate to weight decay?', 'zh-cn': '岭回归和 weight decay 是什么关系？' },
        a: {
          en: 'Both add an L2 term on the weights. For plain gradient descent, the gradient of α‖w‖² shrinks w by a constant factor each step — exactly weight decay; for adaptive optimizers such as Adam the two differ (hence AdamW).',
          'zh-cn': '两者都是对权重加 L2 项。对普通梯度下降，α‖w‖² 的梯度让 w 每步按固定比例缩小——这正是 weight decay；对 Adam 这类自适应优化器两者不再等价（所以才有 AdamW）。',
        },
      },
    ],
    seeAlso: ['l2-regularization', 'linear-regression', 'lasso-regression', 'elastic-net', 'weight-decay'],
    docs: { sklearn: `${SK}sklearn.linear_model.Ridge.html` },
  },
  {
    id: 'lasso-regression',
    family: 'classical-ml',
    title: { en: 'Lasso regression', 'zh-cn': 'Lasso 回归' },
    summary: {
      en: 'Lasso is least squares plus an L1 penalty α‖w‖₁. Unlike ridge, the L1 penalty drives many coefficients to exactly zero, so the model selects features as it fits. scikit-learn solves it by coordinate descent; the larger alpha, the fewer features survive.',
      'zh-cn': 'Lasso 是在最小二乘上加 L1 惩罚 α‖w‖₁。与岭回归不同，L1 惩罚会把很多系数精确压到 0，所以模型在拟合的同时完成特征选择。scikit-learn 用坐标下降求解；alpha 越大，保留下来的特征越少。',
    },
    formula: String.raw`\min_{w}\ \frac{1}{2n}\lVert y - Xw \rVert_2^2 + \alpha \lVert w \rVert_1`,
    formulaText: 'min_w (1/(2n))·‖y − Xw‖² + α·‖w‖₁   (n = n_samples; ‖w‖₁ = Σ|wⱼ|; intercept not penalised)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) or (n_samples, n_targets) → predict with the same target shape; coef_ (n_features,) or (n_targets, n_features), with many exact zeros.',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) 或 (n_samples, n_targets) → predict 输出同样的目标形状；coef_ 为 (n_features,) 或 (n_targets, n_features)，其中很多元素恰好为 0。',
    },
    params: [
      {
        name: 'alpha',
        meaning: { en: 'L1 penalty strength. LassoCV searches a path of `alphas` (an int = how many).', 'zh-cn': 'L1 惩罚强度。LassoCV 沿一条 `alphas` 路径搜索（整数表示取多少个点）。' },
        defaults: { sklearn: '1.0 (LassoCV: alphas=100)' },
      },
      {
        name: 'max_iter',
        meaning: { en: 'Maximum coordinate-descent passes.', 'zh-cn': '坐标下降的最大轮数。' },
        defaults: { sklearn: '1000' },
      },
      {
        name: 'tol',
        meaning: { en: 'Stopping tolerance on the duality gap.', 'zh-cn': '基于对偶间隙的停止阈值。' },
        defaults: { sklearn: '0.0001' },
      },
      {
        name: 'selection',
        meaning: { en: "'cyclic' updates coordinates in order; 'random' picks one at random each step (often faster).", 'zh-cn': "'cyclic' 按顺序更新坐标；'random' 每步随机选一个坐标（通常更快）。" },
        defaults: { sklearn: "'cyclic'" },
      },
    ],
    pitfalls: [
      {
        en: 'ConvergenceWarning "Objective did not converge": usually unscaled features or a tiny alpha. Standardise X, raise max_iter, or use LassoCV / lasso_path, which warm-start along decreasing alphas.',
        'zh-cn': 'ConvergenceWarning “Objective did not converge”：通常是特征未缩放或 alpha 太小。先标准化 X，增大 max_iter，或用 LassoCV / lasso_path（沿递减的 alpha 热启动）。',
      },
      {
        en: 'alpha=0 is not "Lasso without penalty": coordinate descent converges badly and sklearn warns. Use LinearRegression for unpenalised least squares.',
        'zh-cn': 'alpha=0 并不是“不加惩罚的 Lasso”：坐标下降收敛很差，sklearn 会给出警告。不加惩罚的最小二乘请用 LinearRegression。',
      },
      {
        en: 'With a group of correlated features, lasso keeps one more or less arbitrarily and zeroes the rest, and the chosen one changes between resamples. Do not read the zeros as "irrelevant"; ElasticNet keeps correlated groups together.',
        'zh-cn': '遇到一组相关特征时，Lasso 会近乎随机地保留其中一个、把其余的置零，而且换一次采样选中的就可能不同。不要把 0 解读为“无关”；ElasticNet 会把相关特征成组保留。',
      },
    ],
    why: [
      {
        q: { en: 'Why does L1 give exact zeros but L2 does not?', 'zh-cn': '为什么 L1 能得到精确的 0，而 L2 不能？' },
        a: {
          en: "The L1 ball has corners on the axes, so the loss contours usually touch it at a corner where some coordinates are 0. Equivalently, |w|'s subgradient at 0 is the whole interval [−α, α], so any coefficient whose data gradient is smaller than α stays exactly 0 (soft thresholding); L2's gradient 2αw vanishes at 0 and only shrinks.",
          'zh-cn': 'L1 约束球在坐标轴上有尖角，损失的等高线通常在尖角处与它相切，此时部分坐标为 0。换个角度：|w| 在 0 处的次梯度是整个区间 [−α, α]，只要数据梯度小于 α，系数就精确停在 0（软阈值）；而 L2 的梯度 2αw 在 0 处为 0，只会收缩不会归零。',
        },
      },
    ],
    seeAlso: ['l1-regularization', 'ridge-regression', 'elastic-net', 'linear-regression', 'feature-scaling'],
    docs: { sklearn: `${SK}sklearn.linear_model.Lasso.html` },
  },
  {
    id: 'elastic-net',
    family: 'classical-ml',
    title: { en: 'Elastic net', 'zh-cn': '弹性网络（Elastic Net）' },
    summary: {
      en: 'Elastic net combines the lasso (L1) and ridge (L2) penalties, mixed by l1_ratio. It keeps lasso\'s sparsity while the L2 part makes it stable with correlated features — they tend to be kept or dropped together. l1_ratio = 1 is the lasso, l1_ratio = 0 is a ridge penalty (with the 1/(2n) loss scaling).',
      'zh-cn': '弹性网络把 Lasso（L1）和岭回归（L2）两种惩罚按 l1_ratio 混合。它保留了 Lasso 的稀疏性，而 L2 部分让它在特征相关时更稳定——相关的特征倾向于一起保留或一起剔除。l1_ratio = 1 就是 Lasso，l1_ratio = 0 是岭惩罚（损失带 1/(2n) 缩放）。',
    },
    formula: String.raw`\min_{w}\ \frac{1}{2n}\lVert y - Xw \rVert_2^2 + \alpha\rho\lVert w \rVert_1 + \frac{\alpha(1-\rho)}{2}\lVert w \rVert_2^2`,
    formulaText: 'min_w (1/(2n))·‖y − Xw‖² + α·ρ·‖w‖₁ + (α·(1 − ρ)/2)·‖w‖²   (ρ = l1_ratio; n = n_samples)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) or (n_samples, n_targets) → predict with the same target shape; coef_ (n_features,) or (n_targets, n_features).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) 或 (n_samples, n_targets) → predict 输出同样的目标形状；coef_ 为 (n_features,) 或 (n_targets, n_features)。',
    },
    params: [
      {
        name: 'alpha',
        meaning: { en: 'Overall penalty strength.', 'zh-cn': '总体惩罚强度。' },
        defaults: { sklearn: '1.0 (ElasticNetCV: alphas=100)' },
      },
      {
        name: 'l1_ratio',
        meaning: { en: 'Mix ρ between L1 (1) and L2 (0). ElasticNetCV accepts a list to search.', 'zh-cn': 'L1（1）与 L2（0）之间的混合比例 ρ。ElasticNetCV 可以传入列表进行搜索。' },
        defaults: { sklearn: '0.5' },
      },
      {
        name: 'max_iter',
        meaning: { en: 'Maximum coordinate-descent passes.', 'zh-cn': '坐标下降的最大轮数。' },
        defaults: { sklearn: '1000' },
      },
    ],
    pitfalls: [
      {
        en: "Names are swapped relative to R's glmnet: sklearn's alpha is glmnet's lambda (overall strength) and sklearn's l1_ratio is glmnet's alpha (the mix). Porting alpha=0.5 from glmnet code silently changes the model.",
        'zh-cn': '参数名与 R 的 glmnet 是反过来的：sklearn 的 alpha 对应 glmnet 的 lambda（总强度），sklearn 的 l1_ratio 对应 glmnet 的 alpha（混合比例）。照搬 glmnet 代码里的 alpha=0.5 会悄悄改变模型。',
      },
      {
        en: 'ElasticNetCV only tunes alpha unless you pass several mixes: with the default l1_ratio=0.5 it never searches the mix. Pass e.g. l1_ratio=[.1, .5, .7, .9, .95, .99, 1].',
        'zh-cn': '如果不传多个混合比例，ElasticNetCV 只会调 alpha：默认 l1_ratio=0.5 时根本不搜索混合比例。应传入例如 l1_ratio=[.1, .5, .7, .9, .95, .99, 1]。',
      },
    ],
    why: [
      {
        q: { en: 'Why add an L2 term to the lasso at all?', 'zh-cn': '为什么要在 Lasso 上再加 L2 项？' },
        a: {
          en: 'Pure L1 picks one feature from a correlated group and is unstable when features outnumber samples (it selects at most n of them). The L2 part makes the objective strictly convex, so correlated features share weight and the selection becomes stable.',
          'zh-cn': '纯 L1 在一组相关特征里只挑一个，而且当特征数多于样本数时不稳定（最多选出 n 个）。L2 部分让目标函数严格凸，相关特征会分摊权重，特征选择也因此稳定。',
        },
      },
    ],
    seeAlso: ['lasso-regression', 'ridge-regression', 'l1-regularization', 'l2-regularization', 'cross-validation'],
    docs: { sklearn: `${SK}sklearn.linear_model.ElasticNet.html` },
  },
  {
    id: 'logistic-regression',
    family: 'classical-ml',
    title: { en: 'Logistic regression', 'zh-cn': '逻辑回归（Logistic Regression）' },
    summary: {
      en: 'Logistic regression is a linear classifier: it computes a linear score wᵀx + b and maps it through the sigmoid to the probability of class 1 (softmax over per-class scores in the multiclass case). It is trained by minimising log-loss (binary cross-entropy), and predict thresholds the probability at 0.5. In scikit-learn it is regularised by default: an L2 penalty whose strength is set by C, the inverse of the regularisation strength.',
      'zh-cn': '逻辑回归是线性分类器：先算线性得分 wᵀx + b，再经 sigmoid 映射成属于类别 1 的概率（多分类时对各类得分做 softmax）。训练目标是最小化对数损失（二元交叉熵），predict 以 0.5 为阈值给出类别。scikit-learn 中它默认带正则：L2 惩罚，强度由 C 控制，而 C 是正则强度的倒数。',
    },
    formula: String.raw`p = \sigma(w^\top x + b) = \frac{1}{1 + e^{-(w^\top x + b)}},\qquad \min_{w,b}\ \tfrac12\lVert w \rVert_2^2 + C\sum_{i}\big[-y_i\log p_i - (1-y_i)\log(1-p_i)\big]`,
    formulaText: 'p = σ(wᵀx + b) = 1/(1 + e^−(wᵀx+b));  min ½‖w‖² + C·Σᵢ[−yᵢ·log pᵢ − (1−yᵢ)·log(1−pᵢ)]   (log-loss summed over samples; larger C = weaker penalty)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) class labels → predict (n_samples,), predict_proba (n_samples, n_classes). coef_ is (1, n_features) for binary problems and (n_classes, n_features) for multiclass.',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) 类别标签 → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)。二分类时 coef_ 为 (1, n_features)，多分类时为 (n_classes, n_features)。',
    },
    params: [
      {
        name: 'C',
        meaning: { en: 'INVERSE regularisation strength: smaller C = stronger penalty. C=np.inf means no penalty.', 'zh-cn': '正则强度的倒数：C 越小惩罚越强。C=np.inf 表示不加惩罚。' },
        defaults: { sklearn: '1.0' },
      },
      {
        name: 'l1_ratio',
        meaning: { en: 'Penalty mix since 1.8: 0 = L2, 1 = L1, in between = elastic net (saga). Replaces `penalty`.', 'zh-cn': '自 1.8 起的惩罚混合比例：0 = L2，1 = L1，介于两者之间 = 弹性网络（需 saga）。取代 `penalty`。' },
        defaults: { sklearn: '0.0 (L2 penalty)' },
      },
      {
        name: 'penalty',
        meaning: { en: "Deprecated in 1.8 (removal in 1.10): l1_ratio=0 replaces 'l2', l1_ratio=1 replaces 'l1', C=np.inf replaces None.", 'zh-cn': "1.8 起弃用（1.10 移除）：用 l1_ratio=0 代替 'l2'，l1_ratio=1 代替 'l1'，C=np.inf 代替 None。" },
        defaults: { sklearn: "'deprecated' (acts as 'l2')" },
      },
      {
        name: 'solver',
        meaning: { en: "Optimizer: 'lbfgs', 'liblinear', 'newton-cg', 'newton-cholesky', 'sag', 'saga'. L1 needs liblinear or saga.", 'zh-cn': "优化器：'lbfgs'、'liblinear'、'newton-cg'、'newton-cholesky'、'sag'、'saga'。L1 需要 liblinear 或 saga。" },
        defaults: { sklearn: "'lbfgs'" },
      },
      {
        name: 'max_iter',
        meaning: { en: 'Maximum solver iterations.', 'zh-cn': '求解器的最大迭代次数。' },
        defaults: { sklearn: '100' },
      },
    ],
    pitfalls: [
      {
        en: 'C is the INVERSE of the regularisation strength — the opposite of alpha in Ridge/Lasso. Raising C to "regularise more" actually weakens the penalty; and the default C=1.0 already penalises, so LogisticRegression() is not the plain maximum-likelihood fit (use C=np.inf, or penalty=None before 1.8).',
        'zh-cn': 'C 是正则强度的倒数——与 Ridge/Lasso 的 alpha 方向相反。为了“加强正则”而调大 C 实际上是在减弱惩罚；而且默认 C=1.0 已经带惩罚，所以 LogisticRegression() 并不是纯粹的最大似然拟合（要用 C=np.inf，1.8 之前用 penalty=None）。',
      },
      {
        en: 'ConvergenceWarning "lbfgs failed to converge" with max_iter=100: almost always unscaled features. Put StandardScaler in a Pipeline before raising max_iter.',
        'zh-cn': 'max_iter=100 时出现 ConvergenceWarning “lbfgs failed to converge”：几乎总是因为特征没有缩放。先在 Pipeline 里加 StandardScaler，再考虑调大 max_iter。',
      },
      {
        en: "Asking for an L1 penalty with the default solver: lbfgs supports only L2 or none, so l1_ratio=1 (or penalty='l1') raises an error. Use solver='liblinear' or 'saga'.",
        'zh-cn': "用默认求解器请求 L1 惩罚：lbfgs 只支持 L2 或不加惩罚，l1_ratio=1（或 penalty='l1'）会报错。请改用 solver='liblinear' 或 'saga'。",
      },
      {
        en: 'Using predict() on imbalanced data: it always thresholds at 0.5. Use predict_proba and choose the threshold on a validation set (or set class_weight="balanced").',
        'zh-cn': '在类别不平衡的数据上直接用 predict()：它永远以 0.5 为阈值。应使用 predict_proba，并在验证集上选阈值（或设 class_weight="balanced"）。',
      },
    ],
    why: [
      {
        q: { en: 'Why does a larger C mean less regularisation?', 'zh-cn': '为什么 C 越大正则越弱？' },
        a: {
          en: 'sklearn (following LIBLINEAR and SVMs) multiplies the data term by C instead of the penalty by λ: ½‖w‖² + C·Σloss is the same problem as Σloss + (1/(2C))‖w‖². So C plays the role of 1/λ — raise C and the data term wins.',
          'zh-cn': 'sklearn（沿用 LIBLINEAR 和 SVM 的写法）把 C 乘在数据项上，而不是把 λ 乘在惩罚项上：½‖w‖² + C·Σloss 与 Σloss + (1/(2C))‖w‖² 是同一个问题。所以 C 相当于 1/λ——C 越大，数据项越占上风。',
        },
      },
      {
        q: { en: 'Why is it called regression if it classifies?', 'zh-cn': '它做分类，为什么叫“回归”？' },
        a: {
          en: 'It regresses the log-odds: log(p/(1−p)) = wᵀx + b is a linear regression on the logit scale. The classification comes only from thresholding the resulting probability.',
          'zh-cn': '它回归的是对数几率：log(p/(1−p)) = wᵀx + b 是在 logit 尺度上的线性回归。分类只是对得到的概率取阈值的结果。',
        },
      },
      {
        q: { en: 'Why log-loss instead of squared error on the probability?', 'zh-cn': '为什么用对数损失，而不是对概率用平方误差？' },
        a: {
          en: 'Log-loss is the negative log-likelihood of a Bernoulli model and is convex in w, so the solvers find the global optimum; squared error through a sigmoid is non-convex and its gradient vanishes for confidently wrong predictions.',
          'zh-cn': '对数损失是伯努利模型的负对数似然，对 w 是凸的，求解器能找到全局最优；而套在 sigmoid 外面的平方误差是非凸的，对“很自信却错了”的预测梯度几乎消失。',
        },
      },
    ],
    seeAlso: ['sigmoid', 'bce-loss', 'softmax', 'l2-regularization', 'svm', 'lbfgs'],
    docs: { sklearn: `${SK}sklearn.linear_model.LogisticRegression.html` },
  },

  // ───────────────────────────── kernels and neighbours ─────────────────────────────
  {
    id: 'svm',
    family: 'classical-ml',
    title: { en: 'Support vector machine (SVM)', 'zh-cn': '支持向量机（SVM）' },
    summary: {
      en: 'An SVM looks for the separating hyperplane with the largest margin to the nearest training points (the support vectors); C trades margin width against training errors. A kernel — linear, polynomial, RBF (Gaussian) or sigmoid — implicitly maps the data into a higher-dimensional feature space where a linear separator may exist, without ever computing that mapping. sklearn\'s SVC defaults to kernel=\'rbf\', C=1.0, gamma=\'scale\'.',
      'zh-cn': 'SVM 寻找一个与最近的训练点（支持向量）间隔最大的分离超平面；C 在间隔宽度和训练误差之间做权衡。核函数——线性核、多项式核、RBF（高斯）核或 sigmoid 核——隐式地把数据映射到更高维的特征空间，在那里也许存在线性分界，而且无需真正计算这个映射。sklearn 的 SVC 默认 kernel=\'rbf\'、C=1.0、gamma=\'scale\'。',
    },
    formula: String.raw`\min_{w,b,\xi}\ \tfrac12\lVert w \rVert^2 + C\sum_i \xi_i\ \ \text{s.t.}\ y_i\big(w^\top\phi(x_i) + b\big) \ge 1 - \xi_i,\ \xi_i \ge 0;\qquad K_{\mathrm{rbf}}(x, x') = e^{-\gamma\lVert x - x' \rVert^2}`,
    formulaText: 'min ½‖w‖² + C·Σᵢ ξᵢ  s.t. yᵢ(wᵀφ(xᵢ) + b) ≥ 1 − ξᵢ, ξᵢ ≥ 0;  decision f(x) = Σᵢ αᵢyᵢK(xᵢ, x) + b.  Kernels: linear xᵀx′, poly (γxᵀx′ + coef0)^degree, RBF exp(−γ‖x − x′‖²)',
    shapes: {
      en: "sklearn SVC: X (n_samples, n_features), y (n_samples,) → predict (n_samples,); decision_function (n_samples,) for binary, (n_samples, n_classes) with decision_function_shape='ovr' (multiclass is trained one-vs-one). support_vectors_ (n_SV, n_features). kernel='precomputed' takes a Gram matrix (n_samples, n_samples).",
      'zh-cn': "sklearn SVC：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)；decision_function 二分类为 (n_samples,)，decision_function_shape='ovr' 时多分类为 (n_samples, n_classes)（多分类内部按一对一训练）。support_vectors_ 为 (n_SV, n_features)。kernel='precomputed' 时输入 Gram 矩阵 (n_samples, n_samples)。",
    },
    params: [
      {
        name: 'C',
        meaning: { en: 'Penalty on margin violations; regularisation strength is inversely proportional to C.', 'zh-cn': '对越过间隔的样本的惩罚；正则强度与 C 成反比。' },
        defaults: { sklearn: '1.0' },
      },
      {
        name: 'kernel',
        meaning: { en: "'linear', 'poly', 'rbf', 'sigmoid', 'precomputed' or a callable.", 'zh-cn': "'linear'、'poly'、'rbf'、'sigmoid'、'precomputed' 或可调用对象。" },
        defaults: { sklearn: "'rbf'" },
      },
      {
        name: 'gamma',
        meaning: { en: "Kernel width for rbf/poly/sigmoid: 'scale' = 1/(n_features·X.var()), 'auto' = 1/n_features. Larger gamma = more local, wigglier boundary.", 'zh-cn': "rbf/poly/sigmoid 核的宽度：'scale' = 1/(n_features·X.var())，'auto' = 1/n_features。gamma 越大越局部、边界越曲折。" },
        defaults: { sklearn: "'scale'" },
      },
      {
        name: 'degree',
        meaning: { en: "Degree of the 'poly' kernel (ignored by the others).", 'zh-cn': "'poly' 核的次数（其他核忽略）。" },
        defaults: { sklearn: '3' },
      },
    ],
    pitfalls: [
      {
        en: 'Unscaled features: the RBF distance and gamma="scale" are dominated by the feature with the largest range, so accuracy collapses. Always use make_pipeline(StandardScaler(), SVC()).',
        'zh-cn': '特征未缩放：RBF 距离和 gamma="scale" 会被取值范围最大的特征主导，准确率大幅下降。务必使用 make_pipeline(StandardScaler(), SVC())。',
      },
      {
        en: 'Kernel SVC on large data: libsvm fit time grows at least quadratically with n_samples, so 100k+ rows can take hours. Use LinearSVC or SGDClassifier (hinge loss), or approximate the kernel with Nystroem/RBFSampler.',
        'zh-cn': '在大数据上用核 SVC：libsvm 的训练时间至少随 n_samples 二次增长，十万行以上可能要跑几个小时。改用 LinearSVC 或 SGDClassifier（hinge 损失），或者用 Nystroem/RBFSampler 近似核函数。',
      },
      {
        en: 'Tuning C and gamma one at a time: they interact (large gamma needs smaller C and vice versa). Search them jointly on a log grid, e.g. GridSearchCV over C, gamma in 10^[−3…3].',
        'zh-cn': '逐个调 C 和 gamma：两者相互作用（gamma 大时需要较小的 C，反之亦然）。应在对数网格上联合搜索，例如用 GridSearchCV 在 10^[−3…3] 上搜 C 和 gamma。',
      },
    ],
    why: [
      {
        q: { en: 'Why does a kernel let a linear SVM separate non-linear data?', 'zh-cn': '为什么核函数能让线性 SVM 分开非线性数据？' },
        a: {
          en: 'The SVM dual only uses dot products between samples. Replacing xᵢᵀxⱼ by K(xᵢ, xⱼ) = φ(xᵢ)ᵀφ(xⱼ) fits a linear separator in the space of φ — polynomial terms for the poly kernel, an infinite-dimensional space for RBF — at the cost of evaluating K, never φ (the kernel trick).',
          'zh-cn': 'SVM 的对偶问题只用到样本之间的点积。把 xᵢᵀxⱼ 换成 K(xᵢ, xⱼ) = φ(xᵢ)ᵀφ(xⱼ)，就相当于在 φ 的空间里找线性分界——多项式核对应多项式项，RBF 核对应无限维空间——而计算量只是求 K，从不显式计算 φ（核技巧）。',
        },
      },
      {
        q: { en: 'Why maximise the margin?', 'zh-cn': '为什么要最大化间隔？' },
        a: {
          en: 'Among all separators that fit the training data, the widest-margin one is least sensitive to small perturbations of the points, and generalisation bounds for SVMs depend on the margin rather than the dimension — which is why it still works in very high-dimensional kernel spaces.',
          'zh-cn': '在所有能分开训练数据的超平面里，间隔最大的那个对样本的微小扰动最不敏感；SVM 的泛化界依赖于间隔而不是维度——这也是它在极高维的核空间里依然有效的原因。',
        },
      },
    ],
    seeAlso: ['logistic-regression', 'feature-scaling', 'gaussian-process', 'knn', 'cross-validation'],
    docs: { sklearn: `${SK}sklearn.svm.SVC.html` },
  },
  {
    id: 'knn',
    family: 'classical-ml',
    title: { en: 'k-nearest neighbours (KNN)', 'zh-cn': 'K 近邻（KNN）' },
    summary: {
      en: 'KNN has no training phase beyond storing the data: to predict, it computes the distance from the query to every stored sample, takes the k nearest, and returns their majority class (classification) or average target (regression), optionally weighted by 1/distance. Because everything depends on distances, features must be on comparable scales.',
      'zh-cn': 'KNN 的“训练”只是把数据存下来：预测时计算查询点到每个已存样本的距离，取最近的 k 个，分类时返回多数类别，回归时返回目标值的平均（可选按 1/距离加权）。因为一切都依赖距离，所以各特征必须处在可比的尺度上。',
    },
    formula: String.raw`\hat{y}(x) = \operatorname{mode}\{\,y_i : i \in N_k(x)\,\}\ \ \text{or}\ \ \frac{1}{k}\sum_{i \in N_k(x)} y_i,\qquad d_p(x, x') = \Big(\sum_j |x_j - x'_j|^p\Big)^{1/p}`,
    formulaText: 'ŷ(x) = majority label (or mean of y) over the k nearest training points N_k(x);  distance d_p(x, x′) = (Σⱼ|xⱼ − x′ⱼ|^p)^(1/p), p=2 Euclidean, p=1 Manhattan',
    shapes: {
      en: 'sklearn: fit X (n_samples, n_features), y (n_samples,) → predict (n_queries,), predict_proba (n_queries, n_classes); kneighbors returns distances and indices, each (n_queries, n_neighbors).',
      'zh-cn': 'sklearn：fit 接收 X (n_samples, n_features)、y (n_samples,) → predict 输出 (n_queries,)，predict_proba 输出 (n_queries, n_classes)；kneighbors 返回距离和索引，形状均为 (n_queries, n_neighbors)。',
    },
    params: [
      {
        name: 'n_neighbors',
        meaning: { en: 'k, the number of neighbours that vote. Small k = low bias, high variance.', 'zh-cn': 'k，参与投票的邻居数。k 小则偏差低、方差高。' },
        defaults: { sklearn: '5' },
      },
      {
        name: 'weights',
        meaning: { en: "'uniform' (equal votes) or 'distance' (weight 1/d, closer points count more).", 'zh-cn': "'uniform'（等权投票）或 'distance'（按 1/d 加权，越近越重要）。" },
        defaults: { sklearn: "'uniform'" },
      },
      {
        name: 'metric',
        meaning: { en: "Distance; 'minkowski' with p=2 is Euclidean.", 'zh-cn': "距离度量；'minkowski' 配合 p=2 即欧氏距离。" },
        defaults: { sklearn: "'minkowski'" },
      },
      {
        name: 'p',
        meaning: { en: 'Minkowski power (1 = Manhattan, 2 = Euclidean).', 'zh-cn': 'Minkowski 距离的幂次（1 = 曼哈顿，2 = 欧氏）。' },
        defaults: { sklearn: '2' },
      },
    ],
    pitfalls: [
      {
        en: 'No feature scaling: a feature in the thousands (income) swamps one in units (age), so "nearest" means "closest income". Scale inside a Pipeline with StandardScaler or MinMaxScaler.',
        'zh-cn': '不做特征缩放：取值上千的特征（收入）会淹没取值个位数的特征（年龄），“最近”就变成了“收入最接近”。应在 Pipeline 里用 StandardScaler 或 MinMaxScaler 缩放。',
      },
      {
        en: 'High-dimensional data: with many features all pairwise distances become similar (curse of dimensionality) and neighbours stop being informative. Reduce dimensions (PCA) or pick features first.',
        'zh-cn': '高维数据：特征很多时所有样本两两之间的距离趋于相近（维度灾难），邻居不再有区分度。先降维（PCA）或做特征选择。',
      },
      {
        en: 'Slow prediction: the cost moves from fit to predict, growing with the training-set size. For large data use algorithm="kd_tree"/"ball_tree" on low-dimensional inputs or an approximate-neighbour library.',
        'zh-cn': '预测很慢：计算开销从 fit 转移到了 predict，随训练集大小增长。数据量大时，对低维输入用 algorithm="kd_tree"/"ball_tree"，或使用近似最近邻库。',
      },
    ],
    why: [
      {
        q: { en: 'Why does KNN need feature scaling?', 'zh-cn': 'KNN 为什么需要特征缩放？' },
        a: {
          en: "Its only notion of similarity is the distance, and a Euclidean distance adds squared differences across features — a feature's contribution grows with the square of its units. Standardising gives every feature the same say.",
          'zh-cn': 'KNN 唯一的相似度概念就是距离，而欧氏距离把各特征差值的平方相加——特征的贡献随其单位的平方增长。标准化后每个特征的发言权才相同。',
        },
      },
      {
        q: { en: 'How do I choose k?', 'zh-cn': 'k 怎么选？' },
        a: {
          en: 'k = 1 memorises the training set (zero training error, high variance); large k smooths towards the majority class. Pick k by cross-validation, and prefer odd k in binary classification to avoid ties.',
          'zh-cn': 'k = 1 相当于记住训练集（训练误差为零、方差很大）；k 很大则会被平滑成多数类。用交叉验证来选 k，二分类时优先取奇数以避免平票。',
        },
      },
    ],
    seeAlso: ['feature-scaling', 'kmeans', 'dbscan', 'pca', 'cross-validation'],
    docs: { sklearn: `${SK}sklearn.neighbors.KNeighborsClassifier.html` },
  },

  // ───────────────────────────── trees and ensembles ─────────────────────────────
  {
    id: 'decision-tree',
    family: 'classical-ml',
    title: { en: 'Decision tree', 'zh-cn': '决策树（Decision Tree）' },
    summary: {
      en: 'A decision tree predicts by asking a sequence of feature tests ("x₃ ≤ 2.5?") from the root to a leaf, and returns the leaf\'s majority class or mean value. It is grown greedily: at each node it picks the feature and threshold that most reduce impurity (Gini or entropy for classification, squared error for regression). Trees need no feature scaling and handle interactions naturally, but a fully grown tree overfits.',
      'zh-cn': '决策树通过一连串的特征判断（“x₃ ≤ 2.5？”）从根节点走到叶子，返回叶子上的多数类别或平均值。它以贪心方式生长：在每个节点选择能让不纯度下降最多的特征和阈值（分类用 Gini 或熵，回归用平方误差）。决策树不需要特征缩放，天然能处理特征交互，但完全长开的树会过拟合。',
    },
    formula: String.raw`\mathrm{Gini}(t) = 1 - \sum_k p_k^2,\qquad H(t) = -\sum_k p_k \log p_k,\qquad \Delta I = I(t) - \frac{n_L}{n_t} I(t_L) - \frac{n_R}{n_t} I(t_R)`,
    formulaText: 'Gini(t) = 1 − Σₖ pₖ²;  entropy H(t) = −Σₖ pₖ·log pₖ;  split gain ΔI = I(t) − (n_L/n_t)·I(t_L) − (n_R/n_t)·I(t_R)   (pₖ = share of class k in node t)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes); apply gives the leaf index per sample (n_samples,); feature_importances_ (n_features,).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)；apply 返回每个样本所在叶子的索引 (n_samples,)；feature_importances_ 为 (n_features,)。',
    },
    params: [
      {
        name: 'criterion',
        meaning: { en: "Impurity to minimise: 'gini', 'entropy', 'log_loss' (classifier); 'squared_error', 'friedman_mse', 'absolute_error', 'poisson' (regressor).", 'zh-cn': "要最小化的不纯度：分类器可选 'gini'、'entropy'、'log_loss'；回归器可选 'squared_error'、'friedman_mse'、'absolute_error'、'poisson'。" },
        defaults: { sklearn: "'gini' (DecisionTreeClassifier); 'squared_error' (DecisionTreeRegressor)" },
      },
      {
        name: 'max_depth',
        meaning: { en: 'Maximum depth; None grows until leaves are pure or smaller than min_samples_split.', 'zh-cn': '最大深度；None 表示一直生长，直到叶子纯净或样本数小于 min_samples_split。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'min_samples_leaf',
        meaning: { en: 'Minimum samples in each leaf; raising it smooths the model.', 'zh-cn': '每个叶子的最少样本数；调大能让模型更平滑。' },
        defaults: { sklearn: '1' },
      },
      {
        name: 'ccp_alpha',
        meaning: { en: 'Cost-complexity pruning strength (0 = no pruning).', 'zh-cn': '代价复杂度剪枝强度（0 = 不剪枝）。' },
        defaults: { sklearn: '0.0' },
      },
    ],
    pitfalls: [
      {
        en: 'Default settings overfit: max_depth=None and min_samples_leaf=1 grow the tree until every training point is classified correctly (training accuracy 100 %, poor test accuracy). Limit max_depth / min_samples_leaf or prune with ccp_alpha chosen by cross-validation.',
        'zh-cn': '默认参数会过拟合：max_depth=None 加 min_samples_leaf=1 会让树一直长到每个训练点都分对（训练准确率 100 %，测试很差）。应限制 max_depth / min_samples_leaf，或用交叉验证选 ccp_alpha 剪枝。',
      },
      {
        en: 'Trusting feature_importances_: impurity-based importance is computed on training data and favours high-cardinality features (IDs, continuous noise). Use sklearn.inspection.permutation_importance on held-out data.',
        'zh-cn': '轻信 feature_importances_：基于不纯度的重要性在训练数据上计算，偏向取值很多的特征（ID、连续噪声）。应在留出数据上使用 sklearn.inspection.permutation_importance。',
      },
      {
        en: 'Instability: a small change in the data can change the top split and the whole tree. If you need stable accuracy rather than a readable model, use a random forest or gradient boosting.',
        'zh-cn': '不稳定：数据的微小变化就可能改变根节点的划分，进而改变整棵树。如果要的是稳定的精度而不是可读的模型，用随机森林或梯度提升。',
      },
    ],
    why: [
      {
        q: { en: "Why don't trees need feature scaling?", 'zh-cn': '为什么决策树不需要特征缩放？' },
        a: {
          en: 'A split only compares one feature with a threshold, and any monotonic rescaling of that feature moves the threshold with it without changing which samples go left or right. Distances are never computed.',
          'zh-cn': '一次划分只是把单个特征和一个阈值比较，对该特征做任何单调缩放，阈值都会随之移动，哪些样本去左边、哪些去右边保持不变。整个过程从不计算距离。',
        },
      },
      {
        q: { en: 'Gini or entropy?', 'zh-cn': '选 Gini 还是熵？' },
        a: {
          en: 'Both measure node impurity and agree on the best split in most cases; Gini avoids the logarithm and is slightly faster, which is why it is the default. Tuning depth and leaf size matters far more.',
          'zh-cn': '两者都衡量节点不纯度，大多数情况下选出的最佳划分相同；Gini 不用算对数、略快，所以是默认值。调深度和叶子大小的影响要大得多。',
        },
      },
    ],
    seeAlso: ['random-forest', 'extra-trees', 'gradient-boosting', 'adaboost', 'cross-validation'],
    docs: { sklearn: `${SK}sklearn.tree.DecisionTreeClassifier.html` },
  },
  {
    id: 'random-forest',
    family: 'classical-ml',
    title: { en: 'Random forest', 'zh-cn': '随机森林（Random Forest）' },
    summary: {
      en: 'A random forest trains many deep decision trees, each on a bootstrap sample of the rows and choosing each split among a random subset of the features, then averages them. The two sources of randomness decorrelate the trees, so averaging cancels much of their variance while keeping their low bias. It is a strong default for tabular data with little tuning.',
      'zh-cn': '随机森林训练许多棵深决策树，每棵树用行的自助采样（bootstrap）训练，并且每次划分只在随机抽取的部分特征中选择，最后把所有树的结果平均。这两种随机性让树之间去相关，平均后能抵消大部分方差，同时保留深树的低偏差。它是表格数据上几乎不用调参的强基线。',
    },
    formula: String.raw`\hat{p}(y \mid x) = \frac{1}{B}\sum_{b=1}^{B} \hat{p}_b(y \mid x),\qquad \hat{y}_{\mathrm{reg}}(x) = \frac{1}{B}\sum_{b=1}^{B} T_b(x)`,
    formulaText: 'p̂(y|x) = (1/B)·Σ_b p̂_b(y|x)  (sklearn averages the trees\' class probabilities, not hard votes);  regression ŷ = (1/B)·Σ_b T_b(x);  each T_b fits a bootstrap sample, max_features candidates per split',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes); estimators_ holds n_estimators fitted trees; oob_decision_function_ (n_samples, n_classes) when oob_score=True.',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)；estimators_ 保存 n_estimators 棵已训练的树；oob_score=True 时 oob_decision_function_ 为 (n_samples, n_classes)。',
    },
    params: [
      {
        name: 'n_estimators',
        meaning: { en: 'Number of trees; more trees never overfit, they only cost time.', 'zh-cn': '树的数量；树越多不会过拟合，只是更耗时。' },
        defaults: { sklearn: '100', lightgbm: "100 (n_estimators, with boosting_type='rf')" },
      },
      {
        name: 'max_features',
        meaning: { en: 'Features considered at each split — the main decorrelation knob.', 'zh-cn': '每次划分考虑的特征数——去相关的主要旋钮。' },
        defaults: { sklearn: "'sqrt' (Classifier); 1.0 (Regressor)", xgboost: '0.8 (colsample_bynode, XGBRF*)' },
      },
      {
        name: 'bootstrap',
        meaning: { en: 'Draw each tree\'s rows with replacement; max_samples sets the sample size.', 'zh-cn': '每棵树是否有放回地抽样；max_samples 控制抽样数量。' },
        defaults: { sklearn: 'True', xgboost: '0.8 (subsample, XGBRF*; rows drawn without replacement)' },
      },
      {
        name: 'oob_score',
        meaning: { en: 'Score each sample with the trees that did not see it (a free validation estimate).', 'zh-cn': '用没有见过该样本的树来给它打分（免费的验证估计）。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'n_jobs',
        meaning: { en: 'Parallel jobs for fit/predict; None = 1, -1 = all cores.', 'zh-cn': 'fit/predict 的并行任务数；None = 1，-1 = 使用全部核心。' },
        defaults: { sklearn: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'RandomForestRegressor uses max_features=1.0 by default, i.e. every feature at every split — that is bagged trees with much less decorrelation. Try max_features="sqrt" or 0.3–0.5 for regression.',
        'zh-cn': 'RandomForestRegressor 默认 max_features=1.0，即每次划分都看全部特征——这其实是 bagging 树，去相关效果弱很多。回归时可以试试 max_features="sqrt" 或 0.3–0.5。',
      },
      {
        en: 'Leaving n_jobs=None: training uses one core. Set n_jobs=-1 to build trees in parallel.',
        'zh-cn': '保持 n_jobs=None：训练只用一个核。设 n_jobs=-1 并行建树。',
      },
      {
        en: 'Huge models: fully grown trees store O(n_samples) nodes each, so 500 trees on millions of rows can take gigabytes. Limit max_depth / min_samples_leaf or max_samples if memory or pickle size matters.',
        'zh-cn': '模型体积巨大：完全长开的树每棵都存 O(n_samples) 个节点，几百万行数据上 500 棵树可能占好几 GB。在意内存或 pickle 大小时，限制 max_depth / min_samples_leaf 或 max_samples。',
      },
    ],
    why: [
      {
        q: { en: 'Why do random feature subsets help if each tree gets worse?', 'zh-cn': '每棵树都变差了，为什么随机特征子集反而有用？' },
        a: {
          en: 'The variance of an average of B trees with pairwise correlation ρ is ρσ² + (1−ρ)σ²/B: more trees only remove the second term. Restricting each split to max_features candidates lowers ρ — strong features can no longer dominate every tree — so the first term shrinks too.',
          'zh-cn': 'B 棵两两相关系数为 ρ 的树取平均，方差为 ρσ² + (1−ρ)σ²/B：增加树的数量只能消掉第二项。每次划分只在 max_features 个候选特征中选，能降低 ρ——强特征不再主导每一棵树——于是第一项也变小。',
        },
      },
      {
        q: { en: 'Why can a random forest not overfit by adding trees?', 'zh-cn': '为什么随机森林不会因为加树而过拟合？' },
        a: {
          en: 'Trees are trained independently and averaged, so adding more only makes the average converge; it never fits the training data harder. Overfitting comes from each tree\'s depth, not from n_estimators (unlike boosting).',
          'zh-cn': '每棵树独立训练再取平均，加树只会让平均值收敛，不会更用力地拟合训练数据。过拟合来自单棵树的深度，而不是 n_estimators（这点与 boosting 不同）。',
        },
      },
    ],
    seeAlso: ['decision-tree', 'extra-trees', 'gradient-boosting', 'adaboost', 'cross-validation'],
    docs: {
      sklearn: `${SK}sklearn.ensemble.RandomForestClassifier.html`,
      xgboost: 'https://xgboost.readthedocs.io/en/stable/tutorials/rf.html',
    },
  },
  {
    id: 'extra-trees',
    family: 'classical-ml',
    title: { en: 'Extremely randomized trees (Extra Trees)', 'zh-cn': '极端随机树（Extra Trees）' },
    summary: {
      en: 'Extra Trees is a random-forest variant that randomises one step further: at each split it draws one random threshold per candidate feature and keeps the best of those, instead of searching for the optimal threshold. By default it also trains every tree on the whole dataset (no bootstrap). The extra randomness lowers variance further and makes training faster, at a small cost in bias.',
      'zh-cn': 'Extra Trees 是随机森林的变体，随机化更进一步：每次划分时对每个候选特征只随机抽一个阈值，再从这些随机划分中选最好的，而不去搜索最优阈值。默认情况下它还用全部数据训练每棵树（不做 bootstrap）。额外的随机性进一步降低方差、加快训练，代价是略微增加偏差。',
    },
    formula: String.raw`s_j \sim \mathcal{U}\big(\min_{t} x_j,\ \max_{t} x_j\big)\ \text{for each of } m \text{ random features},\qquad \text{split} = \arg\max_{j} \Delta I(j, s_j),\qquad \hat{y} = \frac{1}{B}\sum_b T_b(x)`,
    formulaText: 'for each of max_features random features j: threshold sⱼ ~ Uniform(min, max of xⱼ in the node); keep the split with the largest impurity decrease; predict by averaging the B trees',
    shapes: {
      en: 'sklearn ExtraTreesClassifier/Regressor: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes) — same API as RandomForest*.',
      'zh-cn': 'sklearn ExtraTreesClassifier/Regressor：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)——接口与 RandomForest* 相同。',
    },
    params: [
      {
        name: 'n_estimators',
        meaning: { en: 'Number of trees.', 'zh-cn': '树的数量。' },
        defaults: { sklearn: '100' },
      },
      {
        name: 'max_features',
        meaning: { en: 'Random features drawn at each split.', 'zh-cn': '每次划分随机抽取的特征数。' },
        defaults: { sklearn: "'sqrt' (Classifier); 1.0 (Regressor)" },
      },
      {
        name: 'bootstrap',
        meaning: { en: 'Resample rows per tree; off by default, unlike RandomForest.', 'zh-cn': '每棵树是否重新采样行；默认关闭，这点与随机森林不同。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'extra_trees',
        meaning: { en: 'LightGBM flag: check one random threshold per feature inside boosted trees.', 'zh-cn': 'LightGBM 的开关：在提升树中每个特征只检查一个随机阈值。' },
        defaults: { lightgbm: 'false' },
      },
    ],
    pitfalls: [
      {
        en: 'ExtraTreeClassifier (singular) is ONE randomized tree, meant as a building block; ExtraTreesClassifier (plural) is the ensemble. Using the singular class gives a single, very noisy tree.',
        'zh-cn': 'ExtraTreeClassifier（单数）是一棵随机树，用作积木；ExtraTreesClassifier（复数）才是集成模型。用错成单数类，得到的是一棵噪声很大的单树。',
      },
      {
        en: 'Setting oob_score=True with the default bootstrap=False raises an error: there are no out-of-bag samples. Turn bootstrap on or validate with cross-validation.',
        'zh-cn': '在默认 bootstrap=False 时设置 oob_score=True 会报错：根本没有袋外样本。要么开启 bootstrap，要么用交叉验证来评估。',
      },
    ],
    why: [
      {
        q: { en: 'Why pick random thresholds instead of the best ones?', 'zh-cn': '为什么随机选阈值，而不是选最优阈值？' },
        a: {
          en: 'Searching every threshold is the most expensive part of growing a tree and also what makes trees fit noise. Random thresholds make trees cheaper and more different from each other, so the averaged ensemble has lower variance; with enough trees the loss in per-tree accuracy is usually repaid.',
          'zh-cn': '遍历所有阈值是建树中最耗时的部分，也正是它让树去拟合噪声。随机阈值让每棵树更便宜、彼此差异更大，平均后的集成方差更低；树足够多时，单棵树精度的损失通常能被弥补回来。',
        },
      },
    ],
    seeAlso: ['random-forest', 'decision-tree', 'gradient-boosting', 'cross-validation'],
    docs: {
      sklearn: `${SK}sklearn.ensemble.ExtraTreesClassifier.html`,
      lightgbm: 'https://lightgbm.readthedocs.io/en/stable/Parameters.html',
    },
  },
  {
    id: 'naive-bayes',
    family: 'classical-ml',
    title: { en: 'Naive Bayes', 'zh-cn': '朴素贝叶斯（Naive Bayes）' },
    summary: {
      en: 'Naive Bayes classifiers apply Bayes\' rule with the "naive" assumption that features are conditionally independent given the class, so the class-conditional likelihood factorises into one simple distribution per feature (Gaussian, multinomial counts, Bernoulli, categorical). Training is a single pass of counting, prediction is a sum of log-probabilities. It is a fast, strong baseline for text and other high-dimensional sparse data.',
      'zh-cn': '朴素贝叶斯分类器用贝叶斯公式，并做一个“朴素”假设：给定类别时各特征条件独立，于是类条件似然可以拆成每个特征各自的简单分布（高斯、多项式计数、伯努利、类别分布）的乘积。训练只需一遍计数，预测只是把对数概率相加。它是文本等高维稀疏数据上又快又强的基线。',
    },
    formula: String.raw`\hat{y} = \arg\max_{k}\ \log P(y = k) + \sum_{j=1}^{d} \log P(x_j \mid y = k)`,
    formulaText: 'ŷ = argmax_k [ log P(y=k) + Σⱼ log P(xⱼ | y=k) ]   (product of per-feature likelihoods, taken in log space; d = n_features)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba / predict_log_proba (n_samples, n_classes). MultinomialNB expects non-negative counts (e.g. CountVectorizer output, sparse OK).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba / predict_log_proba 输出 (n_samples, n_classes)。MultinomialNB 要求非负计数（例如 CountVectorizer 的输出，可为稀疏矩阵）。',
    },
    params: [
      {
        name: 'alpha',
        meaning: { en: 'Additive (Laplace/Lidstone) smoothing for Multinomial/Bernoulli/Complement/CategoricalNB; avoids zero probabilities.', 'zh-cn': 'MultinomialNB/BernoulliNB/ComplementNB/CategoricalNB 的加性（拉普拉斯/Lidstone）平滑，避免出现零概率。' },
        defaults: { sklearn: '1.0' },
      },
      {
        name: 'var_smoothing',
        meaning: { en: 'GaussianNB: fraction of the largest feature variance added to all variances for stability.', 'zh-cn': 'GaussianNB：把最大特征方差的这个比例加到所有方差上，保证数值稳定。' },
        defaults: { sklearn: '1e-09' },
      },
      {
        name: 'fit_prior',
        meaning: { en: 'Learn class priors P(y) from the data; False uses a uniform prior.', 'zh-cn': '是否从数据学习类别先验 P(y)；False 时用均匀先验。' },
        defaults: { sklearn: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Feeding standardised or TF-IDF-with-negatives data to MultinomialNB: it raises "Negative values in data passed to MultinomialNB". Use raw counts or TF-IDF (non-negative), or GaussianNB for real-valued features.',
        'zh-cn': '把标准化后（含负数）的数据喂给 MultinomialNB：会报 “Negative values in data passed to MultinomialNB”。应使用原始计数或非负的 TF-IDF；实值特征请用 GaussianNB。',
      },
      {
        en: 'Trusting predict_proba: because correlated features are counted as independent evidence, probabilities are pushed towards 0 and 1. Calibrate with CalibratedClassifierCV if you need probabilities, not just rankings.',
        'zh-cn': '轻信 predict_proba：相关的特征被当成独立证据重复计数，概率会被推向 0 和 1。如果需要的是概率而不只是排序，用 CalibratedClassifierCV 校准。',
      },
      {
        en: "Choosing the wrong variant: GaussianNB on word counts or MultinomialNB on continuous measurements model the data badly. Match the variant to the feature type (counts → Multinomial/Complement, binary → Bernoulli, real → Gaussian, categories → Categorical).",
        'zh-cn': '选错变体：在词频上用 GaussianNB，或在连续测量值上用 MultinomialNB，都无法正确建模。按特征类型选变体（计数 → Multinomial/Complement，二值 → Bernoulli，实数 → Gaussian，类别 → Categorical）。',
      },
    ],
    why: [
      {
        q: { en: 'Why does naive Bayes classify well when the independence assumption is false?', 'zh-cn': '独立性假设明明不成立，朴素贝叶斯为什么还能分得好？' },
        a: {
          en: 'Classification needs only the argmax, not correct probabilities: double-counting correlated evidence distorts the scores but often keeps the winning class the same. The assumption also cuts the parameters from exponential in d to linear, so the estimates have low variance even with little data — a bias that often pays off.',
          'zh-cn': '分类只需要 argmax 正确，不需要概率准确：重复计算相关证据会扭曲得分，但常常不改变得分最高的类别。这个假设还把参数量从随 d 指数增长降到线性增长，数据很少时估计方差也低——这份偏差往往是划算的。',
        },
      },
      {
        q: { en: 'Why smooth with alpha?', 'zh-cn': '为什么要用 alpha 平滑？' },
        a: {
          en: 'A word never seen with a class in training would get P(x_j | y) = 0, and one zero factor vetoes the class regardless of all other evidence. Adding alpha to every count keeps all probabilities positive.',
          'zh-cn': '训练中从未与某类别一起出现过的词会得到 P(x_j | y) = 0，一个零因子就能一票否决该类别，不管其他证据多强。给每个计数加上 alpha 能让所有概率保持为正。',
        },
      },
    ],
    seeAlso: ['logistic-regression', 'discriminant-analysis', 'knn', 'accuracy'],
    docs: { sklearn: `${SK}sklearn.naive_bayes.GaussianNB.html` },
  },

  // ───────────────────────────── unsupervised ─────────────────────────────
  {
    id: 'kmeans',
    family: 'classical-ml',
    title: { en: 'k-means clustering', 'zh-cn': 'K 均值聚类（K-Means）' },
    summary: {
      en: 'k-means is unsupervised: it splits the data into k clusters so that the within-cluster sum of squared distances to each cluster\'s mean (the inertia) is as small as possible. Lloyd\'s algorithm alternates two steps — assign every point to its nearest centre, move every centre to the mean of its points — until the assignments stop changing. It converges to a local minimum, so initialisation (k-means++) and several restarts (n_init) matter.',
      'zh-cn': 'K-Means 是无监督方法：把数据分成 k 个簇，使每个点到所在簇均值的距离平方之和（簇内平方误差，即 inertia）尽可能小。Lloyd 算法交替执行两步——把每个点分给最近的中心、把每个中心移到其所属点的均值——直到分配不再变化。它只收敛到局部最优，所以初始化（k-means++）和多次重启（n_init）很重要。',
    },
    formula: String.raw`J = \sum_{k=1}^{K}\sum_{x_i \in C_k} \lVert x_i - \mu_k \rVert^2,\qquad \mu_k = \frac{1}{|C_k|}\sum_{x_i \in C_k} x_i`,
    formulaText: 'J = Σₖ Σ_{xᵢ∈Cₖ} ‖xᵢ − μₖ‖²  (inertia_);  μₖ = mean of the points in cluster k;  repeat: assign to nearest μ, recompute μ',
    shapes: {
      en: 'sklearn: fit X (n_samples, n_features) → labels_ (n_samples,), cluster_centers_ (n_clusters, n_features), inertia_ (float); predict(X) (n_samples,); transform(X) gives distances to every centre (n_samples, n_clusters).',
      'zh-cn': 'sklearn：fit 接收 X (n_samples, n_features) → labels_ (n_samples,)，cluster_centers_ (n_clusters, n_features)，inertia_（标量）；predict(X) 输出 (n_samples,)；transform(X) 给出到每个中心的距离 (n_samples, n_clusters)。',
    },
    params: [
      {
        name: 'n_clusters',
        meaning: { en: 'k, the number of clusters (you must choose it).', 'zh-cn': 'k，簇的个数（必须自己指定）。' },
        defaults: { sklearn: '8' },
      },
      {
        name: 'init',
        meaning: { en: "'k-means++' spreads initial centres apart; 'random' picks random rows.", 'zh-cn': "'k-means++' 让初始中心彼此分散；'random' 随机选行作为初始中心。" },
        defaults: { sklearn: "'k-means++'" },
      },
      {
        name: 'n_init',
        meaning: { en: "Restarts; the best inertia wins. 'auto' = 1 run with k-means++, 10 with 'random' (since sklearn 1.4; earlier 10).", 'zh-cn': "重启次数，取 inertia 最小的结果。'auto' 在 k-means++ 时只跑 1 次，'random' 时跑 10 次（自 sklearn 1.4 起；之前为 10）。" },
        defaults: { sklearn: "'auto'" },
      },
      {
        name: 'max_iter',
        meaning: { en: 'Maximum Lloyd iterations per run.', 'zh-cn': '每次运行 Lloyd 迭代的最大次数。' },
        defaults: { sklearn: '300' },
      },
      {
        name: 'random_state',
        meaning: { en: 'Seed for initialisation; fix it for reproducible clusters.', 'zh-cn': '初始化的随机种子；固定它才能复现聚类结果。' },
        defaults: { sklearn: 'None' },
      },
    ],
    pitfalls: [
      {
        en: "Since sklearn 1.4, n_init='auto' runs k-means++ only once: results can land in a poor local minimum and change with the seed. Set n_init=10 (or more) when quality matters, and fix random_state.",
        'zh-cn': "自 sklearn 1.4 起，n_init='auto' 配合 k-means++ 只跑一次：结果可能落入较差的局部最优，并随随机种子变化。对质量有要求时设 n_init=10（或更多），并固定 random_state。",
      },
      {
        en: 'Unscaled features: squared Euclidean distance lets the widest-range feature decide the clusters. Standardise first (or deliberately weight features).',
        'zh-cn': '特征未缩放：欧氏距离平方会让取值范围最大的特征决定聚类结果。先标准化（或有意识地给特征加权）。',
      },
      {
        en: 'Wrong cluster shape: k-means assumes roughly spherical, similarly sized clusters, so it cuts elongated or nested clusters in the wrong place and assigns every outlier to some cluster. Use DBSCAN/HDBSCAN for arbitrary shapes and noise, GaussianMixture for elliptical clusters.',
        'zh-cn': '簇形状不符：K-Means 假设簇大致是球形且大小相近，面对细长或嵌套的簇会切错位置，而且每个离群点都会被分到某个簇。任意形状和噪声用 DBSCAN/HDBSCAN，椭圆簇用 GaussianMixture。',
      },
      {
        en: 'Picking k from inertia alone: inertia always decreases as k grows. Look for the elbow, or compare silhouette_score across k.',
        'zh-cn': '只看 inertia 选 k：k 越大 inertia 一定越小。应找“肘部”，或比较不同 k 下的 silhouette_score。',
      },
    ],
    why: [
      {
        q: { en: 'Why k-means++ initialisation?', 'zh-cn': '为什么用 k-means++ 初始化？' },
        a: {
          en: 'Random starts often put two centres in one true cluster and none in another, and Lloyd iterations cannot fix that. k-means++ picks each new centre with probability proportional to its squared distance from the existing centres, which spreads them out and is provably O(log k)-competitive with the optimum in expectation.',
          'zh-cn': '随机初始化常常把两个中心放进同一个真实簇、另一个簇却一个都没有，而 Lloyd 迭代修正不了这种情况。k-means++ 按与已有中心距离平方成正比的概率选下一个中心，让中心彼此分散，并且在期望意义下可证明与最优解相差不超过 O(log k) 倍。',
        },
      },
      {
        q: { en: 'Why does each Lloyd step never increase the error?', 'zh-cn': '为什么 Lloyd 的每一步都不会让误差变大？' },
        a: {
          en: 'With centres fixed, assigning each point to its nearest centre minimises J over assignments; with assignments fixed, the mean minimises the sum of squared distances. J decreases monotonically and there are finitely many partitions, so it converges — but only to a local minimum.',
          'zh-cn': '固定中心时，把每个点分给最近的中心就是对分配方式最小化 J；固定分配时，均值正是使距离平方和最小的点。J 单调下降，而划分方式有限，所以一定收敛——但只保证局部最优。',
        },
      },
    ],
    seeAlso: ['dbscan', 'pca', 'knn', 'feature-scaling'],
    docs: { sklearn: `${SK}sklearn.cluster.KMeans.html` },
  },
  {
    id: 'dbscan',
    family: 'classical-ml',
    title: { en: 'DBSCAN', 'zh-cn': 'DBSCAN 密度聚类' },
    summary: {
      en: 'DBSCAN groups points that lie in dense regions. A point is a core point if at least min_samples points (itself included) lie within distance eps; clusters are chains of core points within eps of each other plus the border points they reach, and everything else is labelled noise (−1). It needs no number of clusters, finds arbitrarily shaped clusters, and flags outliers.',
      'zh-cn': 'DBSCAN 把位于高密度区域的点聚在一起。若某点半径 eps 内至少有 min_samples 个点（包括它自己），它就是核心点；彼此在 eps 范围内相连的核心点链条，加上它们能覆盖到的边界点，构成一个簇，其余的点标为噪声（−1）。它不需要指定簇数，能发现任意形状的簇，并标出离群点。',
    },
    formula: String.raw`N_\varepsilon(x) = \{\, x' : d(x, x') \le \varepsilon \,\},\qquad x\ \text{is core} \iff |N_\varepsilon(x)| \ge \text{min\_samples}`,
    formulaText: 'N_ε(x) = {x′ : d(x, x′) ≤ eps};  x is a core point iff |N_ε(x)| ≥ min_samples (x counts itself);  clusters = connected core points + their border points; the rest is noise (label −1)',
    shapes: {
      en: "sklearn: fit / fit_predict X (n_samples, n_features) (or a precomputed distance matrix (n_samples, n_samples) with metric='precomputed') → labels_ (n_samples,) with −1 for noise; core_sample_indices_ (n_core,).",
      'zh-cn': "sklearn：fit / fit_predict 接收 X (n_samples, n_features)（或 metric='precomputed' 时的距离矩阵 (n_samples, n_samples)）→ labels_ (n_samples,)，噪声为 −1；core_sample_indices_ 为 (n_core,)。",
    },
    params: [
      {
        name: 'eps',
        meaning: { en: 'Neighbourhood radius, in the units of the (scaled) features — the most important setting.', 'zh-cn': '邻域半径，单位与（缩放后的）特征一致——最重要的参数。' },
        defaults: { sklearn: '0.5' },
      },
      {
        name: 'min_samples',
        meaning: { en: 'Points (including the point itself) needed within eps to be a core point.', 'zh-cn': '成为核心点所需的 eps 内点数（包括该点自身）。' },
        defaults: { sklearn: '5' },
      },
      {
        name: 'metric',
        meaning: { en: "Distance metric, or 'precomputed'.", 'zh-cn': "距离度量，或 'precomputed'。" },
        defaults: { sklearn: "'euclidean'" },
      },
    ],
    pitfalls: [
      {
        en: 'Keeping eps=0.5 on unscaled data: everything becomes one cluster or all noise (labels_ all −1). Scale the features, then choose eps from the "knee" of the sorted k-distance plot (k = min_samples).',
        'zh-cn': '在未缩放的数据上沿用 eps=0.5：结果要么全部并成一个簇，要么全是噪声（labels_ 全为 −1）。先缩放特征，再从排序后的 k 距离图（k = min_samples）的“拐点”选 eps。',
      },
      {
        en: 'Expecting DBSCAN.predict: there is none — it only labels the data it was fitted on. For new points, train a classifier (e.g. KNN) on the core samples, or use HDBSCAN with prediction utilities.',
        'zh-cn': '想调用 DBSCAN.predict：它没有这个方法——只能给拟合时的数据打标签。对新样本，可在核心样本上训练一个分类器（例如 KNN），或使用带预测工具的 HDBSCAN。',
      },
      {
        en: 'Clusters of different densities: a single eps cannot fit both a tight and a sparse cluster. Use HDBSCAN (sklearn.cluster.HDBSCAN), which varies the density threshold.',
        'zh-cn': '簇的密度差异大：单一 eps 无法同时适配紧密簇和稀疏簇。改用会自适应密度阈值的 HDBSCAN（sklearn.cluster.HDBSCAN）。',
      },
    ],
    why: [
      {
        q: { en: "Why doesn't DBSCAN need the number of clusters?", 'zh-cn': '为什么 DBSCAN 不需要指定簇数？' },
        a: {
          en: 'It defines a cluster as a maximal density-connected region, so the count falls out of eps and min_samples and the data. That is also why it can label points as noise instead of forcing them into a cluster, unlike k-means.',
          'zh-cn': '它把簇定义为极大的密度相连区域，簇的个数由 eps、min_samples 和数据本身决定。也因此它可以把点标成噪声，而不像 K-Means 那样强行塞进某个簇。',
        },
      },
    ],
    seeAlso: ['kmeans', 'knn', 'feature-scaling', 'pca'],
    docs: { sklearn: `${SK}sklearn.cluster.DBSCAN.html` },
  },
  {
    id: 'pca',
    family: 'classical-ml',
    title: { en: 'Principal component analysis (PCA)', 'zh-cn': '主成分分析（PCA）' },
    summary: {
      en: 'PCA finds the orthogonal directions along which the centred data varies most and projects the data onto the first k of them. It is computed from the SVD of the centred data matrix; each component\'s explained variance tells how much information it keeps. Use it for dimensionality reduction, de-correlating features, denoising and 2-D visualisation.',
      'zh-cn': 'PCA 找出中心化数据方差最大的一组正交方向，并把数据投影到前 k 个方向上。它通过对中心化数据矩阵做 SVD 计算；每个主成分的解释方差说明它保留了多少信息。常用于降维、特征去相关、去噪以及二维可视化。',
    },
    formula: String.raw`X_c = X - \bar{x},\qquad X_c = U \Sigma V^\top,\qquad Z = X_c\, V_{:,1:k},\qquad \mathrm{var}_j = \frac{\sigma_j^2}{n - 1}`,
    formulaText: 'X_c = X − mean;  SVD X_c = UΣVᵀ;  scores Z = X_c·V[:, :k];  explained_variance_ⱼ = σⱼ²/(n − 1)   (rows of components_ are the columns of V)',
    shapes: {
      en: 'sklearn: fit X (n_samples, n_features) → components_ (n_components, n_features), explained_variance_ratio_ (n_components,); transform(X) → (n_samples, n_components); inverse_transform maps back to (n_samples, n_features).',
      'zh-cn': 'sklearn：fit 接收 X (n_samples, n_features) → components_ (n_components, n_features)，explained_variance_ratio_ (n_components,)；transform(X) → (n_samples, n_components)；inverse_transform 映射回 (n_samples, n_features)。',
    },
    params: [
      {
        name: 'n_components',
        meaning: { en: 'Components to keep: an int, a float in (0, 1) = fraction of variance to retain, "mle", or None = min(n_samples, n_features).', 'zh-cn': '保留的主成分数：整数；(0, 1) 之间的浮点数表示要保留的方差比例；"mle"；None 表示 min(n_samples, n_features)。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'whiten',
        meaning: { en: 'Rescale components to unit variance (useful before distance-based models).', 'zh-cn': '把各主成分缩放到单位方差（在基于距离的模型之前有用）。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'svd_solver',
        meaning: { en: "'auto', 'full', 'covariance_eigh', 'arpack' or 'randomized'.", 'zh-cn': "'auto'、'full'、'covariance_eigh'、'arpack' 或 'randomized'。" },
        defaults: { sklearn: "'auto'" },
      },
    ],
    pitfalls: [
      {
        en: 'PCA centres the data but does not scale it: a feature measured in large units dominates the first component just by its variance. Standardise first unless the features share a unit.',
        'zh-cn': 'PCA 只做中心化、不做缩放：单位大的特征仅凭方差大就会主导第一主成分。除非各特征单位相同，否则先标准化。',
      },
      {
        en: 'Fitting PCA on the full dataset before splitting leaks test-set structure into training. Fit it on the training split only — put it in a Pipeline so cross-validation refits it per fold.',
        'zh-cn': '在划分数据之前就对全量数据拟合 PCA，会把测试集的结构泄露进训练。只在训练集上拟合——放进 Pipeline，让交叉验证在每一折里重新拟合。',
      },
      {
        en: 'Reading components as "features": each component is a mix of all features and its sign is arbitrary (it can flip between runs or versions). Interpret loadings (components_) with care.',
        'zh-cn': '把主成分当作“特征”来解读：每个主成分都是所有特征的混合，而且符号是任意的（不同运行或版本间可能翻转）。解读载荷（components_）时要谨慎。',
      },
    ],
    why: [
      {
        q: { en: 'Why are the principal components the eigenvectors of the covariance matrix?', 'zh-cn': '为什么主成分是协方差矩阵的特征向量？' },
        a: {
          en: 'The variance of the projection onto a unit vector v is vᵀSv, with S the covariance matrix. Maximising it subject to ‖v‖ = 1 gives Sv = λv: the best direction is the top eigenvector and its variance is the eigenvalue. The SVD of X_c gives the same vectors (V) without forming S.',
          'zh-cn': '数据在单位向量 v 上投影的方差是 vᵀSv，S 为协方差矩阵。在 ‖v‖ = 1 约束下最大化它，得到 Sv = λv：最优方向就是最大特征值对应的特征向量，方差就是该特征值。对 X_c 做 SVD 得到的 V 就是这些向量，而且无需显式构造 S。',
        },
      },
    ],
    seeAlso: ['feature-scaling', 'discriminant-analysis', 'kmeans', 'knn'],
    docs: { sklearn: `${SK}sklearn.decomposition.PCA.html` },
  },

  // ───────────────────────────── boosting ─────────────────────────────
  {
    id: 'gradient-boosting',
    family: 'classical-ml',
    title: { en: 'Gradient boosting (GBDT, XGBoost, LightGBM, CatBoost)', 'zh-cn': '梯度提升树（GBDT / XGBoost / LightGBM / CatBoost）' },
    summary: {
      en: 'Gradient boosting builds an additive model one small tree at a time: each new tree is fitted to the negative gradient of the loss with respect to the current predictions — for squared error, exactly the residuals y − F(x) — and added with a shrinkage factor (learning_rate). XGBoost uses second-order (gradient + Hessian) information and a regularised objective; LightGBM adds histogram binning, leaf-wise growth and GOSS for speed; CatBoost handles categorical features natively with ordered target statistics and grows symmetric trees. It is the strongest general-purpose model family for tabular data.',
      'zh-cn': '梯度提升一次加一棵小树来构建加性模型：每棵新树拟合损失函数对当前预测值的负梯度——对平方误差而言恰好就是残差 y − F(x)——再乘以收缩系数（learning_rate）加进模型。XGBoost 利用二阶信息（梯度 + Hessian）和带正则的目标函数；LightGBM 用直方图分箱、按叶生长（leaf-wise）和 GOSS 提速；CatBoost 用有序目标统计原生处理类别特征，并生长对称树。它是表格数据上最强的通用模型家族。',
    },
    formula: String.raw`F_m(x) = F_{m-1}(x) + \nu\, h_m(x),\qquad h_m \approx \arg\min_h \sum_i \big(r_{im} - h(x_i)\big)^2,\qquad r_{im} = -\left.\frac{\partial L(y_i, F)}{\partial F}\right|_{F = F_{m-1}(x_i)}`,
    formulaText: 'F_m(x) = F_{m−1}(x) + ν·h_m(x);  h_m is a regression tree fitted to rᵢ = −∂L(yᵢ, F)/∂F at F = F_{m−1}(xᵢ) (for L = ½(y − F)², rᵢ = yᵢ − F_{m−1}(xᵢ));  ν = learning_rate.  XGBoost leaf weight w* = −G/(H + λ)',
    shapes: {
      en: 'sklearn / XGBoost / LightGBM / CatBoost estimators: X (n_samples, n_features) (pandas categorical columns accepted by LightGBM, XGBoost with enable_categorical=True, CatBoost via cat_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes). Native APIs wrap data in xgboost.DMatrix / lightgbm.Dataset / catboost.Pool.',
      'zh-cn': 'sklearn / XGBoost / LightGBM / CatBoost 的估计器：X (n_samples, n_features)（LightGBM 接受 pandas 类别列，XGBoost 需 enable_categorical=True，CatBoost 通过 cat_features 指定），y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)。原生 API 分别把数据包装成 xgboost.DMatrix / lightgbm.Dataset / catboost.Pool。',
    },
    params: [
      {
        name: 'learning_rate',
        meaning: { en: 'Shrinkage ν applied to each tree; lower needs more trees but generalises better.', 'zh-cn': '每棵树的收缩系数 ν；越小需要的树越多，但泛化更好。' },
        defaults: {
          sklearn: '0.1',
          xgboost: '0.3 (eta, alias learning_rate)',
          lightgbm: '0.1',
          catboost: 'chosen automatically for Logloss/MultiClass/RMSE from iterations; otherwise 0.03',
        },
      },
      {
        name: 'n_estimators',
        meaning: { en: 'Number of boosting rounds (trees). Pair with early stopping on a validation set.', 'zh-cn': '提升轮数（树的数量）。建议配合验证集上的早停。' },
        defaults: {
          sklearn: '100 (max_iter=100 in HistGradientBoosting*)',
          xgboost: '100 (sklearn wrapper); num_boost_round=10 in xgboost.train',
          lightgbm: '100 (num_boost_round=100 in lightgbm.train)',
          catboost: '1000 (iterations)',
        },
      },
      {
        name: 'max_depth',
        meaning: { en: 'Maximum tree depth — the main complexity limit for depth-wise trees.', 'zh-cn': '树的最大深度——按层生长的树最主要的复杂度限制。' },
        defaults: {
          sklearn: '3 (GradientBoosting*); None (HistGradientBoosting*)',
          xgboost: '6',
          lightgbm: '-1 (no limit)',
          catboost: '6 (depth)',
        },
      },
      {
        name: 'num_leaves',
        meaning: { en: 'Maximum leaves per tree — the main complexity limit for leaf-wise growth.', 'zh-cn': '每棵树的最大叶子数——按叶生长时最主要的复杂度限制。' },
        defaults: {
          lightgbm: '31',
          sklearn: '31 (max_leaf_nodes, HistGradientBoosting*)',
          xgboost: '0 (max_leaves, no limit)',
        },
      },
      {
        name: 'reg_lambda',
        meaning: { en: 'L2 penalty on leaf weights (enters w* = −G/(H + λ)).', 'zh-cn': '叶子权重上的 L2 惩罚（出现在 w* = −G/(H + λ) 中）。' },
        defaults: {
          xgboost: '1 (lambda)',
          lightgbm: '0.0',
          catboost: '3.0 (l2_leaf_reg)',
          sklearn: '0.0 (l2_regularization, HistGradientBoosting*)',
        },
      },
      {
        name: 'subsample',
        meaning: { en: 'Fraction of rows per tree (stochastic gradient boosting). LightGBM only applies it when subsample_freq > 0.', 'zh-cn': '每棵树使用的行比例（随机梯度提升）。LightGBM 只有在 subsample_freq > 0 时才生效。' },
        defaults: { sklearn: '1.0', xgboost: '1', lightgbm: '1.0 (needs subsample_freq > 0, default 0)' },
      },
    ],
    pitfalls: [
      {
        en: 'xgboost.train defaults to num_boost_round=10 — only 10 trees — while XGBClassifier builds 100. Code ported from the sklearn wrapper to the native API silently underfits; set num_boost_round and use early_stopping_rounds with evals.',
        'zh-cn': 'xgboost.train 默认 num_boost_round=10——只有 10 棵树——而 XGBClassifier 默认建 100 棵。把 sklearn 封装的代码改成原生 API 后会悄悄欠拟合；应显式设置 num_boost_round，并配合 evals 使用 early_stopping_rounds。',
      },
      {
        en: 'LightGBM on small data: leaf-wise growth with max_depth=-1 and num_leaves=31 makes deep, overfitting trees. Keep num_leaves < 2^max_depth, set max_depth, and raise min_child_samples (min_data_in_leaf, default 20).',
        'zh-cn': '在小数据上用 LightGBM：按叶生长配合 max_depth=-1、num_leaves=31 会长出很深、过拟合的树。保持 num_leaves < 2^max_depth，设置 max_depth，并调大 min_child_samples（即 min_data_in_leaf，默认 20）。',
      },
      {
        en: 'Raising n_estimators without early stopping: unlike a random forest, boosting keeps fitting the training data and eventually overfits. Lower learning_rate, hold out a validation set, and stop when its metric stops improving.',
        'zh-cn': '不加早停就一味增大 n_estimators：与随机森林不同，boosting 会持续拟合训练数据，最终过拟合。调小 learning_rate，留出验证集，在其指标不再提升时停止。',
      },
      {
        en: 'Passing string categories to CatBoost without cat_features raises an error, and one-hot encoding high-cardinality columns for XGBoost/LightGBM bloats the trees. Declare categorical columns (cat_features, pandas "category" dtype, enable_categorical=True).',
        'zh-cn': '把字符串类别直接传给 CatBoost 而不指定 cat_features 会报错；给 XGBoost/LightGBM 的高基数列做 one-hot 会让树变得臃肿。应声明类别列（cat_features、pandas 的 "category" 类型、enable_categorical=True）。',
      },
    ],
    why: [
      {
        q: { en: 'Why does GBDT fit the negative gradient?', 'zh-cn': 'GBDT 为什么拟合负梯度？' },
        a: {
          en: "Boosting is gradient descent in function space: the parameters being optimised are the predictions F(xᵢ), and the steepest-descent step is −∂L/∂F. A tree is fitted to that step so it generalises to new x, then added with step size ν. For squared error ½(y − F)² the negative gradient is exactly the residual y − F, which is where the notes' \"fit the residual\" comes from; for other losses (log-loss, Huber) it is a pseudo-residual.",
          'zh-cn': 'Boosting 就是函数空间里的梯度下降：被优化的“参数”是预测值 F(xᵢ)，最速下降方向是 −∂L/∂F。用一棵树去拟合这个方向，使它能推广到新的 x，再以步长 ν 加进模型。对平方误差 ½(y − F)²，负梯度恰好就是残差 y − F——“拟合残差”的说法正来源于此；对其他损失（对数损失、Huber），它是一个伪残差。',
        },
      },
      {
        q: { en: "Why does LightGBM's leaf-wise growth need a depth limit?", 'zh-cn': 'LightGBM 的按叶生长为什么需要深度限制？' },
        a: {
          en: 'Leaf-wise (best-first) growth always splits the leaf with the largest loss reduction, so with the same number of leaves it reaches lower loss than level-wise growth — but it can follow one branch very deep and fit a handful of samples, which overfits small datasets. num_leaves caps the total size, max_depth caps the branch length, and min_data_in_leaf stops tiny leaves.',
          'zh-cn': '按叶（best-first）生长每次都分裂损失下降最大的那个叶子，叶子数相同时比按层生长能达到更低的损失——但它可能沿一个分支一直往深处长、去拟合寥寥几个样本，在小数据上容易过拟合。num_leaves 限制总大小，max_depth 限制分支长度，min_data_in_leaf 阻止过小的叶子。',
        },
      },
      {
        q: { en: 'How do XGBoost, LightGBM and CatBoost differ?', 'zh-cn': 'XGBoost、LightGBM 和 CatBoost 有什么区别？' },
        a: {
          en: "XGBoost: second-order Taylor expansion of the loss with L1/L2 and per-leaf (gamma) penalties, leaf weights −G/(H+λ), exact or histogram ('hist') split finding. LightGBM: histogram binning of continuous features, leaf-wise growth, GOSS (keep the large-gradient samples, subsample the small-gradient ones and re-weight them; data_sample_strategy='goss' in v4) and exclusive feature bundling. CatBoost: categorical features encoded by ordered target statistics (each row uses only the targets of rows before it in a random permutation, avoiding target leakage), ordered boosting, and symmetric (oblivious) trees that use the same split at every node of a level.",
          'zh-cn': "XGBoost：对损失做二阶泰勒展开，带 L1/L2 和每个叶子的惩罚（gamma），叶子权重 −G/(H+λ)，支持精确或直方图（'hist'）的划分查找。LightGBM：对连续特征做直方图分箱、按叶生长、GOSS（保留大梯度样本，对小梯度样本下采样并重新加权；v4 中为 data_sample_strategy='goss'）以及互斥特征捆绑。CatBoost：用有序目标统计编码类别特征（每行只用随机排列中排在它之前的样本的目标值，避免目标泄露），有序提升，以及对称（oblivious）树——同一层的所有节点使用相同的划分。",
        },
      },
    ],
    seeAlso: ['decision-tree', 'random-forest', 'adaboost', 'early-stopping', 'mse-loss', 'cross-validation'],
    docs: {
      sklearn: `${SK}sklearn.ensemble.GradientBoostingClassifier.html`,
      xgboost: 'https://xgboost.readthedocs.io/en/stable/parameter.html',
      lightgbm: 'https://lightgbm.readthedocs.io/en/stable/pythonapi/lightgbm.LGBMModel.html',
      catboost: 'https://catboost.ai/docs/en/concepts/python-reference_catboostclassifier',
    },
  },
  {
    id: 'adaboost',
    family: 'classical-ml',
    title: { en: 'AdaBoost', 'zh-cn': 'AdaBoost（自适应提升）' },
    summary: {
      en: 'AdaBoost trains a sequence of weak learners (by default depth-1 decision stumps), each on a re-weighted dataset where the samples the previous learners got wrong weigh more. Each learner gets a vote α that grows with its accuracy, and the final prediction is the weighted vote. It was the first practical boosting algorithm; it is equivalent to forward stagewise fitting of an exponential loss.',
      'zh-cn': 'AdaBoost 依次训练一串弱学习器（默认是深度为 1 的决策树桩），每个学习器都在重新加权的数据上训练，之前分错的样本权重更大。每个学习器获得一个随准确率增加的投票权重 α，最终预测是加权投票。它是第一个实用的提升算法，等价于对指数损失做前向分步拟合。',
    },
    formula: String.raw`\alpha_m = \eta\Big(\log\frac{1 - \mathrm{err}_m}{\mathrm{err}_m} + \log(K - 1)\Big),\qquad w_i \leftarrow w_i\, e^{\alpha_m \mathbf{1}[h_m(x_i) \ne y_i]},\qquad H(x) = \arg\max_k \sum_m \alpha_m \mathbf{1}[h_m(x) = k]`,
    formulaText: 'SAMME: αₘ = η·(log((1 − errₘ)/errₘ) + log(K − 1));  misclassified weights wᵢ ← wᵢ·e^αₘ, then renormalise;  H(x) = argmax_k Σₘ αₘ·[hₘ(x) = k]   (errₘ = weighted error, K = n_classes, η = learning_rate)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes); estimator_weights_ and estimator_errors_ are (n_estimators,); staged_predict yields one prediction per boosting round.',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)；estimator_weights_ 和 estimator_errors_ 为 (n_estimators,)；staged_predict 逐轮给出预测。',
    },
    params: [
      {
        name: 'estimator',
        meaning: { en: 'Weak learner; None = DecisionTreeClassifier(max_depth=1) (Regressor: DecisionTreeRegressor(max_depth=3)).', 'zh-cn': '弱学习器；None 表示 DecisionTreeClassifier(max_depth=1)（回归器为 DecisionTreeRegressor(max_depth=3)）。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'n_estimators',
        meaning: { en: 'Maximum number of boosting rounds (stops early on a perfect fit).', 'zh-cn': '最大提升轮数（完美拟合时会提前停止）。' },
        defaults: { sklearn: '50' },
      },
      {
        name: 'learning_rate',
        meaning: { en: 'Shrinks each learner\'s weight α; trades off with n_estimators.', 'zh-cn': '缩小每个学习器的权重 α；与 n_estimators 相互权衡。' },
        defaults: { sklearn: '1.0' },
      },
    ],
    pitfalls: [
      {
        en: 'Label noise and outliers: the exponential re-weighting keeps increasing the weight of points it cannot fit, so mislabelled samples end up dominating later rounds. Clean labels, lower learning_rate, or prefer gradient boosting with a robust loss.',
        'zh-cn': '标签噪声和离群点：指数式重加权会不断放大那些拟合不了的样本的权重，错标的样本最终主导后面的轮次。清洗标签、调小 learning_rate，或改用带稳健损失的梯度提升。',
      },
      {
        en: "Old code passing base_estimator= or algorithm='SAMME.R' fails on current sklearn: base_estimator was renamed estimator (1.2) and SAMME.R was removed (1.6); only SAMME remains.",
        'zh-cn': "旧代码传 base_estimator= 或 algorithm='SAMME.R' 在新版 sklearn 上会失败：base_estimator 已改名为 estimator（1.2），SAMME.R 已被移除（1.6），只剩 SAMME。",
      },
      {
        en: 'A too-strong base learner (deep trees) reaches zero weighted error in the first rounds, which stops boosting early and overfits. Keep the learners weak (stumps or shallow trees).',
        'zh-cn': '基学习器太强（深树）会在最初几轮就让加权误差降为 0，导致提升过早停止并过拟合。保持学习器足够弱（树桩或浅树）。',
      },
    ],
    why: [
      {
        q: { en: 'Why re-weight the misclassified samples?', 'zh-cn': '为什么要给分错的样本加权？' },
        a: {
          en: "Each new learner should fix what the ensemble still gets wrong. Raising the weights of the current mistakes makes them count more in the next learner's training error, so it concentrates on them; this is exactly the gradient of the exponential loss e^(−y·F(x)) used by forward stagewise fitting.",
          'zh-cn': '每个新学习器应该去修正集成模型仍然出错的地方。提高当前错分样本的权重，会让它们在下一个学习器的训练误差里占更大比重，于是新学习器集中处理它们；这正是前向分步拟合中指数损失 e^(−y·F(x)) 的梯度所起的作用。',
        },
      },
    ],
    seeAlso: ['gradient-boosting', 'decision-tree', 'random-forest', 'accuracy'],
    docs: { sklearn: `${SK}sklearn.ensemble.AdaBoostClassifier.html` },
  },

  // ───────────────────────────── probabilistic models ─────────────────────────────
  {
    id: 'gaussian-process',
    family: 'classical-ml',
    title: { en: 'Gaussian process', 'zh-cn': '高斯过程（Gaussian Process）' },
    summary: {
      en: 'A Gaussian process is a prior over functions: any finite set of function values is jointly Gaussian, with covariance given by a kernel k(x, x′) that encodes smoothness. Conditioning on the training data gives a closed-form posterior — a predicted mean and a standard deviation for every test point — so it is well suited to small datasets where calibrated uncertainty matters (e.g. Bayesian optimisation). Exact inference costs O(n³) in the number of training samples.',
      'zh-cn': '高斯过程是函数上的先验：任意有限个函数值都服从联合高斯分布，其协方差由表达平滑性的核函数 k(x, x′) 给出。以训练数据为条件可以得到闭式后验——每个测试点的预测均值和标准差——因此它适合需要可靠不确定性估计的小数据场景（例如贝叶斯优化）。精确推断的代价是训练样本数的 O(n³)。',
    },
    formula: String.raw`\mu_* = k_*^\top (K + \alpha I)^{-1} y,\qquad \sigma_*^2 = k(x_*, x_*) - k_*^\top (K + \alpha I)^{-1} k_*`,
    formulaText: 'μ* = k*ᵀ(K + αI)⁻¹y;  σ*² = k(x*, x*) − k*ᵀ(K + αI)⁻¹k*   (K = kernel matrix of the training points, k* = kernel between x* and each training point, α = noise added to the diagonal)',
    shapes: {
      en: 'sklearn GaussianProcessRegressor: X (n_samples, n_features), y (n_samples,) or (n_samples, n_targets) → predict (n_queries,) [or (n_queries, n_targets)]; with return_std=True also std (n_queries,); with return_cov=True cov (n_queries, n_queries).',
      'zh-cn': 'sklearn GaussianProcessRegressor：X (n_samples, n_features)，y (n_samples,) 或 (n_samples, n_targets) → predict 输出 (n_queries,)［或 (n_queries, n_targets)］；return_std=True 时另返回 std (n_queries,)；return_cov=True 时返回 cov (n_queries, n_queries)。',
    },
    params: [
      {
        name: 'kernel',
        meaning: { en: 'Covariance function; None = ConstantKernel(1.0, "fixed") * RBF(1.0, "fixed"), whose hyperparameters are NOT optimised.', 'zh-cn': '协方差函数；None 表示 ConstantKernel(1.0, "fixed") * RBF(1.0, "fixed")，其超参数不会被优化。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'alpha',
        meaning: { en: 'Value added to the kernel diagonal: observation-noise variance and numerical jitter.', 'zh-cn': '加到核矩阵对角线上的值：观测噪声方差兼数值稳定项。' },
        defaults: { sklearn: '1e-10' },
      },
      {
        name: 'normalize_y',
        meaning: { en: 'Centre and scale y before fitting (the prior mean is 0).', 'zh-cn': '拟合前对 y 做中心化和缩放（先验均值为 0）。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'n_restarts_optimizer',
        meaning: { en: 'Extra random restarts when maximising the log-marginal likelihood over kernel hyperparameters.', 'zh-cn': '在对核超参数最大化对数边际似然时额外随机重启的次数。' },
        defaults: { sklearn: '0' },
      },
    ],
    pitfalls: [
      {
        en: 'Relying on kernel=None: the default kernel has fixed bounds, so the length scale stays 1.0 whatever your data looks like. Pass an explicit kernel such as ConstantKernel() * RBF(length_scale=…) + WhiteKernel() so its hyperparameters are fitted.',
        'zh-cn': '依赖 kernel=None：默认核的超参数边界是 "fixed"，不管数据长什么样，长度尺度都固定在 1.0。应显式传入如 ConstantKernel() * RBF(length_scale=…) + WhiteKernel() 的核，让超参数得到拟合。',
      },
      {
        en: 'Noisy targets with alpha=1e-10: the GP interpolates every noisy point, giving wild wiggles and tiny uncertainty. Set alpha to the noise variance or add a WhiteKernel.',
        'zh-cn': '目标带噪声时沿用 alpha=1e-10：GP 会穿过每一个噪声点，曲线剧烈抖动且不确定性极小。把 alpha 设为噪声方差，或加上 WhiteKernel。',
      },
      {
        en: 'Targets far from zero with normalize_y=False: the zero-mean prior pulls predictions back towards 0 away from the data. Set normalize_y=True.',
        'zh-cn': '目标值远离 0 却保持 normalize_y=False：零均值先验会在远离数据处把预测拉回 0。设 normalize_y=True。',
      },
    ],
    why: [
      {
        q: { en: 'Why does a GP give uncertainty for free?', 'zh-cn': '为什么高斯过程能“免费”给出不确定性？' },
        a: {
          en: 'The posterior over function values at test points is itself Gaussian, so besides its mean you get its variance in closed form. The variance depends only on where the inputs are relative to the training inputs: it shrinks near data and grows back to the prior variance far from it.',
          'zh-cn': '测试点上函数值的后验本身就是高斯分布，所以除了均值，方差也有闭式解。方差只取决于输入相对训练输入的位置：靠近数据时变小，远离数据时回升到先验方差。',
        },
      },
      {
        q: { en: 'Why do GPs not scale to large datasets?', 'zh-cn': '为什么高斯过程难以扩展到大数据？' },
        a: {
          en: 'Fitting needs a Cholesky factorisation of the n × n kernel matrix: O(n³) time and O(n²) memory, so beyond a few thousand samples you need sparse/inducing-point approximations or another model.',
          'zh-cn': '拟合需要对 n × n 的核矩阵做 Cholesky 分解：时间 O(n³)、内存 O(n²)，所以样本数超过几千就需要稀疏/诱导点近似，或换别的模型。',
        },
      },
    ],
    seeAlso: ['svm', 'linear-regression', 'ridge-regression', 'feature-scaling'],
    docs: { sklearn: `${SK}sklearn.gaussian_process.GaussianProcessRegressor.html` },
  },
  {
    id: 'discriminant-analysis',
    family: 'classical-ml',
    title: { en: 'Discriminant analysis (LDA / QDA)', 'zh-cn': '判别分析（LDA / QDA）' },
    summary: {
      en: 'Discriminant analysis models each class as a Gaussian and classifies with Bayes\' rule. Linear discriminant analysis (LDA) assumes all classes share one covariance matrix, which makes the decision boundaries linear; quadratic discriminant analysis (QDA) gives each class its own covariance, which makes them quadratic. LDA also works as supervised dimensionality reduction, projecting onto at most n_classes − 1 directions that best separate the classes.',
      'zh-cn': '判别分析把每个类别建模为一个高斯分布，再用贝叶斯公式分类。线性判别分析（LDA）假设所有类别共享同一个协方差矩阵，于是决策边界是线性的；二次判别分析（QDA）给每个类别各自的协方差，边界是二次曲面。LDA 还可用作有监督降维，把数据投影到至多 n_classes − 1 个最能区分类别的方向上。',
    },
    formula: String.raw`\delta_k(x) = x^\top \Sigma^{-1}\mu_k - \tfrac12\,\mu_k^\top \Sigma^{-1}\mu_k + \log \pi_k,\qquad \hat{y} = \arg\max_k \delta_k(x)`,
    formulaText: 'LDA: δₖ(x) = xᵀΣ⁻¹μₖ − ½·μₖᵀΣ⁻¹μₖ + log πₖ,  ŷ = argmax_k δₖ(x)   (μₖ class mean, Σ shared covariance, πₖ class prior; QDA uses a per-class Σₖ and adds −½·log|Σₖ| and a quadratic term)',
    shapes: {
      en: 'sklearn: X (n_samples, n_features), y (n_samples,) → predict (n_samples,), predict_proba (n_samples, n_classes); LDA transform(X) → (n_samples, n_components) with n_components ≤ min(n_classes − 1, n_features).',
      'zh-cn': 'sklearn：X (n_samples, n_features)，y (n_samples,) → predict 输出 (n_samples,)，predict_proba 输出 (n_samples, n_classes)；LDA 的 transform(X) → (n_samples, n_components)，其中 n_components ≤ min(n_classes − 1, n_features)。',
    },
    params: [
      {
        name: 'solver',
        meaning: { en: "LDA: 'svd' (no covariance matrix, handles many features), 'lsqr' or 'eigen' (both support shrinkage).", 'zh-cn': "LDA：'svd'（不计算协方差矩阵，适合特征多的情况）、'lsqr' 或 'eigen'（两者都支持 shrinkage）。" },
        defaults: { sklearn: "'svd'" },
      },
      {
        name: 'shrinkage',
        meaning: { en: "Regularise the covariance estimate: 'auto' (Ledoit-Wolf) or a float in [0, 1]; not with solver='svd'.", 'zh-cn': "对协方差估计做正则：'auto'（Ledoit-Wolf）或 [0, 1] 内的浮点数；不能与 solver='svd' 同用。" },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'n_components',
        meaning: { en: 'LDA dimensions kept by transform; None = min(n_classes − 1, n_features).', 'zh-cn': 'LDA 的 transform 保留的维数；None 表示 min(n_classes − 1, n_features)。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'reg_param',
        meaning: { en: 'QDA: shrink each class covariance towards the identity.', 'zh-cn': 'QDA：把每个类别的协方差往单位阵收缩。' },
        defaults: { sklearn: '0.0 (QuadraticDiscriminantAnalysis)' },
      },
    ],
    pitfalls: [
      {
        en: 'Asking LDA for more components than n_classes − 1: for a binary problem n_components can only be 1, and a larger value raises an error. Use PCA if you need more dimensions.',
        'zh-cn': '让 LDA 输出超过 n_classes − 1 个成分：二分类时 n_components 最多为 1，设得更大会报错。需要更多维度就用 PCA。',
      },
      {
        en: 'QDA with few samples per class: each class needs a full covariance (n_features² parameters), which is singular when a class has fewer samples than features ("Variables are collinear" warning). Use LDA with shrinkage, or set reg_param.',
        'zh-cn': '每个类别样本很少时用 QDA：每类都要估计完整协方差（n_features² 个参数），类别样本数少于特征数时矩阵奇异（出现 “Variables are collinear” 警告）。改用带 shrinkage 的 LDA，或设置 reg_param。',
      },
    ],
    why: [
      {
        q: { en: 'Why is LDA\'s boundary linear and QDA\'s quadratic?', 'zh-cn': '为什么 LDA 的边界是线性的，而 QDA 是二次的？' },
        a: {
          en: 'The log-ratio of two Gaussian densities contains the quadratic term −½xᵀ(Σₖ⁻¹ − Σₗ⁻¹)x. With a shared covariance that term cancels and only linear terms remain; with per-class covariances it stays.',
          'zh-cn': '两个高斯密度的对数比中含有二次项 −½xᵀ(Σₖ⁻¹ − Σₗ⁻¹)x。协方差共享时这一项相互抵消，只剩线性项；各类协方差不同时它就保留下来。',
        },
      },
    ],
    seeAlso: ['pca', 'naive-bayes', 'logistic-regression', 'gaussian-process'],
    docs: { sklearn: `${SK}sklearn.discriminant_analysis.LinearDiscriminantAnalysis.html` },
  },

  // ───────────────────────────── preprocessing and evaluation ─────────────────────────────
  {
    id: 'feature-scaling',
    family: 'classical-ml',
    title: { en: 'Feature scaling', 'zh-cn': '特征缩放（Feature Scaling）' },
    summary: {
      en: 'Feature scaling puts each feature (column) on a comparable range. StandardScaler subtracts the column mean and divides by its standard deviation, giving mean 0 and std 1; MinMaxScaler maps each column to [0, 1]; RobustScaler uses the median and interquartile range to resist outliers. Distance- and gradient-based models (KNN, SVM, k-means, PCA, linear models, neural nets) need it; tree models do not. The statistics must be learned on the training split only.',
      'zh-cn': '特征缩放把每个特征（列）放到可比的范围内。StandardScaler 减去列均值再除以标准差，得到均值 0、标准差 1；MinMaxScaler 把每列映射到 [0, 1]；RobustScaler 用中位数和四分位距以抵抗离群点。基于距离和梯度的模型（KNN、SVM、K-Means、PCA、线性模型、神经网络）需要它，树模型不需要。统计量必须只在训练集上学习。',
    },
    formula: String.raw`z = \frac{x - \mu_{\text{train}}}{\sigma_{\text{train}}},\qquad x' = \frac{x - x_{\min}}{x_{\max} - x_{\min}}`,
    formulaText: 'standardise: z = (x − μ)/σ   (μ, σ per feature column, computed on the training split; σ is the population std, ddof=0);  min-max: x′ = (x − min)/(max − min)',
    shapes: {
      en: 'sklearn scalers: X (n_samples, n_features) → same shape; mean_, scale_, var_ are (n_features,). Normalizer is different: it rescales each ROW to unit norm. Keras Normalization: (batch, …, features) → same shape, statistics per index of `axis` (default −1) learned by adapt().',
      'zh-cn': 'sklearn 的缩放器：X (n_samples, n_features) → 同形输出；mean_、scale_、var_ 为 (n_features,)。Normalizer 不同：它把每一行缩放到单位范数。Keras Normalization：(batch, …, features) → 同形输出，按 `axis`（默认 −1）的每个下标统计，由 adapt() 学得。',
    },
    params: [
      {
        name: 'with_mean',
        meaning: { en: 'StandardScaler: subtract the mean (must be False for sparse input).', 'zh-cn': 'StandardScaler：是否减去均值（稀疏输入时必须为 False）。' },
        defaults: { sklearn: 'True' },
      },
      {
        name: 'with_std',
        meaning: { en: 'StandardScaler: divide by the standard deviation.', 'zh-cn': 'StandardScaler：是否除以标准差。' },
        defaults: { sklearn: 'True' },
      },
      {
        name: 'feature_range',
        meaning: { en: 'MinMaxScaler target range.', 'zh-cn': 'MinMaxScaler 的目标区间。' },
        defaults: { sklearn: '(0, 1)' },
      },
      {
        name: 'axis',
        meaning: { en: 'Keras Normalization: axis with separate mean/variance per index; None = one scalar mean/variance.', 'zh-cn': 'Keras Normalization：按该轴的每个下标分别统计均值/方差；None 表示整体一个标量均值/方差。' },
        defaults: { keras: '-1', tensorflow: '-1' },
      },
    ],
    pitfalls: [
      {
        en: 'Data leakage: calling scaler.fit(X) (or fit_transform) on the whole dataset before train_test_split or cross-validation lets test-set statistics leak into training and inflates scores. Fit on X_train only and transform X_test — or put the scaler in a Pipeline so each CV fold refits it.',
        'zh-cn': '数据泄露：在 train_test_split 或交叉验证之前就对全量数据调用 scaler.fit(X)（或 fit_transform），会把测试集的统计量泄露进训练，分数虚高。只在 X_train 上 fit，再 transform X_test——或者把缩放器放进 Pipeline，让每一折重新拟合。',
      },
      {
        en: 'Calling fit_transform on the test set: it re-centres the test data with its own statistics, so train and test no longer share a coordinate system. Use transform only.',
        'zh-cn': '在测试集上调用 fit_transform：会用测试集自己的统计量重新中心化，训练集和测试集不再处于同一坐标系。测试集只能用 transform。',
      },
      {
        en: 'Confusing Normalizer/normalize with standardisation: they scale each sample (row) to unit L2 norm, not each feature. For per-feature scaling use StandardScaler/MinMaxScaler.',
        'zh-cn': '把 Normalizer/normalize 当成标准化：它们把每个样本（行）缩放到单位 L2 范数，而不是按特征缩放。按特征缩放请用 StandardScaler/MinMaxScaler。',
      },
      {
        en: 'StandardScaler on sparse matrices raises an error because centring would make them dense. Use with_mean=False or MaxAbsScaler.',
        'zh-cn': '对稀疏矩阵用 StandardScaler 会报错，因为中心化会让矩阵变稠密。改用 with_mean=False 或 MaxAbsScaler。',
      },
    ],
    why: [
      {
        q: { en: 'Why fit the scaler on the training split only?', 'zh-cn': '为什么缩放器只能在训练集上拟合？' },
        a: {
          en: 'The test set stands in for future data you have not seen. Its mean and std are information about that data; using them in preprocessing lets the model indirectly see the test set, so the measured score overestimates real performance.',
          'zh-cn': '测试集代表你尚未见过的未来数据。它的均值和标准差就是关于这些数据的信息；在预处理中使用它们，相当于让模型间接看到了测试集，测得的分数会高估真实表现。',
        },
      },
      {
        q: { en: 'Why do gradient-based models train faster on scaled features?', 'zh-cn': '为什么特征缩放后梯度类模型训练更快？' },
        a: {
          en: 'With features on very different scales the loss surface is a long, narrow valley: one learning rate is too big for one direction and too small for another, so gradient descent zig-zags. Standardising makes the curvature more even, so solvers (lbfgs, SGD) converge in far fewer steps.',
          'zh-cn': '特征尺度差异很大时，损失曲面是又长又窄的峡谷：同一个学习率对某个方向太大、对另一个方向又太小，梯度下降会来回震荡。标准化让各方向的曲率更均匀，求解器（lbfgs、SGD）收敛所需的步数大大减少。',
        },
      },
    ],
    seeAlso: ['train-test-split', 'cross-validation', 'knn', 'svm', 'pca', 'batch-norm'],
    docs: {
      sklearn: `${SK}sklearn.preprocessing.StandardScaler.html`,
      keras: 'https://keras.io/api/layers/preprocessing_layers/numerical/normalization/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/Normalization',
    },
  },
  {
    id: 'cross-validation',
    family: 'classical-ml',
    title: { en: 'Cross-validation', 'zh-cn': '交叉验证（Cross-Validation）' },
    summary: {
      en: 'K-fold cross-validation splits the training data into K folds, trains K models each on K − 1 folds and scores it on the held-out fold, then averages the K scores. It uses every sample for both training and validation and gives a spread, not just a point estimate. GridSearchCV / RandomizedSearchCV run it for every hyperparameter candidate and refit the best one on all the data; StratifiedKFold keeps class proportions in every fold.',
      'zh-cn': 'K 折交叉验证把训练数据分成 K 份，训练 K 个模型，每个用其中 K − 1 份训练、在留出的那一份上打分，最后对 K 个分数取平均。每个样本既参与训练也参与验证，还能给出分数的波动范围而不只是一个点估计。GridSearchCV / RandomizedSearchCV 对每组超参数候选都做一遍交叉验证，并用最佳参数在全部数据上重新训练；StratifiedKFold 让每一折保持类别比例。',
    },
    formula: String.raw`\mathrm{CV}_K = \frac{1}{K}\sum_{k=1}^{K} \mathrm{score}\big(f^{(-k)},\ D_k\big)`,
    formulaText: 'CV_K = (1/K)·Σₖ score(f⁽⁻ᵏ⁾, D_k)   (f⁽⁻ᵏ⁾ trained on all folds except D_k; report mean ± std over the K folds)',
    shapes: {
      en: 'sklearn: cross_val_score(estimator, X (n_samples, n_features), y (n_samples,)) → array (n_splits,); cross_validate → dict of arrays (n_splits,); KFold.split(X) yields (train_idx, test_idx) index arrays. GridSearchCV exposes best_params_, best_score_ and cv_results_. xgboost.cv / lightgbm.cv return per-round mean/std metrics.',
      'zh-cn': 'sklearn：cross_val_score(estimator, X (n_samples, n_features), y (n_samples,)) → 数组 (n_splits,)；cross_validate → 由 (n_splits,) 数组组成的字典；KFold.split(X) 逐折给出 (train_idx, test_idx) 索引数组。GridSearchCV 提供 best_params_、best_score_ 和 cv_results_。xgboost.cv / lightgbm.cv 返回每一轮的指标均值/标准差。',
    },
    params: [
      {
        name: 'n_splits',
        meaning: { en: 'Number of folds K.', 'zh-cn': '折数 K。' },
        defaults: { sklearn: '5 (KFold, StratifiedKFold)', xgboost: '3 (nfold, xgboost.cv)', lightgbm: '5 (nfold, lightgbm.cv)' },
      },
      {
        name: 'shuffle',
        meaning: { en: 'Shuffle before splitting into folds; random_state only matters when True.', 'zh-cn': '划分前是否打乱；只有为 True 时 random_state 才起作用。' },
        defaults: { sklearn: 'False (KFold)', xgboost: 'True', lightgbm: 'True' },
      },
      {
        name: 'cv',
        meaning: { en: 'cross_val_score / GridSearchCV splitter: None = 5-fold (StratifiedKFold for classifiers), an int = number of folds, or a splitter object.', 'zh-cn': 'cross_val_score / GridSearchCV 的划分方式：None = 5 折（分类器用 StratifiedKFold），整数 = 折数，也可传划分器对象。' },
        defaults: { sklearn: 'None (5-fold)' },
      },
      {
        name: 'scoring',
        meaning: { en: "Metric name or callable; None = the estimator's score (accuracy / R²). Loss metrics are negated, e.g. 'neg_mean_squared_error'.", 'zh-cn': "评分指标名或可调用对象；None 表示用估计器自带的 score（准确率 / R²）。损失类指标取负，例如 'neg_mean_squared_error'。" },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'refit',
        meaning: { en: 'GridSearchCV: retrain the best candidate on the whole data (best_estimator_).', 'zh-cn': 'GridSearchCV：是否用最佳参数在全部数据上重新训练（best_estimator_）。' },
        defaults: { sklearn: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Preprocessing outside the loop: scaling, imputing, feature selection or oversampling on all of X before cross_val_score leaks the validation folds into training. Wrap every step in a Pipeline and pass the pipeline to cross_val_score / GridSearchCV.',
        'zh-cn': '在循环之外做预处理：在 cross_val_score 之前对全部 X 做缩放、填补、特征选择或过采样，会把验证折的信息泄露进训练。把每一步都包进 Pipeline，再把 Pipeline 交给 cross_val_score / GridSearchCV。',
      },
      {
        en: 'KFold(shuffle=False) on data sorted by label or time: some folds contain only one class and scores swing wildly. Use StratifiedKFold(shuffle=True, random_state=…) for classification, TimeSeriesSplit for temporal data, GroupKFold when samples of one group (patient, user) must stay together.',
        'zh-cn': '在按标签或时间排序的数据上用 KFold(shuffle=False)：有的折只包含一个类别，分数大起大落。分类用 StratifiedKFold(shuffle=True, random_state=…)，时间序列用 TimeSeriesSplit，同一组（病人、用户）的样本必须在一起时用 GroupKFold。',
      },
      {
        en: "Reporting GridSearchCV's best_score_ as the final performance: it was maximised over the candidates, so it is optimistic. Evaluate best_estimator_ on a held-out test set, or use nested cross-validation.",
        'zh-cn': '把 GridSearchCV 的 best_score_ 当成最终性能汇报：它是在候选参数中挑出来的最大值，偏乐观。应在留出的测试集上评估 best_estimator_，或使用嵌套交叉验证。',
      },
    ],
    why: [
      {
        q: { en: 'Why cross-validate instead of a single validation split?', 'zh-cn': '为什么用交叉验证而不是单次划分验证集？' },
        a: {
          en: 'One split gives one noisy number that depends on which samples landed in it. Averaging over K folds reduces that variance, uses all data for validation, and the spread across folds tells you whether a difference between two models is real.',
          'zh-cn': '单次划分只给出一个带噪声的数字，而且取决于哪些样本恰好被分进去。对 K 折取平均降低了这种方差，所有数据都参与了验证，各折之间的波动还能告诉你两个模型的差距是否真实。',
        },
      },
      {
        q: { en: 'Why does the test set still need to be separate?', 'zh-cn': '为什么还需要单独的测试集？' },
        a: {
          en: 'Cross-validation scores are used to choose hyperparameters, so they become part of training. Only data never used in any decision gives an unbiased estimate of performance on new data.',
          'zh-cn': '交叉验证分数被用来选择超参数，因而已经成为训练过程的一部分。只有从未参与任何决策的数据，才能无偏地估计模型在新数据上的表现。',
        },
      },
    ],
    seeAlso: ['train-test-split', 'feature-scaling', 'early-stopping', 'accuracy', 'precision-recall-f1'],
    docs: {
      sklearn: 'https://scikit-learn.org/stable/modules/cross_validation.html',
      xgboost: 'https://xgboost.readthedocs.io/en/stable/python/python_api.html',
      lightgbm: 'https://lightgbm.readthedocs.io/en/stable/pythonapi/lightgbm.cv.html',
    },
  },
  {
    id: 'train-test-split',
    family: 'classical-ml',
    title: { en: 'Train/test split', 'zh-cn': '训练集/测试集划分（train_test_split）' },
    summary: {
      en: "train_test_split shuffles the samples and splits every array you pass into a training part and a held-out test part (25 % by default). The model is fitted and tuned on the training part only; the test part is scored once at the end to estimate performance on unseen data. random_state makes the split reproducible and stratify keeps the class proportions equal in both parts.",
      'zh-cn': 'train_test_split 打乱样本顺序，把传入的每个数组都切成训练部分和留出的测试部分（默认 25 %）。模型只在训练部分上拟合和调参；测试部分在最后只评估一次，用来估计模型在未见数据上的表现。random_state 让划分可复现，stratify 让两部分的类别比例保持一致。',
    },
    formula: String.raw`n_{\text{test}} = \lceil \text{test\_size}\cdot n \rceil,\qquad n_{\text{train}} = n - n_{\text{test}}`,
    formulaText: 'n_test = ⌈test_size · n⌉ (test_size = 0.25 when both test_size and train_size are None),  n_train = n − n_test;  an int test_size is an absolute count',
    shapes: {
      en: 'sklearn: train_test_split(X (n, n_features), y (n,), …) → [X_train, X_test, y_train, y_test] — a list of 2 × (number of arrays), in the order train, test for each input. Works on lists, NumPy arrays, sparse matrices and pandas DataFrames (index preserved).',
      'zh-cn': 'sklearn：train_test_split(X (n, n_features), y (n,), …) → [X_train, X_test, y_train, y_test]——长度为 2 ×（输入数组个数）的列表，每个输入依次给出 train、test。支持 list、NumPy 数组、稀疏矩阵和 pandas DataFrame（保留索引）。',
    },
    params: [
      {
        name: 'test_size',
        meaning: { en: 'Float = fraction for the test set, int = absolute number; None = complement of train_size, or 0.25 if that is also None.', 'zh-cn': '浮点数 = 测试集比例，整数 = 测试样本个数；None 表示 train_size 的补集，若 train_size 也为 None 则为 0.25。' },
        defaults: { sklearn: 'None (→ 0.25)' },
      },
      {
        name: 'random_state',
        meaning: { en: 'Seed for the shuffle; an int makes the split reproducible.', 'zh-cn': '打乱用的随机种子；传整数可复现划分。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'stratify',
        meaning: { en: 'Array of labels (usually y) whose proportions are kept in both splits.', 'zh-cn': '标签数组（通常就是 y），两部分都保持它的类别比例。' },
        defaults: { sklearn: 'None' },
      },
      {
        name: 'shuffle',
        meaning: { en: 'Shuffle before splitting; shuffle=False keeps order (time series) and requires stratify=None.', 'zh-cn': '划分前是否打乱；shuffle=False 保持原顺序（时间序列），此时必须 stratify=None。' },
        defaults: { sklearn: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Unpacking in the wrong order: the result is X_train, X_test, y_train, y_test — writing X_train, y_train, X_test, y_test = … trains on the test features with mismatched shapes or, worse, silently on wrong data.',
        'zh-cn': '解包顺序写错：返回顺序是 X_train, X_test, y_train, y_test——写成 X_train, y_train, X_test, y_test = … 会用错数据训练，形状不匹配时报错，更糟的是形状碰巧匹配时悄无声息。',
      },
      {
        en: 'No random_state: every run draws a different split, so scores change between runs and comparisons are meaningless. Fix random_state (e.g. 42) while experimenting.',
        'zh-cn': '不设 random_state：每次运行划分都不同，分数随之变化，前后比较失去意义。实验阶段请固定 random_state（例如 42）。',
      },
      {
        en: 'Imbalanced classes without stratify: a rare class can end up missing from the test set or over-represented in it. Pass stratify=y.',
        'zh-cn': '类别不平衡却不用 stratify：稀有类别可能在测试集中缺失或占比过高。传入 stratify=y。',
      },
      {
        en: 'Time series or grouped data with a random shuffle: future rows (or rows of the same user) leak into training and the test score is far too optimistic. Use shuffle=False / TimeSeriesSplit, or GroupShuffleSplit.',
        'zh-cn': '对时间序列或分组数据随机打乱：未来的数据（或同一用户的数据）泄露进训练，测试分数严重偏乐观。改用 shuffle=False / TimeSeriesSplit，或 GroupShuffleSplit。',
      },
    ],
    why: [
      {
        q: { en: 'Why hold out a test set at all?', 'zh-cn': '为什么一定要留出测试集？' },
        a: {
          en: 'Training error measures how well the model memorised the data it saw; a flexible model can drive it to zero and still fail on new data. Only samples the model and your tuning decisions never touched estimate generalisation.',
          'zh-cn': '训练误差衡量的是模型对见过的数据记得有多好；灵活的模型可以把它降到零，却仍在新数据上失败。只有模型和你的调参决策都从未接触过的样本，才能估计泛化能力。',
        },
      },
      {
        q: { en: 'Why split before any preprocessing?', 'zh-cn': '为什么要在任何预处理之前划分？' },
        a: {
          en: 'Scalers, imputers, encoders and feature selectors learn statistics from the data they are fitted on. Splitting first and fitting them on X_train only keeps the test set truly unseen (see the feature-scaling leakage pitfall).',
          'zh-cn': '缩放器、填补器、编码器和特征选择器都会从拟合它们的数据中学习统计量。先划分、只在 X_train 上拟合它们，测试集才真正“未见过”（参见特征缩放中的数据泄露陷阱）。',
        },
      },
    ],
    seeAlso: ['cross-validation', 'feature-scaling', 'accuracy', 'early-stopping'],
    docs: { sklearn: `${SK}sklearn.model_selection.train_test_split.html` },
  },
];
