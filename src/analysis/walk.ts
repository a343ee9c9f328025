/**
 * Finds the places that may be API references without walking the whole tree: only names some import
 * binds can be references, so their occurrences in the text are located with one regular expression and
 * looked up in the tree one by one (identifier, string or comment?), classified as a use or a binding by
 * their parent, and placed in their scope. Scopes (functions, classes, lambdas, comprehensions) come from one
 * `descendantsOfType` call. The cost follows the number of occurrences, not the size of the file.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { Scope, type ScopeKind } from './scopes';

export interface Use {
  /** The identifier at the head of a (possibly dotted) chain. */
  node: Node;
  scope: Scope;
}

export interface MethodCall {
  call: Node;
  scope: Scope;
}

export interface WalkResult {
  module: Scope;
  uses: Use[];
  methodCalls: MethodCall[];
  /** Whether some import brings in torch (tensor methods count only then). */
  importsTorch: boolean;
}

interface ImportBinding {
  name: string;
  /** Qualified path; undefined for relative imports (a local module, not the API). */
  path: string | undefined;
}

/** Names an import statement binds, with their qualified paths. */
export function importBindings(node: Node): ImportBinding[] {
  const out: ImportBinding[] = [];
  if (node.type === 'import_statement') {
    for (const n of node.childrenForFieldName('name')) {
      if (!n) continue;
      if (n.type === 'aliased_import') {
        const alias = n.childForFieldName('alias')?.text;
        const path = n.childForFieldName('name')?.text;
        if (alias && path) out.push({ name: alias, path: path.replace(/\s+/g, '') });
      } else {
        // `import a.b.c` binds `a`, through which a.b.c.X is reached.
        const head = n.text.split('.')[0].trim();
        out.push({ name: head, path: head });
      }
    }
  } else if (node.type === 'import_from_statement') {
    const moduleNode = node.childForFieldName('module_name');
    const relative = !moduleNode || moduleNode.type === 'relative_import';
    const base = moduleNode?.text.replace(/\s+/g, '') ?? '';
    for (const n of node.childrenForFieldName('name')) {
      if (!n) continue;
      const [nameNode, aliasNode] = n.type === 'aliased_import' ? [n.childForFieldName('name'), n.childForFieldName('alias')] : [n, n];
      const imported = nameNode?.text.replace(/\s+/g, '');
      const bound = aliasNode?.text;
      if (imported && bound) out.push({ name: bound, path: relative ? undefined : `${base}.${imported}` });
    }
  }
  return out;
}

const IMPORT_TYPES: ReadonlySet<string> = new Set(['import_statement', 'import_from_statement']);
const SCOPE_TYPES: ReadonlySet<string> = new Set(['function_definition', 'class_definition', 'lambda']);
const COMPREHENSION_TYPES: ReadonlySet<string> = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const KIND_OF: Record<string, ScopeKind> = {
  function_definition: 'function',
  class_definition: 'class',
  lambda: 'lambda',
};
/** Containers that may hold assignment / loop targets. */
const TARGET_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern', 'dictionary_splat_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list']);

