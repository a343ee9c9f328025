import * as assert from 'node:assert/strict';
import { analyzeText, PythonParser } from '../../src/analysis';
import { walkthroughForCall } from '../../src/models/fromCall';
import { nodeWasm } from './analysis/nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});
const target = (src: string) => walkthroughForCall(analyzeText(parser, src)[0]);

suite('walkthroughs opened from the user\'s call', () => {
  test('the issue\'s examples start from the user\'s values', () => {
    assert.deepEqual(target('import torch\ntorch.optim.Adam(params, lr=3e-4, betas=(0.9, 0.95))'), { demo: 'optimizer', request: { params: { kind: 'adam', lr: 3e-4, betas: [0.9, 0.95] } } });
    const conv = target('import torch.nn as nn\nnn.Conv2d(3, 64, 7, 2, 3)');
    assert.equal(conv?.demo, 'conv2d-backward');
    assert.deepEqual(conv?.request.params, { stride: 2, padding: 3 });
    assert.deepEqual((conv?.request.inputs as Record<string, { dims: number[] }>).w.dims, [1, 1, 7, 7], "the user's 7×7 kernel");
    assert.deepEqual((conv?.request.inputs as Record<string, { dims: number[] }>).x.dims, [1, 1, 8, 8]);
    assert.deepEqual(target('import torch.nn as nn\nnn.HuberLoss(delta=0.5)'), { demo: 'loss', request: { params: { kind: 'huber', delta: 0.5 } } });
    const groupNorm = target('import torch.nn as nn\nnn.GroupNorm(4, 32)');
    assert.deepEqual(groupNorm?.request.params, { kind: 'group', groups: 4 });
    assert.deepEqual((groupNorm?.request.inputs as Record<string, { dims: number[] }>).x.dims, [2, 8, 2, 2], 'two channels per group, so groups differ from instances');
    assert.deepEqual(target('import torch.nn as nn\nnn.LeakyReLU(0.2)'), { demo: 'activation', request: { params: { fn: 'leaky-relu', alpha: 0.2 } } });
  });

  test('variants follow the concept; reductions and momentum carry over', () => {
    assert.deepEqual(target('import torch.nn as nn\nnn.CrossEntropyLoss(reduction="sum")'), { demo: 'loss', request: { params: { kind: 'cross-entropy', reduction: 'sum' } } });
    assert.deepEqual(target('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0.9)'), { demo: 'optimizer', request: { params: { kind: 'sgd-momentum', lr: 0.1, momentum: 0.9 } } });
    assert.deepEqual(target('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0.9, dampening=0.9)'), { demo: 'optimizer', request: { params: { kind: 'sgd-momentum', lr: 0.1, momentum: 0.9, dampening: 0.9 } } });
    assert.deepEqual(target('import torch.nn as nn\nnn.LayerNorm(512, eps=1e-6)'), { demo: 'norm', request: { params: { kind: 'layer', eps: 1e-6 } } });
    assert.deepEqual(target('import torch\ntorch.matmul(a, b)'), { demo: 'matmul-backward', request: {} });
  });

  test('GroupNorm keeps a small channel count of the user\'s, else shows two channels per group', () => {
    const xDims = (src: string) => (target(src)?.request.inputs as Record<string, { dims: number[] }> | undefined)?.x.dims;
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(2, 64)'), { demo: 'norm', request: { params: { kind: 'group', groups: 2 } } }, 'the default x fits');
    assert.deepEqual(xDims('import torch.nn as nn\nnn.GroupNorm(3, 48)'), [2, 6, 2, 2]);
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(4, num_channels=4)'), { demo: 'norm', request: { params: { kind: 'group', groups: 4 } } }, 'one channel per group on the default x, as the user wrote');
    assert.deepEqual(xDims('import torch.nn as nn\nnn.GroupNorm(2, 6)'), [2, 6, 2, 2]);
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(8, 64)'), { demo: 'norm', request: { params: { kind: 'group' } } }, 'too many groups to draw');
  });

  test('values the demo cannot take fall back to the variant, never to an error', () => {
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(32, 64)'), { demo: 'norm', request: { params: { kind: 'group' } } });
    assert.deepEqual(target('import torch.nn as nn\nnn.Conv2d(3, 64, 3, stride=s)'), { demo: 'conv2d-backward', request: {} });
    assert.equal(target('from sklearn.svm import SVC\nSVC()'), undefined, 'no walkthrough for this concept');
  });
});

