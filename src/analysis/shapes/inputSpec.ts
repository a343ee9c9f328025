/**
 * Input shapes as people write them: `(2,3,224,224)`, `(N,3,H,W)`, `(2,16):int64`, and tuples of shapes for
 * models whose forward takes a tuple, `((2,2,32),(2,2,32))`. Names become symbolic dims.
 */
import { Sym, type Dim } from './dim';
import { tensor, tuple, type Value } from './values';

const DTYPES = new Set(['float32', 'float16', 'bfloat16', 'float64', 'int64', 'int32', 'int16', 'int8', 'uint8', 'bool']);
const ALIASES: Record<string, string> = { float: 'float32', long: 'int64', int: 'int32', half: 'float16', double: 'float64' };

export class InputSpecError extends Error {
  override name = 'InputSpecError';
}

export function parseInputSpec(spec: string): Value {
  const text = spec.trim();
  const m = text.match(/^(.*?)(?::\s*([a-z0-9]+))?$/s)!;
  const dtypeRaw = m[2];
  const dtype = dtypeRaw ? (ALIASES[dtypeRaw] ?? dtypeRaw) : 'float32';
  if (!DTYPES.has(dtype)) throw new InputSpecError(`unknown dtype "${dtypeRaw}" in input ${JSON.stringify(spec)} (use one of ${[...DTYPES].join(', ')})`);
  const tokens = m[1].match(/\(|\)|\[|\]|,|-?\d+|[A-Za-z_]\w*|\S/g) ?? [];
  let i = 0;
  const fail = (why: string): never => {
    throw new InputSpecError(`cannot read input shape ${JSON.stringify(spec)}: ${why}`);
  };
  const group = (): Value => {
    const open = tokens[i++];
    if (open !== '(' && open !== '[') fail(`expected "(" at "${open ?? 'end'}"`);
    const close = open === '(' ? ')' : ']';
    const dims: Dim[] = [];
    const parts: Value[] = [];
    while (tokens[i] !== close) {
      const t = tokens[i];
      if (t === undefined) fail(`missing "${close}"`);
      if (t === '(' || t === '[') parts.push(group());
      else if (/^-?\d+$/.test(t)) {
        const n = Number(t);
        if (n < 0) fail(`negative size ${n}`);
        dims.push(n);
        i++;
      } else if (/^[A-Za-z_]\w*$/.test(t)) {
        dims.push(Sym.atom(t));
        i++;
      } else fail(`unexpected "${t}"`);
      if (tokens[i] === ',') i++;
    }
    i++;
    if (parts.length && dims.length) fail('mixes sizes and nested shapes');
    return parts.length ? tuple(parts) : tensor(dims, dtype);
  };
  const v = group();
  if (i !== tokens.length) fail(`unexpected "${tokens[i]}" after the shape`);
  return v;
}

/** The spec as ML Lens writes it back: `(8, 3, 32, 32)`, `(2, 16):int64`. */
export function formatInputSpec(spec: string): string {
  return spec.replace(/\s+/g, '').replace(/,(?=\S)/g, ', ').replace(/,\s*\)/g, ',)');
}
