/**
 * JAX (jax.nn, jax.numpy, jax.lax), Flax (flax.linen, flax.nnx) and Optax.
 * Signatures as in JAX 0.11, Flax 0.12 and Optax 0.2.8 (their API references / the v-tagged sources).
 * Linen modules are dataclasses: their fields in order, then `name` (the internal `parent` field is left out).
 * NNX constructors: the trailing `*_metadata` keyword arguments are left out.
 */
import { defineSymbols } from './define';

export const JAX = defineSymbols('jax', [
  // jax.nn
  ['jax.nn.relu', 'relu', '(x)'],
  ['jax.nn.relu6', 'relu', '(x)'],
  ['jax.nn.leaky_relu', 'leaky-relu', '(x, negative_slope=0.01)'],
  ['jax.nn.gelu', 'gelu', '(x, approximate=True)'],
  ['jax.nn.sigmoid', 'sigmoid', '(x)'],
  ['jax.nn.softmax', 'softmax', '(x, axis=-1, where=None)'],
  ['jax.nn.log_softmax', 'log-softmax', '(x, axis=-1, where=None)'],
  ['jax.nn.silu', 'silu', '(x)', { aliases: ['jax.nn.swish'] }],
  [
    'jax.nn.dot_product_attention',
    'scaled-dot-product-attention',
    '(query, key, value, bias=None, mask=None, *, scale=None, is_causal=False, query_seq_lengths=None, key_value_seq_lengths=None, local_window_size=None, implementation=None, return_residual=False)',
  ],

  // jax.numpy
  ['jax.numpy.matmul', 'matmul', '(a, b, *, precision=None, preferred_element_type=None, out_sharding=None)'],
  ['jax.numpy.linalg.matmul', 'matmul', '(x1, x2, /, *, precision=None, preferred_element_type=None)'],
  ['jax.numpy.dot', 'matmul', '(a, b, *, precision=None, preferred_element_type=None, out_sharding=None)'],
  [
    'jax.numpy.einsum',
    'matmul',
    "(subscripts, /, *operands, out=None, optimize='auto', precision=None, preferred_element_type=None, out_sharding=None)",
  ],
  ['jax.numpy.tanh', 'tanh', '(x, /)', { aliases: ['jax.nn.tanh'] }],

  // jax.lax
  [
    'jax.lax.conv_general_dilated',
    'conv',
    '(lhs, rhs, window_strides, padding, lhs_dilation=None, rhs_dilation=None, dimension_numbers=None, feature_group_count=1, batch_group_count=1, precision=None, preferred_element_type=None, out_sharding=None)',
  ],
  ['jax.lax.conv', 'conv', '(lhs, rhs, window_strides, padding, precision=None, preferred_element_type=None)'],
  [
    'jax.lax.conv_transpose',
    'conv-transpose',
    '(lhs, rhs, strides, padding, rhs_dilation=None, dimension_numbers=None, transpose_kernel=False, precision=None, preferred_element_type=None, use_consistent_padding=False)',
  ],
]);

