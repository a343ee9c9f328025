/** The frame of a walkthrough's picture section, and the bookkeeping views need for their extra ORT runs. */
import type { LocalText } from '../../src/models';
import type { Lang } from '../../src/protocol';
import { h } from './dom';

export const say = (lang: Lang, text: LocalText): string => text[lang];

/** A card like a step's, titled, holding charts side by side and notes under them. */
export function chartSection(id: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'step chart-section', 'data-step': id, 'aria-label': title }, h('h2', {}, title), ...children);
}

/**
 * Drops the answers of superseded work: every `next()` starts a new round, and `current(round)` tells whether
 * a round is still the latest (the user may edit again while the previous curves are still computing).
 */
export class Rounds {
  private round = 0;
  next(): number {
    return ++this.round;
  }
  current(round: number): boolean {
    return round === this.round;
  }
}
