/**
 * The parameter bar of a concept page: one labelled control per param (a number field or a choice), written back
 * into the request on change; the page's prepare() validates, and its error shows in the panel's error area.
 */
import type { LocalText, ParamValue } from '../../src/models';
import { h } from '../ui/dom';
import type { PageSession } from './types';

export type ControlSpec =
  | { name: string; label: LocalText; kind: 'number'; min?: number; max?: number; step?: number }
  | { name: string; label: LocalText; kind: 'choice'; options: readonly { value: string | number; label: string }[] };

export interface ParamBar {
  element: HTMLElement;
  /** Shows the params in effect (after validation and defaults). */
  sync(params: Record<string, ParamValue>): void;
}

/** Sets one param, keeping the others of the current request. */
export function setParam(session: PageSession, name: string, value: ParamValue): void {
  const request = session.request();
  session.setRequest({ ...request, params: { ...(request.params ?? {}), [name]: value } });
}

export function paramBar(session: PageSession, specs: readonly ControlSpec[], ...extra: HTMLElement[]): ParamBar {
  const fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const labels = specs.map((spec) => {
    let field: HTMLInputElement | HTMLSelectElement;
    if (spec.kind === 'number') {
      const input = h('input', { type: 'number', min: spec.min, max: spec.max, step: spec.step ?? 1, 'aria-label': spec.label[session.lang], 'data-param': spec.name });
      input.addEventListener('change', () => {
        const v = Number(input.value);
        const ok = input.value.trim() !== '' && Number.isFinite(v);
        input.classList.toggle('invalid', !ok);
        if (ok) setParam(session, spec.name, v);
      });
      field = input;
    } else {
      const select = h('select', { 'aria-label': spec.label[session.lang], 'data-param': spec.name }, ...spec.options.map((o) => h('option', { value: String(o.value) }, o.label)));
      select.addEventListener('change', () => {
        const option = spec.options.find((o) => String(o.value) === select.value);
        if (option) setParam(session, spec.name, option.value);
      });
      field = select;
    }
    fields.set(spec.name, field);
    return h('label', { class: 'size' }, `${spec.label[session.lang]} `, field);
  });
  const reset = h('vscode-button', { secondary: true }, session.lang === 'zh-cn' ? '恢复默认' : 'Reset to the defaults');
  reset.addEventListener('click', () => session.setRequest({}));
  return {
    element: h('div', { class: 'toolbar page-params', 'data-testid': 'page-params' }, ...labels, ...extra, reset),
    sync(params) {
      for (const [name, field] of fields) {
        if (params[name] === undefined) continue;
        field.value = String(params[name]);
        field.classList.remove('invalid');
      }
    },
  };
}
