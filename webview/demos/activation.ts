/**
 * activation view: the generic inputs and steps, plus curves of every elementwise function and its slope over
 * x ∈ [−5, 5] (one ORT run per function, x fed as a (1, 201) tensor), the user's function highlighted with its
 * alpha and the user's own x marked on it. Softmax has no curve (each output depends on the whole row): it gets
 * a bar chart of the first row's softmax at several temperatures instead, each row computed by the softmax model.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { ACTIVATION_FNS, DEFAULT_ALPHA, type ActivationFn } from '../../src/models/activation';
import { fmt, h } from '../ui/dom';
import { BarChart, LineChart, type ChartColor, type ChartMarker, type LineSeries } from '../ui/chart';
import { coverDomain, linspace } from '../ui/chartMath';
import { chartSection, Rounds } from '../ui/chartSection';
import { genericParts, withParam } from './generic';
import type { DemoSession, DemoView } from './types';

const ELEMENTWISE = ACTIVATION_FNS.filter((f) => f !== 'softmax');
const COLORS: Record<Exclude<ActivationFn, 'softmax'>, ChartColor> = { relu: 'blue', 'leaky-relu': 'orange', gelu: 'green', sigmoid: 'purple', tanh: 'red', silu: 'yellow' };
const NAMES: Record<ActivationFn, string> = { relu: 'ReLU', 'leaky-relu': 'LeakyReLU', gelu: 'GELU', sigmoid: 'sigmoid', tanh: 'tanh', silu: 'SiLU', softmax: 'softmax' };
/** Points on each curve (x step 0.05 over [−5, 5]) and the most user points marked. */
const CURVE_POINTS = 201;
const MAX_MARKERS = 64;
export const TEMPERATURES = [0.5, 1, 2, 4];

const label = (fn: ActivationFn, alpha: number) => (fn === 'leaky-relu' ? `${NAMES[fn]} (α = ${fmt(alpha)})` : NAMES[fn]);

