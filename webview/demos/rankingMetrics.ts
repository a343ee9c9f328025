/**
 * ranking-metrics view: the ranked list as an editable table — relevance per rank, reordered with buttons or the
 * keyboard (Alt+↑/↓ on a row), results added and removed, a k slider — and beside every rank the discount, the gain
 * and the ideal order's gain ORT computed; then MRR, DCG@k, IDCG@k and nDCG@k written out with those numbers, and a
 * bar chart of the gains against the ideal ones. A (Q, R) batch of queries keeps the generic view.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import type { Lang } from '../../src/protocol';
import { BarChart } from '../ui/chart';
import { chartSection } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { genericParts, withParam } from './generic';
import { collapseInputs } from './inputsFold';
import type { DemoSession, DemoView } from './types';
import './metrics.css';

const MAX_RESULTS = 20;

const TEXT = {
  en: {
    section: 'The ranked list (edit, reorder, cut at k)',
    k: 'k',
    best: 'Best order',
    reverse: 'Reverse',
    add: 'Add a result',
    cols: ['rank', 'relevance', '', 'discount 1/log₂(i+1)', 'gain', 'ideal relevance', 'ideal gain'],
    up: (i: number) => `Move rank ${i} up`,
    down: (i: number) => `Move rank ${i} down`,
    remove: (i: number) => `Remove rank ${i}`,
    rel: (i: number) => `relevance at rank ${i}`,
    pastK: 'past k: counts 0',
    firstHit: 'first hit',
    keys: 'Keys on a row: ↑/↓ move the focus, Alt+↑/↓ move the result, 0–9 set its relevance, Delete removes it.',
    rr: (rank: number | null, rr: string) => (rank === null ? `RR = 0: no relevant result in the top k.  MRR (one query) = ${rr}` : `RR = 1/${rank} (first relevant result at rank ${rank}).  MRR (one query) = ${rr}`),
    chart: 'Discounted gain per rank: your order against the ideal one',
    rank: 'rank',
    yours: 'your order',
    ideal: 'ideal order',
    edit: 'Edit relevance as a tensor',
    batch: 'A batch of queries (Q, R): the metrics are means over the rows; the list editor works on one query at a time.',
  },
  'zh-cn': {
    section: '排序列表（可编辑、调整顺序、在 k 处截断）',
    k: 'k',
    best: '最佳排序',
    reverse: '倒序',
    add: '添加一个结果',
    cols: ['排名', '相关度', '', '折损 1/log₂(i+1)', '增益', '理想相关度', '理想增益'],
    up: (i: number) => `把第 ${i} 名上移`,
    down: (i: number) => `把第 ${i} 名下移`,
    remove: (i: number) => `删除第 ${i} 名`,
    rel: (i: number) => `第 ${i} 名的相关度`,
    pastK: '超出 k：计为 0',
    firstHit: '第一个命中',
    keys: '行上的按键：↑/↓ 移动焦点，Alt+↑/↓ 移动该结果，0–9 设置相关度，Delete 删除。',
    rr: (rank: number | null, rr: string) => (rank === null ? `RR = 0：前 k 个中没有相关结果。MRR（单个查询）= ${rr}` : `RR = 1/${rank}（第一个相关结果在第 ${rank} 名）。MRR（单个查询）= ${rr}`),
    chart: '每个排名的折损增益：你的排序与理想排序',
    rank: '排名',
    yours: '你的排序',
    ideal: '理想排序',
    edit: '以张量形式编辑相关度',
    batch: '一批查询 (Q, R)：指标是各行的平均值；列表编辑器一次只处理一个查询。',
  },
} satisfies Record<Lang, unknown>;

const sum = (terms: string[], total: string) => `${terms.length ? terms.join(' + ') : '0'} = ${total}`;

export function rankingMetricsView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t = TEXT[lang];
  const parts = genericParts(session, { ownParams: ['k'] });
  collapseInputs(parts.sections[0], t.edit);

  const kInput = h('input', { type: 'range', min: 1, max: 6, step: 1, 'aria-label': t.k, 'data-setting': 'k' });
  const kValue = h('output', { class: 'k-value', 'data-testid': 'k-value' });
  kInput.addEventListener('input', () => (kValue.textContent = kInput.value));
  kInput.addEventListener('change', () => withParam(session, 'k', Number(kInput.value)));
  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = h('vscode-button', { secondary: true, ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const list = h('table', { class: 'rank-list', 'data-testid': 'rank-list' });
  const results = h('div', { class: 'metric-lines', 'data-testid': 'ranking-results' });
  const chart = new BarChart({ id: 'ranking-gains', lang, title: t.chart, xLabel: t.rank, yLabel: t.cols[4], xName: t.rank, yName: t.cols[4], width: 560, height: 240 });
  const batchNote = h('p', { class: 'note', hidden: true }, t.batch);
  const section = chartSection(
    'ranked-list',
    t.section,
    h('div', { class: 'toolbar' }, h('label', { class: 'size k-slider' }, `${t.k} `, kInput, kValue), button(t.best, () => reorder((r) => [...r].sort((a, b) => b - a)), { 'data-action': 'best' }), button(t.reverse, () => reorder((r) => [...r].reverse()), { 'data-action': 'reverse' }), button(t.add, () => reorder((r) => (r.length < MAX_RESULTS ? [...r, 0] : r)), { 'data-action': 'add' })),
    h('div', { class: 'table-scroll' }, list),
    h('p', { class: 'hint' }, t.keys),
    results,
    chart.element,
  );
  root.replaceChildren(parts.sections[0], batchNote, section, ...parts.sections.slice(1));

  let relevance: number[] = [];
  /** The rank to focus after the next redraw (the row a key moved). */
  let focusRank: number | undefined;

  function reorder(change: (r: number[]) => number[], focus?: number): void {
    const next = change(relevance);
    if (!next.length) return;
    focusRank = focus;
    const request = session.request();
    session.setRequest({ ...request, inputs: { relevance: { dims: [next.length], data: next } satisfies TensorData } });
  }
  const swap = (i: number, j: number) => (r: number[]) => {
    if (j < 0 || j >= r.length) return r;
    const c = [...r];
    [c[i], c[j]] = [c[j], c[i]];
    return c;
  };
  const setAt = (i: number, v: number) => (r: number[]) => r.map((x, k) => (k === i ? v : x));
  const removeAt = (i: number) => (r: number[]) => (r.length > 1 ? r.filter((_, k) => k !== i) : r);

  function rowKeys(e: KeyboardEvent, i: number): void {
    const rows = list.querySelectorAll<HTMLElement>('tbody tr');
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const j = e.key === 'ArrowUp' ? i - 1 : i + 1;
      if (j >= 0 && j < relevance.length) reorder(swap(i, j), j);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      rows[e.key === 'ArrowUp' ? Math.max(0, i - 1) : Math.min(rows.length - 1, i + 1)]?.focus();
    } else if (/^[0-9]$/.test(e.key) && e.target === rows[i]) {
      reorder(setAt(i, Number(e.key)), i);
    } else if (e.key === 'Delete' && e.target === rows[i]) {
      reorder(removeAt(i), Math.min(i, relevance.length - 2));
    } else {
      return;
    }
    e.preventDefault();
  }

  function draw(p: PreparedDemo, r: RunResult): void {
    const o = r.outputs;
    const k = p.params.k as number;
    relevance = p.inputs.relevance.data as number[];
    const R = relevance.length;
    kInput.max = String(Math.max(R, k));
    kInput.value = String(k);
    kValue.textContent = String(k);
    const firstHit = relevance.findIndex((v, i) => v > 0 && i < k);
    const small = (label: string, action: () => void, attrs: Record<string, string | boolean>) => {
      const b = h('button', { type: 'button', class: 'icon-button', ...attrs, 'aria-label': String(attrs.title) }, label);
      b.addEventListener('click', action);
      return b;
    };
    const rows = relevance.map((rel, i) => {
      const rank = i + 1;
      const input = h('input', { type: 'number', min: 0, step: 'any', value: fmt(rel), 'aria-label': t.rel(rank), 'data-rank': rank });
      input.addEventListener('keydown', (e) => e.stopPropagation()); // digits and arrows edit the number here
      input.addEventListener('change', () => {
        const v = Number(input.value);
        const ok = input.value.trim() !== '' && Number.isFinite(v) && v >= 0;
        input.classList.toggle('invalid', !ok);
        if (ok) reorder(setAt(i, v), i);
      });
      const past = i >= k;
      const tr = h(
        'tr',
        { tabindex: 0, class: `${past ? 'past-k' : ''}${i === k - 1 ? ' k-edge' : ''}${i === firstHit ? ' first-hit' : ''}`, 'data-rank': rank, 'aria-label': `${t.cols[0]} ${rank}, ${t.cols[1]} ${fmt(rel)}` },
        h('th', { scope: 'row' }, String(rank), i === firstHit ? h('span', { class: 'badge' }, t.firstHit) : null),
        h('td', {}, input),
        h(
          'td',
          { class: 'moves' },
          small('▲', () => reorder(swap(i, i - 1), i - 1), { title: t.up(rank), disabled: i === 0, 'data-action': 'up' }),
          small('▼', () => reorder(swap(i, i + 1), i + 1), { title: t.down(rank), disabled: i === R - 1, 'data-action': 'down' }),
          small('✕', () => reorder(removeAt(i), Math.min(i, R - 2)), { title: t.remove(rank), disabled: R === 1, 'data-action': 'remove' }),
        ),
        h('td', { 'data-output': 'discounts' }, fmt(o.discounts.data[i])),
        h('td', { 'data-output': 'gains', title: past ? t.pastK : '' }, past ? h('span', { class: 'muted' }, `0 (${t.pastK})`) : fmt(o.gains.data[i])),
        h('td', { 'data-output': 'ideal' }, fmt(o.ideal.data[i])),
        h('td', { 'data-output': 'ideal_gains' }, fmt(o.ideal_gains.data[i])),
      );
      tr.addEventListener('keydown', (e) => rowKeys(e, i));
      return tr;
    });
    list.replaceChildren(h('thead', {}, h('tr', {}, ...t.cols.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows));
    if (focusRank !== undefined) {
      list.querySelectorAll<HTMLElement>('tbody tr')[focusRank]?.focus();
      focusRank = undefined;
    }

    const top = (name: string) => Array.from({ length: Math.min(k, R) }, (_, i) => fmt(o[name].data[i]));
    const [mrr, dcg, idcg, ndcg] = ['mrr', 'dcg', 'idcg', 'ndcg'].map((n) => fmt(o[n].data[0]));
    const line = (id: string, label: string, text: string) => h('p', { class: 'expansion', 'data-metric': id }, h('strong', {}, label), ' ', text);
    results.replaceChildren(
      line('mrr', 'MRR', t.rr(firstHit >= 0 ? firstHit + 1 : null, mrr)),
      line('dcg', `DCG@${k}`, `= ${sum(top('gains'), dcg)}`),
      line('idcg', `IDCG@${k}`, `= ${sum(top('ideal_gains'), idcg)}`),
      line('ndcg', `nDCG@${k}`, `= ${dcg} / ${idcg} = ${ndcg}`),
    );
    chart.set(
      relevance.map((_, i) => String(i + 1)),
      [
        { id: 'gains', label: t.yours, color: 'blue', values: o.gains.data, emphasis: 'strong' },
        { id: 'ideal_gains', label: t.ideal, color: 'green', values: o.ideal_gains.data, emphasis: 'faint' },
      ],
    );
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      const batch = p.inputs.relevance.dims.length === 2;
      section.hidden = batch;
      batchNote.hidden = !batch;
      if (!batch) draw(p, r);
    },
  };
}
