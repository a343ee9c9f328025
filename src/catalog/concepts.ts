/**
 * Layer 1: every concept id ML Lens knows, grouped by family (ids from CONCEPTS.md; stable — detection
 * output, cards, demos and tests use them). Cards and the API symbol table refer to these ids.
 */
import type { LocalText } from './text';

export interface Family {
  id: string;
  title: LocalText;
  concepts: readonly string[];
}

export const FAMILIES: readonly Family[] = [
  {
    id: 'optimizers',
    title: { en: 'Optimizers', 'zh-cn': '优化器' },
    concepts: ['sgd', 'sgd-momentum', 'adam', 'adamw', 'adamax', 'nadam', 'radam', 'rmsprop', 'adagrad', 'adadelta', 'adafactor', 'lamb', 'lion', 'lbfgs', 'lr-scheduler', 'weight-decay', 'gradient-clipping', 'mixed-precision', 'zero-sharding'],
  },
  { id: 'regularization', title: { en: 'Regularization', 'zh-cn': '正则化' }, concepts: ['dropout', 'l1-regularization', 'l2-regularization', 'early-stopping'] },
  { id: 'normalization', title: { en: 'Normalization', 'zh-cn': '归一化' }, concepts: ['batch-norm', 'layer-norm', 'group-norm', 'instance-norm', 'rms-norm'] },
  { id: 'activations', title: { en: 'Activations', 'zh-cn': '激活函数' }, concepts: ['relu', 'leaky-relu', 'gelu', 'sigmoid', 'tanh', 'softmax', 'log-softmax', 'silu'] },
  {
    id: 'losses',
    title: { en: 'Losses', 'zh-cn': '损失函数' },
    concepts: ['mse-loss', 'l1-loss', 'huber-loss', 'smooth-l1-loss', 'bce-loss', 'bce-with-logits-loss', 'cross-entropy-loss', 'nll-loss', 'kl-div-loss', 'contrastive-loss'],
  },
  {
    id: 'layers',
    title: { en: 'Layers', 'zh-cn': '网络层' },
    concepts: ['linear', 'mlp', 'conv', 'conv1d', 'conv2d', 'conv3d', 'conv-transpose', 'max-pool', 'avg-pool', 'adaptive-avg-pool', 'global-avg-pool', 'global-max-pool', 'embedding', 'rnn', 'lstm', 'gru', 'residual', 'matmul'],
  },
  {
    id: 'attention',
    title: { en: 'Attention and language models', 'zh-cn': '注意力与语言模型' },
    concepts: ['attention', 'scaled-dot-product-attention', 'multi-head-attention', 'causal-mask', 'cross-attention', 'positional-encoding', 'transformer', 'tokenizer', 'bpe', 'wordpiece', 'word2vec', 'bert', 'gpt', 't5', 'roberta', 'perplexity'],
  },
  { id: 'fine-tuning', title: { en: 'Fine-tuning', 'zh-cn': '微调' }, concepts: ['lora', 'peft-adapter'] },
  {
    id: 'vision',
    title: { en: 'Vision and generative models', 'zh-cn': '视觉与生成模型' },
    concepts: ['resnet', 'unet', 'patchgan', 'swin-transformer', 'clip', 'vae', 'diffusion-pipeline', 'noise-scheduler', 'gan'],
  },
  { id: 'metrics', title: { en: 'Metrics', 'zh-cn': '评价指标' }, concepts: ['accuracy', 'precision-recall-f1', 'mrr', 'ndcg', 'fid', 'psnr', 'ssim', 'inception-score'] },
  {
    id: 'classical-ml',
    title: { en: 'Classical ML', 'zh-cn': '经典机器学习' },
    concepts: ['linear-regression', 'ridge-regression', 'lasso-regression', 'elastic-net', 'logistic-regression', 'svm', 'knn', 'decision-tree', 'random-forest', 'extra-trees', 'naive-bayes', 'kmeans', 'dbscan', 'pca', 'gradient-boosting', 'adaboost', 'gaussian-process', 'discriminant-analysis', 'feature-scaling', 'cross-validation', 'train-test-split'],
  },
  { id: 'systems', title: { en: 'Systems', 'zh-cn': '系统' }, concepts: ['cuda-kernel', 'asyncio-coroutine'] },
];

const FAMILY_OF = new Map<string, Family>(FAMILIES.flatMap((f) => f.concepts.map((c) => [c, f] as const)));

export const CONCEPT_IDS: readonly string[] = FAMILIES.flatMap((f) => f.concepts);

export function isConceptId(id: string): boolean {
  return FAMILY_OF.has(id);
}

export function familyOf(id: string): Family | undefined {
  return FAMILY_OF.get(id);
}
