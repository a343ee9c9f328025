/**
 * One pass over a tree-sitter Python tree: builds the scopes with their bindings (imports, assignments,
 * parameters, loop/with/except targets, comprehensions, `global`, `del`, definitions) and collects the uses
 * that may be API references: identifiers whose name some import binds, and candidate tensor-method calls.
 * Strings and comments are skipped (f-string interpolations are code and are walked).
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

const SKIP = new Set(['comment', 'string_start', 'string_content', 'string_end', 'escape_sequence', 'ERROR_COMMENT']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/** Names a statement-level `import` binds, with their qualified paths; relative imports bind locals. */
function importBindings(node: Node): { name: string; path: string | undefined }[] {
  const out: { name: string; path: string | undefined }[] = [];
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
  } else {
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

/** Every import-bound name in the file: uses of other names cannot be API references. */
function importedNames(root: Node): { names: Set<string>; torch: boolean } {
  const names = new Set<string>();
  let torch = false;
  for (const n of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!n) continue;
    for (const b of importBindings(n)) {
      if (b.path) names.add(b.name);
      if (b.path === 'torch' || b.path?.startsWith('torch.')) torch = true;
    }
  }
  return { names, torch };
}

/** True when `node` sits in an `except` clause that catches ImportError (or anything). */
function exceptCatchesImportError(clause: Node): boolean {
  const value = clause.childForFieldName('value') ?? clause.namedChildren.find((c) => c && c.type !== 'block') ?? null;
  if (!value) return true; // bare `except:`
  return /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(value.text);
}

