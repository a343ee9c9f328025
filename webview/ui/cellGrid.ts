/**
 * A picture grid: cells with a text, classes (padding, inserted zeros, highlights, a window's edges) and an
 * accessible label each. Redrawn whole on every change; the grids are small.
 */
import { h } from './dom';

export interface GridCell {
  text: string;
  /** e.g. "pad", "ins", "hl", "win". */
  classes: string[];
  label: string;
}

/** A window's rows [r0, r0+rows) × cols [t0, t0+cols), drawn with edge classes on the cells it covers. */
export interface GridWindow {
  r0: number;
  t0: number;
  rows: number;
  cols: number;
}

export class CellGrid {
  readonly element: HTMLElement;
  private readonly caption = h('figcaption');
  private readonly table = h('table', { role: 'img' });

  constructor(name: string) {
    this.element = h('figure', { class: 'matrix cell-grid', 'data-grid': name }, this.caption, this.table);
  }

  set(cells: GridCell[][], caption: (Node | string)[], summary: string, window?: GridWindow): void {
    this.caption.replaceChildren(...caption);
    // Wide grids (a 7×7 kernel's Ĝ is 14 wide) use narrower cells so they fit beside the code.
    this.element.classList.toggle('dense', (cells[0]?.length ?? 0) > 9);
    this.table.setAttribute('aria-label', summary);
    this.table.replaceChildren(
      ...cells.map((row, r) =>
        h(
          'tr',
          {},
          ...row.map((cell, t) => {
            const classes = [...cell.classes];
            if (window) {
              const inRows = r >= window.r0 && r < window.r0 + window.rows;
              const inCols = t >= window.t0 && t < window.t0 + window.cols;
              if (inRows && inCols) {
                classes.push('win');
                if (r === window.r0) classes.push('win-t');
                if (r === window.r0 + window.rows - 1) classes.push('win-b');
                if (t === window.t0) classes.push('win-l');
                if (t === window.t0 + window.cols - 1) classes.push('win-r');
              }
            }
            return h('td', { class: classes.join(' '), title: cell.label }, cell.text);
          }),
        ),
      ),
    );
  }
}
