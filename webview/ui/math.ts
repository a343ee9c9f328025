/** KaTeX rendered into a node (never renderToString + innerHTML: the CSP would block its inline styles). */
import katex from 'katex';
import { h } from './dom';

export function formula(tex: string, display = true): HTMLElement {
  const el = h('div', { class: display ? 'formula' : 'formula inline' });
  try {
    katex.render(tex, el, { output: 'mathml', displayMode: display, throwOnError: true });
  } catch {
    el.textContent = tex;
  }
  return el;
}
