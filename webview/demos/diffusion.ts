/**
 * diffusion-forward view: the generic steps with pictures from ORT's outputs —
 *  - controls: the β schedule (linear, cosine, scaled linear) and a slider over t = 0 … T − 1 (t is a feed: moving
 *    it reruns the same session);
 *  - the ᾱ_t and β_t curves of linear and cosine schedules, the current t marked, and strips of the image noised to
 *    a few steps under both (one ORT run per image);
 *  - the closed form as images: x0 · √ᾱ_t + ε · √(1 − ᾱ_t) = x_t, with the two factors ORT computed;
 *  - the step-by-step chain beside it, the chain's noise variance against ᾱ (they add to 1 at every step) and the
 *    single noise ε̄ that turns the chain's result into the closed form;
 *  - the training target: x_t and t in, ε out, the MSE between them.
 * Images are grey from −1 (black) to 1 (white), noise from −3 to 3; values beyond are clipped for display only.
 */
import type { PreparedDemo, RunResult } from '../../src/models';
import type { Schedule } from '../../src/models/diffusion';
import type { Lang } from '../../src/protocol';
import { LineChart, type ChartColor, type LineSeries } from '../ui/chart';
import { Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { Heatmap, type HeatmapStyle } from '../ui/heatmap';
import { formula } from '../ui/math';
import { Segmented } from '../ui/segmented';
import { comparedSchedule, stripSteps, withSchedule, withStep } from './diffusionParts';
import { genericParts } from './generic';
import { collapseInputs } from './inputsFold';
import type { DemoSession, DemoView } from './types';

const BETA_AXIS = 0.05;
const IMAGE: HeatmapStyle = { palette: 'grey', min: -1, max: 1 };
const NOISE: HeatmapStyle = { palette: 'grey', min: -3, max: 3 };
const COLORS: Record<Schedule | 'betas', ChartColor> = { linear: 'orange', cosine: 'blue', 'scaled-linear': 'green', betas: 'purple' };

const TEXT = {
  en: {
    schedule: 'β schedule',
    names: { linear: 'linear', cosine: 'cosine', 'scaled-linear': 'scaled linear', betas: 'your betas' } as Record<Schedule | 'betas', string>,
    titles: { linear: 'torch.linspace(beta_start, beta_end, T): DDPM’s 1e-4 → 0.02', cosine: 'Nichol & Dhariwal’s cosine ᾱ (diffusers: squaredcos_cap_v2)', 'scaled-linear': 'linear in √β, squared (Stable Diffusion’s scaled_linear)' } as Record<Schedule, string>,
    step: 'step t',
    of: (T: number) => `of 0 … ${T - 1}`,
    edit: 'Pixel values of x0, ε and t (editable)',
    alphaBar: 'ᾱ_t: signal variance left',
    beta: 'β_t: noise added at step t',
    steps: 'step t',
    marker: (t: number, v: number) => `your t = ${t}: ᾱ_t = ${fmt(v)}`,
    betaMarker: (t: number, v: number) => `your t = ${t}: β_t = ${fmt(v)}`,
    curvesNote: (T: number) =>
      `Every curve is read from the model's outputs (alpha_bars, betas), one ORT run per schedule with T = ${T}. Linear β destroys the image early: ᾱ is near 0 long before the last step, so many steps only see noise. The cosine schedule spends its steps more evenly; its β rise to the 0.999 cap at the very end, above the β axis, which stops at ${BETA_AXIS}.`,
    strip: (s: string) => `x_t under the ${s} schedule`,
    stripCaption: (t: number) => `t = ${t}`,
    stripsNote: 'Each picture is x_t from one more ORT run at that t with the same x0 and ε.',
    x0: 'x0 (the clean image)',
    eps: 'ε ~ N(0, I)',
    xt: (t: number) => `x_t at t = ${t}`,
    chain: (t: number) => `x_t step by step (${t + 1} steps)`,
    closed: (t: number) => `x_t in one step (t = ${t})`,
    epsBar: 'ε̄: the chain’s noise, as one draw',
    grey: 'Grey scale −1 (black) … 1 (white) for images, −3 … 3 for noise; values beyond are clipped in the picture only. Point at a pixel to read it.',
    varTitle: 'The chain’s noise variance against ᾱ',
    varianceName: 'chain_var: noise variance after step k',
    alphaName: 'ᾱ_k',
    varMarker: (t: number, v: number) => `step t = ${t}: chain variance ${fmt(v)}`,
    abarMarker: (t: number, v: number) => `step t = ${t}: ᾱ_t = ${fmt(v)}`,
    shared: (t: number, abar: string, cv: string, s1: number, s2: number) =>
      `What they share at t = ${t}: the chain scales x0 by Π√α_k = √ᾱ_t = ${fmt(s1)}, the closed form's own factor, and its accumulated noise variance is ${cv} while ᾱ_t = ${abar} — the two add up to 1, so the noise factor is √(1 − ᾱ_t) = ${fmt(s2)} in both. Only the noise itself differs: the chain's result is the closed form with ε̄ in place of ε.`,
    trainIn: 'network input: x_t and t',
    trainOut: 'target: the noise ε that was added',
    train: (t: number) =>
      `One training step: draw x0 from the data, t uniformly from 0 … T − 1 and ε ~ N(0, I), make x_t in one step (here t = ${t}), and regress the network's prediction ε_θ(x_t, t) onto ε with a mean squared error — diffusers' prediction_type="epsilon", DDPM's simplified loss. Sampling then walks the chain backwards from pure noise, removing a little predicted noise at every step.`,
  },
  'zh-cn': {
    schedule: 'β 调度',
    names: { linear: '线性', cosine: '余弦', 'scaled-linear': '缩放线性', betas: '你的 betas' } as Record<Schedule | 'betas', string>,
    titles: { linear: 'torch.linspace(beta_start, beta_end, T)：DDPM 的 1e-4 → 0.02', cosine: 'Nichol 与 Dhariwal 的余弦 ᾱ（diffusers：squaredcos_cap_v2）', 'scaled-linear': '在 √β 上线性、再平方（Stable Diffusion 的 scaled_linear）' } as Record<Schedule, string>,
    step: '步数 t',
    of: (T: number) => `范围 0 … ${T - 1}`,
    edit: 'x0、ε 和 t 的像素值（可编辑）',
    alphaBar: 'ᾱ_t：剩余的信号方差',
    beta: 'β_t：第 t 步加入的噪声',
    steps: '步数 t',
    marker: (t: number, v: number) => `你的 t = ${t}：ᾱ_t = ${fmt(v)}`,
    betaMarker: (t: number, v: number) => `你的 t = ${t}：β_t = ${fmt(v)}`,
    curvesNote: (T: number) =>
      `每条曲线都读自模型的输出（alpha_bars、betas），每种调度在 T = ${T} 时运行一次 ORT。线性 β 过早破坏图像：远在最后一步之前 ᾱ 就接近 0，很多步只看得到噪声。余弦调度把步数分配得更均匀；它的 β 直到最后才升到上限 0.999，超出了 β 坐标轴（止于 ${BETA_AXIS}）。`,
    strip: (s: string) => `${s}调度下的 x_t`,
    stripCaption: (t: number) => `t = ${t}`,
    stripsNote: '每张图都是在该 t 下、用相同 x0 和 ε 再运行一次 ORT 得到的 x_t。',
    x0: 'x0（干净图像）',
    eps: 'ε ~ N(0, I)',
    xt: (t: number) => `t = ${t} 时的 x_t`,
    chain: (t: number) => `逐步加噪的 x_t（${t + 1} 步）`,
    closed: (t: number) => `一步得到的 x_t（t = ${t}）`,
    epsBar: 'ε̄：链式过程的噪声，合成一次采样',
    grey: '图像灰度 −1（黑）… 1（白），噪声 −3 … 3；超出的值只在图中截断。指向像素可读取数值。',
    varTitle: '链式过程的噪声方差与 ᾱ',
    varianceName: 'chain_var：第 k 步后的噪声方差',
    alphaName: 'ᾱ_k',
    varMarker: (t: number, v: number) => `第 t = ${t} 步：链式噪声方差 ${fmt(v)}`,
    abarMarker: (t: number, v: number) => `第 t = ${t} 步：ᾱ_t = ${fmt(v)}`,
    shared: (t: number, abar: string, cv: string, s1: number, s2: number) =>
      `t = ${t} 时两者的共同点：链式过程把 x0 乘以 Π√α_k = √ᾱ_t = ${fmt(s1)}，正是闭式解的系数；累积的噪声方差是 ${cv}，而 ᾱ_t = ${abar}——两者相加为 1，所以两边的噪声系数都是 √(1 − ᾱ_t) = ${fmt(s2)}。不同的只是噪声本身：链式结果就是把闭式解中的 ε 换成 ε̄。`,
    trainIn: '网络输入：x_t 和 t',
    trainOut: '目标：加入的噪声 ε',
    train: (t: number) =>
      `一次训练：从数据中取 x0，从 0 … T − 1 中均匀抽取 t，采样 ε ~ N(0, I)，一步得到 x_t（这里 t = ${t}），再用均方误差让网络的预测 ε_θ(x_t, t) 逼近 ε——即 diffusers 的 prediction_type="epsilon"、DDPM 的简化损失。采样时从纯噪声出发沿链条倒着走，每一步去掉一点预测出的噪声。`,
  },
} satisfies Record<Lang, unknown>;

type Text = (typeof TEXT)['en'];

const scalar = (r: RunResult, name: string) => r.outputs[name].data[0] as number;
/** Six significant digits: near t = T − 1 the chain variance is 0.99996, which four digits would show as 1. */
const fmt6 = (v: number) => String(Number(v.toPrecision(6)));
const steps = (n: number) => Array.from({ length: n }, (_, k) => k);

export function diffusionView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t: Text = TEXT[lang];
  const rounds = new Rounds();

  // ---- controls (inputs toolbar): schedule and t ----
  const schedules = new Segmented<Schedule>(t.schedule, 'schedule', (['linear', 'cosine', 'scaled-linear'] as const).map((s) => ({ value: s, label: t.names[s], title: t.titles[s] })), (s) => {
    const request = session.request();
    const { eps_steps: _steps, ...inputs } = request.inputs ?? {};
    session.setRequest({ params: withSchedule(request.params, s), ...(Object.keys(inputs).length ? { inputs } : {}) });
  });
  const tSlider = h('input', { type: 'range', min: 0, step: 1, 'aria-label': t.step, 'data-control': 't' });
  const tNumber = h('input', { type: 'number', min: 0, step: 1, 'aria-label': t.step, 'data-control': 't-number' });
  const tRange = h('span', { class: 'hint-inline' });
  const setT = (value: number) => {
    const T = Number(tSlider.max) + 1;
    if (!Number.isInteger(value) || value < 0 || value >= T) {
      tNumber.classList.add('invalid');
      return;
    }
    tNumber.classList.remove('invalid');
    session.setRequest(withStep(session.request(), value));
  };
  tSlider.addEventListener('input', () => (tNumber.value = tSlider.value)); // the label follows the drag; the run waits for the release
  tSlider.addEventListener('change', () => setT(Number(tSlider.value)));
  tNumber.addEventListener('change', () => setT(Number(tNumber.value)));
  const toolbar = [h('span', { class: 'control-label' }, t.schedule, schedules.element), h('label', { class: 'size t-control' }, `${t.step} `, tSlider, tNumber, tRange)];

  // ---- step 1: curves and strips ----
  const alphaChart = new LineChart({ id: 'diffusion-alpha-bar', lang, title: t.alphaBar, xLabel: t.steps, yLabel: 'ᾱ_t', xName: 't', yName: 'ᾱ', width: 470, height: 250 });
  // Cosine's β climb to the 0.999 cap in the last steps: the axis stops at BETA_AXIS so the rest stays readable.
  const betaChart = new LineChart({ id: 'diffusion-beta', lang, title: t.beta, xLabel: t.steps, yLabel: 'β_t', xName: 't', yName: 'β', width: 470, height: 250, yLimit: [0, BETA_AXIS] });
  const curvesNote = h('p', { class: 'chart-note' });
  const strips = h('div', { class: 'diffusion-strips', 'data-testid': 'diffusion-strips' });
  const schedulePicture = h('div', { class: 'diffusion-picture' }, h('div', { class: 'pictures-row' }, alphaChart.element, betaChart.element), curvesNote, strips, h('p', { class: 'hint' }, t.stripsNote));

  // ---- step 2: the closed form as images ----
  const x0Map = new Heatmap({ name: 'x0', maxSide: 112 });
  const epsMap = new Heatmap({ name: 'eps', maxSide: 112 });
  const xtMap = new Heatmap({ name: 'x_t', maxSide: 112 });
  const signal = h('span', { class: 'op factor', 'data-testid': 'sqrt-alpha-bar' });
  const noise = h('span', { class: 'op factor', 'data-testid': 'sqrt-one-minus-alpha-bar' });
  const closedPicture = h(
    'div',
    { class: 'diffusion-picture' },
    h('div', { class: 'image-sum', 'data-testid': 'closed-form' }, x0Map.element, signal, epsMap.element, noise, xtMap.element),
    h('p', { class: 'hint' }, t.grey),
  );

  // ---- step 3: the chain beside the closed form ----
  const chainMap = new Heatmap({ name: 'x_t_chain', maxSide: 112 });
  const closedMap = new Heatmap({ name: 'x_t (closed form)', maxSide: 112 });
  const chainPicture = h('div', { class: 'diffusion-picture' }, h('div', { class: 'image-sum', 'data-testid': 'chain' }, chainMap.element, closedMap.element));

  // ---- step 4: why they agree ----
  const varChart = new LineChart({ id: 'diffusion-chain-var', lang, title: t.varTitle, xLabel: t.steps, yLabel: '', xName: 'k', yName: '', width: 470, height: 250 });
  const epsBarMap = new Heatmap({ name: 'eps_equiv', maxSide: 112 });
  const sharedNote = h('p', { class: 'chart-note', 'data-testid': 'diffusion-shared' });
  const agreePicture = h('div', { class: 'diffusion-picture' }, h('div', { class: 'pictures-row' }, varChart.element, h('div', { class: 'image-sum' }, epsBarMap.element)), sharedNote);

  // ---- step 5: the training target ----
  const inMap = new Heatmap({ name: 'x_t (input)', maxSide: 96 });
  const targetMap = new Heatmap({ name: 'eps (target)', maxSide: 96 });
  const trainNote = h('p', { class: 'chart-note' });
  const trainPicture = h(
    'div',
    { class: 'diffusion-picture' },
    formula(String.raw`\mathcal L_{\text{simple}} = \mathbb E_{t,\,x_0,\,\varepsilon}\Big[\big\lVert \varepsilon - \varepsilon_\theta\big(\sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon,\ t\big)\big\rVert^2\Big]`),
    h('div', { class: 'image-sum' }, inMap.element, h('span', { class: 'op' }, '→ ε_θ →'), targetMap.element),
    trainNote,
  );

  const parts = genericParts(session, {
    ownParams: ['schedule'],
    toolbar,
    pictures: { schedule: schedulePicture, 'closed-form': closedPicture, chain: chainPicture, 'same-distribution': agreePicture, training: trainPicture },
    tensors: { schedule: [], 'closed-form': [], chain: [], 'same-distribution': [], training: [] },
  });
  collapseInputs(parts.sections[0], t.edit);
  root.replaceChildren(...parts.sections);

  /** Curves of other schedules at this T, by schedule and EP: moving t does not rerun them. */
  const curveRuns = new Map<string, Promise<RunResult>>();
  const curveRun = (schedule: Schedule, T: number, ep: string) => {
    const key = `${schedule}:${T}:${ep}`;
    let run = curveRuns.get(key);
    if (!run) {
      run = session.compute({ params: { schedule, T }, inputs: { t: { dims: [], data: [0] } } });
      run.catch(() => curveRuns.delete(key)); // shown by the panel; a later update tries again
      curveRuns.set(key, run);
    }
    return run;
  };

  async function drawCurves(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const schedule = p.params.schedule as Schedule | undefined;
    const T = r.outputs.alpha_bars.dims[0];
    const k = p.inputs.t.data[0] as number;
    const others = (['linear', 'cosine'] as const).filter((s) => s !== schedule);
    const runs = await Promise.all(others.map((s) => curveRun(s, T, r.ep)));
    if (!rounds.current(round)) return;
    const x = steps(T);
    const own = schedule ?? 'betas';
    const series = (output: 'alpha_bars' | 'betas'): LineSeries[] => [
      ...others.map((s, i) => ({ id: s, label: t.names[s], color: COLORS[s], x, y: runs[i].outputs[output].data })),
      { id: own, label: `${t.names[own]}${p.params.beta_start !== undefined && schedule !== 'cosine' ? ` (${fmt(p.params.beta_start as number)} → ${fmt(p.params.beta_end as number)})` : ''}`, color: COLORS[own], x, y: r.outputs[output].data, emphasis: 'strong' },
    ];
    alphaChart.set(series('alpha_bars'), [{ x: k, y: scalar(r, 'alpha_bar_t'), color: COLORS[own], label: t.marker(k, scalar(r, 'alpha_bar_t')) }], [0, T - 1]);
    const betaT = r.outputs.betas.data[k] as number;
    betaChart.set(series('betas'), [{ x: k, y: betaT, color: COLORS[own], label: t.betaMarker(k, betaT) }], [0, T - 1]);
    curvesNote.textContent = t.curvesNote(T);
  }

  /** Strips by schedule, T, image and EP: moving t does not rerun them. */
  let stripRuns: { key: string; runs: Promise<{ schedule: Schedule | 'betas'; steps: number[]; images: RunResult[] }[]> } | undefined;
  async function drawStrips(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const schedule = p.params.schedule as Schedule | undefined;
    const T = r.outputs.alpha_bars.dims[0];
    const shown = stripSteps(T);
    const { x0, eps } = p.inputs;
    const ownParams = Object.fromEntries(Object.entries(p.params));
    const compared = comparedSchedule(schedule);
    const key = JSON.stringify([ownParams, T, r.ep, x0, eps]);
    if (stripRuns?.key !== key) {
      const strip = async (params: Record<string, unknown>, name: Schedule | 'betas') => ({
        schedule: name,
        steps: shown,
        images: await Promise.all(shown.map((k) => session.compute({ params, inputs: { x0, eps, t: { dims: [], data: [k] } } }))),
      });
      const runs = Promise.all([strip(ownParams, schedule ?? 'betas'), strip({ schedule: compared, T }, compared)]);
      stripRuns = { key, runs };
      runs.catch(() => (stripRuns = undefined));
    }
    const rows = await stripRuns.runs;
    if (!rounds.current(round)) return;
    strips.replaceChildren(
      ...rows.map((row) =>
        h(
          'div',
          { class: 'strip', 'data-schedule': row.schedule },
          h('div', { class: 'strip-title' }, t.strip(t.names[row.schedule])),
          h(
            'div',
            { class: 'strip-images' },
            ...row.images.map((run, i) => {
              const map = new Heatmap({ name: `${row.schedule} x_t (t = ${row.steps[i]})`, maxSide: 64 });
              map.set(run.outputs.x_t, IMAGE, [t.stripCaption(row.steps[i])]);
              return map.element;
            }),
          ),
        ),
      ),
    );
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      const schedule = p.params.schedule as Schedule | undefined;
      const T = r.outputs.alpha_bars.dims[0];
      const k = p.inputs.t.data[0] as number;
      schedules.set(schedule ?? ('' as Schedule));
      tSlider.max = String(T - 1);
      tNumber.max = String(T - 1);
      tSlider.value = String(k);
      tNumber.value = String(k);
      tNumber.classList.remove('invalid');
      tRange.textContent = t.of(T);

      const s1 = scalar(r, 'sqrt_alpha_bar_t');
      const s2 = scalar(r, 'sqrt_one_minus_alpha_bar_t');
      x0Map.set(p.inputs.x0, IMAGE, [t.x0]);
      epsMap.set(p.inputs.eps, NOISE, [t.eps]);
      xtMap.set(r.outputs.x_t, IMAGE, [t.xt(k)]);
      signal.textContent = `× ${fmt(s1)} +`;
      noise.textContent = `× ${fmt(s2)} =`;

      chainMap.set(r.outputs.x_t_chain, IMAGE, [t.chain(k)]);
      closedMap.set(r.outputs.x_t, IMAGE, [t.closed(k)]);

      const x = steps(T);
      const cv = r.outputs.chain_var.data[k] as number;
      const abar = scalar(r, 'alpha_bar_t');
      varChart.set(
        [
          { id: 'chain-var', label: t.varianceName, color: 'red', x, y: r.outputs.chain_var.data, emphasis: 'strong' },
          { id: 'alpha-bar', label: t.alphaName, color: 'blue', x, y: r.outputs.alpha_bars.data },
        ],
        [
          { x: k, y: cv, color: 'red', label: t.varMarker(k, cv) },
          { x: k, y: abar, color: 'blue', label: t.abarMarker(k, abar) },
        ],
        [0, T - 1],
      );
      epsBarMap.set(r.outputs.eps_equiv, NOISE, [t.epsBar]);
      sharedNote.textContent = t.shared(k, fmt6(abar), fmt6(cv), s1, s2);

      inMap.set(r.outputs.x_t, IMAGE, [t.trainIn]);
      targetMap.set(p.inputs.eps, NOISE, [t.trainOut]);
      trainNote.textContent = t.train(k);

      const round = rounds.next();
      drawCurves(round, p, r).catch(() => undefined); // shown by the panel's error area
      drawStrips(round, p, r).catch(() => undefined);
    },
  };
}
