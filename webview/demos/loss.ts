/**
 * loss view: the generic inputs and steps, plus curves of the loss per element and of its derivative, each one
 * ORT run of the loss model on a grid (reduction sum, so `losses`/`dlosses` are the per-element values):
 *  - regression kinds: L1, MSE, Huber (the user's delta) and Smooth L1 (the user's beta) over the residual
 *    r = input − target ∈ [−3, 3], the user's elements marked at their residuals;
 *  - bce / bce-with-logits: the loss for target 1 and target 0 over the probability / the logit;
 *  - cross-entropy: the loss of the first sample over the logit of its true class, its other logits kept.
 * NLL and KL divergence are linear in their input, so they get a sentence instead of a chart.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { REGRESSION_KINDS, type LossKind } from '../../src/models/loss';
import { fmt, h } from '../ui/dom';
import { LineChart, type ChartColor, type ChartMarker, type LineSeries } from '../ui/chart';
import { coverDomain, linspace } from '../ui/chartMath';
import { chartSection, Rounds } from '../ui/chartSection';
import { genericParts } from './generic';
import type { DemoSession, DemoView } from './types';

const MAX_MARKERS = 64;
const REGRESSION_COLORS: Record<string, ChartColor> = { l1: 'blue', mse: 'orange', huber: 'green', 'smooth-l1': 'purple' };

interface Curves {
  series: { loss: LineSeries[]; grad: LineSeries[] };
  markers: { loss: ChartMarker[]; grad: ChartMarker[] };
  x: [number, number];
  xName: string;
  xLabel: string;
  gradName: string;
  note: string;
  /** y range of the derivative chart (BCE's −1/p runs off to infinity). */
  gradLimit?: [number, number];
}

const vec = (data: number[]): TensorData => ({ dims: [data.length], data });
const rowsOf = (t: TensorData, row: number, width: number) => t.data.slice(row * width, (row + 1) * width);

