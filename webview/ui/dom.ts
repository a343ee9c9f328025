/** Tiny DOM helpers: the CSP forbids inline styles and innerHTML of markup, so everything is built as nodes. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | number | boolean>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
}

/** Short, exact-looking numbers: integers as-is, others to 4 significant digits. */
export function fmt(v: number | null): string {
  if (v === null) return '−∞';
  if (Number.isInteger(v)) return String(v);
  const s = v.toPrecision(4);
  return s.includes('e') ? s : String(Number(s));
}
