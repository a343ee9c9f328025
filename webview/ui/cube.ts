/**
 * The NCHW cube (see cubeGeometry.ts): a set of (sample, channel) pairs is filled in, one entry marked.
 * Pointer only: the element grid next to it is the keyboard route to the same entries.
 */
import { cubeGeometry, overlaps, type CubeCell } from './cubeGeometry';
import { pointsAttr, svg } from './svg';

export interface CubeEntry {
  n: number;
  c: number;
  /** Spatial position h·W + w. */
  k: number;
}

export interface CubeHandlers {
  pick(entry: CubeEntry): void;
  hover(entry: CubeEntry | undefined): void;
}

const AXIS_TEXT = { N: 'N', C: 'C', HW: 'H·W' };

export class NchwCube {
  readonly element: SVGSVGElement;
  private cells: { cell: CubeCell; poly: SVGPolygonElement }[] = [];
  private shapeKey = '';

  constructor(private readonly handlers: CubeHandlers) {
    this.element = svg('svg', { class: 'nchw-cube', role: 'img' });
    this.element.addEventListener('pointerleave', () => this.handlers.hover(undefined));
  }

  /** Fills the cells of `samples` × `channels` (all of H·W) and marks `selected`. */
  show(dims: readonly number[], samples: readonly number[], channels: readonly number[], selected: CubeEntry | undefined, label: string): void {
    const [N, C, H, W] = dims;
    this.setShape(N, C, H * W, dims);
    for (const { cell, poly } of this.cells) {
      poly.classList.toggle('in', overlaps(cell.n, samples) && overlaps(cell.c, channels));
      const sel = !!selected && overlaps(cell.n, [selected.n]) && overlaps(cell.c, [selected.c]) && overlaps(cell.k, [selected.k]);
      poly.classList.toggle('sel', sel);
    }
    this.element.setAttribute('aria-label', label);
  }

  private setShape(N: number, C: number, K: number, dims: readonly number[]): void {
    const key = `${N}x${C}x${K}`;
    if (key === this.shapeKey) return;
    this.shapeKey = key;
    const g = cubeGeometry(N, C, K);
    const entryOf = (cell: CubeCell): CubeEntry => ({ n: cell.n.from, c: cell.c.from, k: cell.k.from });
    this.cells = g.cells.map((cell) => {
      const poly = svg('polygon', { class: `cube-cell face-${cell.face}`, points: pointsAttr(cell.points) });
      poly.addEventListener('pointerenter', () => this.handlers.hover(entryOf(cell)));
      poly.addEventListener('click', () => this.handlers.pick(entryOf(cell)));
      return { cell, poly };
    });
    const sizes: Record<string, number> = { N: dims[0], C: dims[1], HW: dims[2] * dims[3] };
    this.element.setAttribute('viewBox', `0 0 ${g.width} ${g.height}`);
    this.element.setAttribute('width', String(g.width));
    this.element.setAttribute('height', String(g.height));
    this.element.replaceChildren(
      ...this.cells.map((c) => c.poly),
      ...g.labels.map((l) =>
        // H·W runs down the left edge, written along it.
        svg('text', { class: `cube-axis axis-${l.axis}`, x: l.x, y: l.y, 'text-anchor': l.axis === 'C' ? 'start' : 'middle', 'dominant-baseline': 'middle', transform: l.axis === 'HW' ? `rotate(-90 ${l.x} ${l.y})` : undefined }, `${AXIS_TEXT[l.axis]} = ${sizes[l.axis]}`),
      ),
    );
  }
}
