/**
 * Contour plot of a 2-D function sampled on a grid (d3-contour's marching squares), with trajectories drawn on
 * top: the optimizer walkthrough's picture. Equal scales on both axes, so a round bowl looks round.
 */
import { contours } from 'd3-contour';
import { fmt } from './dom';
import { colorClass, MARGIN, PlotFrame, svg, type ChartColor, type FrameOptions, type Track } from './chart';
import { fromGridCoordinate } from './chartMath';

export interface ContourGrid {
  xs: readonly number[];
  ys: readonly number[];
  /** f(xs[i], ys[j]) at index j·xs.length + i. */
  values: readonly (number | null)[];
}

export interface Trajectory {
  id: string;
  label: string;
  color: ChartColor;
  /** θ before the first step, then after every step. */
  points: readonly (readonly [number, number])[];
  /** The readout's text for each point. */
  texts: readonly string[];
  dashed?: boolean;
}

export interface ContourChartOptions extends FrameOptions {
  /** A click on the plot picks a point (e.g. a new start θ0). */
  onPick?: (x: number, y: number) => void;
}

export class ContourChart {
  private readonly frame: PlotFrame;
  readonly element: HTMLElement;

  constructor(private readonly opts: ContourChartOptions) {
    this.frame = new PlotFrame(opts);
    this.element = this.frame.element;
    this.element.classList.add('contour');
    if (opts.onPick) {
      this.frame.svg.classList.add('pickable');
      this.frame.svg.addEventListener('click', (e) => {
        const rect = this.frame.svg.getBoundingClientRect();
        if (!rect.width) return;
        const scale = (opts.width ?? 560) / rect.width;
        const px = (e.clientX - rect.left) * scale - MARGIN.left;
        const py = (e.clientY - rect.top) * scale - MARGIN.top;
        if (px < 0 || py < 0 || px > this.frame.plotWidth || py > this.frame.plotHeight) return;
        opts.onPick?.(this.frame.x.invert(px), this.frame.y.invert(py));
      });
    }
  }

  set(grid: ContourGrid, levels: readonly number[], trajectories: readonly Trajectory[]): void {
    const { frame, opts } = this;
    const zh = opts.lang === 'zh-cn';
    const { xs, ys } = grid;
    const xDomain: [number, number] = [xs[0], xs[xs.length - 1]];
    const yDomain: [number, number] = [ys[0], ys[ys.length - 1]];
    // Equal units on both axes: the plot's height follows its width.
    const plotHeight = frame.plotWidth * ((yDomain[1] - yDomain[0]) / (xDomain[1] - xDomain[0]));
    frame.layout(xDomain, yDomain, { plotHeight, nice: false });

    const values = grid.values.map((v) => (v === null ? NaN : v));
    const rings = contours().size([xs.length, ys.length]).thresholds([...levels])(values);
    const toX = (u: number) => frame.x(fromGridCoordinate(u, xs));
    const toY = (v: number) => frame.y(fromGridCoordinate(v, ys));
    const isolines = rings.map((c, k) => {
      const d = c.coordinates.map((polygon) => polygon.map((ring) => 'M' + ring.map(([u, v]) => `${toX(u).toFixed(1)},${toY(v).toFixed(1)}`).join('L') + 'Z').join('')).join('');
      return svg('path', { class: `chart-contour level-${k % 2 ? 'odd' : 'even'}`, d, 'data-level': c.value }, svg('title', {}, `f = ${fmt(c.value)}`));
    });
    // The grid's lowest sample (from ORT's f_grid), marked so the eye finds the valley.
    let best = -1;
    values.forEach((v, i) => {
      if (Number.isFinite(v) && (best < 0 || v < values[best])) best = i;
    });
    const minimum =
      best >= 0
        ? [svg('path', { class: 'chart-minimum', d: `M${toX((best % xs.length) + 0.5) - 5},${toY(Math.floor(best / xs.length) + 0.5)}h10M${toX((best % xs.length) + 0.5)},${toY(Math.floor(best / xs.length) + 0.5) - 5}v10` }, svg('title', {}, `${zh ? '网格上的最小值' : 'lowest on the grid'}: f = ${fmt(values[best])}`))]
        : [];

    // The first trajectory on top: later ones (drawn first) may run underneath it.
    const paths = [...trajectories].reverse().map((t) =>
      svg('path', { class: `chart-trajectory ${colorClass(t.color)}${t.dashed ? ' dashed' : ''}`, d: 'M' + t.points.map(([x, y]) => `${frame.x(x).toFixed(2)},${frame.y(y).toFixed(2)}`).join('L'), 'data-series': t.id }),
    );
    frame.content.replaceChildren(...isolines, ...minimum, ...paths);
    frame.markers.replaceChildren(
      ...[...trajectories].reverse().flatMap((t) =>
        t.points.map(([x, y], step) =>
          svg('circle', { class: `chart-step ${colorClass(t.color)}${step === t.points.length - 1 ? ' last' : ''}`, cx: frame.x(x), cy: frame.y(y), r: step === t.points.length - 1 ? 4 : 2.2, 'data-series': t.id, 'data-step': step, 'data-x': x, 'data-y': y }),
        ),
      ),
      ...(trajectories[0]?.points[0] ? [svg('circle', { class: 'chart-start', cx: frame.x(trajectories[0].points[0][0]), cy: frame.y(trajectories[0].points[0][1]), r: 6 }, svg('title', {}, zh ? '起点 θ0' : 'start θ0'))] : []),
    );
    frame.setLegend(trajectories.map((t) => ({ id: t.id, label: t.label, color: t.color, dashed: t.dashed })));
    const tracks: Track[] = trajectories.map((t) => ({ id: t.id, label: t.label, points: t.points.map(([x, y], i) => ({ x, y, text: t.texts[i] ?? '' })) }));
    frame.setTracks(tracks);
    const end = (t: Trajectory) => t.points[t.points.length - 1];
    frame.setSummary(
      `${opts.title}. ` +
        (zh ? `等高线 f = ${levels.map(fmt).join(', ')}。` : `Contours at f = ${levels.map(fmt).join(', ')}. `) +
        trajectories.map((t) => (zh ? `${t.label}：${t.points.length - 1} 步后 θ = (${end(t).map(fmt).join(', ')})。` : `${t.label}: θ = (${end(t).map(fmt).join(', ')}) after ${t.points.length - 1} steps.`)).join(' '),
    );
  }
}
