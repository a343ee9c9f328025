/**
 * Themed SVG charts for the walkthroughs: line charts (several series, a marker layer, a readout of the nearest
 * point on hover and with the arrow keys) and grouped bar charts; chartContour.ts adds contour plots with
 * trajectories on the same frame. Colours come from VS Code's --vscode-charts-* variables through classes in
 * chart.css (the CSP forbids inline styles); d3-scale places ticks, d3-shape draws the lines. The charts only
 * place numbers: every value they plot is an ORT output handed in by a view.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Lang } from '../../src/protocol';
import { fmt, h } from './dom';
import { clampDomain, nearestIndex, paddedExtent, stepIndex, type Located } from './chartMath';
import './chart.css';

export type ChartColor = 'blue' | 'red' | 'green' | 'orange' | 'purple' | 'yellow' | 'foreground';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with presentation attributes (allowed by the CSP, unlike style attributes). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number | undefined> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

export const colorClass = (c: ChartColor): string => `chart-c-${c}`;

export interface TrackPoint {
  x: number;
  y: number;
  /** What the readout says at this point. */
  text: string;
}

/** A sequence of points the readout walks along (a series, a trajectory, the user's markers). */
export interface Track {
  id: string;
  label: string;
  points: TrackPoint[];
}

export interface LegendEntry {
  id: string;
  label: string;
  color: ChartColor;
  emphasis?: 'strong' | 'normal' | 'faint';
  dashed?: boolean;
}

export interface FrameOptions {
  /** Names the chart in tests and CSS: data-chart and data-testid="chart-<id>". */
  id: string;
  lang: Lang;
  title: string;
  xLabel: string;
  yLabel: string;
  /** SVG user units; the chart scales down with the panel. */
  width?: number;
  height?: number;
  /** Legend entries become buttons (e.g. switch the walkthrough to that function). */
  onLegendClick?: (id: string) => void;
}

export const MARGIN = { top: 10, right: 18, bottom: 40, left: 54 };

const tickText = (scale: ScaleLinear<number, number>, count: number) => {
  const f = scale.tickFormat(count);
  return (v: number) => f(v).replace('-', '−');
};

/**
 * The frame every chart shares: SVG with axes, grid and clip region, legend, and the readout that follows the
 * pointer or the keyboard along the tracks (←/→ along a track, ↑/↓ to the next track, Home/End, PageUp/PageDown).
 */
export class PlotFrame {
  readonly element: HTMLElement;
  readonly svg: SVGSVGElement;
  /** Drawn under the content: grid lines and axes. */
  readonly axes: SVGGElement;
  /** Clipped to the plot area. */
  readonly content: SVGGElement;
  readonly markers: SVGGElement;
  x = scaleLinear();
  y = scaleLinear();
  protected width: number;
  protected height: number;
  private readonly overlay: SVGGElement;
  private readonly ring = svg('circle', { class: 'chart-ring', r: 6, visibility: 'hidden' });
  private readonly clipRect = svg('rect');
  private readonly legend: HTMLElement;
  private readonly readout: HTMLElement;
  private tracks: Track[] = [];
  private located: (Located & { track: number; index: number })[] = [];
  private current: { track: number; index: number } | undefined;

