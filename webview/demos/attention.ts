/**
 * attention view: the generic inputs and steps with pictures from ORT's outputs —
 *  - controls for the variant (one head on given Q, K, V; multi-head self-attention; cross-attention), the causal
 *    mask and the head count;
 *  - heatmaps (rows = queries, columns = keys; hover or focus a cell to read it, click a row to follow it) of the
 *    raw dot products, the masked scores (−∞ cells marked) and the weights, one per head;
 *  - why 1/√d: the softmax with and without it side by side, the selected query's two rows as bars, and a sweep
 *    that runs the sdpa model on random queries and keys of size d = 1 … 256 to show the unscaled softmax turning
 *    one-hot as d grows;
 *  - multi-head: the columns each head owns, every head's output, their concatenation and the projection by W_o.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import type { AttentionKind } from '../../src/models/attention';
import type { Lang } from '../../src/protocol';
import { BarChart, LineChart } from '../ui/chart';
import { CellHeatmap } from '../ui/cellHeatmap';
import { signedExtent } from '../ui/cellHeatmapScale';
import { Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { MatrixView } from '../ui/matrix';
import { Segmented } from '../ui/segmented';
import { headChoices, headColumns, medianRowMax, plane, SWEEP_DIMS, SWEEP_KEYS, SWEEP_QUERIES, sweepRequest } from './attentionParts';
import { genericParts, withParam } from './generic';
import type { DemoSession, DemoView } from './types';

/** Head colours cycle through four bands. */
const BANDS = 4;
const band = (head: number) => `band-${head % BANDS}`;

