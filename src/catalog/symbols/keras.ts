/**
 * Keras 3 (keras.layers, keras.activations, keras.ops, keras.losses, keras.optimizers, keras.callbacks,
 * keras.regularizers, keras.mixed_precision, keras.metrics) and TensorFlow 2.x (tf.nn, tf.math, tf.image, tf.clip_*).
 * Signatures as in Keras 3.15 (keras.io / keras-team/keras v3.15.1 source) and the TensorFlow 2.16+ API reference.
 * `tensorflow.keras.X` and `tf_keras.X` resolve to `keras.X` (see REWRITES in index.ts), so they are not listed here.
 */
import { defineSymbols } from './define';

export const KERAS = defineSymbols('keras', [
  // keras.layers — core, convolution, pooling
  [
    'keras.layers.Dense',
    'linear',
    "(units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, lora_rank=None, lora_alpha=None, quantization_config=None, **kwargs)",
  ],
  [
    'keras.layers.EinsumDense',
    'linear',
    "(equation, output_shape, activation=None, bias_axes=None, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, kernel_constraint=None, bias_constraint=None, lora_rank=None, lora_alpha=None, gptq_unpacked_column_size=None, quantization_config=None, **kwargs)",
  ],
  [
    'keras.layers.Embedding',
    'embedding',
    "(input_dim, output_dim, embeddings_initializer='uniform', embeddings_regularizer=None, embeddings_constraint=None, mask_zero=False, weights=None, lora_rank=None, lora_alpha=None, quantization_config=None, **kwargs)",
  ],
  [
    'keras.layers.Conv1D',
    'conv1d',
    "(filters, kernel_size, strides=1, padding='valid', data_format=None, dilation_rate=1, groups=1, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution1D'] },
  ],
  [
    'keras.layers.Conv2D',
    'conv2d',
    "(filters, kernel_size, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1), groups=1, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution2D'] },
  ],
  [
    'keras.layers.Conv3D',
    'conv3d',
    "(filters, kernel_size, strides=(1, 1, 1), padding='valid', data_format=None, dilation_rate=(1, 1, 1), groups=1, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution3D'] },
  ],
  [
    'keras.layers.Conv1DTranspose',
    'conv-transpose',
    "(filters, kernel_size, strides=1, padding='valid', output_padding=None, data_format=None, dilation_rate=1, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution1DTranspose'] },
  ],
  [
    'keras.layers.Conv2DTranspose',
    'conv-transpose',
    "(filters, kernel_size, strides=(1, 1), padding='valid', output_padding=None, data_format=None, dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution2DTranspose'] },
  ],
  [
    'keras.layers.Conv3DTranspose',
    'conv-transpose',
    "(filters, kernel_size, strides=(1, 1, 1), padding='valid', data_format=None, output_padding=None, dilation_rate=(1, 1, 1), activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.Convolution3DTranspose'] },
  ],
  [
    'keras.layers.SeparableConv2D',
    'conv2d',
    "(filters, kernel_size, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1), depth_multiplier=1, activation=None, use_bias=True, depthwise_initializer='glorot_uniform', pointwise_initializer='glorot_uniform', bias_initializer='zeros', depthwise_regularizer=None, pointwise_regularizer=None, bias_regularizer=None, activity_regularizer=None, depthwise_constraint=None, pointwise_constraint=None, bias_constraint=None, **kwargs)",
    { aliases: ['keras.layers.SeparableConvolution2D'] },
  ],
  [
    'keras.layers.DepthwiseConv2D',
    'conv2d',
    "(kernel_size, strides=(1, 1), padding='valid', depth_multiplier=1, data_format=None, dilation_rate=(1, 1), activation=None, use_bias=True, depthwise_initializer='glorot_uniform', bias_initializer='zeros', depthwise_regularizer=None, bias_regularizer=None, activity_regularizer=None, depthwise_constraint=None, bias_constraint=None, **kwargs)",
  ],
  [
    'keras.layers.MaxPooling1D',
    'max-pool',
    "(pool_size=2, strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.MaxPool1D'] },
  ],
  [
    'keras.layers.MaxPooling2D',
    'max-pool',
    "(pool_size=(2, 2), strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.MaxPool2D'] },
  ],
  [
    'keras.layers.MaxPooling3D',
    'max-pool',
    "(pool_size=(2, 2, 2), strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.MaxPool3D'] },
  ],
  [
    'keras.layers.AveragePooling1D',
    'avg-pool',
    "(pool_size, strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.AvgPool1D'] },
  ],
  [
    'keras.layers.AveragePooling2D',
    'avg-pool',
    "(pool_size, strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.AvgPool2D'] },
  ],
  [
    'keras.layers.AveragePooling3D',
    'avg-pool',
    "(pool_size, strides=None, padding='valid', data_format=None, name=None, **kwargs)",
    { aliases: ['keras.layers.AvgPool3D'] },
  ],
  ['keras.layers.GlobalAveragePooling1D', 'global-avg-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalAvgPool1D'] }],
  ['keras.layers.GlobalAveragePooling2D', 'global-avg-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalAvgPool2D'] }],
  ['keras.layers.GlobalAveragePooling3D', 'global-avg-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalAvgPool3D'] }],
  ['keras.layers.GlobalMaxPooling1D', 'global-max-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalMaxPool1D'] }],
  ['keras.layers.GlobalMaxPooling2D', 'global-max-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalMaxPool2D'] }],
  ['keras.layers.GlobalMaxPooling3D', 'global-max-pool', '(data_format=None, keepdims=False, **kwargs)', { aliases: ['keras.layers.GlobalMaxPool3D'] }],
  ['keras.layers.AdaptiveAveragePooling2D', 'adaptive-avg-pool', '(output_size, data_format=None, **kwargs)'],

  // keras.layers — normalization, regularization
  [
    'keras.layers.BatchNormalization',
    'batch-norm',
    "(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True, beta_initializer='zeros', gamma_initializer='ones', moving_mean_initializer='zeros', moving_variance_initializer='ones', beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, renorm=False, renorm_clipping=None, renorm_momentum=0.99, synchronized=False, **kwargs)",
  ],
  [
    'keras.layers.LayerNormalization',
    'layer-norm',
    "(axis=-1, epsilon=0.001, center=True, scale=True, beta_initializer='zeros', gamma_initializer='ones', beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, **kwargs)",
  ],
  [
    'keras.layers.GroupNormalization',
    'group-norm',
    "(groups=32, axis=-1, epsilon=0.001, center=True, scale=True, beta_initializer='zeros', gamma_initializer='ones', beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, **kwargs)",
  ],
  ['keras.layers.RMSNormalization', 'rms-norm', '(axis=-1, epsilon=1e-06, **kwargs)'],
  ['keras.layers.Normalization', 'feature-scaling', '(axis=-1, mean=None, variance=None, invert=False, **kwargs)'],
  ['keras.layers.Dropout', 'dropout', '(rate, noise_shape=None, seed=None, **kwargs)'],
  ['keras.layers.SpatialDropout1D', 'dropout', '(rate, seed=None, name=None, dtype=None)'],
  ['keras.layers.SpatialDropout2D', 'dropout', '(rate, data_format=None, seed=None, name=None, dtype=None)'],
  ['keras.layers.SpatialDropout3D', 'dropout', '(rate, data_format=None, seed=None, name=None, dtype=None)'],

  // keras.layers — recurrent, attention, activation layers
  [
    'keras.layers.SimpleRNN',
    'rnn',
    "(units, activation='tanh', use_bias=True, kernel_initializer='glorot_uniform', recurrent_initializer='orthogonal', bias_initializer='zeros', kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0, return_sequences=False, return_state=False, go_backwards=False, stateful=False, unroll=False, seed=None, **kwargs)",
  ],
  [
    'keras.layers.RNN',
    'rnn',
    '(cell, return_sequences=False, return_state=False, go_backwards=False, stateful=False, unroll=False, zero_output_for_mask=False, **kwargs)',
  ],
  [
    'keras.layers.LSTM',
    'lstm',
    "(units, activation='tanh', recurrent_activation='sigmoid', use_bias=True, kernel_initializer='glorot_uniform', recurrent_initializer='orthogonal', bias_initializer='zeros', unit_forget_bias=True, kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0, seed=None, return_sequences=False, return_state=False, go_backwards=False, stateful=False, unroll=False, use_cudnn='auto', **kwargs)",
  ],
  [
    'keras.layers.GRU',
    'gru',
    "(units, activation='tanh', recurrent_activation='sigmoid', use_bias=True, kernel_initializer='glorot_uniform', recurrent_initializer='orthogonal', bias_initializer='zeros', kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0, seed=None, return_sequences=False, return_state=False, go_backwards=False, stateful=False, unroll=False, reset_after=True, use_cudnn='auto', **kwargs)",
  ],
  [
    'keras.layers.MultiHeadAttention',
    'multi-head-attention',
    "(num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True, output_shape=None, attention_axes=None, sliding_window=None, flash_attention=None, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, use_gate=False, seed=None, **kwargs)",
  ],
  [
    'keras.layers.GroupQueryAttention',
    'multi-head-attention',
    "(head_dim, num_query_heads, num_key_value_heads, dropout=0.0, use_bias=True, sliding_window=None, flash_attention=None, kernel_initializer='glorot_uniform', bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None, use_gate=False, seed=None, **kwargs)",
  ],
  ['keras.layers.Attention', 'attention', "(use_scale=False, score_mode='dot', dropout=0.0, seed=None, **kwargs)"],
  ['keras.layers.AdditiveAttention', 'attention', '(use_scale=True, dropout=0.0, **kwargs)'],
  ['keras.layers.ReLU', 'relu', '(max_value=None, negative_slope=0.0, threshold=0.0, **kwargs)'],
  ['keras.layers.LeakyReLU', 'leaky-relu', '(negative_slope=0.3, **kwargs)'],
  ['keras.layers.PReLU', 'leaky-relu', "(alpha_initializer='Zeros', alpha_regularizer=None, alpha_constraint=None, shared_axes=None, **kwargs)"],
  ['keras.layers.Softmax', 'softmax', '(axis=-1, **kwargs)'],

  // keras.activations
  ['keras.activations.relu', 'relu', '(x, negative_slope=0.0, max_value=None, threshold=0.0)'],
  ['keras.activations.relu6', 'relu', '(x)'],
  ['keras.activations.leaky_relu', 'leaky-relu', '(x, negative_slope=0.2)'],
  ['keras.activations.gelu', 'gelu', '(x, approximate=False)'],
  ['keras.activations.sigmoid', 'sigmoid', '(x)'],
  ['keras.activations.tanh', 'tanh', '(x)'],
  ['keras.activations.softmax', 'softmax', '(x, axis=-1)'],
  ['keras.activations.log_softmax', 'log-softmax', '(x, axis=-1)'],
  ['keras.activations.silu', 'silu', '(x)', { aliases: ['keras.activations.swish'] }],

  // keras.ops
  ['keras.ops.matmul', 'matmul', '(x1, x2)', { aliases: ['keras.ops.numpy.matmul'] }],
  ['keras.ops.einsum', 'matmul', '(subscripts, *operands, **kwargs)', { aliases: ['keras.ops.numpy.einsum'] }],
  ['keras.ops.relu', 'relu', '(x)', { aliases: ['keras.ops.nn.relu'] }],
  ['keras.ops.leaky_relu', 'leaky-relu', '(x, negative_slope=0.2)', { aliases: ['keras.ops.nn.leaky_relu'] }],
  ['keras.ops.gelu', 'gelu', '(x, approximate=True)', { aliases: ['keras.ops.nn.gelu'] }],
  ['keras.ops.sigmoid', 'sigmoid', '(x)', { aliases: ['keras.ops.nn.sigmoid'] }],
  ['keras.ops.tanh', 'tanh', '(x)', { aliases: ['keras.ops.numpy.tanh'] }],
  ['keras.ops.softmax', 'softmax', '(x, axis=-1)', { aliases: ['keras.ops.nn.softmax'] }],
  ['keras.ops.log_softmax', 'log-softmax', '(x, axis=-1)', { aliases: ['keras.ops.nn.log_softmax'] }],
  ['keras.ops.silu', 'silu', '(x)', { aliases: ['keras.ops.nn.silu', 'keras.ops.swish', 'keras.ops.nn.swish'] }],
  [
    'keras.ops.batch_normalization',
    'batch-norm',
    '(x, mean, variance, axis, offset=None, scale=None, epsilon=0.001)',
    { aliases: ['keras.ops.nn.batch_normalization'] },
  ],
  [
    'keras.ops.layer_normalization',
    'layer-norm',
    '(x, gamma=None, beta=None, axis=-1, epsilon=None, **kwargs)',
    { aliases: ['keras.ops.nn.layer_normalization'] },
  ],
  ['keras.ops.rms_normalization', 'rms-norm', '(x, scale=None, axis=-1, epsilon=None)', { aliases: ['keras.ops.nn.rms_normalization'] }],
  [
    'keras.ops.dot_product_attention',
    'scaled-dot-product-attention',
    '(query, key, value, bias=None, mask=None, scale=None, is_causal=False, flash_attention=None, attn_logits_soft_cap=None)',
    { aliases: ['keras.ops.nn.dot_product_attention'] },
  ],
  [
    'keras.ops.binary_crossentropy',
    'bce-loss',
    '(target, output, from_logits=False)',
    { rules: [{ param: 'from_logits', when: 'truthy', concept: 'bce-with-logits-loss' }], aliases: ['keras.ops.nn.binary_crossentropy'] },
  ],
  [
    'keras.ops.categorical_crossentropy',
    'cross-entropy-loss',
    '(target, output, from_logits=False, axis=-1)',
    { aliases: ['keras.ops.nn.categorical_crossentropy'] },
  ],
  [
    'keras.ops.sparse_categorical_crossentropy',
    'cross-entropy-loss',
    '(target, output, from_logits=False, axis=-1)',
    { aliases: ['keras.ops.nn.sparse_categorical_crossentropy'] },
  ],
  ['keras.ops.psnr', 'psnr', '(x1, x2, max_val)', { aliases: ['keras.ops.nn.psnr'] }],
  ['keras.ops.image.ssim', 'ssim', '(image1, image2, max_val=1.0, filter_size=11, filter_sigma=1.5, k1=0.01, k2=0.03, data_format=None)'],

  // keras.losses — classes, then functions
  [
    'keras.losses.BinaryCrossentropy',
    'bce-loss',
    "(from_logits=False, label_smoothing=0.0, axis=-1, reduction='sum_over_batch_size', name='binary_crossentropy', dtype=None)",
    { rules: [{ param: 'from_logits', when: 'truthy', concept: 'bce-with-logits-loss' }] },
  ],
  [
    'keras.losses.CategoricalCrossentropy',
    'cross-entropy-loss',
    "(from_logits=False, label_smoothing=0.0, axis=-1, reduction='sum_over_batch_size', name='categorical_crossentropy', dtype=None)",
  ],
  [
    'keras.losses.SparseCategoricalCrossentropy',
    'cross-entropy-loss',
    "(from_logits=False, ignore_class=None, reduction='sum_over_batch_size', axis=-1, name='sparse_categorical_crossentropy', dtype=None)",
  ],
  ['keras.losses.MeanSquaredError', 'mse-loss', "(reduction='sum_over_batch_size', name='mean_squared_error', dtype=None)"],
  ['keras.losses.MeanAbsoluteError', 'l1-loss', "(reduction='sum_over_batch_size', name='mean_absolute_error', dtype=None)"],
  ['keras.losses.Huber', 'huber-loss', "(delta=1.0, reduction='sum_over_batch_size', name='huber_loss', dtype=None)"],
  ['keras.losses.KLDivergence', 'kl-div-loss', "(reduction='sum_over_batch_size', name='kl_divergence', dtype=None)"],
  [
    'keras.losses.binary_crossentropy',
    'bce-loss',
    '(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1)',
    { rules: [{ param: 'from_logits', when: 'truthy', concept: 'bce-with-logits-loss' }], aliases: ['keras.metrics.binary_crossentropy'] },
  ],
  [
    'keras.losses.categorical_crossentropy',
    'cross-entropy-loss',
    '(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1)',
    { aliases: ['keras.metrics.categorical_crossentropy'] },
  ],
  [
    'keras.losses.sparse_categorical_crossentropy',
    'cross-entropy-loss',
    '(y_true, y_pred, from_logits=False, ignore_class=None, axis=-1)',
    { aliases: ['keras.metrics.sparse_categorical_crossentropy'] },
  ],
  ['keras.losses.mean_squared_error', 'mse-loss', '(y_true, y_pred)', { aliases: ['keras.metrics.mean_squared_error'] }],
  ['keras.losses.mean_absolute_error', 'l1-loss', '(y_true, y_pred)', { aliases: ['keras.metrics.mean_absolute_error'] }],
  ['keras.losses.huber', 'huber-loss', '(y_true, y_pred, delta=1.0)', { aliases: ['keras.metrics.huber'] }],
  ['keras.losses.kl_divergence', 'kl-div-loss', '(y_true, y_pred)', { aliases: ['keras.metrics.kl_divergence'] }],

  // keras.optimizers, keras.optimizers.schedules
  [
    'keras.optimizers.SGD',
    'sgd',
    '(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
    { rules: [{ param: 'momentum', when: 'nonzero', concept: 'sgd-momentum' }] },
  ],
  [
    'keras.optimizers.Adam',
    'adam',
    '(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.AdamW',
    'adamw',
    '(learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Adamax',
    'adamax',
    '(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Nadam',
    'nadam',
    '(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.RMSprop',
    'rmsprop',
    '(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Adagrad',
    'adagrad',
    '(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Adadelta',
    'adadelta',
    '(learning_rate=0.001, rho=0.95, epsilon=1e-07, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Adafactor',
    'adafactor',
    '(learning_rate=0.001, beta_2_decay=-0.8, epsilon_1=1e-30, epsilon_2=0.001, clip_threshold=1.0, relative_step=True, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Lamb',
    'lamb',
    '(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.Lion',
    'lion',
    '(learning_rate=0.001, beta_1=0.9, beta_2=0.99, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, gradient_accumulation_steps=None, name=None, **kwargs)',
  ],
  [
    'keras.optimizers.LossScaleOptimizer',
    'mixed-precision',
    '(inner_optimizer, initial_scale=32768.0, dynamic_growth_steps=2000, name=None, **kwargs)',
    { aliases: ['keras.mixed_precision.LossScaleOptimizer'] },
  ],
  [
    'keras.optimizers.schedules.CosineDecay',
    'lr-scheduler',
    "(initial_learning_rate, decay_steps, alpha=0.0, name='CosineDecay', warmup_target=None, warmup_steps=0)",
  ],
  [
    'keras.optimizers.schedules.CosineDecayRestarts',
    'lr-scheduler',
    "(initial_learning_rate, first_decay_steps, t_mul=2.0, m_mul=1.0, alpha=0.0, name='SGDRDecay')",
  ],
  ['keras.optimizers.schedules.ExponentialDecay', 'lr-scheduler', "(initial_learning_rate, decay_steps, decay_rate, staircase=False, name='ExponentialDecay')"],
  ['keras.optimizers.schedules.InverseTimeDecay', 'lr-scheduler', "(initial_learning_rate, decay_steps, decay_rate, staircase=False, name='InverseTimeDecay')"],
  ['keras.optimizers.schedules.PiecewiseConstantDecay', 'lr-scheduler', "(boundaries, values, name='PiecewiseConstant')"],
  [
    'keras.optimizers.schedules.PolynomialDecay',
    'lr-scheduler',
    "(initial_learning_rate, decay_steps, end_learning_rate=0.0001, power=1.0, cycle=False, name='PolynomialDecay')",
  ],

  // keras.callbacks
  [
    'keras.callbacks.EarlyStopping',
    'early-stopping',
    "(monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None, restore_best_weights=False, start_from_epoch=0)",
  ],
  [
    'keras.callbacks.ReduceLROnPlateau',
    'lr-scheduler',
    "(monitor='val_loss', factor=0.1, patience=10, verbose=0, mode='auto', min_delta=0.0001, cooldown=0, min_lr=0.0, **kwargs)",
  ],
  ['keras.callbacks.LearningRateScheduler', 'lr-scheduler', '(schedule, verbose=0)'],

  // keras.regularizers
  ['keras.regularizers.L1', 'l1-regularization', '(l1=0.01)', { aliases: ['keras.regularizers.l1'] }],
  ['keras.regularizers.L2', 'l2-regularization', '(l2=0.01)', { aliases: ['keras.regularizers.l2'] }],
  ['keras.regularizers.L1L2', 'l2-regularization', '(l1=0.0, l2=0.0)', { aliases: ['keras.regularizers.l1_l2'] }],

  // keras.mixed_precision
  [
    'keras.mixed_precision.Policy',
    'mixed-precision',
    '(name=None)',
    { aliases: ['keras.DTypePolicy', 'keras.dtype_policies.DTypePolicy', 'keras.mixed_precision.DTypePolicy'] },
  ],
  [
    'keras.mixed_precision.set_global_policy',
    'mixed-precision',
    '(policy)',
    { aliases: ['keras.config.set_dtype_policy', 'keras.mixed_precision.set_dtype_policy'] },
  ],

  // keras.metrics
  ['keras.metrics.Accuracy', 'accuracy', "(name='accuracy', dtype=None)"],
  ['keras.metrics.BinaryAccuracy', 'accuracy', "(name='binary_accuracy', dtype=None, threshold=0.5)"],
  ['keras.metrics.CategoricalAccuracy', 'accuracy', "(name='categorical_accuracy', dtype=None)"],
  ['keras.metrics.SparseCategoricalAccuracy', 'accuracy', "(name='sparse_categorical_accuracy', dtype=None)"],
  ['keras.metrics.Precision', 'precision-recall-f1', '(thresholds=None, top_k=None, class_id=None, name=None, dtype=None)'],
  ['keras.metrics.Recall', 'precision-recall-f1', '(thresholds=None, top_k=None, class_id=None, name=None, dtype=None)'],
  ['keras.metrics.F1Score', 'precision-recall-f1', "(average=None, threshold=None, name='f1_score', dtype=None)"],
  ['keras.metrics.MeanSquaredError', 'mse-loss', "(name='mean_squared_error', dtype=None)"],
  ['keras.metrics.MeanAbsoluteError', 'l1-loss', "(name='mean_absolute_error', dtype=None)"],

]);

