/**
 * Maps a call's arguments onto the documented signature (positional by position, keywords by name) and
 * applies the entry's argument rules to choose the concept (`SGD(momentum=0.9)` → sgd-momentum).
 */
import type { Node } from 'web-tree-sitter';
import type { PyValue, SymbolEntry } from '../catalog/symbols';
import { isExpr, valueOf, type Constants } from './evaluate';

export interface MappedArg {
  /** The parameter it binds to; `*` / `**` for unpacked arguments, `#N` for a surplus positional one. */
  param: string;
  value: PyValue;
  /** Source text as written. */
  text: string;
}

export function mapArguments(entry: SymbolEntry, argList: Node | null, constants: Constants, receiver?: Node): MappedArg[] {
  const out: MappedArg[] = [];
  const positionalParams = entry.params.filter((p) => p.kind === 'positional' || p.kind === 'positional-only');
  const varPositional = entry.params.find((p) => p.kind === 'var-positional');
  let index = 0;
  if (receiver) {
    // A tensor method: the receiver is the function's first argument (`x.softmax(-1)` is `torch.softmax(x, -1)`).
    out.push({ param: positionalParams[0]?.name ?? 'input', value: valueOf(receiver, constants), text: receiver.text });
    index = 1;
  }
  for (const a of argList?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text ?? '?';
      const value = a.childForFieldName('value');
      if (value) out.push({ param: name, value: valueOf(value, constants), text: value.text });
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
      out.push({ param: a.type === 'list_splat' ? '*' : '**', value: { expr: a.text }, text: a.text });
    } else {
      const p = positionalParams[index];
      out.push({ param: p ? p.name : varPositional ? `${varPositional.name}[${index - positionalParams.length}]` : `#${index}`, value: valueOf(a, constants), text: a.text });
      index++;
    }
  }
  return out;
}

function isNonzero(v: PyValue): boolean {
  if (isExpr(v)) return true; // not a literal: may well be non-zero
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function equal(a: PyValue, b: PyValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The concept after argument rules (the last matching rule wins; rules are listed general → specific). */
export function applyRules(entry: SymbolEntry, args: readonly MappedArg[]): string {
  let concept = entry.concept;
  for (const rule of entry.rules) {
    const arg = args.find((a) => a.param === rule.param);
    if (!arg) continue;
    const holds = rule.when === 'nonzero' || rule.when === 'truthy' ? isNonzero(arg.value) : !isExpr(arg.value) && equal(arg.value, rule.when.equals);
    if (holds) concept = rule.concept;
  }
  return concept;
}
