/**
 * Swin page: three token maps side by side — block ℓ's regular windows, block ℓ+1's map after the cyclic roll
 * (the same windows, coloured by the regions whose tokens must not attend to each other), and block ℓ+1's
 * effective shifted windows back in the original positions. Pick a token (click, or focus a map and use the arrow
 * keys) to see what it attends to in each; below, the attention cost of Swin-T's stages, global against windowed.
 */
import { attendedBy, type SwinModel } from '../../src/pages/swin';
import type { Lang } from '../../src/protocol';
import { h } from '../ui/dom';
import { svg } from '../ui/svg';
import { paramBar } from './controls';
import type { PageSession, PageView } from './types';
import './pages.css';

const TEXT = {
  en: {
    tokens: 'tokens per side',
    window: 'window M',
    shift: 'shift s',
    figure: 'Windows, then shifted windows',
    regular: 'Block ℓ: W-MSA in M×M windows',
    rolled: (s: number) => `Block ℓ+1: map rolled by (−${s}, −${s}), same windows, mask`,
    shifted: 'Block ℓ+1: the shifted windows, in place',
    token: (r: number, c: number) => `Token (${r}, ${c}).`,
    blockA: (n: number, m: number) => `Block ℓ: it attends to the ${n} tokens of its ${m}×${m} window.`,
    blockB: (r: number, c: number, k: number, total: number, rows: string, cols: string) =>
      `Block ℓ+1: the roll moves it to (${r}, ${c}); of that window's ${total} tokens it attends to the ${k} from its own region and the other ${total - k} are masked (−100 added before the softmax). Back in place, those ${k} tokens are rows ${rows} × columns ${cols}: a window straddling the old borders.`,
    noShift: 'With s = 0 both blocks use the same windows: information never crosses a window border.',
    cost: "Attention cost of Swin-T's stages at 224×224 (M = 7): the paper's Ω",
    cols: ['stage', 'tokens h×w', 'C', 'global MSA', 'window W-MSA', 'ratio'],
    costNote: 'Ω(MSA) = 4hwC² + 2(hw)²C grows with the square of the token count; Ω(W-MSA) = 4hwC² + 2M²hwC grows linearly. In stage 4 the 7×7 map is a single window, so the two coincide (and the shift is dropped).',
    keys: 'Click a token, or focus a map and use the arrow keys.',
  },
  'zh-cn': {
    tokens: '每边 token 数',
    window: '窗口 M',
    shift: '平移 s',
    figure: '窗口，再到移位窗口',
    regular: '第 ℓ 块：M×M 窗口内的 W-MSA',
    rolled: (s: number) => `第 ℓ+1 块：特征图循环移位 (−${s}, −${s})，同样的窗口加掩码`,
    shifted: '第 ℓ+1 块：原位置上的移位窗口',
    token: (r: number, c: number) => `Token (${r}, ${c})。`,
    blockA: (n: number, m: number) => `第 ℓ 块：它关注自己 ${m}×${m} 窗口内的 ${n} 个 token。`,
    blockB: (r: number, c: number, k: number, total: number, rows: string, cols: string) =>
      `第 ℓ+1 块：循环移位把它移到 (${r}, ${c})；在该窗口的 ${total} 个 token 中，它关注同一区域的 ${k} 个，其余 ${total - k} 个被掩码屏蔽（softmax 之前加上 −100）。放回原位，这 ${k} 个 token 是第 ${rows} 行 × 第 ${cols} 列：一个跨越旧窗口边界的窗口。`,
    noShift: 's = 0 时两个块使用同样的窗口：信息永远跨不过窗口边界。',
    cost: 'Swin-T 各 stage 在 224×224 输入下的注意力代价（M = 7）：论文中的 Ω',
    cols: ['stage', 'token 数 h×w', 'C', '全局 MSA', '窗口 W-MSA', '比值'],
    costNote: 'Ω(MSA) = 4hwC² + 2(hw)²C 随 token 数平方增长；Ω(W-MSA) = 4hwC² + 2M²hwC 线性增长。第 4 个 stage 的 7×7 特征图只有一个窗口，两者相同（也不再平移）。',
    keys: '点击一个 token，或聚焦某张图后用方向键。',
  },
} satisfies Record<Lang, unknown>;