export function activationView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const zh = lang === 'zh-cn';
  const rounds = new Rounds();
  /** Curves by fn, alpha, x range and EP: editing x inside the range only moves the markers. */
  const curves = new Map<string, Promise<RunResult>>();

  const parts = genericParts(session);
  const pickFn = (id: string) => withParam(session, 'fn', id);
  const fChart = new LineChart({ id: 'activation-f', lang, title: zh ? 'y = f(x)' : 'y = f(x)', xLabel: 'x', yLabel: 'f(x)', xName: 'x', yName: 'f(x)', width: 470, height: 290, onLegendClick: pickFn });
  const dChart = new LineChart({ id: 'activation-df', lang, title: zh ? '斜率 f′(x)' : 'Slope f′(x)', xLabel: 'x', yLabel: 'f′(x)', xName: 'x', yName: 'f′(x)', width: 470, height: 290, onLegendClick: pickFn });
  const softmaxChart = new BarChart({ id: 'activation-softmax', lang, title: zh ? '第一行的 softmax(x / T)' : 'softmax(x / T) of the first row', xLabel: zh ? '类别（最后一维的下标）' : 'class (index along the last dim)', yLabel: zh ? '概率' : 'probability', xName: zh ? '类别' : 'class', yName: 'p', width: 560, height: 280 });
  const curveNote = h('p', { class: 'chart-note' });
  const curveBlock = h('div', {}, h('div', { class: 'charts' }, fChart.element, dChart.element), curveNote);
  const softmaxNote = h('p', { class: 'chart-note' });
  const softmaxBlock = h('div', {}, softmaxChart.element, softmaxNote);
  const section = chartSection('curves', zh ? '曲线（由 ORT 计算）' : 'Curves (computed by ORT)', curveBlock, softmaxBlock);
  root.replaceChildren(parts.sections[0], section, ...parts.sections.slice(1));

  function curve(fn: ActivationFn, alpha: number, xs: number[], ep: string): Promise<RunResult> {
    const key = `${fn}:${fn === 'leaky-relu' ? alpha : ''}:${xs[0]}:${xs[xs.length - 1]}:${ep}`;
    let run = curves.get(key);
    if (!run) {
      run = session.compute({ params: { fn, ...(fn === 'leaky-relu' ? { alpha } : {}) }, inputs: { x: { dims: [1, xs.length], data: xs } } });
      run.catch(() => curves.delete(key)); // the panel shows the error; a later update tries again
      curves.set(key, run);
    }
    return run;
  }

  async function drawCurves(round: number, p: PreparedDemo, r: RunResult, fn: ActivationFn, alpha: number): Promise<void> {
    const x = p.inputs.x.data as number[];
    const xs = linspace(...coverDomain(-5, 5, x), CURVE_POINTS);
    const runs = await Promise.all(ELEMENTWISE.map((f) => curve(f, f === 'leaky-relu' ? alpha : DEFAULT_ALPHA, xs, r.ep)));
    if (!rounds.current(round)) return;
    const series = (output: 'y' | 'dfdx'): LineSeries[] =>
      ELEMENTWISE.map((f, i) => ({
        id: f,
        label: label(f, f === 'leaky-relu' ? alpha : DEFAULT_ALPHA),
        color: COLORS[f],
        x: xs,
        y: runs[i].outputs[output].data,
        emphasis: f === fn ? 'strong' : 'faint',
      }));
    const markers = (output: 'y' | 'dfdx'): ChartMarker[] =>
      x.slice(0, MAX_MARKERS).map((xi, i) => {
        const v = r.outputs[output].data[i] as number;
        return { x: xi, y: v, color: COLORS[fn as keyof typeof COLORS], label: `${zh ? '你的' : 'your'} x = ${fmt(xi)}: ${output === 'y' ? 'f(x)' : 'f′(x)'} = ${fmt(v)}` };
      });
    fChart.set(series('y'), markers('y'), [xs[0], xs[xs.length - 1]]);
    dChart.set(series('dfdx'), markers('dfdx'), [xs[0], xs[xs.length - 1]]);
    curveNote.textContent = zh
      ? `每条曲线：${label(fn, alpha)} 等 6 个函数各由 ORT 运行一次，x 为 (1, ${CURVE_POINTS}) 张量；圆点是你的 x 和面板主运行算出的值。点击图例可切换函数。`
      : `Each curve is one ORT run of the activation model with x as a (1, ${CURVE_POINTS}) tensor; the dots are your x with the values of the panel's own run. Click a legend entry to switch the walkthrough to that function.`;
  }

  async function drawSoftmax(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const x = p.inputs.x;
    const C = x.dims[x.dims.length - 1];
    const row = (x.data as number[]).slice(0, C);
    // The model computes softmax of each fed row; the rows are x / T.
    const fed: TensorData = { dims: [TEMPERATURES.length, C], data: TEMPERATURES.flatMap((T) => row.map((v) => v / T)) };
    const run = await session.compute({ params: { fn: 'softmax' }, inputs: { x: fed } });
    if (!rounds.current(round)) return;
    const colors: ChartColor[] = ['red', 'blue', 'green', 'purple'];
    softmaxChart.set(
      row.map((v, i) => `${i} (x = ${fmt(v)})`),
      TEMPERATURES.map((T, k) => ({ id: `T=${T}`, label: `T = ${T}`, color: colors[k], values: run.outputs.y.data.slice(k * C, (k + 1) * C), emphasis: T === 1 ? 'strong' : 'normal' })),
    );
    softmaxNote.textContent = zh
      ? `softmax 不是逐元素函数：每个输出都取决于整行，所以没有曲线 f(x)。这里是 x 第一行在几个温度 T 下的 softmax(x / T)（每个温度一行，一次 ORT 运行）：T 越小越尖锐、趋向最大值的 one-hot，T 越大越平、趋向均匀分布。T = 1 即面板主运行的 y = ${r.outputs.y.data.slice(0, C).map((v) => fmt(v)).join(', ')}。`
      : `Softmax is not elementwise: every output depends on the whole row, so it has no curve f(x). Shown instead: softmax(x / T) of x's first row at several temperatures T (one row per T, one ORT run). A small T sharpens it toward a one-hot of the largest entry, a large T flattens it toward uniform. T = 1 is the panel's own y = ${r.outputs.y.data.slice(0, C).map((v) => fmt(v)).join(', ')}.`;
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      const round = rounds.next();
      const fn = p.params.fn as ActivationFn;
      const alpha = typeof p.params.alpha === 'number' ? p.params.alpha : DEFAULT_ALPHA;
      curveBlock.hidden = fn === 'softmax';
      softmaxBlock.hidden = fn !== 'softmax';
      const work = fn === 'softmax' ? drawSoftmax(round, p, r) : drawCurves(round, p, r, fn, alpha);
      work.catch(() => undefined); // shown by the panel's error area
    },
  };
}