export const TENSORFLOW = defineSymbols('tensorflow', [
  // tensorflow (tf.…), tensorflow.linalg
  [
    'tensorflow.matmul',
    'matmul',
    '(a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, a_is_sparse=False, b_is_sparse=False, output_type=None, grad_a=False, grad_b=False, name=None)',
    { aliases: ['tensorflow.linalg.matmul'] },
  ],
  ['tensorflow.einsum', 'matmul', '(equation, *inputs, **kwargs)', { aliases: ['tensorflow.linalg.einsum'] }],
  ['tensorflow.clip_by_global_norm', 'gradient-clipping', '(t_list, clip_norm, use_norm=None, name=None)'],
  ['tensorflow.clip_by_norm', 'gradient-clipping', '(t, clip_norm, axes=None, name=None)'],

  // tensorflow.nn, tensorflow.math — activations
  ['tensorflow.nn.relu', 'relu', '(features, name=None)'],
  ['tensorflow.nn.relu6', 'relu', '(features, name=None)'],
  ['tensorflow.nn.leaky_relu', 'leaky-relu', '(features, alpha=0.2, name=None)'],
  ['tensorflow.nn.gelu', 'gelu', '(features, approximate=False, name=None)'],
  ['tensorflow.math.sigmoid', 'sigmoid', '(x, name=None)', { aliases: ['tensorflow.nn.sigmoid', 'tensorflow.sigmoid'] }],
  ['tensorflow.math.tanh', 'tanh', '(x, name=None)', { aliases: ['tensorflow.nn.tanh', 'tensorflow.tanh'] }],
  ['tensorflow.nn.softmax', 'softmax', '(logits, axis=None, name=None)', { aliases: ['tensorflow.math.softmax'] }],
  ['tensorflow.nn.log_softmax', 'log-softmax', '(logits, axis=None, name=None)', { aliases: ['tensorflow.math.log_softmax'] }],
  ['tensorflow.nn.silu', 'silu', '(features, beta=1.0)', { aliases: ['tensorflow.nn.swish'] }],

  // tensorflow.nn — convolution, pooling, dropout, normalization, embedding
  ['tensorflow.nn.conv1d', 'conv1d', "(input, filters, stride, padding, data_format='NWC', dilations=None, name=None)"],
  ['tensorflow.nn.conv2d', 'conv2d', "(input, filters, strides, padding, data_format='NHWC', dilations=None, name=None)"],
  ['tensorflow.nn.conv3d', 'conv3d', "(input, filters, strides, padding, data_format='NDHWC', dilations=None, name=None)"],
  ['tensorflow.nn.depthwise_conv2d', 'conv2d', '(input, filter, strides, padding, data_format=None, dilations=None, name=None)'],
  [
    'tensorflow.nn.conv1d_transpose',
    'conv-transpose',
    "(input, filters, output_shape, strides, padding='SAME', data_format='NWC', dilations=None, name=None)",
  ],
  [
    'tensorflow.nn.conv2d_transpose',
    'conv-transpose',
    "(input, filters, output_shape, strides, padding='SAME', data_format='NHWC', dilations=None, name=None)",
  ],
  [
    'tensorflow.nn.conv3d_transpose',
    'conv-transpose',
    "(input, filters, output_shape, strides, padding='SAME', data_format='NDHWC', dilations=None, name=None)",
  ],
  ['tensorflow.nn.max_pool', 'max-pool', '(input, ksize, strides, padding, data_format=None, name=None)'],
  ['tensorflow.nn.max_pool2d', 'max-pool', "(input, ksize, strides, padding, data_format='NHWC', name=None)"],
  ['tensorflow.nn.avg_pool', 'avg-pool', '(input, ksize, strides, padding, data_format=None, name=None)'],
  ['tensorflow.nn.avg_pool2d', 'avg-pool', "(input, ksize, strides, padding, data_format='NHWC', name=None)"],
  ['tensorflow.nn.dropout', 'dropout', '(x, rate, noise_shape=None, seed=None, name=None)'],
  ['tensorflow.nn.batch_normalization', 'batch-norm', '(x, mean, variance, offset, scale, variance_epsilon, name=None)'],
  ['tensorflow.nn.embedding_lookup', 'embedding', '(params, ids, max_norm=None, name=None)'],

  // tensorflow.nn — losses
  ['tensorflow.nn.softmax_cross_entropy_with_logits', 'cross-entropy-loss', '(labels, logits, axis=-1, name=None)'],
  ['tensorflow.nn.sparse_softmax_cross_entropy_with_logits', 'cross-entropy-loss', '(labels, logits, name=None)'],
  ['tensorflow.nn.sigmoid_cross_entropy_with_logits', 'bce-with-logits-loss', '(labels=None, logits=None, name=None)'],

  // tensorflow.image — metrics
  ['tensorflow.image.psnr', 'psnr', '(a, b, max_val, name=None)'],
  ['tensorflow.image.ssim', 'ssim', '(img1, img2, max_val, filter_size=11, filter_sigma=1.5, k1=0.01, k2=0.03, return_index_map=False)'],
]);