export const FLAX = defineSymbols('flax', [
  // flax.linen — linear, convolution, embedding
  [
    'flax.linen.Dense',
    'linear',
    '(features, use_bias=True, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=initializers.zeros_init(), promote_dtype=promote_dtype, dot_general=None, dot_general_cls=None, name=None)',
  ],
  [
    'flax.linen.DenseGeneral',
    'linear',
    '(features, axis=-1, batch_dims=(), use_bias=True, dtype=None, param_dtype=jnp.float32, kernel_init=default_kernel_init, bias_init=initializers.zeros_init(), precision=None, promote_dtype=promote_dtype, dot_general=None, dot_general_cls=None, name=None)',
  ],
  [
    'flax.linen.Einsum',
    'linear',
    '(shape, einsum_str=None, use_bias=True, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=initializers.zeros_init(), promote_dtype=promote_dtype, preferred_element_type=None, name=None)',
  ],
  [
    'flax.linen.Conv',
    'conv',
    "(features, kernel_size, strides=1, padding='SAME', input_dilation=1, kernel_dilation=1, feature_group_count=1, use_bias=True, mask=None, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=initializers.zeros_init(), promote_dtype=promote_dtype, conv_general_dilated=None, conv_general_dilated_cls=None, name=None)",
  ],
  [
    'flax.linen.ConvTranspose',
    'conv-transpose',
    "(features, kernel_size, strides=None, padding='SAME', kernel_dilation=None, use_bias=True, mask=None, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=initializers.zeros_init(), transpose_kernel=False, promote_dtype=promote_dtype, preferred_element_type=None, name=None)",
  ],
  [
    'flax.linen.Embed',
    'embedding',
    '(num_embeddings, features, dtype=None, param_dtype=jnp.float32, embedding_init=default_embed_init, promote_dtype=promote_dtype, name=None)',
  ],

  // flax.linen — normalization, dropout
  [
    'flax.linen.BatchNorm',
    'batch-norm',
    '(use_running_average=None, axis=-1, momentum=0.99, epsilon=1e-05, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros, scale_init=initializers.ones, axis_name=None, axis_index_groups=None, use_fast_variance=True, force_float32_reductions=True, name=None)',
  ],
  [
    'flax.linen.LayerNorm',
    'layer-norm',
    '(epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros, scale_init=initializers.ones, reduction_axes=-1, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, force_float32_reductions=True, name=None)',
  ],
  [
    'flax.linen.GroupNorm',
    'group-norm',
    '(num_groups=32, group_size=None, epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros, scale_init=initializers.ones, reduction_axes=None, axis_name=None, axis_index_groups=None, use_fast_variance=True, force_float32_reductions=True, name=None)',
  ],
  [
    'flax.linen.RMSNorm',
    'rms-norm',
    '(epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_scale=True, scale_init=initializers.ones, reduction_axes=-1, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, force_float32_reductions=True, name=None)',
  ],
  [
    'flax.linen.InstanceNorm',
    'instance-norm',
    '(epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros, scale_init=initializers.ones, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, force_float32_reductions=True, name=None)',
  ],
  ['flax.linen.Dropout', 'dropout', "(rate, broadcast_dims=(), deterministic=None, rng_collection='dropout', name=None)"],

  // flax.linen — attention
  [
    'flax.linen.MultiHeadDotProductAttention',
    'multi-head-attention',
    '(num_heads, dtype=None, param_dtype=jnp.float32, qkv_features=None, out_features=None, broadcast_dropout=True, dropout_rate=0.0, deterministic=None, precision=None, kernel_init=default_kernel_init, out_kernel_init=None, bias_init=initializers.zeros_init(), out_bias_init=None, use_bias=True, attention_fn=dot_product_attention, decode=False, normalize_qk=False, force_fp32_for_softmax=False, qkv_dot_general=None, out_dot_general=None, qkv_dot_general_cls=None, out_dot_general_cls=None, qk_attn_weights_einsum_cls=None, attn_weights_value_einsum_cls=None, name=None)',
  ],
  [
    'flax.linen.MultiHeadAttention',
    'multi-head-attention',
    '(num_heads, dtype=None, param_dtype=jnp.float32, qkv_features=None, out_features=None, broadcast_dropout=True, dropout_rate=0.0, deterministic=None, precision=None, kernel_init=default_kernel_init, out_kernel_init=None, bias_init=initializers.zeros_init(), out_bias_init=None, use_bias=True, attention_fn=dot_product_attention, decode=False, normalize_qk=False, force_fp32_for_softmax=False, qkv_dot_general=None, out_dot_general=None, qkv_dot_general_cls=None, out_dot_general_cls=None, qk_attn_weights_einsum_cls=None, attn_weights_value_einsum_cls=None, name=None)',
  ],
  [
    'flax.linen.SelfAttention',
    'multi-head-attention',
    '(num_heads, dtype=None, param_dtype=jnp.float32, qkv_features=None, out_features=None, broadcast_dropout=True, dropout_rate=0.0, deterministic=None, precision=None, kernel_init=default_kernel_init, out_kernel_init=None, bias_init=initializers.zeros_init(), out_bias_init=None, use_bias=True, attention_fn=dot_product_attention, decode=False, normalize_qk=False, force_fp32_for_softmax=False, qkv_dot_general=None, out_dot_general=None, qkv_dot_general_cls=None, out_dot_general_cls=None, qk_attn_weights_einsum_cls=None, attn_weights_value_einsum_cls=None, name=None)',
  ],
  [
    'flax.linen.dot_product_attention',
    'scaled-dot-product-attention',
    '(query, key, value, bias=None, mask=None, broadcast_dropout=True, dropout_rng=None, dropout_rate=0.0, deterministic=False, dtype=None, precision=None, module=None, force_fp32_for_softmax=False, einsum_dot_general=None, qk_attn_weights_einsum=None, attn_weights_value_einsum=None)',
  ],
  ['flax.linen.make_causal_mask', 'causal-mask', '(x, extra_batch_dims=0, dtype=jnp.float32)'],

  // flax.linen — recurrent
  [
    'flax.linen.LSTMCell',
    'lstm',
    '(features, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=initializers.zeros_init(), name=None)',
  ],
  [
    'flax.linen.OptimizedLSTMCell',
    'lstm',
    '(features, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=initializers.zeros_init(), name=None)',
  ],
  [
    'flax.linen.GRUCell',
    'gru',
    '(features, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=initializers.zeros_init(), name=None)',
  ],
  [
    'flax.linen.SimpleCell',
    'rnn',
    '(features, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=initializers.zeros_init(), residual=False, name=None)',
  ],
  [
    'flax.linen.RNN',
    'rnn',
    "(cell, time_major=False, return_carry=False, reverse=False, keep_order=False, unroll=1, variable_axes=FrozenDict(), variable_broadcast='params', variable_carry=False, split_rngs=FrozenDict({'params': False}), name=None)",
  ],

  // flax.linen — activations (re-exports of jax.nn / jax.numpy) and pooling
  ['flax.linen.relu', 'relu', '(x)'],
  ['flax.linen.relu6', 'relu', '(x)'],
  ['flax.linen.leaky_relu', 'leaky-relu', '(x, negative_slope=0.01)'],
  ['flax.linen.PReLU', 'leaky-relu', '(param_dtype=jnp.float32, negative_slope_init=0.01, name=None)'],
  ['flax.linen.gelu', 'gelu', '(x, approximate=True)'],
  ['flax.linen.sigmoid', 'sigmoid', '(x)'],
  ['flax.linen.tanh', 'tanh', '(x, /)'],
  ['flax.linen.softmax', 'softmax', '(x, axis=-1, where=None)'],
  ['flax.linen.log_softmax', 'log-softmax', '(x, axis=-1, where=None)'],
  ['flax.linen.silu', 'silu', '(x)', { aliases: ['flax.linen.swish'] }],
  ['flax.linen.max_pool', 'max-pool', "(inputs, window_shape, strides=None, padding='VALID')", { aliases: ['flax.nnx.max_pool'] }],
  [
    'flax.linen.avg_pool',
    'avg-pool',
    "(inputs, window_shape, strides=None, padding='VALID', count_include_pad=True)",
    { aliases: ['flax.nnx.avg_pool'] },
  ],

  // flax.nnx — linear, convolution, embedding, LoRA
  [
    'flax.nnx.Linear',
    'linear',
    '(in_features, out_features, *, use_bias=True, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=default_bias_init, dot_general=lax.dot_general, promote_dtype=dtypes.promote_dtype, preferred_element_type=None, rngs)',
  ],
  [
    'flax.nnx.LinearGeneral',
    'linear',
    '(in_features, out_features, *, axis=-1, batch_axis=FrozenDict({}), use_bias=True, dtype=None, param_dtype=jnp.float32, kernel_init=default_kernel_init, bias_init=default_bias_init, precision=None, promote_dtype=dtypes.promote_dtype, dot_general=None, dot_general_cls=None, preferred_element_type=None, rngs)',
  ],
  [
    'flax.nnx.Einsum',
    'linear',
    '(einsum_str, kernel_shape, bias_shape=None, *, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=default_bias_init, promote_dtype=dtypes.promote_dtype, einsum_op=jnp.einsum, preferred_element_type=None, rngs)',
  ],
  [
    'flax.nnx.Conv',
    'conv',
    "(in_features, out_features, kernel_size, strides=1, *, padding='SAME', input_dilation=1, kernel_dilation=1, feature_group_count=1, use_bias=True, mask=None, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=default_bias_init, conv_general_dilated=lax.conv_general_dilated, promote_dtype=dtypes.promote_dtype, preferred_element_type=None, rngs)",
  ],
  [
    'flax.nnx.ConvTranspose',
    'conv-transpose',
    "(in_features, out_features, kernel_size, strides=None, *, padding='SAME', kernel_dilation=None, use_bias=True, mask=None, dtype=None, param_dtype=jnp.float32, precision=None, kernel_init=default_kernel_init, bias_init=default_bias_init, transpose_kernel=False, promote_dtype=dtypes.promote_dtype, preferred_element_type=None, rngs)",
  ],
  [
    'flax.nnx.Embed',
    'embedding',
    '(num_embeddings, features, *, dtype=None, param_dtype=jnp.float32, embedding_init=default_embed_init, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.LoRA',
    'lora',
    '(in_features, lora_rank, out_features, *, base_module=None, dtype=None, param_dtype=jnp.float32, a_initializer=default_a_initializer, b_initializer=default_b_initializer, lora_param_type=LoRAParam, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.LoRALinear',
    'lora',
    '(in_features, out_features, *, lora_rank, lora_dtype=None, lora_param_dtype=jnp.float32, a_initializer=default_a_initializer, b_initializer=default_b_initializer, lora_param_type=LoRAParam, lora_promote_dtype=dtypes.promote_dtype, rngs, **kwargs)',
  ],

  // flax.nnx — normalization, dropout
  [
    'flax.nnx.BatchNorm',
    'batch-norm',
    '(num_features, *, use_running_average=False, axis=-1, momentum=0.99, epsilon=1e-05, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros_init(), scale_init=initializers.ones_init(), axis_name=None, axis_index_groups=None, use_fast_variance=True, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.LayerNorm',
    'layer-norm',
    '(num_features, *, epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros_init(), scale_init=initializers.ones_init(), reduction_axes=-1, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.RMSNorm',
    'rms-norm',
    '(num_features, *, epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_scale=True, scale_init=initializers.ones, reduction_axes=-1, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.GroupNorm',
    'group-norm',
    '(num_features, num_groups=32, group_size=None, *, epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros_init(), scale_init=initializers.ones_init(), reduction_axes=None, axis_name=None, axis_index_groups=None, use_fast_variance=True, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  [
    'flax.nnx.InstanceNorm',
    'instance-norm',
    '(num_features, *, epsilon=1e-06, dtype=None, param_dtype=jnp.float32, use_bias=True, use_scale=True, bias_init=initializers.zeros, scale_init=initializers.ones, feature_axes=-1, axis_name=None, axis_index_groups=None, use_fast_variance=True, promote_dtype=dtypes.promote_dtype, rngs)',
  ],
  ['flax.nnx.Dropout', 'dropout', "(rate, *, broadcast_dims=(), deterministic=False, rng_collection='dropout', rngs=None)"],

  // flax.nnx — attention
  [
    'flax.nnx.MultiHeadAttention',
    'multi-head-attention',
    '(num_heads, in_features, qkv_features=None, out_features=None, num_kv_heads=None, in_kv_features=None, *, dtype=None, param_dtype=jnp.float32, broadcast_dropout=True, dropout_rate=0.0, deterministic=None, precision=None, kernel_init=default_kernel_init, out_kernel_init=None, bias_init=initializers.zeros_init(), out_bias_init=None, use_bias=True, attention_fn=dot_product_attention, decode=None, normalize_qk=False, qkv_promote_dtype=dtypes.promote_dtype, out_promote_dtype=dtypes.promote_dtype, ln_promote_dtype=dtypes.promote_dtype, qkv_dot_general=None, out_dot_general=None, qkv_dot_general_cls=None, out_dot_general_cls=None, rngs, keep_rngs=True)',
  ],
  [
    'flax.nnx.dot_product_attention',
    'scaled-dot-product-attention',
    '(query, key, value, bias=None, mask=None, broadcast_dropout=True, dropout_rng=None, dropout_rate=0.0, deterministic=False, dtype=None, precision=None, module=None, promote_dtype=dtypes.promote_dtype, is_causal=False)',
  ],
  ['flax.nnx.make_causal_mask', 'causal-mask', '(x, extra_batch_dims=0, dtype=jnp.float32)'],

  // flax.nnx — recurrent
  [
    'flax.nnx.LSTMCell',
    'lstm',
    '(in_features, hidden_features, *, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=modified_orthogonal, bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=None, promote_dtype=dtypes.promote_dtype, keep_rngs=False, rngs)',
  ],
  [
    'flax.nnx.OptimizedLSTMCell',
    'lstm',
    '(in_features, hidden_features, *, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=None, promote_dtype=dtypes.promote_dtype, keep_rngs=False, rngs)',
  ],
  [
    'flax.nnx.GRUCell',
    'gru',
    '(in_features, hidden_features, *, gate_fn=sigmoid, activation_fn=tanh, kernel_init=default_kernel_init, recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), dtype=None, param_dtype=jnp.float32, carry_init=None, promote_dtype=dtypes.promote_dtype, keep_rngs=False, rngs)',
  ],
  [
    'flax.nnx.SimpleCell',
    'rnn',
    '(in_features, hidden_features, *, dtype=jnp.float32, param_dtype=jnp.float32, carry_init=None, residual=False, activation_fn=tanh, kernel_init=initializers.lecun_normal(), recurrent_kernel_init=initializers.orthogonal(), bias_init=initializers.zeros_init(), promote_dtype=dtypes.promote_dtype, keep_rngs=False, rngs)',
  ],
  [
    'flax.nnx.RNN',
    'rnn',
    '(cell, *, time_major=False, return_carry=False, reverse=False, keep_order=False, unroll=1, state_axes=None, broadcast_rngs=None, rngs=True)',
  ],

  // flax.nnx — activations (re-exports of jax.nn / jax.numpy), metrics
  ['flax.nnx.relu', 'relu', '(x)'],
  ['flax.nnx.relu6', 'relu', '(x)'],
  ['flax.nnx.leaky_relu', 'leaky-relu', '(x, negative_slope=0.01)'],
  [
    'flax.nnx.PReLU',
    'leaky-relu',
    '(negative_slope_init=0.01, *, dtype=None, param_dtype=jnp.float32, promote_dtype=dtypes.promote_dtype)',
  ],
  ['flax.nnx.gelu', 'gelu', '(x, approximate=True)'],
  ['flax.nnx.sigmoid', 'sigmoid', '(x)'],
  ['flax.nnx.tanh', 'tanh', '(x, /)'],
  ['flax.nnx.softmax', 'softmax', '(x, axis=-1, where=None)'],
  ['flax.nnx.log_softmax', 'log-softmax', '(x, axis=-1, where=None)'],
  ['flax.nnx.silu', 'silu', '(x)', { aliases: ['flax.nnx.swish'] }],
  ['flax.nnx.metrics.Accuracy', 'accuracy', '(threshold=None, *args, **kwargs)'],
]);

