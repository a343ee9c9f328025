/**
 * Detection: turns the walker's candidate uses into API references — resolved through imports, matched
 * against the symbol table (longest known prefix of the dotted chain), classified by where they stand, with
 * their call arguments mapped onto the signature and the concept adjusted by argument rules.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { lookupSymbol, tensorMethod, tensorMethodNames, type Framework, type SymbolEntry } from '../catalog/symbols';
import { applyRules, mapArguments, type MappedArg } from './args';
import { moduleConstants, type Constants } from './evaluate';
import { resolveName, type Scope } from './scopes';
import { walk } from './walk';

export type ReferenceKind = 'call' | 'reference' | 'base' | 'decorator' | 'isinstance' | 'annotation' | 'tensor-method';

export interface Point {
  row: number;
  column: number;
}

export interface Detection {
  symbol: string;
  concept: string;
  framework: Framework;
  kind: ReferenceKind;
  /** The reference itself (the dotted chain, or the method name of a tensor method): UTF-16 offsets. */
  start: number;
  end: number;
  startPoint: Point;
  endPoint: Point;
  /** The whole call, when the reference is called. */
  call?: { start: number; end: number; startPoint: Point; endPoint: Point };
  args: MappedArg[];
  entry: SymbolEntry;
}

const pointOf = (p: { row: number; column: number }): Point => ({ row: p.row, column: p.column });

/** Walks up from the chain node to decide how the reference is used. */
function referenceKind(chain: Node): ReferenceKind {
  const parent = chain.parent;
  if (!parent) return 'reference';
  if (parent.type === 'call' && parent.childForFieldName('function')?.id === chain.id) {
    return parent.parent?.type === 'decorator' ? 'decorator' : 'call';
  }
  if (parent.type === 'decorator') return 'decorator';
  let n: Node | null = parent;
  for (let depth = 0; n && depth < 6; depth++, n = n.parent) {
    if (n.type === 'type') return 'annotation';
    if (n.type === 'argument_list') {
      const owner = n.parent;
      if (owner?.type === 'class_definition') return 'base';
      if (owner?.type === 'call' && /^(isinstance|issubclass)$/.test(owner.childForFieldName('function')?.text ?? '')) return 'isinstance';
      return 'reference';
    }
    if (n.type !== 'tuple' && n.type !== 'parenthesized_expression' && n.type !== 'binary_operator' && n.type !== 'subscript' && n.type !== 'generic_type' && n.type !== 'type_parameter') break;
  }
  return 'reference';
}

/** True when `name` at this place is a module-level name (no function, class or comprehension binds it). */
function isModuleName(name: string, scope: Scope): boolean {
  for (let s: Scope | undefined = scope; s && s.kind !== 'module'; s = s.parent) if (s.bindings.has(name)) return false;
  return true;
}

/** Module constants as seen from `scope`, computed once per file and only if an argument names one. */
function scopedConstants(all: () => Constants, scope: Scope): Constants {
  return { get: (name) => (isModuleName(name, scope) ? all().get(name) : undefined) };
}

function callInfo(call: Node): Detection['call'] {
  return { start: call.startIndex, end: call.endIndex, startPoint: pointOf(call.startPosition), endPoint: pointOf(call.endPosition) };
}

function detection(entry: SymbolEntry, kind: ReferenceKind, ref: Node, call: Node | undefined, args: MappedArg[]): Detection {
  return {
    symbol: entry.symbol,
    concept: applyRules(entry, args),
    framework: entry.framework,
    kind,
    start: ref.startIndex,
    end: ref.endIndex,
    startPoint: pointOf(ref.startPosition),
    endPoint: pointOf(ref.endPosition),
    call: call ? callInfo(call) : undefined,
    args,
    entry,
  };
}

/** Plausible arguments for a tensor method (rules out `self.relu(x)`-style module calls). */
function looksLikeTensorMethod(method: string, argList: Node | null): boolean {
  const args = (argList?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'comment');
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  switch (method) {
    case 'relu':
    case 'sigmoid':
    case 'tanh':
      return positional.length === 0;
    case 'softmax':
    case 'log_softmax':
      return positional.length === 0 ? args.some((a) => a.childForFieldName('name')?.text === 'dim') : /^-?\d+$/.test(positional[0].text.replace(/\s+/g, ''));
    default:
      return positional.length === 1 && args.length === 1;
  }
}

/** Attribute name of an `attribute` node, read from the source text (no tree round trip). */
const ATTR_NAME = /\.\s*([A-Za-z_][\w]*)\s*$/;

export function detect(tree: Tree, text: string): Detection[] {
  const { uses, methodCalls } = walk(tree, text, tensorMethodNames());
  let computed: Constants | undefined;
  const constants = (): Constants => (computed ??= moduleConstants(tree.rootNode));
  const found: Detection[] = [];
  const seen = new Set<number>();

  for (const { node, scope } of uses) {
    const paths = resolveName(node.text, scope, node.startIndex);
    if (!paths) continue;
    // The chain above the identifier: head.a.b.c (each parent an attribute whose object is the chain so far).
    const chain: Node[] = [node];
    const names: string[] = [];
    for (let n: Node = node; names.length < 8; ) {
      const p = n.parent;
      if (!p || p.type !== 'attribute' || p.startIndex !== n.startIndex) break; // n must be the object
      const attr = ATTR_NAME.exec(text.slice(p.startIndex, p.endIndex))?.[1];
      if (!attr) break;
      names.push(attr);
      chain.push(p);
      n = p;
    }
    let hit: { entry: SymbolEntry; ref: Node } | undefined;
    for (let k = names.length; k >= 0 && !hit; k--) {
      for (const base of paths) {
        const entry = lookupSymbol(k ? `${base}.${names.slice(0, k).join('.')}` : base);
        if (entry) {
          hit = { entry, ref: chain[k] };
          break;
        }
      }
    }
    if (!hit || seen.has(hit.ref.id)) continue;
    seen.add(hit.ref.id);
    const kind = referenceKind(hit.ref);
    const call = kind === 'call' || kind === 'decorator' ? (hit.ref.parent?.type === 'call' ? hit.ref.parent : undefined) : undefined;
    const args = call ? mapArguments(hit.entry, call.childForFieldName('arguments'), scopedConstants(constants, scope)) : [];
    found.push(detection(hit.entry, kind, hit.ref, call, args));
  }

  for (const { call, scope } of methodCalls) {
    const fn = call.childForFieldName('function')!;
    const receiver = fn.childForFieldName('object');
    const nameNode = fn.childForFieldName('attribute');
    if (!receiver || !nameNode) continue;
    let head: Node = receiver;
    while (head.type === 'attribute') head = head.childForFieldName('object') ?? head;
    if (head.type === 'identifier' && (head.text === 'self' || head.text === 'cls' || resolveName(head.text, scope, head.startIndex))) continue;
    const entry = tensorMethod(nameNode.text);
    if (!entry || !looksLikeTensorMethod(nameNode.text, call.childForFieldName('arguments'))) continue;
    const args = mapArguments(entry, call.childForFieldName('arguments'), scopedConstants(constants, scope), receiver);
    found.push(detection(entry, 'tensor-method', nameNode, call, args));
  }

  return found.sort((a, b) => a.start - b.start);
}
