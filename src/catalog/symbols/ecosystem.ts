/**
 * Training ecosystem: torchmetrics (1.9 metrics, modular and functional), DeepSpeed (0.19: initialize, ZeRO-3
 * Init, fused/CPU optimizers) and gensim (4.4 Word2Vec). Signatures as in each library's API reference.
 */
import { defineSymbols } from './define';

export const TORCHMETRICS = defineSymbols('torchmetrics', [
  // classification and regression metrics (modular); torchmetrics.classification.X is the same class
  [
    'torchmetrics.Accuracy',
    'accuracy',
    "(task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True, **kwargs)",
    { aliases: ['torchmetrics.classification.Accuracy'] },
  ],
  [
    'torchmetrics.Precision',
    'precision-recall-f1',
    "(task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True, **kwargs)",
    { aliases: ['torchmetrics.classification.Precision'] },
  ],
  [
    'torchmetrics.Recall',
    'precision-recall-f1',
    "(task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True, **kwargs)",
    { aliases: ['torchmetrics.classification.Recall'] },
  ],
  [
    'torchmetrics.F1Score',
    'precision-recall-f1',
    "(task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True, zero_division=0, **kwargs)",
    { aliases: ['torchmetrics.classification.F1Score'] },
  ],
  ['torchmetrics.MeanSquaredError', 'mse-loss', '(squared=True, num_outputs=1, **kwargs)', { aliases: ['torchmetrics.regression.MeanSquaredError'] }],
  ['torchmetrics.MeanAbsoluteError', 'l1-loss', '(num_outputs=1, **kwargs)', { aliases: ['torchmetrics.regression.MeanAbsoluteError'] }],
  // image metrics; the module paths (torchmetrics.image.fid, …) are the documented import paths too.
  // torchmetrics.PeakSignalNoiseRatio / StructuralSimilarityIndexMeasure are deprecated top-level re-exports
  [
    'torchmetrics.image.FrechetInceptionDistance',
    'fid',
    '(feature=2048, reset_real_features=True, normalize=False, input_img_size=(3, 299, 299), feature_extractor_weights_path=None, antialias=True, **kwargs)',
    { aliases: ['torchmetrics.image.fid.FrechetInceptionDistance'] },
  ],
  [
    'torchmetrics.image.InceptionScore',
    'inception-score',
    "(feature='logits_unbiased', splits=10, normalize=False, **kwargs)",
    { aliases: ['torchmetrics.image.inception.InceptionScore'] },
  ],
  [
    'torchmetrics.image.PeakSignalNoiseRatio',
    'psnr',
    "(data_range, base=10.0, reduction='elementwise_mean', dim=None, **kwargs)",
    { aliases: ['torchmetrics.image.psnr.PeakSignalNoiseRatio', 'torchmetrics.PeakSignalNoiseRatio'] },
  ],
  [
    'torchmetrics.image.StructuralSimilarityIndexMeasure',
    'ssim',
    "(gaussian_kernel=True, sigma=1.5, kernel_size=11, reduction='elementwise_mean', data_range=None, k1=0.01, k2=0.03, return_full_image=False, return_contrast_sensitivity=False, **kwargs)",
    { aliases: ['torchmetrics.image.ssim.StructuralSimilarityIndexMeasure', 'torchmetrics.StructuralSimilarityIndexMeasure'] },
  ],
  // text and retrieval metrics (top-level torchmetrics.X names are deprecated re-exports)
  [
    'torchmetrics.text.Perplexity',
    'perplexity',
    '(ignore_index=None, **kwargs)',
    { aliases: ['torchmetrics.text.perplexity.Perplexity', 'torchmetrics.Perplexity'] },
  ],
  [
    'torchmetrics.retrieval.RetrievalMRR',
    'mrr',
    "(empty_target_action='neg', ignore_index=None, top_k=None, aggregation='mean', **kwargs)",
    { aliases: ['torchmetrics.RetrievalMRR'] },
  ],
  [
    'torchmetrics.retrieval.RetrievalNormalizedDCG',
    'ndcg',
    "(empty_target_action='neg', ignore_index=None, top_k=None, aggregation='mean', **kwargs)",
    { aliases: ['torchmetrics.RetrievalNormalizedDCG'] },
  ],
  // functional forms
  [
    'torchmetrics.functional.accuracy',
    'accuracy',
    "(preds, target, task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True)",
    { aliases: ['torchmetrics.functional.classification.accuracy'] },
  ],
  [
    'torchmetrics.functional.f1_score',
    'precision-recall-f1',
    "(preds, target, task, threshold=0.5, num_classes=None, num_labels=None, average='micro', multidim_average='global', top_k=1, ignore_index=None, validate_args=True, zero_division=0)",
    { aliases: ['torchmetrics.functional.classification.f1_score'] },
  ],
  [
    'torchmetrics.functional.mean_squared_error',
    'mse-loss',
    '(preds, target, squared=True, num_outputs=1)',
    { aliases: ['torchmetrics.functional.regression.mean_squared_error'] },
  ],
  [
    'torchmetrics.functional.mean_absolute_error',
    'l1-loss',
    '(preds, target, num_outputs=1)',
    { aliases: ['torchmetrics.functional.regression.mean_absolute_error'] },
  ],
  [
    'torchmetrics.functional.image.peak_signal_noise_ratio',
    'psnr',
    "(preds, target, data_range, base=10.0, reduction='elementwise_mean', dim=None)",
    { aliases: ['torchmetrics.functional.peak_signal_noise_ratio'] },
  ],
  [
    'torchmetrics.functional.image.structural_similarity_index_measure',
    'ssim',
    "(preds, target, gaussian_kernel=True, sigma=1.5, kernel_size=11, reduction='elementwise_mean', data_range=None, k1=0.01, k2=0.03, return_full_image=False, return_contrast_sensitivity=False)",
    { aliases: ['torchmetrics.functional.structural_similarity_index_measure'] },
  ],
  ['torchmetrics.functional.text.perplexity', 'perplexity', '(preds, target, ignore_index=None)', { aliases: ['torchmetrics.functional.perplexity'] }],
  [
    'torchmetrics.functional.retrieval.retrieval_reciprocal_rank',
    'mrr',
    '(preds, target, top_k=None)',
    { aliases: ['torchmetrics.functional.retrieval_reciprocal_rank'] },
  ],
  [
    'torchmetrics.functional.retrieval.retrieval_normalized_dcg',
    'ndcg',
    '(preds, target, top_k=None)',
    { aliases: ['torchmetrics.functional.retrieval_normalized_dcg'] },
  ],
]);

