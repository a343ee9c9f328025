/**
 * The default view for a demo without a view of its own: parameters and editable inputs at the top, then
 * each step with its formula and the tensors it names, every output as ORT computed it. Higher-rank tensors
 * are shown as rows × (the rest).
 *
 * Views with pictures compose `genericParts` instead of copying it: they keep the editable inputs and the
 * steps, take over some params with their own controls and put a picture into a step.
 */
import type { ParamValue, PreparedDemo, RunResult, TensorData } from '../../src/models';
import { h } from '../ui/dom';
import { MatrixView } from '../ui/matrix';
import { stepCard } from '../ui/step';
import type { DemoSession, DemoView } from './types';
import { VARIANT_PARAMS, variantRequest } from './variants';


export interface GenericOptions {
  /** Params the view edits with its own controls: left out of the parameter bar. */
  ownParams?: readonly string[];
  /** Controls added to the inputs toolbar (e.g. tensor sizes). */
  toolbar?: readonly HTMLElement[];
  /** Per step id: content placed between the step's formula and its tensors (a picture). */
  pictures?: Readonly<Record<string, HTMLElement>>;
  /** Per step id: the tensors to show instead of the step's own list (when its picture shows the others). */
  tensors?: Readonly<Record<string, readonly string[]>>;
}

export interface GenericParts extends DemoView {
  /** The inputs section, then one card per step, in order. */
  sections: HTMLElement[];
}

/**
 * The request with one param changed; a new kind/fn starts from that variant's own defaults, keeping the edited
 * inputs it takes too when they fit it.
 */
export function withParam(session: DemoSession, name: string, value: ParamValue): void {
  const request = session.request();
  if (VARIANT_PARAMS.has(name)) session.setRequest(variantRequest(session.definition, { [name]: value }, request.inputs));
  else session.setRequest({ ...request, params: { ...(request.params ?? {}), [name]: value } });
}

export function genericParts(session: DemoSession, options: GenericOptions = {}): GenericParts {
  const { lang, definition } = session;
  const zh = lang === 'zh-cn';
  const ownParams = new Set(options.ownParams ?? []);
  let prepared: PreparedDemo | undefined;

  const setInput = (name: string, index: number, value: number) => {
    const t = prepared!.inputs[name];
    const data = [...t.data];
    data[index] = value;
    const request = session.request();
    session.setRequest({ ...request, inputs: { ...prepared!.inputs, [name]: { dims: t.dims, data } } });
  };

  const paramBar = h('div', { class: 'toolbar', 'data-testid': 'params' });
  const inputViews = new Map<string, MatrixView>();
  for (const spec of definition.inputs) {
    inputViews.set(spec.name, new MatrixView({ dims: [1], data: [0] }, { name: spec.name, labels: spec.dims, editable: spec.editable, onEdit: (i, v) => setInput(spec.name, i, v) }));
  }
  const reset = h('vscode-button', { secondary: true }, zh ? '恢复默认例子' : 'Reset to the default example');
  reset.addEventListener('click', () => session.setRequest({}));
  const inputs = h(
    'section',
    { class: 'step inputs', 'data-step': 'inputs' },
    h('h2', {}, h('span', { class: 'step-no' }, '0'), zh ? '输入与参数（可编辑）' : 'Inputs and parameters (editable)'),
    h('div', { class: 'toolbar' }, paramBar, ...(options.toolbar ?? []), reset),
    h('div', { class: 'matrices' }, ...[...inputViews.values()].map((v) => v.element)),
  );

  const stepViews = definition.steps.map((step) => {
    const names = options.tensors?.[step.id] ?? step.tensors;
    const views = new Map(names.map((name) => [name, new MatrixView({ dims: [1], data: [0] }, { name })]));
    return { step, views };
  });
  const sections = [
    inputs,
    ...stepViews.map(({ step, views }, i) => {
      const matrices = views.size ? h('div', { class: 'matrices' }, ...[...views.values()].map((v) => v.element)) : null;
      return stepCard(step, i, lang, h('div', {}, options.pictures?.[step.id], matrices));
    }),
  ];

  function renderParams(params: Record<string, ParamValue>): void {
    paramBar.replaceChildren(
      ...Object.entries(params)
        .filter(([name]) => !ownParams.has(name))
        .map(([name, value]) => {
          const input = h('input', { type: typeof value === 'number' ? 'number' : 'text', value: Array.isArray(value) ? value.join(', ') : String(value), step: 'any', 'aria-label': name, 'data-param': name });
          input.addEventListener('change', () => {
            const raw = input.value.trim();
            const v: ParamValue = typeof value === 'number' ? Number(raw) : Array.isArray(value) ? raw.split(',').map((x) => Number(x.trim())) : typeof value === 'boolean' ? raw === 'true' : raw;
            withParam(session, name, v);
          });
          return h('label', { class: 'size' }, `${name} `, input);
        }),
    );
  }

  return {
    sections,
    update(p: PreparedDemo, r: RunResult) {
      prepared = p;
      renderParams(p.params);
      for (const [name, view] of inputViews) {
        view.element.hidden = !p.inputs[name]; // inputs of another variant (cross-attention's X_enc under self)
        if (p.inputs[name]) view.set(p.inputs[name]);
      }
      for (const { views } of stepViews) {
        for (const [name, view] of views) {
          const t: TensorData | undefined = p.inputs[name] ?? r.outputs[name];
          view.element.hidden = !t; // some tensors exist for some variants only
          if (t) view.set(t);
        }
      }
    },
  };
}

export function genericView(root: HTMLElement, session: DemoSession): DemoView {
  const parts = genericParts(session);
  root.replaceChildren(...parts.sections);
  return parts;
}
