/** Vision and generative-model cards: ResNet, U-Net, PatchGAN, Swin, CLIP, VAE, diffusion pipelines and schedulers, GAN. */
import type { Card } from './types';

export const VISION_CARDS: Card[] = [
  {
    id: 'resnet',
    family: 'vision',
    title: { en: 'Residual network (ResNet)', 'zh-cn': '残差网络（ResNet）' },
    summary: {
      en: 'ResNet builds very deep CNNs from residual blocks whose output is F(x) + x: each block learns only a correction to its input, and the identity shortcut gives the signal and the gradient a direct path through the stack. ResNet-50 is a 7×7 stem plus 16 bottleneck blocks (1×1 reduce → 3×3 → 1×1 expand, each conv followed by BN, ReLU after the add) in four stages of 3, 4, 6 and 3 blocks — 1 + 48 + 1 = 50 weighted layers — turning a 3×224×224 image into 1000 class scores with 25,557,032 parameters (torchvision). It is the standard ImageNet classifier and the default backbone for detection and segmentation features.',
      'zh-cn': 'ResNet 用残差块搭建很深的卷积网络，每个块的输出是 F(x) + x：块只需学习对输入的修正量，恒等捷径（shortcut）让信号和梯度都能直接穿过整个网络。ResNet-50 由一个 7×7 的 stem 加 16 个瓶颈块组成（1×1 降维 → 3×3 → 1×1 升维，每个卷积后接 BN，相加之后再 ReLU），分成 4 个 stage，分别有 3、4、6、3 个块——1 + 48 + 1 = 50 个带权重的层——把 3×224×224 的图像变成 1000 类的分数，参数量 25,557,032（torchvision）。它是 ImageNet 分类的标准模型，也是检测、分割任务里最常用的特征骨干网络。',
    },
    formula: String.raw`y = \mathrm{ReLU}\big(\mathcal{F}(x) + W_s x\big),\qquad \mathcal{F} = \mathrm{BN}\circ\mathrm{conv}_{1\times1}\circ\mathrm{ReLU}\circ\mathrm{BN}\circ\mathrm{conv}_{3\times3}\circ\mathrm{ReLU}\circ\mathrm{BN}\circ\mathrm{conv}_{1\times1}`,
    formulaText: 'y = ReLU(F(x) + W_s·x), F = conv1×1 → BN → ReLU → conv3×3 → BN → ReLU → conv1×1 → BN   (W_s = identity when shapes match; a strided 1×1 conv + BN at the first block of a stage)',
    shapes: {
      en: 'Per image (C×H×W): 3×224×224 → conv1 64×112×112 → conv2_x 256×56×56 → conv3_x 512×28×28 → conv4_x 1024×14×14 → conv5_x 2048×7×7 → avg-pool 2048×1×1 → fc 1000. PyTorch NCHW: (N, 3, 224, 224) → conv1 7×7/2 (N, 64, 112, 112) → max-pool 3×3/2 (N, 64, 56, 56) → layer1 = conv2_x (N, 256, 56, 56) → layer2 = conv3_x (N, 512, 28, 28) → layer3 = conv4_x (N, 1024, 14, 14) → layer4 = conv5_x (N, 2048, 7, 7) → avgpool (N, 2048, 1, 1) → flatten → fc (N, 1000) logits. torchvision returns logits (the softmax belongs to the loss or to inference); Keras ResNet50 takes channels-last (N, 224, 224, 3) and returns (N, 1000) softmax probabilities by default.',
      'zh-cn': '单张图像（C×H×W）：3×224×224 → conv1 64×112×112 → conv2_x 256×56×56 → conv3_x 512×28×28 → conv4_x 1024×14×14 → conv5_x 2048×7×7 → 平均池化 2048×1×1 → fc 1000。PyTorch NCHW：(N, 3, 224, 224) → conv1 7×7 步长 2 得 (N, 64, 112, 112) → 3×3 步长 2 最大池化 (N, 64, 56, 56) → layer1 即 conv2_x (N, 256, 56, 56) → layer2 即 conv3_x (N, 512, 28, 28) → layer3 即 conv4_x (N, 1024, 14, 14) → layer4 即 conv5_x (N, 2048, 7, 7) → avgpool (N, 2048, 1, 1) → flatten → fc 得 (N, 1000) logits。torchvision 输出的是 logits（softmax 交给损失函数或推理阶段）；Keras 的 ResNet50 输入为通道在后的 (N, 224, 224, 3)，默认输出 (N, 1000) 的 softmax 概率。',
    },
    params: [
      {
        name: 'weights',
        meaning: {
          en: 'Pretrained weights: torchvision takes a ResNet50_Weights value or string (DEFAULT = IMAGENET1K_V2); Keras takes "imagenet", None or a weights file path.',
          'zh-cn': '预训练权重：torchvision 接收 ResNet50_Weights 枚举或字符串（DEFAULT 即 IMAGENET1K_V2）；Keras 接收 "imagenet"、None 或权重文件路径。',
        },
        defaults: { pytorch: 'None', keras: "'imagenet'", tensorflow: "'imagenet'" },
      },
      {
        name: 'num_classes',
        meaning: {
          en: 'Size of the final classifier; with pretrained weights it must stay 1000 (replace the head instead).',
          'zh-cn': '最后分类层的类别数；加载预训练权重时必须保持 1000（要改类别数请替换分类头）。',
        },
        defaults: { pytorch: '1000 (ResNet kwarg)', keras: '1000 (classes)', tensorflow: '1000 (classes)' },
      },
      {
        name: 'include_top',
        meaning: {
          en: 'Keep the global pool + 1000-way dense head; False returns the convolutional feature map for transfer learning.',
          'zh-cn': '是否保留全局池化和 1000 类全连接头；设为 False 时返回卷积特征图，用于迁移学习。',
        },
        defaults: { keras: 'True', tensorflow: 'True' },
      },
      {
        name: 'pooling',
        meaning: {
          en: 'With include_top=False: None keeps the 4D map (N, 7, 7, 2048), "avg" or "max" gives a (N, 2048) vector.',
          'zh-cn': 'include_top=False 时：None 保留四维特征图 (N, 7, 7, 2048)，"avg" 或 "max" 输出 (N, 2048) 向量。',
        },
        defaults: { keras: 'None', tensorflow: 'None' },
      },
      {
        name: 'depths',
        meaning: {
          en: 'Blocks per stage in ResNetConfig; [3, 4, 6, 3] with layer_type "bottleneck" is ResNet-50.',
          'zh-cn': 'ResNetConfig 中每个 stage 的块数；[3, 4, 6, 3] 加上 layer_type "bottleneck" 即 ResNet-50。',
        },
        defaults: { transformers: '[3, 4, 6, 3]' },
      },
    ],
    pitfalls: [
      {
        en: 'Softmax in the wrong place: torchvision resnet50 ends in fc and returns raw logits, so feed them straight into nn.CrossEntropyLoss (no softmax first). Keras ResNet50 ends in a softmax (classifier_activation="softmax"), so use a loss with from_logits=False or pass classifier_activation=None to get logits.',
        'zh-cn': 'softmax 放错位置：torchvision 的 resnet50 以 fc 结尾，输出原始 logits，应直接送入 nn.CrossEntropyLoss（不要先做 softmax）。Keras 的 ResNet50 末尾已有 softmax（classifier_activation="softmax"），损失要用 from_logits=False，或传 classifier_activation=None 拿到 logits。',
      },
      {
        en: 'Wrong preprocessing for pretrained weights: torchvision expects RGB scaled to [0, 1] and normalized with the ImageNet mean/std (use ResNet50_Weights.DEFAULT.transforms()); Keras resnet.preprocess_input converts RGB→BGR and subtracts channel means without scaling. Feeding 0–255 pixels or the other framework\'s normalization runs without error but loses accuracy.',
        'zh-cn': '预处理和预训练权重不匹配：torchvision 要求 RGB、缩放到 [0, 1] 并用 ImageNet 均值/标准差归一化（用 ResNet50_Weights.DEFAULT.transforms()）；Keras 的 resnet.preprocess_input 则把 RGB 转成 BGR、减去通道均值且不缩放。直接喂 0–255 像素或用了另一个框架的归一化，代码不报错但精度明显下降。',
      },
      {
        en: 'Changing the number of classes: resnet50(weights="DEFAULT", num_classes=10) raises a ValueError because the pretrained fc has 1000 outputs. Load the weights, then replace the head: model.fc = nn.Linear(2048, 10). In Keras use include_top=False, pooling="avg" and add your own Dense layer.',
        'zh-cn': '修改类别数：resnet50(weights="DEFAULT", num_classes=10) 会抛 ValueError，因为预训练的 fc 是 1000 维输出。应先加载权重再替换分类头：model.fc = nn.Linear(2048, 10)。Keras 中用 include_top=False、pooling="avg"，再接自己的 Dense 层。',
      },
      {
        en: 'Forgetting model.eval(): in train mode every BatchNorm normalizes with the current batch statistics, so predictions change with the batch and tiny fine-tuning batches corrupt the running statistics. Call model.eval() for inference and consider freezing BN when batches are small.',
        'zh-cn': '忘记 model.eval()：训练模式下每个 BatchNorm 都用当前 batch 的统计量，预测结果会随 batch 组成变化，小 batch 微调还会污染 running 统计量。推理前调用 model.eval()，batch 很小时可以考虑冻结 BN。',
      },
    ],
    why: [
      {
        q: { en: 'Why do residual connections help deep networks?', 'zh-cn': '残差连接为什么能帮助训练很深的网络？' },
        a: {
          en: 'A block computes y = F(x) + x, so its Jacobian is ∂F/∂x + I: the gradient reaching early layers always keeps an identity term instead of being a product of many small factors, which eases vanishing gradients. And if extra layers are not useful, F can shrink toward 0 and the block passes x through, so adding depth need not hurt. The ResNet paper frames this as the degradation problem — deeper plain nets trained worse even with BN — which residual learning removes, letting 50–152-layer nets train.',
          'zh-cn': '残差块计算 y = F(x) + x，其雅可比矩阵是 ∂F/∂x + I：传回浅层的梯度始终保留一个恒等项，而不是许多小因子的连乘，从而缓解梯度消失。而且如果多出来的层没有用，F 可以趋近 0，块直接把 x 传下去，加深网络不至于变差。ResNet 论文把这称为退化问题——即使有 BN，更深的普通网络训练误差反而更高——残差学习消除了它，使 50–152 层的网络可以训练。',
        },
      },
      {
        q: { en: 'Why the 1×1–3×3–1×1 bottleneck?', 'zh-cn': '为什么用 1×1–3×3–1×1 的瓶颈结构？' },
        a: {
          en: 'The first 1×1 reduces 256 channels to 64, the 3×3 works at 64 channels, and the last 1×1 restores 256: 256·64 + 64·64·9 + 64·256 = 69,632 weights, against 589,824 for one 3×3 conv at 256 channels — about 8.5× fewer. That is how ResNet-50 is much deeper than ResNet-34 at similar cost (3.8 vs 3.6 GFLOPs in the paper).',
          'zh-cn': '第一个 1×1 把 256 通道降到 64，3×3 在 64 通道上计算，最后一个 1×1 再升回 256：权重数为 256·64 + 64·64·9 + 64·256 = 69,632，而直接在 256 通道上做一个 3×3 需要 589,824，约少 8.5 倍。这样 ResNet-50 比 ResNet-34 深得多，计算量却相近（论文中 3.8 对 3.6 GFLOPs）。',
        },
      },
    ],
    seeAlso: ['residual', 'batch-norm', 'conv2d', 'adaptive-avg-pool', 'relu', 'cross-entropy-loss'],
    docs: {
      pytorch: 'https://docs.pytorch.org/vision/stable/models/generated/torchvision.models.resnet50.html',
      keras: 'https://keras.io/api/applications/resnet/',
      tensorflow: 'https://www.tensorflow.org/api_docs/python/tf/keras/applications/ResNet50',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/resnet',
    },
  },
  {
    id: 'unet',
    family: 'vision',
    title: { en: 'U-Net', 'zh-cn': 'U 型网络（U-Net）' },
    summary: {
      en: 'A U-Net is an encoder–decoder: the encoder repeatedly convolves (conv + norm + activation) and downsamples, trading resolution for context; the decoder upsamples back to the input resolution; skip connections concatenate each encoder feature map into the decoder level of the same size. The output has the same height and width as the input, which is why U-Nets are used for segmentation (per-pixel logits), as the pix2pix generator (image-to-image translation) and as the denoiser of diffusion models (predicting the noise at every pixel or latent).',
      'zh-cn': 'U-Net 是编码器–解码器结构：编码器反复做卷积（conv + 归一化 + 激活）和下采样，以分辨率换取上下文；解码器再上采样回输入分辨率；跳跃连接（skip connection）把每层编码器的特征图拼接到同尺寸的解码器层。输出与输入的高宽相同，因此 U-Net 被用于分割（逐像素 logits）、pix2pix 的生成器（图像到图像翻译），以及扩散模型的去噪网络（预测每个像素或潜变量上的噪声）。',
    },
    formula: String.raw`e_\ell = \mathrm{Enc}_\ell\big(\mathrm{Down}(e_{\ell-1})\big),\qquad d_\ell = \mathrm{Dec}_\ell\big(\mathrm{concat}_C[\,\mathrm{Up}(d_{\ell+1}),\ e_\ell\,]\big)`,
    formulaText: 'e_ℓ = Enc_ℓ(Down(e_ℓ₋₁)),  d_ℓ = Dec_ℓ(concat_C[Up(d_ℓ₊₁), e_ℓ])   (concatenation along channels at matching resolution; the deepest e is the bottleneck)',
    shapes: {
      en: 'PyTorch NCHW: (N, C_in, H, W) → (N, C_out, H, W), same spatial size. Each encoder level halves H and W (and usually doubles channels); each decoder level upsamples ×2 and concatenates the encoder map, so its conv sees C_up + C_skip channels. pix2pix unet_256: 8 downsamplings take 256×256 to a 1×1×512 bottleneck. diffusers UNet2DConditionModel (Stable Diffusion 1.x): sample (N, 4, 64, 64) + timestep + encoder_hidden_states (N, 77, 768) → .sample (N, 4, 64, 64).',
      'zh-cn': 'PyTorch NCHW：(N, C_in, H, W) → (N, C_out, H, W)，空间尺寸不变。每个编码层把 H、W 减半（通常通道翻倍）；每个解码层上采样 2 倍并拼接编码器特征，所以其卷积的输入通道为 C_up + C_skip。pix2pix 的 unet_256 下采样 8 次，把 256×256 压到 1×1×512 的瓶颈。diffusers 的 UNet2DConditionModel（Stable Diffusion 1.x）：sample (N, 4, 64, 64) + timestep + encoder_hidden_states (N, 77, 768) → .sample (N, 4, 64, 64)。',
    },
    params: [
      {
        name: 'in_channels',
        meaning: { en: 'Channels of the input sample (3 for RGB pixels, 4 for Stable Diffusion latents).', 'zh-cn': '输入样本的通道数（RGB 像素为 3，Stable Diffusion 潜变量为 4）。' },
        defaults: { diffusers: '3 (UNet2DModel); 4 (UNet2DConditionModel)' },
      },
      {
        name: 'out_channels',
        meaning: { en: 'Channels of the output; equal to in_channels when the UNet predicts noise.', 'zh-cn': '输出通道数；预测噪声时与 in_channels 相同。' },
        defaults: { diffusers: '3 (UNet2DModel); 4 (UNet2DConditionModel)' },
      },
      {
        name: 'block_out_channels',
        meaning: { en: 'Channels of each resolution level, from the top down; its length sets the number of levels.', 'zh-cn': '各分辨率层的通道数（从上到下）；长度决定层级数。' },
        defaults: { diffusers: '(224, 448, 672, 896) (UNet2DModel); (320, 640, 1280, 1280) (UNet2DConditionModel)' },
      },
      {
        name: 'layers_per_block',
        meaning: { en: 'ResNet blocks per down/up block.', 'zh-cn': '每个下采样/上采样块中的 ResNet 块数。' },
        defaults: { diffusers: '2' },
      },
      {
        name: 'sample_size',
        meaning: { en: 'Nominal input height/width stored in the config (pipelines use it for the default image size).', 'zh-cn': '配置里记录的输入高宽（管线用它推出默认图像尺寸）。' },
        defaults: { diffusers: 'None' },
      },
    ],
    pitfalls: [
      {
        en: 'Input size not divisible by 2^depth: with 4 poolings, 100 → 50 → 25 → 12 → 6, and upsampling 12 gives 24 ≠ 25, so torch.cat fails with "Sizes of tensors must match except in dimension 1". Pad or crop inputs to a multiple of 2^depth (16 for four levels, 256 for unet_256), or pad the upsampled map before concatenating.',
        'zh-cn': '输入尺寸不能被 2^深度 整除：池化 4 次时 100 → 50 → 25 → 12 → 6，12 上采样得 24 ≠ 25，torch.cat 报 "Sizes of tensors must match except in dimension 1"。应把输入填充或裁剪到 2^深度 的倍数（四层为 16，unet_256 为 256），或在拼接前对上采样结果做 padding。',
      },
      {
        en: 'Concatenation adds channels: the decoder conv after a skip must take C_up + C_skip input channels; declaring only C_up raises "expected input[...] to have 256 channels, but got 512 channels instead".',
        'zh-cn': '拼接会增加通道：跳跃连接之后的解码卷积输入通道必须是 C_up + C_skip；只写 C_up 会报 "expected input[...] to have 256 channels, but got 512 channels instead"。',
      },
      {
        en: 'diffusers UNets need the timestep and return an output object: noise_pred = unet(x_t, t).sample (or return_dict=False and take [0]); UNet2DConditionModel also needs encoder_hidden_states. Passing the UNet2DOutput itself to F.mse_loss fails.',
        'zh-cn': 'diffusers 的 UNet 必须传 timestep，且返回的是输出对象：noise_pred = unet(x_t, t).sample（或 return_dict=False 后取 [0]）；UNet2DConditionModel 还需要 encoder_hidden_states。把 UNet2DOutput 对象直接传给 F.mse_loss 会报错。',
      },
    ],
    why: [
      {
        q: { en: 'Why does a UNet need skip connections?', 'zh-cn': 'UNet 为什么需要跳跃连接？' },
        a: {
          en: 'The encoder trades resolution for context: by the bottleneck (1×1 in pix2pix\'s unet_256) the exact positions of edges and textures are gone, and upsampling alone cannot recover them. Skip connections concatenate each encoder map into the decoder level of the same resolution, so fine spatial detail comes straight from the encoder while the bottleneck supplies global context; they also give gradients a short path to the early layers.',
          'zh-cn': '编码器用分辨率换上下文：到了瓶颈（pix2pix 的 unet_256 里是 1×1），边缘和纹理的精确位置已经丢失，仅靠上采样无法恢复。跳跃连接把每层编码器特征拼接到同分辨率的解码层，精细的空间细节直接来自编码器，瓶颈则提供全局语义；它们也给梯度提供了通往浅层的捷径。',
        },
      },
      {
        q: { en: 'Why is a UNet the usual denoiser in diffusion models?', 'zh-cn': '为什么扩散模型通常用 UNet 做去噪网络？' },
        a: {
          en: 'The denoiser must output a tensor of exactly the input shape (the noise ε at every position), needs global context to know what the image is and local precision to remove noise — an encoder–decoder with skips gives both, and its low-resolution middle makes attention affordable. diffusers adds a timestep embedding to every ResNet block and, in UNet2DConditionModel, cross-attention to the text embeddings.',
          'zh-cn': '去噪网络的输出必须与输入同形（每个位置的噪声 ε），既要全局上下文判断图像内容，又要局部精度去除噪声——带跳跃连接的编码器–解码器两者兼顾，低分辨率的中间层也让注意力的计算代价可以承受。diffusers 在每个 ResNet 块里加入时间步嵌入，UNet2DConditionModel 还通过交叉注意力接入文本嵌入。',
        },
      },
    ],
    seeAlso: ['conv2d', 'conv-transpose', 'residual', 'diffusion-pipeline', 'patchgan', 'cross-attention'],
    docs: {
      diffusers: 'https://huggingface.co/docs/diffusers/api/models/unet2d',
    },
  },
  {
    id: 'patchgan',
    family: 'vision',
    title: { en: 'PatchGAN discriminator', 'zh-cn': 'PatchGAN 判别器' },
    summary: {
      en: 'PatchGAN is a fully convolutional GAN discriminator that outputs a grid of real/fake logits instead of one number, each judging one overlapping patch of the image. In pix2pix\'s default (three stride-2 layers, n_layers_D = 3) a 256×256 input gives a 30×30 grid and every cell sees a 70×70-pixel receptive field; the loss averages over all cells. It models local texture and sharpness while an L1 loss handles the low frequencies, needs fewer parameters than a whole-image discriminator, and runs on any image size.',
      'zh-cn': 'PatchGAN 是全卷积的 GAN 判别器，输出的不是一个数，而是一张真/假 logits 网格，每个格子判断图像中一块相互重叠的区域。pix2pix 的默认配置（三个步长 2 的卷积层，n_layers_D = 3）把 256×256 输入映射为 30×30 的网格，每个格子的感受野是 70×70 像素；损失对所有格子取平均。它专注局部纹理和清晰度，低频部分交给 L1 损失，参数比整图判别器少，并且适用于任意尺寸的图像。',
    },
    formula: String.raw`\mathcal{L}_D = -\frac{1}{2HW}\sum_{i,j}\Big[\log\sigma\big(D(x,y)_{ij}\big) + \log\Big(1-\sigma\big(D(x,G(x))_{ij}\big)\Big)\Big],\qquad \mathcal{L}_G = -\frac{1}{HW}\sum_{i,j}\log\sigma\big(D(x,G(x))_{ij}\big) + \lambda\,\lVert y - G(x)\rVert_1`,
    formulaText: 'L_D = −½·mean_{i,j}[log σ(D(x, y)ᵢⱼ) + log(1 − σ(D(x, G(x))ᵢⱼ))];  L_G = −mean_{i,j} log σ(D(x, G(x))ᵢⱼ) + λ·L1(G(x), y), λ = 100   (mean over the H×W = 30×30 grid; receptive field r ← r·stride + (kernel − stride) from output to input: 1 → 4 → 7 → 16 → 34 → 70)',
    shapes: {
      en: 'pix2pix (PyTorch NCHW): condition x and real or generated y concatenated on channels, (N, 3+3, 256, 256) → conv 64 /2 (N, 64, 128, 128) → 128 /2 (N, 128, 64, 64) → 256 /2 (N, 256, 32, 32) → 512 /1 (N, 512, 31, 31) → 1-channel conv (N, 1, 30, 30) logits, each with a 70×70 receptive field. TensorFlow\'s pix2pix tutorial: two (N, 256, 256, 3) inputs → (N, 30, 30, 1). Larger inputs give larger grids.',
      'zh-cn': 'pix2pix（PyTorch NCHW）：条件图 x 与真实或生成的 y 在通道上拼接，(N, 3+3, 256, 256) → 64 通道步长 2 (N, 64, 128, 128) → 128 步长 2 (N, 128, 64, 64) → 256 步长 2 (N, 256, 32, 32) → 512 步长 1 (N, 512, 31, 31) → 单通道卷积 (N, 1, 30, 30) logits，每个的感受野是 70×70。TensorFlow 的 pix2pix 教程：两个 (N, 256, 256, 3) 输入 → (N, 30, 30, 1)。输入越大，网格越大。',
    },
    params: [
      {
        name: 'ndf',
        meaning: { en: 'Filters in the first discriminator conv; later layers use 2×, 4×, 8× (capped at 8×).', 'zh-cn': '判别器第一层卷积的通道数；后续层为 2 倍、4 倍、8 倍（最多 8 倍）。' },
        defaults: { pytorch: '64 (--ndf, pix2pix reference code)' },
      },
      {
        name: 'n_layers_D',
        meaning: {
          en: 'Stride-2 layers; sets the patch size: 3 → 70×70 (netD "basic"), 1 → 16×16; netD "pixel" is a 1×1 PixelGAN.',
          'zh-cn': '步长 2 的层数，决定 patch 大小：3 → 70×70（netD "basic"），1 → 16×16；netD "pixel" 是 1×1 的 PixelGAN。',
        },
        defaults: { pytorch: '3 (--n_layers_D, pix2pix reference code)' },
      },
      {
        name: 'norm',
        meaning: { en: 'Normalization layer inside the discriminator (the first conv has none).', 'zh-cn': '判别器内部使用的归一化层（第一层卷积不加）。' },
        defaults: { pytorch: "'batch' for pix2pix, 'instance' for CycleGAN (--norm)" },
      },
      {
        name: 'gan_mode',
        meaning: {
          en: 'Loss on the logit grid: "vanilla" = BCEWithLogitsLoss, "lsgan" = MSELoss against 1/0 targets.',
          'zh-cn': '在 logits 网格上用的损失："vanilla" 即 BCEWithLogitsLoss，"lsgan" 即对 1/0 目标的 MSELoss。',
        },
        defaults: { pytorch: "'vanilla' for pix2pix, 'lsgan' for CycleGAN (--gan_mode)" },
      },
      {
        name: 'lambda_L1',
        meaning: { en: 'Weight of the L1 reconstruction term in the generator loss.', 'zh-cn': '生成器损失中 L1 重建项的权重。' },
        defaults: { pytorch: '100.0 (--lambda_L1)', tensorflow: '100 (LAMBDA in the pix2pix tutorial)' },
      },
    ],
    pitfalls: [
      {
        en: 'Targets must have the grid\'s shape: use torch.ones_like(pred) / torch.zeros_like(pred). A (N,) or (N, 1) label makes BCEWithLogitsLoss raise "Target size ... must be the same as input size", while MSELoss (lsgan) only warns and broadcasts.',
        'zh-cn': '标签必须和网格同形：用 torch.ones_like(pred) / torch.zeros_like(pred)。若给 (N,) 或 (N, 1) 的标签，BCEWithLogitsLoss 会报 "Target size ... must be the same as input size"，而 MSELoss（lsgan）只给警告并广播。',
      },
      {
        en: 'Adding a sigmoid: pix2pix\'s NLayerDiscriminator outputs raw logits for BCEWithLogitsLoss (vanilla) or MSELoss (lsgan). Appending nn.Sigmoid and using BCELoss is less stable and is rejected under torch.autocast.',
        'zh-cn': '多加 sigmoid：pix2pix 的 NLayerDiscriminator 输出原始 logits，配合 BCEWithLogitsLoss（vanilla）或 MSELoss（lsgan）。再接 nn.Sigmoid 并用 BCELoss 数值更不稳定，在 torch.autocast 下会直接报错。',
      },
      {
        en: 'Dropping the condition: in pix2pix D judges (input, output) pairs — torch.cat((real_A, fake_B), 1) — so its input_nc is input_nc + output_nc (6). Feeding only the output gives an unconditional discriminator that cannot punish outputs unrelated to the input.',
        'zh-cn': '丢掉条件输入：pix2pix 中 D 判断的是 (输入, 输出) 对——torch.cat((real_A, fake_B), 1)——所以 D 的输入通道是 input_nc + output_nc（6）。只送输出图就变成无条件判别器，无法惩罚与输入无关的生成结果。',
      },
    ],
    why: [
      {
        q: { en: 'Why score patches (PatchGAN)?', 'zh-cn': '为什么按 patch 打分（PatchGAN）？' },
        a: {
          en: 'The L1 term already gets the low frequencies (layout, colors) right but averages away texture, which gives blur. A discriminator that only sees 70×70 patches concentrates on local, high-frequency realism; treating the image as a field of patches (a Markov random field assumption) needs far fewer parameters than a whole-image discriminator, runs convolutionally on any size, and gives 900 training signals per 256×256 image instead of one. The pix2pix paper found 70×70 better than 1×1, 16×16 or the full 286×286 image.',
          'zh-cn': 'L1 项已经把低频（布局、颜色）学对了，但会把纹理平均掉，导致模糊。只看 70×70 patch 的判别器专注于局部的高频真实感；把图像看成由 patch 组成的马尔可夫随机场，参数比整图判别器少得多，可以卷积式地处理任意尺寸，并且每张 256×256 图提供 900 个训练信号而不是 1 个。pix2pix 论文比较后发现 70×70 优于 1×1、16×16 和整张 286×286。',
        },
      },
      {
        q: { en: 'Why is the grid 30×30 when each patch is 70×70?', 'zh-cn': '每个 patch 是 70×70，为什么输出网格是 30×30？' },
        a: {
          en: 'The patches overlap: neighbouring logits are 2·2·2 = 8 pixels apart (the product of the strides) while each sees 70×70, so the 30×30 grid covers the image with heavily overlapping windows. Describing it as a small sliding window (the notes say 9×9) is loose; the exact receptive field follows r ← r·stride + (kernel − stride) through the layers.',
          'zh-cn': '这些 patch 相互重叠：相邻 logits 在输入上相距 2·2·2 = 8 个像素（各层步长之积），而每个看到 70×70，所以 30×30 的网格以高度重叠的窗口覆盖整张图。笔记里"类似 9×9 的滑动窗口"的说法不够准确；精确的感受野按 r ← r·stride + (kernel − stride) 逐层推出。',
        },
      },
    ],
    seeAlso: ['gan', 'unet', 'bce-with-logits-loss', 'l1-loss', 'conv2d', 'instance-norm'],
    docs: {
      tensorflow: 'https://www.tensorflow.org/tutorials/generative/pix2pix',
    },
  },
  {
    id: 'swin-transformer',
    family: 'vision',
    title: { en: 'Swin Transformer', 'zh-cn': 'Swin Transformer（移位窗口 Transformer）' },
    summary: {
      en: 'Swin Transformer is a hierarchical vision Transformer. It splits the image into 4×4 patches (tokens), computes self-attention only inside non-overlapping M×M windows (M = 7), and shifts the window grid by ⌊M/2⌋ tokens in every second block so information crosses window borders. Patch merging between its four stages halves the resolution and doubles the channels (Swin-T at 224: 56² × 96 → 28² × 192 → 14² × 384 → 7² × 768), giving a CNN-like feature pyramid at a cost linear in image size — a common backbone for classification, detection and segmentation.',
      'zh-cn': 'Swin Transformer 是层级式的视觉 Transformer。它把图像切成 4×4 的 patch（token），只在互不重叠的 M×M 窗口（M = 7）内做自注意力，并且每隔一个块把窗口网格平移 ⌊M/2⌋ 个 token，让信息跨越窗口边界。四个 stage 之间用 patch merging 把分辨率减半、通道翻倍（Swin-T 输入 224 时：56² × 96 → 28² × 192 → 14² × 384 → 7² × 768），得到类似 CNN 的特征金字塔，计算量随图像大小线性增长——常用作分类、检测、分割的骨干网络。',
    },
    formula: String.raw`\mathrm{Attention}(Q,K,V) = \mathrm{SoftMax}\Big(\frac{QK^\top}{\sqrt{d}} + B\Big)V,\qquad \Omega(\mathrm{MSA}) = 4hwC^2 + 2(hw)^2C,\quad \Omega(\text{W-MSA}) = 4hwC^2 + 2M^2hwC`,
    formulaText: 'Attention(Q, K, V) = SoftMax(QKᵀ/√d + B)·V inside each M×M window (B: learned relative position bias);  cost: global MSA 4hwC² + 2(hw)²C vs window W-MSA 4hwC² + 2M²hwC for an h×w token map with C channels',
    shapes: {
      en: 'PyTorch input (N, 3, 224, 224) → patch embedding (N, 56, 56, 96) → stage outputs (N, 56, 56, 96) → (N, 28, 28, 192) → (N, 14, 14, 384) → (N, 7, 7, 768) → pooled (N, 768) → head (N, 1000) for Swin-T; torchvision keeps features channels-last (N, H, W, C). Window partition: (N, H, W, C) → (N·H/M·W/M, M², C). transformers SwinModel: last_hidden_state (N, 49, 768), pooler_output (N, 768).',
      'zh-cn': 'PyTorch 输入 (N, 3, 224, 224) → patch embedding (N, 56, 56, 96) → 各 stage 输出 (N, 56, 56, 96) → (N, 28, 28, 192) → (N, 14, 14, 384) → (N, 7, 7, 768) → 池化 (N, 768) → 分类头 (N, 1000)（Swin-T）；torchvision 内部特征是通道在后的 (N, H, W, C)。窗口划分：(N, H, W, C) → (N·H/M·W/M, M², C)。transformers 的 SwinModel：last_hidden_state 为 (N, 49, 768)，pooler_output 为 (N, 768)。',
    },
    params: [
      {
        name: 'window_size',
        meaning: { en: 'M, the side of each attention window in tokens; the shift is ⌊M/2⌋.', 'zh-cn': 'M，注意力窗口边长（以 token 计）；平移量为 ⌊M/2⌋。' },
        defaults: { transformers: '7', pytorch: '[7, 7] (set by swin_t)' },
      },
      {
        name: 'patch_size',
        meaning: { en: 'Pixels per patch side in the patch embedding (stride of the first stage).', 'zh-cn': 'patch embedding 中每个 patch 的边长（第一个 stage 的步长）。' },
        defaults: { transformers: '4', pytorch: '[4, 4] (set by swin_t)' },
      },
      {
        name: 'embed_dim',
        meaning: { en: 'Channels C of the first stage; doubled at every patch merging.', 'zh-cn': '第一个 stage 的通道数 C；每次 patch merging 翻倍。' },
        defaults: { transformers: '96', pytorch: '96 (set by swin_t)' },
      },
      {
        name: 'depths',
        meaning: { en: 'Swin blocks per stage (they come in regular/shifted pairs).', 'zh-cn': '每个 stage 的 Swin 块数（常规窗口与移位窗口成对出现）。' },
        defaults: { transformers: '[2, 2, 6, 2]', pytorch: '[2, 2, 6, 2] (set by swin_t)' },
      },
      {
        name: 'num_heads',
        meaning: { en: 'Attention heads per stage (head dim stays 32 in Swin-T).', 'zh-cn': '每个 stage 的注意力头数（Swin-T 中每头维度保持 32）。' },
        defaults: { transformers: '[3, 6, 12, 24]', pytorch: '[3, 6, 12, 24] (set by swin_t)' },
      },
    ],
    pitfalls: [
      {
        en: 'torchvision Swin features are channels-last: model.features(x) returns (N, H, W, C), not NCHW. Permute with .permute(0, 3, 1, 2) before a conv head or an FPN that expects NCHW.',
        'zh-cn': 'torchvision 的 Swin 特征是通道在后：model.features(x) 返回 (N, H, W, C) 而不是 NCHW。接卷积头或要求 NCHW 的 FPN 之前要先 .permute(0, 3, 1, 2)。',
      },
      {
        en: 'transformers SwinModel returns a token sequence: last_hidden_state is (N, 49, 768), not a 7×7 map. For dense tasks pass output_hidden_states=True and use reshaped_hidden_states, which are (N, C, H, W).',
        'zh-cn': 'transformers 的 SwinModel 返回的是 token 序列：last_hidden_state 为 (N, 49, 768)，不是 7×7 特征图。做稠密预测时传 output_hidden_states=True，并使用形状为 (N, C, H, W) 的 reshaped_hidden_states。',
      },
      {
        en: 'Window size is baked into the checkpoint: the relative position bias table has (2M − 1)² rows per head, so loading a window-7 checkpoint with window_size=12 reports size mismatches. Use the checkpoint made for your resolution (e.g. microsoft/swin-base-patch4-window12-384 for 384×384) or interpolate the table.',
        'zh-cn': '窗口大小固化在权重里：相对位置偏置表每个头有 (2M − 1)² 行，用 window_size=12 加载窗口为 7 的权重会报 size mismatch。请使用对应分辨率的权重（如 384×384 用 microsoft/swin-base-patch4-window12-384），或对偏置表做插值。',
      },
    ],
    why: [
      {
        q: { en: 'Why shift the windows (Swin)?', 'zh-cn': 'Swin 为什么要移动窗口？' },
        a: {
          en: 'Window attention alone never lets information cross a window border: a token in one 7×7 window attends only to the other 48. Swin alternates regular and shifted partitions — the second block of each pair moves the grid by ⌊M/2⌋ = 3 tokens (a cyclic torch.roll plus an attention mask) — so each new window straddles four old ones and neighbouring windows exchange information. The cost stays linear because every window still holds only M² = 49 tokens.',
          'zh-cn': '只做窗口注意力时，信息永远无法跨过窗口边界：一个 7×7 窗口里的 token 只能关注另外 48 个。Swin 交替使用常规划分和移位划分——每对块中的第二个把网格平移 ⌊M/2⌋ = 3 个 token（用循环移位 torch.roll 加注意力掩码实现）——于是每个新窗口横跨原来的四个窗口，相邻窗口得以交换信息。每个窗口仍然只有 M² = 49 个 token，计算量依旧是线性的。',
        },
      },
      {
        q: { en: 'Why not global attention over all patches?', 'zh-cn': '为什么不在所有 patch 上做全局注意力？' },
        a: {
          en: 'At 224×224 with 4×4 patches there are 56×56 = 3136 tokens. Global attention costs 2(hw)²C, quadratic in image area; window attention costs 2M²·hw·C, linear — for 3136 tokens the attention term is 3136 / 49 = 64× smaller. Patch merging then builds a pyramid with strides 4, 8, 16, 32, which detection and segmentation heads expect.',
          'zh-cn': '224×224 的图像按 4×4 切 patch 有 56×56 = 3136 个 token。全局注意力代价为 2(hw)²C，随图像面积平方增长；窗口注意力为 2M²·hw·C，线性增长——3136 个 token 时注意力项小 3136 / 49 = 64 倍。patch merging 再构建步长 4、8、16、32 的金字塔，正是检测、分割头所需要的。',
        },
      },
    ],
    seeAlso: ['attention', 'multi-head-attention', 'transformer', 'layer-norm', 'positional-encoding', 'resnet'],
    docs: {
      pytorch: 'https://docs.pytorch.org/vision/stable/models/generated/torchvision.models.swin_t.html',
      transformers: 'https://huggingface.co/docs/transformers/model_doc/swin',
    },
  },
  {
    id: 'clip',
    family: 'vision',
    title: { en: 'CLIP (contrastive language–image pre-training)', 'zh-cn': 'CLIP（对比语言-图像预训练）' },
    summary: {
      en: 'CLIP trains an image encoder (ViT or ResNet) and a text encoder (Transformer) so that both project into one shared embedding space. On a batch of N matched image–caption pairs it computes the N×N matrix of cosine similarities, scales it by a learned temperature, and applies cross-entropy with the diagonal as the targets in both directions (a symmetric InfoNCE loss). The result supports zero-shot classification (embed "a photo of a {label}" for each class and pick the most similar), image–text retrieval, and serves as the text encoder of Stable Diffusion.',
      'zh-cn': 'CLIP 同时训练一个图像编码器（ViT 或 ResNet）和一个文本编码器（Transformer），让两者投影到同一个嵌入空间。对一个 batch 中 N 对匹配的图像–描述，它计算 N×N 的余弦相似度矩阵，乘以可学习的温度系数，再以对角线为目标在两个方向上做交叉熵（对称的 InfoNCE 损失）。训练好的模型可做零样本分类（为每个类别编码 "a photo of a {label}"，取最相似的）、图文检索，也是 Stable Diffusion 的文本编码器。',
    },
    formula: String.raw`s_{ij} = \frac{u_i^\top v_j}{\lVert u_i\rVert\,\lVert v_j\rVert},\qquad \mathcal{L} = -\frac{1}{2N}\sum_{i=1}^{N}\Big[\log\frac{e^{\tau s_{ii}}}{\sum_{j} e^{\tau s_{ij}}} + \log\frac{e^{\tau s_{ii}}}{\sum_{j} e^{\tau s_{ji}}}\Big],\quad \tau = e^{t}`,
    formulaText: 'sᵢⱼ = cos(uᵢ, vⱼ) for image embedding uᵢ and text embedding vⱼ;  L = ½·[CE(τ·S, diag) + CE(τ·Sᵀ, diag)], τ = exp(logit_scale), learned   (cross-entropy over each row of the N×N matrix, averaged over the batch)',
    shapes: {
      en: 'transformers CLIPModel (ViT-B/32): pixel_values (N, 3, 224, 224) and input_ids (M, L ≤ 77) → image_embeds (N, 512), text_embeds (M, 512) (L2-normalized), logits_per_image (N, M), logits_per_text (M, N); with return_loss=True and M = N, a scalar loss. get_image_features / get_text_features return (N, projection_dim) unnormalized.',
      'zh-cn': 'transformers 的 CLIPModel（ViT-B/32）：pixel_values (N, 3, 224, 224) 与 input_ids (M, L ≤ 77) → image_embeds (N, 512)、text_embeds (M, 512)（已 L2 归一化），logits_per_image (N, M)，logits_per_text (M, N)；return_loss=True 且 M = N 时返回标量 loss。get_image_features / get_text_features 返回未归一化的 (N, projection_dim)。',
    },
    params: [
      {
        name: 'projection_dim',
        meaning: { en: 'Size of the shared embedding space both encoders project into.', 'zh-cn': '两个编码器投影到的共享嵌入空间维度。' },
        defaults: { transformers: '512' },
      },
      {
        name: 'logit_scale_init_value',
        meaning: { en: 'Initial value of the learnable log-temperature; 2.6592 = ln(1/0.07), a scale of ≈ 14.3.', 'zh-cn': '可学习对数温度的初始值；2.6592 = ln(1/0.07)，即缩放约 14.3。' },
        defaults: { transformers: '2.6592' },
      },
      {
        name: 'return_loss',
        meaning: { en: 'CLIPModel forward: also return the symmetric contrastive loss (inputs must be matched pairs).', 'zh-cn': 'CLIPModel 前向：是否同时返回对称对比损失（输入必须是一一配对的）。' },
        defaults: { transformers: 'None' },
      },
      {
        name: 'max_position_embeddings',
        meaning: { en: 'Longest text the text encoder accepts, in tokens.', 'zh-cn': '文本编码器能接受的最大 token 数。' },
        defaults: { transformers: '77 (CLIPTextConfig)' },
      },
      {
        name: 'patch_size',
        meaning: { en: 'ViT patch size of the vision encoder (ViT-B/32 vs B/16 vs L/14).', 'zh-cn': '视觉编码器 ViT 的 patch 大小（ViT-B/32、B/16、L/14 的区别）。' },
        defaults: { transformers: '32 (CLIPVisionConfig)' },
      },
    ],
    pitfalls: [
      {
        en: 'Unnormalized features: get_image_features and get_text_features return raw projections (CLIPModel.forward normalizes, these do not). Divide by x.norm(dim=-1, keepdim=True) before computing cosine similarity or building a retrieval index, or norms dominate the ranking.',
        'zh-cn': '特征未归一化：get_image_features 和 get_text_features 返回的是原始投影（CLIPModel.forward 会归一化，这两个不会）。计算余弦相似度或建检索索引前要除以 x.norm(dim=-1, keepdim=True)，否则排序被向量长度主导。',
      },
      {
        en: 'Softmax over the wrong axis: logits_per_image has shape (num_images, num_texts); for "which caption fits each image" use logits_per_image.softmax(dim=1).',
        'zh-cn': 'softmax 维度用错：logits_per_image 形状为 (图像数, 文本数)；要回答"每张图最匹配哪条文本"，应该用 logits_per_image.softmax(dim=1)。',
      },
      {
        en: 'Texts longer than 77 tokens: the position embeddings stop at 77, so long prompts error out or must be cut. Call the processor with padding=True, truncation=True, and keep prompts short.',
        'zh-cn': '文本超过 77 个 token：位置嵌入只有 77 个，长文本会报错或必须截断。调用 processor 时传 padding=True, truncation=True，并尽量让提示词简短。',
      },
      {
        en: 'Small batches when fine-tuning: the negatives are the other pairs in the batch, so batch size 8 gives only 7 negatives per example and a weak, noisy signal; duplicate captions in a batch become false negatives.',
        'zh-cn': '微调时 batch 太小：负样本就是同一 batch 里的其他配对，batch 为 8 时每个样本只有 7 个负样本，信号弱且噪声大；同一 batch 里重复的描述还会变成假负样本。',
      },
    ],
    why: [
      {
        q: { en: 'Why a contrastive loss over the batch?', 'zh-cn': '为什么在整个 batch 上用对比损失？' },
        a: {
          en: 'Predicting the exact caption of an image is a hard, ambiguous target (many captions fit one picture). CLIP only has to pick which of the N captions belongs to each image and vice versa: the N×N similarity matrix provides N positives on the diagonal and N² − N negatives for free, and the symmetric cross-entropy pulls matched pairs together and pushes the rest apart. The CLIP paper reports this objective learns far more efficiently than caption prediction and gives embeddings that transfer zero-shot.',
          'zh-cn': '直接预测图像的准确描述是困难且有歧义的目标（一张图可以对应很多描述）。CLIP 只需判断 N 条描述中哪一条属于每张图，反之亦然：N×N 相似度矩阵的对角线给出 N 个正样本，其余 N² − N 个负样本是免费得到的，对称交叉熵把匹配对拉近、把其他推远。CLIP 论文报告这种目标比预测描述的学习效率高得多，得到的嵌入可以零样本迁移。',
        },
      },
      {
        q: { en: 'Why a learned temperature?', 'zh-cn': '为什么需要可学习的温度？' },
        a: {
          en: 'Cosine similarities lie in [−1, 1], and a softmax over such small numbers is nearly uniform. CLIP multiplies them by exp(logit_scale), initialized to 1/0.07 ≈ 14.3 and learned (clipped at 100 in the original training), so the model itself chooses how sharp the matching distribution is.',
          'zh-cn': '余弦相似度在 [−1, 1] 之间，对这么小的数做 softmax 几乎是均匀分布。CLIP 把它们乘以 exp(logit_scale)，初始为 1/0.07 ≈ 14.3 并参与学习（原始训练中上限截断为 100），由模型自己决定匹配分布有多尖锐。',
        },
      },
    ],
    seeAlso: ['contrastive-loss', 'cross-entropy-loss', 'transformer', 'tokenizer', 'diffusion-pipeline'],
    docs: {
      transformers: 'https://huggingface.co/docs/transformers/model_doc/clip',
    },
  },
  {
    id: 'vae',
    family: 'vision',
    title: { en: 'Variational autoencoder (VAE)', 'zh-cn': '变分自编码器（VAE）' },
    summary: {
      en: 'A VAE encodes an input into a diagonal Gaussian q(z|x) — the encoder outputs a mean μ and a log-variance log σ² — samples z = μ + σ·ε with ε ~ N(0, I) (the reparameterization trick), and decodes z back to the input. Training minimizes reconstruction loss plus KL(q(z|x) ‖ N(0, I)), the negative ELBO; the KL term keeps the latent space smooth, so z drawn from N(0, I) decodes to plausible data. In Stable Diffusion, AutoencoderKL compresses a 512×512×3 image to a 64×64×4 latent in which the diffusion model runs.',
      'zh-cn': 'VAE 把输入编码成对角高斯分布 q(z|x)——编码器输出均值 μ 和对数方差 log σ²——再按 z = μ + σ·ε、ε ~ N(0, I) 采样（重参数化技巧），解码器把 z 还原成输入。训练目标是重建损失加 KL(q(z|x) ‖ N(0, I))，即负的 ELBO；KL 项让潜空间保持平滑，从 N(0, I) 采样的 z 也能解码出合理的数据。Stable Diffusion 里的 AutoencoderKL 把 512×512×3 的图像压缩成 64×64×4 的潜变量，扩散模型就在这个潜空间中运行。',
    },
    formula: String.raw`z = \mu + \sigma\odot\varepsilon,\ \varepsilon\sim\mathcal{N}(0,I);\qquad \mathcal{L} = \mathbb{E}_{q_\phi(z\mid x)}\big[-\log p_\theta(x\mid z)\big] + D_{\mathrm{KL}}\big(q_\phi(z\mid x)\,\|\,\mathcal{N}(0,I)\big),\quad D_{\mathrm{KL}} = -\tfrac12\sum_j\big(1 + \log\sigma_j^2 - \mu_j^2 - \sigma_j^2\big)`,
    formulaText: 'z = μ + σ⊙ε, ε ~ N(0, I), σ = exp(½·log σ²);  L = reconstruction (−log p(x|z), e.g. MSE or BCE) + KL,  KL = −½·Σⱼ(1 + log σⱼ² − μⱼ² − σⱼ²)   (sum over latent dims per sample, then mean over the batch)',
    shapes: {
      en: 'Dense VAE (Keras example): (N, 28, 28, 1) → z_mean, z_log_var (N, 2) → z (N, 2) → decoder (N, 28, 28, 1). diffusers AutoencoderKL (Stable Diffusion 1.x): encode (N, 3, 512, 512) in [−1, 1] → latent_dist with mean/std (N, 4, 64, 64); decode (N, 4, 64, 64) → .sample (N, 3, 512, 512). The spatial factor is 2^(len(block_out_channels) − 1) = 8.',
      'zh-cn': '全连接 VAE（Keras 示例）：(N, 28, 28, 1) → z_mean、z_log_var (N, 2) → z (N, 2) → 解码器 (N, 28, 28, 1)。diffusers 的 AutoencoderKL（Stable Diffusion 1.x）：encode 输入 [−1, 1] 范围的 (N, 3, 512, 512) → latent_dist，其均值/标准差为 (N, 4, 64, 64)；decode (N, 4, 64, 64) → .sample (N, 3, 512, 512)。空间缩放倍数为 2^(len(block_out_channels) − 1) = 8。',
    },
    params: [
      {
        name: 'latent_channels',
        meaning: { en: 'Channels of the latent z (4 in Stable Diffusion 1.x/2.x and SDXL).', 'zh-cn': '潜变量 z 的通道数（Stable Diffusion 1.x/2.x 和 SDXL 为 4）。' },
        defaults: { diffusers: '4' },
      },
      {
        name: 'scaling_factor',
        meaning: {
          en: 'Multiplies latents so they have roughly unit variance for the diffusion model; divide by it before decoding (0.18215 for SD 1.x, 0.13025 for SDXL).',
          'zh-cn': '乘到潜变量上，使其方差约为 1 以便扩散模型使用；解码前要再除回去（SD 1.x 为 0.18215，SDXL 为 0.13025）。',
        },
        defaults: { diffusers: '0.18215' },
      },
      {
        name: 'block_out_channels',
        meaning: { en: 'Channels per encoder/decoder level; n levels downsample by 2^(n−1).', 'zh-cn': '编码器/解码器每层的通道数；n 层时下采样 2^(n−1) 倍。' },
        defaults: { diffusers: '(64,)' },
      },
      {
        name: 'force_upcast',
        meaning: { en: 'Run the VAE in float32 even when the pipeline is fp16 (avoids NaN/overflow in decoding).', 'zh-cn': '即使管线是 fp16，也让 VAE 用 float32 运行（避免解码时 NaN/溢出）。' },
        defaults: { diffusers: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'Forgetting scaling_factor: encode with latents = vae.encode(x).latent_dist.sample() * vae.config.scaling_factor and decode with vae.decode(latents / vae.config.scaling_factor).sample. Skipping either step trains the UNet on wrongly scaled latents or decodes washed-out, noisy images.',
        'zh-cn': '忘记 scaling_factor：编码用 latents = vae.encode(x).latent_dist.sample() * vae.config.scaling_factor，解码用 vae.decode(latents / vae.config.scaling_factor).sample。漏掉任一步，UNet 就会在尺度错误的潜变量上训练，或解码出发灰、带噪的图像。',
      },
      {
        en: 'Wrong pixel range: AutoencoderKL expects and returns images in [−1, 1] (VaeImageProcessor does x·2 − 1 and back). Feeding [0, 1] or 0–255 shifts colors and contrast without any error.',
        'zh-cn': '像素范围不对：AutoencoderKL 的输入输出都在 [−1, 1]（VaeImageProcessor 会做 x·2 − 1 及其逆变换）。喂 [0, 1] 或 0–255 的数据不会报错，但颜色和对比度会偏。',
      },
      {
        en: 'Mismatched reductions: summing the reconstruction over pixels but averaging the KL over latent dims (or the reverse) changes their relative weight by the dimension ratio. Too much KL weight gives posterior collapse (KL → 0, the decoder ignores z); too little gives a latent space that samples badly. Reduce both per sample, then average over the batch.',
        'zh-cn': '两项的归约方式不一致：重建项对像素求和而 KL 对潜维度取平均（或反过来），会按维度之比改变两者的相对权重。KL 权重过大会导致后验坍缩（KL → 0，解码器忽略 z）；过小则潜空间采样效果差。两项都按样本归约，再对 batch 取平均。',
      },
      {
        en: 'fp16 decoding NaNs: the SDXL VAE overflows in float16 and decodes black or NaN images; keep force_upcast=True (the default) or load an fp16-fixed VAE.',
        'zh-cn': 'fp16 解码出 NaN：SDXL 的 VAE 在 float16 下会溢出，解码出全黑或 NaN 图像；保持 force_upcast=True（默认值），或加载修复过 fp16 问题的 VAE。',
      },
    ],
    why: [
      {
        q: { en: 'Why the reparameterization trick?', 'zh-cn': '为什么需要重参数化技巧？' },
        a: {
          en: 'Sampling z ~ N(μ, σ²) is not differentiable with respect to μ and σ. Writing z = μ + σ·ε with ε ~ N(0, I) drawn outside the network moves the randomness into an input, so z becomes a deterministic, differentiable function of μ and σ and backprop reaches the encoder. Predicting log σ² keeps σ = exp(½·log σ²) positive without constraints.',
          'zh-cn': '直接从 N(μ, σ²) 采样 z 对 μ 和 σ 不可导。写成 z = μ + σ·ε、ε ~ N(0, I) 在网络外采样，就把随机性移到了输入里，z 成为 μ 和 σ 的确定、可导函数，反向传播可以到达编码器。预测 log σ² 则保证 σ = exp(½·log σ²) 恒为正，不需要额外约束。',
        },
      },
      {
        q: { en: 'Why the KL term?', 'zh-cn': '为什么要有 KL 项？' },
        a: {
          en: 'With reconstruction alone the encoder can give each input its own tight, far-apart code — a plain autoencoder whose latent space has holes. KL(q(z|x) ‖ N(0, I)) pulls every posterior toward the standard normal, so codes overlap, the space is smooth, and z drawn from N(0, I) decodes to something plausible. Reconstruction + KL is the negative ELBO, an upper bound on −log p(x).',
          'zh-cn': '只有重建项时，编码器可以给每个输入一个又窄又彼此远离的编码——这就是普通自编码器，潜空间里到处是空洞。KL(q(z|x) ‖ N(0, I)) 把每个后验拉向标准正态，编码相互重叠、空间平滑，从 N(0, I) 采样的 z 才能解码出合理的结果。重建项 + KL 即负 ELBO，是 −log p(x) 的上界。',
        },
      },
    ],
    seeAlso: ['kl-div-loss', 'mse-loss', 'bce-loss', 'diffusion-pipeline', 'gan'],
    docs: {
      diffusers: 'https://huggingface.co/docs/diffusers/api/models/autoencoderkl',
      keras: 'https://keras.io/examples/generative/vae/',
      tensorflow: 'https://www.tensorflow.org/tutorials/generative/cvae',
    },
  },
  {
    id: 'diffusion-pipeline',
    family: 'vision',
    title: { en: 'Diffusion pipeline', 'zh-cn': '扩散模型推理管线（DiffusionPipeline）' },
    summary: {
      en: 'A diffusers pipeline bundles everything a trained diffusion model needs to generate: the denoiser (a UNet or transformer), the noise scheduler and, for latent models such as Stable Diffusion, the VAE plus the text encoder and tokenizer. Calling it runs the reverse process: start from Gaussian noise, and for each of num_inference_steps timesteps let the UNet predict the noise ε (twice, with and without the prompt, for classifier-free guidance) and the scheduler compute the less noisy sample; finally the VAE decodes the latents to pixels. DiffusionPipeline.from_pretrained loads all components from one Hub repository.',
      'zh-cn': 'diffusers 的 pipeline 把训练好的扩散模型生成所需的组件打包在一起：去噪网络（UNet 或 Transformer）、噪声调度器，以及 Stable Diffusion 这类潜空间模型的 VAE、文本编码器和分词器。调用它就是执行反向过程：从高斯噪声出发，在 num_inference_steps 个时间步上，由 UNet 预测噪声 ε（做无分类器引导时有无提示词各算一次），再由调度器算出噪声更少的样本；最后 VAE 把潜变量解码成像素。DiffusionPipeline.from_pretrained 从一个 Hub 仓库加载全部组件。',
    },
    formula: String.raw`x_{t-1} = \frac{1}{\sqrt{\alpha_t}}\Big(x_t - \frac{\beta_t}{\sqrt{1-\bar\alpha_t}}\,\hat\varepsilon\Big) + \sigma_t z,\ z\sim\mathcal{N}(0,I);\qquad \hat\varepsilon = \varepsilon_\theta(x_t,t,\varnothing) + w\,\big(\varepsilon_\theta(x_t,t,c) - \varepsilon_\theta(x_t,t,\varnothing)\big)`,
    formulaText: 'DDPM step: xₜ₋₁ = (xₜ − βₜ/√(1−ᾱₜ)·ε̂) / √αₜ + σₜ·z, αₜ = 1 − βₜ, z ~ N(0, I) (no noise at the last step);  guidance: ε̂ = ε(xₜ, t, ∅) + w·(ε(xₜ, t, c) − ε(xₜ, t, ∅)), w = guidance_scale   (the notes\' "xₜ₋₁ ≈ xₜ − √βₜ·ε + √βₜ·z" is a rough form of this; training noises with xₜ = √(1−βₜ)·xₜ₋₁ + √βₜ·ε and regresses ε with an MSE loss — see noise-scheduler)',
    shapes: {
      en: 'prompt (str or list of B) → .images: B·num_images_per_prompt PIL images (output_type="pil"), or an array (B, H, W, 3) / tensor (B, 3, H, W) in [0, 1] for "np" / "pt". Inside Stable Diffusion 1.x: text embeddings (B, 77, 768); latents (B, 4, H/8, W/8) drawn from N(0, I) × init_noise_sigma; with guidance the UNet sees a batch of 2B each step; the VAE decodes latents / scaling_factor to (B, 3, H, W).',
      'zh-cn': 'prompt（字符串或 B 条的列表）→ .images：B·num_images_per_prompt 张 PIL 图像（output_type="pil"），或 "np"/"pt" 时值域 [0, 1] 的数组 (B, H, W, 3) / 张量 (B, 3, H, W)。Stable Diffusion 1.x 内部：文本嵌入 (B, 77, 768)；潜变量 (B, 4, H/8, W/8)，从 N(0, I) 采样再乘 init_noise_sigma；开启引导时 UNet 每步处理 2B 的 batch；VAE 把 latents / scaling_factor 解码为 (B, 3, H, W)。',
    },
    params: [
      {
        name: 'num_inference_steps',
        meaning: { en: 'Denoising steps; more is slower and usually better, with diminishing returns (StableDiffusionPipeline.__call__).', 'zh-cn': '去噪步数；越多越慢、质量通常越好，但收益递减（StableDiffusionPipeline.__call__）。' },
        defaults: { diffusers: '50' },
      },
      {
        name: 'guidance_scale',
        meaning: { en: 'Classifier-free guidance weight w; guidance is active only when > 1. Higher follows the prompt more, at some cost to quality.', 'zh-cn': '无分类器引导权重 w；只有大于 1 时才启用。越大越贴合提示词，但画质可能下降。' },
        defaults: { diffusers: '7.5' },
      },
      {
        name: 'height',
        meaning: { en: 'Output height in pixels (width likewise); must be divisible by 8.', 'zh-cn': '输出图像高度（宽度同理）；必须能被 8 整除。' },
        defaults: { diffusers: 'None (unet.config.sample_size × vae_scale_factor; 512 for SD 1.5)' },
      },
      {
        name: 'negative_prompt',
        meaning: { en: 'Text whose direction guidance pushes away from (replaces the empty prompt); ignored without guidance.', 'zh-cn': '引导时要远离的文本（替代空提示词）；不启用引导时无效。' },
        defaults: { diffusers: 'None' },
      },
      {
        name: 'generator',
        meaning: { en: 'torch.Generator for reproducible initial noise.', 'zh-cn': '用于生成可复现初始噪声的 torch.Generator。' },
        defaults: { diffusers: 'None' },
      },
      {
        name: 'torch_dtype',
        meaning: { en: 'from_pretrained: load weights in this dtype (torch.float16 on GPU halves memory); newer releases also accept dtype.', 'zh-cn': 'from_pretrained：以该精度加载权重（GPU 上用 torch.float16 可减半显存）；新版本也接受 dtype 参数。' },
        defaults: { diffusers: 'None (float32)' },
      },
    ],
    pitfalls: [
      {
        en: 'fp16 on CPU: torch_dtype=torch.float16 is for GPUs; on CPU half-precision ops are slow or fail with "... not implemented for \'Half\'" depending on the PyTorch version. Use float32 on CPU, or move the pipeline with .to("cuda").',
        'zh-cn': 'CPU 上用 fp16：torch_dtype=torch.float16 是给 GPU 用的；在 CPU 上半精度运算要么很慢，要么（视 PyTorch 版本）报 "... not implemented for \'Half\'"。CPU 上用 float32，或用 .to("cuda") 把管线放到 GPU。',
      },
      {
        en: 'Image size not a multiple of 8: StableDiffusionPipeline raises "`height` and `width` have to be divisible by 8". Sizes far from the training resolution (512 for SD 1.5, 1024 for SDXL) produce duplicated or cropped subjects.',
        'zh-cn': '图像尺寸不是 8 的倍数：StableDiffusionPipeline 会报 "`height` and `width` have to be divisible by 8"。与训练分辨率（SD 1.5 为 512，SDXL 为 1024）相差很远的尺寸会生成重复或被裁切的主体。',
      },
      {
        en: 'guidance_scale ≤ 1 turns classifier-free guidance off, and negative_prompt is then ignored; very high values (> 15) oversaturate the image.',
        'zh-cn': 'guidance_scale ≤ 1 会关闭无分类器引导，此时 negative_prompt 也不起作用；过高（> 15）会让图像过饱和。',
      },
      {
        en: 'Swapping the scheduler with defaults: pipe.scheduler = DPMSolverMultistepScheduler() uses the generic linear β schedule, not the model\'s; use DPMSolverMultistepScheduler.from_config(pipe.scheduler.config) so the trained β schedule and prediction_type carry over.',
        'zh-cn': '用默认参数替换调度器：pipe.scheduler = DPMSolverMultistepScheduler() 用的是通用的线性 β 序列，不是模型训练时的；应使用 DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)，沿用训练时的 β 序列和 prediction_type。',
      },
    ],
    why: [
      {
        q: { en: 'Why does each step run the UNet twice (classifier-free guidance)?', 'zh-cn': '为什么每一步要跑两次 UNet（无分类器引导）？' },
        a: {
          en: 'The UNet predicts the noise with the prompt (ε_c) and with an empty or negative prompt (ε_∅), and the pipeline extrapolates ε̂ = ε_∅ + w·(ε_c − ε_∅), pushing the sample further in the direction the prompt adds. diffusers runs both in one UNet call with batch 2B; guidance is on only when guidance_scale > 1, so turning it off halves the compute but follows the prompt less.',
          'zh-cn': 'UNet 分别在有提示词（ε_c）和空提示词/负提示词（ε_∅）条件下预测噪声，管线做外推 ε̂ = ε_∅ + w·(ε_c − ε_∅)，把样本沿提示词带来的方向推得更远。diffusers 把两次计算合并为一次 batch 为 2B 的 UNet 调用；只有 guidance_scale > 1 时才启用，关闭后计算量减半，但对提示词的遵循变弱。',
        },
      },
      {
        q: { en: 'Why diffuse in the VAE\'s latent space?', 'zh-cn': '为什么在 VAE 的潜空间里做扩散？' },
        a: {
          en: 'A 512×512×3 image has 786,432 values; Stable Diffusion\'s latent is 64×64×4 = 16,384 — 48× fewer — so each of the ~50 UNet steps is far cheaper, and the VAE decoder restores pixel detail once at the end.',
          'zh-cn': '512×512×3 的图像有 786,432 个数；Stable Diffusion 的潜变量是 64×64×4 = 16,384 个，少 48 倍，因此约 50 步 UNet 中的每一步都便宜得多，最后只需 VAE 解码器恢复一次像素细节。',
        },
      },
    ],
    seeAlso: ['noise-scheduler', 'unet', 'vae', 'clip', 'cross-attention', 'mixed-precision'],
    docs: {
      diffusers: 'https://huggingface.co/docs/diffusers/api/pipelines/overview',
    },
    demo: 'diffusion-forward',
  },
  {
    id: 'noise-scheduler',
    family: 'vision',
    title: { en: 'Noise scheduler (diffusion)', 'zh-cn': '噪声调度器（Noise Scheduler）' },
    summary: {
      en: 'A diffusion noise scheduler owns the variance schedule β₁…β_T and the quantities derived from it (αₜ = 1 − βₜ, ᾱₜ = Π(1 − βₛ)). In training, add_noise jumps from a clean x₀ to any xₜ in one step with the closed form, and the model learns to predict the added noise with an MSE loss. In sampling, set_timesteps picks the inference steps and step turns the model\'s prediction into xₜ₋₁. DDPMScheduler defaults to 1000 steps with β rising linearly from 0.0001 to 0.02; DDIM, Euler or DPM-Solver++ reuse the same trained model with far fewer steps.',
      'zh-cn': '扩散模型的噪声调度器管理方差序列 β₁…β_T 及其导出量（αₜ = 1 − βₜ，ᾱₜ = Π(1 − βₛ)）。训练时 add_noise 用闭式公式从干净的 x₀ 一步跳到任意 xₜ，模型以 MSE 损失学习预测所加的噪声。采样时 set_timesteps 选定推理步，step 把模型的预测变成 xₜ₋₁。DDPMScheduler 默认 1000 步、β 从 0.0001 线性增加到 0.02；DDIM、Euler、DPM-Solver++ 等可以复用同一个训练好的模型，用少得多的步数采样。',
    },
    formula: String.raw`x_t = \sqrt{1-\beta_t}\,x_{t-1} + \sqrt{\beta_t}\,\varepsilon,\qquad x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon,\quad \bar\alpha_t = \prod_{s=1}^{t}(1-\beta_s),\qquad \mathcal{L} = \mathbb{E}_{x_0,\varepsilon,t}\big\lVert \varepsilon - \varepsilon_\theta(x_t, t)\big\rVert^2`,
    formulaText: 'xₜ = √(1−βₜ)·xₜ₋₁ + √βₜ·ε, ε ~ N(0, I);  closed form xₜ = √ᾱₜ·x₀ + √(1−ᾱₜ)·ε with ᾱₜ = Π_{s≤t}(1−βₛ);  loss = MSE(ε, ε_θ(xₜ, t))   (t uniform over the training steps, mean over all elements)',
    shapes: {
      en: 'add_noise(original_samples (N, C, H, W), noise (N, C, H, W), timesteps (N,) int64) → noisy samples (N, C, H, W). set_timesteps(num_inference_steps) fills scheduler.timesteps (descending, e.g. 50 values in [0, 999]). step(model_output (N, C, H, W), timestep, sample (N, C, H, W)) → output with .prev_sample (N, C, H, W). diffusers timesteps are 0-based: 0 … num_train_timesteps − 1.',
      'zh-cn': 'add_noise(original_samples (N, C, H, W), noise (N, C, H, W), timesteps (N,) int64) → 加噪样本 (N, C, H, W)。set_timesteps(num_inference_steps) 填充 scheduler.timesteps（降序，例如 [0, 999] 中的 50 个值）。step(model_output (N, C, H, W), timestep, sample (N, C, H, W)) → 带 .prev_sample (N, C, H, W) 的输出。diffusers 的时间步从 0 开始：0 … num_train_timesteps − 1。',
    },
    params: [
      {
        name: 'num_train_timesteps',
        meaning: { en: 'Length T of the training noise chain.', 'zh-cn': '训练时加噪链的长度 T。' },
        defaults: { diffusers: '1000' },
      },
      {
        name: 'beta_start',
        meaning: { en: 'β at the first step (Stable Diffusion uses 0.00085).', 'zh-cn': '第一步的 β（Stable Diffusion 用 0.00085）。' },
        defaults: { diffusers: '0.0001' },
      },
      {
        name: 'beta_end',
        meaning: { en: 'β at the last step (Stable Diffusion uses 0.012).', 'zh-cn': '最后一步的 β（Stable Diffusion 用 0.012）。' },
        defaults: { diffusers: '0.02' },
      },
      {
        name: 'beta_schedule',
        meaning: {
          en: 'How β goes from start to end: "linear", "scaled_linear" (linear in √β, used by Stable Diffusion), "squaredcos_cap_v2" (cosine), "sigmoid".',
          'zh-cn': 'β 从起点到终点的变化方式："linear"、"scaled_linear"（对 √β 线性，Stable Diffusion 使用）、"squaredcos_cap_v2"（余弦）、"sigmoid"。',
        },
        defaults: { diffusers: "'linear'" },
      },
      {
        name: 'prediction_type',
        meaning: { en: 'What the model outputs: "epsilon" (noise), "sample" (x₀) or "v_prediction".', 'zh-cn': '模型输出的是什么："epsilon"（噪声）、"sample"（x₀）或 "v_prediction"。' },
        defaults: { diffusers: "'epsilon'" },
      },
      {
        name: 'clip_sample',
        meaning: { en: 'Clip the predicted x₀ to [−clip_sample_range, clip_sample_range] in step().', 'zh-cn': '在 step() 中把预测的 x₀ 截断到 [−clip_sample_range, clip_sample_range]。' },
        defaults: { diffusers: 'True' },
      },
    ],
    pitfalls: [
      {
        en: 'A default scheduler for a pretrained model: Stable Diffusion was trained with beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012, so DDPMScheduler() with its linear 0.0001–0.02 defaults gives garbage. Load it with DDPMScheduler.from_pretrained(repo, subfolder="scheduler") or from_config(pipe.scheduler.config).',
        'zh-cn': '给预训练模型配默认调度器：Stable Diffusion 训练时用的是 beta_schedule="scaled_linear"、beta_start=0.00085、beta_end=0.012，直接用 DDPMScheduler() 的线性 0.0001–0.02 默认值会生成乱码图。应使用 DDPMScheduler.from_pretrained(repo, subfolder="scheduler") 或 from_config(pipe.scheduler.config)。',
      },
      {
        en: 'Timesteps of the wrong kind: sample them as torch.randint(0, scheduler.config.num_train_timesteps, (N,), device=x.device) — int64, 0-based, one per sample. Float timesteps cannot index alphas_cumprod, and t = T is out of range.',
        'zh-cn': '时间步类型不对：应该用 torch.randint(0, scheduler.config.num_train_timesteps, (N,), device=x.device) 采样——int64、从 0 开始、每个样本一个。浮点时间步无法索引 alphas_cumprod，t = T 会越界。',
      },
      {
        en: 'Sampling without set_timesteps: call scheduler.set_timesteps(num_inference_steps) before the loop and iterate over scheduler.timesteps; DDIMScheduler.step otherwise raises "Number of inference steps is \'None\', you need to run \'set_timesteps\'". Euler-type schedulers also need scale_model_input and init_noise_sigma.',
        'zh-cn': '采样前没调用 set_timesteps：循环前要先 scheduler.set_timesteps(num_inference_steps)，再遍历 scheduler.timesteps；否则 DDIMScheduler.step 会报 "Number of inference steps is \'None\', you need to run \'set_timesteps\'"。Euler 类调度器还需要 scale_model_input 和 init_noise_sigma。',
      },
      {
        en: 'clip_sample=True (the default) clips the predicted x₀ to [−1, 1]: right for pixel-space DDPM, wrong for latent diffusion whose latents are not bounded; Stable Diffusion configs set clip_sample=False.',
        'zh-cn': 'clip_sample=True（默认）会把预测的 x₀ 截断到 [−1, 1]：对像素空间的 DDPM 正确，对潜变量无界的潜空间扩散则是错的；Stable Diffusion 的配置里设为 clip_sample=False。',
      },
    ],
    why: [
      {
        q: { en: 'Why can training jump straight to any t?', 'zh-cn': '为什么训练时可以直接跳到任意时间步 t？' },
        a: {
          en: 'Each forward step scales the previous sample and adds independent Gaussian noise, and sums of independent Gaussians are Gaussian, so t steps collapse into one: xₜ = √ᾱₜ·x₀ + √(1−ᾱₜ)·ε. Training therefore samples a random t per example and never simulates the chain. With the default linear schedule, ᾱ₁₀₀₀ ≈ 4·10⁻⁵, so x₀ keeps a weight of only √ᾱ ≈ 0.006 at the end: x_T is essentially pure noise.',
          'zh-cn': '每个前向步都是把上一步缩放后加上独立高斯噪声，而独立高斯之和仍是高斯，所以 t 步可以合成一步：xₜ = √ᾱₜ·x₀ + √(1−ᾱₜ)·ε。因此训练时对每个样本随机取一个 t，无需真的模拟整条链。默认线性序列下 ᾱ₁₀₀₀ ≈ 4·10⁻⁵，最后 x₀ 的权重只剩 √ᾱ ≈ 0.006：x_T 基本就是纯噪声。',
        },
      },
      {
        q: { en: 'Why predict the noise ε rather than the image?', 'zh-cn': '为什么预测噪声 ε 而不是图像？' },
        a: {
          en: 'ε always has unit variance whatever t is, so the network solves a well-scaled regression at every noise level, and the DDPM paper found this parameterization (an MSE on ε, a reweighted form of the variational bound) trained better and gave better samples. Given ε̂ the scheduler recovers x̂₀ = (xₜ − √(1−ᾱₜ)·ε̂)/√ᾱₜ and the step to xₜ₋₁.',
          'zh-cn': '无论 t 是多少，ε 的方差都是 1，网络在每个噪声水平上都面对尺度合适的回归问题；DDPM 论文发现这种参数化（对 ε 的 MSE，即变分下界的一种重加权形式）训练更稳定、样本更好。有了 ε̂，调度器就能求出 x̂₀ = (xₜ − √(1−ᾱₜ)·ε̂)/√ᾱₜ 和走向 xₜ₋₁ 的一步。',
        },
      },
    ],
    seeAlso: ['diffusion-pipeline', 'unet', 'mse-loss', 'vae'],
    docs: {
      diffusers: 'https://huggingface.co/docs/diffusers/api/schedulers/ddpm',
    },
    demo: 'diffusion-forward',
  },
  {
    id: 'gan',
    family: 'vision',
    title: { en: 'Generative adversarial network (GAN)', 'zh-cn': '生成对抗网络（GAN）' },
    summary: {
      en: 'A GAN trains two networks against each other: a generator G maps random noise z (plus an optional condition) to samples, and a discriminator D outputs a logit saying whether its input is real or generated. Training alternates a D step (classify real vs fake) and a G step (make D call the fakes real) — a minimax game whose ideal end is G matching the data distribution. GANs give sharp samples in one forward pass but train unstably (mode collapse, oscillation), so quality is judged with FID (lower is better) and Inception Score (higher is better), not with the losses.',
      'zh-cn': 'GAN 让两个网络相互对抗地训练：生成器 G 把随机噪声 z（可附加条件）映射成样本，判别器 D 输出一个 logit，判断输入是真实的还是生成的。训练交替进行 D 步（区分真假）和 G 步（让 D 把假样本判为真）——这是一个极小极大博弈，理想终点是 G 的分布与数据分布一致。GAN 一次前向就能生成清晰的样本，但训练不稳定（模式坍缩、振荡），因此用 FID（越低越好）和 Inception Score（越高越好）评估质量，而不是看损失值。',
    },
    formula: String.raw`\min_G \max_D\ \mathbb{E}_{x\sim p_{\text{data}}}\big[\log D(x)\big] + \mathbb{E}_{z\sim p_z}\big[\log\big(1 - D(G(z))\big)\big],\qquad \mathcal{L}_G^{\text{NS}} = -\mathbb{E}_{z}\big[\log D(G(z))\big]`,
    formulaText: 'min_G max_D E_x[log D(x)] + E_z[log(1 − D(G(z)))];  in practice G minimises the non-saturating loss −E_z[log D(G(z))] = BCE(D(G(z)), 1)   (D(·) = σ(logit); expectations are batch means)',
    shapes: {
      en: 'DCGAN (PyTorch tutorial): z (N, 100, 1, 1) → G (transposed convs, tanh) → (N, 3, 64, 64) in [−1, 1] → D → (N,) one score per image. Keras DCGAN example: z (N, 128) → G → (N, 64, 64, 3) → D → (N, 1). Conditional image-to-image GANs (pix2pix) use a U-Net G and a PatchGAN D that outputs (N, 1, 30, 30).',
      'zh-cn': 'DCGAN（PyTorch 教程）：z (N, 100, 1, 1) → G（转置卷积，tanh）→ 值域 [−1, 1] 的 (N, 3, 64, 64) → D → (N,)，每张图一个分数。Keras 的 DCGAN 示例：z (N, 128) → G → (N, 64, 64, 3) → D → (N, 1)。条件式图像翻译 GAN（pix2pix）用 U-Net 作 G、PatchGAN 作 D，D 输出 (N, 1, 30, 30)。',
    },
    params: [
      {
        name: 'lr',
        meaning: {
          en: 'Learning rate of the Adam optimizers for G and D; DCGAN uses 0.0002 for both instead of the framework default.',
          'zh-cn': 'G 和 D 的 Adam 优化器学习率；DCGAN 两者都用 0.0002，而不是框架默认值。',
        },
        defaults: { pytorch: '0.001', keras: '0.001 (learning_rate)', optax: 'required (learning_rate)' },
      },
      {
        name: 'betas',
        meaning: {
          en: 'Adam momentum coefficients; DCGAN lowers β₁ to 0.5 because a long momentum memory destabilizes the adversarial game.',
          'zh-cn': 'Adam 的动量系数；DCGAN 把 β₁ 降到 0.5，因为过长的动量记忆会让对抗训练不稳定。',
        },
        defaults: { pytorch: '(0.9, 0.999)', keras: '0.9, 0.999 (beta_1, beta_2)', optax: '0.9, 0.999 (b1, b2)' },
      },
      {
        name: 'latent_dim',
        meaning: { en: 'Size of the noise vector z fed to the generator (a model choice, not a library default).', 'zh-cn': '输入生成器的噪声向量 z 的维度（模型设计选择，不是库的默认参数）。' },
        defaults: { pytorch: '100 (nz in the DCGAN tutorial)', keras: '128 (latent_dim in the DCGAN example)' },
      },
    ],
    pitfalls: [
      {
        en: 'Not detaching the fake batch in the D step: d_loss on D(G(z)) then backpropagates into G (wasted work, and a later G backward can hit "Trying to backward through the graph a second time"). Use D(fake.detach()) for the D update, and zero each optimizer\'s gradients separately.',
        'zh-cn': 'D 步没有 detach 假样本：对 D(G(z)) 的 d_loss 会反传进 G（白算，且随后 G 的 backward 可能报 "Trying to backward through the graph a second time"）。更新 D 时用 D(fake.detach())，并分别清零两个优化器的梯度。',
      },
      {
        en: 'Saturating generator loss: minimizing log(1 − D(G(z))) gives vanishing gradients early on, when D easily rejects the fakes. Train G with the non-saturating loss — BCE of D(G(z)) against label 1.',
        'zh-cn': '饱和的生成器损失：最小化 log(1 − D(G(z))) 在训练初期（D 轻松识破假样本时）梯度几乎为零。应使用非饱和损失训练 G——把 D(G(z)) 和标签 1 做 BCE。',
      },
      {
        en: 'Sigmoid + BCELoss in D: numerically fragile and refused under torch.autocast ("binary_cross_entropy ... unsafe to autocast"). Output a raw logit and use nn.BCEWithLogitsLoss (Keras: from_logits=True).',
        'zh-cn': 'D 里用 Sigmoid + BCELoss：数值上不稳，在 torch.autocast 下会被拒绝（"binary_cross_entropy ... unsafe to autocast"）。D 应输出原始 logit，配合 nn.BCEWithLogitsLoss（Keras 中 from_logits=True）。',
      },
      {
        en: 'Reading quality from the losses: G and D losses oscillate and do not fall as samples improve, and a collapsed G (all samples alike) can show healthy-looking losses. Track FID on a fixed sample set and look at images with a fixed z.',
        'zh-cn': '用损失判断质量：G 和 D 的损失会振荡，不会随着样本变好而下降；G 发生模式坍缩（样本千篇一律）时损失也可能看起来正常。应在固定样本集上跟踪 FID，并用固定的 z 观察生成图像。',
      },
    ],
    why: [
      {
        q: { en: 'Why the non-saturating generator loss?', 'zh-cn': '为什么生成器要用非饱和损失？' },
        a: {
          en: 'Early in training D rejects fakes with D(G(z)) ≈ 0, where log(1 − D) is flat: its gradient with respect to D\'s logit is −D ≈ 0, so G barely learns. −log D(G(z)) has the same fixed point but a gradient of −(1 − D) ≈ −1 there, strong exactly when G is worst — Goodfellow et al. proposed it for this reason.',
          'zh-cn': '训练初期 D 把假样本判为 D(G(z)) ≈ 0，此处 log(1 − D) 很平坦：它对 D 的 logit 的梯度是 −D ≈ 0，G 几乎学不动。−log D(G(z)) 的最优点相同，但此处梯度为 −(1 − D) ≈ −1，恰在 G 最差时最强——Goodfellow 等人正是因此提出它。',
        },
      },
      {
        q: { en: 'Why FID rather than the loss to judge a GAN?', 'zh-cn': '为什么用 FID 而不是损失来评判 GAN？' },
        a: {
          en: 'The losses only measure G against the current D, which keeps changing, so they say nothing absolute about sample quality. FID embeds real and generated images with an Inception network and compares the two feature distributions (means and covariances): lower means closer, and it drops when samples become both more realistic and more diverse.',
          'zh-cn': '损失只反映 G 相对于当前 D 的表现，而 D 一直在变，所以无法绝对地说明样本质量。FID 用 Inception 网络提取真实图像和生成图像的特征，比较两者的分布（均值和协方差）：越低越接近，样本更真实、更多样时它都会下降。',
        },
      },
    ],
    seeAlso: ['patchgan', 'unet', 'bce-with-logits-loss', 'fid', 'inception-score', 'vae'],
    docs: {
      pytorch: 'https://docs.pytorch.org/tutorials/beginner/dcgan_faces_tutorial.html',
      tensorflow: 'https://www.tensorflow.org/tutorials/generative/dcgan',
      keras: 'https://keras.io/examples/generative/dcgan_overriding_train_step/',
    },
  },
];
