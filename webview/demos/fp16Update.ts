/**
 * fp16-update view: the generic inputs and steps, plus
 *  (a) the same update in fp32 and fp16 side by side, parameter by parameter, each fp16-path update marked lost,
 *      rounded or faithful against the fp32 one (all outputs of the panel's own run);
 *  (b) a sweep of gradient magnitudes 1e-10 … 10 at one weight θ: the effective update of each path divided by the
 *      exact one, from one ORT run over 111 gradients (a second run for the loss-scaled path when some gradients
 *      overflowed: GradScaler's inf check spans the whole step);
 *  (c) GradScaler meeting a gradient spike: ORT runs with the scale halved after every overflow until a step goes
 *      through — skipped steps leave θ as it was.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { DEFAULT_SCALE } from '../../src/models/fp16Update';
import type { Lang } from '../../src/protocol';
import { LineChart, type ChartMarker, type LineSeries } from '../ui/chart';
import { linspace } from '../ui/chartMath';
import { chartSection, Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { genericParts, withParam } from './generic';
import type { DemoSession, DemoView } from './types';
import './metrics.css';

/** Powers of two GradScaler's scale takes (init_scale 2^16 = 65536), and no scaling. */
const SCALES = [1, 2 ** 8, 2 ** 12, 2 ** 16, 2 ** 20, 2 ** 24];
const SWEEP_DECADES: [number, number] = [-10, 1];
const SWEEP_POINTS = 111;
const MAX_SCALER_STEPS = 24;
/** An update is "faithful" within 1% of the fp32 one, "lost" when exactly 0 while the fp32 one is not. */
const FAITHFUL = 0.01;

