/**
 * norm view: the generic inputs and steps, plus a picture of x in step 1 — the NCHW cube and an N × C grid
 * of H×W tiles — that fills in the entries sharing one mean and variance for the current kind. Hover, click
 * or focus an entry or a statistic to see its set and the mean, variance and std ORT computed for it.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { DEFAULT_GROUPS, type NormKind } from '../../src/models/norm';
import type { Lang } from '../../src/protocol';
import { fmt, h } from '../ui/dom';
import { NchwCube, type CubeEntry } from '../ui/cube';
import { genericParts } from './generic';
import { flatOf, groupChoices, membersOf, nchwOf, statCount, statIndexLabel, statOf, statSpan, type NormLayout } from './normSets';
import type { DemoSession, DemoView } from './types';

const KINDS: NormKind[] = ['batch', 'layer', 'group', 'instance'];
const KIND_NAME: Record<NormKind, string> = { batch: 'BatchNorm', layer: 'LayerNorm', group: 'GroupNorm', instance: 'InstanceNorm' };
/** Size limits of the shape controls: the picture stays readable and every entry stays clickable. */
const SIZE_LIMITS = { N: 4, C: 8, H: 4, W: 4 } as const;

const TEXT = {
  en: {
    kind: 'Normalization',
    groups: 'groups',
    shares: (kind: NormKind) =>
      ({ batch: 'one channel over all samples and positions (N, H, W)', layer: 'one sample over all channels and positions (C, H, W)', group: 'one sample and one group of channels (C/G, H, W)', instance: 'one sample and one channel (H, W)' })[kind],
    stats: 'Statistics (click one)',
    stat: 'statistic',
    entries: 'entries',
    hint: 'Hover, click or focus an entry of x (arrow keys move) or a statistic: the entries that share its mean and variance light up.',
    cube: (label: string, m: number) => `x as an N × C × (H·W) cube; the ${m} entries that share statistic ${label} are filled in`,
    size: 'size',
  },
  'zh-cn': {
    kind: '归一化类型',
    groups: '组数',
    shares: (kind: NormKind) =>
      ({ batch: '同一通道，跨所有样本和位置 (N, H, W)', layer: '同一样本，跨所有通道和位置 (C, H, W)', group: '同一样本的同一组通道 (C/G, H, W)', instance: '同一样本的同一通道 (H, W)' })[kind],
    stats: '统计量（点击选择）',
    stat: '统计量',
    entries: '个元素',
    hint: '悬停、点击或聚焦 x 的某个元素（方向键移动）或某个统计量：共享同一均值和方差的元素会高亮。',
    cube: (label: string, m: number) => `x 画成 N × C × (H·W) 立方体；共享统计量 ${label} 的 ${m} 个元素已填充`,
    size: '尺寸',
  },
} satisfies Record<Lang, unknown>;

/** Resizes x (N, C, H, W), keeping the entries both shapes have and filling new ones like the default x. */
function resizeX(x: TensorData, dims: number[]): TensorData {
  const size = dims.reduce((a, b) => a * b, 1);
  const data = Array.from({ length: size }, (_, i) => {
    const at = nchwOf(dims, i);
    const inside = at.n < x.dims[0] && at.c < x.dims[1] && at.h < x.dims[2] && at.w < x.dims[3];
    return inside ? (x.data[flatOf(x.dims, at)] as number) : i / 2 - 8;
  });
  return { dims, data };
}