export const DEEPSPEED = defineSymbols('deepspeed', [
  [
    'deepspeed.initialize',
    'zero-sharding',
    '(args=None, model=None, optimizer=None, model_parameters=None, training_data=None, lr_scheduler=None, distributed_port=29500, mpu=None, dist_init_required=None, collate_fn=None, config=None, mesh_param=None, config_params=None)',
  ],
  [
    'deepspeed.zero.Init',
    'zero-sharding',
    '(module=None, data_parallel_group=None, mem_efficient_linear=True, remote_device=None, pin_memory=False, config_dict_or_path=None, config=None, enabled=True, dtype=None, mpu=None)',
    { aliases: ['deepspeed.runtime.zero.Init', 'deepspeed.runtime.zero.partition_parameters.Init'] },
  ],
  // optimizers (ops): adam_w_mode / adamw_mode default to True, i.e. decoupled weight decay (AdamW)
  [
    'deepspeed.ops.adam.FusedAdam',
    'adamw',
    '(params, lr=0.001, bias_correction=True, betas=(0.9, 0.999), eps=1e-08, adam_w_mode=True, weight_decay=0.0, amsgrad=False, set_grad_none=True)',
    { rules: [{ param: 'adam_w_mode', when: { equals: false }, concept: 'adam' }], aliases: ['deepspeed.ops.adam.fused_adam.FusedAdam'] },
  ],
  [
    'deepspeed.ops.adam.DeepSpeedCPUAdam',
    'adamw',
    '(model_params, lr=0.001, bias_correction=True, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, adamw_mode=True, fp32_optimizer_states=True)',
    { rules: [{ param: 'adamw_mode', when: { equals: false }, concept: 'adam' }], aliases: ['deepspeed.ops.adam.cpu_adam.DeepSpeedCPUAdam'] },
  ],
  [
    'deepspeed.ops.lamb.FusedLamb',
    'lamb',
    '(params, lr=0.001, bias_correction=True, betas=(0.9, 0.999), eps=1e-08, eps_inside_sqrt=False, weight_decay=0.0, max_grad_norm=0.0, max_coeff=10.0, min_coeff=0.01, amsgrad=False)',
    { aliases: ['deepspeed.ops.lamb.fused_lamb.FusedLamb'] },
  ],
  [
    'deepspeed.ops.lion.FusedLion',
    'lion',
    '(params, lr=0.001, betas=(0.9, 0.999), weight_decay=0.0, set_grad_none=True)',
    { aliases: ['deepspeed.ops.lion.fused_lion.FusedLion'] },
  ],
  [
    'deepspeed.ops.lion.DeepSpeedCPULion',
    'lion',
    '(model_params, lr=0.001, betas=(0.9, 0.999), weight_decay=0, fp32_optimizer_states=True)',
    { aliases: ['deepspeed.ops.lion.cpu_lion.DeepSpeedCPULion'] },
  ],
  [
    'deepspeed.ops.adagrad.DeepSpeedCPUAdagrad',
    'adagrad',
    '(model_params, lr=0.01, eps=1e-10, weight_decay=0, amsgrad=False, fp32_optimizer_states=True)',
    { aliases: ['deepspeed.ops.adagrad.cpu_adagrad.DeepSpeedCPUAdagrad'] },
  ],
]);

export const GENSIM = defineSymbols('gensim', [
  // sg=1 selects skip-gram, sg=0 (default) CBOW: both are word2vec
  [
    'gensim.models.Word2Vec',
    'word2vec',
    '(sentences=None, corpus_file=None, vector_size=100, alpha=0.025, window=5, min_count=5, max_vocab_size=None, sample=0.001, seed=1, workers=3, min_alpha=0.0001, sg=0, hs=0, negative=5, ns_exponent=0.75, cbow_mean=1, hashfxn=hash, epochs=5, null_word=0, trim_rule=None, sorted_vocab=1, batch_words=10000, compute_loss=False, callbacks=(), comment=None, max_final_vocab=None, shrink_windows=True)',
    { aliases: ['gensim.models.word2vec.Word2Vec'] },
  ],
]);
