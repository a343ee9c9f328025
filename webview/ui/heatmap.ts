/**
 * A small H×W map drawn pixel per value on a canvas (putImageData: no inline styles, so the CSP allows it), scaled
 * up without smoothing, with a readout of the value under the pointer or the keyboard cursor (arrow keys). Grey
 * maps show images as images in any theme; colour maps run from the editor background to a chart colour, read from
 * the theme's --vscode-* variables when drawn. (The attention views' cell maps are webview/ui/cellHeatmap.ts.)
 */
import type { TensorData } from '../../src/models';
import { fmt, h } from './dom';

export interface HeatmapStyle {
  /** 'grey': black at `min`, white at `max`. 'heat': editor background at `min`, `color` at `max` (max < min reverses). */
  palette: 'grey' | 'heat';
  min: number;
  max: number;
  /** A --vscode-charts-* colour name for 'heat' (default orange). */
  color?: 'orange' | 'red' | 'blue' | 'green' | 'purple';
}

export interface HeatmapOptions {
  /** Names the map in tests and in the readout: data-map, data-testid="readout-map-<name>" and "name[i, j] = v". */
  name: string;
  /** Largest displayed side in CSS pixels (the scale is a whole number of pixels per value). */
  maxSide?: number;
  /** What a click or Enter on a value does (e.g. pick it). */
  onPick?: (i: number, j: number) => void;
}

const FALLBACK: Record<string, string> = { orange: '#d18616', red: '#f14c4c', blue: '#3794ff', green: '#89d185', purple: '#b180d7' };

/** A CSS colour (a theme variable's value) as [r, g, b]: the canvas parses it for us. */
function rgbOf(css: string, fallback: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return [128, 128, 128];
  ctx.fillStyle = fallback;
  ctx.fillStyle = css.trim() || fallback;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

export function themeColor(variable: string, fallback: string): [number, number, number] {
  return rgbOf(getComputedStyle(document.body).getPropertyValue(variable), fallback);
}

export class Heatmap {
  readonly element: HTMLElement;
  private readonly canvas = h('canvas', { tabindex: 0, class: 'heatmap-canvas' });
  private readonly caption = h('figcaption');
  private readonly readout = h('div', { class: 'heatmap-readout', 'aria-live': 'polite' });
  private tensor: TensorData = { dims: [1, 1], data: [0] };
  private cursor: [number, number] | undefined;

  constructor(private readonly opts: HeatmapOptions) {
    this.element = h('figure', { class: 'heatmap', 'data-map': opts.name }, this.caption, this.canvas, this.readout);
    this.readout.setAttribute('data-testid', `readout-map-${opts.name}`);
    this.canvas.addEventListener('pointermove', (e) => this.point(e));
    this.canvas.addEventListener('click', (e) => {
      const at = this.point(e);
      if (at) this.opts.onPick?.(...at);
    });
    this.canvas.addEventListener('keydown', (e) => this.key(e));
  }

  /** Draws `t` (rank 2) with `style`; `caption` goes above it. */
  set(t: TensorData, style: HeatmapStyle, caption: (Node | string)[]): void {
    this.tensor = t;
    const [rows, cols] = t.dims;
    this.caption.replaceChildren(...caption);
    this.canvas.width = cols;
    this.canvas.height = rows;
    const scale = Math.max(1, Math.floor((this.opts.maxSide ?? 144) / Math.max(rows, cols)));
    // CSSOM, not a style attribute: allowed by the CSP.
    this.canvas.style.width = `${cols * scale}px`;
    this.canvas.style.height = `${rows * scale}px`;
    const ctx = this.canvas.getContext('2d');
    if (ctx) {
      const image = ctx.createImageData(cols, rows);
      const low: [number, number, number] = style.palette === 'grey' ? [0, 0, 0] : themeColor('--vscode-editor-background', '#1e1e1e');
      const high: [number, number, number] = style.palette === 'grey' ? [255, 255, 255] : themeColor(`--vscode-charts-${style.color ?? 'orange'}`, FALLBACK[style.color ?? 'orange']);
      const span = style.max - style.min || 1;
      t.data.forEach((v, k) => {
        const f = v === null || !Number.isFinite(v) ? 0 : Math.min(1, Math.max(0, (v - style.min) / span));
        for (let c = 0; c < 3; c++) image.data[4 * k + c] = Math.round(low[c] + (high[c] - low[c]) * f);
        image.data[4 * k + 3] = 255;
      });
      ctx.putImageData(image, 0, 0);
    }
    this.canvas.setAttribute('role', 'img');
    const finite = t.data.filter((v): v is number => v !== null && Number.isFinite(v));
    const summary = finite.length ? `${fmt(Math.min(...finite))} … ${fmt(Math.max(...finite))}` : '—';
    this.canvas.setAttribute('aria-label', `${this.opts.name}: ${rows}×${cols}, ${summary}`);
    if (this.cursor && (this.cursor[0] >= rows || this.cursor[1] >= cols)) this.cursor = undefined;
    if (this.cursor) this.show(...this.cursor);
    else this.readout.textContent = '\u00a0';
  }

  /** Puts the readout on value (i, j). */
  show(i: number, j: number): void {
    const [rows, cols] = this.tensor.dims;
    if (i < 0 || j < 0 || i >= rows || j >= cols) return;
    this.cursor = [i, j];
    const v = this.tensor.data[i * cols + j];
    this.readout.textContent = `${this.opts.name}[${i}, ${j}] = ${fmt(v)}`;
    Object.assign(this.readout.dataset, { i: String(i), j: String(j), value: String(v) });
  }

  private point(e: MouseEvent): [number, number] | undefined {
    const rect = this.canvas.getBoundingClientRect();
    const [rows, cols] = this.tensor.dims;
    if (!rect.width || !rect.height) return undefined;
    const i = Math.min(rows - 1, Math.max(0, Math.floor(((e.clientY - rect.top) / rect.height) * rows)));
    const j = Math.min(cols - 1, Math.max(0, Math.floor(((e.clientX - rect.left) / rect.width) * cols)));
    this.show(i, j);
    return [i, j];
  }

  private key(e: KeyboardEvent): void {
    const [i, j] = this.cursor ?? [0, 0];
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) {
      this.show(i + (this.cursor ? moves[e.key][0] : 0), j + (this.cursor ? moves[e.key][1] : 0));
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && this.cursor) {
      this.opts.onPick?.(i, j);
      e.preventDefault();
    }
  }
}
