/** A labelled matrix: read-only or editable cells, selectable and highlightable entries. */
import type { TensorData } from '../../src/models';
import { fmt, h } from './dom';

export interface MatrixOptions {
  name: string;
  /** Dimension labels shown with the shape, e.g. ["M", "K"]. */
  labels?: string[];
  editable?: boolean;
  onEdit?: (index: number, value: number) => void;
  onSelect?: (i: number, j: number) => void;
}

/** Views any tensor of rank ≤ 2 as rows × cols. */
function asRowsCols(t: TensorData): [number, number] {
  if (t.dims.length === 0) return [1, 1];
  if (t.dims.length === 1) return [1, t.dims[0]];
  return [t.dims[0], t.data.length / t.dims[0]];
}

export class MatrixView {
  readonly element: HTMLElement;
  private cells: HTMLElement[] = [];
  private cols = 0;

  constructor(
    private tensor: TensorData,
    private readonly opts: MatrixOptions,
  ) {
    this.element = h('figure', { class: 'matrix', 'data-tensor': opts.name });
    this.render();
  }

  set(tensor: TensorData): void {
    this.tensor = tensor;
    this.render();
  }

  /** Highlights entries by flat index (the cells one scalar-view term uses). */
  highlight(indices: readonly number[], cls = 'hl'): void {
    for (const c of this.cells) c.classList.remove(cls);
    for (const i of indices) this.cells[i]?.classList.add(cls);
  }

  private render(): void {
    const [rows, cols] = asRowsCols(this.tensor);
    this.cols = cols;
    const shape = this.tensor.dims.join('×') || 'scalar';
    const labels = this.opts.labels ? ` (${this.opts.labels.join('×')})` : '';
    const table = h('table', { role: 'grid', 'aria-label': `${this.opts.name}, shape ${shape}` });
    this.cells = [];
    for (let i = 0; i < rows; i++) {
      const tr = h('tr');
      for (let j = 0; j < cols; j++) {
        const index = i * cols + j;
        const value = this.tensor.data[index];
        let cell: HTMLElement;
        if (this.opts.editable) {
          const input = h('input', { type: 'text', inputmode: 'decimal', value: fmt(value), 'aria-label': `${this.opts.name}[${i},${j}]`, spellcheck: 'false' });
          input.addEventListener('change', () => {
            const v = Number(input.value.replace('−', '-'));
            if (input.value.trim() === '' || !Number.isFinite(v)) {
              input.classList.add('invalid');
              return;
            }
            input.classList.remove('invalid');
            this.opts.onEdit?.(index, v);
          });
          cell = h('td', { 'data-index': index }, input);
        } else {
          cell = h('td', { 'data-index': index, tabindex: this.opts.onSelect ? 0 : undefined }, fmt(value));
          if (this.opts.onSelect) {
            const select = () => this.opts.onSelect?.(i, j);
            cell.addEventListener('click', select);
            cell.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && select());
          }
        }
        this.cells.push(cell);
        tr.append(cell);
      }
      table.append(tr);
    }
    this.element.replaceChildren(
      h('figcaption', {}, h('span', { class: 'name' }, this.opts.name), h('span', { class: 'shape' }, `${shape}${labels}`)),
      table,
    );
  }

  get columns(): number {
    return this.cols;
  }
}