const TEXT = {
  en: {
    sideBySide: 'The same update in fp32 and fp16, parameter by parameter',
    cols: ['#', 'θ', 'g', 'fp32: θ − lr·g', 'fp16 weights', 'fp32 master, fp16 grad', 'master + loss scaling'],
    lost: 'lost',
    off: (pct: string) => `${pct} off`,
    ok: 'faithful',
    sideNote: (lost: number, n: number) =>
      `Every cell is an update θ_new − θ from the panel's ORT run; the badge compares it with the fp32 update in the first column (within 1% counts as faithful). Here ${lost} of ${n} fp16-weight updates are lost outright.`,
    sweep: 'Where each update vanishes, and how loss scaling rescues it',
    sweepChart: 'Effective update ÷ intended update −lr·g',
    at: (theta: string, lr: string) => `At θ = ${theta}, lr = ${lr}: `,
    xLabel: 'log₁₀ of the gradient g',
    ratio: 'ratio',
    fp16: 'fp16 weights',
    master: 'fp32 master, fp16 grad',
    scaled: (s: string) => `master + loss scale S = ${s}`,
    overflow: (g: string) => `g = ${g}: S·g overflows fp16 → the step is skipped`,
    thetaPick: 'θ for the sweep',
    scale: 'loss scale S',
    noScale: 'none',
    default: 'GradScaler default',
    sweepNote: (n: number, runs: number, f: { fp16: string; master: string; scaled: string; fp32: string }, overflow: string) =>
      `${runs === 1 ? 'One ORT run' : `${runs} ORT runs`} over ${n} gradients from 1e-10 to 10; each point is the update a path really made divided by the intended −lr·g (1 = faithful, 0 = vanished). fp16 weights lose every step below g ≈ ${f.fp16}: lr·g is under half the fp16 spacing around θ, so θ − lr·g rounds back to θ, and just above that the steps come out rounded to whole spacings. fp32 master weights with fp16 gradients stay faithful down to g ≈ ${f.master}: below 6.1e-5 a gradient held in fp16 is subnormal and coarse, below 3e-8 it is 0. With the loss scaled by S they stay faithful down to g ≈ ${f.scaled}${overflow} The grey dashed line is fp32 throughout, faithful down to g ≈ ${f.fp32}, where lr·g falls under half of fp32's own spacing around θ.`,
    edge: 'the end of the sweep',
    overflowTail: (g: string) => `, until S·g exceeds fp16's largest value 65504 from g ≈ ${g} on: then the whole step is skipped.`,
    noOverflow: '; no gradient in this range overflows at this scale.',
    fp32: 'fp32 throughout',
    scaler: 'GradScaler meets a gradient spike: skip the step, halve the scale',
    spike: 'spike gradient g',
    scalerCols: ['step', 'scale S', 'fp16(S·g)', 'inf found?', 'optimizer.step()', 'θ after', 'next S'],
    skipped: 'skipped',
    taken: 'taken',
    yes: 'yes',
    no: 'no',
    scalerNote: (steps: number, s: string) =>
      `Each row is one ORT run of the model with the scale of that step (θ = 1, lr as above). While S·g overflows to inf, GradScaler's unscale_ finds it, optimizer.step() is skipped so θ is untouched, and update() halves S (backoff_factor 0.5). After ${steps} step${steps === 1 ? '' : 's'} the scale ${s} lets the update through; it stays there until 2000 clean steps in a row (growth_interval) double it again.`,
    scalerStuck: (n: number) => `Still overflowing after ${n} halvings: this gradient is beyond what fp16 can carry at any useful scale.`,
  },
  'zh-cn': {
    sideBySide: '同一次更新在 fp32 与 fp16 下，逐个参数对比',
    cols: ['#', 'θ', 'g', 'fp32：θ − lr·g', 'fp16 权重', 'fp32 主权重 + fp16 梯度', '主权重 + 损失缩放'],
    lost: '丢失',
    off: (pct: string) => `偏差 ${pct}`,
    ok: '准确',
    sideNote: (lost: number, n: number) =>
      `每个单元格是面板 ORT 运行得到的更新量 θ_new − θ；标记是与第一列 fp32 更新的比较（相差 1% 以内算准确）。这里 ${n} 个 fp16 权重更新中有 ${lost} 个完全丢失。`,
    sweep: '更新在哪里消失，损失缩放如何挽救',
    sweepChart: '实际更新 ÷ 预期更新 −lr·g',
    at: (theta: string, lr: string) => `θ = ${theta}、lr = ${lr}：`,
    xLabel: '梯度 g 的 log₁₀',
    ratio: '比值',
    fp16: 'fp16 权重',
    master: 'fp32 主权重 + fp16 梯度',
    scaled: (s: string) => `主权重 + 损失缩放 S = ${s}`,
    overflow: (g: string) => `g = ${g}：S·g 在 fp16 中溢出 → 跳过这一步`,
    thetaPick: '扫描用的 θ',
    scale: '损失缩放 S',
    noScale: '不缩放',
    default: 'GradScaler 默认值',
    sweepNote: (n: number, runs: number, f: { fp16: string; master: string; scaled: string; fp32: string }, overflow: string) =>
      `${runs === 1 ? '一次 ORT 运行' : `${runs} 次 ORT 运行`}，覆盖 1e-10 到 10 的 ${n} 个梯度；每个点是该路径实际做出的更新除以预期的 −lr·g（1 表示准确，0 表示消失）。直接更新 fp16 权重时，g 小于约 ${f.fp16} 的每一步都丢失：lr·g 不到 θ 附近 fp16 间隔的一半，θ − lr·g 被舍入回 θ；略大一些的步长则被舍入成整数个间隔。fp32 主权重配 fp16 梯度一直准确到 g ≈ ${f.master}：小于 6.1e-5 的梯度在 fp16 中是次正规数、精度很粗，小于 3e-8 则变成 0。放大损失 S 倍后一直准确到 g ≈ ${f.scaled}${overflow}灰色虚线是全程 fp32，准确到 g ≈ ${f.fp32}，再小则 lr·g 不到 θ 附近 fp32 自身间隔的一半。`,
    edge: '扫描的下端',
    overflowTail: (g: string) => `，直到 g 约从 ${g} 起 S·g 超过 fp16 的最大值 65504：这时整步被跳过。`,
    noOverflow: '；在这个缩放下，这个范围内没有梯度溢出。',
    fp32: '全程 fp32',
    scaler: 'GradScaler 遇到梯度尖峰：跳过这一步，缩放减半',
    spike: '尖峰梯度 g',
    scalerCols: ['步', '缩放 S', 'fp16(S·g)', '发现 inf？', 'optimizer.step()', '之后的 θ', '下一步 S'],
    skipped: '跳过',
    taken: '执行',
    yes: '是',
    no: '否',
    scalerNote: (steps: number, s: string) =>
      `每一行是用该步的缩放值运行一次模型（θ = 1，lr 同上）。只要 S·g 溢出为 inf，GradScaler 的 unscale_ 就会发现，optimizer.step() 被跳过、θ 保持不变，update() 把 S 减半（backoff_factor 0.5）。${steps} 步之后缩放值 ${s} 让更新通过；之后要连续 2000 步没有溢出（growth_interval）才会再次加倍。`,
    scalerStuck: (n: number) => `减半 ${n} 次后仍然溢出：这个梯度超出了 fp16 在任何有用缩放下能承载的范围。`,
  },
} satisfies Record<Lang, unknown>;

