/** Every walkthrough demo, by id: the one place to find a demo's model builder. */
import type { DemoDefinition } from './demo';
import { activationDemo } from './activation';
import { attentionDemo } from './attention';
import { conv2dBackward } from './conv2dBackward';
import { diffusionForwardDemo } from './diffusion';
import { fp16UpdateDemo } from './fp16Update';
import { linearBackward } from './linearBackward';
import { lossDemo } from './loss';
import { loraDemo } from './lora';
import { matmulBackward } from './matmulBackward';
import { normDemo } from './norm';
import { optimizerDemo } from './optimizer';
import { perplexityDemo } from './perplexity';
import { psnrSsimDemo } from './psnrSsim';
import { rankingMetricsDemo } from './rankingMetrics';

export const DEMOS: readonly DemoDefinition[] = [matmulBackward, linearBackward, conv2dBackward, activationDemo, normDemo, lossDemo, optimizerDemo, attentionDemo, loraDemo, diffusionForwardDemo, fp16UpdateDemo, perplexityDemo, rankingMetricsDemo, psnrSsimDemo];

export function findDemo(id: string): DemoDefinition | undefined {
  return DEMOS.find((d) => d.id === id);
}
