/** Metric cards: classification (accuracy, precision/recall/F1), ranking (MRR, nDCG) and image/generative (FID, PSNR, SSIM, IS). */
import type { Card } from './types';

export const METRICS_CARDS: Card[] = [
  {
    id: 'accuracy',
    family: 'metrics',
    title: { en: 'Accuracy', 'zh-cn': '准确率（Accuracy）' },
    summary: {
      en: 'Accuracy is the fraction of predictions that equal the label: (TP + TN)/N for binary tasks, correct/N for multi-class. Class scores are turned into labels first — argmax for multi-class, a threshold (usually 0.5) for binary probabilities — and top-k accuracy counts a hit when the label is among the k highest scores. It is easy to read but hides class imbalance, so report it next to precision, recall or F1.',
      'zh-cn': '准确率是预测与标签相等的比例：二分类为 (TP + TN)/N，多分类为 正确数/N。类别分数要先转成标签——多分类取 argmax，二分类概率用阈值（通常 0.5）——top-k 准确率则在标签位于前 k 个最高分中时算命中。它直观易读，却会掩盖类别不平衡，所以应与精确率、召回率或 F1 一起报告。',
    },
    formula: String.raw`\mathrm{Accuracy} = \frac{1}{N}\sum_{i=1}^{N}\mathbb{1}\left[\hat{y}_i = y_i\right] = \frac{TP + TN}{TP + TN + FP + FN}`,
    formulaText: 'Accuracy = (1/N)·Σᵢ 1[ŷᵢ = yᵢ] = (TP + TN)/(TP + TN + FP + FN)   (over all N samples)',
    shapes: {
      en: 'sklearn accuracy_score(y_true, y_pred): label arrays (n_samples,) → float (a count with normalize=False); for multilabel (n_samples, n_labels) it is subset accuracy (a whole row must match). torchmetrics Accuracy(task=…): preds (N,) labels or (N, C) probabilities/logits (argmax is applied), target (N,) → scalar tensor. Keras metrics are stateful: update_state(y_true, y_pred) per batch, result() → scalar.',
      'zh-cn': 'sklearn accuracy_score(y_true, y_pred)：标签数组 (n_samples,) → float（normalize=False 时为计数）；多标签 (n_samples, n_labels) 时是子集准确率（整行都对才算对）。torchmetrics Accuracy(task=…)：preds 为 (N,) 标签或 (N, C) 概率/logits（会取 argmax），target 为 (N,) → 标量张量。Keras 指标是有状态的：每个 batch 调用 update_state(y_true, y_pred)，result() → 标量。',
    },
    params: [
      {
        name: 'normalize',
        meaning: { en: 'sklearn: return the fraction (True) or the number of correct samples (False).', 'zh-cn': 'sklearn：返回比例（True）还是正确样本数（False）。' },
        defaults: { sklearn: 'True' },
      },
      {
        name: 'task',
        meaning: { en: "torchmetrics: 'binary', 'multiclass' or 'multilabel'.", 'zh-cn': "torchmetrics：'binary'、'multiclass' 或 'multilabel'。" },
        defaults: { torchmetrics: 'required' },
      },
      {
        name: 'average',
        meaning: { en: "torchmetrics: 'micro' = plain accuracy over all samples; 'macro' = mean of per-class accuracies (recalls).", 'zh-cn': "torchmetrics：'micro' 为所有样本上的普通准确率；'macro' 为各类别准确率（召回率）的平均。" },
        defaults: { torchmetrics: "'micro' (Accuracy); 'macro' (MulticlassAccuracy)" },
      },
      {
        name: 'threshold',
        meaning: { en: 'Probability above which a binary prediction counts as positive.', 'zh-cn': '二分类中概率高于该值即判为正类。' },
        defaults: { torchmetrics: '0.5', keras: '0.5 (BinaryAccuracy)' },
      },
      {
        name: 'top_k',
        meaning: { en: 'torchmetrics: count a hit if the label is among the k highest scores.', 'zh-cn': 'torchmetrics：标签在前 k 个最高分中即算命中。' },
        defaults: { torchmetrics: '1' },
      },
    ],
    pitfalls: [
      {
        en: 'Class imbalance: with 99% negatives, a model that always predicts "negative" scores 99% accuracy. Report balanced_accuracy_score, per-class recall or F1 alongside it.',
        'zh-cn': '类别不平衡：负样本占 99% 时，永远预测"负"的模型准确率就有 99%。应同时报告 balanced_accuracy_score、各类召回率或 F1。',
      },
      {
        en: "torchmetrics: Accuracy(task='multiclass', num_classes=C) averages 'micro' (plain accuracy), but MulticlassAccuracy(num_classes=C) defaults to average='macro' (mean per-class recall). On preds [2, 1, 0, 1] vs target [2, 1, 0, 0] the first gives 0.75, the second 0.8333. Set average explicitly.",
        'zh-cn': "torchmetrics：Accuracy(task='multiclass', num_classes=C) 默认按 'micro' 平均（普通准确率），而 MulticlassAccuracy(num_classes=C) 默认 average='macro'（各类召回率的平均）。对 preds [2, 1, 0, 1]、target [2, 1, 0, 0]，前者是 0.75，后者是 0.8333。请显式设置 average。",
      },
      {
        en: "keras.metrics.Accuracy checks exact equality between y_true and y_pred, so with probability outputs it stays near 0. Use BinaryAccuracy, CategoricalAccuracy or SparseCategoricalAccuracy, or metrics=['accuracy'], which Keras maps to the right one from the loss.",
        'zh-cn': "keras.metrics.Accuracy 判断 y_true 与 y_pred 是否完全相等，模型输出概率时它几乎一直是 0。应使用 BinaryAccuracy、CategoricalAccuracy 或 SparseCategoricalAccuracy，或写 metrics=['accuracy']，Keras 会根据损失自动选对版本。",
      },
    ],
    why: [
      {
        q: { en: 'Why is high accuracy misleading on imbalanced data?', 'zh-cn': '为什么在不平衡数据上高准确率会误导人？' },
        a: {
          en: 'Accuracy weights every sample equally, so the majority class decides it. Ignoring the rare class entirely costs only its share of samples, e.g. 1%, while that class (fraud, disease) is usually the one you care about. Recall and precision of the rare class expose this.',
          'zh-cn': '准确率对每个样本等权，所以由多数类决定。完全忽略稀有类只损失它所占的样本比例（例如 1%），而这个类（欺诈、疾病）往往正是你关心的。稀有类的召回率和精确率能暴露这个问题。',
        },
      },
      {
        q: { en: 'When does accuracy equal micro-averaged F1?', 'zh-cn': '准确率什么时候等于 micro 平均的 F1？' },
        a: {
          en: 'In single-label multi-class classification every wrong prediction is one false positive (for the predicted class) and one false negative (for the true class), so micro precision = micro recall = micro F1 = accuracy.',
          'zh-cn': '在单标签多分类中，每个错误预测既是预测类别的一个假阳性，又是真实类别的一个假阴性，所以 micro 精确率 = micro 召回率 = micro F1 = 准确率。',
        },
      },
    ],
    seeAlso: ['precision-recall-f1', 'cross-entropy-loss', 'logistic-regression', 'cross-validation'],
    docs: {
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.accuracy_score.html',
      keras: 'https://keras.io/api/metrics/accuracy_metrics/',
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/classification/accuracy.html',
    },
  },
  {
    id: 'precision-recall-f1',
    family: 'metrics',
    title: { en: 'Precision, recall and F1', 'zh-cn': '精确率、召回率与 F1（Precision / Recall / F1）' },
    summary: {
      en: 'Precision = TP/(TP + FP): of everything you flagged or retrieved, how much is right. Recall = TP/(TP + FN): of everything relevant, how much you found. F1 is their harmonic mean 2PR/(P + R), which stays low unless both are high; F_β weights recall β times as much as precision. Moving the decision threshold trades one for the other. In RAG, precision@k and recall@k count relevant documents among the top k retrieved. For several classes they are computed per class and averaged (micro, macro, weighted).',
      'zh-cn': '精确率 = TP/(TP + FP)：在你标记或检索出的结果中，有多少是对的。召回率 = TP/(TP + FN)：在所有相关项中，你找到了多少。F1 是二者的调和平均 2PR/(P + R)，只有两者都高它才高；F_β 对召回率的重视程度是精确率的 β 倍。调整判定阈值就是在二者之间取舍。在 RAG 中，precision@k 和 recall@k 统计前 k 个检索结果里的相关文档。多类别时先逐类计算再平均（micro、macro、weighted）。',
    },
    formula: String.raw`P = \frac{TP}{TP+FP},\quad R = \frac{TP}{TP+FN},\quad F_1 = \frac{2PR}{P+R} = \frac{2\,TP}{2\,TP+FP+FN},\quad F_\beta = \frac{(1+\beta^2)\,PR}{\beta^2 P + R}`,
    formulaText: 'P = TP/(TP + FP), R = TP/(TP + FN), F1 = 2PR/(P + R) = 2TP/(2TP + FP + FN), F_β = (1 + β²)PR/(β²P + R)   (counts per class, then averaged: micro = pooled counts, macro = mean over classes)',
    shapes: {
      en: "sklearn precision_score / recall_score / f1_score(y_true, y_pred): labels (n_samples,) → float, or an array per class with average=None. torchmetrics Precision / Recall / F1Score(task=…): preds (probabilities, logits or labels), target → scalar tensor. Keras Precision / Recall: y_true, y_pred probabilities thresholded at 0.5 → scalar; F1Score: y_true one-hot (batch, C), y_pred (batch, C) → (C,) per class when average=None.",
      'zh-cn': "sklearn 的 precision_score / recall_score / f1_score(y_true, y_pred)：标签 (n_samples,) → float，average=None 时返回每类一个值的数组。torchmetrics Precision / Recall / F1Score(task=…)：preds（概率、logits 或标签）、target → 标量张量。Keras Precision / Recall：y_true、y_pred 为概率，按 0.5 阈值二值化 → 标量；F1Score：y_true 为 one-hot (batch, C)，y_pred 为 (batch, C)，average=None 时 → 每类一个值 (C,)。",
    },
    params: [
      {
        name: 'average',
        meaning: { en: "Multi-class reduction: 'micro' pools counts, 'macro' averages classes equally, 'weighted' by support, None returns per-class values; sklearn 'binary' reports only pos_label.", 'zh-cn': "多类别归约：'micro' 汇总计数，'macro' 各类等权平均，'weighted' 按样本数加权，None 返回逐类值；sklearn 的 'binary' 只报告 pos_label 这一类。" },
        defaults: { sklearn: "'binary'", torchmetrics: "'micro' (Precision, Recall, F1Score)", keras: 'None (F1Score)' },
      },
      {
        name: 'pos_label',
        meaning: { en: 'sklearn: the class treated as positive when average=\'binary\'.', 'zh-cn': 'sklearn：average=\'binary\' 时被视为正类的标签。' },
        defaults: { sklearn: '1' },
      },
      {
        name: 'zero_division',
        meaning: { en: 'Value returned when a denominator is 0 (e.g. a class never predicted).', 'zh-cn': '分母为 0 时（例如某类从未被预测）返回的值。' },
        defaults: { sklearn: "'warn'", torchmetrics: '0 (F1Score)' },
      },
      {
        name: 'threshold',
        meaning: { en: 'Score above which a prediction counts as positive.', 'zh-cn': '分数高于该值即判为正类。' },
        defaults: { torchmetrics: '0.5', keras: 'None (Precision/Recall thresholds: 0.5; F1Score: argmax)' },
      },
      {
        name: 'beta',
        meaning: { en: 'F_β: how many times more recall counts than precision.', 'zh-cn': 'F_β 中召回率相对精确率的权重倍数。' },
        defaults: { sklearn: '1.0 (precision_recall_fscore_support); required (fbeta_score)' },
      },
    ],
    pitfalls: [
      {
        en: "sklearn's default average='binary' raises on multi-class labels (\"Target is multiclass but average='binary'\"). Choose 'macro' (every class equal), 'weighted' (by support) or 'micro' (pooled counts, equal to accuracy for single-label data) deliberately.",
        'zh-cn': "sklearn 默认 average='binary'，遇到多类别标签会报错（\"Target is multiclass but average='binary'\"）。要有意识地选择 'macro'（各类等权）、'weighted'（按样本数加权）或 'micro'（汇总计数，单标签数据上等于准确率）。",
      },
      {
        en: 'One threshold is one point on the trade-off: reporting P/R at 0.5 on imbalanced data can look poor or great by accident. Pick the threshold on validation data with precision_recall_curve and report it.',
        'zh-cn': '一个阈值只是权衡曲线上的一个点：在不平衡数据上用 0.5 报告 P/R，好坏可能纯属偶然。应在验证集上用 precision_recall_curve 选阈值，并一并报告。',
      },
      {
        en: "A class that is never predicted has precision 0/0: sklearn warns and returns 0, which drags the macro average down. Set zero_division explicitly and read classification_report per class.",
        'zh-cn': "从未被预测的类别精确率是 0/0：sklearn 会警告并返回 0，拉低 macro 平均。请显式设置 zero_division，并查看 classification_report 的逐类结果。",
      },
      {
        en: "Keras F1Score expects one-hot y_true of shape (batch, C) and returns one value per class by default (average=None); use average='macro' or 'micro' for a scalar you can monitor. Old Keras 1 precision/recall functions computed per batch, not over the epoch.",
        'zh-cn': "Keras 的 F1Score 要求 y_true 是 (batch, C) 的 one-hot，默认（average=None）返回每类一个值；需要可监控的标量时用 average='macro' 或 'micro'。旧版 Keras 1 的 precision/recall 函数是按 batch 计算的，并非整个 epoch。",
      },
    ],
    why: [
      {
        q: { en: 'Why a harmonic mean for F1?', 'zh-cn': '为什么 F1 用调和平均？' },
        a: {
          en: 'The harmonic mean is dominated by the smaller value. With P = 1 and R = 0.01 the arithmetic mean is 0.505, which rewards a useless system, while F1 ≈ 0.0198. Only balanced, high P and R give a high F1.',
          'zh-cn': '调和平均由较小的那个值主导。P = 1、R = 0.01 时算术平均是 0.505，会奖励一个没用的系统，而 F1 ≈ 0.0198。只有 P 和 R 都高且均衡时 F1 才高。',
        },
      },
      {
        q: { en: 'What do precision and recall tell you in RAG?', 'zh-cn': '在 RAG 中精确率和召回率分别说明什么？' },
        a: {
          en: 'Recall@k: did the retriever bring the needed documents into the context at all? The generator cannot use what was not retrieved. Precision@k: how much of the context is noise that distracts the model and costs tokens. Neither looks at the order inside the top k; MRR and nDCG do.',
          'zh-cn': 'Recall@k：检索器有没有把需要的文档放进上下文？没检索到的内容生成器用不上。Precision@k：上下文中有多少是干扰模型、浪费 token 的噪声。二者都不看前 k 个结果内部的顺序，而 MRR 和 nDCG 会看。',
        },
      },
    ],
    seeAlso: ['accuracy', 'mrr', 'ndcg', 'bce-with-logits-loss', 'logistic-regression'],
    docs: {
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html',
      keras: 'https://keras.io/api/metrics/classification_metrics/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/metrics/F1Score',
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/classification/f1_score.html',
    },
  },
  {
    id: 'mrr',
    family: 'metrics',
    title: { en: 'Mean reciprocal rank (MRR)', 'zh-cn': '平均倒数排名（MRR）' },
    summary: {
      en: 'For each query, find the rank of the first relevant result and score 1/rank (0 if no relevant result is retrieved); MRR is the mean over queries. 1 means the first hit is always at the top, 0.5 means it is typically second. Only the first relevant item counts and relevance is binary, so MRR suits tasks with one right answer: question answering, navigational search, RAG when one passage suffices. Example: first hits at ranks 1, 3 and none → (1 + 1/3 + 0)/3 ≈ 0.444.',
      'zh-cn': '对每个查询，找到第一个相关结果的排名，记 1/排名（若没检索到任何相关结果则记 0）；MRR 是所有查询的平均。1 表示第一个相关结果总在最前，0.5 表示它通常排第二。MRR 只看第一个相关项且相关性是二值的，适合只有一个正确答案的任务：问答、导航式搜索、只需一段文本的 RAG。例：三个查询的首个命中分别在第 1、第 3 和没有 → (1 + 1/3 + 0)/3 ≈ 0.444。',
    },
    formula: String.raw`\mathrm{MRR} = \frac{1}{\lvert Q\rvert}\sum_{q \in Q}\frac{1}{\mathrm{rank}_q}`,
    formulaText: 'MRR = (1/|Q|)·Σ_q 1/rank_q, rank_q = 1-based position of the first relevant result of query q (1/rank_q = 0 when none is retrieved or none within top_k)',
    shapes: {
      en: "torchmetrics RetrievalMRR: update(preds (N,) float scores, target (N,) bool/int relevance, indexes (N,) int64 query ids) — rows are grouped by indexes and sorted by preds within each query — then compute() → scalar averaged over queries. Functional retrieval_reciprocal_rank(preds, target) handles one query → scalar. Demo ranking-metrics: relevance (R) in ranked order; a value > 0 counts as relevant.",
      'zh-cn': "torchmetrics RetrievalMRR：update(preds (N,) 浮点分数, target (N,) bool/int 相关性, indexes (N,) int64 查询 id)——按 indexes 分组，在每个查询内按 preds 排序——再 compute() → 对所有查询取平均的标量。函数式 retrieval_reciprocal_rank(preds, target) 处理单个查询 → 标量。演示 ranking-metrics：relevance (R) 按排序给出，值 > 0 即为相关。",
    },
    params: [
      {
        name: 'top_k',
        meaning: { en: 'Only look at the k highest-scored results; a first hit below k counts as 0.', 'zh-cn': '只看分数最高的 k 个结果；首个命中排在 k 之后则记 0。' },
        defaults: { torchmetrics: 'None' },
      },
      {
        name: 'empty_target_action',
        meaning: { en: "What a query with no relevant document scores: 'neg' = 0, 'pos' = 1, 'skip' = excluded, 'error' = raise.", 'zh-cn': "没有相关文档的查询如何计分：'neg' 记 0，'pos' 记 1，'skip' 排除，'error' 报错。" },
        defaults: { torchmetrics: "'neg'" },
      },
      {
        name: 'aggregation',
        meaning: { en: 'How per-query scores are combined (mean, median, min, max).', 'zh-cn': '逐查询分数的聚合方式（均值、中位数、最小、最大）。' },
        defaults: { torchmetrics: "'mean'" },
      },
    ],
    pitfalls: [
      {
        en: 'torchmetrics retrieval metrics need indexes (the query id of each row). Giving every row the same index turns the whole batch into one giant query and the MRR becomes meaningless; build indexes from your query ids.',
        'zh-cn': 'torchmetrics 的检索指标需要 indexes（每一行所属的查询 id）。如果所有行都给同一个 index，整批数据就变成一个巨大的查询，MRR 失去意义；请根据查询 id 构造 indexes。',
      },
      {
        en: "empty_target_action='neg' counts queries without any relevant document as 0, which lowers MRR for reasons unrelated to ranking; 'skip' excludes them. Say which one you used when comparing numbers.",
        'zh-cn': "empty_target_action='neg' 会把没有任何相关文档的查询记为 0，使 MRR 因与排序无关的原因而下降；'skip' 会排除它们。比较数值时要说明用的是哪一种。",
      },
      {
        en: 'MRR ignores everything after the first hit: two retrievers with the same first hit but very different remaining lists score the same. When the generator needs several documents (multi-hop RAG), add recall@k or nDCG.',
        'zh-cn': 'MRR 忽略第一个命中之后的一切：首个命中相同、其余结果差别很大的两个检索器得分相同。当生成器需要多篇文档（多跳 RAG）时，应补充 recall@k 或 nDCG。',
      },
    ],
    why: [
      {
        q: { en: 'Why the reciprocal of the rank?', 'zh-cn': '为什么用排名的倒数？' },
        a: {
          en: 'It rewards the top positions strongly and the tail weakly: moving the first hit from rank 2 to 1 adds 0.5, from 10 to 9 only ≈ 0.011. That matches how users and LLM prompts attend mostly to the first few results.',
          'zh-cn': '它对靠前的位置奖励大、对靠后的位置奖励小：首个命中从第 2 名升到第 1 名加 0.5，从第 10 名升到第 9 名只加约 0.011。这与用户和 LLM 提示主要关注前几个结果的方式一致。',
        },
      },
      {
        q: { en: 'MRR or nDCG?', 'zh-cn': '用 MRR 还是 nDCG？' },
        a: {
          en: 'MRR: one relevant answer per query, binary relevance, only the first hit matters. nDCG: several relevant documents with graded relevance, and the whole ordering of the top k matters.',
          'zh-cn': 'MRR：每个查询一个相关答案、相关性为二值、只关心第一个命中。nDCG：有多个相关文档且相关性分等级，前 k 个结果的整体顺序都重要。',
        },
      },
    ],
    seeAlso: ['ndcg', 'precision-recall-f1', 'accuracy'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/retrieval/mrr.html',
    },
    demo: 'ranking-metrics',
  },
  {
    id: 'ndcg',
    family: 'metrics',
    title: { en: 'Normalized discounted cumulative gain (nDCG)', 'zh-cn': '归一化折损累计增益（nDCG）' },
    summary: {
      en: 'nDCG scores a ranking with graded relevance: each result contributes its gain divided by a log2 rank discount, DCG@k = Σ_{i≤k} gain_i / log2(i + 1), and dividing by the DCG of the ideal ordering (IDCG) gives a value in [0, 1] where 1 is the ideal ranking. Two gain conventions exist: linear gain rel_i, which sklearn\'s ndcg_score and torchmetrics use, and exponential gain 2^rel_i − 1 (Burges et al.; LightGBM\'s default label_gain). They agree for binary relevance and differ for graded labels. Example (linear): relevances (3, 2, 0, 1) in ranked order → DCG ≈ 4.693, IDCG of (3, 2, 1, 0) ≈ 4.762, nDCG ≈ 0.985.',
      'zh-cn': 'nDCG 用分级相关性给排序打分：每个结果贡献其增益除以 log2 的位置折损，DCG@k = Σ_{i≤k} gain_i / log2(i + 1)；再除以理想排序的 DCG（IDCG），得到 [0, 1] 之间的值，1 表示理想排序。增益有两种约定：线性增益 rel_i（sklearn 的 ndcg_score 与 torchmetrics 使用），以及指数增益 2^rel_i − 1（Burges 等人；LightGBM 默认的 label_gain）。二值相关性下两者一致，分级标签下不同。例（线性）：按排序的相关性 (3, 2, 0, 1) → DCG ≈ 4.693，理想顺序 (3, 2, 1, 0) 的 IDCG ≈ 4.762，nDCG ≈ 0.985。',
    },
    formula: String.raw`\mathrm{DCG@}k = \sum_{i=1}^{k}\frac{\mathrm{rel}_i}{\log_2(i+1)},\qquad \mathrm{nDCG@}k = \frac{\mathrm{DCG@}k}{\mathrm{IDCG@}k}\qquad \bigl(\text{exponential gain: } 2^{\mathrm{rel}_i} - 1 \text{ instead of } \mathrm{rel}_i\bigr)`,
    formulaText: 'DCG@k = Σ_{i=1..k} rel_i / log2(i + 1) (linear gain, as sklearn ndcg_score; exponential variant uses 2^rel_i − 1), nDCG@k = DCG@k / IDCG@k, IDCG = DCG of the relevances sorted descending; averaged over queries',
    shapes: {
      en: 'sklearn ndcg_score(y_true, y_score): true relevance and predicted scores, both (n_samples, n_labels) — one row per query — → float averaged over rows. torchmetrics RetrievalNormalizedDCG: update(preds (N,), target (N,) non-negative relevance, indexes (N,) query ids) → compute() scalar. Demo ranking-metrics: relevance (R) in ranked order and k → mrr, dcg, ndcg.',
      'zh-cn': 'sklearn ndcg_score(y_true, y_score)：真实相关性与预测分数，都是 (n_samples, n_labels)——每行一个查询——→ 对各行取平均的 float。torchmetrics RetrievalNormalizedDCG：update(preds (N,), target (N,) 非负相关性, indexes (N,) 查询 id) → compute() 标量。演示 ranking-metrics：按排序给出的 relevance (R) 与 k → mrr、dcg、ndcg。',
    },
    params: [
      {
        name: 'k',
        meaning: { en: 'Only the k highest-scored results count (nDCG@k); None = all.', 'zh-cn': '只计分数最高的 k 个结果（nDCG@k）；None 表示全部。' },
        defaults: { sklearn: 'None', torchmetrics: 'None (top_k)' },
      },
      {
        name: 'ignore_ties',
        meaning: { en: 'sklearn: True assumes no tied scores (faster); False averages the gains of tied items.', 'zh-cn': 'sklearn：True 表示假定分数没有并列（更快）；False 时并列项的增益取平均。' },
        defaults: { sklearn: 'False' },
      },
      {
        name: 'log_base',
        meaning: { en: 'Base of the discount logarithm (dcg_score only; ndcg_score uses 2).', 'zh-cn': '折损对数的底（仅 dcg_score；ndcg_score 固定为 2）。' },
        defaults: { sklearn: '2 (dcg_score)' },
      },
      {
        name: 'empty_target_action',
        meaning: { en: "torchmetrics: score of a query with no relevant document ('neg' = 0).", 'zh-cn': "torchmetrics：没有相关文档的查询如何计分（'neg' 记 0）。" },
        defaults: { torchmetrics: "'neg'" },
      },
    ],
    pitfalls: [
      {
        en: 'sklearn ndcg_score needs 2-D arrays: for one query call ndcg_score([true_rel], [scores]); 1-D input raises an error. y_score are scores where higher means better — passing rank positions (1 = best) inverts the ranking.',
        'zh-cn': 'sklearn 的 ndcg_score 需要二维数组：单个查询要写成 ndcg_score([true_rel], [scores])；一维输入会报错。y_score 是越大越好的分数——传入名次（1 = 最好）会把排序颠倒。',
      },
      {
        en: 'Gain conventions differ: sklearn and torchmetrics use linear gains, LightGBM\'s lambdarank defaults to 2^rel − 1. For graded relevance the numbers are not comparable across libraries; state the convention (on the example above the exponential version gives ≈ 0.993 instead of ≈ 0.985).',
        'zh-cn': '增益约定不同：sklearn 与 torchmetrics 用线性增益，LightGBM 的 lambdarank 默认用 2^rel − 1。分级相关性下，不同库的数值不可比；要注明约定（上面的例子用指数增益得到约 0.993，而不是约 0.985）。',
      },
      {
        en: 'Queries without any relevant document have IDCG = 0: sklearn scores them 0 and torchmetrics (empty_target_action=\'neg\') too, which pulls the average down. Filter them or use \'skip\', and say so. Negative relevance values can push sklearn\'s score outside [0, 1].',
        'zh-cn': '没有任何相关文档的查询 IDCG = 0：sklearn 把它们记为 0，torchmetrics（empty_target_action=\'neg\'）也一样，会拉低平均值。应过滤掉它们或使用 \'skip\'，并加以说明。相关性为负值时 sklearn 的得分可能超出 [0, 1]。',
      },
    ],
    why: [
      {
        q: { en: 'Why a log2 rank discount?', 'zh-cn': '为什么用 log2 的位置折损？' },
        a: {
          en: 'Attention fades with rank but not abruptly: weights 1/log2(i + 1) are 1, 0.63, 0.5 for ranks 1–3 and still 0.29 at rank 10. A relevant document low in the list still counts, just less, unlike a hard top-k cut.',
          'zh-cn': '注意力随排名下降，但不是骤降：1/log2(i + 1) 在第 1–3 名分别为 1、0.63、0.5，到第 10 名仍有 0.29。排在后面的相关文档依然计分，只是权重更小，不像硬性的 top-k 截断。',
        },
      },
      {
        q: { en: 'Why normalise by the ideal DCG?', 'zh-cn': '为什么要除以理想 DCG？' },
        a: {
          en: 'Raw DCG grows with how many relevant documents a query has and how high their grades are, so queries are not comparable. Dividing by the best achievable DCG for that query makes 1 mean "as good as this query allows" and lets you average across queries.',
          'zh-cn': '原始 DCG 会随查询的相关文档数量和等级增大，不同查询之间无法比较。除以该查询可达到的最佳 DCG 后，1 表示"达到了该查询的上限"，也就可以跨查询取平均。',
        },
      },
    ],
    seeAlso: ['mrr', 'precision-recall-f1', 'gradient-boosting'],
    docs: {
      sklearn: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.ndcg_score.html',
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/retrieval/normalized_dcg.html',
    },
    demo: 'ranking-metrics',
  },
  {
    id: 'fid',
    family: 'metrics',
    title: { en: 'Fréchet Inception Distance (FID)', 'zh-cn': 'Fréchet Inception 距离（FID）' },
    summary: {
      en: 'FID compares the distribution of generated images with that of real images, not image pairs. Both sets go through Inception-v3 (2048-d pool features by default), a Gaussian (mean μ, covariance Σ) is fitted to each set, and FID is the Fréchet distance between the two Gaussians. Lower is better and 0 means identical statistics. Because the covariance captures spread, it penalises both poor quality and low diversity such as mode collapse; it is the standard metric for GANs and diffusion models.',
      'zh-cn': 'FID 比较的是生成图像与真实图像的分布，而不是一对对图像。两组图像都经过 Inception-v3（默认取 2048 维池化特征），分别拟合一个高斯分布（均值 μ、协方差 Σ），FID 就是这两个高斯之间的 Fréchet 距离。越低越好，0 表示统计量完全相同。协方差刻画了分布的散布，所以质量差和多样性不足（如模式坍缩）都会被惩罚；它是 GAN 和扩散模型的标准指标。',
    },
    formula: String.raw`\mathrm{FID} = \lVert \mu_r - \mu_g \rVert_2^2 + \mathrm{Tr}\!\left(\Sigma_r + \Sigma_g - 2\left(\Sigma_r \Sigma_g\right)^{1/2}\right)`,
    formulaText: 'FID = ‖μ_r − μ_g‖² + Tr(Σ_r + Σ_g − 2·(Σ_r·Σ_g)^½)   (μ, Σ = mean and covariance of Inception features over the real (r) and generated (g) sets)',
    shapes: {
      en: 'torchmetrics FrechetInceptionDistance: update(imgs (N, 3, H, W), real=True) for real images and real=False for generated ones; uint8 in [0, 255] by default (float in [0, 1] with normalize=True), resized to 299×299 → compute() scalar. You need at least as many images as feature dimensions for a full-rank covariance (2048); 10k–50k per set is standard.',
      'zh-cn': 'torchmetrics FrechetInceptionDistance：真实图像用 update(imgs (N, 3, H, W), real=True)，生成图像用 real=False；默认为 [0, 255] 的 uint8（normalize=True 时为 [0, 1] 的 float），会缩放到 299×299 → compute() 标量。协方差满秩至少需要与特征维数（2048）一样多的图像；每组 1 万到 5 万张是常见做法。',
    },
    params: [
      {
        name: 'feature',
        meaning: { en: 'Inception layer to use (64, 192, 768 or 2048 features) or a custom nn.Module extractor.', 'zh-cn': '使用的 Inception 层（64、192、768 或 2048 维特征），或自定义的 nn.Module 特征提取器。' },
        defaults: { torchmetrics: '2048' },
      },
      {
        name: 'normalize',
        meaning: { en: 'False: images are uint8 in [0, 255]; True: float in [0, 1].', 'zh-cn': 'False：图像为 [0, 255] 的 uint8；True：为 [0, 1] 的 float。' },
        defaults: { torchmetrics: 'False' },
      },
      {
        name: 'reset_real_features',
        meaning: { en: 'Whether reset() also clears the accumulated real-image statistics (False keeps them cached).', 'zh-cn': 'reset() 时是否同时清除已累计的真实图像统计量（False 则保留缓存）。' },
        defaults: { torchmetrics: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Small samples bias FID upward, and with fewer images than feature dimensions the covariance is singular. Compare models only at the same number of images (commonly 50k generated against the training set).',
        'zh-cn': '样本少会让 FID 偏高；图像数少于特征维数时协方差是奇异的。只能在相同图像数量下比较模型（常见做法是 5 万张生成图对比训练集）。',
      },
      {
        en: 'Implementations differ: the original TF code, pytorch-fid, torchmetrics and clean-fid resize and quantise differently, and the resulting FIDs can differ by several points. Do not compare your number with a paper\'s unless the implementation matches.',
        'zh-cn': '实现之间存在差异：原始 TF 代码、pytorch-fid、torchmetrics 和 clean-fid 的缩放与量化方式不同，得到的 FID 可能相差好几个点。除非实现一致，不要把自己的数值直接和论文比较。',
      },
      {
        en: 'Input range: with normalize=False torchmetrics expects uint8 images in [0, 255]; pass float images in [0, 1] with normalize=True, and never images normalised with ImageNet mean/std.',
        'zh-cn': '输入范围：normalize=False 时 torchmetrics 期望 [0, 255] 的 uint8 图像；[0, 1] 的 float 图像要配合 normalize=True，也不要传入用 ImageNet 均值/方差标准化过的图像。',
      },
    ],
    why: [
      {
        q: { en: 'Why compare feature distributions instead of pixels?', 'zh-cn': '为什么比较特征分布而不是像素？' },
        a: {
          en: 'A generator has no single target image to match; it should produce a set that looks like the real set. Inception features encode semantic content rather than exact pixels, and the Gaussian statistics capture both where samples lie (mean) and how varied they are (covariance), so FID follows perceived quality better than pixel metrics.',
          'zh-cn': '生成器没有某一张要逐像素匹配的目标图，它要生成一组看起来像真实数据的图像。Inception 特征编码的是语义内容而非具体像素，高斯统计量同时刻画了样本的位置（均值）和多样性（协方差），所以 FID 比像素指标更贴近感知质量。',
        },
      },
      {
        q: { en: 'How does mode collapse show up in FID?', 'zh-cn': '模式坍缩在 FID 上如何体现？' },
        a: {
          en: 'Generated features cluster in a few places, so Σ_g shrinks and the trace term Tr(Σ_r + Σ_g − 2(Σ_rΣ_g)^½) grows even if each image looks fine; FID rises. The Inception Score cannot see this within a class.',
          'zh-cn': '生成特征聚集在少数几处，Σ_g 变小，即使每张图看起来都不错，迹项 Tr(Σ_r + Σ_g − 2(Σ_rΣ_g)^½) 也会变大，FID 随之上升。Inception Score 无法发现类别内部的这种问题。',
        },
      },
    ],
    seeAlso: ['inception-score', 'gan', 'diffusion-pipeline', 'psnr', 'ssim'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/image/frechet_inception_distance.html',
    },
  },
  {
    id: 'psnr',
    family: 'metrics',
    title: { en: 'Peak signal-to-noise ratio (PSNR)', 'zh-cn': '峰值信噪比（PSNR）' },
    summary: {
      en: 'PSNR = 10·log10(MAX²/MSE) in decibels, where MAX is the data range (255 for uint8, 1.0 for images in [0, 1]). It measures pixel fidelity to a reference: higher means closer, identical images give ∞, and 8-bit lossy images typically score 30–50 dB. Every pixel error counts independently and equally, so PSNR is blind to perception: a blurry image can score high while a sharp one that is shifted by a pixel scores low.',
      'zh-cn': 'PSNR = 10·log10(MAX²/MSE)，单位为分贝，MAX 是数据范围（uint8 为 255，[0, 1] 图像为 1.0）。它衡量与参考图的像素保真度：越高越接近，完全相同时为 ∞，8 位有损图像通常在 30–50 dB。每个像素误差独立且等权地计入，所以 PSNR 看不到人的感知：模糊的图像可能得分很高，而清晰但偏移一个像素的图像得分很低。',
    },
    formula: String.raw`\mathrm{PSNR} = 10\,\log_{10}\frac{\mathrm{MAX}^2}{\mathrm{MSE}},\qquad \mathrm{MSE} = \frac{1}{CHW}\sum_{c,h,w}\bigl(I_{c,h,w} - K_{c,h,w}\bigr)^2`,
    formulaText: 'PSNR = 10·log10(MAX²/MSE) dB, MSE = mean over all pixels and channels of (I − K)², MAX = data range (255 or 1.0)',
    shapes: {
      en: 'torchmetrics PeakSignalNoiseRatio(data_range=…): preds, target (N, C, H, W) → scalar; with dim=None one PSNR from the MSE pooled over the whole batch, with dim=(1, 2, 3) one per image, then reduced. tf.image.psnr(a, b, max_val): channels-last (…, H, W, C) → one value per image. keras.ops.psnr(x1, x2, max_val) → scalar. Demo psnr-ssim: a, b (H, W) and max_value → psnr, ssim.',
      'zh-cn': 'torchmetrics PeakSignalNoiseRatio(data_range=…)：preds、target (N, C, H, W) → 标量；dim=None 时用整批汇总后的 MSE 算一个 PSNR，dim=(1, 2, 3) 时每张图一个再归约。tf.image.psnr(a, b, max_val)：通道在后 (…, H, W, C) → 每张图一个值。keras.ops.psnr(x1, x2, max_val) → 标量。演示 psnr-ssim：a、b (H, W) 与 max_value → psnr、ssim。',
    },
    params: [
      {
        name: 'data_range',
        meaning: { en: 'MAX, the value range of the images (1.0 or 255); a tuple (min, max) also clamps the inputs.', 'zh-cn': 'MAX，即图像取值范围（1.0 或 255）；传入元组 (min, max) 时还会截断输入。' },
        defaults: { torchmetrics: 'required', tensorflow: 'required (max_val)', keras: 'required (max_val)' },
      },
      {
        name: 'dim',
        meaning: { en: 'Dimensions to compute PSNR over; None pools the whole batch into one MSE.', 'zh-cn': '在哪些维度上计算 PSNR；None 表示把整批汇总成一个 MSE。' },
        defaults: { torchmetrics: 'None' },
      },
      {
        name: 'base',
        meaning: { en: 'Base of the logarithm.', 'zh-cn': '对数的底。' },
        defaults: { torchmetrics: '10.0' },
      },
      {
        name: 'reduction',
        meaning: { en: 'How per-image scores are combined when dim is set.', 'zh-cn': '设置 dim 时逐图分数的归约方式。' },
        defaults: { torchmetrics: "'elementwise_mean'" },
      },
    ],
    pitfalls: [
      {
        en: 'Wrong data range: images in [0, 1] evaluated with MAX = 255 gain 20·log10(255) ≈ 48.1 dB; images in [0, 255] with MAX = 1 lose it. Set data_range / max_val to the actual range of your tensors.',
        'zh-cn': '数据范围错误：[0, 1] 的图像按 MAX = 255 计算会凭空多出 20·log10(255) ≈ 48.1 dB；[0, 255] 的图像按 MAX = 1 计算则少这么多。请把 data_range / max_val 设为张量的真实范围。',
      },
      {
        en: 'Aggregation: torchmetrics with dim=None computes one PSNR from the MSE pooled over the batch, while papers usually average per-image PSNR — the log of an average is not the average of logs. Pass dim=(1, 2, 3) for per-image values.',
        'zh-cn': '聚合方式：torchmetrics 在 dim=None 时用整批汇总的 MSE 算一个 PSNR，而论文通常是逐图 PSNR 再取平均——平均后取对数不等于取对数后平均。需要逐图值时传 dim=(1, 2, 3)。',
      },
      {
        en: 'Super-resolution papers often report PSNR on the Y channel of YCbCr with the borders cropped; RGB PSNR on the full image gives different numbers. Identical images give MSE = 0 and PSNR = ∞, which breaks an average.',
        'zh-cn': '超分辨率论文常在 YCbCr 的 Y 通道上、裁掉边界后报告 PSNR；在整幅 RGB 图上算的结果不同。完全相同的图像 MSE = 0、PSNR = ∞，会破坏平均值。',
      },
    ],
    why: [
      {
        q: { en: 'Why is PSNR blind to what people see, and what does SSIM add?', 'zh-cn': '为什么 PSNR 看不到人眼感受，SSIM 又补充了什么？' },
        a: {
          en: 'PSNR is only a log of the MSE, which treats each pixel independently and equally. The same MSE can come from a uniform brightness shift (barely visible), from noise, from blur that erases texture, or from a one-pixel shift that looks identical. Vision is tuned to local structure — edges, textures — and adapts to brightness and contrast. SSIM compares local luminance, contrast and structure in sliding windows, so it punishes blur and structural damage more and a uniform brightness change less. Models trained to maximise PSNR (i.e. minimise MSE) tend to produce blurry averages.',
          'zh-cn': 'PSNR 只是 MSE 取对数，而 MSE 把每个像素独立、等权地对待。同样的 MSE 可能来自整体亮度偏移（几乎看不出），来自噪声，来自抹掉纹理的模糊，或来自看起来完全一样的一个像素平移。人眼对局部结构——边缘、纹理——敏感，对亮度和对比度的变化会自适应。SSIM 在滑动窗口中比较局部的亮度、对比度和结构，因此对模糊和结构破坏惩罚更重，对整体亮度变化惩罚更轻。以最大化 PSNR（即最小化 MSE）为目标训练的模型往往输出模糊的"平均图"。',
        },
      },
      {
        q: { en: 'Why a logarithmic (dB) scale?', 'zh-cn': '为什么用对数（dB）刻度？' },
        a: {
          en: 'Errors span orders of magnitude; the log turns ratios into differences. Halving the MSE adds 10·log10(2) ≈ 3.01 dB whatever the starting quality.',
          'zh-cn': '误差跨越多个数量级，取对数把比值变成差值。无论起点质量如何，MSE 减半都增加 10·log10(2) ≈ 3.01 dB。',
        },
      },
    ],
    seeAlso: ['ssim', 'mse-loss', 'fid', 'unet'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/image/peak_signal_noise_ratio.html',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/image/psnr',
      keras: 'https://keras.io/api/ops/nn/#psnr-function',
    },
    demo: 'psnr-ssim',
  },
  {
    id: 'ssim',
    family: 'metrics',
    title: { en: 'Structural similarity index (SSIM)', 'zh-cn': '结构相似性指数（SSIM）' },
    summary: {
      en: 'SSIM compares two images window by window on luminance (local means), contrast (local standard deviations) and structure (correlation of the mean-removed patches), multiplies the three terms and averages the map over the image. The standard setting from Wang et al. (2004) is an 11×11 Gaussian window with σ = 1.5, K1 = 0.01, K2 = 0.03 and C1 = (K1·L)², C2 = (K2·L)² for data range L. The result lies in [−1, 1]; 1 means identical and higher is better. It reacts to blur and structural distortion that PSNR underweights and tolerates uniform brightness changes better.',
      'zh-cn': 'SSIM 在一个个窗口内比较两幅图像的亮度（局部均值）、对比度（局部标准差）和结构（去均值后图块的相关性），把三项相乘，再对整幅图的 SSIM 图取平均。Wang 等人（2004）的标准设置是 11×11 高斯窗、σ = 1.5、K1 = 0.01、K2 = 0.03，对数据范围 L 取 C1 = (K1·L)²、C2 = (K2·L)²。结果在 [−1, 1] 之间，1 表示相同，越高越好。它对 PSNR 低估的模糊和结构失真更敏感，对整体亮度变化更宽容。',
    },
    formula: String.raw`\mathrm{SSIM}(x,y) = \frac{(2\mu_x\mu_y + C_1)(2\sigma_{xy} + C_2)}{(\mu_x^2 + \mu_y^2 + C_1)(\sigma_x^2 + \sigma_y^2 + C_2)},\qquad C_1 = (K_1 L)^2,\ C_2 = (K_2 L)^2`,
    formulaText: 'SSIM = ((2μxμy + C1)(2σxy + C2)) / ((μx² + μy² + C1)(σx² + σy² + C2)), C1 = (K1·L)², C2 = (K2·L)²; μ, σ from an 11×11 Gaussian window (σ = 1.5), K1 = 0.01, K2 = 0.03; mean over all windows',
    shapes: {
      en: "torchmetrics StructuralSimilarityIndexMeasure: preds, target (N, C, H, W) → scalar (reduction='elementwise_mean') or (N,) with reduction='none'. tf.image.ssim(img1, img2, max_val): channels-last (…, H, W, C), at least 11×11 → one value per image. keras.ops.image.ssim(image1, image2): 3-D or 4-D, channels_last unless data_format says otherwise. Demo psnr-ssim: a, b (H, W) and max_value.",
      'zh-cn': "torchmetrics StructuralSimilarityIndexMeasure：preds、target (N, C, H, W) → 标量（reduction='elementwise_mean'），reduction='none' 时为 (N,)。tf.image.ssim(img1, img2, max_val)：通道在后 (…, H, W, C)，至少 11×11 → 每张图一个值。keras.ops.image.ssim(image1, image2)：三维或四维，除非 data_format 另行指定，否则通道在后。演示 psnr-ssim：a、b (H, W) 与 max_value。",
    },
    params: [
      {
        name: 'data_range',
        meaning: { en: 'L, the value range of the images; it sets C1 and C2.', 'zh-cn': 'L，图像的取值范围；决定 C1 与 C2。' },
        defaults: { torchmetrics: 'None (inferred from the data)', tensorflow: 'required (max_val)', keras: '1.0 (max_val)' },
      },
      {
        name: 'kernel_size',
        meaning: { en: 'Window size.', 'zh-cn': '窗口大小。' },
        defaults: { torchmetrics: '11', tensorflow: '11 (filter_size)', keras: '11 (filter_size)' },
      },
      {
        name: 'sigma',
        meaning: { en: 'Standard deviation of the Gaussian window.', 'zh-cn': '高斯窗的标准差。' },
        defaults: { torchmetrics: '1.5', tensorflow: '1.5 (filter_sigma)', keras: '1.5 (filter_sigma)' },
      },
      {
        name: 'k1',
        meaning: { en: 'Constant for C1 = (k1·L)², stabilising the luminance term.', 'zh-cn': 'C1 = (k1·L)² 的常数，稳定亮度项。' },
        defaults: { torchmetrics: '0.01', tensorflow: '0.01', keras: '0.01' },
      },
      {
        name: 'k2',
        meaning: { en: 'Constant for C2 = (k2·L)², stabilising the contrast/structure term.', 'zh-cn': 'C2 = (k2·L)² 的常数，稳定对比度/结构项。' },
        defaults: { torchmetrics: '0.03', tensorflow: '0.03', keras: '0.03' },
      },
      {
        name: 'gaussian_kernel',
        meaning: { en: 'torchmetrics: Gaussian window (True) or uniform window (False).', 'zh-cn': 'torchmetrics：使用高斯窗（True）还是均匀窗（False）。' },
        defaults: { torchmetrics: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'data_range: torchmetrics infers it from the data when data_range=None, so a dark or low-contrast batch changes C1, C2 and the score. Pass data_range=1.0 or 255; skimage.metrics.structural_similarity on float images needs data_range too.',
        'zh-cn': 'data_range：torchmetrics 在 data_range=None 时从数据中推断范围，较暗或低对比度的 batch 会改变 C1、C2 以及得分。请传 data_range=1.0 或 255；skimage.metrics.structural_similarity 处理 float 图像时同样需要 data_range。',
      },
      {
        en: 'Implementations differ: skimage defaults to a 7×7 uniform window with sample covariance; to match Wang et al. set gaussian_weights=True, sigma=1.5, use_sample_covariance=False and data_range. torchmetrics and tf.image.ssim already use the 11×11 Gaussian with σ = 1.5. Numbers from different settings are not comparable.',
        'zh-cn': '实现之间有差异：skimage 默认用 7×7 均匀窗和样本协方差；要与 Wang 等人一致，需设置 gaussian_weights=True、sigma=1.5、use_sample_covariance=False 并给出 data_range。torchmetrics 和 tf.image.ssim 已默认使用 σ = 1.5 的 11×11 高斯窗。不同设置下的数值不可比。',
      },
      {
        en: 'Layout and colour: tf.image.ssim is channels-last and torchmetrics NCHW — NHWC passed to torchmetrics treats W as channels. SSIM is defined on grayscale; these functions average over RGB channels without converting, so RGB and Y-channel SSIM differ. tf.image.ssim needs images of at least 11×11.',
        'zh-cn': '布局与颜色：tf.image.ssim 是通道在后，torchmetrics 是 NCHW——把 NHWC 传给 torchmetrics 会把 W 当成通道。SSIM 本是为灰度图定义的；这些函数不做颜色转换而是对 RGB 各通道取平均，所以 RGB 与 Y 通道的 SSIM 不同。tf.image.ssim 要求图像至少 11×11。',
      },
    ],
    why: [
      {
        q: { en: 'Why is PSNR blind to what people see, and what does SSIM add?', 'zh-cn': '为什么 PSNR 看不到人眼感受，SSIM 又补充了什么？' },
        a: {
          en: 'PSNR depends only on the mean squared pixel error, so it cannot tell a harmless brightness shift from blur that destroys texture. SSIM normalises each window by its own mean and contrast and then measures how well the patterns correlate: a uniform brightness change mostly affects the luminance term, while blur lowers local contrast and correlation and is penalised. It measures loss of structural information, which human vision is tuned to.',
          'zh-cn': 'PSNR 只取决于像素均方误差，分不清无害的亮度偏移和毁掉纹理的模糊。SSIM 先用每个窗口自己的均值和对比度做归一化，再衡量图案的相关程度：整体亮度变化主要只影响亮度项，而模糊会降低局部对比度和相关性，因而受到惩罚。它衡量的是结构信息的损失，这正是人眼最敏感的部分。',
        },
      },
      {
        q: { en: 'Why the constants C1 and C2?', 'zh-cn': '为什么需要常数 C1 和 C2？' },
        a: {
          en: 'In flat or dark regions the means and variances are near 0 and the ratios would divide by almost nothing. C1 = (K1·L)² and C2 = (K2·L)² keep them stable, and because they scale with the data range L, L must be set correctly.',
          'zh-cn': '在平坦或很暗的区域，均值和方差接近 0，比值几乎是除以 0。C1 = (K1·L)² 与 C2 = (K2·L)² 让它们保持稳定；又因为它们随数据范围 L 缩放，所以 L 必须设对。',
        },
      },
    ],
    seeAlso: ['psnr', 'fid', 'mse-loss', 'unet'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/image/structural_similarity.html',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/image/ssim',
    },
    demo: 'psnr-ssim',
  },
  {
    id: 'inception-score',
    family: 'metrics',
    title: { en: 'Inception Score (IS)', 'zh-cn': 'Inception 分数（IS）' },
    summary: {
      en: 'IS runs generated images through an Inception-v3 classifier. It is high when each image gets a confident class posterior p(y|x) (low entropy: recognisable, realistic) and the classes across images are varied (high-entropy marginal p(y): diverse). IS = exp(E_x KL(p(y|x) ‖ p(y))) ranges from 1 to the number of classes (1000); higher is better. It is computed over splits (10 by default) and reported as mean ± std. It uses no real images, which is its main weakness.',
      'zh-cn': 'IS 把生成图像送入 Inception-v3 分类器。当每张图的类别后验 p(y|x) 很确定（熵低：可辨认、逼真），且不同图像的类别分布多样（边缘分布 p(y) 熵高：多样）时，它就高。IS = exp(E_x KL(p(y|x) ‖ p(y)))，取值从 1 到类别数（1000），越高越好。它在若干份（默认 10 份）上计算，报告均值 ± 标准差。它完全不使用真实图像，这是它的主要弱点。',
    },
    formula: String.raw`\mathrm{IS} = \exp\!\Big(\mathbb{E}_{x\sim p_g}\, D_{\mathrm{KL}}\big(p(y\mid x)\,\big\|\,p(y)\big)\Big),\qquad p(y) = \mathbb{E}_{x\sim p_g}\,p(y\mid x)`,
    formulaText: 'IS = exp(E_x KL(p(y|x) ‖ p(y))), p(y) = mean of p(y|x) over the generated images; computed per split, reported as mean ± std over splits',
    shapes: {
      en: 'torchmetrics InceptionScore: update(imgs (N, 3, H, W)) with uint8 in [0, 255] (float in [0, 1] with normalize=True), resized to 299×299 → compute() returns (mean, std) over the splits.',
      'zh-cn': 'torchmetrics InceptionScore：update(imgs (N, 3, H, W))，输入为 [0, 255] 的 uint8（normalize=True 时为 [0, 1] 的 float），缩放到 299×299 → compute() 返回各份上的 (均值, 标准差)。',
    },
    params: [
      {
        name: 'feature',
        meaning: { en: 'Which Inception output gives the class posteriors (or a custom nn.Module).', 'zh-cn': '用 Inception 的哪个输出作为类别后验（或自定义 nn.Module）。' },
        defaults: { torchmetrics: "'logits_unbiased'" },
      },
      {
        name: 'splits',
        meaning: { en: 'Number of random splits the score is computed on (mean ± std reported).', 'zh-cn': '把样本随机分成几份分别计算（报告均值 ± 标准差）。' },
        defaults: { torchmetrics: '10' },
      },
      {
        name: 'normalize',
        meaning: { en: 'False: uint8 images in [0, 255]; True: float in [0, 1].', 'zh-cn': 'False：[0, 255] 的 uint8 图像；True：[0, 1] 的 float。' },
        defaults: { torchmetrics: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'No real data in the formula: IS cannot tell whether images look like your dataset, and a generator that outputs one sharp image per ImageNet class scores near the maximum while ignoring diversity within each class. Report FID alongside it.',
        'zh-cn': '公式里没有真实数据：IS 无法判断图像是否像你的数据集；一个为每个 ImageNet 类别只输出一张清晰图像的生成器，尽管类内毫无多样性，也能得到接近满分的成绩。应同时报告 FID。',
      },
      {
        en: 'Only meaningful for ImageNet-like content: on faces, medical or satellite images the Inception posteriors are arbitrary and IS says little. Compare IS only within the same domain and setup.',
        'zh-cn': '只对类 ImageNet 内容有意义：在人脸、医学或卫星图像上，Inception 的后验分布是任意的，IS 说明不了什么。只在同一领域、同一设置下比较 IS。',
      },
      {
        en: 'The value depends on the number of images, splits, Inception weights and resizing; report N (commonly 50k) and splits = 10, and do not compare across implementations.',
        'zh-cn': '数值取决于图像数量、划分份数、Inception 权重和缩放方式；要报告 N（常用 5 万）和 splits = 10，不要跨实现比较。',
      },
    ],
    why: [
      {
        q: { en: 'Why does IS reward confident predictions and varied classes?', 'zh-cn': '为什么 IS 同时奖励预测确定和类别多样？' },
        a: {
          en: 'KL(p(y|x) ‖ p(y)) is large when each conditional is peaked and different from the average distribution. Its expectation is the mutual information between image and label, H(y) − H(y|x): high H(y) means diversity, low H(y|x) means each image is clearly one thing. Taking exp maps it to between 1 and the number of classes.',
          'zh-cn': '当每个条件分布都很尖锐且与平均分布不同时，KL(p(y|x) ‖ p(y)) 就大。它的期望是图像与标签之间的互信息 H(y) − H(y|x)：H(y) 高表示多样，H(y|x) 低表示每张图都明确属于某一类。取 exp 后取值落在 1 到类别数之间。',
        },
      },
      {
        q: { en: 'Why has FID largely replaced IS?', 'zh-cn': '为什么 FID 大体上取代了 IS？' },
        a: {
          en: 'FID compares generated features with real ones, so it notices when images do not match the target data and when diversity within a class collapses; IS sees neither.',
          'zh-cn': 'FID 把生成特征和真实特征作比较，能发现图像与目标数据不符，也能发现类内多样性坍缩；IS 两者都看不到。',
        },
      },
    ],
    seeAlso: ['fid', 'kl-div-loss', 'gan', 'softmax'],
    docs: {
      torchmetrics: 'https://lightning.ai/docs/torchmetrics/stable/image/inception_score.html',
    },
  },
];
