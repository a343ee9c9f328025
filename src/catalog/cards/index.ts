/** Every concept card, by id: one module per family. */
import { NORMALIZATION_CARDS } from './normalization';
import type { Card } from './types';

export type { Card, CardParam, WhyQA } from './types';

export const CARDS: readonly Card[] = [...NORMALIZATION_CARDS];

const BY_ID = new Map(CARDS.map((c) => [c.id, c]));

export function cardFor(id: string): Card | undefined {
  return BY_ID.get(id);
}