const TEXT = {
  en: {
    variant: 'Attention',
    kinds: { sdpa: 'One head', self: 'Multi-head self', cross: 'Cross' } as Record<AttentionKind, string>,
    kindTitles: { sdpa: 'Scaled dot-product attention on given Q, K and V', self: 'Multi-head self-attention: Q, K and V from one sequence X', cross: 'Cross-attention: queries from the decoder, keys and values from the encoder' } as Record<AttentionKind, string>,
    showHead: 'Head shown',
    causal: 'Causal mask',
    off: 'off',
    on: 'on',
    heads: 'heads',
    head: (h: number) => `head ${h}`,
    axes: (cross: boolean): string => (cross ? 'Rows: queries (decoder positions) · columns: keys (encoder positions).' : 'Rows: queries · columns: keys (positions of the same sequence).'),
    qkCaption: (multi: boolean, h: number): string => (multi ? `head ${h}: Q_h·K_hᵀ` : 'Q·Kᵀ'),
    qk: (hp: string, i: number, j: number, v: number | null) => `${hp}query ${i} · key ${j} = ${fmt(v)} (raw dot product)`,
    scoresCaption: (multi: boolean, h: number): string => (multi ? `head ${h}: scores` : 'scores'),
    score: (hp: string, i: number, j: number, v: number | null, scale: number) =>
      v === null ? `${hp}query ${i}, key ${j}: −∞ — masked, key ${j} comes after query ${i}, so its weight is exactly 0` : `${hp}query ${i}, key ${j}: score ${fmt(v)} (its dot product × ${fmt(scale)})`,
    weightsCaption: (multi: boolean, h: number): string => (multi ? `head ${h}: weights` : 'weights'),
    weight: (hp: string, i: number, j: number, v: number | null) => `${hp}query ${i} takes ${fmt(v)} of value ${j} (weight w[${i},${j}])`,
    avgCaption: 'weights_avg: the mean over heads (what nn.MultiheadAttention returns)',
    avg: (i: number, j: number, v: number | null) => `query ${i}, key ${j}: ${fmt(v)} averaged over the heads`,
    unscaledCaption: (hp: string) => `${hp}softmax(QKᵀ): no scaling`,
    scaledCaption: (hp: string, scale: number) => `${hp}softmax(QKᵀ · ${fmt(scale)})`,
    unscaled: (hp: string, i: number, j: number, v: number | null) => `${hp}query ${i}, key ${j}: weight ${fmt(v)} without the scale`,
    scaled: (hp: string, i: number, j: number, v: number | null) => `${hp}query ${i}, key ${j}: weight ${fmt(v)} with the scale`,
    rowChart: (hp: string, i: number) => `${hp}query ${i}: its weights with and without the scale`,
    key: 'key',
    weightName: 'weight',
    noScale: 'softmax(QKᵀ), no scaling',
    withScale: (scale: number) => `softmax(QKᵀ · ${fmt(scale)})`,
    row: (hp: string, i: number, qk: string, scores: string, top0: string, top1: string, scale: number) =>
      `${hp}query ${i}: the raw dot products span ${qk}; times the scale ${fmt(scale)} the scores span ${scores}. Without the scale the largest weight of this row is ${top0}, with it ${top1}. Click a row of a heatmap to follow another query.`,
    sweepTitle: 'A typical query’s largest weight as d grows',
    sweepX: 'head size d (queries and keys with N(0, 1) entries)',
    sweepY: 'largest weight of a query',
    sweepUnscaled: 'softmax(QKᵀ): no scaling',
    sweepScaled: 'softmax(QKᵀ/√d)',
    sweep: (top: string, topScaled: string) =>
      `Each point is one ORT run of this walkthrough's sdpa model on ${SWEEP_QUERIES} random queries against ${SWEEP_KEYS} random keys of size d, read as the median over the queries of each query's largest weight. A dot product of d unit-variance products has variance d, so the unscaled scores spread out like √d and the softmax turns one-hot: at d = 256 a typical query gives ${top} of its weight to one key. Divided by √d the scores keep a spread of about 1 at every size and the typical top weight stays low (${topScaled} at d = 256), so the weights stay soft and the gradients do not vanish.`,
    maskOff: 'The causal mask is off: every query sees every key.',
    maskOn: 'The causal mask is on: the cells marked −∞ are keys after their query.',
    turnOn: 'Turn the causal mask on',
    turnOff: 'Turn the causal mask off',
    bandsLegend: 'Columns by head:',
    vCaption: 'V: its columns by head',
    outputMulti: 'Each head mixes only its own columns of V with its own weights: head_h = w_h · V_h (step 7 shows every head’s output).',
    headOut: (h: number) => `head ${h} = w_${h} · V_${h}`,
    concat: 'concat: the heads side by side',
    out: 'out = concat · W_oᵀ',
    sdpaHeads: 'One head on given Q, K and V has nothing to split. Multi-head attention computes Q, K and V from the tokens with learned weights and splits their columns among the heads.',
    toSelf: 'Show multi-head self-attention',
  },
  'zh-cn': {
    variant: '注意力类型',
    kinds: { sdpa: '单头', self: '多头自注意力', cross: '交叉注意力' } as Record<AttentionKind, string>,
    kindTitles: { sdpa: '在给定的 Q、K、V 上做缩放点积注意力', self: '多头自注意力：Q、K、V 来自同一个序列 X', cross: '交叉注意力：查询来自解码器，键和值来自编码器' } as Record<AttentionKind, string>,
    showHead: '显示的头',
    causal: '因果掩码',
    off: '关',
    on: '开',
    heads: '头数',
    head: (h: number) => `第 ${h} 个头`,
    axes: (cross: boolean): string => (cross ? '行：查询（解码器位置）· 列：键（编码器位置）。' : '行：查询 · 列：键（同一序列的位置）。'),
    qkCaption: (multi: boolean, h: number): string => (multi ? `头 ${h}：Q_h·K_hᵀ` : 'Q·Kᵀ'),
    qk: (hp: string, i: number, j: number, v: number | null) => `${hp}查询 ${i} · 键 ${j} = ${fmt(v)}（原始点积）`,
    scoresCaption: (multi: boolean, h: number): string => (multi ? `头 ${h}：分数` : '分数 scores'),
    score: (hp: string, i: number, j: number, v: number | null, scale: number) =>
      v === null ? `${hp}查询 ${i}、键 ${j}：−∞——被遮住，键 ${j} 在查询 ${i} 之后，权重恰好为 0` : `${hp}查询 ${i}、键 ${j}：分数 ${fmt(v)}（点积 × ${fmt(scale)}）`,
    weightsCaption: (multi: boolean, h: number): string => (multi ? `头 ${h}：权重` : '权重 weights'),
    weight: (hp: string, i: number, j: number, v: number | null) => `${hp}查询 ${i} 取值 ${j} 的 ${fmt(v)}（权重 w[${i},${j}]）`,
    avgCaption: 'weights_avg：各头的平均（nn.MultiheadAttention 默认返回的）',
    avg: (i: number, j: number, v: number | null) => `查询 ${i}、键 ${j}：各头平均 ${fmt(v)}`,
    unscaledCaption: (hp: string) => `${hp}softmax(QKᵀ)：不缩放`,
    scaledCaption: (hp: string, scale: number) => `${hp}softmax(QKᵀ · ${fmt(scale)})`,
    unscaled: (hp: string, i: number, j: number, v: number | null) => `${hp}查询 ${i}、键 ${j}：不缩放时权重 ${fmt(v)}`,
    scaled: (hp: string, i: number, j: number, v: number | null) => `${hp}查询 ${i}、键 ${j}：缩放后权重 ${fmt(v)}`,
    rowChart: (hp: string, i: number) => `${hp}查询 ${i}：缩放与不缩放的权重`,
    key: '键',
    weightName: '权重',
    noScale: 'softmax(QKᵀ)，不缩放',
    withScale: (scale: number) => `softmax(QKᵀ · ${fmt(scale)})`,
    row: (hp: string, i: number, qk: string, scores: string, top0: string, top1: string, scale: number) =>
      `${hp}查询 ${i}：原始点积的范围是 ${qk}；乘以缩放系数 ${fmt(scale)} 后分数的范围是 ${scores}。不缩放时这一行最大的权重是 ${top0}，缩放后是 ${top1}。点击热力图的某一行可以改看另一个查询。`,
    sweepTitle: 'd 增大时，一个典型查询的最大权重',
    sweepX: '头维度 d（查询和键的元素服从 N(0, 1)）',
    sweepY: '查询的最大权重',
    sweepUnscaled: 'softmax(QKᵀ)：不缩放',
    sweepScaled: 'softmax(QKᵀ/√d)',
    sweep: (top: string, topScaled: string) =>
      `每个点是本演示的 sdpa 模型在 ORT 中的一次运行：${SWEEP_QUERIES} 个随机查询对 ${SWEEP_KEYS} 个随机键，维度为 d，取各查询最大权重的中位数。d 个单位方差乘积之和的方差是 d，所以不缩放的分数按 √d 拉开，softmax 变成 one-hot：d = 256 时一个典型查询把 ${top} 的权重给了同一个键。除以 √d 后，任何维度下分数的尺度都约为 1，典型的最大权重也保持在低位（d = 256 时为 ${topScaled}），权重保持平滑，梯度也不会消失。`,
    maskOff: '因果掩码已关闭：每个查询都能看到所有键。',
    maskOn: '因果掩码已打开：标为 −∞ 的格子是位于查询之后的键。',
    turnOn: '打开因果掩码',
    turnOff: '关闭因果掩码',
    bandsLegend: '各头的列：',
    vCaption: 'V：按头划分的列',
    outputMulti: '每个头只用自己的权重混合 V 中属于自己的列：head_h = w_h · V_h（第 7 步给出每个头的输出）。',
    headOut: (h: number) => `头 ${h} = w_${h} · V_${h}`,
    concat: 'concat：各头并排拼接',
    out: 'out = concat · W_oᵀ',
    sdpaHeads: '直接给定 Q、K、V 的单头注意力没有可拆分的东西。多头注意力先用学到的权重从词元算出 Q、K、V，再把它们的列分给各个头。',
    toSelf: '查看多头自注意力',
  },
} satisfies Record<Lang, unknown>;