suite('walkthroughs II opened from the user\'s call', () => {
  const params = (src: string) => target(src)?.request.params;

  test('attention: MultiheadAttention keeps the user\'s heads (up to 4) and says how it scaled the layer down', () => {
    const small = target('import torch.nn as nn\nnn.MultiheadAttention(8, 2)');
    assert.deepEqual(small, { demo: 'attention', request: { params: { kind: 'self', heads: 2 } } }, 'fits as written');
    const big = target('import torch.nn as nn\nnn.MultiheadAttention(embed_dim=512, num_heads=8, batch_first=True)');
    assert.deepEqual(big?.request.params, { kind: 'self', heads: 4 });
    assert.deepEqual((big?.request.inputs as Record<string, { dims: number[] }>).X.dims, [4, 8], '4 heads of size 2');
    assert.match(big?.note?.en ?? '', /Your layer: embed_dim 512, 8 heads of size 64\. The walkthrough uses 4 heads of size 2 \(width 8\)/);
    assert.match(big?.note?.['zh-cn'] ?? '', /你的层：embed_dim 512，8 个头，每个头 64 维/);
    assert.deepEqual(params('import keras\nkeras.layers.MultiHeadAttention(num_heads=1, key_dim=64)'), { kind: 'self', heads: 1 });
    assert.deepEqual(params('import torch.nn.functional as F\nF.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.1)'), { kind: 'sdpa', causal: true, scale: 0.1 });
    assert.deepEqual(params('import torch.nn as nn\nnn.Transformer.generate_square_subsequent_mask(5)'), { kind: 'sdpa', causal: true });
  });

  test('lora: rank up to 4 with alpha rescaled to keep the user\'s scaling; the user\'s layer counted when known', () => {
    assert.deepEqual(target('from peft import LoraConfig\nLoraConfig(r=2, lora_alpha=16)'), { demo: 'lora', request: { params: { r: 2, alpha: 16 } } });
    const big = target('from peft import LoraConfig\nLoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "v_proj"])');
    assert.deepEqual(big?.request.params, { r: 4, alpha: 8 }, 'alpha/r stays 2');
    assert.match(big?.note?.en ?? '', /Your rank r = 16 is shown as r = 4 with alpha 8, which keeps your scaling 32\/16/);
    assert.deepEqual(params('from peft import LoraConfig\nLoraConfig(r=16, use_rslora=True)'), { rslora: true, r: 4, alpha: 4 }, 'alpha/√r stays 8/4');
    const flax = target('from flax import nnx\nnnx.LoRA(768, 8, 768, rngs=rngs)');
    assert.match(flax?.note?.en ?? '', /Your layer 768 → 768: 589,824 weights to fine-tune fully, 12,288 with LoRA at rank 8 \(2\.08%\)/);
  });

  test('diffusion, mixed precision and the metrics take their literal arguments', () => {
    assert.deepEqual(
      params('from diffusers import DDPMScheduler\nDDPMScheduler(num_train_timesteps=500, beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012)'),
      { T: 500, schedule: 'scaled-linear', beta_start: 0.00085, beta_end: 0.012 },
    );
    assert.deepEqual(params('from diffusers import DDPMScheduler\nDDPMScheduler(beta_schedule="squaredcos_cap_v2")'), { schedule: 'cosine' });
    assert.deepEqual(target('from diffusers import DDPMScheduler\nDDPMScheduler()'), { demo: 'diffusion-forward', request: {} });
    assert.deepEqual(target('import torch\ntorch.cuda.amp.GradScaler(init_scale=1024)'), { demo: 'fp16-update', request: { params: { scale: 1024 } } });
    assert.deepEqual(target('import torch\ntorch.autocast("cuda")'), { demo: 'fp16-update', request: {} });
    assert.deepEqual(target('from torchmetrics.text import Perplexity\nPerplexity(ignore_index=-100)'), { demo: 'perplexity', request: { params: { ignore_index: -100 } } });
    assert.deepEqual(target('from sklearn.metrics import ndcg_score\nndcg_score(y, s, k=10)'), { demo: 'ranking-metrics', request: { params: { k: 10 } } });
    assert.deepEqual(target('from torchmetrics.retrieval import RetrievalMRR\nRetrievalMRR(top_k=3)'), { demo: 'ranking-metrics', request: { params: { k: 3 } } });
    assert.deepEqual(target('import tensorflow as tf\ntf.image.ssim(a, b, max_val=255)'), { demo: 'psnr-ssim', request: { params: { max_value: 255 } } });
  });

  test('values the demos reject fall back to plainer requests', () => {
    const bad = target('from diffusers import DDPMScheduler\nDDPMScheduler(beta_start=0.5, beta_end=0.1)');
    assert.equal(bad?.demo, 'diffusion-forward');
    assert.deepEqual(bad?.request.params ?? {}, {}, 'beta_end < beta_start: the default schedule');
    assert.deepEqual(target('from diffusers import DDPMScheduler\nDDPMScheduler(num_train_timesteps=100000)'), { demo: 'diffusion-forward', request: {} }, 'too many steps to unroll: the default T');
  });
});
