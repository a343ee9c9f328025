/**
 * Call signatures written the way the frameworks document them — a Python parameter list such as
 * "(normalized_shape, eps=1e-05, elementwise_affine=True, *, bias=True)" — parsed into parameters
 * with literal defaults. Keeping the table in documentation syntax makes it easy to check against the docs.
 */

/** A Python literal as ML Lens evaluates it (tuples and lists are arrays). */
export type PyValue = number | string | boolean | null | PyValue[] | { expr: string };

export type ParamKind = 'positional-only' | 'positional' | 'keyword-only' | 'var-positional' | 'var-keyword';

export interface Param {
  name: string;
  kind: ParamKind;
  /** Absent: required. `{ expr }`: a default that is not a plain literal (shown as written). */
  default?: PyValue;
}

/** Tokens of a Python literal / parameter list (enough for documented signatures). */
function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(\*\*|[()[\]{},=*/:]|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|[A-Za-z_][\w.]*)/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new Error(`cannot read signature at "${src.slice(pos, pos + 20)}" in ${src}`);
    }
    tokens.push(m[1]);
    pos = re.lastIndex;
  }
  return tokens;
}

class Reader {
  i = 0;
  constructor(
    readonly tokens: string[],
    readonly src: string,
  ) {}
  peek(): string | undefined {
    return this.tokens[this.i];
  }
  next(): string {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new Error(`unexpected end of signature ${this.src}`);
    return t;
  }
  expect(t: string): void {
    const got = this.next();
    if (got !== t) throw new Error(`expected "${t}", got "${got}" in ${this.src}`);
  }
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function readValue(r: Reader): PyValue {
  const start = r.i;
  const t = r.next();
  if (t === '(' || t === '[') {
    const items: PyValue[] = [];
    while (r.peek() !== CLOSERS[t]) {
      items.push(readValue(r));
      if (r.peek() === ',') r.next();
    }
    r.next();
    return items;
  }
  if (/^[-+]?(\d|\.\d)/.test(t)) return Number(t);
  if (t.startsWith("'") || t.startsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  if (t === 'True' || t === 'False') return t === 'True';
  if (t === 'None') return null;
  // Anything else (a name, a call such as float('inf'), a dict): keep the source text.
  let depth = 0;
  if (t === '{') depth = 1;
  while (r.peek() !== undefined && (depth > 0 || (r.peek() !== ',' && r.peek() !== ')'))) {
    const n = r.next();
    if (n === '(' || n === '[' || n === '{') depth++;
    if (n === ')' || n === ']' || n === '}') depth--;
  }
  return { expr: r.tokens.slice(start, r.i).join('') };
}

export function parseSignature(src: string): Param[] {
  const r = new Reader(tokenize(src), src);
  r.expect('(');
  const params: Param[] = [];
  let kind: ParamKind = 'positional';
  while (r.peek() !== ')') {
    const t = r.next();
    if (t === '/') {
      for (const p of params) if (p.kind === 'positional') p.kind = 'positional-only';
    } else if (t === '*' && (r.peek() === ',' || r.peek() === ')')) {
      kind = 'keyword-only';
    } else if (t === '*') {
      params.push({ name: r.next(), kind: 'var-positional' });
      kind = 'keyword-only';
    } else if (t === '**') {
      params.push({ name: r.next(), kind: 'var-keyword' });
    } else {
      if (!/^[A-Za-z_]\w*$/.test(t)) throw new Error(`bad parameter name "${t}" in ${src}`);
      if (r.peek() === ':') throw new Error(`annotations are not supported in signatures: ${src}`);
      const p: Param = { name: t, kind };
      if (r.peek() === '=') {
        r.next();
        p.default = readValue(r);
      }
      params.push(p);
    }
    if (r.peek() === ',') r.next();
    else if (r.peek() !== ')') throw new Error(`expected "," or ")" after ${t} in ${src}`);
  }
  r.expect(')');
  if (r.peek() !== undefined) throw new Error(`trailing text after ")" in ${src}`);
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) throw new Error(`parameter ${p.name} appears twice in ${src}`);
    seen.add(p.name);
  }
  return params;
}
