/** Concept page id → its view (the webview half of src/pages). */
import { clipPageView } from './clip';
import { patchGanPageView } from './patchgan';
import { resnetPageView } from './resnet';
import { swinPageView } from './swin';
import type { PageViewFactory } from './types';
import { unetPageView } from './unet';

export const PAGE_VIEWS: Record<string, PageViewFactory> = {
  'resnet-stages': resnetPageView,
  'unet-skips': unetPageView,
  'patchgan-patches': patchGanPageView,
  'swin-windows': swinPageView,
  'clip-contrastive': clipPageView,
};