type Text = (typeof TEXT)['en'];

const span = (values: readonly (number | null)[]) => {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return finite.length ? `${fmt(Math.min(...finite))} … ${fmt(Math.max(...finite))}` : '—';
};
const rowOf = (t: TensorData, i: number) => t.data.slice(i * t.dims[1], (i + 1) * t.dims[1]);
const asGrid = (t: TensorData) => ({ rows: t.dims[0], cols: t.dims[1], data: t.data });

/** One heatmap per head of a (H, L, S) output (or one of an (L, S) output), sharing a readout. */
class HeadMaps {
  readonly element = h('div', { class: 'head-maps' });
  private maps: CellHeatmap[] = [];

  constructor(private readonly make: (head: number) => CellHeatmap) {}

  set(t: TensorData, caption: (head: number) => string, extent = 1): void {
    const H = t.dims.length === 3 ? t.dims[0] : 1;
    while (this.maps.length < H) this.maps.push(this.make(this.maps.length));
    this.maps.length = H;
    this.element.replaceChildren(...this.maps.map((m) => m.element));
    this.maps.forEach((m, head) => m.set(asGrid(plane(t, head)), [caption(head)], caption(head), extent));
  }

  get all(): readonly CellHeatmap[] {
    return this.maps;
  }
}

function readoutLine(id: string, lang: Lang): HTMLElement {
  return h('div', { class: 'cell-heatmap-readout', 'aria-live': 'polite', 'data-testid': `readout-${id}` }, CellHeatmap.hint(lang));
}

