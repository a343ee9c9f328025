/**
 * optimizer view: the generic inputs and steps, plus
 *  (a) trajectories of SGD, both momentum forms, Adam and AdamW on one quadratic surface, drawn over its contours;
 *      every point is an output of the optimizer model (∇f = 2Hθ computed in the graph), the contours are f on a
 *      grid from the same model (f_grid);
 *  (b) Adam's bias correction: m vs m̂ and v vs v̂ over the steps of that Adam run.
 * The chart's own settings start from the user's optimizer (lr, betas, momentum, weight decay, θ0) and can be
 * edited; each edit recomputes at once.
 */
import type { PreparedDemo, RunResult } from '../../src/models';
import type { Lang } from '../../src/protocol';
import { fmt, h } from '../ui/dom';
import { LineChart } from '../ui/chart';
import { ContourChart, type Trajectory } from '../ui/chartContour';
import { contourLevels, linspace } from '../ui/chartMath';
import { chartSection, Rounds, say } from '../ui/chartSection';
import { genericParts } from './generic';
import { GRID_SIZE, MAX_CHART_STEPS, plotRadius, RUNS, settingsFor, SURFACES, trajectoryRequest, type TrajectorySettings } from './optimizerTrajectories';
import type { DemoSession, DemoView } from './types';

type NumberField = 'steps' | 'sgdLr' | 'momentum' | 'adamLr' | 'beta1' | 'beta2' | 'weightDecay' | 'start0' | 'start1';

const FIELDS: { id: NumberField; label: (lang: Lang) => string; valid: (v: number) => boolean }[] = [
  { id: 'steps', label: (l) => (l === 'zh-cn' ? '步数' : 'steps'), valid: (v) => Number.isInteger(v) && v >= 1 && v <= MAX_CHART_STEPS },
  { id: 'sgdLr', label: () => 'SGD lr', valid: (v) => v >= 0 },
  { id: 'momentum', label: (l) => (l === 'zh-cn' ? 'μ（动量）' : 'μ (momentum)'), valid: (v) => v > 0 && v <= 1 },
  { id: 'adamLr', label: () => 'Adam lr', valid: (v) => v >= 0 },
  { id: 'beta1', label: () => 'β₁', valid: (v) => v >= 0 && v < 1 },
  { id: 'beta2', label: () => 'β₂', valid: (v) => v >= 0 && v < 1 },
  { id: 'weightDecay', label: (l) => (l === 'zh-cn' ? 'AdamW 权重衰减' : 'AdamW weight decay'), valid: (v) => v >= 0 },
  { id: 'start0', label: (l) => (l === 'zh-cn' ? '起点 θ₁' : 'start θ₁'), valid: (v) => Math.abs(v) <= 100 },
  { id: 'start1', label: (l) => (l === 'zh-cn' ? '起点 θ₂' : 'start θ₂'), valid: (v) => Math.abs(v) <= 100 },
];

function read(s: TrajectorySettings, id: NumberField): number {
  if (id === 'beta1' || id === 'beta2') return s.betas[id === 'beta1' ? 0 : 1];
  if (id === 'start0' || id === 'start1') return s.start[id === 'start0' ? 0 : 1];
  return s[id];
}

function write(s: TrajectorySettings, id: NumberField, v: number): TrajectorySettings {
  if (id === 'beta1' || id === 'beta2') return { ...s, betas: id === 'beta1' ? [v, s.betas[1]] : [s.betas[0], v] };
  if (id === 'start0' || id === 'start1') return { ...s, start: id === 'start0' ? [v, s.start[1]] : [s.start[0], v] };
  return { ...s, [id]: v };
}