export function walk(tree: Tree, tensorMethods: ReadonlySet<string>): WalkResult {
  const root = tree.rootNode;
  const { names, torch } = importedNames(root);
  const module = new Scope('module', undefined);
  const uses: Use[] = [];
  const methodCalls: MethodCall[] = [];
  /** Names imported by the `try` body of each enclosing try statement, innermost last. */
  const tryImports: Set<string>[] = [];
  let inImportFallback = 0;

  const bindTarget = (target: Node | null, scope: Scope, at: number): void => {
    if (!target) return;
    switch (target.type) {
      case 'identifier':
        scope.bind(target.text, { at, fallback: inImportFallback > 0 && tryImports.some((s) => s.has(target.text)) });
        return;
      case 'attribute':
      case 'subscript':
        visit(target, scope); // `x.y = …` binds nothing but uses x
        return;
      default:
        for (const c of target.namedChildren) bindTarget(c, scope, at);
    }
  };

  const bindParameters = (params: Node | null, fn: Scope, outer: Scope): void => {
    if (!params) return;
    for (const p of params.namedChildren) {
      if (!p) continue;
      switch (p.type) {
        case 'identifier':
          fn.bind(p.text, { at: -1 });
          break;
        case 'default_parameter':
        case 'typed_default_parameter':
          bindTarget(p.childForFieldName('name'), fn, -1);
          visit(p.childForFieldName('type'), outer);
          visit(p.childForFieldName('value'), outer);
          break;
        case 'typed_parameter':
          for (const c of p.namedChildren) {
            if (c && c.type !== 'type') bindTarget(c.type === 'identifier' ? c : c.namedChildren[0], fn, -1);
          }
          visit(p.childForFieldName('type'), outer);
          break;
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern':
          bindTarget(p.namedChildren[0], fn, -1);
          break;
        default:
          break;
      }
    }
  };

  const visitChildren = (node: Node, scope: Scope): void => {
    for (const c of node.namedChildren) if (c) visit(c, scope);
  };

  const newScope = (kind: ScopeKind, parent: Scope): Scope => new Scope(kind, parent);

  function visit(node: Node | null, scope: Scope): void {
    if (!node || SKIP.has(node.type)) return;
    switch (node.type) {
      case 'identifier':
        if (names.has(node.text)) uses.push({ node, scope });
        return;
      case 'string':
        for (const c of node.namedChildren) if (c?.type === 'interpolation') visitChildren(c, scope);
        return;
      case 'attribute':
        visit(node.childForFieldName('object'), scope); // the attribute name is not a use
        return;
      case 'keyword_argument':
        visit(node.childForFieldName('value'), scope);
        return;
      case 'call': {
        const fn = node.childForFieldName('function');
        if (torch && fn?.type === 'attribute' && tensorMethods.has(fn.childForFieldName('attribute')?.text ?? '')) {
          methodCalls.push({ call: node, scope });
        }
        visitChildren(node, scope);
        return;
      }
      case 'import_statement':
      case 'import_from_statement':
        for (const b of importBindings(node)) {
          const fallback = inImportFallback > 0 && tryImports.some((s) => s.has(b.name));
          scope.bind(b.name, { at: node.endIndex, paths: b.path ? [b.path] : undefined, fallback });
          if (fallback && b.path) {
            // `except ImportError: import y as x` — an alternative path for the try body's `x`.
            const primary = (scope.bindings.get(b.name) ?? []).find((x) => x.paths && !x.fallback);
            primary?.paths?.push(b.path);
          }
        }
        return;
      case 'future_import_statement':
        return;
      case 'global_statement':
      case 'nonlocal_statement':
        if (node.type === 'global_statement') for (const c of node.namedChildren) if (c) scope.globals.add(c.text);
        return;
      case 'assignment':
      case 'augmented_assignment': {
        visit(node.childForFieldName('right'), scope);
        visit(node.childForFieldName('type'), scope);
        const left = node.childForFieldName('left');
        if (node.type === 'augmented_assignment') visit(left, scope);
        // Chained `a = b = value` nests assignments on the right; the target binds after the whole statement.
        bindTarget(left, scope, node.endIndex);
        return;
      }
      case 'named_expression': {
        visit(node.childForFieldName('value'), scope);
        let s = scope;
        while (s.kind === 'comprehension' && s.parent) s = s.parent; // walrus binds in the enclosing function
        bindTarget(node.childForFieldName('name'), s, node.endIndex);
        return;
      }
      case 'delete_statement':
        for (const c of node.namedChildren) {
          for (const t of c?.type === 'expression_list' ? c.namedChildren : [c]) {
            if (t?.type === 'identifier') scope.bind(t.text, { at: node.endIndex });
            else visit(t, scope);
          }
        }
        return;
      case 'for_statement': {
        visit(node.childForFieldName('right'), scope);
        const left = node.childForFieldName('left');
        bindTarget(left, scope, left?.endIndex ?? node.startIndex);
        visit(node.childForFieldName('body'), scope);
        visit(node.childForFieldName('alternative'), scope);
        return;
      }
      case 'as_pattern': {
        // with … as x / except E as x / match … as x
        for (const c of node.namedChildren) {
          if (c?.type === 'as_pattern_target') bindTarget(c.namedChildren[0], scope, c.endIndex);
          else visit(c, scope);
        }
        return;
      }
      case 'try_statement': {
        const body = node.childForFieldName('body');
        const imported = new Set<string>();
        if (body) {
          for (const st of body.namedChildren) {
            if (st && (st.type === 'import_statement' || st.type === 'import_from_statement')) for (const b of importBindings(st)) imported.add(b.name);
          }
        }
        visit(body, scope);
        tryImports.push(imported);
        for (const c of node.namedChildren) {
          if (!c || c.id === body?.id) continue;
          const fallback = c.type === 'except_clause' && imported.size > 0 && exceptCatchesImportError(c);
          if (fallback) inImportFallback++;
          visit(c, scope);
          if (fallback) inImportFallback--;
        }
        tryImports.pop();
        return;
      }
      case 'decorated_definition':
        for (const c of node.namedChildren) if (c?.type === 'decorator') visit(c, scope);
        visit(node.childForFieldName('definition'), scope);
        return;
      case 'function_definition': {
        const fn = newScope('function', scope);
        bindParameters(node.childForFieldName('parameters'), fn, scope);
        visit(node.childForFieldName('return_type'), scope);
        visit(node.childForFieldName('body'), fn);
        bindTarget(node.childForFieldName('name'), scope, node.endIndex);
        return;
      }
      case 'class_definition': {
        visit(node.childForFieldName('superclasses'), scope);
        visit(node.childForFieldName('type_parameters'), scope);
        visit(node.childForFieldName('body'), newScope('class', scope));
        bindTarget(node.childForFieldName('name'), scope, node.endIndex);
        return;
      }
      case 'lambda': {
        const fn = newScope('lambda', scope);
        bindParameters(node.childForFieldName('parameters'), fn, scope);
        visit(node.childForFieldName('body'), fn);
        return;
      }
      default:
        if (COMPREHENSIONS.has(node.type)) {
          const comp = newScope('comprehension', scope);
          const clauses = node.namedChildren.filter((c): c is Node => !!c && c.type === 'for_in_clause');
          // The first iterable is evaluated in the enclosing scope; targets bind inside the comprehension.
          clauses.forEach((cl, i) => {
            visit(cl.childForFieldName('right'), i === 0 ? scope : comp);
            bindTarget(cl.childForFieldName('left'), comp, -1);
          });
          for (const c of node.namedChildren) if (c && c.type !== 'for_in_clause') visit(c, comp);
          return;
        }
        visitChildren(node, scope);
    }
  }

  visit(root, module);
  return { module, uses, methodCalls, importsTorch: torch };
}
