/**
 * perplexity view: the generic inputs (logits and targets, editable) and steps, with pictures from the panel's own
 * ORT run:
 *  - step 1: the probability table, one row per position and one column per vocabulary token, the actual next token
 *    outlined; a click on a token makes it the actual next token of that position;
 *  - step 2: the sentence as chips coloured by each token's cost, and bar charts of −log p and of p per token;
 *  - steps 3 and 4: the mean and the exponential written out with the numbers ORT returned.
 */
import type { PreparedDemo, RunResult } from '../../src/models';
import { PERPLEXITY_VOCAB } from '../../src/models/perplexity';
import type { Lang } from '../../src/protocol';
import { BarChart } from '../ui/chart';
import { fmt, h } from '../ui/dom';
import { genericParts } from './generic';
import type { DemoSession, DemoView } from './types';
import './metrics.css';

const TEXT = {
  en: {
    table: 'Probability of every token at every position (click a token to make it the actual next one)',
    position: 'after',
    start: 'the',
    ignored: 'ignored',
    nllChart: 'Cost of each actual next token: −log p',
    probChart: 'Probability the model gave it: p',
    token: 'token',
    chips: 'The sentence, each predicted token coloured by its cost',
    mean: (terms: string, n: number, nll: string) => `NLL = (${terms}) / ${n} = ${nll}`,
    ppl: (nll: string, ppl: string) => `PPL = exp(${nll}) = ${ppl}`,
    scale: (ppl: string, v: number) => `As unsure as choosing among ${ppl} equally likely tokens — 1 would be always sure and right, ${v} is uniform guessing over this vocabulary of ${v}.`,
  },
  'zh-cn': {
    table: '每个位置上每个词元的概率（点击词元，把它设为实际的下一个词元）',
    position: '之后',
    start: 'the',
    ignored: '已忽略',
    nllChart: '每个实际下一个词元的代价：−log p',
    probChart: '模型给它的概率：p',
    token: '词元',
    chips: '整句话，每个被预测的词元按代价着色',
    mean: (terms: string, n: number, nll: string) => `NLL = (${terms}) / ${n} = ${nll}`,
    ppl: (nll: string, ppl: string) => `PPL = exp(${nll}) = ${ppl}`,
    scale: (ppl: string, v: number) => `相当于在 ${ppl} 个等可能的词元中挑选那样不确定——1 表示总是确定且正确，${v} 表示在这个大小为 ${v} 的词表上均匀猜测。`,
  },
} satisfies Record<Lang, unknown>;

/** Cost classes for colouring: 0 (cheap) … 5 (−log p ≥ 2.5, p below about 0.08). */
const costClass = (nll: number) => `cost-${Math.min(5, Math.max(0, Math.floor(nll * 2)))}`;
/** Probability shading: p-0 … p-10 in tenths. */
const probClass = (p: number) => `p-${Math.min(10, Math.max(0, Math.round(p * 10)))}`;

