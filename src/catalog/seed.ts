/**
 * The seed topics: the concepts the user's own notes cover (CONCEPTS.md, seed-notes.md), in the order the
 * notes take them. The explorer lists them first within each family; their cards carry the notes' facts.
 */
export const SEED_CONCEPTS: readonly string[] = [
  // Overfitting and its remedies
  'dropout', 'batch-norm', 'l1-regularization', 'l2-regularization', 'weight-decay', 'early-stopping',
  // ZeRO and mixed precision
  'zero-sharding', 'mixed-precision',
  // Activations
  'leaky-relu', 'relu', 'gelu', 'sigmoid', 'softmax',
  // Backpropagation by hand
  'matmul', 'conv2d', 'conv',
  // Fine-tuning
  'lora',
  // Normalization on NCHW
  'layer-norm', 'group-norm', 'instance-norm',
  // Optimizers
  'sgd', 'sgd-momentum', 'adam',
  // Losses
  'mse-loss', 'l1-loss', 'huber-loss', 'bce-loss', 'cross-entropy-loss',
  // NLP
  'perplexity', 'transformer', 'attention', 'scaled-dot-product-attention', 'multi-head-attention', 'causal-mask',
  'cross-attention', 'positional-encoding', 'residual', 'word2vec', 'bert', 'wordpiece', 'tokenizer', 'gpt', 'bpe',
  't5', 'roberta',
  // Vision and generative models
  'resnet', 'diffusion-pipeline', 'noise-scheduler', 'fid', 'psnr', 'ssim', 'inception-score', 'unet', 'patchgan',
  'swin-transformer', 'clip', 'contrastive-loss',
  // Python, retrieval metrics, CUDA
  'asyncio-coroutine', 'accuracy', 'precision-recall-f1', 'mrr', 'ndcg', 'cuda-kernel',
  // Classical machine learning
  'linear-regression', 'logistic-regression', 'svm', 'knn', 'decision-tree', 'random-forest', 'naive-bayes', 'kmeans',
  'gradient-boosting',
];

const SEED = new Set(SEED_CONCEPTS);

export function isSeedConcept(id: string): boolean {
  return SEED.has(id);
}
