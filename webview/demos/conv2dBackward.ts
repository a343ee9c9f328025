/**
 * conv2d-backward view: edit x, w, G and the geometry (image and kernel size, stride, padding); each step shows
 * ORT's tensors, and clicking an entry of y, dx or dw shows the cells that make it — the window on the padded x,
 * the G entries whose windows covered an input pixel, the flipped kernel sliding over G spread by the stride,
 * the lattice of x that one kernel tap touched — with its sum written out and the value ORT computed.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import type { Lang } from '../../src/protocol';
import { CellGrid, type GridCell, type GridWindow } from '../ui/cellGrid';
import { fmt, h } from '../ui/dom';
import { PlaneStack } from '../ui/planes';
import { stepCard } from '../ui/step';
import { convGeometry, dilatedG, dwTerms, dxTerms, forwardTerms, paddedX, unflat4, type ConvGeometry, type PlaneCell, type Term } from './convTerms';
import type { DemoSession, DemoView } from './types';

type Input = 'x' | 'w' | 'G';
/** Terms written out in an expansion before it says how many more there are. */
const MAX_TERMS = 12;
const LIMITS = { H: [1, 10], W: [1, 10], kh: [1, 7], kw: [1, 7], stride: [1, 8], padding: [0, 8] } as const;
type Control = keyof typeof LIMITS;

const TEXT = {
  en: {
    inputs: 'Inputs (editable)',
    reset: 'Reset to the default example',
    size: 'size',
    hint: {
      forward: 'Click an entry of y: its window on x̃ (hatched cells are padding zeros) and the kernel taps it multiplies light up.',
      'grad-input': 'Click an entry of dx: the entries of G whose forward windows covered that pixel light up, each with the tap of w that touched it.',
      'reversed-kernel': 'The same dx entry as a plain stride-1 convolution: the flipped kernel’s window on G spread by the stride (faint zeros between entries) and padded (hatched).',
      'grad-weight': 'Click an entry of dw: every pixel of x̃ its kernel tap touched — G’s grid laid on x̃, s pixels apart — lights up, each with the G entry of that output.',
    } as Record<string, string>,
    padded: (p: number) => `x padded by p = ${p}`,
    spread: (s: number, pad: number) => (pad >= 0 ? `G spread by s = ${s}, padded by k − 1 − p = ${pad}` : `G spread by s = ${s}, cropped by p − (k − 1) = ${-pad}`),
    pad: 'padding (0)',
    inserted: 'zero inserted by the stride',
    more: (n: number) => `+ … (${n} more terms)`,
    zero: 'no term: only padding reaches it, so the gradient is 0',
    window: (name: string) => `window of ${name}`,
  },
  'zh-cn': {
    inputs: '输入（可编辑）',
    reset: '恢复默认例子',
    size: '尺寸',
    hint: {
      forward: '点击 y 的任一元素：它在 x̃ 上的窗口（斜线格是补的 0）和它乘到的卷积核元素会高亮。',
      'grad-input': '点击 dx 的任一元素：前向窗口覆盖过该像素的 G 元素会高亮，并配上与它相乘的 w 元素。',
      'reversed-kernel': '同一个 dx 元素写成普通的步长 1 卷积：翻转后的卷积核在“按步长拉开（元素间插入淡色的 0）并补零（斜线格）”的 G 上的窗口。',
      'grad-weight': '点击 dw 的任一元素：该卷积核元素乘到过的所有 x̃ 像素——把 G 的网格以 s 像素间隔铺在 x̃ 上——会高亮，并配上对应输出的 G 元素。',
    } as Record<string, string>,
    padded: (p: number) => `x 四周补 p = ${p} 圈 0`,
    spread: (s: number, pad: number) => (pad >= 0 ? `G 按步长 s = ${s} 拉开，四周补 k − 1 − p = ${pad} 圈 0` : `G 按步长 s = ${s} 拉开，四周裁掉 p − (k − 1) = ${-pad} 圈`),
    pad: '补的 0',
    inserted: '步长插入的 0',
    more: (n: number) => `+ …（另有 ${n} 项）`,
    zero: '没有任何项：只有补的 0 到达这里，梯度为 0',
    window: (name: string) => `${name} 的窗口`,
  },
} satisfies Record<Lang, unknown>;

