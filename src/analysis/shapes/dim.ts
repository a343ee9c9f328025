/**
 * Tensor dimensions: a concrete integer, or a symbolic one (`N`, `L`, `2*T`). Symbolic dims are integer
 * polynomials over named atoms, enough to carry a batch size through `view(-1, 784)` or a sequence length
 * through `q @ k.transpose(-2, -1)`. What a polynomial cannot express exactly (`(L - 1) // 2 + 1`) becomes a
 * new opaque atom named by its formula, so the shape stays honest and printable.
 */

/** Monomial key: atom names sorted and joined by `*`; '' is the constant term. */
type Terms = ReadonlyMap<string, number>;

export class Sym {
  private constructor(readonly terms: Terms) {}

  static atom(name: string): Sym {
    return new Sym(new Map([[name, 1]]));
  }

  static of(terms: Map<string, number>): Dim {
    for (const [k, v] of terms) if (v === 0) terms.delete(k);
    if (terms.size === 0) return 0;
    if (terms.size === 1 && terms.has('')) return terms.get('')!;
    return new Sym(terms);
  }

  toString(): string {
    const parts: string[] = [];
    const keys = [...this.terms.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
    for (const k of keys) {
      const c = this.terms.get(k)!;
      const mag = Math.abs(c);
      const body = k === '' ? String(mag) : mag === 1 ? k : `${mag}*${k}`;
      parts.push(parts.length === 0 ? (c < 0 ? `-${body}` : body) : `${c < 0 ? '-' : '+'} ${body}`);
    }
    return parts.join(' ');
  }
}

export type Dim = number | Sym;

const termsOf = (d: Dim): Map<string, number> => (typeof d === 'number' ? new Map(d === 0 ? [] : [['', d]]) : new Map(d.terms));

function mulKeys(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return [...a.split('*'), ...b.split('*')].sort().join('*');
}

export function add(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  const t = termsOf(a);
  for (const [k, v] of termsOf(b)) t.set(k, (t.get(k) ?? 0) + v);
  return Sym.of(t);
}

export const neg = (a: Dim): Dim => mul(a, -1);
export const sub = (a: Dim, b: Dim): Dim => add(a, neg(b));

export function mul(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  const t = new Map<string, number>();
  for (const [ka, va] of termsOf(a)) for (const [kb, vb] of termsOf(b)) {
    const k = mulKeys(ka, kb);
    t.set(k, (t.get(k) ?? 0) + va * vb);
  }
  return Sym.of(t);
}

/** Python's `a // b`: exact when every term divides, else an opaque atom. */
export function floorDiv(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  const exact = divExact(a, b);
  if (exact !== undefined) return exact;
  return Sym.atom(`(${show(a)}) // ${wrap(b)}`);
}

/** `a / b` when b divides every term of a exactly (b a number or a single monomial). */
export function divExact(a: Dim, b: Dim): Dim | undefined {
  const tb = termsOf(b);
  if (tb.size !== 1) return equal(a, b) ? 1 : undefined;
  const [[kb, vb]] = [...tb];
  const out = new Map<string, number>();
  for (const [ka, va] of termsOf(a)) {
    if (va % vb !== 0) return undefined;
    let rest = ka === '' ? [] : ka.split('*');
    for (const atom of kb === '' ? [] : kb.split('*')) {
      const i = rest.indexOf(atom);
      if (i < 0) return undefined;
      rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
    }
    out.set(rest.join('*'), va / vb);
  }
  return Sym.of(out);
}

/** `ceil(a / b)` for ceil_mode pooling. */
export function ceilDiv(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return Math.ceil(a / b);
  return divExact(a, b) ?? Sym.atom(`ceil((${show(a)}) / ${wrap(b)})`);
}

export function equal(a: Dim, b: Dim): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const d = sub(a, b);
  return d === 0;
}

/** Whether a and b are provably different (two numbers that differ, or a non-zero constant difference). */
export function differ(a: Dim, b: Dim): boolean {
  const d = sub(a, b);
  return typeof d === 'number' && d !== 0;
}

export const isConcrete = (d: Dim): d is number => typeof d === 'number';

export function show(d: Dim): string {
  return typeof d === 'number' ? String(d) : d.toString();
}

function wrap(d: Dim): string {
  const s = show(d);
  return /^[\w.]+$/.test(s) ? s : `(${s})`;
}

/** JSON form used by the CLI and fixtures: ints stay ints, symbolic dims become their formula. */
export function dimJson(d: Dim): number | string {
  return typeof d === 'number' ? d : d.toString();
}

export function product(dims: readonly Dim[]): Dim {
  return dims.reduce<Dim>((acc, d) => mul(acc, d), 1);
}
