/**
 * lora view: the generic inputs and steps with pictures from ORT's outputs —
 *  - the update as a picture: B (out × r) times A (r × in), scaled by α/r, is the heatmap ΔW, and ΔW is the sum of r
 *    outer products (α/r)·b_k·a_kᵀ — each one an ORT run of the same model at rank 1 on column k of B and row k of A;
 *  - trainable parameters of this layer, full fine-tuning against LoRA, over the rank (one ORT run per rank: the
 *    model counts the elements of W, A and B), the current rank marked;
 *  - size controls for the layer (out, in).
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { loraExample } from '../../src/models/lora';
import type { Lang } from '../../src/protocol';
import { CellHeatmap } from '../ui/cellHeatmap';
import { signedExtent } from '../ui/cellHeatmapScale';
import { LineChart } from '../ui/chart';
import { Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { genericParts } from './generic';
import type { DemoSession, DemoView } from './types';

/** Layer sizes the controls allow (the heatmaps stay readable), outer products drawn, ranks counted. */
const MAX_SIDE = 16;
const MAX_TERMS = 8;
const MAX_COUNTED_RANK = 16;

const TEXT = {
  en: {
    size: (d: string) => `${d} features`,
    times: '·',
    equals: '=',
    scaled: (s: string) => `× ${s} =`,
    bCaption: 'B (out × r)',
    aCaption: 'A (r × in)',
    deltaCaption: 'ΔW = (α/r)·B·A',
    termCaption: (k: number) => `k = ${k}: (α/r)·b${k}·a${k}ᵀ`,
    cell: (name: string, i: number, j: number, v: number | null) => `${name}[${i},${j}] = ${fmt(v)}`,
    sumIntro: (r: number) => `ΔW is the sum of r = ${r} outer products: column k of B times row k of A, each a matrix of rank 1 — every row a multiple of one row, every column a multiple of one column (point at a cell to read it).`,
    more: (n: number) => `(and ${n} more)`,
    sumNote: (r: number) =>
      `Each term is one more ORT run of this model at rank 1 (A = row k of A, B = column k of B, the same α/r); add them up cell by cell and you get ΔW. However large the layer, ΔW is a sum of ${r} such terms, so its rank is at most ${r}.`,
    countTitle: 'Trainable parameters of this layer',
    rank: 'rank r',
    params: 'parameters',
    full: 'full fine-tuning: out·in',
    lora: 'LoRA: r·(in + out)',
    yours: (r: number, lora: number, full: number) => `r = ${r}: LoRA trains ${fmt(lora)}, full fine-tuning ${fmt(full)}`,
    countNote: (out: number, inF: number) =>
      `Each point is one ORT run of the LoRA model on a ${out} × ${inF} layer at that rank; the model counts the elements of W, A and B itself. LoRA's count grows linearly with r and saves weights only while r·(in + out) < out·in — on a layer this small only for the lowest ranks, on a 4096 × 4096 projection for any r below 2048. The note at the top gives the numbers for your own layer when its sizes are known.`,
  },
  'zh-cn': {
    size: (d: string) => `${d} 维`,
    times: '·',
    equals: '=',
    scaled: (s: string) => `× ${s} =`,
    bCaption: 'B (out × r)',
    aCaption: 'A (r × in)',
    deltaCaption: 'ΔW = (α/r)·B·A',
    termCaption: (k: number) => `k = ${k}：(α/r)·b${k}·a${k}ᵀ`,
    cell: (name: string, i: number, j: number, v: number | null) => `${name}[${i},${j}] = ${fmt(v)}`,
    sumIntro: (r: number) => `ΔW 是 r = ${r} 个外积之和：B 的第 k 列乘以 A 的第 k 行，每一项都是秩为 1 的矩阵——每一行都是同一行的倍数，每一列都是同一列的倍数（指向格子可读取数值）。`,
    more: (n: number) => `（另有 ${n} 项）`,
    sumNote: (r: number) =>
      `每一项是同一个模型在秩 1 时的又一次 ORT 运行（A 取 A 的第 k 行，B 取 B 的第 k 列，α/r 不变）；把它们逐格相加就得到 ΔW。无论层有多大，ΔW 都是 ${r} 个这样的项之和，所以它的秩至多为 ${r}。`,
    countTitle: '这一层的可训练参数量',
    rank: '秩 r',
    params: '参数量',
    full: '全量微调：out·in',
    lora: 'LoRA：r·(in + out)',
    yours: (r: number, lora: number, full: number) => `r = ${r}：LoRA 训练 ${fmt(lora)} 个，全量微调 ${fmt(full)} 个`,
    countNote: (out: number, inF: number) =>
      `每个点是 LoRA 模型在该秩、${out} × ${inF} 的层上的一次 ORT 运行；参数量由模型自己数 W、A、B 的元素得出。LoRA 的参数量随 r 线性增长，只有当 r·(in + out) < out·in 时才更省——在这么小的层上只有最低的几个秩才省，而在 4096 × 4096 的投影层上，r 小于 2048 都省。当你的层尺寸已知时，顶部的说明给出了你自己那一层的数字。`,
  },
} satisfies Record<Lang, unknown>;

