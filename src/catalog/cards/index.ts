/** Every concept card, by id: one module per family (the families of src/catalog/concepts.ts). */
import { ACTIVATIONS_CARDS } from './activations';
import { ATTENTION_CARDS } from './attention';
import { CLASSICAL_ML_CARDS } from './classical-ml';
import { FINE_TUNING_CARDS } from './fine-tuning';
import { LAYERS_CARDS } from './layers';
import { LOSSES_CARDS } from './losses';
import { METRICS_CARDS } from './metrics';
import { NORMALIZATION_CARDS } from './normalization';
import { OPTIMIZERS_CARDS } from './optimizers';
import { REGULARIZATION_CARDS } from './regularization';
import { SYSTEMS_CARDS } from './systems';
import type { Card } from './types';
import { VISION_CARDS } from './vision';

export type { Card, CardParam, WhyQA } from './types';

export const CARDS: readonly Card[] = [
  ...OPTIMIZERS_CARDS,
  ...REGULARIZATION_CARDS,
  ...NORMALIZATION_CARDS,
  ...ACTIVATIONS_CARDS,
  ...LOSSES_CARDS,
  ...LAYERS_CARDS,
  ...ATTENTION_CARDS,
  ...FINE_TUNING_CARDS,
  ...VISION_CARDS,
  ...METRICS_CARDS,
  ...CLASSICAL_ML_CARDS,
  ...SYSTEMS_CARDS,
];

const BY_ID = new Map(CARDS.map((c) => [c.id, c]));

export function cardFor(id: string): Card | undefined {
  return BY_ID.get(id);
}