export function normView(root: HTMLElement, session: DemoSession): DemoView {
  const t = TEXT[session.lang];
  let prepared: PreparedDemo | undefined;
  let result: RunResult | undefined;
  let layout: NormLayout | undefined;
  /** The entry whose statistic is shown (kept across kinds, so switching compares the sets of one entry). */
  let selected = 0;
  /** A statistic picked in the list (overrides the entry's own until an entry is picked again). */
  let pickedStat: number | undefined;
  let hoverStat: number | undefined;

  const request = () => session.request();
  const setKind = (kind: NormKind) => {
    const params: Record<string, unknown> = { ...(request().params ?? {}), kind };
    const C = prepared!.inputs.x.dims[1];
    if (kind === 'group' && C % Number(params.groups ?? DEFAULT_GROUPS) !== 0) params.groups = C % 2 === 0 ? 2 : 1;
    session.setRequest({ ...request(), params });
  };

  // Shape controls for x, in the inputs toolbar.
  const sizeInputs = (['N', 'C', 'H', 'W'] as const).map((label) => {
    const input = h('input', { type: 'number', min: 1, max: SIZE_LIMITS[label], value: 1, 'aria-label': `${label} (${t.size})`, 'data-size': label });
    input.addEventListener('change', () => {
      const dims = sizeInputs.map((s) => Math.min(SIZE_LIMITS[s.label], Math.max(1, Math.round(Number(s.input.value) || 1))));
      const params = { ...(request().params ?? {}) };
      const groups = Number(params.groups ?? DEFAULT_GROUPS);
      if (dims[1] % groups !== 0) params.groups = Math.max(...groupChoices(dims[1]).filter((g) => g <= groups));
      session.setRequest({ params, inputs: { x: resizeX(prepared!.inputs.x, dims) } });
    });
    return { label, input };
  });
  const toolbar = sizeInputs.map(({ label, input }) => h('label', { class: 'size' }, `${label} `, input));

  // The kind switch and group count, right above the picture.
  const kindButtons = KINDS.map((kind) => {
    const b = h('button', { type: 'button', class: 'seg', 'data-kind': kind, 'aria-pressed': 'false' }, KIND_NAME[kind]);
    b.addEventListener('click', () => setKind(kind));
    return b;
  });
  const groupsSelect = h('select', { 'aria-label': t.groups, 'data-param': 'groups' });
  groupsSelect.addEventListener('change', () => session.setRequest({ ...request(), params: { ...(request().params ?? {}), groups: Number(groupsSelect.value) } }));
  const shares = h('span', { class: 'norm-shares' });
  const controls = h(
    'div',
    { class: 'toolbar norm-controls' },
    h('div', { class: 'segmented', role: 'group', 'aria-label': t.kind }, ...kindButtons),
    h('label', { class: 'size' }, `${t.groups} `, groupsSelect),
    shares,
  );

  const cube = new NchwCube({
    pick: (e) => selectEntry(entryFlat(e)),
    hover: (e) => {
      hoverStat = e && layout ? statOf(layout, entryFlat(e)) : undefined;
      paint();
    },
  });
  const grid = h('div', { class: 'nchw-grid', role: 'grid' });
  grid.addEventListener('pointerleave', () => {
    hoverStat = undefined;
    paint();
  });
  const statsBody = h('tbody');
  const statsTable = h(
    'table',
    { class: 'norm-stats', 'data-testid': 'norm-stats' },
    h('caption', {}, t.stats),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.stat), h('th', { scope: 'col' }, 'mean μ'), h('th', { scope: 'col' }, 'var σ²'), h('th', { scope: 'col' }, 'std σ'), h('th', { scope: 'col' }, 'm'))),
    statsBody,
  );
  const readout = h('p', { class: 'expansion norm-readout', 'data-testid': 'norm-readout', 'aria-live': 'polite' });
  const picture = h(
    'div',
    { class: 'norm-picture', 'data-testid': 'norm-picture' },
    controls,
    h('div', { class: 'norm-layout' }, h('figure', { class: 'cube-figure' }, cube.element), grid, statsTable),
    readout,
    h('p', { class: 'hint' }, t.hint),
  );

  const parts = genericParts(session, { ownParams: ['kind', 'groups'], toolbar, pictures: { mean: picture }, tensors: { mean: [] } });
  root.replaceChildren(...parts.sections);

  let cells: HTMLElement[] = [];
  let tiles: { n: number; c: number; el: HTMLElement }[] = [];
  let statRows: HTMLElement[] = [];
  let gridKey = '';

  const entryFlat = (e: CubeEntry) => flatOf(prepared!.inputs.x.dims, { n: e.n, c: e.c, h: Math.floor(e.k / prepared!.inputs.x.dims[3]), w: e.k % prepared!.inputs.x.dims[3] });
  const shownStat = () => hoverStat ?? pickedStat ?? statOf(layout!, selected);

  function selectEntry(flat: number, focus = false): void {
    selected = flat;
    pickedStat = undefined;
    hoverStat = undefined;
    paint();
    if (focus) cells[flat]?.focus();
  }

  function selectStat(stat: number): void {
    pickedStat = stat;
    const members = membersOf(layout!, stat);
    if (!members.includes(selected)) selected = members[0];
    paint();
  }

  /** Rebuilds the tile grid when x's shape or the group layout changes. */
  function buildGrid(x: TensorData): void {
    const [N, C, H, W] = x.dims;
    const groups = layout!.kind === 'group' ? layout!.groups : 0;
    const key = `${x.dims.join('x')}:${groups}`;
    if (key !== gridKey) {
      gridKey = key;
      grid.style.gridTemplateColumns = `auto repeat(${C}, auto)`;
      const per = groups ? C / groups : 0;
      const head: HTMLElement[] = [h('span', { class: 'corner' })];
      for (let c = 0; c < C; c++) {
        const groupStart = per > 0 && c % per === 0 && c > 0;
        head.push(h('span', { class: `c-label${groupStart ? ' group-start' : ''}`, role: 'columnheader' }, `c=${c}`, per > 0 && c % per === 0 ? h('span', { class: 'g-label' }, ` g=${c / per}`) : null));
      }
      cells = new Array(N * C * H * W);
      tiles = [];
      const rows: HTMLElement[] = [];
      for (let n = 0; n < N; n++) {
        rows.push(h('span', { class: 'n-label', role: 'rowheader' }, `n=${n}`));
        for (let c = 0; c < C; c++) {
          const table = h('table', { class: `tile${per > 0 && c % per === 0 && c > 0 ? ' group-start' : ''}`, role: 'presentation' });
          for (let hh = 0; hh < H; hh++) {
            const tr = h('tr');
            for (let w = 0; w < W; w++) {
              const flat = flatOf(x.dims, { n, c, h: hh, w });
              const td = h('td', { 'data-index': flat, role: 'gridcell', tabindex: -1 });
              td.addEventListener('click', () => selectEntry(flat));
              td.addEventListener('focus', () => selected !== flat && selectEntry(flat));
              td.addEventListener('pointerenter', () => {
                hoverStat = statOf(layout!, flat);
                paint();
              });
              td.addEventListener('keydown', (e) => moveFocus(e, flat));
              cells[flat] = td;
              tr.append(td);
            }
            table.append(tr);
          }
          tiles.push({ n, c, el: table });
          rows.push(table);
        }
      }
      grid.replaceChildren(...head, ...rows);
    }
    x.data.forEach((v, i) => {
      const at = nchwOf(x.dims, i);
      cells[i].textContent = fmt(v);
      cells[i].setAttribute('aria-label', `x[${at.n},${at.c},${at.h},${at.w}] = ${fmt(v)}`);
    });
    grid.setAttribute('aria-label', `x, ${N}×${C} tiles of ${H}×${W}`);
  }

  /** Arrow keys move through the grid as it is drawn: rows are (n, h), columns (c, w). */
  function moveFocus(e: KeyboardEvent, flat: number): void {
    const dims = prepared!.inputs.x.dims;
    const [N, C, H, W] = dims;
    const at = nchwOf(dims, flat);
    let row = at.n * H + at.h;
    let col = at.c * W + at.w;
    if (e.key === 'ArrowLeft') col--;
    else if (e.key === 'ArrowRight') col++;
    else if (e.key === 'ArrowUp') row--;
    else if (e.key === 'ArrowDown') row++;
    else if (e.key === 'Home') col = 0;
    else if (e.key === 'End') col = C * W - 1;
    else return;
    e.preventDefault();
    row = Math.min(N * H - 1, Math.max(0, row));
    col = Math.min(C * W - 1, Math.max(0, col));
    selectEntry(flatOf(dims, { n: Math.floor(row / H), h: row % H, c: Math.floor(col / W), w: col % W }), true);
  }

  function buildStats(r: RunResult): void {
    const l = layout!;
    const mean = r.outputs.mean.data;
    const variance = r.outputs.var.data;
    const std = r.outputs.std.data;
    const m = membersOf(l, 0).length;
    statRows = Array.from({ length: statCount(l) }, (_, s) => {
      const button = h('button', { type: 'button', class: 'stat-pick', 'data-stat': s }, statIndexLabel(l, s));
      button.addEventListener('click', () => selectStat(s));
      button.addEventListener('focus', () => selectStat(s));
      const tr = h('tr', { 'data-stat': s }, h('th', { scope: 'row' }, button), h('td', {}, fmt(mean[s])), h('td', {}, fmt(variance[s])), h('td', {}, fmt(std[s])), h('td', {}, String(m)));
      tr.addEventListener('pointerenter', () => {
        hoverStat = s;
        paint();
      });
      tr.addEventListener('pointerleave', () => {
        hoverStat = undefined;
        paint();
      });
      return tr;
    });
    statsBody.replaceChildren(...statRows);
  }

  /** Highlights the shown statistic's set everywhere and writes the readout. */
  function paint(): void {
    if (!layout || !prepared || !result) return;
    const x = prepared.inputs.x;
    const stat = shownStat();
    const members = new Set(membersOf(layout, stat));
    const span = statSpan(layout, stat);
    cells.forEach((cell, i) => {
      cell.classList.toggle('in', members.has(i));
      cell.classList.toggle('sel', i === selected);
      cell.tabIndex = i === selected ? 0 : -1;
    });
    for (const tile of tiles) tile.el.classList.toggle('in', span.samples.includes(tile.n) && span.channels.includes(tile.c));
    statRows.forEach((row, s) => row.classList.toggle('sel', s === stat));
    const at = nchwOf(x.dims, selected);
    const selEntry = statOf(layout, selected) === stat ? { n: at.n, c: at.c, k: at.h * x.dims[3] + at.w } : undefined;
    const label = statIndexLabel(layout, stat);
    cube.show(x.dims, span.samples, span.channels, selEntry, t.cube(label, members.size));
    writeReadout(stat, members.size);
  }

  function writeReadout(stat: number, m: number): void {
    const r = result!;
    const x = prepared!.inputs.x;
    const l = layout!;
    const eps = prepared!.params.eps as number;
    const label = statIndexLabel(l, stat);
    const zh = session.lang === 'zh-cn';
    const lines: (Node | string)[] = [
      h('span', {}, `${KIND_NAME[l.kind]} ${t.stat} ${label}: ${t.shares(l.kind)}, m = ${m} ${t.entries}`),
      h('br'),
      h('span', {}, `μ = `), h('strong', { 'data-testid': 'norm-mean' }, fmt(r.outputs.mean.data[stat])),
      h('span', {}, `  σ² = `), h('strong', { 'data-testid': 'norm-var' }, fmt(r.outputs.var.data[stat])),
      h('span', {}, `  σ = √(σ² + ε) = √(${fmt(r.outputs.var.data[stat])} + ${eps}) = `), h('strong', { 'data-testid': 'norm-std' }, fmt(r.outputs.std.data[stat])),
    ];
    if (statOf(l, selected) === stat) {
      const at = nchwOf(x.dims, selected);
      const name = `x[${at.n},${at.c},${at.h},${at.w}]`;
      lines.push(
        h('br'),
        h('span', {}, `${name} = ${fmt(x.data[selected])}  →  x − μ = `),
        h('strong', { 'data-testid': 'norm-centered' }, fmt(r.outputs.x_centered.data[selected])),
        h('span', {}, `  →  y = (x − μ) / σ = `),
        h('strong', { 'data-testid': 'norm-y' }, fmt(r.outputs.y.data[selected])),
        zh ? '（ORT 计算）' : ' (computed by ORT)',
      );
    }
    readout.replaceChildren(...lines);
  }

  return {
    update(p, r) {
      prepared = p;
      result = r;
      parts.update(p, r);
      const x = p.inputs.x;
      const kind = p.params.kind as NormKind;
      // Other kinds ignore groups; the switch still shows the count GroupNorm would use.
      const groups = Number(p.params.groups ?? request().params?.groups ?? DEFAULT_GROUPS);
      const prevKind = layout?.kind;
      layout = { kind, dims: x.dims, groups };
      if (selected >= x.data.length) selected = 0;
      if (prevKind !== kind) pickedStat = undefined;
      if (pickedStat !== undefined && pickedStat >= statCount(layout)) pickedStat = undefined;
      hoverStat = undefined;
      x.dims.forEach((d, i) => (sizeInputs[i].input.value = String(d)));
      kindButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.kind === kind)));
      groupsSelect.replaceChildren(...groupChoices(x.dims[1]).map((g) => h('option', { value: g, selected: g === groups }, String(g))));
      groupsSelect.disabled = kind !== 'group';
      shares.textContent = `${KIND_NAME[kind]}: ${t.shares(kind)}`;
      buildGrid(x);
      buildStats(r);
      paint();
    },
  };
}
