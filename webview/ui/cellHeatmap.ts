/**
 * A cell heatmap of a small matrix (attention weights, scores, a weight update): an HTML grid whose cells carry their
 * value as text and its size as a shade (a custom property set through the CSSOM; colours come from the theme
 * in main.css). Rows and columns are labelled; hovering or focusing a cell (arrow keys move, one tab stop)
 * writes what it is into the readout; clicking a cell, or Enter, selects its row.
 */
import type { Lang } from '../../src/protocol';
import { fmt, h } from './dom';
import { shade, type HeatScale } from './cellHeatmapScale';

/** Two decimals keep the grid compact (the readout and data-value carry the full value); large values as fmt gives them. */
export function cellText(v: number | null): string {
  if (v === null) return '−∞';
  if (Math.abs(v) >= 100) return fmt(v);
  const s = v.toFixed(2);
  return (s === '-0.00' ? '0.00' : s).replace('-', '−');
}

export interface CellHeatmapOptions {
  /** Names the heatmap in tests and CSS: data-heatmap and data-testid="heatmap-<id>". */
  id: string;
  lang: Lang;
  scale: HeatScale;
  /** Row and column headers, e.g. i => `q${i}`. */
  rowLabel: (i: number) => string;
  colLabel: (j: number) => string;
  /** What the readout says about cell (i, j) holding v (v is null for −∞). */
  describe: (i: number, j: number, v: number | null) => string;
  /** A readout shared by several heatmaps (one line under a row of them); by default each has its own. */
  readout?: HTMLElement;
  onSelectRow?: (i: number) => void;
  /** Small square cells whose numbers are left to the readout: a picture of structure (a rank-1 term's rows and columns). */
  compact?: boolean;
}

export interface CellHeatmapData {
  rows: number;
  cols: number;
  data: readonly (number | null)[];
}

export class CellHeatmap {
  readonly element: HTMLElement;
  private readonly caption = h('figcaption');
  private readonly table = h('table', { role: 'grid' });
  private readonly readout: HTMLElement;
  private cells: HTMLTableCellElement[] = [];
  private cols = 0;
  private focusIndex = 0;
  private selectedRow: number | undefined;
  private data: CellHeatmapData = { rows: 0, cols: 0, data: [] };

  constructor(private readonly opts: CellHeatmapOptions) {
    const own = !opts.readout;
    this.readout = opts.readout ?? h('div', { class: 'cell-heatmap-readout', 'aria-live': 'polite', 'data-testid': `readout-${opts.id}` }, CellHeatmap.hint(opts.lang));
    this.element = h('figure', { class: `cell-heatmap scale-${opts.scale}${opts.compact ? ' compact' : ''}`, 'data-heatmap': opts.id, 'data-testid': `heatmap-${opts.id}` }, this.caption, this.table, own ? this.readout : null);
    this.table.addEventListener('keydown', (e) => this.key(e));
  }

  /** Redraws; `extent` is the |v| that gets the full shade on a signed scale (share it across heatmaps compared). */
  set(data: CellHeatmapData, caption: (Node | string)[], summary: string, extent = 1): void {
    this.data = data;
    this.caption.replaceChildren(...caption);
    this.table.setAttribute('aria-label', summary);
    this.element.classList.toggle('dense', data.cols > 8);
    const head = h('tr', {}, h('th', { class: 'corner' }), ...Array.from({ length: data.cols }, (_, j) => h('th', { scope: 'col' }, this.opts.colLabel(j))));
    this.cells = [];
    this.cols = data.cols;
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, data.rows * data.cols - 1));
    const rows = Array.from({ length: data.rows }, (_, i) => {
      const tds = Array.from({ length: data.cols }, (_, j) => {
        const index = i * data.cols + j;
        const v = data.data[index] ?? null;
        const s = shade(v, this.opts.scale, extent);
        const td = h('td', { class: `hm-cell ${s.tone}${s.level > 0.55 ? ' strong' : ''}`, tabindex: index === this.focusIndex ? 0 : -1, 'data-row': i, 'data-col': j, 'data-value': v === null ? '-Infinity' : String(v) }, cellText(v));
        td.style.setProperty('--level', s.level.toFixed(3));
        td.addEventListener('pointerenter', () => this.tell(i, j));
        td.addEventListener('focus', () => {
          this.focusIndex = index;
          this.tell(i, j);
        });
        td.addEventListener('click', () => this.select(i));
        this.cells.push(td);
        return td;
      });
      return h('tr', { class: i === this.selectedRow ? 'selected' : '' }, h('th', { scope: 'row' }, this.opts.rowLabel(i)), ...tds);
    });
    this.table.replaceChildren(head, ...rows);
  }

  /** Marks row i as selected (the row other pictures follow); undefined clears it. */
  markRow(i: number | undefined): void {
    this.selectedRow = i;
    Array.from(this.table.rows).slice(1).forEach((tr, r) => tr.classList.toggle('selected', r === i));
  }

  private select(i: number): void {
    this.markRow(i);
    this.opts.onSelectRow?.(i);
  }

  private tell(i: number, j: number): void {
    this.readout.textContent = this.opts.describe(i, j, this.data.data[i * this.data.cols + j] ?? null);
  }

  private key(e: KeyboardEvent): void {
    const n = this.cells.length;
    if (!n) return;
    const i = Math.floor(this.focusIndex / this.cols);
    const j = this.focusIndex % this.cols;
    const moves: Record<string, [number, number]> = { ArrowLeft: [i, j - 1], ArrowRight: [i, j + 1], ArrowUp: [i - 1, j], ArrowDown: [i + 1, j], Home: [i, 0], End: [i, this.cols - 1] };
    if (e.key === 'Enter' || e.key === ' ') {
      this.select(i);
      e.preventDefault();
      return;
    }
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    const [r, c] = to;
    if (r < 0 || c < 0 || c >= this.cols || r * this.cols + c >= n) return;
    this.cells[this.focusIndex].tabIndex = -1;
    this.focusIndex = r * this.cols + c;
    this.cells[this.focusIndex].tabIndex = 0;
    this.cells[this.focusIndex].focus();
  }

  /** The hint a shared readout starts with. */
  static hint(lang: Lang): string {
    return lang === 'zh-cn' ? '指向或聚焦某个格子读取数值（方向键移动，点击选中该行）' : 'Point at or focus a cell to read it (arrow keys move; click to select its row)';
  }
}