export function optimizerView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const zh = lang === 'zh-cn';
  const rounds = new Rounds();
  const parts = genericParts(session);
  let settings: TrajectorySettings | undefined;
  let seenParams = '';
  let coordinate = 0;
  let lastAdam: RunResult | undefined;

  const surfaceSelect = h('select', { 'aria-label': zh ? '损失曲面' : 'loss surface', 'data-setting': 'surface' }, ...SURFACES.map((p) => h('option', { value: p.id }, say(lang, p.label))));
  surfaceSelect.addEventListener('change', () => change({ ...settings!, surface: surfaceSelect.value }));
  const inputs = new Map<NumberField, HTMLInputElement>();
  const fieldLabels = FIELDS.map((f) => {
    const input = h('input', { type: 'number', step: 'any', 'aria-label': f.label(lang), 'data-setting': f.id });
    input.addEventListener('change', () => {
      const v = Number(input.value);
      const ok = input.value.trim() !== '' && Number.isFinite(v) && f.valid(v);
      input.classList.toggle('invalid', !ok);
      if (ok) change(write(settings!, f.id, v));
    });
    inputs.set(f.id, input);
    return h('label', { class: 'size' }, `${f.label(lang)} `, input);
  });

  const contour = new ContourChart({
    id: 'optimizer-trajectories',
    lang,
    title: zh ? '同一损失曲面上的五条轨迹' : 'Five optimizers on one loss surface',
    xLabel: 'θ₁',
    yLabel: 'θ₂',
    width: 500,
    onPick: (x, y) => change({ ...settings!, start: [Number(x.toFixed(2)), Number(y.toFixed(2))] }),
  });
  const trajectoryNote = h('p', { class: 'chart-note' });
  const coordinateSelect = h('select', { 'aria-label': zh ? '坐标' : 'coordinate', 'data-setting': 'coordinate' }, h('option', { value: '0' }, 'θ₁'), h('option', { value: '1' }, 'θ₂'));
  coordinateSelect.addEventListener('change', () => {
    coordinate = Number(coordinateSelect.value);
    if (lastAdam && settings) drawBias(lastAdam, settings);
  });
  const mChart = new LineChart({ id: 'adam-m', lang, title: zh ? '一阶矩：m 与 m̂' : 'First moment: m and m̂', xLabel: zh ? '步 t' : 'step t', yLabel: 'm', xName: 't', yName: zh ? '值' : 'value', width: 470, height: 260 });
  const vChart = new LineChart({ id: 'adam-v', lang, title: zh ? '二阶矩：v 与 v̂' : 'Second moment: v and v̂', xLabel: zh ? '步 t' : 'step t', yLabel: 'v', xName: 't', yName: zh ? '值' : 'value', width: 470, height: 260 });
  const biasNote = h('p', { class: 'chart-note' });

  const trajectories = chartSection(
    'trajectories',
    zh ? '轨迹（每一步都由 ORT 计算）' : 'Trajectories (every step computed by ORT)',
    h('div', { class: 'toolbar' }, h('label', { class: 'size' }, `${zh ? '曲面' : 'surface'} `, surfaceSelect), ...fieldLabels),
    contour.element,
    trajectoryNote,
  );
  const bias = chartSection(
    'bias-correction',
    zh ? 'Adam 的偏差修正：m̂ 与 m、v̂ 与 v' : "Adam's bias correction: m̂ vs m, v̂ vs v",
    h('div', { class: 'toolbar' }, h('label', { class: 'size' }, `${zh ? '坐标' : 'coordinate'} `, coordinateSelect)),
    h('div', { class: 'charts' }, mChart.element, vChart.element),
    biasNote,
  );
  root.replaceChildren(parts.sections[0], trajectories, bias, ...parts.sections.slice(1));

  function showSettings(s: TrajectorySettings): void {
    surfaceSelect.value = s.surface;
    for (const f of FIELDS) {
      const input = inputs.get(f.id)!;
      input.value = String(read(s, f.id));
      input.classList.remove('invalid');
    }
  }

  function change(next: TrajectorySettings): void {
    settings = next;
    showSettings(next);
    draw(rounds.next(), next).catch(() => undefined); // shown by the panel's error area
  }

  async function draw(round: number, s: TrajectorySettings): Promise<void> {
    const R = plotRadius(s.start);
    const xs = linspace(-R, R, GRID_SIZE);
    const runs = await Promise.all(RUNS.map((run, i) => session.compute(trajectoryRequest(run, s, i === 0 ? { xs, ys: xs } : undefined))));
    if (!rounds.current(round)) return;
    const fGrid = runs[0].outputs.f_grid.data;
    const f0 = runs[1].outputs.f_grid.data[0]; // without a grid, f_grid is f(θ0)
    const lines: Trajectory[] = RUNS.map((run, i) => {
      const theta = runs[i].outputs.theta.data;
      const f = runs[i].outputs.f_steps.data;
      const name = say(lang, run.label(s));
      const points: [number, number][] = [[s.start[0], s.start[1]]];
      const texts = [`${name} · θ0 = (${fmt(s.start[0])}, ${fmt(s.start[1])}), f = ${fmt(f0)}`];
      for (let t = 0; t < s.steps; t++) {
        points.push([theta[2 * t] as number, theta[2 * t + 1] as number]);
        texts.push(`${name} · ${zh ? `第 ${t + 1} 步` : `step ${t + 1}`}: θ = (${fmt(theta[2 * t])}, ${fmt(theta[2 * t + 1])}), f = ${fmt(f[t])}`);
      }
      return { id: run.id, label: name, color: run.color, dashed: run.dashed, points, texts };
    });
    contour.set({ xs, ys: xs, values: fGrid }, contourLevels(fGrid, 12), lines);
    const last = (i: number) => runs[i].outputs.f_steps.data[s.steps - 1];
    trajectoryNote.textContent = zh
      ? `每条轨迹是优化器模型的一次 ORT 运行：${s.steps} 步展开在一个图里，每一步在当前 θ 处计算 ∇f = 2Hθ；等高线是同一模型在 ${GRID_SIZE}×${GRID_SIZE} 网格上算出的 f。${s.steps} 步后 f：SGD ${fmt(last(0))}，PyTorch 动量 ${fmt(last(1))}，(1−β) 动量 ${fmt(last(2))}，Adam ${fmt(last(3))}，AdamW ${fmt(last(4))}。PyTorch 的动量缓冲是 b = μb + g；教科书的 (1−β) 形式就是 PyTorch 的 dampening = μ，但 PyTorch 第一步把 g 原样复制进 b（不乘 1 − dampening），所以虚线第一步走满，此后在相同 lr 下慢约 1/(1−μ) 倍。AdamW 每步先把 θ 乘以 (1 − lr·wd)。点击图中任意位置可设起点。`
      : `Each trajectory is one ORT run of the optimizer model: ${s.steps} steps unrolled in one graph, each computing ∇f = 2Hθ at the current θ; the contours are f on a ${GRID_SIZE}×${GRID_SIZE} grid from the same model. f after ${s.steps} steps: SGD ${fmt(last(0))}, PyTorch momentum ${fmt(last(1))}, (1−β) momentum ${fmt(last(2))}, Adam ${fmt(last(3))}, AdamW ${fmt(last(4))}. PyTorch's momentum buffer is b = μb + g; the textbook (1−β) form is PyTorch's dampening = μ, except that PyTorch copies the first gradient into b whole (no 1 − dampening), so the dashed path takes a full first step and then moves about 1/(1−μ) times slower at the same lr. AdamW first multiplies θ by (1 − lr·wd) every step. Click anywhere on the plot to start there.`;
    lastAdam = runs[3];
    drawBias(runs[3], s);
  }

  function drawBias(adam: RunResult, s: TrajectorySettings): void {
    const T = s.steps;
    const steps = Array.from({ length: T }, (_, t) => t + 1);
    const column = (name: string) => steps.map((_, t) => adam.outputs[name].data[t * 2 + coordinate]);
    const c = coordinate === 0 ? '₁' : '₂';
    mChart.set([
      { id: 'g', label: zh ? `梯度 g${c}` : `gradient g${c}`, color: 'foreground', x: steps, y: column('grad_steps'), emphasis: 'faint' },
      { id: 'm', label: `m${c} (m_steps)`, color: 'orange', x: steps, y: column('m_steps') },
      { id: 'm_hat', label: `m̂${c} = m / (1 − β₁ᵗ)`, color: 'purple', x: steps, y: column('m_hat_steps'), emphasis: 'strong' },
    ]);
    vChart.set([
      { id: 'v', label: `v${c} (v_steps)`, color: 'orange', x: steps, y: column('v_steps') },
      { id: 'v_hat', label: `v̂${c} = v / (1 − β₂ᵗ)`, color: 'purple', x: steps, y: column('v_hat_steps'), emphasis: 'strong' },
    ]);
    const at = Math.min(T, 10) - 1;
    const [m, mh, v, vh] = ['m_steps', 'm_hat_steps', 'v_steps', 'v_hat_steps'].map((n) => fmt(adam.outputs[n].data[at * 2 + coordinate]));
    biasNote.textContent = zh
      ? `上面 Adam 轨迹的矩（β = (${s.betas.join(', ')})）。m 和 v 都从 0 起步，所以前几步偏小；除以 1 − βᵗ 后，m̂ 和 v̂ 从第一步起就是 g 与 g² 的真正平均。β₂ = ${s.betas[1]} 时修正大得多：第 ${at + 1} 步 m = ${m}、m̂ = ${mh}，而 v = ${v}、v̂ = ${vh}。不做修正时 √v 太小，前几步会过大。`
      : `The moments of the Adam run above (betas (${s.betas.join(', ')})). Both m and v start at 0, so early on they are too small; divided by 1 − βᵗ, m̂ and v̂ are proper averages of g and g² from the first step on. With β₂ = ${s.betas[1]} the correction is much larger: at step ${at + 1}, m = ${m} and m̂ = ${mh}, but v = ${v} and v̂ = ${vh}. Without the correction √v would be too small and the first steps far too large.`;
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      // The user's own optimizer settings flow into the chart when they change; the chart's edits stay otherwise.
      const paramsKey = JSON.stringify(p.params);
      if (!settings || paramsKey !== seenParams) {
        const fromUser = settingsFor(p.params);
        settings = settings ? { ...fromUser, surface: settings.surface, steps: settings.steps, start: settings.start } : fromUser;
      }
      seenParams = paramsKey;
      change(settings);
    },
  };
}