const vec = (data: number[]): TensorData => ({ dims: [data.length], data });
const num = (t: TensorData, i: number): number | null => t.data[i] ?? null;
/** 65536 as 2^16 and its value; other scales as numbers. */
const scaleText = (s: number) => (Number.isInteger(Math.log2(s)) && s >= 256 ? `2^${Math.log2(s)} = ${s}` : fmt(s));
const sci = (v: number) => (v === 0 ? '0' : Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6 ? fmt(v) : v.toExponential(2));

export function fp16UpdateView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t = TEXT[lang];
  // The sweep and the scaler redraw on their own controls: each keeps its own rounds.
  const sweepRounds = new Rounds();
  const scalerRounds = new Rounds();
  const parts = genericParts(session, { ownParams: ['scale'] });

  // (a) side by side
  const table = h('table', { class: 'fp16-table', 'data-testid': 'fp16-table' });
  const sideNote = h('p', { class: 'chart-note' });
  const side = chartSection('side-by-side', t.sideBySide, h('div', { class: 'table-scroll' }, table), sideNote);

  // (b) sweep
  const scaleSelect = h('select', { 'aria-label': t.scale, 'data-setting': 'scale' });
  scaleSelect.addEventListener('change', () => withParam(session, 'scale', Number(scaleSelect.value)));
  const thetaSelect = h('select', { 'aria-label': t.thetaPick, 'data-setting': 'sweep-theta' });
  thetaSelect.addEventListener('change', () => {
    sweepTheta = Number(thetaSelect.value);
    if (last) drawSweep(sweepRounds.next(), last.p).catch(() => undefined);
  });
  const chart = new LineChart({ id: 'fp16-sweep', lang, title: t.sweepChart, xLabel: t.xLabel, yLabel: t.ratio, xName: 'log₁₀ g', yName: t.ratio, width: 620, height: 300, yLimit: [-0.1, 2.6] });
  const sweepNote = h('p', { class: 'chart-note' });
  const sweep = chartSection(
    'sweep',
    t.sweep,
    h('div', { class: 'toolbar' }, h('label', { class: 'size' }, `${t.scale} `, scaleSelect), h('label', { class: 'size' }, `${t.thetaPick} `, thetaSelect)),
    chart.element,
    sweepNote,
  );

  // (c) GradScaler
  const spikeInput = h('input', { type: 'number', step: 'any', value: 4, 'aria-label': t.spike, 'data-setting': 'spike' });
  spikeInput.addEventListener('change', () => {
    const v = Number(spikeInput.value);
    const ok = spikeInput.value.trim() !== '' && Number.isFinite(v) && v !== 0;
    spikeInput.classList.toggle('invalid', !ok);
    if (ok && last) drawScaler(scalerRounds.next(), last.p).catch(() => undefined);
  });
  const scalerTable = h('table', { class: 'fp16-table scaler', 'data-testid': 'scaler-table' });
  const scalerNote = h('p', { class: 'chart-note' });
  const scaler = chartSection('grad-scaler', t.scaler, h('div', { class: 'toolbar' }, h('label', { class: 'size' }, `${t.spike} `, spikeInput)), h('div', { class: 'table-scroll' }, scalerTable), scalerNote);

  root.replaceChildren(parts.sections[0], side, sweep, scaler, ...parts.sections.slice(1));

  let sweepTheta = NaN;
  let last: { p: PreparedDemo; r: RunResult } | undefined;

  const badge = (update: number | null, exact: number | null): HTMLElement => {
    if (update === null || exact === null) return h('span', { class: 'verdict' }, '—');
    if (exact !== 0 && update === 0) return h('span', { class: 'verdict lost' }, t.lost);
    const off = exact === 0 ? (update === 0 ? 0 : Infinity) : Math.abs(update / exact - 1);
    if (off <= FAITHFUL) return h('span', { class: 'verdict ok' }, t.ok);
    return h('span', { class: 'verdict rounded' }, t.off(Number.isFinite(off) ? `${(off * 100).toFixed(off < 0.1 ? 1 : 0)}%` : '∞'));
  };

  function drawTable(p: PreparedDemo, r: RunResult): void {
    const o = r.outputs;
    const n = p.inputs.theta.dims[0];
    let lost = 0;
    const head = h('thead', {}, h('tr', {}, ...t.cols.map((c) => h('th', { scope: 'col' }, c))));
    const rows = Array.from({ length: n }, (_, i) => {
      const exact = num(o.update_fp32, i);
      const cell = (name: string) => {
        const u = num(o[name], i);
        if (name === 'update_fp16' && u === 0 && exact !== 0) lost++;
        return h('td', { 'data-output': name }, h('span', { class: 'value' }, u === null ? '—' : sci(u)), badge(u, exact));
      };
      return h(
        'tr',
        { 'data-index': i },
        h('th', { scope: 'row' }, String(i)),
        h('td', {}, sci(p.inputs.theta.data[i] as number)),
        h('td', {}, sci(p.inputs.grad.data[i] as number)),
        h('td', { 'data-output': 'update_fp32' }, h('span', { class: 'value' }, exact === null ? '—' : sci(exact))),
        cell('update_fp16'),
        cell('update_master'),
        cell('update_scaled'),
      );
    });
    table.replaceChildren(head, h('tbody', {}, ...rows));
    sideNote.textContent = t.sideNote(lost, n);
  }

  function drawControls(p: PreparedDemo): void {
    const scale = p.params.scale as number;
    const options = SCALES.includes(scale) ? SCALES : [...SCALES, scale].sort((a, b) => a - b);
    scaleSelect.replaceChildren(
      ...options.map((s) => h('option', { value: s, selected: s === scale }, s === 1 ? `1 (${t.noScale})` : s === DEFAULT_SCALE ? `${scaleText(s)} (${t.default})` : scaleText(s))),
    );
    const thetas = [...new Set((p.inputs.theta.data as number[]).filter((v) => v !== 0))];
    // The smallest weight shows every effect: at θ = 1 even fp32 loses lr·g below 6e-8, hiding the fp16 gradient's underflow.
    if (!thetas.includes(sweepTheta)) sweepTheta = [...thetas].sort((a, b) => Math.abs(a) - Math.abs(b))[0] ?? 1;
    thetaSelect.replaceChildren(...thetas.map((v) => h('option', { value: v, selected: v === sweepTheta }, fmt(v))));
  }

  /** The smallest g of the sweep from which a path's ratio stays above 0.5 (its updates survive), skipping `except`. */
  function survivesFrom(grads: readonly number[], ratio: readonly (number | null)[], except: readonly boolean[] = []): string {
    const fine = (i: number) => except[i] || (ratio[i] !== null && (ratio[i] as number) > 0.5);
    for (let i = 0; i < grads.length; i++) {
      if (!except[i] && grads.every((_, j) => j < i || fine(j))) return i === 0 ? `${sci(grads[0])} (${t.edge})` : sci(grads[i]);
    }
    return '—';
  }

  async function drawSweep(round: number, p: PreparedDemo): Promise<void> {
    const { lr, scale } = p.params as { lr: number; scale: number };
    const xs = linspace(SWEEP_DECADES[0], SWEEP_DECADES[1], SWEEP_POINTS);
    const grads = xs.map((x) => 10 ** x);
    const theta = vec(grads.map(() => sweepTheta));
    const all = await session.compute({ params: { lr, scale }, inputs: { theta, grad: vec(grads) } });
    const overflowed = grads.map((_, i) => all.outputs.grad_scaled_fp16.data[i] === null);
    let scaled = all.outputs.update_scaled;
    let runs = 1;
    if (overflowed.some(Boolean) && overflowed.some((o) => !o)) {
      // GradScaler checks the whole step: the non-overflowing gradients get their own run to show their update.
      const keep = grads.flatMap((g, i) => (overflowed[i] ? [] : [g]));
      const clean = await session.compute({ params: { lr, scale }, inputs: { theta: vec(keep.map(() => sweepTheta)), grad: vec(keep) } });
      runs = 2;
      let k = 0;
      scaled = vec(grads.map((_, i) => (overflowed[i] ? 0 : (clean.outputs.update_scaled.data[k++] as number))));
    }
    if (!sweepRounds.current(round)) return;
    // The intended SGD step −lr·g: what every path should have moved θ by.
    const intended = grads.map((g) => -lr * g);
    const ratio = (u: TensorData) => u.data.map((v, i) => (v === null ? null : v / intended[i]));
    const series: LineSeries[] = [
      { id: 'fp32', label: t.fp32, color: 'foreground', x: xs, y: ratio(all.outputs.update_fp32), emphasis: 'faint', dashed: true },
      { id: 'fp16', label: t.fp16, color: 'red', x: xs, y: ratio(all.outputs.update_fp16) },
      { id: 'master', label: t.master, color: 'orange', x: xs, y: ratio(all.outputs.update_master) },
      { id: 'scaled', label: t.scaled(fmt(scale)), color: 'green', x: xs, y: ratio(scaled), emphasis: 'strong' },
    ];
    const markers: ChartMarker[] = xs.flatMap((x, i) => (overflowed[i] ? [{ x, y: 0, color: 'red' as const, label: t.overflow(sci(grads[i])) }] : []));
    chart.set(series, markers, SWEEP_DECADES);
    const firstOverflow = overflowed.indexOf(true);
    sweepNote.textContent =
      t.at(fmt(sweepTheta), fmt(lr)) +
      t.sweepNote(
        SWEEP_POINTS,
        runs,
        { fp32: survivesFrom(grads, series[0].y), fp16: survivesFrom(grads, series[1].y), master: survivesFrom(grads, series[2].y), scaled: survivesFrom(grads, series[3].y, overflowed) },
        firstOverflow >= 0 ? t.overflowTail(sci(grads[firstOverflow])) : t.noOverflow,
      );
  }

  async function drawScaler(round: number, p: PreparedDemo): Promise<void> {
    const lr = p.params.lr as number;
    const g = Number(spikeInput.value) || 4;
    let scale = p.params.scale as number;
    const rows: HTMLElement[] = [];
    let passed = false;
    for (let step = 1; step <= MAX_SCALER_STEPS; step++) {
      const r = await session.compute({ params: { lr, scale }, inputs: { theta: vec([1]), grad: vec([g]) } });
      if (!scalerRounds.current(round)) return;
      const o = r.outputs;
      const inf = o.found_inf.data[0] === 1;
      const next = o.next_scale.data[0] as number;
      const g16 = o.grad_scaled_fp16.data[0];
      rows.push(
        h(
          'tr',
          { class: inf ? 'skipped' : 'taken', 'data-step': step, 'data-scale': scale, 'data-found-inf': inf ? 1 : 0 },
          h('th', { scope: 'row' }, String(step)),
          h('td', {}, scaleText(scale)),
          h('td', {}, g16 === null ? '∞' : sci(g16)),
          h('td', {}, inf ? t.yes : t.no),
          h('td', {}, h('span', { class: `verdict ${inf ? 'lost' : 'ok'}` }, inf ? t.skipped : t.taken)),
          h('td', { 'data-output': 'theta_scaled' }, sci(o.theta_scaled.data[0] as number)),
          h('td', {}, scaleText(next)),
        ),
      );
      if (!inf) {
        passed = true;
        scalerNote.textContent = t.scalerNote(step, scaleText(scale));
        break;
      }
      scale = next;
    }
    scalerTable.replaceChildren(h('thead', {}, h('tr', {}, ...t.scalerCols.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows));
    if (!passed) scalerNote.textContent = t.scalerStuck(MAX_SCALER_STEPS);
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      last = { p, r };
      drawControls(p);
      drawTable(p, r);
      const [sweepRound, scalerRound] = [sweepRounds.next(), scalerRounds.next()];
      // One after the other: the sweep comes first on the page, and the scaler's runs depend on each other.
      drawSweep(sweepRound, p)
        .then(() => drawScaler(scalerRound, p))
        .catch(() => undefined); // shown by the panel's error area
    },
  };
}