  constructor(protected readonly opts: FrameOptions) {
    this.width = opts.width ?? 560;
    this.height = opts.height ?? 280;
    const clipId = `chart-clip-${opts.id}-${Math.random().toString(36).slice(2, 8)}`;
    this.axes = svg('g', { class: 'chart-axes' });
    this.content = svg('g', { class: 'chart-content', 'clip-path': `url(#${clipId})` });
    this.markers = svg('g', { class: 'chart-markers', 'clip-path': `url(#${clipId})` });
    this.overlay = svg('g', { class: 'chart-overlay' }, this.ring);
    this.svg = svg(
      'svg',
      { role: 'img', tabindex: 0, 'aria-roledescription': opts.lang === 'zh-cn' ? '图表' : 'chart' },
      svg('defs', {}, svg('clipPath', { id: clipId }, this.clipRect)),
      svg('g', { transform: `translate(${MARGIN.left},${MARGIN.top})` }, this.axes, this.content, this.markers, this.overlay),
    );
    this.legend = h('div', { class: 'chart-legend' });
    this.readout = h('div', { class: 'chart-readout', 'aria-live': 'polite', 'data-testid': `readout-${opts.id}` }, this.hint());
    this.element = h('figure', { class: 'chart', 'data-chart': opts.id, 'data-testid': `chart-${opts.id}` }, h('figcaption', { class: 'chart-title' }, opts.title), this.legend, this.svg, this.readout);
    this.svg.addEventListener('pointermove', (e) => this.pointAt(e));
    this.svg.addEventListener('click', (e) => this.pointAt(e));
    this.svg.addEventListener('keydown', (e) => this.key(e));
    this.svg.addEventListener('focus', () => {
      if (!this.current && this.tracks.some((t) => t.points.length)) this.show(this.tracks.findIndex((t) => t.points.length), 0);
    });
  }

  get plotWidth(): number {
    return this.width - MARGIN.left - MARGIN.right;
  }

  get plotHeight(): number {
    return this.height - MARGIN.top - MARGIN.bottom;
  }