const grid = (t: TensorData) => ({ rows: t.dims[0], cols: t.dims[1], data: t.data });
const scalar = (r: RunResult, name: string) => r.outputs[name].data[0] as number;

/** Column k of B (out × r) as an (out × 1) matrix, row k of A (r × in) as a (1 × in) matrix. */
function rankOneInputs(p: PreparedDemo, k: number): Record<string, TensorData> {
  const { W, A, B, x } = p.inputs;
  const [out, r] = B.dims;
  const inF = A.dims[1];
  return {
    W,
    x,
    A: { dims: [1, inF], data: A.data.slice(k * inF, (k + 1) * inF) },
    B: { dims: [out, 1], data: Array.from({ length: out }, (_, i) => B.data[i * r + k]) },
  };
}

export function loraView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t = TEXT[lang];
  const rounds = new Rounds();
  let prepared: PreparedDemo | undefined;

  // ---- layer size controls (inputs toolbar): a new size starts from the example weights of that size ----
  const sizeInputs = (['out', 'in'] as const).map((d) => {
    const input = h('input', { type: 'number', min: 1, max: MAX_SIDE, 'aria-label': t.size(d), 'data-size': d });
    input.addEventListener('change', () => {
      const [out, inF] = sizeInputs.map((s) => Math.min(MAX_SIDE, Math.max(1, Math.round(Number(s.input.value) || 1))));
      const request = session.request();
      // Only W: A, B and x follow its size from the example (so r can still change in the parameter bar).
      session.setRequest({ ...(request.params ? { params: request.params } : {}), inputs: { W: loraExample(Number(prepared?.params.r ?? 1), out, inF).W } });
    });
    return { d, input };
  });
  const toolbar = sizeInputs.map(({ d, input }) => h('label', { class: 'size' }, `${d} `, input));

  // ---- the update as a picture ----
  const readout = h('div', { class: 'cell-heatmap-readout', 'aria-live': 'polite', 'data-testid': 'readout-lora-update' }, CellHeatmap.hint(lang));
  const map = (id: string, name: string, compact = false) => new CellHeatmap({ id, lang, scale: 'signed', rowLabel: (i) => String(i), colLabel: (j) => String(j), readout, describe: (i, j, v) => t.cell(name, i, j, v), compact });
  const bMap = map('lora-B', 'B');
  const aMap = map('lora-A', 'A');
  const deltaMap = map('lora-delta', 'ΔW');
  const scaling = h('span', { class: 'op' });
  const product = h('div', { class: 'lora-product' }, bMap.element, h('span', { class: 'op' }, t.times), aMap.element, scaling, deltaMap.element);
  const termsIntro = h('p', { class: 'hint' });
  const terms = h('div', { class: 'head-maps lora-terms', 'data-testid': 'lora-terms' });
  const termsNote = h('p', { class: 'chart-note' });
  const updatePicture = h('div', { class: 'lora-picture', 'data-testid': 'lora-update' }, product, readout, termsIntro, terms, termsNote);
  const termMaps: CellHeatmap[] = [];

  // ---- parameter counts over the rank ----
  const countChart = new LineChart({ id: 'lora-count', lang, title: t.countTitle, xLabel: t.rank, yLabel: t.params, xName: 'r', yName: t.params, width: 470, height: 260 });
  const countNote = h('p', { class: 'chart-note', 'data-testid': 'lora-count-note' });
  const countPicture = h('div', { class: 'lora-picture' }, h('div', { class: 'pictures-row' }, h('div', {}, countChart.element, countNote)));

  const parts = genericParts(session, { toolbar, pictures: { update: updatePicture, count: countPicture }, tensors: { update: [] } });
  root.replaceChildren(...parts.sections);

  async function drawTerms(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const rank = p.inputs.A.dims[0];
    const shown = Math.min(rank, MAX_TERMS);
    const alpha = p.params.alpha as number;
    // At rank 1 the model's scaling is alpha itself (alpha/1 and alpha/√1): pass the user's α/r (or α/√r) as alpha.
    const scalingNow = p.params.rslora ? alpha / Math.sqrt(rank) : alpha / rank;
    const runs = await Promise.all(Array.from({ length: shown }, (_, k) => session.compute({ params: { r: 1, alpha: scalingNow }, inputs: rankOneInputs(p, k) })));
    if (!rounds.current(round)) return;
    const extent = signedExtent(r.outputs.delta_w.data, ...runs.map((run) => run.outputs.delta_w.data));
    deltaMap.set(grid(r.outputs.delta_w), [t.deltaCaption], t.deltaCaption, extent);
    while (termMaps.length < shown) termMaps.push(map(`lora-term-${termMaps.length}`, `term ${termMaps.length}`, true));
    termMaps.length = shown;
    terms.replaceChildren(
      ...termMaps.flatMap((m, k) => {
        m.set(grid(runs[k].outputs.delta_w), [t.termCaption(k)], t.termCaption(k), extent);
        return k === 0 ? [m.element] : [h('span', { class: 'op' }, '+'), m.element];
      }),
      ...(rank > shown ? [h('span', { class: 'op' }, t.more(rank - shown))] : []),
    );
    termsIntro.textContent = t.sumIntro(rank);
    termsNote.textContent = t.sumNote(rank);
  }

  let counts: { key: string; runs: Promise<RunResult[]> } | undefined;
  async function drawCounts(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const [out, inF] = p.inputs.W.dims;
    const ranks = Array.from({ length: Math.min(out, inF, MAX_COUNTED_RANK) }, (_, k) => k + 1);
    const key = `${out}x${inF}:${r.ep}`;
    if (counts?.key !== key) {
      const runs = Promise.all(ranks.map((rank) => session.compute({ params: { r: rank }, inputs: { W: p.inputs.W } })));
      counts = { key, runs };
      runs.catch(() => (counts = undefined)); // shown by the panel; the next update tries again
    }
    const runs = await counts.runs;
    if (!rounds.current(round)) return;
    const rank = p.params.r as number;
    countChart.set(
      [
        { id: 'full', label: t.full, color: 'orange', x: ranks, y: runs.map((run) => scalar(run, 'params_full')) },
        { id: 'lora', label: t.lora, color: 'blue', x: ranks, y: runs.map((run) => scalar(run, 'params_lora')), emphasis: 'strong' },
      ],
      [{ x: rank, y: scalar(r, 'params_lora'), color: 'blue', label: t.yours(rank, scalar(r, 'params_lora'), scalar(r, 'params_full')) }],
      [0.5, Math.max(ranks.length, rank) + 0.5],
    );
    countNote.textContent = t.countNote(out, inF);
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      prepared = p;
      parts.update(p, r);
      const [out, inF] = p.inputs.W.dims;
      sizeInputs[0].input.value = String(out);
      sizeInputs[1].input.value = String(inF);
      const extent = signedExtent(p.inputs.B.data, p.inputs.A.data);
      bMap.set(grid(p.inputs.B), [t.bCaption], t.bCaption, extent);
      aMap.set(grid(p.inputs.A), [t.aCaption], t.aCaption, extent);
      const s = p.params.rslora ? 'α/√r' : 'α/r';
      scaling.textContent = t.scaled(`${s} = ${fmt(p.params.alpha as number)}/${p.params.rslora ? '√' : ''}${fmt(p.params.r as number)}`);
      deltaMap.set(grid(r.outputs.delta_w), [t.deltaCaption], t.deltaCaption, signedExtent(r.outputs.delta_w.data));
      const round = rounds.next();
      drawTerms(round, p, r).catch(() => undefined); // shown by the panel's error area
      drawCounts(round, p, r).catch(() => undefined);
    },
  };
}
