/**
 * The default view for a demo without a view of its own: parameters and editable inputs at the top, then
 * each step with its formula and the tensors it names, every output as ORT computed it. Higher-rank tensors
 * are shown as rows × (the rest).
 */
import type { ParamValue, PreparedDemo, RunResult, TensorData } from '../../src/models';
import { h } from '../ui/dom';
import { MatrixView } from '../ui/matrix';
import { stepCard } from '../ui/step';
import type { DemoSession, DemoView } from './types';

/** Params that choose the variant (and with it which other params apply). */
const VARIANT_PARAMS = new Set(['kind', 'fn']);

export function genericView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang, definition } = session;
  const zh = lang === 'zh-cn';
  let prepared: PreparedDemo | undefined;

  const setInput = (name: string, index: number, value: number) => {
    const t = prepared!.inputs[name];
    const data = [...t.data];
    data[index] = value;
    const request = session.request();
    session.setRequest({ ...request, inputs: { ...prepared!.inputs, [name]: { dims: t.dims, data } } });
  };
  const setParam = (name: string, value: ParamValue) => {
    const request = session.request();
    // A new kind/fn starts from that variant's own defaults: other params may not apply to it.
    const params = VARIANT_PARAMS.has(name) ? { [name]: value } : { ...(request.params ?? {}), [name]: value };
    session.setRequest({ ...request, params });
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
    h('div', { class: 'toolbar' }, paramBar, reset),
    h('div', { class: 'matrices' }, ...[...inputViews.values()].map((v) => v.element)),
  );

  const stepViews = definition.steps.map((step) => {
    const views = new Map(step.tensors.map((name) => [name, new MatrixView({ dims: [1], data: [0] }, { name })]));
    return { step, views };
  });
  root.replaceChildren(
    inputs,
    ...stepViews.map(({ step, views }, i) => stepCard(step, i, lang, h('div', { class: 'matrices' }, ...[...views.values()].map((v) => v.element)))),
  );

  function renderParams(params: Record<string, ParamValue>): void {
    paramBar.replaceChildren(
      ...Object.entries(params).map(([name, value]) => {
        const input = h('input', { type: typeof value === 'number' ? 'number' : 'text', value: Array.isArray(value) ? value.join(', ') : String(value), step: 'any', 'aria-label': name, 'data-param': name });
        input.addEventListener('change', () => {
          const raw = input.value.trim();
          const v: ParamValue = typeof value === 'number' ? Number(raw) : Array.isArray(value) ? raw.split(',').map((x) => Number(x.trim())) : typeof value === 'boolean' ? raw === 'true' : raw;
          setParam(name, v);
        });
        return h('label', { class: 'size' }, `${name} `, input);
      }),
    );
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      prepared = p;
      renderParams(p.params);
      for (const [name, view] of inputViews) if (p.inputs[name]) view.set(p.inputs[name]);
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
