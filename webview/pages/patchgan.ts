/**
 * PatchGAN page: the input image with the patch one output cell judges (and the zero padding it reaches into),
 * beside the output grid of logits. Pick a cell (click, or focus the grid and use the arrow keys) to see its patch;
 * pick a pixel of the image to light up every cell that judges it. Below: each layer's size, receptive field and
 * jump, and the card's chain back from one logit to the input.
 */
import { testImage } from '../../src/models/synthetic';
import { cellSpan, cellsSeeing, type PatchGanModel } from '../../src/pages/patchgan';
import type { Lang } from '../../src/protocol';
import { h } from '../ui/dom';
import { svg } from '../ui/svg';
import { paramBar } from './controls';
import type { PageSession, PageView } from './types';
import './pages.css';

const TEXT = {
  en: {
    size: 'image size',
    layers: 'stride-2 layers (n_layers)',
    ndf: 'ndf',
    figure: 'One logit, one patch',
    input: (s: number) => `input image ${s}×${s} (with its zero padding)`,
    grid: (g: number) => `output: ${g}×${g} logits (arrow keys move)`,
    cell: (i: number, j: number, [r0, r1]: [number, number], [c0, c1]: [number, number], f: number, inside: string) =>
      `Cell (${i}, ${j}) judges input rows ${r0}…${r1 - 1} and columns ${c0}…${c1 - 1}: a ${f}×${f} patch, ${inside}.`,
    inside: (h: number, w: number, f: number) => (h === f && w === f ? 'all of it inside the image' : `of which ${h}×${w} lies inside the image and the rest is zero padding`),
    pixel: (y: number, x: number, rows: [number, number], cols: [number, number]) =>
      `Pixel (${y}, ${x}) is judged by ${(rows[1] - rows[0]) * (cols[1] - cols[0])} cells: rows ${rows[0]}…${rows[1] - 1}, columns ${cols[0]}…${cols[1] - 1} — the patches overlap that much.`,
    table: 'Layer by layer',
    cols: ['#', 'layer', 'channels', 'output', 'receptive field', 'jump'],
    conv: (s: number) => `4×4 conv, stride ${s}, padding 1`,
    chain: (m: PatchGanModel) =>
      `Back from one logit to the input, r ← r·s + (k − s) per layer: ${m.backward.join(' → ')}. Neighbouring logits are ${m.jump} pixels apart (the product of the strides) while each sees ${m.field}×${m.field}, so a ${m.size}×${m.size} image gets ${m.grid * m.grid} overlapping verdicts instead of one.`,
    hint: 'Click a cell of the grid, or a pixel of the image.',
  },
  'zh-cn': {
    size: '图像尺寸',
    layers: '步长 2 的层数（n_layers）',
    ndf: 'ndf',
    figure: '一个 logit，一个图块',
    input: (s: number) => `输入图像 ${s}×${s}（含零填充）`,
    grid: (g: number) => `输出：${g}×${g} 个 logit（方向键移动）`,
    cell: (i: number, j: number, [r0, r1]: [number, number], [c0, c1]: [number, number], f: number, inside: string) =>
      `格子 (${i}, ${j}) 判断输入的第 ${r0}…${r1 - 1} 行、第 ${c0}…${c1 - 1} 列：一个 ${f}×${f} 的图块，${inside}。`,
    inside: (h: number, w: number, f: number) => (h === f && w === f ? '全部在图像内' : `其中 ${h}×${w} 在图像内，其余是零填充`),
    pixel: (y: number, x: number, rows: [number, number], cols: [number, number]) =>
      `像素 (${y}, ${x}) 被 ${(rows[1] - rows[0]) * (cols[1] - cols[0])} 个格子判断：第 ${rows[0]}…${rows[1] - 1} 行、第 ${cols[0]}…${cols[1] - 1} 列——图块之间就重叠这么多。`,
    table: '逐层',
    cols: ['#', '层', '通道', '输出', '感受野', '间距'],
    conv: (s: number) => `4×4 卷积，步长 ${s}，填充 1`,
    chain: (m: PatchGanModel) =>
      `从一个 logit 倒推回输入，每层 r ← r·s + (k − s)：${m.backward.join(' → ')}。相邻 logit 在输入上相距 ${m.jump} 个像素（各层步长之积），而每个看到 ${m.field}×${m.field}，所以一张 ${m.size}×${m.size} 的图得到 ${m.grid * m.grid} 个相互重叠的判断，而不是一个。`,
    hint: '点击网格中的格子，或图像上的像素。',
  },
} satisfies Record<Lang, unknown>;