export function perplexityView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t = TEXT[lang];
  const probTable = h('table', { class: 'prob-table', 'data-testid': 'prob-table' });
  const chips = h('p', { class: 'token-chips', 'data-testid': 'token-chips', 'aria-label': t.chips });
  const nllChart = new BarChart({ id: 'token-nll', lang, title: t.nllChart, xLabel: t.token, yLabel: '−log p', xName: t.token, yName: '−log p', width: 470, height: 240 });
  const probChart = new BarChart({ id: 'target-prob', lang, title: t.probChart, xLabel: t.token, yLabel: 'p', xName: t.token, yName: 'p', width: 470, height: 240 });
  const meanLine = h('p', { class: 'expansion', 'data-testid': 'nll-expansion' });
  const pplLine = h('p', { class: 'expansion', 'data-testid': 'ppl-expansion' });
  const pplScale = h('p', { class: 'note' });
  const parts = genericParts(session, {
    pictures: {
      probs: h('div', { class: 'table-scroll' }, probTable),
      'token-nll': h('div', {}, chips, h('div', { class: 'charts-row' }, nllChart.element, probChart.element)),
      mean: meanLine,
      ppl: h('div', {}, pplLine, pplScale),
    },
    tensors: { probs: ['log_probs'], 'token-nll': ['targets', 'token_nll'], mean: ['tokens', 'nll'], ppl: ['ppl'] },
  });
  root.replaceChildren(...parts.sections);

  let prepared: PreparedDemo | undefined;
  const setTarget = (row: number, token: number) => {
    const p = prepared!;
    const data = [...p.inputs.targets.data];
    data[row] = token;
    session.setRequest({ ...session.request(), inputs: { ...p.inputs, targets: { dims: p.inputs.targets.dims, data } } });
  };

  function draw(p: PreparedDemo, r: RunResult): void {
    const [L, V] = p.inputs.logits.dims;
    const vocab = V === PERPLEXITY_VOCAB.length ? PERPLEXITY_VOCAB : Array.from({ length: V }, (_, v) => `t${v}`);
    const targets = p.inputs.targets.data as number[];
    const word = (id: number) => vocab[id] ?? `#${id}`;
    const counted = (i: number) => Number.isInteger(targets[i]) && targets[i] >= 0 && targets[i] < V && r.outputs.target_prob.data[i] !== null;
    const probs = r.outputs.probs.data;
    const nll = r.outputs.token_nll.data as number[];
    const prob = r.outputs.target_prob.data;
    // What came before position i: the default sentence starts with "the"; otherwise the previous target.
    const context = (i: number) => (i === 0 ? (V === PERPLEXITY_VOCAB.length ? t.start : '…') : counted(i - 1) ? word(targets[i - 1]) : '…');

    probTable.replaceChildren(
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), ...vocab.map((w) => h('th', { scope: 'col' }, w)))),
      h(
        'tbody',
        {},
        ...Array.from({ length: L }, (_, i) =>
          h(
            'tr',
            { 'data-row': i },
            h('th', { scope: 'row' }, `${i + 1}. ${t.position} “${context(i)}”`),
            ...vocab.map((w, v) => {
              const pv = probs[i * V + v] as number;
              const isTarget = targets[i] === v;
              const button = h('button', { type: 'button', class: `prob ${probClass(pv)}${isTarget ? ' target' : ''}`, 'aria-pressed': isTarget ? 'true' : 'false', 'aria-label': `${i + 1}: ${w} p = ${fmt(pv)}`, 'data-token': v }, pv.toFixed(3));
              button.addEventListener('click', () => setTarget(i, v));
              return h('td', {}, button);
            }),
          ),
        ),
      ),
    );

    const first = V === PERPLEXITY_VOCAB.length ? [h('span', { class: 'chip given' }, t.start)] : [];
    chips.replaceChildren(
      ...first,
      ...targets.map((id, i) =>
        counted(i)
          ? h('span', { class: `chip ${costClass(nll[i])}`, title: `p = ${fmt(prob[i])}, −log p = ${fmt(nll[i])}`, 'data-index': i }, h('span', { class: 'chip-word' }, word(id)), h('span', { class: 'chip-cost' }, fmt(nll[i])))
          : h('span', { class: 'chip ignored', title: t.ignored, 'data-index': i }, h('span', { class: 'chip-word' }, `${id}`), h('span', { class: 'chip-cost' }, t.ignored)),
      ),
    );
    const labels = targets.map((id, i) => `${i + 1}. ${counted(i) ? word(id) : t.ignored}`);
    nllChart.set(labels, [{ id: 'token_nll', label: '−log p', color: 'orange', values: targets.map((_, i) => (counted(i) ? nll[i] : null)) }]);
    probChart.set(labels, [{ id: 'target_prob', label: 'p', color: 'blue', values: prob }]);

    const n = r.outputs.tokens.data[0] as number;
    const meanNll = r.outputs.nll.data[0] as number;
    const ppl = r.outputs.ppl.data[0] as number;
    const terms = targets.flatMap((_, i) => (counted(i) ? [fmt(nll[i])] : [])).join(' + ');
    meanLine.textContent = t.mean(terms, n, fmt(meanNll));
    pplLine.textContent = t.ppl(fmt(meanNll), fmt(ppl));
    pplScale.textContent = t.scale(fmt(ppl), V);
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      prepared = p;
      parts.update(p, r);
      draw(p, r);
    },
  };
}