interface ScopeRange {
  scope: Scope;
  start: number;
  end: number;
  parent: ScopeRange | undefined;
  /** A comprehension's first iterable, evaluated in the enclosing scope. */
  exclude?: [number, number];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function walk(tree: Tree, text: string, tensorMethods: ReadonlySet<string>): WalkResult {
  const root = tree.rootNode;
  const module = new Scope('module', undefined);
  const uses: Use[] = [];
  const methodCalls: MethodCall[] = [];

  /**
   * The statements a keyword starts, found through the text: each match is looked up in the tree, so a
   * keyword inside a string or comment (not a keyword token there) is dropped. Much cheaper than a walk.
   */
  const byKeyword = (re: RegExp, types: ReadonlySet<string>, up = 1): Node[] => {
    const out: Node[] = [];
    const seen = new Set<number>();
    for (const m of text.matchAll(re)) {
      const at = m.index! + m[0].length - m[1].length;
      let n: Node | null = root.descendantForIndex(at, at + m[1].length);
      if (!n || n.type !== m[1]) continue;
      for (let i = 0; i < up && n; i++) n = n.parent;
      if (n && types.has(n.type) && !seen.has(n.id)) {
        seen.add(n.id);
        out.push(n);
      }
    }
    return out.sort((a, b) => a.startIndex - b.startIndex);
  };

  // Imports: which names can be references at all.
  const imports = byKeyword(/(?<![\w.])(import|from)(?![\w])/g, IMPORT_TYPES);
  const importsOf = imports.map((n) => ({ node: n, bindings: importBindings(n) }));
  const names = new Set<string>();
  let torch = false;
  for (const { bindings } of importsOf) {
    for (const b of bindings) {
      if (b.path) names.add(b.name);
      if (b.path === 'torch' || b.path?.startsWith('torch.')) torch = true;
    }
  }
  if (names.size === 0) return { module, uses, methodCalls, importsTorch: false };
  // Module-level literal constants (`HIDDEN = 128`) may be arguments: track their local bindings too, so a
  // parameter of the same name is not mistaken for the constant. Their uses are not references.
  const tracked = new Set(names);
  for (const m of text.matchAll(/^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:[-+(\[0-9.'"]|True\b|False\b|None\b)/gm)) tracked.add(m[1]);

  // Scopes, in document order; ranges nest, so a stack gives each its parent.
  const ranges: ScopeRange[] = [];
  const byNodeId = new Map<number, ScopeRange>();
  const stack: ScopeRange[] = [];
  const scopeNodes = [
    ...byKeyword(/(?<![\w.])(def|class|lambda)(?![\w])/g, SCOPE_TYPES),
    ...byKeyword(/(?<![\w.])(for)(?![\w])/g, COMPREHENSION_TYPES, 2), // for_in_clause → comprehension
  ].sort((a, b) => a.startIndex - b.startIndex);
  for (const n of scopeNodes) {
    const kind = KIND_OF[n.type] ?? 'comprehension';
    let start = n.startIndex;
    let end = n.endIndex;
    let exclude: [number, number] | undefined;
    if (kind === 'comprehension') {
      const firstFor = n.namedChildren.find((c) => c?.type === 'for_in_clause');
      const iterable = firstFor?.childForFieldName('right');
      if (iterable) exclude = [iterable.startIndex, iterable.endIndex];
    } else {
      const body = n.childForFieldName('body');
      if (!body) continue;
      start = body.startIndex;
      end = body.endIndex;
    }
    while (stack.length && stack[stack.length - 1].end <= start) stack.pop();
    const parent = stack[stack.length - 1];
    const range: ScopeRange = { scope: new Scope(kind, parent?.scope ?? module), start, end, parent, exclude };
    ranges.push(range);
    byNodeId.set(n.id, range);
    stack.push(range);
  }
  const starts = ranges.map((r) => r.start);

  /** The innermost scope whose range holds `pos`. */
  const scopeAt = (pos: number): Scope => {
    let lo = 0;
    let hi = starts.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let r: ScopeRange | undefined = idx >= 0 ? ranges[idx] : undefined;
    while (r && !(pos >= r.start && pos < r.end && !(r.exclude && pos >= r.exclude[0] && pos < r.exclude[1]))) r = r.parent;
    return r?.scope ?? module;
  };
  /** The scope a def/lambda's parameters bind in. */
  const functionScope = (fn: Node | null): Scope => (fn && byNodeId.get(fn.id)?.scope) ?? scopeAt(fn?.startIndex ?? 0);

  // `global x` applies to its whole function, so it is registered before any binding.
  for (const g of byKeyword(/(?<![\w.])(global)(?![\w])/g, new Set(['global_statement']))) {
    const scope = scopeAt(g.startIndex);
    for (const c of g.namedChildren) if (c) scope.globals.add(c.text);
  }

  // `try: import x … except ImportError: <fallback>`: bindings of x in the handler do not override the import.
  const fallbacks: { start: number; end: number; names: Set<string> }[] = [];
  for (const t of byKeyword(/(?<![\w.])(try)(?![\w])/g, new Set(['try_statement']))) {
    const body = t.childForFieldName('body');
    if (!body) continue;
    const imported = new Set<string>();
    for (const { node, bindings } of importsOf) {
      if (node.startIndex >= body.startIndex && node.endIndex <= body.endIndex) for (const b of bindings) imported.add(b.name);
    }
    if (!imported.size) continue;
    for (const c of t.namedChildren) {
      if (c?.type !== 'except_clause') continue;
      const caught = c.namedChildren.find((x) => x && x.type !== 'block');
      if (!caught || /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(caught.text)) fallbacks.push({ start: c.startIndex, end: c.endIndex, names: imported });
    }
  }
  const isFallback = (name: string, pos: number) => fallbacks.some((f) => pos >= f.start && pos < f.end && f.names.has(name));

  const bind = (scope: Scope, name: string, at: number, pos: number, paths?: string[]) => {
    const fallback = isFallback(name, pos);
    if (fallback && paths) {
      // `except ImportError: import y as x` — an alternative path for the try body's `x`.
      const target = scope.kind !== 'module' && scope.kind !== 'class' && scope.globals.has(name) ? scope.module : scope;
      target.bindings.get(name)?.find((b) => b.paths && !b.fallback)?.paths?.push(...paths);
    }
    scope.bind(name, { at, paths, fallback });
  };

  for (const { node, bindings } of importsOf) {
    const scope = scopeAt(node.startIndex);
    for (const b of bindings) bind(scope, b.name, node.endIndex, node.startIndex, b.path ? [b.path] : undefined);
  }

  // Every occurrence of an imported name that is not part of a longer name or an attribute.
  const re = new RegExp(`(?<![\\w.])(?:${[...tracked].map(escapeRe).join('|')})(?![\\w])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const id = root.descendantForIndex(start, end);
    if (!id || id.type !== 'identifier' || id.startIndex !== start || id.endIndex !== end) continue; // string, comment, longer name
    classify(id, m[0]);
  }

  if (torch && tensorMethods.size) {
    const mre = new RegExp(`\\.\\s*(${[...tensorMethods].map(escapeRe).join('|')})\\s*\\(`, 'g');
    for (let m = mre.exec(text); m; m = mre.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      const id = root.descendantForIndex(start, start + m[1].length);
      const attr = id?.type === 'identifier' ? id.parent : null;
      const call = attr?.type === 'attribute' ? attr.parent : null;
      if (call?.type === 'call' && call.startIndex === attr!.startIndex) methodCalls.push({ call, scope: scopeAt(call.startIndex) });
    }
  }

  function classify(id: Node, name: string): void {
    const p = id.parent;
    const pos = id.startIndex;
    if (!p) return;
    const first = p.startIndex === pos; // is the identifier the node's first child?
    switch (p.type) {
      case 'assignment':
        if (first) return bind(scopeAt(pos), name, p.endIndex, pos);
        break;
      case 'augmented_assignment':
        if (first) {
          if (names.has(name)) uses.push({ node: id, scope: scopeAt(pos) });
          return bind(scopeAt(pos), name, p.endIndex, pos);
        }
        break;
      case 'named_expression':
        if (first) {
          let s = scopeAt(pos);
          while (s.kind === 'comprehension' && s.parent) s = s.parent; // walrus binds in the enclosing function
          return bind(s, name, p.endIndex, pos);
        }
        break;
      case 'keyword_argument':
        if (first) return; // the keyword's name
        break;
      case 'attribute':
        if (!first) return; // an attribute name, not a variable
        break;
      case 'for_statement':
      case 'for_in_clause':
        if (p.childForFieldName('left')?.id === id.id) return bind(scopeAt(pos), name, id.endIndex, pos);
        break;
      case 'as_pattern_target':
        return bind(scopeAt(pos), name, p.endIndex, pos);
      case 'parameters':
      case 'lambda_parameters':
        return bind(functionScope(p.parent), name, -1, pos);
      case 'default_parameter':
      case 'typed_default_parameter':
        if (first) return bind(functionScope(p.parent?.parent ?? null), name, -1, pos);
        break;
      case 'typed_parameter':
        return bind(functionScope(p.parent?.parent ?? null), name, -1, pos);
      case 'function_definition':
      case 'class_definition':
        if (p.childForFieldName('name')?.id === id.id) return bind(scopeAt(p.startIndex), name, p.endIndex, pos);
        break;
      case 'global_statement':
      case 'nonlocal_statement':
      case 'aliased_import':
      case 'dotted_name':
      case 'import_statement':
      case 'import_from_statement':
        return;
      case 'delete_statement':
        return bind(scopeAt(pos), name, p.endIndex, pos);
      default:
        if (TARGET_CONTAINERS.has(p.type) && bindsAsTarget(id, name, p)) return;
    }
    if (names.has(name)) uses.push({ node: id, scope: scopeAt(pos) });
  }

  /** Targets inside tuples/lists/splats: `a, nn = …`, `for i, F in …`, `del a, nn`, `def f(*nn)`. */
  function bindsAsTarget(id: Node, name: string, container: Node): boolean {
    let a: Node | null = container;
    while (a && TARGET_CONTAINERS.has(a.type)) a = a.parent;
    if (!a) return false;
    const pos = id.startIndex;
    const inField = (field: string) => {
      const f = a!.childForFieldName(field);
      return !!f && f.startIndex <= pos && id.endIndex <= f.endIndex;
    };
    switch (a.type) {
      case 'assignment':
      case 'augmented_assignment':
        if (!inField('left')) return false;
        bind(scopeAt(pos), name, a.endIndex, pos);
        return true;
      case 'for_statement':
      case 'for_in_clause':
        if (!inField('left')) return false;
        bind(scopeAt(pos), name, id.endIndex, pos);
        return true;
      case 'as_pattern_target':
        bind(scopeAt(pos), name, a.endIndex, pos);
        return true;
      case 'delete_statement':
        bind(scopeAt(pos), name, a.endIndex, pos);
        return true;
      case 'parameters':
      case 'lambda_parameters':
        bind(functionScope(a.parent), name, -1, pos);
        return true;
      case 'typed_parameter':
      case 'typed_default_parameter':
      case 'default_parameter':
        bind(functionScope(a.parent?.parent ?? null), name, -1, pos);
        return true;
      default:
        return false;
    }
  }

  return { module, uses, methodCalls, importsTorch: torch };
}
