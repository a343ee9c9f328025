/** Demo id → its view module (the webview half of a walkthrough; the model is in src/models). */
import { matmulBackwardView } from './matmulBackward';
import { normView } from './norm';
import type { DemoViewFactory } from './types';

export const DEMO_VIEWS: Record<string, DemoViewFactory> = {
  'matmul-backward': matmulBackwardView,
  norm: normView,
};
