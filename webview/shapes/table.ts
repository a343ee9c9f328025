/**
 * The shapes table as an ARIA treegrid: one row per submodule call, indented by depth, containers collapsible.
 * Keyboard: ↑/↓ move, → expands (or enters), ← collapses (or goes to the parent), Home/End, Enter shows the
 * call's line in the editor, Space toggles a container. One row is tabbable at a time (roving tabindex).
 */
import type { ShapeResult, ShapeRow } from '../../src/analysis/shapes';
import type { Lang } from '../../src/catalog/text';
import type { RowCheck } from '../../src/models/shapeCheck';
import { h } from '../ui/dom';
import { changedDims, compactCount, exactCount, localName, shapesText, shapeText } from './format';
import type { ShapesText } from './text';

type Dim = number | string;

/** The tree of rows: each row's parent (or -1) and whether it has children, from the pre-order depths. */
export function rowTree(rows: readonly Pick<ShapeRow, 'depth'>[]): { parent: number[]; hasChildren: boolean[] } {
  const parent: number[] = [];
  const hasChildren = rows.map(() => false);
  const stack: number[] = [];
  rows.forEach((r, i) => {
    while (stack.length && rows[stack[stack.length - 1]].depth >= r.depth) stack.pop();
    const p = stack.length ? stack[stack.length - 1] : -1;
    parent.push(p);
    if (p >= 0) hasChildren[p] = true;
    stack.push(i);
  });
  return { parent, hasChildren };
}

/** A shape with the dims that changed from the input emphasized. */
function shapeNode(shape: readonly Dim[], input: readonly Dim[] | undefined): HTMLElement {
  const changed = changedDims(input, shape);
  const el = h('span', { class: 'shape' });
  if (!changed.size) {
    el.textContent = shapeText(shape);
    return el;
  }
  el.append('(');
  shape.forEach((d, i) => {
    if (i) el.append(', ');
    el.append(changed.has(i) ? h('span', { class: 'changed' }, String(d)) : String(d));
  });
  el.append(shape.length === 1 ? ',)' : ')');
  return el;
}

function shapesNode(shapes: readonly (readonly Dim[])[], inputs: readonly (readonly Dim[])[]): HTMLElement {
  const el = h('span', { class: 'shapes' });
  shapes.forEach((s, i) => {
    if (i) el.append(', ');
    el.append(shapeNode(s, inputs.length === shapes.length ? inputs[i] : undefined));
  });
  return el;
}

/** A count, or a formula over symbolic dims cut to the column (the tooltip has all of it). */
function countNode(v: number | string, text: string): Node {
  return typeof v === 'string' ? h('span', { class: 'formula-text', title: v }, text) : document.createTextNode(text);
}

const CHECK_GLYPH: Record<string, string> = { match: '✓', mismatch: '✗', unsupported: '—', error: '!', yes: '✓', no: '✗', partly: '◐' };

export class ShapesTable {
  readonly element: HTMLTableElement;
  private readonly trs: HTMLTableRowElement[] = [];
  private readonly checkCells: HTMLTableCellElement[] = [];
  private readonly outCells: HTMLTableCellElement[] = [];
  private readonly parent: number[];
  private readonly hasChildren: boolean[];
  private readonly collapsed = new Set<number>();
  private readonly footCheck = h('td', { class: 'c-check', 'data-testid': 'total-check' });
  private active = 0;

