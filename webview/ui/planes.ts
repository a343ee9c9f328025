/**
 * A rank-4 tensor (A, B, R, T) shown as its A·B planes of R×T, each a MatrixView captioned `name[a,b]`
 * (just `name` when A = B = 1). Indices in and out are flat into the whole tensor.
 */
import type { TensorData } from '../../src/models';
import { h } from './dom';
import { MatrixView } from './matrix';

export interface PlanesOptions {
  name: string;
  /** Dimension labels of the plane, e.g. ["H", "W"]. */
  labels?: string[];
  editable?: boolean;
  onEdit?: (flat: number, value: number) => void;
  onSelect?: (flat: number) => void;
}

export class PlaneStack {
  readonly element: HTMLElement;
  private views: MatrixView[] = [];
  private dims: number[] = [];

  constructor(private readonly opts: PlanesOptions) {
    this.element = h('div', { class: 'planes', 'data-tensor': opts.name });
  }

  set(t: TensorData): void {
    const [A, B, R, T] = t.dims;
    const plane = R * T;
    if (t.dims.join() !== this.dims.join()) {
      this.dims = [...t.dims];
      this.views = [];
      for (let a = 0; a < A; a++) {
        for (let b = 0; b < B; b++) {
          const offset = (a * B + b) * plane;
          const name = A === 1 && B === 1 ? this.opts.name : `${this.opts.name}[${a},${b}]`;
          this.views.push(
            new MatrixView({ dims: [R, T], data: t.data.slice(offset, offset + plane) }, {
              name,
              labels: this.opts.labels,
              editable: this.opts.editable,
              onEdit: this.opts.onEdit && ((i, v) => this.opts.onEdit!(offset + i, v)),
              onSelect: this.opts.onSelect && ((i, j) => this.opts.onSelect!(offset + i * T + j)),
            }),
          );
        }
      }
      this.element.replaceChildren(...this.views.map((v) => v.element));
    } else {
      this.views.forEach((v, p) => v.set({ dims: [R, T], data: t.data.slice(p * plane, (p + 1) * plane) }));
    }
  }

  /** Highlights entries by flat index into the whole tensor. */
  highlight(flats: readonly number[], cls = 'hl'): void {
    const plane = this.dims[2] * this.dims[3];
    this.views.forEach((v, p) => v.highlight(flats.filter((f) => Math.floor(f / plane) === p).map((f) => f - p * plane), cls));
  }
}