export const OPTAX = defineSymbols('optax', [
  // optax — optimizers (optax._src.alias)
  [
    'optax.sgd',
    'sgd',
    '(learning_rate, momentum=None, nesterov=False, accumulator_dtype=None)',
    { rules: [{ param: 'momentum', when: 'truthy', concept: 'sgd-momentum' }] },
  ],
  [
    'optax.adam',
    'adam',
    '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, mu_dtype=None, *, nesterov=False)',
    { rules: [{ param: 'nesterov', when: 'truthy', concept: 'nadam' }] },
  ],
  ['optax.nadam', 'nadam', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, mu_dtype=None, *, nesterov=True)'],
  ['optax.amsgrad', 'adam', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, mu_dtype=None, bias_correction_mu=True, bias_correction_nu=True)'],
  ['optax.adamw', 'adamw', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, mu_dtype=None, weight_decay=0.0001, mask=None, *, nesterov=False)'],
  ['optax.nadamw', 'adamw', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, mu_dtype=None, weight_decay=0.0001, mask=None, *, nesterov=True)'],
  ['optax.adamax', 'adamax', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08)'],
  ['optax.adamaxw', 'adamax', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, weight_decay=0.0001, mask=None)'],
  ['optax.radam', 'radam', '(learning_rate, b1=0.9, b2=0.999, eps=1e-08, eps_root=0.0, threshold=5.0, *, nesterov=False)'],
  [
    'optax.rmsprop',
    'rmsprop',
    '(learning_rate, decay=0.9, eps=1e-08, initial_scale=0.0, eps_in_sqrt=True, centered=False, momentum=None, nesterov=False, bias_correction=False)',
  ],
  ['optax.adagrad', 'adagrad', '(learning_rate, initial_accumulator_value=0.1, eps=1e-07)'],
  ['optax.adadelta', 'adadelta', '(learning_rate=None, rho=0.9, eps=1e-06, weight_decay=0.0, weight_decay_mask=None)'],
  [
    'optax.adafactor',
    'adafactor',
    '(learning_rate=None, min_dim_size_to_factor=128, decay_rate=0.8, decay_offset=0, multiply_by_parameter_scale=True, clipping_threshold=1.0, momentum=None, dtype_momentum=jnp.float32, weight_decay_rate=None, eps=1e-30, factored=True, weight_decay_mask=None)',
  ],
  ['optax.lamb', 'lamb', '(learning_rate, b1=0.9, b2=0.999, eps=1e-06, eps_root=0.0, weight_decay=0.0, mask=None)'],
  ['optax.lion', 'lion', '(learning_rate, b1=0.9, b2=0.99, mu_dtype=None, weight_decay=0.001, mask=None)'],
  [
    'optax.lbfgs',
    'lbfgs',
    "(learning_rate=None, memory_size=10, scale_init_precond=True, linesearch=optax.scale_by_zoom_linesearch(max_linesearch_steps=20, initial_guess_strategy='one'))",
  ],

  // optax.transforms — clipping, weight decay
  ['optax.clip_by_global_norm', 'gradient-clipping', '(max_norm)', { aliases: ['optax.transforms.clip_by_global_norm'] }],
  ['optax.clip', 'gradient-clipping', '(max_delta)', { aliases: ['optax.transforms.clip'] }],
  ['optax.clip_by_block_rms', 'gradient-clipping', '(threshold)', { aliases: ['optax.transforms.clip_by_block_rms'] }],
  ['optax.adaptive_grad_clip', 'gradient-clipping', '(clipping, eps=0.001, axis=None)', { aliases: ['optax.transforms.adaptive_grad_clip'] }],
  ['optax.add_decayed_weights', 'weight-decay', '(weight_decay=0.0, mask=None)', { aliases: ['optax.transforms.add_decayed_weights'] }],

  // optax.schedules (also exported at the top level)
  ['optax.constant_schedule', 'lr-scheduler', '(value)', { aliases: ['optax.schedules.constant_schedule'] }],
  ['optax.linear_schedule', 'lr-scheduler', '(init_value, end_value, transition_steps, transition_begin=0)', { aliases: ['optax.schedules.linear_schedule'] }],
  [
    'optax.polynomial_schedule',
    'lr-scheduler',
    '(init_value, end_value, power, transition_steps, transition_begin=0)',
    { aliases: ['optax.schedules.polynomial_schedule'] },
  ],
  [
    'optax.piecewise_constant_schedule',
    'lr-scheduler',
    '(init_value, boundaries_and_scales=None)',
    { aliases: ['optax.schedules.piecewise_constant_schedule'] },
  ],
  [
    'optax.exponential_decay',
    'lr-scheduler',
    '(init_value, transition_steps, decay_rate, transition_begin=0, staircase=False, end_value=None)',
    { aliases: ['optax.schedules.exponential_decay'] },
  ],
  [
    'optax.cosine_decay_schedule',
    'lr-scheduler',
    '(init_value, decay_steps, alpha=0.0, exponent=1.0)',
    { aliases: ['optax.schedules.cosine_decay_schedule'] },
  ],
  [
    'optax.warmup_cosine_decay_schedule',
    'lr-scheduler',
    '(init_value, peak_value, warmup_steps, decay_steps, end_value=0.0, exponent=1.0)',
    { aliases: ['optax.schedules.warmup_cosine_decay_schedule'] },
  ],
  [
    'optax.warmup_exponential_decay_schedule',
    'lr-scheduler',
    '(init_value, peak_value, warmup_steps, transition_steps, decay_rate, transition_begin=0, staircase=False, end_value=None)',
    { aliases: ['optax.schedules.warmup_exponential_decay_schedule'] },
  ],
  [
    'optax.cosine_onecycle_schedule',
    'lr-scheduler',
    '(transition_steps, peak_value, pct_start=0.3, div_factor=25.0, final_div_factor=10000.0)',
    { aliases: ['optax.schedules.cosine_onecycle_schedule'] },
  ],
  [
    'optax.linear_onecycle_schedule',
    'lr-scheduler',
    '(transition_steps, peak_value, pct_start=0.3, pct_final=0.85, div_factor=25.0, final_div_factor=10000.0)',
    { aliases: ['optax.schedules.linear_onecycle_schedule'] },
  ],
  ['optax.sgdr_schedule', 'lr-scheduler', '(cosine_kwargs)', { aliases: ['optax.schedules.sgdr_schedule'] }],
  ['optax.join_schedules', 'lr-scheduler', '(schedules, boundaries)', { aliases: ['optax.schedules.join_schedules'] }],

  // optax.losses (also exported at the top level)
  [
    'optax.softmax_cross_entropy',
    'cross-entropy-loss',
    '(logits, labels, axis=-1, where=None)',
    { aliases: ['optax.losses.softmax_cross_entropy'] },
  ],
  [
    'optax.softmax_cross_entropy_with_integer_labels',
    'cross-entropy-loss',
    '(logits, labels, axis=-1, where=None)',
    { aliases: ['optax.losses.softmax_cross_entropy_with_integer_labels'] },
  ],
  ['optax.safe_softmax_cross_entropy', 'cross-entropy-loss', '(logits, labels)', { aliases: ['optax.losses.safe_softmax_cross_entropy'] }],
  [
    'optax.sigmoid_binary_cross_entropy',
    'bce-with-logits-loss',
    '(logits, labels)',
    { aliases: ['optax.losses.sigmoid_binary_cross_entropy'] },
  ],
  ['optax.l2_loss', 'mse-loss', '(predictions, targets=None)', { aliases: ['optax.losses.l2_loss'] }],
  ['optax.squared_error', 'mse-loss', '(predictions, targets=None)', { aliases: ['optax.losses.squared_error'] }],
  ['optax.huber_loss', 'huber-loss', '(predictions, targets=None, *, delta=1.0)', { aliases: ['optax.losses.huber_loss'] }],
  ['optax.kl_divergence', 'kl-div-loss', '(log_predictions, targets, axis=-1, where=None)', { aliases: ['optax.losses.kl_divergence'] }],
  ['optax.ntxent', 'contrastive-loss', '(embeddings, labels, temperature=0.07)', { aliases: ['optax.losses.ntxent'] }],
]);
