/** Fine-tuning cards: LoRA and PEFT adapters. */
import type { Card } from './types';

export const FINE_TUNING_CARDS: Card[] = [
  {
    id: 'lora',
    family: 'fine-tuning',
    title: { en: 'LoRA (low-rank adaptation)', 'zh-cn': 'LoRA（低秩适配）' },
    summary: {
      en: 'LoRA fine-tunes a large model without changing its weights: each chosen weight matrix W stays frozen, and its update is learned as the product of two thin matrices, W′ = W + ΔW = W + B·A with rank r much smaller than the layer width. Only A and B are trained, scaled by lora_alpha / r, so a 4096×4096 projection trains 65,536 parameters at r = 8 instead of 16,777,216. B starts at zero, so training starts exactly from the pretrained model, and after training ΔW can be merged into W at no inference cost.',
      'zh-cn': 'LoRA 在不改动原始权重的前提下微调大模型：选中的权重矩阵 W 保持冻结，它的更新量被表示为两个"瘦"矩阵的乘积来学习，W′ = W + ΔW = W + B·A，秩 r 远小于层的宽度。只训练 A 和 B，并按 lora_alpha / r 缩放，于是一个 4096×4096 的投影在 r = 8 时只需训练 65,536 个参数，而不是 16,777,216 个。B 初始化为 0，训练恰好从预训练模型出发；训练结束后 ΔW 可以合并进 W，推理没有额外开销。',
    },
    formula: String.raw`W' = W + \Delta W = W + \frac{\alpha}{r}\, B A, \qquad h = W x + \frac{\alpha}{r}\, B (A x), \qquad A \in \mathbb{R}^{r \times d_{in}},\; B \in \mathbb{R}^{d_{out} \times r},\; B_0 = 0`,
    formulaText:
      'W′ = W + ΔW = W + (α/r)·B·A, h = W·x + (α/r)·B·(A·x); A: r × in (random init), B: out × r (zeros), W frozen, only A and B train; α = lora_alpha, scale α/√r with use_rslora=True. Parameters: full d_out·d_in vs LoRA r·(d_in + d_out), e.g. 4096×4096 = 16,777,216 vs r = 8: 65,536 (0.39%). (The notes write ΔW = A·B: the same idea with the letters swapped; Flax computes x·A·B with A: in × r, B: r × out.)',
    shapes: {
      en: 'The wrapped layer keeps its shapes: x (…, in) → (…, out). peft stores lora_A.weight (r, in) and lora_B.weight (out, r) per target module; Flax nnx.LoRA stores lora_a (in, r) and lora_b (r, out). Trainable parameters per layer: r·(in + out).',
      'zh-cn': '被包装的层形状不变：x (…, in) → (…, out)。peft 为每个目标模块存储 lora_A.weight (r, in) 和 lora_B.weight (out, r)；Flax 的 nnx.LoRA 存储 lora_a (in, r) 和 lora_b (r, out)。每层可训练参数：r·(in + out)。',
    },
    params: [
      {
        name: 'r',
        meaning: { en: 'Rank of the update (inner dimension of B·A).', 'zh-cn': '更新量的秩（B·A 的中间维度）。' },
        defaults: { peft: '8', keras: 'None (lora_rank; LoRA off)', flax: 'required (lora_rank)' },
      },
      {
        name: 'lora_alpha',
        meaning: { en: 'Scale numerator: the update is multiplied by lora_alpha / r (lora_alpha / √r with use_rslora).', 'zh-cn': '缩放的分子：更新量乘以 lora_alpha / r（use_rslora 时为 lora_alpha / √r）。' },
        defaults: { peft: '8', keras: 'None (= lora_rank, scale 1)' },
      },
      {
        name: 'target_modules',
        meaning: {
          en: "Module names (or 'all-linear') that get adapters; None uses peft's per-architecture defaults, typically the attention projections.",
          'zh-cn': "要加适配器的模块名（或 'all-linear'）；None 时使用 peft 针对各架构的默认值，通常是注意力投影层。",
        },
        defaults: { peft: 'None' },
      },
      {
        name: 'lora_dropout',
        meaning: { en: 'Dropout on the input of the LoRA branch.', 'zh-cn': 'LoRA 分支输入上的 dropout。' },
        defaults: { peft: '0.0' },
      },
      {
        name: 'use_rslora',
        meaning: { en: 'Rank-stabilised LoRA: scale by lora_alpha / √r instead of lora_alpha / r.', 'zh-cn': '秩稳定 LoRA：按 lora_alpha / √r 而不是 lora_alpha / r 缩放。' },
        defaults: { peft: 'False' },
      },
      {
        name: 'bias',
        meaning: { en: "Which biases train: 'none', 'all' or 'lora_only'.", 'zh-cn': "哪些偏置参与训练：'none'、'all' 或 'lora_only'。" },
        defaults: { peft: "'none'" },
      },
    ],
    pitfalls: [
      {
        en: 'The alpha/r scaling: the update is multiplied by lora_alpha / r, so raising r from 8 to 64 with alpha fixed at 16 shrinks the effective step size eightfold and the run seems to learn nothing. Change alpha with r (e.g. alpha = 2·r), or set use_rslora=True (alpha/√r), and retune the learning rate when you change either.',
        'zh-cn': 'alpha/r 缩放：更新量乘以 lora_alpha / r，若把 r 从 8 提到 64 而 alpha 固定为 16，有效步长会缩小 8 倍，训练看起来什么都没学到。请随 r 一起调整 alpha（如 alpha = 2·r），或设置 use_rslora=True（alpha/√r）；改动其中任何一个都要重新调学习率。',
      },
      {
        en: "target_modules=None only works for architectures peft knows (it then adapts the attention projections, e.g. q_proj and v_proj); custom models raise a ValueError. Name the modules (or use 'all-linear') — adapting only q and v can underfit harder tasks.",
        'zh-cn': "target_modules=None 只对 peft 认识的架构有效（此时只适配注意力投影，如 q_proj 和 v_proj）；自定义模型会抛出 ValueError。请写明模块名（或用 'all-linear'）——只适配 q 和 v 在较难任务上可能欠拟合。",
      },
      {
        en: 'Learning rate: LoRA usually needs a larger learning rate than full fine-tuning (around 1e-4 to 2e-4 rather than 1e-5), because B starts at zero and the update is scaled down by alpha/r.',
        'zh-cn': '学习率：LoRA 通常需要比全量微调更大的学习率（约 1e-4 到 2e-4，而不是 1e-5），因为 B 从 0 开始，且更新量被 alpha/r 缩小。',
      },
    ],
    why: [
      {
        q: { en: 'Why can a low-rank update be enough?', 'zh-cn': '为什么低秩更新就够用？' },
        a: {
          en: 'The weight changes needed to adapt a pretrained model to one task have low intrinsic rank, so B·A with small r captures most of them. Freezing W also means no gradients or Adam moments for the big matrices: far less GPU memory, and checkpoints of a few MB.',
          'zh-cn': '把预训练模型适配到一个任务所需的权重变化，其内在秩很低，所以小 r 的 B·A 就能覆盖其中大部分。冻结 W 还意味着大矩阵没有梯度和 Adam 状态：显存占用大幅减少，checkpoint 只有几 MB。',
        },
      },
      {
        q: { en: 'Why is B initialised to zero?', 'zh-cn': '为什么 B 初始化为 0？' },
        a: {
          en: 'Then ΔW = B·A = 0 at step 0 and the adapted model is exactly the pretrained one; A gets a random init so the gradient of B is not zero and learning can start.',
          'zh-cn': '这样第 0 步时 ΔW = B·A = 0，适配后的模型与预训练模型完全一致；A 随机初始化，使 B 的梯度不为 0，训练得以开始。',
        },
      },
      {
        q: { en: 'Why scale by alpha/r at all?', 'zh-cn': '为什么要按 alpha/r 缩放？' },
        a: {
          en: 'With Adam the size of each step in A and B is set by the learning rate, so a larger r would add a larger update; dividing by r keeps the update magnitude comparable across ranks, so alpha acts like a learning-rate multiplier you can leave fixed while trying ranks.',
          'zh-cn': '使用 Adam 时，A、B 每一步的幅度由学习率决定，r 越大叠加出的更新就越大；除以 r 让不同秩下的更新幅度大致可比，于是 alpha 相当于一个学习率倍数，尝试不同秩时可以保持不变。',
        },
      },
    ],
    seeAlso: ['peft-adapter', 'linear', 'matmul', 'adamw', 'transformer'],
    docs: {
      peft: 'https://huggingface.co/docs/peft/package_reference/lora',
      keras: 'https://keras.io/api/layers/core_layers/dense/',
      flax: 'https://flax.readthedocs.io/en/latest/api_reference/flax.nnx/nn/lora.html',
    },
    demo: 'lora',
  },
  {
    id: 'peft-adapter',
    family: 'fine-tuning',
    title: { en: 'PEFT adapters (get_peft_model, PeftModel)', 'zh-cn': 'PEFT 适配器（get_peft_model、PeftModel）' },
    summary: {
      en: 'Parameter-efficient fine-tuning (PEFT) freezes a pretrained model and trains a small add-on — LoRA matrices, IA³ vectors, prompt or prefix embeddings. In the peft library, get_peft_model(model, config) injects the adapter into the chosen modules and returns a PeftModel whose only trainable parameters are the adapter\'s (often under 1%). save_pretrained stores just the adapter (a few MB), PeftModel.from_pretrained(base, path) attaches it to a base model again, and merge_and_unload() folds LoRA weights into the base weights to give a plain model with no adapter overhead.',
      'zh-cn': '参数高效微调（PEFT）冻结预训练模型，只训练一个小的附加部分——LoRA 矩阵、IA³ 向量、提示或前缀嵌入。在 peft 库中，get_peft_model(model, config) 把适配器注入选定的模块，返回一个 PeftModel，其中唯一可训练的参数就是适配器的参数（通常不到 1%）。save_pretrained 只保存适配器（几 MB），PeftModel.from_pretrained(base, path) 把它重新挂到基座模型上，merge_and_unload() 则把 LoRA 权重合并进基座权重，得到一个没有适配器开销的普通模型。',
    },
    formula: String.raw`y = f(x;\, \underbrace{\theta_{\text{base}}}_{\text{frozen}},\, \underbrace{\phi}_{\text{trained}}), \quad |\phi| \ll |\theta_{\text{base}}|; \qquad \texttt{merge\_and\_unload}:\; W \leftarrow W + \tfrac{\alpha}{r} B A`,
    formulaText:
      'y = f(x; θ_base frozen, φ adapter trained), |φ| ≪ |θ_base|; merge_and_unload() for LoRA: W ← W + (α/r)·B·A in every adapted layer, then the adapter modules are removed',
    shapes: {
      en: 'get_peft_model(model, LoraConfig(…)) → PeftModel with the same inputs and outputs as the base model; print_trainable_parameters() reports e.g. "trainable params: 294,912 || all params: 124,734,720". save_pretrained(dir) writes adapter_config.json + adapter_model.safetensors; merge_and_unload() returns the base model class with updated weights.',
      'zh-cn': 'get_peft_model(model, LoraConfig(…)) → PeftModel，输入输出与基座模型相同；print_trainable_parameters() 会输出类似 "trainable params: 294,912 || all params: 124,734,720" 的信息。save_pretrained(dir) 写出 adapter_config.json 和 adapter_model.safetensors；merge_and_unload() 返回权重已更新的基座模型类。',
    },
    params: [
      {
        name: 'peft_config',
        meaning: { en: 'The method config (LoraConfig, IA3Config, PromptTuningConfig, …), including task_type.', 'zh-cn': '方法配置（LoraConfig、IA3Config、PromptTuningConfig 等），包括 task_type。' },
        defaults: { peft: 'required' },
      },
      {
        name: 'adapter_name',
        meaning: { en: 'Name of the adapter, for loading several and switching with set_adapter().', 'zh-cn': '适配器名称，用于加载多个适配器并通过 set_adapter() 切换。' },
        defaults: { peft: "'default'" },
      },
      {
        name: 'is_trainable',
        meaning: { en: 'PeftModel.from_pretrained: load the adapter trainable instead of frozen for inference.', 'zh-cn': 'PeftModel.from_pretrained：以可训练方式加载适配器，而不是冻结用于推理。' },
        defaults: { peft: 'False' },
      },
      {
        name: 'autocast_adapter_dtype',
        meaning: { en: 'Keep fp16/bf16 adapter weights in float32 for stable training.', 'zh-cn': '把 fp16 / bf16 的适配器权重转为 float32，使训练更稳定。' },
        defaults: { peft: 'True' },
      },
      {
        name: 'safe_merge',
        meaning: { en: 'merge_and_unload: check the merged weights for NaNs before replacing.', 'zh-cn': 'merge_and_unload：替换前检查合并后的权重是否含 NaN。' },
        defaults: { peft: 'False' },
      },
    ],
    pitfalls: [
      {
        en: 'PeftModel.from_pretrained(base, path) loads the adapter frozen (is_trainable=False). Resuming training from it updates nothing; pass is_trainable=True and check with print_trainable_parameters().',
        'zh-cn': 'PeftModel.from_pretrained(base, path) 默认以冻结方式加载适配器（is_trainable=False）。以此继续训练什么也不会更新；请传 is_trainable=True，并用 print_trainable_parameters() 检查。',
      },
      {
        en: 'A new classification head is frozen too unless it is trained as a full module: set task_type="SEQ_CLS" (peft then keeps the classifier trainable and saves it) or list it in modules_to_save, or the head stays at its random init.',
        'zh-cn': '新加的分类头同样会被冻结，除非把它作为完整模块训练：设置 task_type="SEQ_CLS"（peft 会让分类头可训练并保存它），或把它写进 modules_to_save，否则分类头一直停留在随机初始化。',
      },
      {
        en: 'merge_and_unload() on a 4-bit/8-bit quantised base rounds the LoRA delta into the quantised grid and loses quality. Reload the base in fp16/bf16, attach the adapter, then merge. After merging the adapter cannot be removed or swapped.',
        'zh-cn': '在 4 bit / 8 bit 量化的基座上调用 merge_and_unload()，LoRA 增量会被舍入到量化网格上，效果变差。请用 fp16 / bf16 重新加载基座、挂上适配器后再合并。合并之后适配器无法再移除或切换。',
      },
      {
        en: 'save_pretrained on a PeftModel writes only the adapter: loading it needs the exact same base checkpoint. Ship the merged model (merge_and_unload().save_pretrained) if the consumer does not use peft.',
        'zh-cn': '对 PeftModel 调用 save_pretrained 只保存适配器：加载时需要完全相同的基座 checkpoint。如果使用方不用 peft，请发布合并后的模型（merge_and_unload().save_pretrained）。',
      },
    ],
    why: [
      {
        q: { en: 'Why keep the adapter separate instead of merging it right away?', 'zh-cn': '为什么把适配器单独保存，而不是立即合并？' },
        a: {
          en: 'One frozen base model in memory can serve many tasks by loading several small adapters and switching with set_adapter(); each adapter is a few MB to store and ship. Merging is for deployment of a single task, where it removes the extra matmuls.',
          'zh-cn': '显存里只放一个冻结的基座模型，就能加载多个小适配器、用 set_adapter() 切换，服务多个任务；每个适配器只有几 MB，便于存储和分发。合并适用于只部署单个任务的场景，可以去掉额外的矩阵乘法。',
        },
      },
      {
        q: { en: 'Why does PEFT save so much memory during training?', 'zh-cn': '为什么 PEFT 训练时能省这么多显存？' },
        a: {
          en: 'Frozen weights need no gradients and no optimizer state; with Adam that state is two extra fp32 copies per trained parameter. Training under 1% of the parameters removes almost all of it — and with a 4-bit base (QLoRA) the weights themselves shrink too.',
          'zh-cn': '冻结的权重不需要梯度，也不需要优化器状态；用 Adam 时，每个被训练参数要额外保存两份 fp32 状态。只训练不到 1% 的参数就几乎省掉了全部这些开销——若再用 4 bit 基座（QLoRA），权重本身也会变小。',
        },
      },
    ],
    seeAlso: ['lora', 'transformer', 'mixed-precision', 'adamw'],
    docs: {
      peft: 'https://huggingface.co/docs/peft/package_reference/peft_model',
      transformers: 'https://huggingface.co/docs/transformers/main_classes/peft',
    },
  },
];