const both = (key: 'size' | 'layers' | 'ndf') => ({ en: TEXT.en[key], 'zh-cn': TEXT['zh-cn'][key] });
const INPUT_SIDE = 300;
const GRID_SIDE = 240;

/** The synthetic test image as a data: URL (the CSP allows img-src data:), drawn under the patch. */
function imageUrl(size: number): string {
  const img = testImage(size);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  const data = ctx.createImageData(size, size);
  img.data.forEach((v, k) => {
    const g = Math.round(255 * Math.min(1, Math.max(0, v ?? 0)));
    data.data.set([g, g, g, 255], 4 * k);
  });
  ctx.putImageData(data, 0, 0);
  return canvas.toDataURL();
}

export function patchGanPageView(root: HTMLElement, session: PageSession): PageView {
  const t = TEXT[session.lang];
  const bar = paramBar(session, [
    { name: 'size', label: both('size'), kind: 'number', min: 16, max: 1024 },
    { name: 'n_layers', label: both('layers'), kind: 'choice', options: [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) })) },
    { name: 'ndf', label: both('ndf'), kind: 'number', min: 1, max: 512 },
  ]);
  const input = svg('svg', { class: 'patch-input', role: 'img', 'data-testid': 'patch-input' });
  const grid = svg('svg', { class: 'patch-grid', tabindex: 0, role: 'grid', 'data-testid': 'patch-grid' });
  const inputCaption = h('figcaption');
  const gridCaption = h('figcaption');
  const readout = h('p', { class: 'patch-readout', 'data-testid': 'patch-readout', 'aria-live': 'polite' });
  const table = h('table', { class: 'page-table', 'data-testid': 'patch-layers' });
  const chain = h('p', { class: 'note', 'data-testid': 'patch-chain' });
  root.replaceChildren(
    h('section', { class: 'step' }, bar.element, h('h2', {}, t.figure), h('div', { class: 'patch-figures' }, h('figure', {}, inputCaption, input), h('figure', {}, gridCaption, grid)), readout, h('p', { class: 'hint' }, t.hint)),
    h('section', { class: 'step' }, h('h2', {}, t.table), h('div', { class: 'table-scroll' }, table), chain),
  );

  let model: PatchGanModel | undefined;
  let cell: [number, number] = [0, 0];
  let pixel: [number, number] | undefined;
  let url = { size: 0, href: '' };
  const patch = svg('rect', { class: 'patch-field' });
  const clipped = svg('rect', { class: 'patch-inside' });
  const cross = svg('path', { class: 'patch-pixel' });
  let cells: SVGRectElement[] = [];

  function showCell(i: number, j: number): void {
    const m = model!;
    cell = [i, j];
    pixel = undefined;
    const rows = cellSpan(m, i);
    const cols = cellSpan(m, j);
    patch.setAttribute('x', String(cols[0]));
    patch.setAttribute('y', String(rows[0]));
    patch.setAttribute('width', String(m.field));
    patch.setAttribute('height', String(m.field));
    const inRows = [Math.max(0, rows[0]), Math.min(m.size, rows[1])];
    const inCols = [Math.max(0, cols[0]), Math.min(m.size, cols[1])];
    clipped.setAttribute('x', String(inCols[0]));
    clipped.setAttribute('y', String(inRows[0]));
    clipped.setAttribute('width', String(Math.max(0, inCols[1] - inCols[0])));
    clipped.setAttribute('height', String(Math.max(0, inRows[1] - inRows[0])));
    patch.removeAttribute('visibility');
    clipped.removeAttribute('visibility');
    cross.setAttribute('visibility', 'hidden');
    cells.forEach((c, k) => {
      c.classList.toggle('sel', k === i * m.grid + j);
      c.classList.remove('sees');
    });
    readout.textContent = t.cell(i, j, rows, cols, m.field, t.inside(inRows[1] - inRows[0], inCols[1] - inCols[0], m.field));
    Object.assign(readout.dataset, { cell: `${i},${j}`, rows: rows.join(','), cols: cols.join(',') });
    delete readout.dataset.pixel;
  }

  function showPixel(y: number, x: number): void {
    const m = model!;
    pixel = [y, x];
    const rows = cellsSeeing(m, y);
    const cols = cellsSeeing(m, x);
    cross.setAttribute('d', `M${x + 0.5},${y - 6}V${y + 7}M${x - 6},${y + 0.5}H${x + 7}`);
    cross.removeAttribute('visibility');
    patch.setAttribute('visibility', 'hidden');
    clipped.setAttribute('visibility', 'hidden');
    cells.forEach((c, k) => {
      const [i, j] = [Math.floor(k / m.grid), k % m.grid];
      c.classList.remove('sel');
      c.classList.toggle('sees', i >= rows[0] && i < rows[1] && j >= cols[0] && j < cols[1]);
    });
    readout.textContent = t.pixel(y, x, rows, cols);
    Object.assign(readout.dataset, { pixel: `${y},${x}`, cells: String((rows[1] - rows[0]) * (cols[1] - cols[0])) });
  }

  function draw(m: PatchGanModel): void {
    const lo = m.offset;
    const hi = Math.max(m.size, cellSpan(m, m.grid - 1)[1]);
    if (url.size !== m.size) url = { size: m.size, href: imageUrl(m.size) };
    input.setAttribute('viewBox', `${lo} ${lo} ${hi - lo} ${hi - lo}`);
    input.setAttribute('width', String(INPUT_SIDE));
    input.setAttribute('height', String(INPUT_SIDE));
    input.replaceChildren(
      svg('rect', { class: 'patch-padding', x: lo, y: lo, width: hi - lo, height: hi - lo }),
      svg('image', { href: url.href, x: 0, y: 0, width: m.size, height: m.size, preserveAspectRatio: 'none', class: 'patch-image' }),
      svg('rect', { class: 'patch-border', x: 0, y: 0, width: m.size, height: m.size }),
      clipped,
      patch,
      cross,
    );
    input.onclick = (e) => {
      const r = input.getBoundingClientRect();
      const x = Math.floor(lo + ((e.clientX - r.left) / r.width) * (hi - lo));
      const y = Math.floor(lo + ((e.clientY - r.top) / r.height) * (hi - lo));
      if (x >= 0 && y >= 0 && x < m.size && y < m.size) showPixel(y, x);
    };
    const s = GRID_SIDE / m.grid;
    grid.setAttribute('viewBox', `0 0 ${GRID_SIDE} ${GRID_SIDE}`);
    grid.setAttribute('width', String(GRID_SIDE));
    grid.setAttribute('height', String(GRID_SIDE));
    cells = [];
    for (let i = 0; i < m.grid; i++) {
      for (let j = 0; j < m.grid; j++) {
        const c = svg('rect', { class: 'patch-cell', x: j * s, y: i * s, width: s, height: s, 'data-cell': `${i},${j}` });
        c.addEventListener('click', () => showCell(i, j));
        cells.push(c);
      }
    }
    grid.replaceChildren(...cells);
    grid.setAttribute('aria-label', t.grid(m.grid));
    inputCaption.textContent = t.input(m.size);
    gridCaption.textContent = t.grid(m.grid);
    table.replaceChildren(
      h('thead', {}, h('tr', {}, ...t.cols.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...m.layers.map((l) => h('tr', { 'data-layer': l.index }, h('th', { scope: 'row' }, String(l.index)), h('td', {}, t.conv(l.stride)), h('td', {}, `${l.cin}→${l.cout}`), h('td', { 'data-output': 'size' }, `${l.size}×${l.size}`), h('td', { 'data-output': 'field' }, `${l.field}×${l.field}`), h('td', {}, String(l.jump))))),
    );
    chain.textContent = t.chain(m);
  }

  grid.addEventListener('keydown', (e) => {
    if (!model) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const d = moves[e.key];
    if (!d) return;
    e.preventDefault();
    const clamp = (v: number) => Math.min(model!.grid - 1, Math.max(0, v));
    showCell(clamp(cell[0] + d[0]), clamp(cell[1] + d[1]));
  });

  return {
    update(prepared) {
      const m = prepared.model as PatchGanModel;
      const first = !model;
      model = m;
      bar.sync(prepared.params);
      draw(m);
      // Start in the middle (a patch fully inside the image); keep the pick across edits when it still exists.
      const mid = Math.floor(m.grid / 2);
      if (pixel && pixel[0] < m.size && pixel[1] < m.size) showPixel(...pixel);
      else showCell(first || cell[0] >= m.grid || cell[1] >= m.grid ? mid : cell[0], first || cell[1] >= m.grid ? mid : cell[1]);
    },
  };
}