  constructor(
    private readonly result: ShapeResult,
    inputs: readonly string[],
    private readonly t: ShapesText,
    private readonly lang: Lang,
    private readonly onReveal: (line: number) => void,
  ) {
    ({ parent: this.parent, hasChildren: this.hasChildren } = rowTree(result.rows));
    const minDepth = Math.min(...result.rows.map((r) => r.depth), Infinity);
    const body = h('tbody');
    result.rows.forEach((row, i) => body.append(this.rowNode(row, i, row.depth - (Number.isFinite(minDepth) ? minDepth : 0))));
    const head = h('thead', {},
      h('tr', { role: 'row' },
        ...[[t.colName, 'c-name'], [t.colOp, 'c-op'], [t.colIn, 'c-in'], [t.colOut, 'c-out'], [t.colCheck, 'c-check'], [t.colParams, 'c-num'], [t.colMacs, 'c-num']].map(([label, cls]) =>
          h('th', { role: 'columnheader', class: cls, scope: 'col' }, label),
        ),
      ),
    );
    const foot = h('tfoot', {},
      h('tr', { role: 'row', 'data-testid': 'totals' },
        h('th', { class: 'c-name', scope: 'row', role: 'rowheader' }, t.total),
        h('td', { class: 'c-op' }),
        h('td', { class: 'c-in mono', 'data-testid': 'total-in' }, inputs.join(', ')),
        h('td', { class: 'c-out mono', 'data-testid': 'total-out' }, result.output ? shapesText(result.output) : '—'),
        this.footCheck,
        h('td', { class: 'c-num', 'data-testid': 'total-params', 'data-value': String(result.params) }, countNode(result.params, exactCount(result.params))),
        // MACs of a forward that stopped at an error would be a partial sum.
        result.output
          ? h('td', { class: 'c-num', 'data-testid': 'total-macs', 'data-value': String(result.macs), title: `${exactCount(result.macs)} MACs` }, countNode(result.macs, compactCount(result.macs)))
          : h('td', { class: 'c-num', 'data-testid': 'total-macs' }, '—'),
      ),
    );
    this.element = h('table', { class: 'shapes-table', role: 'treegrid', 'aria-label': t.title(result.className), 'data-testid': 'shapes-table' }, head, body, foot);
    this.element.addEventListener('keydown', (e) => this.key(e));
    if (this.trs.length) this.trs[0].tabIndex = 0;
  }

  private rowNode(row: ShapeRow, i: number, level: number): HTMLTableRowElement {
    const container = this.hasChildren[i];
    const p = this.parent[i];
    const twisty = h('span', { class: container ? 'twisty' : 'twisty leaf', 'aria-hidden': 'true' });
    twisty.addEventListener('click', (e) => {
      e.stopPropagation();
      this.toggle(i);
    });
    const nameCell = h('td', { class: 'c-name', role: 'gridcell', title: row.name || this.result.className },
      h('span', { class: 'name-wrap' },
        twisty,
        h('span', { class: 'mod-name' }, localName(row.name, p >= 0 ? this.result.rows[p].name : undefined) || this.result.className),
        h('span', { class: 'line-no' }, `:${row.line}`),
      ),
    );
    // Indentation through the CSSOM (the CSP forbids style attributes).
    nameCell.style.setProperty('--level', String(level));
    const out = h('td', { class: 'c-out mono', role: 'gridcell' }, row.out ? shapesNode(row.out, row.in) : h('span', { class: 'stopped' }, this.t.stoppedHere));
    const check = h('td', { class: 'c-check', role: 'gridcell' });
    const subtotal = container ? ' subtotal' : '';
    const tr = h('tr', {
      role: 'row',
      tabindex: -1,
      class: `${container ? 'container' : 'leaf'}${row.out ? '' : ' failed'}`,
      'aria-level': level + 1,
      ...(container ? { 'aria-expanded': 'true' } : {}),
      'data-index': i,
      'data-name': row.name,
      'data-line': row.line,
      title: this.t.reveal(row.line),
    },
      nameCell,
      h('td', { class: 'c-op', role: 'gridcell' }, h('code', {}, row.op)),
      h('td', { class: 'c-in mono', role: 'gridcell' }, shapesText(row.in)),
      out,
      check,
      h('td', { class: `c-num${subtotal}`, role: 'gridcell', 'data-col': 'params', 'data-value': String(row.params) }, countNode(row.params, exactCount(row.params))),
      h('td', { class: `c-num${subtotal}`, role: 'gridcell', 'data-col': 'macs', 'data-value': String(row.macs), title: `${exactCount(row.macs)} MACs` }, countNode(row.macs, compactCount(row.macs))),
    );
    tr.addEventListener('click', () => {
      this.focusRow(i);
      this.onReveal(row.line);
    });
    this.trs.push(tr);
    this.checkCells.push(check);
    this.outCells.push(out);
    return tr;
  }

  get rowCount(): number {
    return this.trs.length;
  }

  /** Removes every tick (a new check starts). */
  clearChecks(): void {
    this.result.rows.forEach((row, i) => {
      this.checkCells[i].replaceChildren();
      this.checkCells[i].removeAttribute('title');
      delete this.trs[i].dataset.check;
      this.outCells[i].querySelector('.ort')?.remove();
    });
    this.footCheck.replaceChildren();
  }