/** Resizes a rank-4 tensor, keeping the entries both shapes have and filling new ones. */
function resize4(t: TensorData, dims: number[], fill: (a: number, b: number, r: number, c: number) => number): TensorData {
  const size = dims.reduce((a, b) => a * b, 1);
  const data = Array.from({ length: size }, (_, i) => {
    const [a, b, r, c] = unflat4(dims, i);
    const inside = a < t.dims[0] && b < t.dims[1] && r < t.dims[2] && c < t.dims[3];
    return inside ? (t.data[((a * t.dims[1] + b) * t.dims[2] + r) * t.dims[3] + c] as number) : fill(a, b, r, c);
  });
  return { dims, data };
}

/** `[r,t]` for a single plane, `[a,b,r,t]` otherwise. */
function idx(dims: readonly number[], flat: number): string {
  const [a, b, r, t] = unflat4(dims, flat);
  return dims[0] === 1 && dims[1] === 1 ? `[${r},${t}]` : `[${a},${b},${r},${t}]`;
}

export function conv2dBackwardView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang, definition } = session;
  const t = TEXT[lang];
  let prepared: PreparedDemo | undefined;
  let result: RunResult | undefined;
  let geo: ConvGeometry | undefined;
  /** The entry each picture explains (flat into y, dx, dw); dx is shared by the two dx steps. */
  const selected: Record<'y' | 'dx' | 'dw', number | undefined> = { y: undefined, dx: undefined, dw: undefined };

  const inputs = () => prepared!.inputs as Record<Input, TensorData>;
  /** x and w always, G only when the user gave one (otherwise it stays ones for every shape). */
  const setInputs = (changes: Partial<Record<Input, TensorData>>) => {
    const { x, w, G } = inputs();
    const userG = session.request().inputs?.G !== undefined;
    session.setRequest({ params: { ...prepared!.params }, inputs: { x, w, ...(userG ? { G } : {}), ...changes } });
  };
  const edit = (name: Input, flat: number, value: number) => {
    const tensor = inputs()[name];
    const data = [...tensor.data] as number[];
    data[flat] = value;
    setInputs({ [name]: { dims: tensor.dims, data } });
  };

  // Inputs: x, w, G as editable planes, and the geometry.
  const inputPlanes = {
    x: new PlaneStack({ name: 'x', labels: ['H', 'W'], editable: true, onEdit: (i, v) => edit('x', i, v) }),
    w: new PlaneStack({ name: 'w', labels: ['kh', 'kw'], editable: true, onEdit: (i, v) => edit('w', i, v) }),
    G: new PlaneStack({ name: 'G = ∂L/∂y', labels: ['Ho', 'Wo'], editable: true, onEdit: (i, v) => edit('G', i, v) }),
  };
  const controls = (Object.keys(LIMITS) as Control[]).map((name) => {
    const [min, max] = LIMITS[name];
    const input = h('input', { type: 'number', min, max, value: min, 'aria-label': `${name} (${t.size})`, 'data-control': name });
    input.addEventListener('change', () => applyGeometry());
    return { name, input };
  });
  const control = (name: Control) => {
    const [min, max] = LIMITS[name];
    const raw = Math.round(Number(controls.find((c) => c.name === name)!.input.value));
    return Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : min;
  };
  /** Reads the geometry controls and resizes x, w (and a user's G) to them. */
  function applyGeometry(): void {
    const stride = control('stride');
    const padding = control('padding');
    const [H, W] = [control('H'), control('W')];
    // The kernel must fit in the padded image.
    const [kh, kw] = [Math.min(control('kh'), H + 2 * padding), Math.min(control('kw'), W + 2 * padding)];
    const { x, w, G } = inputs();
    const nx = resize4(x, [x.dims[0], x.dims[1], H, W], (_n, _c, r, c) => r * W + c + 1);
    const nw = resize4(w, [w.dims[0], w.dims[1], kh, kw], (_o, _c, r, c) => (c - r) % 3);
    const g = convGeometry(nx.dims, nw.dims, stride, padding);
    // A G the user edited keeps its entries where the new y has them; the default G stays all ones.
    const userG = session.request().inputs?.G !== undefined;
    session.setRequest({ params: { stride, padding }, inputs: { x: nx, w: nw, ...(userG ? { G: resize4(G, [g.N, g.O, g.Ho, g.Wo], () => 1) } : {}) } });
  }
  const reset = h('vscode-button', { secondary: true }, t.reset);
  reset.addEventListener('click', () => session.setRequest({}));
  const inputsSection = h(
    'section',
    { class: 'step inputs', 'data-step': 'inputs' },
    h('h2', {}, h('span', { class: 'step-no' }, '0'), t.inputs),
    h('div', { class: 'toolbar' }, ...controls.map(({ name, input }) => h('label', { class: 'size' }, `${name} `, input)), reset),
    h('div', { class: 'matrices' }, inputPlanes.x.element, inputPlanes.w.element, inputPlanes.G.element),
  );

  // Steps.
  const select = (out: 'y' | 'dx' | 'dw') => (flat: number) => {
    selected[out] = flat;
    paint();
  };
  const planes = (name: string, onSelect?: (flat: number) => void) => new PlaneStack({ name, onSelect });
  const views = {
    forward: { w: planes('w'), y: planes('y', select('y')), xPad: h('div', { class: 'matrices' }) },
    gradInput: { G: planes('G'), w: planes('w'), dx: planes('dx', select('dx')) },
    reversed: { wf: planes('w_flipped'), dx: planes('dx', select('dx')), gHat: h('div', { class: 'matrices' }) },
    gradWeight: { G: planes('G'), dw: planes('dw', select('dw')), xPad: h('div', { class: 'matrices' }) },
    shapes: { y: planes('y'), dx: planes('dx'), dw: planes('dw') },
  };
  const expansions: Record<string, HTMLElement> = {};
  const body = (id: string, ...parts: HTMLElement[]) => {
    const expansion = h('p', { class: 'expansion', 'data-testid': `expansion-${id}` });
    expansions[id] = expansion;
    return h('div', {}, h('div', { class: 'matrices' }, ...parts), expansion, h('p', { class: 'hint' }, t.hint[id]));
  };
  const bodies: Record<string, HTMLElement> = {
    forward: body('forward', views.forward.xPad, views.forward.w.element, views.forward.y.element),
    'grad-input': body('grad-input', views.gradInput.G.element, views.gradInput.w.element, views.gradInput.dx.element),
    'reversed-kernel': body('reversed-kernel', views.reversed.gHat, views.reversed.wf.element, views.reversed.dx.element),
    'grad-weight': body('grad-weight', views.gradWeight.xPad, views.gradWeight.G.element, views.gradWeight.dw.element),
    shapes: h('div', { class: 'matrices' }, views.shapes.y.element, views.shapes.dx.element, views.shapes.dw.element),
  };
  root.replaceChildren(inputsSection, ...definition.steps.map((step, i) => stepCard(step, i, lang, bodies[step.id] ?? h('div'))));

  // Grids of x̃ and Ĝ, one per plane shown.
  const xPadGrids = new Map<string, CellGrid>();
  const gHatGrids = new Map<string, CellGrid>();
  const gridFor = (pool: Map<string, CellGrid>, key: string) => {
    let g = pool.get(key);
    if (!g) pool.set(key, (g = new CellGrid(key)));
    return g;
  };

  /** Cells of a padded/spread plane; `mark(cell, r, c)` adds highlight classes. */
  function cellsOf(plane: PlaneCell[][], tensor: TensorData, name: string, mark: (cell: PlaneCell, r: number, c: number) => string[]): GridCell[][] {
    return plane.map((row, r) =>
      row.map((cell, c) => {
        const extra = mark(cell, r, c);
        if (cell.kind === 'pad') return { text: '0', classes: ['pad', ...extra], label: t.pad };
        if (cell.kind === 'inserted') return { text: '0', classes: ['ins', ...extra], label: t.inserted };
        return { text: fmt(tensor.data[cell.index]), classes: extra, label: `${name}${idx(tensor.dims, cell.index)} = ${fmt(tensor.data[cell.index])}` };
      }),
    );
  }

  function expansion(id: string, out: string, outT: TensorData, flat: number, terms: Term[], A: { name: string; t: TensorData }, B: { name: string; t: TensorData }): void {
    const shown = terms.slice(0, MAX_TERMS);
    const rest = terms.length - shown.length;
    const more = rest > 0 ? ` ${t.more(rest)}` : '';
    const symbolic = shown.map((term) => `${A.name}${idx(A.t.dims, term.a)}·${B.name}${idx(B.t.dims, term.b)}`).join(' + ');
    const factor = (v: number | null) => (v !== null && v < 0 ? `(${fmt(v)})` : fmt(v));
    const numeric = shown.map((term) => `${factor(A.t.data[term.a])}·${factor(B.t.data[term.b])}`).join(' + ');
    expansions[id].replaceChildren(
      h('code', {}, `${out}${idx(outT.dims, flat)} = ${terms.length ? symbolic + more : '0'}`),
      h('br'),
      terms.length ? h('code', {}, `= ${numeric}${more} = `) : h('code', {}, `(${t.zero}) = `),
      h('strong', { 'data-testid': `value-${id}` }, fmt(outT.data[flat])),
    );
  }

  function paint(): void {
    if (!prepared || !result || !geo) return;
    const g = geo;
    const { x, w, G } = inputs();
    const { y, dx, dw, w_flipped: wf } = result.outputs;

    // Forward: y's window on x̃.
    const yFlat = selected.y!;
    const fTerms = forwardTerms(g, yFlat);
    const [yn, , yi, yj] = unflat4(y.dims, yFlat);
    views.forward.y.highlight([yFlat], 'sel');
    views.forward.w.highlight(fTerms.map((term) => term.a));
    const xHit = new Set(fTerms.map((term) => term.b));
    const win: GridWindow = { r0: g.stride * yi, t0: g.stride * yj, rows: g.kh, cols: g.kw };
    views.forward.xPad.replaceChildren(
      ...Array.from({ length: g.C }, (_, c) => {
        const grid = gridFor(xPadGrids, `f:${c}`);
        const name = g.N === 1 && g.C === 1 ? 'x̃' : `x̃[${yn},${c}]`;
        grid.set(cellsOf(paddedX(g, yn, c), x, 'x', (cell) => (cell.kind === 'value' && xHit.has(cell.index) ? ['hl'] : [])), [h('span', { class: 'name' }, name), h('span', { class: 'shape' }, t.padded(g.padding))], `${name}: ${t.window('y' + idx(y.dims, yFlat))}`, win);
        return grid.element;
      }),
    );
    expansion('forward', 'y', y, yFlat, fTerms, { name: 'w', t: w }, { name: 'x', t: x });

    // Input gradient: scatter view and flipped-kernel view of the same dx entry.
    const dxFlat = selected.dx!;
    const dTerms = dxTerms(g, dxFlat);
    const [dn, dc, da, db] = unflat4(dx.dims, dxFlat);
    for (const v of [views.gradInput.dx, views.reversed.dx]) v.highlight([dxFlat], 'sel');
    views.gradInput.G.highlight(dTerms.map((term) => term.a));
    views.gradInput.w.highlight(dTerms.map((term) => term.b));
    expansion('grad-input', 'dx', dx, dxFlat, dTerms, { name: 'G', t: G }, { name: 'w', t: w });

    const offset = g.kh - 1 - g.padding;
    const gWin: GridWindow = { r0: da, t0: db, rows: g.kh, cols: g.kw };
    const wfTaps: number[] = [];
    const flipTerms: Term[] = [];
    views.reversed.gHat.replaceChildren(
      ...Array.from({ length: g.O }, (_, o) => {
        const plane = dilatedG(g, dn, o);
        for (let u = 0; u < g.kh; u++) {
          for (let v = 0; v < g.kw; v++) {
            const cell = plane[da + u][db + v];
            if (cell.kind !== 'value') continue;
            const tap = ((dc * g.O + o) * g.kh + u) * g.kw + v; // w_flipped is (C, O, kh, kw)
            wfTaps.push(tap);
            flipTerms.push({ a: cell.index, b: tap });
          }
        }
        const grid = gridFor(gHatGrids, `g:${o}`);
        const name = g.N === 1 && g.O === 1 ? 'Ĝ' : `Ĝ[${dn},${o}]`;
        const inWindow = (r: number, c: number) => r >= da && r < da + g.kh && c >= db && c < db + g.kw;
        grid.set(cellsOf(plane, G, 'G', (cell, r, c) => (cell.kind === 'value' && inWindow(r, c) ? ['hl'] : [])), [h('span', { class: 'name' }, name), h('span', { class: 'shape' }, t.spread(g.stride, offset))], `${name}: ${t.window('dx' + idx(dx.dims, dxFlat))}`, gWin);
        return grid.element;
      }),
    );
    views.reversed.wf.highlight(wfTaps);
    expansion('reversed-kernel', 'dx', dx, dxFlat, flipTerms, { name: 'G', t: G }, { name: 'w_flipped', t: wf });

    // Weight gradient: the lattice of x̃ one tap touched.
    const dwFlat = selected.dw!;
    const wTerms = dwTerms(g, dwFlat);
    const [, wc, wu, wv] = unflat4(dw.dims, dwFlat);
    views.gradWeight.dw.highlight([dwFlat], 'sel');
    views.gradWeight.G.highlight(wTerms.map((term) => term.a));
    const lattice = (r: number, c: number) => r >= wu && c >= wv && (r - wu) % g.stride === 0 && (c - wv) % g.stride === 0 && (r - wu) / g.stride < g.Ho && (c - wv) / g.stride < g.Wo;
    const xTouched = new Set(wTerms.map((term) => term.b));
    views.gradWeight.xPad.replaceChildren(
      ...Array.from({ length: g.N }, (_, n) => {
        const grid = gridFor(xPadGrids, `w:${n}`);
        const name = g.N === 1 && g.C === 1 ? 'x̃' : `x̃[${n},${wc}]`;
        grid.set(cellsOf(paddedX(g, n, wc), x, 'x', (cell, r, c) => (lattice(r, c) ? (cell.kind === 'value' && xTouched.has(cell.index) ? ['hl', 'lat'] : ['lat']) : [])), [h('span', { class: 'name' }, name), h('span', { class: 'shape' }, t.padded(g.padding))], `${name}: dw${idx(dw.dims, dwFlat)}`);
        return grid.element;
      }),
    );
    expansion('grad-weight', 'dw', dw, dwFlat, wTerms, { name: 'G', t: G }, { name: 'x', t: x });
  }

  return {
    update(p, r) {
      prepared = p;
      result = r;
      const { x, w, G } = inputs();
      const next = convGeometry(x.dims, w.dims, p.params.stride as number, p.params.padding as number);
      const sameShape = geo && ['N', 'C', 'H', 'W', 'O', 'kh', 'kw', 'Ho', 'Wo'].every((k) => geo![k as keyof ConvGeometry] === next[k as keyof ConvGeometry]);
      geo = next;
      if (!sameShape) {
        // A central entry explains more than a corner one.
        const mid = (dims: readonly number[]) => ((0 * dims[1] + 0) * dims[2] + Math.min(1, dims[2] - 1)) * dims[3] + Math.min(1, dims[3] - 1);
        selected.y = 0;
        selected.dx = mid(x.dims);
        selected.dw = mid(w.dims);
      }
      const values: Record<Control, number> = { H: x.dims[2], W: x.dims[3], kh: w.dims[2], kw: w.dims[3], stride: next.stride, padding: next.padding };
      for (const { name, input } of controls) input.value = String(values[name]);
      inputPlanes.x.set(x);
      inputPlanes.w.set(w);
      inputPlanes.G.set(G);
      views.forward.w.set(w);
      views.forward.y.set(r.outputs.y);
      views.gradInput.G.set(G);
      views.gradInput.w.set(w);
      views.gradInput.dx.set(r.outputs.dx);
      views.reversed.wf.set(r.outputs.w_flipped);
      views.reversed.dx.set(r.outputs.dx);
      views.gradWeight.G.set(G);
      views.gradWeight.dw.set(r.outputs.dw);
      views.shapes.y.set(r.outputs.y);
      views.shapes.dx.set(r.outputs.dx);
      views.shapes.dw.set(r.outputs.dw);
      paint();
    },
  };
}
