/** Demo id → its view module (the webview half of a walkthrough; the model is in src/models). */
import { activationView } from './activation';
import { attentionView } from './attention';
import { diffusionView } from './diffusion';
import { loraView } from './lora';
import { lossView } from './loss';
import { conv2dBackwardView } from './conv2dBackward';
import { matmulBackwardView } from './matmulBackward';
import { normView } from './norm';
import { optimizerView } from './optimizer';
import { fp16UpdateView } from './fp16Update';
import { perplexityView } from './perplexity';
import { psnrSsimView } from './psnrSsim';
import { rankingMetricsView } from './rankingMetrics';
import type { DemoViewFactory } from './types';

export const DEMO_VIEWS: Record<string, DemoViewFactory> = {
  'matmul-backward': matmulBackwardView,
  'conv2d-backward': conv2dBackwardView,
  activation: activationView,
  loss: lossView,
  optimizer: optimizerView,
  norm: normView,
  attention: attentionView,
  lora: loraView,
  'diffusion-forward': diffusionView,
  'fp16-update': fp16UpdateView,
  perplexity: perplexityView,
  'ranking-metrics': rankingMetricsView,
  'psnr-ssim': psnrSsimView,
};