  /** Shows one row's verdict: a tick, the real dims under the inferred ones when they differ, a tooltip. */
  setCheck(i: number, check: RowCheck): void {
    const t = this.t;
    const real = check.real ? shapesText(check.real) : '';
    let kind: string;
    let tip: string;
    if (check.status === 'composite') {
      kind = check.confirmed === true ? 'yes' : check.confirmed === false ? 'no' : 'partly';
      tip = check.confirmed === true ? t.compositeYes : check.confirmed === false ? t.compositeNo : t.compositePartly;
    } else {
      kind = check.status;
      const lang = this.lang;
      tip =
        check.status === 'match'
          ? check.reason ? `${check.reason[lang]}${check.message ? `: ${check.message}` : ''}` : t.match(real)
          : check.status === 'mismatch'
            ? t.mismatch(real)
            : check.status === 'error'
              ? t.error(check.message ?? '')
              : (check.reason?.[lang] ?? '');
    }
    const cell = this.checkCells[i];
    cell.replaceChildren(h('span', { class: `tick tick-${kind}`, 'aria-label': tip }, CHECK_GLYPH[kind]));
    cell.title = tip;
    this.trs[i].dataset.check = kind;
    this.outCells[i].querySelector('.ort')?.remove();
    if (check.status === 'mismatch') this.outCells[i].append(h('span', { class: 'ort', 'data-testid': 'ort-shape' }, `${t.ortShape} ${real}`));
  }

  /** The footer's summary of a finished check. */
  setSummary(text: string, ok: boolean): void {
    this.footCheck.replaceChildren(h('span', { class: ok ? 'tick tick-match' : 'tick tick-mismatch' }, ok ? '✓' : '✗'));
    this.footCheck.title = text;
  }

  expandAll(): void {
    this.collapsed.clear();
    this.refresh();
  }

  collapseAll(): void {
    this.hasChildren.forEach((c, i) => c && this.collapsed.add(i));
    this.refresh();
  }

  toggle(i: number): void {
    if (!this.hasChildren[i]) return;
    if (this.collapsed.has(i)) this.collapsed.delete(i);
    else this.collapsed.add(i);
    this.refresh();
  }

  private isVisible(i: number): boolean {
    for (let p = this.parent[i]; p >= 0; p = this.parent[p]) if (this.collapsed.has(p)) return false;
    return true;
  }

  private refresh(): void {
    this.trs.forEach((tr, i) => {
      tr.hidden = !this.isVisible(i);
      if (this.hasChildren[i]) tr.setAttribute('aria-expanded', String(!this.collapsed.has(i)));
    });
    // The focused row may have disappeared into a collapsed parent: move focus to that parent.
    if (!this.isVisible(this.active)) {
      let p = this.parent[this.active];
      while (p >= 0 && !this.isVisible(p)) p = this.parent[p];
      this.focusRow(Math.max(0, p), document.activeElement === this.trs[this.active]);
    }
  }

  private focusRow(i: number, moveFocus = true): void {
    if (!this.trs[i]) return;
    this.trs[this.active].tabIndex = -1;
    this.active = i;
    this.trs[i].tabIndex = 0;
    if (moveFocus) this.trs[i].focus();
  }

  private visibleRows(): number[] {
    return this.trs.map((_, i) => i).filter((i) => this.isVisible(i));
  }

  private key(e: KeyboardEvent): void {
    const i = this.active;
    const visible = this.visibleRows();
    const at = visible.indexOf(i);
    const go = (j: number | undefined) => j !== undefined && this.focusRow(j);
    switch (e.key) {
      case 'ArrowDown':
        go(visible[at + 1]);
        break;
      case 'ArrowUp':
        go(visible[at - 1]);
        break;
      case 'Home':
        go(visible[0]);
        break;
      case 'End':
        go(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (this.hasChildren[i] && this.collapsed.has(i)) this.toggle(i);
        else if (this.hasChildren[i]) go(i + 1);
        break;
      case 'ArrowLeft':
        if (this.hasChildren[i] && !this.collapsed.has(i)) this.toggle(i);
        else if (this.parent[i] >= 0) go(this.parent[i]);
        break;
      case 'Enter':
        this.onReveal(this.result.rows[i].line);
        break;
      case ' ':
        this.toggle(i);
        break;
      default:
        return;
    }
    e.preventDefault();
  }
}
