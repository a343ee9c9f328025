/** Folds the generic inputs' matrices into a closed <details>: for demos whose inputs are pictures (24×24 images). */
import { h } from '../ui/dom';

export function collapseInputs(inputsSection: HTMLElement, summary: string): void {
  const matrices = inputsSection.querySelector('.matrices');
  if (!matrices) return;
  const details = h('details', { class: 'inputs-fold' }, h('summary', {}, summary));
  matrices.replaceWith(details);
  details.append(matrices);
}
