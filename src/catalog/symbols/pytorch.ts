/**
 * PyTorch: torch, torch.nn, torch.nn.functional, torch.optim, torch.optim.lr_scheduler, torch.nn.utils, torch.amp,
 * torch.distributed (ZeRO / FSDP). Signatures as in the PyTorch 2.x stable reference docs (pages of 2.10–2.14).
 */
import type { ConceptRule } from './define';
import { defineSymbols } from './define';

/** `AdaptiveAvgPool2d(1)` / `(1, 1)` pools the whole map: global average (max) pooling. */
const globalPool = (concept: string, ones: number[]): ConceptRule[] => [
  { param: 'output_size', when: { equals: 1 }, concept },
  { param: 'output_size', when: { equals: ones }, concept },
];

export const PYTORCH = defineSymbols('pytorch', [
  // torch: matrix products, activations, autocast
  ['torch.matmul', 'matmul', '(input, other, *, out=None)', { tensorMethod: 'matmul', aliases: ['torch.linalg.matmul'] }],
  ['torch.mm', 'matmul', '(input, mat2, out_dtype=None, *, out=None)', { tensorMethod: 'mm' }],
  ['torch.bmm', 'matmul', '(input, mat2, out_dtype=None, *, out=None)', { tensorMethod: 'bmm' }],
  ['torch.einsum', 'matmul', '(equation, *operands)'],
  ['torch.softmax', 'softmax', '(input, dim, *, dtype=None)', { tensorMethod: 'softmax' }],
  ['torch.log_softmax', 'log-softmax', '(input, dim, *, dtype=None)', { tensorMethod: 'log_softmax' }],
  ['torch.sigmoid', 'sigmoid', '(input, *, out=None)', { tensorMethod: 'sigmoid' }],
  ['torch.tanh', 'tanh', '(input, *, out=None)', { tensorMethod: 'tanh' }],
  ['torch.relu', 'relu', '(input)', { tensorMethod: 'relu' }],
  ['torch.special.softmax', 'softmax', '(input, dim, *, dtype=None)'],
  ['torch.special.log_softmax', 'log-softmax', '(input, dim, *, dtype=None)'],
  ['torch.special.expit', 'sigmoid', '(input, *, out=None)'],

  // torch.nn: linear and convolution layers
  ['torch.nn.Linear', 'linear', '(in_features, out_features, bias=True, device=None, dtype=None)'],
  ['torch.nn.Bilinear', 'linear', '(in1_features, in2_features, out_features, bias=True, device=None, dtype=None)'],
  ['torch.nn.LazyLinear', 'linear', '(out_features, bias=True, device=None, dtype=None)'],
  [
    'torch.nn.Conv1d',
    'conv1d',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.Conv2d',
    'conv2d',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.Conv3d',
    'conv3d',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.ConvTranspose1d',
    'conv-transpose',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.ConvTranspose2d',
    'conv-transpose',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.ConvTranspose3d',
    'conv-transpose',
    "(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConv1d',
    'conv1d',
    "(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConv2d',
    'conv2d',
    "(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConv3d',
    'conv3d',
    "(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConvTranspose1d',
    'conv-transpose',
    "(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConvTranspose2d',
    'conv-transpose',
    "(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],
  [
    'torch.nn.LazyConvTranspose3d',
    'conv-transpose',
    "(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)",
  ],

  // torch.nn: pooling
  ['torch.nn.MaxPool1d', 'max-pool', '(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)'],
  ['torch.nn.MaxPool2d', 'max-pool', '(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)'],
  ['torch.nn.MaxPool3d', 'max-pool', '(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)'],
  ['torch.nn.AvgPool1d', 'avg-pool', '(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)'],
  ['torch.nn.AvgPool2d', 'avg-pool', '(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)'],
  ['torch.nn.AvgPool3d', 'avg-pool', '(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)'],
  ['torch.nn.AdaptiveAvgPool1d', 'adaptive-avg-pool', '(output_size)', { rules: globalPool('global-avg-pool', [1]) }],
  ['torch.nn.AdaptiveAvgPool2d', 'adaptive-avg-pool', '(output_size)', { rules: globalPool('global-avg-pool', [1, 1]) }],
  ['torch.nn.AdaptiveAvgPool3d', 'adaptive-avg-pool', '(output_size)', { rules: globalPool('global-avg-pool', [1, 1, 1]) }],
  ['torch.nn.AdaptiveMaxPool1d', 'max-pool', '(output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1]) }],
  ['torch.nn.AdaptiveMaxPool2d', 'max-pool', '(output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1, 1]) }],
  ['torch.nn.AdaptiveMaxPool3d', 'max-pool', '(output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1, 1, 1]) }],

  // torch.nn: embeddings and recurrent layers
  [
    'torch.nn.Embedding',
    'embedding',
    '(num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None)',
  ],
  [
    'torch.nn.EmbeddingBag',
    'embedding',
    "(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None)",
  ],
  [
    'torch.nn.RNN',
    'rnn',
    "(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0, bidirectional=False, device=None, dtype=None)",
  ],
  [
    'torch.nn.LSTM',
    'lstm',
    '(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False, proj_size=0, device=None, dtype=None)',
  ],
  ['torch.nn.GRU', 'gru', '(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False, device=None, dtype=None)'],
  ['torch.nn.RNNCell', 'rnn', "(input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None)"],
  ['torch.nn.LSTMCell', 'lstm', '(input_size, hidden_size, bias=True, device=None, dtype=None)'],
  ['torch.nn.GRUCell', 'gru', '(input_size, hidden_size, bias=True, device=None, dtype=None)'],

  // torch.nn: attention and Transformer
  [
    'torch.nn.MultiheadAttention',
    'multi-head-attention',
    '(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None, dtype=None)',
  ],
  [
    'torch.nn.Transformer',
    'transformer',
    '(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1, activation=F.relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, device=None, dtype=None)',
  ],
  ['torch.nn.Transformer.generate_square_subsequent_mask', 'causal-mask', '(sz, device=None, dtype=None)'],
  ['torch.nn.TransformerEncoder', 'transformer', '(encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True)'],
  [
    'torch.nn.TransformerEncoderLayer',
    'transformer',
    '(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=F.relu, layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, device=None, dtype=None)',
  ],
  ['torch.nn.TransformerDecoder', 'transformer', '(decoder_layer, num_layers, norm=None)'],
  [
    'torch.nn.TransformerDecoderLayer',
    'transformer',
    '(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=F.relu, layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, device=None, dtype=None)',
  ],

  // torch.nn: dropout
  ['torch.nn.Dropout', 'dropout', '(p=0.5, inplace=False)'],
  ['torch.nn.Dropout1d', 'dropout', '(p=0.5, inplace=False)'],
  ['torch.nn.Dropout2d', 'dropout', '(p=0.5, inplace=False)'],
  ['torch.nn.Dropout3d', 'dropout', '(p=0.5, inplace=False)'],
  ['torch.nn.AlphaDropout', 'dropout', '(p=0.5, inplace=False)'],
  ['torch.nn.FeatureAlphaDropout', 'dropout', '(p=0.5, inplace=False)'],

  // torch.nn: normalization
  ['torch.nn.BatchNorm1d', 'batch-norm', '(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.BatchNorm2d', 'batch-norm', '(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.BatchNorm3d', 'batch-norm', '(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  [
    'torch.nn.SyncBatchNorm',
    'batch-norm',
    '(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, process_group=None, device=None, dtype=None, *, bias=True)',
  ],
  ['torch.nn.LazyBatchNorm1d', 'batch-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.LazyBatchNorm2d', 'batch-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.LazyBatchNorm3d', 'batch-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.LayerNorm', 'layer-norm', '(normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None)'],
  ['torch.nn.GroupNorm', 'group-norm', '(num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None, *, bias=True)'],
  [
    'torch.nn.InstanceNorm1d',
    'instance-norm',
    '(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None, *, bias=True)',
  ],
  [
    'torch.nn.InstanceNorm2d',
    'instance-norm',
    '(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None, *, bias=True)',
  ],
  [
    'torch.nn.InstanceNorm3d',
    'instance-norm',
    '(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None, *, bias=True)',
  ],
  ['torch.nn.LazyInstanceNorm1d', 'instance-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.LazyInstanceNorm2d', 'instance-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.LazyInstanceNorm3d', 'instance-norm', '(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True)'],
  ['torch.nn.RMSNorm', 'rms-norm', '(normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None)'],

  // torch.nn: activations
  ['torch.nn.ReLU', 'relu', '(inplace=False)'],
  ['torch.nn.ReLU6', 'relu', '(inplace=False)'],
  ['torch.nn.LeakyReLU', 'leaky-relu', '(negative_slope=0.01, inplace=False)'],
  ['torch.nn.PReLU', 'leaky-relu', '(num_parameters=1, init=0.25, device=None, dtype=None)'],
  ['torch.nn.RReLU', 'leaky-relu', '(lower=0.125, upper=0.3333333333333333, inplace=False)'],
  ['torch.nn.GELU', 'gelu', "(approximate='none')"],
  ['torch.nn.Sigmoid', 'sigmoid', '(*args, **kwargs)'],
  ['torch.nn.Tanh', 'tanh', '(*args, **kwargs)'],
  ['torch.nn.Softmax', 'softmax', '(dim=None)'],
  ['torch.nn.Softmax2d', 'softmax', '(*args, **kwargs)'],
  ['torch.nn.LogSoftmax', 'log-softmax', '(dim=None)'],
  ['torch.nn.SiLU', 'silu', '(inplace=False)'],

  // torch.nn: losses
  ['torch.nn.MSELoss', 'mse-loss', "(size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.L1Loss', 'l1-loss', "(size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.HuberLoss', 'huber-loss', "(reduction='mean', delta=1.0)"],
  ['torch.nn.SmoothL1Loss', 'smooth-l1-loss', "(size_average=None, reduce=None, reduction='mean', beta=1.0)"],
  ['torch.nn.BCELoss', 'bce-loss', "(weight=None, size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.BCEWithLogitsLoss', 'bce-with-logits-loss', "(weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None)"],
  ['torch.nn.CrossEntropyLoss', 'cross-entropy-loss', "(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)"],
  ['torch.nn.NLLLoss', 'nll-loss', "(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')"],
  ['torch.nn.KLDivLoss', 'kl-div-loss', "(size_average=None, reduce=None, reduction='mean', log_target=False)"],
  ['torch.nn.CosineEmbeddingLoss', 'contrastive-loss', "(margin=0.0, size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.MarginRankingLoss', 'contrastive-loss', "(margin=0.0, size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.TripletMarginLoss', 'contrastive-loss', "(margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.TripletMarginWithDistanceLoss', 'contrastive-loss', "(*, distance_function=None, margin=1.0, swap=False, reduction='mean')"],

  // torch.nn.functional: linear, convolution, pooling
  ['torch.nn.functional.linear', 'linear', '(input, weight, bias=None)'],
  ['torch.nn.functional.bilinear', 'linear', '(input1, input2, weight, bias=None)'],
  ['torch.nn.functional.conv1d', 'conv1d', '(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)'],
  ['torch.nn.functional.conv2d', 'conv2d', '(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)'],
  ['torch.nn.functional.conv3d', 'conv3d', '(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)'],
  ['torch.nn.functional.conv_transpose1d', 'conv-transpose', '(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)'],
  ['torch.nn.functional.conv_transpose2d', 'conv-transpose', '(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)'],
  ['torch.nn.functional.conv_transpose3d', 'conv-transpose', '(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)'],
  ['torch.nn.functional.max_pool1d', 'max-pool', '(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)'],
  ['torch.nn.functional.max_pool2d', 'max-pool', '(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)'],
  ['torch.nn.functional.max_pool3d', 'max-pool', '(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)'],
  ['torch.nn.functional.avg_pool1d', 'avg-pool', '(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)'],
  ['torch.nn.functional.avg_pool2d', 'avg-pool', '(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)'],
  ['torch.nn.functional.avg_pool3d', 'avg-pool', '(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)'],
  ['torch.nn.functional.adaptive_avg_pool1d', 'adaptive-avg-pool', '(input, output_size)', { rules: globalPool('global-avg-pool', [1]) }],
  ['torch.nn.functional.adaptive_avg_pool2d', 'adaptive-avg-pool', '(input, output_size)', { rules: globalPool('global-avg-pool', [1, 1]) }],
  ['torch.nn.functional.adaptive_avg_pool3d', 'adaptive-avg-pool', '(input, output_size)', { rules: globalPool('global-avg-pool', [1, 1, 1]) }],
  ['torch.nn.functional.adaptive_max_pool1d', 'max-pool', '(input, output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1]) }],
  ['torch.nn.functional.adaptive_max_pool2d', 'max-pool', '(input, output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1, 1]) }],
  ['torch.nn.functional.adaptive_max_pool3d', 'max-pool', '(input, output_size, return_indices=False)', { rules: globalPool('global-max-pool', [1, 1, 1]) }],

  // torch.nn.functional: dropout and normalization
  ['torch.nn.functional.dropout', 'dropout', '(input, p=0.5, training=True, inplace=False)'],
  ['torch.nn.functional.dropout1d', 'dropout', '(input, p=0.5, training=True, inplace=False)'],
  ['torch.nn.functional.dropout2d', 'dropout', '(input, p=0.5, training=True, inplace=False)'],
  ['torch.nn.functional.dropout3d', 'dropout', '(input, p=0.5, training=True, inplace=False)'],
  ['torch.nn.functional.alpha_dropout', 'dropout', '(input, p=0.5, training=False, inplace=False)'],
  ['torch.nn.functional.feature_alpha_dropout', 'dropout', '(input, p=0.5, training=False, inplace=False)'],
  ['torch.nn.functional.batch_norm', 'batch-norm', '(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05)'],
  ['torch.nn.functional.layer_norm', 'layer-norm', '(input, normalized_shape, weight=None, bias=None, eps=1e-05)'],
  ['torch.nn.functional.group_norm', 'group-norm', '(input, num_groups, weight=None, bias=None, eps=1e-05)'],
  [
    'torch.nn.functional.instance_norm',
    'instance-norm',
    '(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1, eps=1e-05)',
  ],
  ['torch.nn.functional.rms_norm', 'rms-norm', '(input, normalized_shape, weight=None, eps=None)'],

  // torch.nn.functional: activations
  ['torch.nn.functional.relu', 'relu', '(input, inplace=False)'],
  ['torch.nn.functional.relu_', 'relu', '(input)'],
  ['torch.nn.functional.relu6', 'relu', '(input, inplace=False)'],
  ['torch.nn.functional.leaky_relu', 'leaky-relu', '(input, negative_slope=0.01, inplace=False)'],
  ['torch.nn.functional.leaky_relu_', 'leaky-relu', '(input, negative_slope=0.01)'],
  ['torch.nn.functional.prelu', 'leaky-relu', '(input, weight)'],
  ['torch.nn.functional.rrelu', 'leaky-relu', '(input, lower=0.125, upper=0.3333333333333333, training=False, inplace=False)'],
  ['torch.nn.functional.gelu', 'gelu', "(input, approximate='none')"],
  ['torch.nn.functional.sigmoid', 'sigmoid', '(input)'],
  ['torch.nn.functional.tanh', 'tanh', '(input)'],
  ['torch.nn.functional.softmax', 'softmax', '(input, dim=None, _stacklevel=3, dtype=None)'],
  ['torch.nn.functional.log_softmax', 'log-softmax', '(input, dim=None, _stacklevel=3, dtype=None)'],
  ['torch.nn.functional.silu', 'silu', '(input, inplace=False)'],

  // torch.nn.functional: losses
  ['torch.nn.functional.mse_loss', 'mse-loss', "(input, target, size_average=None, reduce=None, reduction='mean', weight=None)"],
  ['torch.nn.functional.l1_loss', 'l1-loss', "(input, target, size_average=None, reduce=None, reduction='mean', weight=None)"],
  ['torch.nn.functional.huber_loss', 'huber-loss', "(input, target, reduction='mean', delta=1.0, weight=None)"],
  ['torch.nn.functional.smooth_l1_loss', 'smooth-l1-loss', "(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0)"],
  ['torch.nn.functional.binary_cross_entropy', 'bce-loss', "(input, target, weight=None, size_average=None, reduce=None, reduction='mean')"],
  [
    'torch.nn.functional.binary_cross_entropy_with_logits',
    'bce-with-logits-loss',
    "(input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None)",
  ],
  [
    'torch.nn.functional.cross_entropy',
    'cross-entropy-loss',
    "(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)",
  ],
  ['torch.nn.functional.nll_loss', 'nll-loss', "(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')"],
  ['torch.nn.functional.kl_div', 'kl-div-loss', "(input, target, size_average=None, reduce=None, reduction='mean', log_target=False)"],
  ['torch.nn.functional.cosine_embedding_loss', 'contrastive-loss', "(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')"],
  ['torch.nn.functional.margin_ranking_loss', 'contrastive-loss', "(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')"],
  [
    'torch.nn.functional.triplet_margin_loss',
    'contrastive-loss',
    "(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')",
  ],
  [
    'torch.nn.functional.triplet_margin_with_distance_loss',
    'contrastive-loss',
    "(anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False, reduction='mean')",
  ],

  // torch.nn.functional: attention and embeddings
  [
    'torch.nn.functional.scaled_dot_product_attention',
    'scaled-dot-product-attention',
    '(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False)',
  ],
  [
    'torch.nn.functional.multi_head_attention_forward',
    'multi-head-attention',
    '(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias, bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias, training=True, key_padding_mask=None, need_weights=True, attn_mask=None, use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None, v_proj_weight=None, static_k=None, static_v=None, average_attn_weights=True, is_causal=False)',
  ],
  ['torch.nn.functional.embedding', 'embedding', '(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)'],
  [
    'torch.nn.functional.embedding_bag',
    'embedding',
    "(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean', sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None)",
  ],

  // torch.optim
  [
    'torch.optim.SGD',
    'sgd',
    '(params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None)',
    { rules: [{ param: 'momentum', when: 'nonzero', concept: 'sgd-momentum' }] },
  ],
  [
    'torch.optim.ASGD',
    'sgd',
    '(params, lr=0.01, lambd=0.0001, alpha=0.75, t0=1000000.0, weight_decay=0, foreach=None, maximize=False, differentiable=False, capturable=False)',
  ],
  [
    'torch.optim.Adam',
    'adam',
    '(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=False)',
    { rules: [{ param: 'decoupled_weight_decay', when: 'truthy', concept: 'adamw' }] },
  ],
  [
    'torch.optim.AdamW',
    'adamw',
    '(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, maximize=False, foreach=None, capturable=False, differentiable=False, fused=None)',
  ],
  [
    'torch.optim.Adamax',
    'adamax',
    '(params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, foreach=None, *, maximize=False, differentiable=False, capturable=False)',
  ],
  [
    'torch.optim.NAdam',
    'nadam',
    '(params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, momentum_decay=0.004, decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False, differentiable=False)',
  ],
  [
    'torch.optim.RAdam',
    'radam',
    '(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False, differentiable=False)',
  ],
  [
    'torch.optim.RMSprop',
    'rmsprop',
    '(params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, foreach=None, maximize=False, differentiable=False)',
  ],
  [
    'torch.optim.Adagrad',
    'adagrad',
    '(params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, foreach=None, *, maximize=False, differentiable=False, fused=None)',
  ],
  [
    'torch.optim.Adadelta',
    'adadelta',
    '(params, lr=1.0, rho=0.9, eps=1e-06, weight_decay=0, foreach=None, *, capturable=False, maximize=False, differentiable=False)',
  ],
  ['torch.optim.Adafactor', 'adafactor', '(params, lr=0.01, beta2_decay=-0.8, eps=(None, 0.001), d=1.0, weight_decay=0.0, *, foreach=None, maximize=False)'],
  [
    'torch.optim.LBFGS',
    'lbfgs',
    '(params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-07, tolerance_change=1e-09, history_size=100, line_search_fn=None)',
  ],
  ['torch.optim.SparseAdam', 'adam', '(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, maximize=False)'],

  // torch.optim.lr_scheduler (and SWA's scheduler)
  ['torch.optim.lr_scheduler.LRScheduler', 'lr-scheduler', '(optimizer, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.LambdaLR', 'lr-scheduler', '(optimizer, lr_lambda, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.MultiplicativeLR', 'lr-scheduler', '(optimizer, lr_lambda, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.StepLR', 'lr-scheduler', '(optimizer, step_size, gamma=0.1, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.MultiStepLR', 'lr-scheduler', '(optimizer, milestones, gamma=0.1, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.ConstantLR', 'lr-scheduler', '(optimizer, factor=0.3333333333333333, total_iters=5, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.LinearLR', 'lr-scheduler', '(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=5, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.ExponentialLR', 'lr-scheduler', '(optimizer, gamma, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.PolynomialLR', 'lr-scheduler', '(optimizer, total_iters=5, power=1.0, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.CosineAnnealingLR', 'lr-scheduler', '(optimizer, T_max, eta_min=0.0, last_epoch=-1)'],
  ['torch.optim.lr_scheduler.ChainedScheduler', 'lr-scheduler', '(schedulers, optimizer=None)'],
  ['torch.optim.lr_scheduler.SequentialLR', 'lr-scheduler', '(optimizer, schedulers, milestones, last_epoch=-1)'],
  [
    'torch.optim.lr_scheduler.ReduceLROnPlateau',
    'lr-scheduler',
    "(optimizer, mode='min', factor=0.1, patience=10, threshold=0.0001, threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-08)",
  ],
  [
    'torch.optim.lr_scheduler.CyclicLR',
    'lr-scheduler',
    "(optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None, mode='triangular', gamma=1.0, scale_fn=None, scale_mode='cycle', cycle_momentum=True, base_momentum=0.8, max_momentum=0.9, last_epoch=-1)",
  ],
  [
    'torch.optim.lr_scheduler.OneCycleLR',
    'lr-scheduler',
    "(optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None, pct_start=0.3, anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85, max_momentum=0.95, div_factor=25.0, final_div_factor=10000.0, three_phase=False, last_epoch=-1)",
  ],
  ['torch.optim.lr_scheduler.CosineAnnealingWarmRestarts', 'lr-scheduler', '(optimizer, T_0, T_mult=1, eta_min=0.0, last_epoch=-1)'],
  ['torch.optim.swa_utils.SWALR', 'lr-scheduler', "(optimizer, swa_lr, anneal_epochs=10, anneal_strategy='cos', last_epoch=-1)"],

  // torch.nn.utils: gradient clipping
  [
    'torch.nn.utils.clip_grad_norm_',
    'gradient-clipping',
    '(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None)',
    { aliases: ['torch.nn.utils.clip_grad.clip_grad_norm_'] },
  ],
  ['torch.nn.utils.clip_grad_norm', 'gradient-clipping', '(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None)'],
  ['torch.nn.utils.clip_grad_value_', 'gradient-clipping', '(parameters, clip_value, foreach=None)', { aliases: ['torch.nn.utils.clip_grad.clip_grad_value_'] }],
  ['torch.nn.utils.clip_grads_with_norm_', 'gradient-clipping', '(parameters, max_norm, total_norm, foreach=None)'],

  // torch.amp / torch.cuda.amp / torch.cpu.amp: mixed precision (the device-specific classes are deprecated but documented)
  ['torch.autocast', 'mixed-precision', '(device_type, dtype=None, enabled=True, cache_enabled=None)', { kind: 'class', aliases: ['torch.amp.autocast'] }],
  ['torch.cuda.amp.autocast', 'mixed-precision', '(enabled=True, dtype=torch.float16, cache_enabled=True)', { kind: 'class' }],
  ['torch.cpu.amp.autocast', 'mixed-precision', '(enabled=True, dtype=torch.bfloat16, cache_enabled=True)', { kind: 'class' }],
  ['torch.amp.GradScaler', 'mixed-precision', "(device='cuda', init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True)"],
  ['torch.cuda.amp.GradScaler', 'mixed-precision', '(init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True)'],
  ['torch.cpu.amp.GradScaler', 'mixed-precision', '(init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True)'],

  // torch.distributed: ZeRO-style sharding (optimizer state / FSDP) and its mixed-precision configs
  [
    'torch.distributed.optim.ZeroRedundancyOptimizer',
    'zero-sharding',
    '(params, optimizer_class, process_group=None, parameters_as_bucket_view=False, overlap_with_ddp=False, **defaults)',
  ],
  [
    'torch.distributed.fsdp.FullyShardedDataParallel',
    'zero-sharding',
    '(module, process_group=None, sharding_strategy=None, cpu_offload=None, auto_wrap_policy=None, backward_prefetch=BackwardPrefetch.BACKWARD_PRE, mixed_precision=None, ignored_modules=None, param_init_fn=None, device_id=None, sync_module_states=False, forward_prefetch=False, limit_all_gathers=True, use_orig_params=False, ignored_states=None, device_mesh=None)',
  ],
  [
    'torch.distributed.fsdp.fully_shard',
    'zero-sharding',
    '(module, *, mesh=None, reshard_after_forward=None, shard_placement_fn=None, mp_policy=MixedPrecisionPolicy(param_dtype=None, reduce_dtype=None, output_dtype=None, cast_forward_inputs=True), offload_policy=OffloadPolicy(), ignored_params=None, dp_mesh_dims=None)',
  ],
  [
    'torch.distributed.fsdp.MixedPrecision',
    'mixed-precision',
    '(param_dtype=None, reduce_dtype=None, buffer_dtype=None, keep_low_precision_grads=False, cast_forward_inputs=False, cast_root_forward_inputs=True, _module_classes_to_ignore=(torch.nn.modules.batchnorm._BatchNorm,))',
  ],
  ['torch.distributed.fsdp.MixedPrecisionPolicy', 'mixed-precision', '(param_dtype=None, reduce_dtype=None, output_dtype=None, cast_forward_inputs=True)'],
]);