  /**
   * Sets the domains and redraws axes and grid. `xTicks`/`xFormat` replace the x ticks (bar categories),
   * `plotHeight` sets the plot's height (charts that keep an aspect ratio), `nice` false keeps the y domain exact.
   */
  layout(xDomain: [number, number], yDomain: [number, number], o: { xTicks?: number[]; xFormat?: (v: number) => string; plotHeight?: number; nice?: boolean } = {}): void {
    if (o.plotHeight) this.height = Math.round(o.plotHeight) + MARGIN.top + MARGIN.bottom;
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    this.svg.setAttribute('width', String(this.width));
    this.svg.setAttribute('height', String(this.height));
    this.clipRect.setAttribute('width', String(this.plotWidth));
    this.clipRect.setAttribute('height', String(this.plotHeight));
    this.x = scaleLinear().domain(xDomain).range([0, this.plotWidth]);
    this.y = scaleLinear().domain(yDomain).range([this.plotHeight, 0]);
    if (o.nice !== false) this.y.nice();
    const xCount = Math.max(2, Math.round(this.plotWidth / 70));
    const yCount = Math.max(2, Math.round(this.plotHeight / 45));
    const xTicks = o.xTicks ?? this.x.ticks(xCount);
    const xText = o.xFormat ?? tickText(this.x, xCount);
    const yText = tickText(this.y, yCount);
    const [w, hgt] = [this.plotWidth, this.plotHeight];
    const nodes: SVGElement[] = [];
    for (const v of this.y.ticks(yCount)) {
      const py = this.y(v);
      nodes.push(svg('line', { class: v === 0 ? 'chart-zero' : 'chart-grid', x1: 0, x2: w, y1: py, y2: py }));
      nodes.push(svg('text', { class: 'chart-tick', x: -6, y: py, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, yText(v)));
    }
    for (const v of xTicks) {
      const px = this.x(v);
      nodes.push(svg('line', { class: v === 0 && !o.xTicks ? 'chart-zero' : 'chart-grid chart-grid-x', x1: px, x2: px, y1: 0, y2: hgt }));
      nodes.push(svg('text', { class: 'chart-tick', x: px, y: hgt + 15, 'text-anchor': 'middle' }, xText(v)));
    }
    nodes.push(svg('rect', { class: 'chart-frame', x: 0, y: 0, width: w, height: hgt }));
    nodes.push(svg('text', { class: 'chart-label', x: w / 2, y: hgt + 33, 'text-anchor': 'middle' }, this.opts.xLabel));
    nodes.push(svg('text', { class: 'chart-label', transform: `translate(${-40},${hgt / 2}) rotate(-90)`, 'text-anchor': 'middle' }, this.opts.yLabel));
    this.axes.replaceChildren(...nodes);
  }

  setLegend(entries: readonly LegendEntry[]): void {
    const zh = this.opts.lang === 'zh-cn';
    this.legend.replaceChildren(
      ...entries.map((e) => {
        const swatch = h('span', { class: `chart-swatch ${colorClass(e.color)}${e.dashed ? ' dashed' : ''}` });
        const cls = `chart-legend-item ${colorClass(e.color)} ${e.emphasis ?? 'normal'}`;
        if (!this.opts.onLegendClick) return h('span', { class: cls, 'data-series': e.id }, swatch, e.label);
        const button = h('button', { class: cls, type: 'button', 'data-series': e.id, 'aria-pressed': e.emphasis === 'strong' ? 'true' : 'false', title: zh ? `切换到 ${e.label}` : `Switch the walkthrough to ${e.label}` }, swatch, e.label);
        button.addEventListener('click', () => this.opts.onLegendClick?.(e.id));
        return button;
      }),
    );
  }

  /** The accessible summary of what the chart shows (numbers included), read by screen readers and tests. */
  setSummary(text: string): void {
    this.svg.setAttribute('aria-label', text);
  }

  /** Tracks the readout can visit, in plot coordinates; keeps the readout on the same track and index if it still exists. */
  setTracks(tracks: Track[]): void {
    const previous = this.current && this.tracks[this.current.track];
    this.tracks = tracks;
    this.located = tracks.flatMap((t, track) => t.points.map((p, index) => ({ px: this.x(p.x), py: this.y(p.y), track, index })));
    const again = previous ? tracks.findIndex((t) => t.id === previous.id) : -1;
    if (again >= 0 && this.current && this.current.index < tracks[again].points.length) this.show(again, this.current.index);
    else this.clear();
  }

  /** Moves the readout to a point, e.g. a view's default focus. */
  show(track: number, index: number): void {
    const t = this.tracks[track];
    const p = t?.points[index];
    if (!p) return;
    this.current = { track, index };
    const px = this.x(p.x);
    const py = this.y(p.y);
    const inside = px >= 0 && px <= this.plotWidth && py >= 0 && py <= this.plotHeight;
    this.ring.setAttribute('cx', String(px));
    this.ring.setAttribute('cy', String(py));
    this.ring.setAttribute('visibility', inside ? 'visible' : 'hidden');
    this.readout.textContent = p.text;
    Object.assign(this.readout.dataset, { track: t.id, index: String(index), x: String(p.x), y: String(p.y) });
  }

  private clear(): void {
    this.current = undefined;
    this.ring.setAttribute('visibility', 'hidden');
    this.readout.textContent = this.hint();
    for (const k of ['track', 'index', 'x', 'y']) delete this.readout.dataset[k];
  }

  private hint(): string {
    return this.opts.lang === 'zh-cn' ? '指向图中读数，或聚焦后用 ←/→（↑/↓ 换曲线）' : 'Point at the chart to read values, or focus it: ←/→ along, ↑/↓ across series';
  }

  private pointAt(e: PointerEvent | MouseEvent): void {
    const rect = this.svg.getBoundingClientRect();
    if (!rect.width) return;
    const scale = this.width / rect.width;
    const x = (e.clientX - rect.left) * scale - MARGIN.left;
    const y = (e.clientY - rect.top) * scale - MARGIN.top;
    const i = nearestIndex(this.located, x, y, 40);
    if (i >= 0) this.show(this.located[i].track, this.located[i].index);
  }

  private key(e: KeyboardEvent): void {
    const cur = this.current ?? { track: Math.max(0, this.tracks.findIndex((t) => t.points.length)), index: 0 };
    const track = this.tracks[cur.track];
    if (!track) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const n = this.tracks.length;
      let next = cur.track;
      for (let k = 0; k < n; k++) {
        next = (next + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
        if (this.tracks[next].points.length) break;
      }
      // Same x on the next track when it has one, else the same index (clamped).
      const x = track.points[cur.index]?.x;
      const points = this.tracks[next].points;
      let index = points.findIndex((p) => p.x === x);
      if (index < 0) index = Math.min(cur.index, points.length - 1);
      this.show(next, index);
      e.preventDefault();
      return;
    }
    const index = stepIndex(e.key, cur.index, track.points.length);
    if (index === undefined) return;
    this.show(cur.track, index);
    e.preventDefault();
  }
}

export interface LineSeries {
  id: string;
  label: string;
  color: ChartColor;
  x: readonly number[];
  y: readonly (number | null)[];
  emphasis?: 'strong' | 'normal' | 'faint';
  dashed?: boolean;
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
  color?: ChartColor;
}

export interface LineChartOptions extends FrameOptions {
  /** Short names for the readout, e.g. "x" and "f(x)". */
  xName: string;
  yName: string;
  /** The y domain never goes beyond this (a steep curve would flatten the rest); lines are clipped. */
  yLimit?: [number, number];
}

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Several series y(x) on shared axes, the highlighted one drawn last and thickest, plus marked points. */
export class LineChart {
  private readonly frame: PlotFrame;
  readonly element: HTMLElement;