export function attentionView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t: Text = TEXT[lang];
  const rounds = new Rounds();
  let prepared: PreparedDemo | undefined;
  let result: RunResult | undefined;
  /** The query row (and head) the bar chart follows; a click on any weights heatmap moves it. */
  let selected = { row: 0, head: 0 };

  // ---- controls (in the inputs toolbar) ----
  const kinds = new Segmented<AttentionKind>(t.variant, 'kind', (['sdpa', 'self', 'cross'] as const).map((k) => ({ value: k, label: t.kinds[k], title: t.kindTitles[k] })), (k) => withParam(session, 'kind', k));
  const causal = new Segmented<'off' | 'on'>(t.causal, 'causal', [{ value: 'off', label: t.off }, { value: 'on', label: t.on }], (v) => withParam(session, 'causal', v === 'on'));
  const headsSelect = h('select', { 'aria-label': t.heads, 'data-param': 'heads' });
  headsSelect.addEventListener('change', () => withParam(session, 'heads', Number(headsSelect.value)));
  const headsLabel = h('label', { class: 'size' }, `${t.heads} `, headsSelect);
  const toolbar = [kinds.element, h('span', { class: 'control-label' }, t.causal, causal.element), headsLabel];

  // ---- pictures ----
  const hp = (head: number) => (prepared?.params.kind === 'sdpa' ? '' : `${t.head(head)} · `);
  const select = (head: number) => (row: number) => {
    selected = { row, head };
    paintSelection();
    if (prepared && result) drawScale(prepared, result);
  };
  const scale = () => prepared!.params.scale as number;
  const multi = () => prepared?.params.kind !== 'sdpa';

  const qkReadout = readoutLine('attention-qk', lang);
  const qkMaps = new HeadMaps((head) => new CellHeatmap({ id: `attention-qk-h${head}`, lang, scale: 'signed', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: qkReadout, describe: (i, j, v) => t.qk(hp(head), i, j, v) }));
  const qkAxes = h('p', { class: 'hint' });
  const scoresPicture = h('div', { class: 'attention-picture', 'data-testid': 'attention-qk' }, qkMaps.element, qkReadout, qkAxes);

  const pairReadout = readoutLine('attention-scale', lang);
  // The two softmaxes of one head (the selected one) side by side.
  const unscaledMap = new CellHeatmap({ id: 'attention-unscaled', lang, scale: 'weights', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: pairReadout, describe: (i, j, v) => t.unscaled(hp(selected.head), i, j, v), onSelectRow: (row) => select(selected.head)(row) });
  const scaledMap = new CellHeatmap({ id: 'attention-scaled', lang, scale: 'weights', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: pairReadout, describe: (i, j, v) => t.scaled(hp(selected.head), i, j, v), onSelectRow: (row) => select(selected.head)(row) });
  const headPick = h('div', { class: 'toolbar' });
  let headPicker: { count: number; control: Segmented<string> } | undefined;
  const rowHolder = h('div');
  const rowNote = h('p', { class: 'chart-note', 'data-testid': 'attention-row-note' });
  const sweepChart = new LineChart({ id: 'attention-sweep', lang, title: t.sweepTitle, xLabel: t.sweepX, yLabel: t.sweepY, xName: 'd', yName: t.sweepY, width: 470, height: 250 });
  const sweepNote = h('p', { class: 'chart-note', 'data-testid': 'attention-sweep-note' });
  const scalePicture = h(
    'div',
    { class: 'attention-picture', 'data-testid': 'attention-scale' },
    headPick,
    h('div', { class: 'head-pair' }, unscaledMap.element, scaledMap.element),
    pairReadout,
    h('div', { class: 'pictures-row' }, h('div', {}, rowHolder, rowNote), h('div', {}, sweepChart.element, sweepNote)),
  );

  const scoresReadout = readoutLine('attention-scores', lang);
  const scoreMaps = new HeadMaps((head) => new CellHeatmap({ id: `attention-scores-h${head}`, lang, scale: 'signed', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: scoresReadout, describe: (i, j, v) => t.score(hp(head), i, j, v, scale()) }));
  const maskState = h('span', { 'data-testid': 'attention-mask-state' });
  const maskToggle = h('vscode-button', { secondary: true, 'data-testid': 'causal-toggle' });
  maskToggle.addEventListener('click', () => withParam(session, 'causal', !prepared?.params.causal));
  const maskPicture = h('div', { class: 'attention-picture', 'data-testid': 'attention-mask' }, h('div', { class: 'toolbar' }, maskState, maskToggle), scoreMaps.element, scoresReadout);

  const weightsReadout = readoutLine('attention-weights', lang);
  const weightMaps = new HeadMaps((head) => new CellHeatmap({ id: `attention-weights-h${head}`, lang, scale: 'weights', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: weightsReadout, describe: (i, j, v) => t.weight(hp(head), i, j, v), onSelectRow: select(head) }));
  const avgMap = new CellHeatmap({ id: 'attention-weights-avg', lang, scale: 'weights', rowLabel: (i) => `q${i}`, colLabel: (j) => `k${j}`, readout: weightsReadout, describe: (i, j, v) => t.avg(i, j, v) });
  const weightsAxes = h('p', { class: 'hint' });
  const softmaxPicture = h('div', { class: 'attention-picture', 'data-testid': 'attention-weights' }, h('div', { class: 'head-maps' }, weightMaps.element, avgMap.element), weightsReadout, weightsAxes);

  const legend = h('div', { class: 'head-legend' });
  const valueView = new MatrixView({ dims: [1], data: [0] }, { name: 'V' });
  const outView = new MatrixView({ dims: [1], data: [0] }, { name: 'out' });
  const outputNote = h('p', { class: 'hint' });
  const outputPicture = h('div', { class: 'attention-picture' }, legend, h('div', { class: 'matrices' }, valueView.element, outView.element), outputNote);

  const headOutputs = h('div', { class: 'matrices head-outputs' });
  const concatView = new MatrixView({ dims: [1], data: [0] }, { name: 'concat' });
  const finalView = new MatrixView({ dims: [1], data: [0] }, { name: 'out' });
  const legend2 = h('div', { class: 'head-legend' });
  const toSelf = h('vscode-button', { secondary: true }, t.toSelf);
  toSelf.addEventListener('click', () => withParam(session, 'kind', 'self'));
  const sdpaHeads = h('div', { class: 'toolbar' }, h('span', {}, t.sdpaHeads), toSelf);
  const multiHeads = h('div', {}, legend2, headOutputs, h('div', { class: 'matrices' }, concatView.element, finalView.element));
  const headsPicture = h('div', { class: 'attention-picture', 'data-testid': 'attention-heads' }, sdpaHeads, multiHeads);

  const parts = genericParts(session, {
    ownParams: ['kind', 'causal', 'heads'],
    toolbar,
    pictures: { scores: scoresPicture, scale: scalePicture, mask: maskPicture, softmax: softmaxPicture, output: outputPicture, heads: headsPicture },
    tensors: { scores: ['Q', 'K'], scale: [], mask: [], softmax: [], output: [], heads: [] },
  });
  root.replaceChildren(...parts.sections);

  function paintSelection(): void {
    weightMaps.all.forEach((m, head) => m.markRow(head === selected.head ? selected.row : undefined));
    unscaledMap.markRow(selected.row);
    scaledMap.markRow(selected.row);
  }

  /** The selected head's softmax with and without the scale, its head picker, and the selected row's bars. */
  function drawScale(p: PreparedDemo, r: RunResult): void {
    const heads = r.outputs.weights.dims.length === 3 ? r.outputs.weights.dims[0] : 1;
    headPick.hidden = heads === 1;
    if (heads > 1 && headPicker?.count !== heads) {
      const control = new Segmented<string>(t.showHead, 'head', Array.from({ length: heads }, (_, k) => ({ value: String(k), label: t.head(k) })), (v) => select(Number(v))(selected.row));
      headPicker = { count: heads, control };
      headPick.replaceChildren(h('span', { class: 'control-label' }, t.showHead, control.element));
    }
    headPicker?.control.set(String(selected.head));
    const head = selected.head;
    unscaledMap.set(asGrid(plane(r.outputs.weights_unscaled, head)), [t.unscaledCaption(hp(head))], t.unscaledCaption(hp(head)));
    scaledMap.set(asGrid(plane(r.outputs.weights, head)), [t.scaledCaption(hp(head), p.params.scale as number)], t.scaledCaption(hp(head), p.params.scale as number));
    paintSelection();
    drawRow(p, r);
  }

  function bandLegend(el: HTMLElement, heads: number): void {
    el.replaceChildren(h('span', {}, t.bandsLegend), ...Array.from({ length: heads }, (_, k) => h('span', { class: `head-swatch ${band(k)}` }, t.head(k))));
  }

  /** m's columns coloured by the head that owns them (heads 0 and 4 share a colour). */
  function banded(view: MatrixView, m: TensorData, heads: number): void {
    view.set(m);
    for (let b = 0; b < Math.min(heads, BANDS); b++) {
      const owned = Array.from({ length: heads }, (_, k) => k).filter((k) => k % BANDS === b);
      view.highlight(owned.flatMap((k) => headColumns(m.dims, heads, k)), `band-${b}`);
    }
  }

  function drawRow(p: PreparedDemo, r: RunResult): void {
    const head = selected.head;
    const w = plane(r.outputs.weights, head);
    const w0 = plane(r.outputs.weights_unscaled, head);
    const i = Math.min(selected.row, w.dims[0] - 1);
    const S = w.dims[1];
    // The title names the query, so the chart is made anew for each selection.
    const rowChart = new BarChart({ id: 'attention-row', lang, title: t.rowChart(hp(head), i), xLabel: t.key, yLabel: t.weightName, xName: t.key, yName: t.weightName, width: 470, height: 250 });
    rowHolder.replaceChildren(rowChart.element);
    rowChart.set(
      Array.from({ length: S }, (_, j) => `k${j}`),
      [
        { id: 'unscaled', label: t.noScale, color: 'red', values: rowOf(w0, i) },
        { id: 'scaled', label: t.withScale(p.params.scale as number), color: 'blue', values: rowOf(w, i), emphasis: 'strong' },
      ],
    );
    const top = (row: readonly (number | null)[]) => fmt(Math.max(...row.filter((v): v is number => v !== null)));
    rowNote.textContent = t.row(hp(head), i, span(rowOf(plane(r.outputs.qk, head), i)), span(rowOf(plane(r.outputs.scores, head), i)), top(rowOf(w0, i)), top(rowOf(w, i)), p.params.scale as number);
  }

  let sweep: { ep: string; runs: Promise<RunResult[]> } | undefined;
  async function drawSweep(round: number, ep: string): Promise<void> {
    if (!sweep || sweep.ep !== ep) {
      const runs = Promise.all(SWEEP_DIMS.map((d) => session.compute(sweepRequest(d))));
      sweep = { ep, runs };
      runs.catch(() => (sweep = undefined)); // shown in the panel's error area; the next update tries again
    }
    const runs = await sweep.runs;
    if (!rounds.current(round)) return;
    const x = SWEEP_DIMS.map(Math.log2);
    const unscaled = runs.map((r) => medianRowMax(r.outputs.weights_unscaled));
    const scaled = runs.map((r) => medianRowMax(r.outputs.weights));
    sweepChart.set(
      [
        { id: 'unscaled', label: t.sweepUnscaled, color: 'red', x, y: unscaled },
        { id: 'scaled', label: t.sweepScaled, color: 'blue', x, y: scaled, emphasis: 'strong' },
      ],
      [],
      [x[0], x[x.length - 1]],
      { xTicks: x, xFormat: (v) => String(Math.round(2 ** v)) },
    );
    sweepNote.textContent = t.sweep(fmt(unscaled[unscaled.length - 1]), fmt(scaled[scaled.length - 1]));
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      prepared = p;
      result = r;
      parts.update(p, r);
      const kind = p.params.kind as AttentionKind;
      const isMulti = multi();
      const heads = isMulti ? (p.params.heads as number) : 1;
      const cross = kind === 'cross';

      kinds.set(kind);
      causal.set(p.params.causal ? 'on' : 'off');
      headsLabel.hidden = !isMulti;
      if (isMulti) {
        const E = r.outputs.Q.dims[1];
        headsSelect.replaceChildren(...headChoices(E).map((n) => h('option', { value: n, selected: n === heads }, String(n))));
      }

      const [L] = (isMulti ? r.outputs.weights.dims.slice(1) : r.outputs.weights.dims) as number[];
      if (selected.head >= heads || selected.row >= L) selected = { row: 0, head: 0 };

      qkMaps.set(r.outputs.qk, (k) => t.qkCaption(isMulti, k), signedExtent(r.outputs.qk.data));
      qkAxes.textContent = t.axes(cross);
      weightsAxes.textContent = t.axes(cross);
      scoreMaps.set(r.outputs.scores, (k) => t.scoresCaption(isMulti, k), signedExtent(r.outputs.scores.data));
      weightMaps.set(r.outputs.weights, (k) => t.weightsCaption(isMulti, k));
      avgMap.element.hidden = !isMulti;
      if (isMulti) avgMap.set(asGrid(r.outputs.weights_avg), [t.avgCaption], t.avgCaption);
      drawScale(p, r);

      maskState.textContent = p.params.causal ? t.maskOn : t.maskOff;
      maskToggle.textContent = p.params.causal ? t.turnOff : t.turnOn;

      legend.hidden = !isMulti;
      outView.element.hidden = isMulti;
      outputNote.hidden = !isMulti;
      outputNote.textContent = t.outputMulti;
      const V = isMulti ? r.outputs.V : p.inputs.V;
      if (isMulti) {
        bandLegend(legend, heads);
        banded(valueView, V, heads);
      } else {
        valueView.set(V);
        outView.set(r.outputs.out);
      }

      sdpaHeads.hidden = isMulti;
      multiHeads.hidden = !isMulti;
      if (isMulti) {
        bandLegend(legend2, heads);
        headOutputs.replaceChildren(
          ...Array.from({ length: heads }, (_, k) => {
            const view = new MatrixView(plane(r.outputs.heads, k), { name: t.headOut(k) });
            view.element.classList.add('head-output', band(k));
            view.element.dataset.head = String(k);
            return view.element;
          }),
        );
        banded(concatView, r.outputs.concat, heads);
        finalView.set(r.outputs.out);
      }

      drawSweep(rounds.next(), r.ep).catch(() => undefined); // shown by the panel's error area
    },
  };
}
