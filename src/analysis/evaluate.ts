/**
 * Evaluates the argument expressions people write in ML code without running anything: numbers, strings,
 * True/False/None, tuples and lists, unary minus, arithmetic on literals, and module-level constants.
 * Anything else comes back as `{ expr: source }`.
 */
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../catalog/symbols';

/** Values of module-level names (only `get` is needed: evaluation looks names up one at a time). */
export interface Constants {
  get(name: string): PyValue | undefined;
}
export const isExpr = (v: PyValue | undefined): v is { expr: string } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseNumber(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  if (/[jl]$/.test(t)) return undefined; // complex / legacy long
  if (/^0x[0-9a-f]+$/.test(t)) return parseInt(t.slice(2), 16);
  if (/^0o[0-7]+$/.test(t)) return parseInt(t.slice(2), 8);
  if (/^0b[01]+$/.test(t)) return parseInt(t.slice(2), 2);
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const ESCAPES: Record<string, string> = { '\\n': '\n', '\\t': '\t', '\\\\': '\\', "\\'": "'", '\\"': '"' };

/** A string literal's value (escapes applied); undefined for an f-string with a value. */
export function stringValue(node: Node): string | undefined {
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'interpolation') return undefined; // f-string with a value: not a literal
    if (c.type === 'string_content') out += c.text;
    else if (c.type === 'escape_sequence') out += ESCAPES[c.text] ?? c.text;
  }
  return out;
}

function arithmetic(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? undefined : a / b;
    case '//': return b === 0 ? undefined : Math.floor(a / b);
    case '%': return b === 0 ? undefined : a - Math.floor(a / b) * b;
    case '**': return a ** b;
    default: return undefined;
  }
}

/** The literal value of `node`, or undefined when it is not a literal expression. */
export function literal(node: Node | null, constants: Constants, depth = 0): PyValue | undefined {
  if (!node || depth > 32) return undefined;
  switch (node.type) {
    case 'integer':
    case 'float':
      return parseNumber(node.text);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'string':
      return stringValue(node);
    case 'concatenated_string': {
      const parts = node.namedChildren.map((c) => (c ? stringValue(c) : undefined));
      return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
    }
    case 'parenthesized_expression':
      return literal(node.namedChildren[0], constants, depth + 1);
    case 'tuple':
    case 'list': {
      const items = node.namedChildren.map((c) => literal(c, constants, depth + 1));
      return items.every((i) => i !== undefined) ? (items as PyValue[]) : undefined;
    }
    case 'unary_operator': {
      const v = literal(node.childForFieldName('argument'), constants, depth + 1);
      const op = node.childForFieldName('operator')?.text;
      if (typeof v !== 'number') return undefined;
      return op === '-' ? -v : op === '+' ? v : op === '~' ? ~v : undefined;
    }
    case 'binary_operator': {
      const a = literal(node.childForFieldName('left'), constants, depth + 1);
      const b = literal(node.childForFieldName('right'), constants, depth + 1);
      const op = node.childForFieldName('operator')?.text ?? '';
      if (typeof a === 'number' && typeof b === 'number') return arithmetic(op, a, b);
      if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
      if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (op === '*' && Array.isArray(a) && typeof b === 'number' && Number.isInteger(b) && b >= 0 && b * a.length <= 4096) return Array.from({ length: b }, () => a).flat();
      return undefined;
    }
    case 'identifier':
      return constants.get(node.text);
    default:
      return undefined;
  }
}

/** `literal(node)`, or the expression's source text when it is not a literal. */
export function valueOf(node: Node, constants: Constants): PyValue {
  const v = literal(node, constants);
  return v !== undefined ? v : { expr: node.text.length > 200 ? `${node.text.slice(0, 200)}…` : node.text };
}

/**
 * Module-level names assigned exactly once to a literal (`HIDDEN = 128`, `BETAS = (0.9, 0.95)`),
 * evaluated in order so constants may use earlier constants.
 */
export function moduleConstants(root: Node): Map<string, PyValue> {
  const values = new Map<string, PyValue>();
  const counts = new Map<string, number>();
  for (const st of root.namedChildren) {
    const a = st?.type === 'expression_statement' ? st.namedChildren[0] : null;
    if (!a || (a.type !== 'assignment' && a.type !== 'augmented_assignment')) continue;
    const left = a.childForFieldName('left');
    for (const id of left?.type === 'identifier' ? [left] : left?.descendantsOfType('identifier') ?? []) {
      if (id) counts.set(id.text, (counts.get(id.text) ?? 0) + (a.type === 'augmented_assignment' ? 2 : 1));
    }
    if (a.type === 'assignment' && left?.type === 'identifier') {
      const v = literal(a.childForFieldName('right'), values);
      if (v !== undefined) values.set(left.text, v);
    }
  }
  for (const [name, n] of counts) if (n > 1) values.delete(name);
  return values;
}