  constructor(private readonly opts: LineChartOptions) {
    this.frame = new PlotFrame(opts);
    this.element = this.frame.element;
  }

  /** `axis` replaces the x ticks (e.g. x = log₂ d written as d). */
  set(series: readonly LineSeries[], markers: readonly ChartMarker[] = [], xDomain?: [number, number], axis: { xTicks?: number[]; xFormat?: (v: number) => string } = {}): void {
    const { frame, opts } = this;
    const zh = opts.lang === 'zh-cn';
    const xs = xDomain ?? paddedExtent([...series.flatMap((s) => s.x), ...markers.map((m) => m.x)], 0) ?? [0, 1];
    const ys = paddedExtent([...series.flatMap((s) => s.y), ...markers.map((m) => m.y)].filter((v) => !opts.yLimit || (finite(v) && v >= opts.yLimit[0] && v <= opts.yLimit[1]))) ?? [0, 1];
    frame.layout(xs, clampDomain(ys, opts.yLimit), axis);
    const order = [...series].sort((a, b) => rank(a) - rank(b));
    const pathOf = (s: LineSeries) =>
      line<number>()
        .defined((i) => finite(s.y[i]))
        .x((i) => frame.x(s.x[i]))
        .y((i) => frame.y(s.y[i] as number))(s.x.map((_, i) => i)) ?? '';
    frame.content.replaceChildren(
      ...order.map((s) => svg('path', { class: `chart-series ${colorClass(s.color)} ${s.emphasis ?? 'normal'}${s.dashed ? ' dashed' : ''}`, d: pathOf(s), 'data-series': s.id })),
    );
    frame.markers.replaceChildren(
      ...markers.map((m) =>
        svg('circle', { class: `chart-marker ${colorClass(m.color ?? 'foreground')}`, cx: frame.x(m.x), cy: frame.y(m.y), r: 4.5, 'data-x': m.x, 'data-y': m.y }, svg('title', {}, m.label)),
      ),
    );
    frame.setLegend(series.map((s) => ({ id: s.id, label: s.label, color: s.color, emphasis: s.emphasis, dashed: s.dashed })));
    const xText = axis.xFormat ?? fmt;
    const readable = [...series].sort((a, b) => (b.emphasis === 'strong' ? 1 : 0) - (a.emphasis === 'strong' ? 1 : 0));
    const tracks: Track[] = readable.map((s) => ({
      id: s.id,
      label: s.label,
      points: s.x.flatMap((x, i) => {
        const y = s.y[i];
        return finite(y) ? [{ x, y, text: `${s.label}: ${opts.xName} = ${xText(x)}, ${opts.yName} = ${fmt(y)}` }] : [];
      }),
    }));
    if (markers.length) tracks.push({ id: 'markers', label: zh ? '你的数据点' : 'your points', points: markers.map((m) => ({ x: m.x, y: m.y, text: m.label })) });
    frame.setTracks(tracks);
    const range = (s: LineSeries) => {
      const v = s.y.filter(finite);
      return v.length ? `${fmt(Math.min(...v))} … ${fmt(Math.max(...v))}` : '—';
    };
    const summary = [
      `${opts.title}.`,
      zh ? `${opts.xName} 从 ${xText(xs[0])} 到 ${xText(xs[1])}。` : `${opts.xName} from ${xText(xs[0])} to ${xText(xs[1])}.`,
      ...series.map((s) => `${s.label}: ${opts.yName} ${range(s)}.`),
      ...(markers.length ? [(zh ? '你的数据点：' : 'Your points: ') + markers.map((m) => `(${fmt(m.x)}, ${fmt(m.y)})`).join(', ') + '.'] : []),
    ];
    frame.setSummary(summary.join(' '));
  }
}

const rank = (s: { emphasis?: string }) => (s.emphasis === 'faint' ? 0 : s.emphasis === 'strong' ? 2 : 1);

export interface BarSeries {
  id: string;
  label: string;
  color: ChartColor;
  values: readonly (number | null)[];
  emphasis?: 'strong' | 'normal' | 'faint';
}

/** Grouped bars: one group per category, one bar per series. */
export class BarChart {
  private readonly frame: PlotFrame;
  readonly element: HTMLElement;

