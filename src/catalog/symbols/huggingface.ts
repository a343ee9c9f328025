/**
 * Hugging Face libraries: transformers (4.4x: Auto classes, tokenizers, model classes, schedules, Adafactor),
 * peft (0.19), diffusers (0.39) and tokenizers (0.23). Signatures as in each library's API reference.
 */
import { defineSymbols } from './define';

export const TRANSFORMERS = defineSymbols('transformers', [
  // Auto classes cannot be constructed directly: they are used as `AutoX.from_pretrained(...)`, so their rows
  // carry the signature of from_pretrained (_BaseAutoModelClass.from_pretrained / AutoTokenizer.from_pretrained)
  ['transformers.AutoModel', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForCausalLM', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForSequenceClassification', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForMaskedLM', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForSeq2SeqLM', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForTokenClassification', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForQuestionAnswering', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoModelForImageClassification', 'transformer', '(pretrained_model_name_or_path, *model_args, **kwargs)'],
  ['transformers.AutoTokenizer', 'tokenizer', '(pretrained_model_name_or_path, *inputs, **kwargs)'],
  // tokenizers (constructors; usually loaded with from_pretrained)
  ['transformers.PreTrainedTokenizerFast', 'tokenizer', '(*args, **kwargs)', { aliases: ['transformers.tokenization_utils_fast.PreTrainedTokenizerFast'] }],
  [
    'transformers.BertTokenizer',
    'tokenizer',
    "(vocab_file, do_lower_case=True, do_basic_tokenize=True, never_split=None, unk_token='[UNK]', sep_token='[SEP]', pad_token='[PAD]', cls_token='[CLS]', mask_token='[MASK]', tokenize_chinese_chars=True, strip_accents=None, clean_up_tokenization_spaces=True, **kwargs)",
  ],
  [
    'transformers.BertTokenizerFast',
    'tokenizer',
    "(vocab_file=None, tokenizer_file=None, do_lower_case=True, unk_token='[UNK]', sep_token='[SEP]', pad_token='[PAD]', cls_token='[CLS]', mask_token='[MASK]', tokenize_chinese_chars=True, strip_accents=None, **kwargs)",
  ],
  [
    'transformers.GPT2Tokenizer',
    'tokenizer',
    "(vocab_file, merges_file, errors='replace', unk_token='<|endoftext|>', bos_token='<|endoftext|>', eos_token='<|endoftext|>', pad_token=None, add_prefix_space=False, add_bos_token=False, **kwargs)",
  ],
  [
    'transformers.GPT2TokenizerFast',
    'tokenizer',
    "(vocab_file=None, merges_file=None, tokenizer_file=None, unk_token='<|endoftext|>', bos_token='<|endoftext|>', eos_token='<|endoftext|>', add_prefix_space=False, **kwargs)",
  ],
  [
    'transformers.T5Tokenizer',
    'tokenizer',
    "(vocab_file, eos_token='</s>', unk_token='<unk>', pad_token='<pad>', extra_ids=100, additional_special_tokens=None, sp_model_kwargs=None, legacy=None, add_prefix_space=True, **kwargs)",
  ],
  [
    'transformers.T5TokenizerFast',
    'tokenizer',
    "(vocab_file=None, tokenizer_file=None, eos_token='</s>', unk_token='<unk>', pad_token='<pad>', extra_ids=100, additional_special_tokens=None, add_prefix_space=None, **kwargs)",
  ],
  [
    'transformers.RobertaTokenizer',
    'tokenizer',
    "(vocab_file, merges_file, errors='replace', bos_token='<s>', eos_token='</s>', sep_token='</s>', cls_token='<s>', unk_token='<unk>', pad_token='<pad>', mask_token='<mask>', add_prefix_space=False, **kwargs)",
  ],
  [
    'transformers.RobertaTokenizerFast',
    'tokenizer',
    "(vocab_file=None, merges_file=None, tokenizer_file=None, errors='replace', bos_token='<s>', eos_token='</s>', sep_token='</s>', cls_token='<s>', unk_token='<unk>', pad_token='<pad>', mask_token='<mask>', add_prefix_space=False, trim_offsets=True, **kwargs)",
  ],
  // model classes (constructors take a config; pretrained weights come from from_pretrained)
  ['transformers.BertModel', 'bert', '(config, add_pooling_layer=True)'],
  ['transformers.BertForPreTraining', 'bert', '(config)'],
  ['transformers.BertForMaskedLM', 'bert', '(config)'],
  ['transformers.BertForSequenceClassification', 'bert', '(config)'],
  ['transformers.GPT2Model', 'gpt', '(config)'],
  ['transformers.GPT2LMHeadModel', 'gpt', '(config)'],
  ['transformers.T5Model', 't5', '(config)'],
  ['transformers.T5ForConditionalGeneration', 't5', '(config)'],
  ['transformers.RobertaModel', 'roberta', '(config, add_pooling_layer=True)'],
  ['transformers.RobertaForMaskedLM', 'roberta', '(config)'],
  ['transformers.RobertaForSequenceClassification', 'roberta', '(config)'],
  ['transformers.CLIPModel', 'clip', '(config)'],
  ['transformers.CLIPTextModel', 'clip', '(config)'],
  ['transformers.CLIPProcessor', 'clip', '(image_processor=None, tokenizer=None, **kwargs)'],
  ['transformers.SwinModel', 'swin-transformer', '(config, add_pooling_layer=True, use_mask_token=False)'],
  ['transformers.SwinForImageClassification', 'swin-transformer', '(config)'],
  ['transformers.ResNetModel', 'resnet', '(config)'],
  ['transformers.ResNetForImageClassification', 'resnet', '(config)'],
  ['transformers.ViTModel', 'transformer', '(config, add_pooling_layer=True, use_mask_token=False)'],
  ['transformers.ViTForImageClassification', 'transformer', '(config)'],
  // optimization
  [
    'transformers.get_linear_schedule_with_warmup',
    'lr-scheduler',
    '(optimizer, num_warmup_steps, num_training_steps, last_epoch=-1)',
    { aliases: ['transformers.optimization.get_linear_schedule_with_warmup'] },
  ],
  [
    'transformers.get_cosine_schedule_with_warmup',
    'lr-scheduler',
    '(optimizer, num_warmup_steps, num_training_steps, num_cycles=0.5, last_epoch=-1)',
    { aliases: ['transformers.optimization.get_cosine_schedule_with_warmup'] },
  ],
  [
    'transformers.get_polynomial_decay_schedule_with_warmup',
    'lr-scheduler',
    '(optimizer, num_warmup_steps, num_training_steps, lr_end=1e-07, power=1.0, last_epoch=-1)',
    { aliases: ['transformers.optimization.get_polynomial_decay_schedule_with_warmup'] },
  ],
  [
    'transformers.get_constant_schedule_with_warmup',
    'lr-scheduler',
    '(optimizer, num_warmup_steps, last_epoch=-1)',
    { aliases: ['transformers.optimization.get_constant_schedule_with_warmup'] },
  ],
  [
    'transformers.get_scheduler',
    'lr-scheduler',
    '(name, optimizer, num_warmup_steps=None, num_training_steps=None, scheduler_specific_kwargs=None)',
    { aliases: ['transformers.optimization.get_scheduler'] },
  ],
  [
    'transformers.Adafactor',
    'adafactor',
    '(params, lr=None, eps=(1e-30, 0.001), clip_threshold=1.0, decay_rate=-0.8, beta1=None, weight_decay=0.0, scale_parameter=True, relative_step=True, warmup_init=False)',
    { aliases: ['transformers.optimization.Adafactor'] },
  ],
]);

export const PEFT = defineSymbols('peft', [
  // LoRA-family configs are dataclasses: PeftConfig's fields come first, then the method's own fields, all
  // keyword-usable; listed are the ones people set, in field order
  [
    'peft.LoraConfig',
    'lora',
    "(task_type=None, inference_mode=False, r=8, target_modules=None, exclude_modules=None, lora_alpha=8, lora_dropout=0.0, fan_in_fan_out=False, bias='none', use_rslora=False, modules_to_save=None, init_lora_weights=True, layers_to_transform=None, layers_pattern=None, rank_pattern={}, alpha_pattern={}, use_dora=False, layer_replication=None, lora_bias=False, target_parameters=None)",
  ],
  [
    'peft.AdaLoraConfig',
    'lora',
    "(task_type=None, inference_mode=False, r=8, target_modules=None, lora_alpha=8, lora_dropout=0.0, bias='none', modules_to_save=None, target_r=8, init_r=12, tinit=0, tfinal=0, deltaT=1, beta1=0.85, beta2=0.85, orth_reg_weight=0.5, total_step=None)",
  ],
  [
    'peft.LoHaConfig',
    'lora',
    '(task_type=None, inference_mode=False, rank_pattern={}, alpha_pattern={}, r=8, alpha=8, rank_dropout=0.0, module_dropout=0.0, use_effective_conv2d=False, target_modules=None, exclude_modules=None, init_weights=True, layers_to_transform=None, layers_pattern=None, modules_to_save=None)',
  ],
  [
    'peft.LoKrConfig',
    'lora',
    '(task_type=None, inference_mode=False, rank_pattern={}, alpha_pattern={}, r=8, alpha=8, rank_dropout=0.0, module_dropout=0.0, use_effective_conv2d=False, decompose_both=False, decompose_factor=-1, rank_dropout_scale=False, target_modules=None, exclude_modules=None, init_weights=True, layers_to_transform=None, layers_pattern=None, modules_to_save=None)',
  ],
  // wrapping a model with adapters
  [
    'peft.get_peft_model',
    'peft-adapter',
    "(model, peft_config, adapter_name='default', mixed=False, autocast_adapter_dtype=True, revision=None, low_cpu_mem_usage=False)",
    { aliases: ['peft.mapping_func.get_peft_model'] },
  ],
  ['peft.PeftModel', 'peft-adapter', "(model, peft_config, adapter_name='default', autocast_adapter_dtype=True, low_cpu_mem_usage=False)"],
  ['peft.PeftModelForCausalLM', 'peft-adapter', "(model, peft_config, adapter_name='default', **kwargs)"],
  ['peft.PeftModelForSequenceClassification', 'peft-adapter', "(model, peft_config, adapter_name='default', **kwargs)"],
  [
    'peft.prepare_model_for_kbit_training',
    'peft-adapter',
    '(model, use_gradient_checkpointing=True, gradient_checkpointing_kwargs=None)',
    { aliases: ['peft.utils.prepare_model_for_kbit_training', 'peft.utils.other.prepare_model_for_kbit_training'] },
  ],
]);

export const DIFFUSERS = defineSymbols('diffusers', [
  // noise schedulers
  [
    'diffusers.DDPMScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, variance_type='fixed_small', clip_sample=True, prediction_type='epsilon', thresholding=False, dynamic_thresholding_ratio=0.995, clip_sample_range=1.0, sample_max_value=1.0, timestep_spacing='leading', steps_offset=0, rescale_betas_zero_snr=False)",
  ],
  [
    'diffusers.DDIMScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, clip_sample=True, set_alpha_to_one=True, steps_offset=0, prediction_type='epsilon', thresholding=False, dynamic_thresholding_ratio=0.995, clip_sample_range=1.0, sample_max_value=1.0, timestep_spacing='leading', rescale_betas_zero_snr=False)",
  ],
  [
    'diffusers.PNDMScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, skip_prk_steps=False, set_alpha_to_one=False, prediction_type='epsilon', timestep_spacing='leading', steps_offset=0)",
  ],
  [
    'diffusers.LMSDiscreteScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, use_karras_sigmas=False, use_exponential_sigmas=False, use_beta_sigmas=False, prediction_type='epsilon', timestep_spacing='linspace', steps_offset=0)",
  ],
  [
    'diffusers.EulerDiscreteScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, prediction_type='epsilon', interpolation_type='linear', use_karras_sigmas=False, use_exponential_sigmas=False, use_beta_sigmas=False, sigma_min=None, sigma_max=None, timestep_spacing='linspace', timestep_type='discrete', steps_offset=0, rescale_betas_zero_snr=False, final_sigmas_type='zero')",
  ],
  [
    'diffusers.DPMSolverMultistepScheduler',
    'noise-scheduler',
    "(num_train_timesteps=1000, beta_start=0.0001, beta_end=0.02, beta_schedule='linear', trained_betas=None, solver_order=2, prediction_type='epsilon', thresholding=False, dynamic_thresholding_ratio=0.995, sample_max_value=1.0, algorithm_type='dpmsolver++', solver_type='midpoint', lower_order_final=True, euler_at_final=False, use_karras_sigmas=False, use_exponential_sigmas=False, use_beta_sigmas=False, use_lu_lambdas=False, use_flow_sigmas=False, flow_shift=1.0, final_sigmas_type='zero')",
  ],
  // models
  [
    'diffusers.UNet2DModel',
    'unet',
    "(sample_size=None, in_channels=3, out_channels=3, center_input_sample=False, time_embedding_type='positional', time_embedding_dim=None, freq_shift=0, flip_sin_to_cos=True, down_block_types=('DownBlock2D', 'AttnDownBlock2D', 'AttnDownBlock2D', 'AttnDownBlock2D'), mid_block_type='UNetMidBlock2D', up_block_types=('AttnUpBlock2D', 'AttnUpBlock2D', 'AttnUpBlock2D', 'UpBlock2D'), block_out_channels=(224, 448, 672, 896), layers_per_block=2, mid_block_scale_factor=1, downsample_padding=1, downsample_type='conv', upsample_type='conv', dropout=0.0, act_fn='silu', attention_head_dim=8, norm_num_groups=32, attn_norm_num_groups=None, norm_eps=1e-05, resnet_time_scale_shift='default', add_attention=True, class_embed_type=None, num_class_embeds=None, num_train_timesteps=None)",
  ],
  [
    'diffusers.UNet2DConditionModel',
    'unet',
    "(sample_size=None, in_channels=4, out_channels=4, center_input_sample=False, flip_sin_to_cos=True, freq_shift=0, down_block_types=('CrossAttnDownBlock2D', 'CrossAttnDownBlock2D', 'CrossAttnDownBlock2D', 'DownBlock2D'), mid_block_type='UNetMidBlock2DCrossAttn', up_block_types=('UpBlock2D', 'CrossAttnUpBlock2D', 'CrossAttnUpBlock2D', 'CrossAttnUpBlock2D'), only_cross_attention=False, block_out_channels=(320, 640, 1280, 1280), layers_per_block=2, downsample_padding=1, mid_block_scale_factor=1, dropout=0.0, act_fn='silu', norm_num_groups=32, norm_eps=1e-05, cross_attention_dim=1280, attention_head_dim=8, num_attention_heads=None, use_linear_projection=False)",
  ],
  [
    'diffusers.AutoencoderKL',
    'vae',
    "(in_channels=3, out_channels=3, down_block_types=('DownEncoderBlock2D',), up_block_types=('UpDecoderBlock2D',), block_out_channels=(64,), layers_per_block=1, act_fn='silu', latent_channels=4, norm_num_groups=32, sample_size=32, scaling_factor=0.18215, shift_factor=None, latents_mean=None, latents_std=None, force_upcast=True, use_quant_conv=True, use_post_quant_conv=True, mid_block_add_attention=True)",
  ],
  // pipelines (DiffusionPipeline has no public constructor: its row carries DiffusionPipeline.from_pretrained's signature)
  ['diffusers.DiffusionPipeline', 'diffusion-pipeline', '(pretrained_model_name_or_path, **kwargs)'],
  [
    'diffusers.StableDiffusionPipeline',
    'diffusion-pipeline',
    '(vae, text_encoder, tokenizer, unet, scheduler, safety_checker, feature_extractor, image_encoder=None, requires_safety_checker=True)',
  ],
  ['diffusers.DDPMPipeline', 'diffusion-pipeline', '(unet, scheduler)'],
  ['diffusers.DDIMPipeline', 'diffusion-pipeline', '(unet, scheduler)'],
]);

export const TOKENIZERS = defineSymbols('tokenizers', [
  // signatures as the tokenizers 0.23 API reference gives them (the PyO3 text signatures)
  [
    'tokenizers.models.BPE',
    'bpe',
    '(vocab=None, merges=None, cache_capacity=None, dropout=None, unk_token=None, continuing_subword_prefix=None, end_of_word_suffix=None, fuse_unk=None, byte_fallback=False, ignore_merges=False)',
  ],
  ['tokenizers.models.WordPiece', 'wordpiece', "(vocab=None, unk_token='[UNK]', max_input_chars_per_word=100, continuing_subword_prefix='##')"],
  ['tokenizers.Tokenizer', 'tokenizer', '(model)'],
  [
    'tokenizers.trainers.BpeTrainer',
    'bpe',
    "(vocab_size=30000, min_frequency=0, show_progress=True, progress_format='indicatif', special_tokens=[], limit_alphabet=None, initial_alphabet=[], continuing_subword_prefix=None, end_of_word_suffix=None, max_token_length=None, words={})",
  ],
  [
    'tokenizers.trainers.WordPieceTrainer',
    'wordpiece',
    "(vocab_size=30000, min_frequency=0, show_progress=True, special_tokens=[], limit_alphabet=None, initial_alphabet=[], continuing_subword_prefix='##', end_of_word_suffix=None)",
  ],
]);