export function lossView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const zh = lang === 'zh-cn';
  const rounds = new Rounds();
  const parts = genericParts(session);
  const lossHolder = h('div');
  const gradHolder = h('div');
  const note = h('p', { class: 'chart-note' });
  const charts = h('div', { class: 'charts' }, lossHolder, gradHolder);
  const section = chartSection('curves', zh ? '损失曲线与梯度曲线（由 ORT 计算）' : 'Loss and gradient curves (computed by ORT)', charts, note);
  root.replaceChildren(parts.sections[0], section, ...parts.sections.slice(1));
  let shape = '';
  let lossChart: LineChart | undefined;
  let gradChart: LineChart | undefined;

  const run = (kind: LossKind, params: Record<string, unknown>, input: TensorData, target: TensorData) =>
    session.compute({ params: { kind, reduction: 'sum', ...params }, inputs: { input, target } });

  async function regression(p: PreparedDemo, r: RunResult, kind: LossKind): Promise<Curves> {
    const delta = (p.params.delta as number | undefined) ?? (session.request().params?.delta as number | undefined) ?? 1;
    const beta = (p.params.beta as number | undefined) ?? (session.request().params?.beta as number | undefined) ?? 1;
    const residual = r.outputs.residual.data as number[];
    const rs = linspace(...coverDomain(-3, 3, residual.slice(0, MAX_MARKERS)), 241);
    const zeros = vec(rs.map(() => 0));
    const kinds: [LossKind, string, Record<string, unknown>][] = [
      ['l1', 'L1', {}],
      ['mse', 'MSE (L2)', {}],
      ['huber', `Huber (δ = ${fmt(delta)})`, { delta }],
      ['smooth-l1', `Smooth L1 (β = ${fmt(beta)})`, { beta }],
    ];
    const runs = await Promise.all(kinds.map(([k, , extra]) => run(k, extra, vec(rs), zeros)));
    const series = (output: 'losses' | 'dlosses'): LineSeries[] =>
      kinds.map(([k, name], i) => ({ id: k, label: name, color: REGRESSION_COLORS[k], x: rs, y: runs[i].outputs[output].data, emphasis: k === kind ? 'strong' : 'normal' }));
    const markers = (output: 'losses' | 'dlosses', what: string): ChartMarker[] =>
      residual.slice(0, MAX_MARKERS).map((d, i) => ({ x: d, y: r.outputs[output].data[i] as number, color: REGRESSION_COLORS[kind], label: `${zh ? '元素' : 'element'} ${i}: r = ${fmt(d)}, ${what} = ${fmt(r.outputs[output].data[i])}` }));
    return {
      series: { loss: series('losses'), grad: series('dlosses') },
      markers: { loss: markers('losses', 'ℓ'), grad: markers('dlosses', '∂ℓ/∂x') },
      x: [rs[0], rs[rs.length - 1]],
      xName: 'r',
      xLabel: zh ? '残差 r = input − target' : 'residual r = input − target',
      gradName: '∂ℓ/∂x',
      note: zh
        ? `每条曲线是损失模型的一次 ORT 运行：input 为 ${rs.length} 个残差、target 为 0、reduction = sum，取逐元素的 losses 与 dlosses。圆点是你的元素（面板主运行的 residual、losses、dlosses）。MSE 的梯度随误差线性增长；L1 的梯度恒为 ±1；Huber 在 |r| < δ 内与 ½r² 相同、之外梯度被截断为 ±δ；Smooth L1 就是 Huber 除以 β，梯度截断为 ±1。${p.params.reduction === 'mean' ? '你的 reduction 是 mean：grad 还要再除以元素个数。' : ''}`
        : `Each curve is one ORT run of the loss model: ${rs.length} residuals as input, target 0, reduction sum, read per element from losses and dlosses. The dots are your elements (residual, losses and dlosses of the panel's own run). MSE's gradient grows with the error, L1's is always ±1, Huber equals ½r² inside |r| < δ and clips its gradient to ±δ outside, Smooth L1 is Huber divided by β with its gradient clipped to ±1.${p.params.reduction === 'mean' ? ' Your reduction is mean: grad divides these by the number of elements.' : ''}`,
    };
  }

  /** BCE over p, or BCE with logits over z: one run, row 0 with target 1, row 1 with target 0. */
  async function binary(p: PreparedDemo, r: RunResult, kind: 'bce' | 'bce-with-logits'): Promise<Curves> {
    const input = p.inputs.input.data as number[];
    const target = p.inputs.target.data as number[];
    const xs = kind === 'bce' ? linspace(0.005, 0.995, 199) : linspace(...coverDomain(-6, 6, input.slice(0, MAX_MARKERS)), 241);
    const n = xs.length;
    const res = await run(kind, {}, { dims: [2, n], data: [...xs, ...xs] }, { dims: [2, n], data: [...xs.map(() => 1), ...xs.map(() => 0)] });
    const xName = kind === 'bce' ? 'p' : 'z';
    const series = (output: 'losses' | 'dlosses'): LineSeries[] => [
      { id: 'target-1', label: zh ? '目标 y = 1' : 'target y = 1', color: 'blue', x: xs, y: rowsOf(res.outputs[output], 0, n) },
      { id: 'target-0', label: zh ? '目标 y = 0' : 'target y = 0', color: 'red', x: xs, y: rowsOf(res.outputs[output], 1, n) },
    ];
    const markers = (output: 'losses' | 'dlosses', what: string): ChartMarker[] =>
      input.slice(0, MAX_MARKERS).map((v, i) => ({
        x: v,
        y: r.outputs[output].data[i] as number,
        color: target[i] === 1 ? 'blue' : target[i] === 0 ? 'red' : 'foreground',
        label: `${zh ? '元素' : 'element'} ${i}: ${xName} = ${fmt(v)}, y = ${fmt(target[i])}, ${what} = ${fmt(r.outputs[output].data[i])}`,
      }));
    return {
      series: { loss: series('losses'), grad: series('dlosses') },
      markers: { loss: markers('losses', 'ℓ'), grad: markers('dlosses', `∂ℓ/∂${xName}`) },
      x: [xs[0], xs[n - 1]],
      xName,
      xLabel: kind === 'bce' ? (zh ? '预测概率 p' : 'predicted probability p') : zh ? 'logit z（sigmoid 之前）' : 'logit z (before the sigmoid)',
      gradName: `∂ℓ/∂${xName}`,
      gradLimit: kind === 'bce' ? [-12, 12] : undefined,
      note:
        kind === 'bce'
          ? zh
            ? `一次 ORT 运行：2 × ${n} 个概率，第一行目标为 1、第二行为 0。错得越自信，损失越大：p → 0 而 y = 1 时 −log p 无界（PyTorch 把 log 截断在 −100），梯度 (p − y)/(p(1 − p)) 也随之爆炸——所以输出层多用 bce-with-logits。圆点是你的元素。`
            : `One ORT run: 2 × ${n} probabilities, target 1 in the first row and 0 in the second. The more confidently wrong, the larger the loss: −log p has no bound as p → 0 with y = 1 (PyTorch clamps the log at −100), and the gradient (p − y)/(p(1 − p)) blows up with it, which is why output layers use bce-with-logits. The dots are your elements.`
          : zh
            ? `一次 ORT 运行：2 × ${n} 个 logit，第一行目标为 1、第二行为 0。损失在错误一侧渐近为直线，梯度 σ(z) − y 始终在 (−1, 1) 之内——这就是在 logit 上计算的好处。圆点是你的元素。`
            : `One ORT run: 2 × ${n} logits, target 1 in the first row and 0 in the second. On the wrong side the loss becomes a straight line and the gradient σ(z) − y stays within (−1, 1): the benefit of working on logits. The dots are your elements.`,
    };
  }

  /** Cross-entropy of sample 0 while the logit of its true class sweeps a range, its other logits as given. */
  async function crossEntropy(p: PreparedDemo, r: RunResult): Promise<Curves> {
    const [, C] = p.inputs.input.dims;
    const logits = (p.inputs.input.data as number[]).slice(0, C);
    const t = p.inputs.target.data[0] as number;
    const zs = linspace(...coverDomain(-6, 6, [logits[t]]), 201);
    const rows = zs.flatMap((z) => logits.map((v, c) => (c === t ? z : v)));
    const res = await run('cross-entropy', {}, { dims: [zs.length, C], data: rows }, vec(zs.map(() => t)));
    const grad = zs.map((_, k) => res.outputs.dlosses.data[k * C + t]);
    const others = logits.map((v, c) => (c === t ? null : `z${c} = ${fmt(v)}`)).filter(Boolean).join(', ');
    const series = (y: (number | null)[], id: string, name: string): LineSeries[] => [{ id, label: name, color: 'blue', x: zs, y, emphasis: 'strong' }];
    const at = (what: string, v: number | null): ChartMarker[] => [{ x: logits[t], y: v as number, color: 'blue', label: `${zh ? '样本 0' : 'sample 0'}: z${t} = ${fmt(logits[t])}, ${what} = ${fmt(v)}` }];
    return {
      series: { loss: series(rowsOf(res.outputs.losses, 0, zs.length), 'ce', zh ? `样本 0 的交叉熵（类别 ${t}）` : `cross-entropy of sample 0 (class ${t})`), grad: series(grad, 'ce-grad', `∂ℓ/∂z${t} = p${t} − 1`) },
      markers: { loss: at('ℓ', r.outputs.losses.data[0]), grad: at(`∂ℓ/∂z${t}`, r.outputs.dlosses.data[t]) },
      x: [zs[0], zs[zs.length - 1]],
      xName: `z${t}`,
      xLabel: zh ? `真实类别 ${t} 的 logit z${t}` : `logit z${t} of the true class ${t}`,
      gradName: `∂ℓ/∂z${t}`,
      note: zh
        ? `一次 ORT 运行：${zs.length} 行 logits，每行只改变样本 0 真实类别的 logit，其余保持你的值（${others}）。提高正确类别的 logit，损失平滑地降向 0，梯度 p − 1 从 −1 升向 0：已经答对的样本几乎不再贡献梯度。圆点是面板主运行中的样本 0。`
        : `One ORT run: ${zs.length} rows of logits, each changing only the true class's logit of sample 0 and keeping your others (${others}). Raising the right logit lowers the loss smoothly toward 0 while the gradient p − 1 rises from −1 toward 0: samples already right barely contribute. The dot is sample 0 of the panel's own run.`,
    };
  }

  function ensureCharts(kind: LossKind, c: Curves): void {
    const key = `${kind}:${c.xName}:${c.gradLimit ?? ''}`;
    if (key === shape && lossChart && gradChart) return;
    shape = key;
    lossChart = new LineChart({ id: 'loss-curve', lang, title: zh ? '每个元素的损失 ℓ' : 'Loss per element ℓ', xLabel: c.xLabel, yLabel: 'ℓ', xName: c.xName, yName: 'ℓ', width: 470, height: 290 });
    gradChart = new LineChart({ id: 'loss-grad', lang, title: zh ? `导数 ${c.gradName}` : `Derivative ${c.gradName}`, xLabel: c.xLabel, yLabel: c.gradName, xName: c.xName, yName: c.gradName, width: 470, height: 290, yLimit: c.gradLimit });
    lossHolder.replaceChildren(lossChart.element);
    gradHolder.replaceChildren(gradChart.element);
  }

  async function draw(round: number, p: PreparedDemo, r: RunResult): Promise<void> {
    const kind = p.params.kind as LossKind;
    if (kind === 'nll' || kind === 'kl-div') {
      charts.hidden = true;
      note.textContent =
        kind === 'nll'
          ? zh
            ? 'NLL 对输入（对数概率）是线性的：ℓ = −x[y]，梯度恒为 −onehot(y)，没有值得画的曲线。弯曲来自前面的 log-softmax：把 kind 换成 cross-entropy 即可看到 logit 上的损失曲线。'
            : 'NLL is linear in its input, the log-probabilities: ℓ = −x[y] with the constant gradient −onehot(y), so there is no curve worth drawing. The curvature comes from the log-softmax before it: switch kind to cross-entropy to see the loss over a logit.'
          : zh
            ? 'KL 散度对输入（对数概率 x）也是线性的：每项 y·(log y − x)，梯度恒为 −y。弯曲在产生 x 的 log-softmax 里。'
            : 'KL divergence is linear in its input, the log-probabilities x, too: each term is y·(log y − x) with the constant gradient −y. The curvature lives in the log-softmax that produced x.';
      return;
    }
    const curves = REGRESSION_KINDS.includes(kind) ? await regression(p, r, kind) : kind === 'cross-entropy' ? await crossEntropy(p, r) : await binary(p, r, kind as 'bce' | 'bce-with-logits');
    if (!rounds.current(round)) return;
    charts.hidden = false;
    ensureCharts(kind, curves);
    lossChart!.set(curves.series.loss, curves.markers.loss, curves.x);
    gradChart!.set(curves.series.grad, curves.markers.grad, curves.x);
    note.textContent = curves.note;
  }

  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      draw(rounds.next(), p, r).catch(() => undefined); // shown by the panel's error area
    },
  };
}