  constructor(private readonly opts: LineChartOptions) {
    this.frame = new PlotFrame(opts);
    this.element = this.frame.element;
  }

  set(categories: readonly string[], series: readonly BarSeries[]): void {
    const { frame, opts } = this;
    const n = categories.length;
    const values = series.flatMap((s) => s.values).filter(finite);
    const top = Math.max(0, ...values);
    const bottom = Math.min(0, ...values);
    const index = categories.map((_, i) => i);
    frame.layout([-0.5, n - 0.5], [bottom, top === bottom ? 1 : top * 1.08], { xTicks: index, xFormat: (v) => categories[v] ?? '' });
    const group = 0.8;
    const barW = group / Math.max(1, series.length);
    const center = (c: number, s: number) => c - group / 2 + (s + 0.5) * barW;
    const bars: SVGElement[] = [];
    const tracks: Track[] = series.map((s, si) => ({
      id: s.id,
      label: s.label,
      points: s.values.flatMap((v, c) => (finite(v) ? [{ x: center(c, si), y: v, text: `${s.label} · ${categories[c]}: ${opts.yName} = ${fmt(v)}` }] : [])),
    }));
    series.forEach((s, si) =>
      s.values.forEach((v, c) => {
        if (!finite(v)) return;
        const x0 = frame.x(center(c, si) - barW / 2) + 1;
        const x1 = frame.x(center(c, si) + barW / 2) - 1;
        const [y0, y1] = [frame.y(Math.max(0, v)), frame.y(Math.min(0, v))];
        bars.push(svg('rect', { class: `chart-bar ${colorClass(s.color)} ${s.emphasis ?? 'normal'}`, x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(0.5, y1 - y0), 'data-series': s.id, 'data-category': c, 'data-value': v }, svg('title', {}, `${s.label} · ${categories[c]}: ${fmt(v)}`)));
      }),
    );
    frame.content.replaceChildren(...bars);
    frame.markers.replaceChildren();
    frame.setLegend(series.map((s) => ({ id: s.id, label: s.label, color: s.color, emphasis: s.emphasis })));
    frame.setTracks(tracks);
    frame.setSummary(`${opts.title}. ` + series.map((s) => `${s.label}: ${s.values.map((v) => (finite(v) ? fmt(v) : '—')).join(', ')}.`).join(' '));
  }
}
