/**
 * Python name binding, as far as static analysis can follow it: which import (if any) a name refers to at
 * a given place. Function scopes are decided by Python's rule (a name bound anywhere in the function is local
 * throughout it); module and class scopes by the latest binding before the use. Class bodies are invisible to
 * their methods. `try: import a as x / except ImportError: import b as x` keeps both paths as alternatives.
 */

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Binding {
  /** Offset from which the binding holds (UTF-16 index; end of the binding statement). */
  at: number;
  /** Qualified paths for an import binding (first the primary, then `except ImportError` alternatives). */
  paths?: string[];
  /** Bound inside an `except ImportError` fallback of an import of the same name: does not override it. */
  fallback?: boolean;
}

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  readonly globals = new Set<string>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | undefined,
  ) {}

  get module(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  bind(name: string, binding: Binding): void {
    // `global x` in a function: its assignments rebind the module's name.
    const target = this.kind !== 'module' && this.kind !== 'class' && this.globals.has(name) ? this.module : this;
    const list = target.bindings.get(name);
    if (list) list.push(binding);
    else target.bindings.set(name, [binding]);
  }
}

/** The binding in force at `pos` among `list` (latest non-fallback one that starts before it). */
function inForce(list: readonly Binding[], pos: number): Binding | undefined {
  let best: Binding | undefined;
  for (const b of list) if (!b.fallback && b.at <= pos && (!best || b.at >= best.at)) best = b;
  return best;
}

/**
 * For a use inside a function body, which runs later than it reads: the binding in force at its text
 * position, else (a function defined above the import it uses) the last one in the scope.
 */
function inForceLater(list: readonly Binding[], pos: number): Binding | undefined {
  return inForce(list, pos) ?? inForce(list, Number.POSITIVE_INFINITY);
}

/**
 * The import paths `name` refers to when used at `pos` inside `scope`, or undefined when it is a local,
 * a builtin, unbound, or anything else that is not an import.
 */
export function resolveName(name: string, scope: Scope, pos: number): string[] | undefined {
  let s: Scope | undefined = scope;
  let deferred = false; // the use runs later than its text position (inside a function body)
  let crossedFunction = false;
  while (s) {
    if (s.kind === 'class' && crossedFunction) {
      s = s.parent; // methods do not see the class body's names
      continue;
    }
    if ((s.kind === 'function' || s.kind === 'lambda') && s.globals.has(name)) {
      s = s.module;
      deferred = true;
      continue;
    }
    const list = s.bindings.get(name);
    if (s.kind === 'function' || s.kind === 'lambda') {
      // Local for the whole function: never falls through to outer scopes, even before its binding.
      if (list) return (deferred ? inForceLater(list, pos) : inForce(list, pos))?.paths;
      crossedFunction = true;
      deferred = true;
    } else if (s.kind === 'comprehension') {
      if (list) return undefined; // a comprehension's targets are local to it, and never imports
    } else if (list) {
      const b = deferred ? inForceLater(list, pos) : inForce(list, pos);
      if (b || s.kind === 'module') return b?.paths;
    }
    s = s.parent;
  }
  return undefined;
}
