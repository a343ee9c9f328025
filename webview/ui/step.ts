/** One numbered step of a walkthrough: title, formula, body, note. */
import type { DemoStep } from '../../src/models';
import type { Lang } from '../../src/protocol';
import { h } from './dom';
import { formula } from './math';

export function stepCard(step: DemoStep, index: number, lang: Lang, body: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'step', 'data-step': step.id, 'aria-labelledby': `step-${step.id}` },
    h('h2', { id: `step-${step.id}` }, h('span', { class: 'step-no' }, String(index + 1)), step.title[lang]),
    formula(step.formula),
    body,
    h('p', { class: 'note' }, step.note[lang]),
  );
}
