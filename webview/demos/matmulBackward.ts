/**
 * matmul-backward view: edit A, B, G (and the sizes M, K, N); every step shows ORT's matrices,
 * and clicking an entry of Out, dA or dB expands it into the scalar products it sums (the seed's method).
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { fmt, h } from '../ui/dom';
import { MatrixView } from '../ui/matrix';
import { stepCard } from '../ui/step';
import type { DemoSession, DemoView } from './types';

type Name = 'A' | 'B' | 'G';

/** Resizes a row-major matrix, keeping the overlap and filling new entries. */
function resize(t: TensorData, rows: number, cols: number, fill: number): TensorData {
  const [r0, c0] = t.dims;
  const data: number[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data.push(i < r0 && j < c0 ? (t.data[i * c0 + j] ?? fill) : fill);
  return { dims: [rows, cols], data };
}

interface ScalarSpec {
  out: 'Out' | 'dA' | 'dB';
  terms: 'Out_terms' | 'dA_terms' | 'dB_terms';
  /** For entry (r, c) of the result and summation index s: the entries of the two factors. */
  left: { name: Name; at: (r: number, c: number, s: number) => [number, number] };
  right: { name: Name; at: (r: number, c: number, s: number) => [number, number] };
}

const SCALAR: Record<string, ScalarSpec> = {
  forward: { out: 'Out', terms: 'Out_terms', left: { name: 'A', at: (i, _j, k) => [i, k] }, right: { name: 'B', at: (_i, j, k) => [k, j] } },
  'grad-a': { out: 'dA', terms: 'dA_terms', left: { name: 'G', at: (i, _k, j) => [i, j] }, right: { name: 'B', at: (_i, k, j) => [k, j] } },
  'grad-b': { out: 'dB', terms: 'dB_terms', left: { name: 'A', at: (k, _j, i) => [i, k] }, right: { name: 'G', at: (_k, j, i) => [i, j] } },
};

export function matmulBackwardView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang, definition } = session;
  const zh = lang === 'zh-cn';
  let prepared: PreparedDemo | undefined;
  let result: RunResult | undefined;

  const edit = (name: Name, index: number, value: number) => {
    const inputs = { ...current() };
    const t = inputs[name];
    const data = [...t.data];
    data[index] = value;
    inputs[name] = { dims: t.dims, data };
    session.setRequest({ inputs });
  };
  const current = (): Record<Name, TensorData> => prepared!.inputs as Record<Name, TensorData>;

  // Inputs: the three editable matrices and the sizes.
  const inputViews = {
    A: new MatrixView({ dims: [1, 1], data: [0] }, { name: 'A', labels: ['M', 'K'], editable: true, onEdit: (i, v) => edit('A', i, v) }),
    B: new MatrixView({ dims: [1, 1], data: [0] }, { name: 'B', labels: ['K', 'N'], editable: true, onEdit: (i, v) => edit('B', i, v) }),
    G: new MatrixView({ dims: [1, 1], data: [0] }, { name: 'G = ∂L/∂Out', labels: ['M', 'N'], editable: true, onEdit: (i, v) => edit('G', i, v) }),
  };
  const sizeInputs = (['M', 'K', 'N'] as const).map((label) => {
    const input = h('input', { type: 'number', min: 1, max: 6, value: 1, 'aria-label': `${label} (${zh ? '尺寸' : 'size'})` });
    input.addEventListener('change', () => {
      const [M, K, N] = sizeInputs.map((s) => Math.min(6, Math.max(1, Math.round(Number(s.input.value) || 1))));
      const { A, B, G } = current();
      session.setRequest({ inputs: { A: resize(A, M, K, 0), B: resize(B, K, N, 0), G: resize(G, M, N, 1) } });
    });
    return { label, input };
  });
  const reset = h('vscode-button', { secondary: true }, zh ? '恢复笔记中的例子' : 'Reset to the seed example');
  reset.addEventListener('click', () => session.setRequest({}));

  const inputsSection = h(
    'section',
    { class: 'step inputs', 'data-step': 'inputs' },
    h('h2', {}, h('span', { class: 'step-no' }, '0'), zh ? '输入（可编辑）' : 'Inputs (editable)'),
    h('div', { class: 'toolbar' }, ...sizeInputs.map(({ label, input }) => h('label', { class: 'size' }, `${label} `, input)), reset),
    h('div', { class: 'matrices' }, inputViews.A.element, inputViews.B.element, inputViews.G.element),
  );

  // Steps: result matrices plus, for the three products, a scalar expansion of the selected entry.
  const selected: Record<string, [number, number]> = { forward: [0, 0], 'grad-a': [0, 0], 'grad-b': [0, 0] };
  const stepViews = new Map<string, { views: Map<string, MatrixView>; expansion: HTMLElement }>();
  const steps = definition.steps.map((step, index) => {
    const spec = SCALAR[step.id];
    const views = new Map<string, MatrixView>();
    for (const name of step.tensors) {
      const onSelect =
        spec?.out === name
          ? (i: number, j: number) => {
              selected[step.id] = [i, j];
              refreshStep(step.id);
            }
          : undefined;
      views.set(name, new MatrixView({ dims: [1, 1], data: [0] }, { name, onSelect }));
    }
    const expansion = h('p', { class: 'expansion', 'data-testid': `expansion-${step.id}` });
    stepViews.set(step.id, { views, expansion });
    const body = h('div', {}, h('div', { class: 'matrices' }, ...[...views.values()].map((v) => v.element)));
    if (spec) {
      body.append(
        expansion,
        h('p', { class: 'hint' }, zh ? `点击 ${spec.out} 的任一元素，展开它的标量计算。` : `Click an entry of ${spec.out} to expand it into scalar products.`),
      );
    }
    return stepCard(step, index, lang, body);
  });

  root.replaceChildren(inputsSection, ...steps);

  function refreshStep(stepId: string): void {
    const step = stepViews.get(stepId);
    const spec = SCALAR[stepId];
    if (!step || !spec || !result || !prepared) return;
    const outT = result.outputs[spec.out];
    const cols = outT.dims[1];
    let [r, c] = selected[stepId];
    if (r >= outT.dims[0] || c >= cols) [r, c] = selected[stepId] = [0, 0];
    const flat = r * cols + c;
    step.views.get(spec.out)?.highlight([flat], 'sel');
    const n = result.outputs[spec.terms].dims[2];
    const products = result.outputs[spec.terms].data.slice(flat * n, (flat + 1) * n);
    const inputs = current();
    const L = inputs[spec.left.name];
    const R = inputs[spec.right.name];
    const leftAt = Array.from({ length: n }, (_, s) => spec.left.at(r, c, s));
    const rightAt = Array.from({ length: n }, (_, s) => spec.right.at(r, c, s));
    const flatOf = (t: TensorData) => ([i, j]: [number, number]) => i * t.dims[1] + j;
    const leftIdx = leftAt.map(flatOf(L));
    const rightIdx = rightAt.map(flatOf(R));
    step.views.get(spec.left.name)?.highlight(leftIdx);
    step.views.get(spec.right.name)?.highlight(rightIdx);
    const symbolic = leftAt.map(([li, lj], s) => `${spec.left.name}[${li},${lj}]·${spec.right.name}[${rightAt[s][0]},${rightAt[s][1]}]`);
    const numeric = leftIdx.map((li, s) => `${fmt(L.data[li])}·${fmt(R.data[rightIdx[s]])}`);
    step.expansion.replaceChildren(
      h('code', {}, `${spec.out}[${r},${c}] = ${symbolic.join(' + ')}`),
      h('br'),
      h('code', {}, `= ${numeric.join(' + ')} = ${products.map(fmt).join(' + ')} = `),
      h('strong', { 'data-testid': `value-${spec.out}` }, fmt(outT.data[flat])),
    );
  }

  return {
    update(p, r) {
      prepared = p;
      result = r;
      const inputs = current();
      for (const name of ['A', 'B', 'G'] as const) inputViews[name].set(inputs[name]);
      const [M, K] = inputs.A.dims;
      const N = inputs.B.dims[1];
      [M, K, N].forEach((v, i) => (sizeInputs[i].input.value = String(v)));
      for (const [stepId, step] of stepViews) {
        for (const [name, view] of step.views) view.set(name in inputs ? inputs[name as Name] : r.outputs[name]);
        refreshStep(stepId);
      }
    },
  };
}