const both = (key: 'tokens' | 'window' | 'shift') => ({ en: TEXT.en[key], 'zh-cn': TEXT['zh-cn'][key] });
const SIDE = 224;
const giga = (v: number) => `${(v / 1e9).toFixed(2)} G`;

/** Band index along one axis: it steps up wherever the id of consecutive positions changes (for a checkered colouring). */
function bands(ids: (k: number) => number, n: number): number[] {
  const out = [0];
  for (let k = 1; k < n; k++) out.push(out[k - 1] + (ids(k) !== ids(k - 1) ? 1 : 0));
  return out;
}

const span = (values: number[]) => `${Math.min(...values)}…${Math.max(...values)}`;

export function swinPageView(root: HTMLElement, session: PageSession): PageView {
  const t = TEXT[session.lang];
  const bar = paramBar(session, [
    { name: 'tokens', label: both('tokens'), kind: 'number', min: 2, max: 28 },
    { name: 'window', label: both('window'), kind: 'number', min: 2, max: 14 },
    { name: 'shift', label: both('shift'), kind: 'number', min: 0, max: 13 },
  ]);
  const maps = ['regular', 'rolled', 'shifted'].map((id) => ({ id, svg: svg('svg', { class: 'token-map', tabindex: 0, role: 'grid', 'data-map': id }), caption: h('figcaption') }));
  const readout = h('p', { class: 'patch-readout', 'data-testid': 'swin-readout', 'aria-live': 'polite' });
  const cost = h('table', { class: 'page-table', 'data-testid': 'swin-cost' });
  root.replaceChildren(
    h('section', { class: 'step' }, bar.element, h('h2', {}, t.figure), h('div', { class: 'token-maps' }, ...maps.map((m) => h('figure', {}, m.caption, m.svg))), readout, h('p', { class: 'hint' }, t.keys)),
    h('section', { class: 'step' }, h('h2', {}, t.cost), h('div', { class: 'table-scroll' }, cost), h('p', { class: 'note' }, t.costNote)),
  );

  let model: SwinModel | undefined;
  let selected = 0;
  /** Per map: cell rects by position (row-major in that map's own coordinates). */
  let cells: SVGRectElement[][] = [];

  function select(token: number): void {
    const m = model!;
    selected = token;
    const n = m.tokens;
    const [r, c] = [Math.floor(token / n), token % n];
    const a = new Set(attendedBy(m, token, false));
    const b = new Set(attendedBy(m, token, true));
    const position = m.rolled.indexOf(token);
    const window = m.shifted[token];
    cells[0].forEach((cell, p) => setState(cell, p === token, a.has(p), false));
    cells[1].forEach((cell, p) => {
      const other = m.rolled[p];
      setState(cell, other === token, b.has(other), m.shifted[other] === window && !b.has(other));
    });
    cells[2].forEach((cell, p) => setState(cell, p === token, b.has(p), false));
    const rows = [...b].map((k) => Math.floor(k / n));
    const cols = [...b].map((k) => k % n);
    readout.textContent = [t.token(r, c), t.blockA(a.size, m.window), m.shift === 0 ? t.noShift : t.blockB(Math.floor(position / n), position % n, b.size, m.window * m.window, span(rows), span(cols))].join(' ');
    Object.assign(readout.dataset, { token: `${r},${c}`, regular: String(a.size), shifted: String(b.size), masked: String(m.window * m.window - b.size) });
  }

  function setState(cell: SVGRectElement, sel: boolean, attended: boolean, masked: boolean): void {
    cell.classList.toggle('sel', sel);
    cell.classList.toggle('attended', attended && !sel);
    cell.classList.toggle('masked', masked);
  }

  function draw(m: SwinModel): void {
    const n = m.tokens;
    const s = SIDE / n;
    const at = (k: number) => [Math.floor(k / n), k % n];
    // Colours: a checkerboard over windows (map 1), over regions (map 2) and over shifted windows (map 3).
    const rowBand = (ids: number[]) => bands((r) => ids[r * n], n);
    const colBand = (ids: number[]) => bands((c) => ids[c], n);
    const rolledRegion = m.rolled.map((tok) => m.region[tok]);
    const schemes = [
      { ids: m.regular, rb: rowBand(m.regular), cb: colBand(m.regular), token: (p: number) => p },
      { ids: rolledRegion, rb: bands((r) => rolledRegion[r * n] + 3 * Math.floor(r / m.window), n), cb: bands((c) => rolledRegion[c] + 3 * Math.floor(c / m.window), n), token: (p: number) => m.rolled[p] },
      { ids: m.group, rb: rowBand(m.group), cb: colBand(m.group), token: (p: number) => p },
    ];
    cells = maps.map((map, i) => {
      const scheme = schemes[i];
      const rects = Array.from({ length: n * n }, (_, p) => {
        const [r, c] = at(p);
        const shade = (scheme.rb[r] % 2) * 2 + (scheme.cb[c] % 2);
        const rect = svg('rect', { class: `token tone-${shade}`, x: c * s, y: r * s, width: s, height: s, 'data-pos': `${r},${c}`, 'data-token': scheme.token(p) });
        rect.addEventListener('click', () => select(scheme.token(p)));
        return rect;
      });
      // Window outlines (maps 1 and 2 share the regular partition of their own coordinates).
      const outlines: SVGElement[] = [];
      if (i < 2) {
        for (let wr = 0; wr < n / m.window; wr++) for (let wc = 0; wc < n / m.window; wc++) outlines.push(svg('rect', { class: 'window-outline', x: wc * m.window * s, y: wr * m.window * s, width: m.window * s, height: m.window * s }));
      }
      map.svg.setAttribute('viewBox', `-1 -1 ${SIDE + 2} ${SIDE + 2}`);
      map.svg.setAttribute('width', String(SIDE + 2));
      map.svg.setAttribute('height', String(SIDE + 2));
      map.svg.replaceChildren(...rects, ...outlines);
      return rects;
    });
    maps[0].caption.textContent = t.regular;
    maps[1].caption.textContent = t.rolled(m.shift);
    maps[2].caption.textContent = t.shifted;
    cost.replaceChildren(
      h('thead', {}, h('tr', {}, ...t.cols.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...m.cost.map((row) => h('tr', {}, h('th', { scope: 'row' }, String(row.stage)), h('td', {}, `${row.side}×${row.side}`), h('td', {}, String(row.channels)), h('td', {}, giga(row.msa)), h('td', {}, giga(row.wmsa)), h('td', { 'data-output': 'ratio' }, `${(row.msa / row.wmsa).toFixed(1)}×`)))),
    );
  }

  maps.forEach((map, i) =>
    map.svg.addEventListener('keydown', (e) => {
      if (!model) return;
      const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const d = moves[e.key];
      if (!d) return;
      e.preventDefault();
      const n = model.tokens;
      // Arrow keys move in the map's own coordinates (the rolled map's neighbours are other tokens).
      const pos = i === 1 ? model.rolled.indexOf(selected) : selected;
      const [r, c] = [Math.min(n - 1, Math.max(0, Math.floor(pos / n) + d[0])), Math.min(n - 1, Math.max(0, (pos % n) + d[1]))];
      select(i === 1 ? model.rolled[r * n + c] : r * n + c);
    }),
  );

  return {
    update(prepared) {
      const m = prepared.model as SwinModel;
      const first = !model;
      model = m;
      bar.sync(prepared.params);
      draw(m);
      // Start near the top-right corner: after the roll its window mixes regions, so the mask shows; keep the pick across edits.
      select(first || selected >= m.tokens * m.tokens ? Math.min(1, m.tokens - 1) * m.tokens + Math.max(0, m.tokens - 2) : selected);
    },
  };
}
