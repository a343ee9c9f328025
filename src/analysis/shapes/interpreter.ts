/**
 * A static interpreter for the part of Python that builds and runs PyTorch models: module-level constants,
 * classes (nn.Module subclasses, dataclass and plain configs), functions and methods, `if` on known values,
 * loops over known sequences, comprehensions — evaluated over the syntax tree, never executed. Modules built
 * in `__init__` are recorded with their parameters; calling one in `forward` applies its shape rule and leaves
 * a record per call (pre-order, like forward pre-hooks), which is how `named_modules()` names appear.
 */
import type { Node } from 'web-tree-sitter';
import { lookupSymbol } from '../../catalog/symbols';
import { parseNumber, stringValue } from '../evaluate';
import { importBindings } from '../walk';
import { add, floorDiv, mul, neg, product, sub, Sym, type Dim } from './dim';
import { NeedValues, ShapeError } from './errors';
import { apiAttribute, callApi, tensorAttribute, binaryTensor, indexTensor } from './ops';
import { constructLayer, forwardLayer, layerMacs } from './layers';
import {
  describe, Env, isDim, isModule, isSeq, isTensor, isUnknown, kindOf, list, NONE, tuple, unknown,
  type Builtin, type ClassValue, type Dict, type FunctionValue, type ModuleValue, type ObjectValue, type ParamRef, type Seq, type Tensor, type Value,
} from './values';

export interface CallRecord {
  line: number;
  name: string;
  op: string;
  in: Tensor[];
  /** null while the call runs, and for a call that failed. */
  out: Tensor[] | null;
  params: Dim;
  macs: Dim;
  /** Nesting depth below the root (1 = a direct child's call). */
  depth: number;
  /** The torch.nn layer's constructor arguments that are plain values (for the ONNX confirmation). */
  attrs?: Record<string, LayerAttr>;
}

export type LayerAttr = number | string | boolean | null | LayerAttr[];

class ReturnSignal {
  constructor(readonly value: Value) {}
}
class BreakSignal {}
class ContinueSignal {}
const isSignal = (e: unknown): boolean => e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal;

/** Work limits: a model that needs more steps or time is not one we can follow while the user types. */
const MAX_STEPS = 1_000_000;
const MAX_MS = 2_000;
const MAX_DEPTH = 80;
/** The longest list the interpreter builds (ranges, repetitions, tensor rows). */
export const MAX_ITEMS = 100_000;

const lineOf = (n: Node): number => n.startPosition.row + 1;

export class Interpreter {
  readonly globals = new Env();
  readonly records: CallRecord[] = [];
  private steps = 0;
  private depth = 0;
  private nextParam = 1;
  /** Lines of the user-code calls that are currently running (innermost last). */
  private readonly lines: number[] = [];
  /** MAC accumulators of the module calls in progress. */
  private readonly macStack: Dim[] = [];
  private moduleDepth = 0;
  /** Shapes that statements inside a forward pass produce, by line (distinct results, in order). */
  readonly lineShapes = new Map<number, Tensor[][]>();

  constructor(readonly root: Node) {
    installBuiltins(this);
  }

  /** Runs the module's definitions; `defines` supply free names (the file's own known values win). */
  run(defines: ReadonlyMap<string, Value>): void {
    for (const [k, v] of defines) this.globals.vars.set(k, v);
    this.execModule(this.root);
    for (const [k, v] of defines) {
      const own = this.globals.vars.get(k);
      if (own === undefined || isUnknown(own)) this.globals.vars.set(k, v);
    }
  }

  get line(): number {
    return this.lines[this.lines.length - 1] ?? 0;
  }

  newParam(shape: Dim[]): ParamRef {
    return { id: this.nextParam++, shape };
  }

  // ---------------------------------------------------------------- module level

  private execModule(root: Node): void {
    for (const stmt of root.namedChildren) {
      if (!stmt) continue;
      try {
        this.execTopLevel(stmt);
      } catch (e) {
        // A statement we cannot follow leaves its names unknown; only their use can fail later.
        if (isSignal(e)) continue; // `return` / `break` outside a function or loop: a syntax error Python would report
        if (!(e instanceof NeedValues || e instanceof ShapeError)) throw e;
        for (const name of boundNames(stmt)) if (this.globals.vars.get(name) === undefined) this.globals.vars.set(name, unknown(`${name} could not be evaluated (line ${lineOf(stmt)}): ${e.message}`));
      }
    }
  }

  private execTopLevel(stmt: Node): void {
    switch (stmt.type) {
      case 'import_statement':
      case 'import_from_statement':
      case 'class_definition':
      case 'function_definition':
      case 'decorated_definition':
        return this.exec(stmt, this.globals);
      case 'expression_statement': {
        const inner = stmt.namedChild(0);
        if (inner?.type === 'assignment' || inner?.type === 'augmented_assignment') return this.exec(stmt, this.globals);
        return;
      }
      case 'if_statement': {
        // `if __name__ == "__main__":` is a script, not a definition.
        if (/__name__/.test(stmt.childForFieldName('condition')?.text ?? '')) return;
        return this.exec(stmt, this.globals);
      }
      case 'try_statement':
        return this.execTry(stmt, this.globals, true);
      default:
        return; // loops and calls at module level are scripts: not run
    }
  }

  private execTry(stmt: Node, env: Env, topLevel: boolean): void {
    const body = stmt.childForFieldName('body');
    try {
      if (body) (topLevel ? body.namedChildren.forEach((s) => s && this.execTopLevel(s)) : this.execBlock(body, env));
    } catch (e) {
      if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) throw e;
      // An import that fails statically is fine: the `except ImportError` branch binds the fallback.
      const handler = stmt.namedChildren.find((c) => c?.type === 'except_clause');
      const block = handler?.namedChildren.find((c) => c?.type === 'block');
      if (block) this.execBlock(block, env);
      else throw e;
    }
  }

  // ---------------------------------------------------------------- statements

  execBlock(block: Node, env: Env): void {
    for (const stmt of block.namedChildren) if (stmt) this.exec(stmt, env);
  }

  private readonly startedAt = Date.now();

  private tick(node: Node): void {
    if (++this.steps > MAX_STEPS) throw new NeedValues(`too much to follow statically (more than ${MAX_STEPS.toLocaleString('en')} steps)`, lineOf(node), []);
    if ((this.steps & 4095) === 0 && Date.now() - this.startedAt > MAX_MS) throw new NeedValues(`too much to follow statically (over ${MAX_MS / 1000} s)`, lineOf(node), []);
  }

  exec(stmt: Node, env: Env): void {
    this.tick(stmt);
    switch (stmt.type) {
      case 'expression_statement':
        for (const c of stmt.namedChildren) if (c) this.evalStatementExpr(c, env);
        return;
      case 'return_statement': {
        const v = stmt.namedChild(0);
        const value = v ? this.eval(v, env) : NONE;
        this.noteLine(stmt, value);
        throw new ReturnSignal(value);
      }
      case 'pass_statement':
      case 'comment':
      case 'global_statement':
      case 'nonlocal_statement':
      case 'assert_statement':
      case 'future_import_statement':
      case 'delete_statement':
        return;
      case 'break_statement':
        throw new BreakSignal();
      case 'continue_statement':
        throw new ContinueSignal();
      case 'if_statement':
        return this.execIf(stmt, env);
      case 'for_statement':
        return this.execFor(stmt, env);
      case 'while_statement':
        throw new NeedValues('a while loop cannot be followed statically', lineOf(stmt), []);
      case 'with_statement': {
        const body = stmt.childForFieldName('body');
        if (body) this.execBlock(body, env);
        return;
      }
      case 'try_statement':
        return this.execTry(stmt, env, false);
      case 'raise_statement':
        throw new ShapeError(`the code raises here: ${stmt.text.slice(0, 200)}`, lineOf(stmt));
      case 'function_definition':
        env.vars.set(stmt.childForFieldName('name')!.text, this.defineFunction(stmt, env));
        return;
      case 'class_definition':
        env.vars.set(stmt.childForFieldName('name')!.text, this.defineClass(stmt, env, []));
        return;
      case 'decorated_definition': {
        const def = stmt.childForFieldName('definition')!;
        const decorators = stmt.namedChildren.filter((c) => c?.type === 'decorator').map((d) => d!.text.replace(/^@\s*/, ''));
        const name = def.childForFieldName('name')!.text;
        if (def.type === 'class_definition') env.vars.set(name, this.defineClass(def, env, decorators));
        else env.vars.set(name, this.defineFunction(def, env, decorators));
        return;
      }
      case 'import_statement':
      case 'import_from_statement':
        for (const b of importBindings(stmt)) env.vars.set(b.name, b.path ? { k: 'api', path: b.path } : unknown(`${b.name} comes from a relative import`, [b.name]));
        return;
      default:
        return; // match, type aliases, print statements of Python 2…: no effect on shapes
    }
  }

  private evalStatementExpr(node: Node, env: Env): void {
    if (node.type === 'assignment') {
      const right = node.childForFieldName('right');
      const left = node.childForFieldName('left')!;
      if (!right) {
        // `x: int` declares only (dataclass fields are read from the class body directly).
        return;
      }
      // `a = b = value` nests assignments on the right.
      let value: Value;
      if (right.type === 'assignment') {
        this.evalStatementExpr(right, env);
        value = this.eval(right.childForFieldName('left')!, env);
      } else value = this.eval(right, env);
      this.assign(left, value, env);
      this.noteLine(node, value);
      return;
    }
    if (node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left')!;
      const op = node.childForFieldName('operator')!.text.slice(0, -1);
      const value = this.binary(op, this.eval(left, env), this.eval(node.childForFieldName('right')!, env), node);
      this.assign(left, value, env);
      this.noteLine(node, value);
      return;
    }
    this.eval(node, env);
  }

  /** Remembers what a statement of a forward pass produced (for inlay hints after each line). */
  private noteLine(stmt: Node, value: Value): void {
    if (this.moduleDepth === 0) return;
    const tensors = flattenTensors([value]);
    if (!tensors.length) return;
    const line = stmt.endPosition.row + 1;
    const seen = this.lineShapes.get(line) ?? [];
    const key = (ts: Tensor[]) => ts.map((t) => describe(t)).join();
    if (seen.length < 8 && !seen.some((ts) => key(ts) === key(tensors))) seen.push(tensors);
    this.lineShapes.set(line, seen);
  }

  private execIf(stmt: Node, env: Env): void {
    if (this.test(stmt.childForFieldName('condition')!, env)) {
      this.execBlock(stmt.childForFieldName('consequence')!, env);
      return;
    }
    for (const alt of stmt.childrenForFieldName('alternative')) {
      if (!alt) continue;
      if (alt.type === 'elif_clause') {
        if (this.test(alt.childForFieldName('condition')!, env)) {
          this.execBlock(alt.childForFieldName('consequence')!, env);
          return;
        }
      } else {
        this.execBlock(alt.childForFieldName('body')!, env);
        return;
      }
    }
  }

  /** A condition's truth; one that cannot be decided stops inference and says which values would decide it. */
  test(cond: Node, env: Env): boolean {
    const v = this.eval(cond, env);
    const t = truthy(v);
    if (t === undefined) {
      const missing = isUnknown(v) ? v.missing ?? [] : [];
      throw new NeedValues(`cannot decide \`${cond.text.slice(0, 80)}\` statically${isUnknown(v) ? ` (${v.why})` : ''}`, lineOf(cond), missing);
    }
    return t;
  }

  private execFor(stmt: Node, env: Env): void {
    const iterable = this.eval(stmt.childForFieldName('right')!, env);
    const items = this.iterate(iterable, stmt);
    const body = stmt.childForFieldName('body')!;
    const left = stmt.childForFieldName('left')!;
    if (items === undefined) return; // e.g. `for p in self.parameters()` in __init__: no shapes involved
    for (const item of items) {
      this.assign(left, item, env);
      try {
        this.execBlock(body, env);
      } catch (e) {
        if (e instanceof BreakSignal) return;
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
    }
    const orelse = stmt.childForFieldName('alternative');
    if (orelse) this.execBlock(orelse.childForFieldName('body')!, env);
  }

  /** Items of an iterable; undefined when it is unknown outside a forward pass (the loop is skipped). */
  iterate(v: Value, node: Node): Value[] | undefined {
    if (isSeq(v)) return v.items;
    if (typeof v === 'string') return [...v];
    const k = kindOf(v);
    if (k === 'dict') return [...(v as Dict).entries.keys()];
    if (k === 'module') {
      const m = v as ModuleValue;
      if (m.api === 'torch.nn.ModuleDict') return [...m.children.keys()];
      return [...m.children.values()];
    }
    if (k === 'tensor') {
      const t = v as Tensor;
      const n = t.shape[0];
      if (typeof n !== 'number') throw new NeedValues(`cannot iterate over a tensor of symbolic length ${describe(t)}`, lineOf(node), []);
      if (n > MAX_ITEMS) throw new NeedValues(`iterating over ${n.toLocaleString('en')} rows of a tensor is too much to follow`, lineOf(node), []);
      return Array.from({ length: n }, () => ({ k: 'tensor', shape: t.shape.slice(1), dtype: t.dtype }) as Tensor);
    }
    if (k === 'unknown') {
      if (this.moduleDepth > 0) throw new NeedValues(`cannot iterate over ${(v as { why: string }).why}`, lineOf(node), (v as { missing?: string[] }).missing ?? []);
      return undefined;
    }
    throw new NeedValues(`cannot iterate over ${describe(v)}`, lineOf(node), []);
  }

  // ---------------------------------------------------------------- assignment

  assign(target: Node, value: Value, env: Env): void {
    switch (target.type) {
      case 'identifier':
        env.vars.set(target.text, value);
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        const targets = target.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
        const star = targets.findIndex((t) => t.type === 'list_splat_pattern');
        const items = this.iterate(value, target);
        if (!items) {
          for (const t of targets) this.assign(t.type === 'list_splat_pattern' ? t.namedChild(0)! : t, unknown(`unpacked from ${describe(value)}`), env);
          return;
        }
        if (star < 0 && items.length !== targets.length) throw new ShapeError(`cannot unpack ${items.length} values into ${targets.length} names`, lineOf(target));
        if (star >= 0) {
          const after = targets.length - star - 1;
          targets.slice(0, star).forEach((t, i) => this.assign(t, items[i], env));
          this.assign(targets[star].namedChild(0)!, list(items.slice(star, items.length - after)), env);
          targets.slice(star + 1).forEach((t, i) => this.assign(t, items[items.length - after + i], env));
          return;
        }
        targets.forEach((t, i) => this.assign(t, items[i], env));
        return;
      }
      case 'parenthesized_expression':
        return this.assign(target.namedChild(0)!, value, env);
      case 'attribute': {
        const obj = this.eval(target.childForFieldName('object')!, env);
        this.setAttribute(obj, target.childForFieldName('attribute')!.text, value);
        return;
      }
      case 'subscript': {
        const obj = this.eval(target.childForFieldName('value')!, env);
        const keyNode = target.childForFieldName('subscript')!;
        if (kindOf(obj) === 'dict') {
          const key = this.eval(keyNode, env);
          if (typeof key === 'string' || typeof key === 'number') (obj as Dict).entries.set(key, value);
        } else if (kindOf(obj) === 'list') {
          const key = this.eval(keyNode, env);
          const items = (obj as Seq).items;
          const i = typeof key === 'number' ? (key < 0 ? items.length + key : key) : -1;
          if (Number.isInteger(i) && i >= 0 && i < items.length) items[i] = value;
          else if (typeof key === 'number') throw new ShapeError(`list assignment index ${key} out of range`, lineOf(target));
        }
        return; // tensor item assignment keeps the tensor's shape
      }
      default:
        return;
    }
  }

  setAttribute(obj: Value, name: string, value: Value): void {
    const k = kindOf(obj);
    if (k === 'module') {
      const m = obj as ModuleValue;
      if (isModule(value)) {
        m.attrs.delete(name);
        m.children.set(name, value);
      } else if (isTensor(value) && value.param) {
        m.children.delete(name);
        m.params.set(name, value.param); // nn.Parameter, or weight tying (`wte.weight = lm_head.weight`)
      } else if (value === null && m.children.has(name)) {
        m.children.delete(name);
        m.attrs.set(name, value);
      } else {
        m.attrs.set(name, value);
      }
    } else if (k === 'object') {
      (obj as ObjectValue).attrs.set(name, value);
    }
  }

  // ---------------------------------------------------------------- definitions

  defineFunction(def: Node, env: Env, decorators: string[] = []): FunctionValue {
    const f: FunctionValue = { k: 'function', name: def.childForFieldName('name')?.text ?? '<lambda>', node: def, closure: env };
    if (decorators.includes('property')) (f as FunctionValue & { property?: boolean }).property = true;
    if (decorators.includes('staticmethod')) (f as FunctionValue & { static?: boolean }).static = true;
    return f;
  }

  private defineClass(def: Node, env: Env, decorators: string[]): ClassValue {
    const bases = (def.childForFieldName('superclasses')?.namedChildren ?? [])
      .filter((c): c is Node => !!c && c.type !== 'keyword_argument' && c.type !== 'comment')
      .map((b) => this.tryEval(b, env));
    const cls: ClassValue = { k: 'class', name: def.childForFieldName('name')!.text, node: def, bases, attrs: new Map(), dataclass: decorators.some((d) => /^(dataclasses\.)?dataclass\b/.test(d)) };
    const body = new Env(env);
    const block = def.childForFieldName('body')!;
    for (const stmt of block.namedChildren) {
      if (!stmt) continue;
      try {
        if (stmt.type === 'function_definition' || stmt.type === 'decorated_definition') {
          const fdef = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition')! : stmt;
          if (fdef.type !== 'function_definition') continue;
          const decs = stmt.type === 'decorated_definition' ? stmt.namedChildren.filter((c) => c?.type === 'decorator').map((d) => d!.text.replace(/^@\s*/, '')) : [];
          body.vars.set(fdef.childForFieldName('name')!.text, this.defineFunction(fdef, env, decs));
        } else this.exec(stmt, body);
      } catch (e) {
        if (isSignal(e)) continue;
        if (!(e instanceof NeedValues || e instanceof ShapeError)) throw e;
      }
    }
    for (const [k, v] of body.vars) cls.attrs.set(k, v);
    return cls;
  }

  /** Method resolution: the class itself, then its user-class bases depth-first (enough for single inheritance). */
  findAttr(cls: ClassValue, name: string): { value: Value; owner: ClassValue } | undefined {
    const seen = new Set<ClassValue>();
    const visit = (c: ClassValue): { value: Value; owner: ClassValue } | undefined => {
      if (seen.has(c)) return undefined;
      seen.add(c);
      if (c.attrs.has(name)) return { value: c.attrs.get(name)!, owner: c };
      for (const b of c.bases) if (kindOf(b) === 'class') {
        const hit = visit(b as ClassValue);
        if (hit) return hit;
      }
      return undefined;
    };
    return visit(cls);
  }

  /** The torch.nn API class a user class derives from (`torch.nn.Module`, or a layer it extends). */
  apiBase(cls: ClassValue, seen = new Set<ClassValue>()): string | undefined {
    if (seen.has(cls)) return undefined;
    seen.add(cls);
    for (const b of cls.bases) {
      if (kindOf(b) === 'api') {
        const path = canonicalApi((b as { path: string }).path);
        if (path.startsWith('torch.nn.') || path === 'torch.nn.Module') return path;
      }
      if (kindOf(b) === 'class') {
        const hit = this.apiBase(b as ClassValue, seen);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- expressions

  /** Evaluates, turning failures into Unknown (for places where a value is optional). */
  tryEval(node: Node, env: Env): Value {
    try {
      return this.eval(node, env);
    } catch (e) {
      if (e instanceof NeedValues) return unknown(e.message, e.names);
      throw e;
    }
  }

  eval(node: Node, env: Env): Value {
    this.tick(node);
    switch (node.type) {
      case 'integer':
      case 'float': {
        return parseNumber(node.text) ?? unknown(/[jl]$/i.test(node.text) ? 'a complex literal' : node.text);
      }
      case 'true':
        return true;
      case 'false':
        return false;
      case 'none':
        return NONE;
      case 'ellipsis':
        return { k: 'ellipsis' };
      case 'string':
        return stringValue(node) ?? unknown('an f-string');
      case 'concatenated_string': {
        const parts = node.namedChildren.map((c) => (c ? stringValue(c) : undefined));
        return parts.every((p) => p !== undefined) ? parts.join('') : unknown('an f-string');
      }
      case 'identifier':
        return this.name(node, env);
      case 'parenthesized_expression':
        return this.eval(node.namedChild(0)!, env);
      case 'tuple':
      case 'expression_list':
        return tuple(this.evalItems(node, env));
      case 'list':
        return list(this.evalItems(node, env));
      case 'set':
        return list(this.evalItems(node, env));
      case 'dictionary': {
        const entries = new Map<string | number, Value>();
        for (const pair of node.namedChildren) {
          if (pair?.type === 'pair') {
            const key = this.eval(pair.childForFieldName('key')!, env);
            if (typeof key === 'string' || typeof key === 'number') entries.set(key, this.eval(pair.childForFieldName('value')!, env));
          } else if (pair?.type === 'dictionary_splat') {
            const d = this.eval(pair.namedChild(0)!, env);
            if (kindOf(d) === 'dict') for (const [k, v] of (d as Dict).entries) entries.set(k, v);
          }
        }
        return { k: 'dict', entries };
      }
      case 'attribute':
        return this.attribute(this.eval(node.childForFieldName('object')!, env), node.childForFieldName('attribute')!.text, node);
      case 'call':
        return this.evalCall(node, env);
      case 'subscript':
        return this.subscript(node, env);
      case 'binary_operator':
        return this.binary(node.childForFieldName('operator')!.text, this.eval(node.childForFieldName('left')!, env), this.eval(node.childForFieldName('right')!, env), node);
      case 'unary_operator': {
        const v = this.eval(node.childForFieldName('argument')!, env);
        const op = node.childForFieldName('operator')!.text;
        if (op === '+') return v;
        if (op === '-') return isDim(v) ? neg(v) : typeof v === 'number' ? -v : isTensor(v) ? v : unknown(`-${describe(v)}`);
        return isUnknown(v) ? v : unknown(`~${describe(v)}`);
      }
      case 'not_operator': {
        const t = truthy(this.eval(node.childForFieldName('argument')!, env));
        return t === undefined ? unknown(`the truth of ${node.text.slice(0, 60)}`) : !t;
      }
      case 'boolean_operator': {
        const op = node.childForFieldName('operator')!.text;
        const left = this.eval(node.childForFieldName('left')!, env);
        const t = truthy(left);
        if (t === undefined) return left;
        if (op === 'and' ? !t : t) return left;
        return this.eval(node.childForFieldName('right')!, env);
      }
      case 'comparison_operator':
        return this.compare(node, env);
      case 'conditional_expression': {
        const [a, cond, b] = node.namedChildren as Node[];
        return this.test(cond, env) ? this.eval(a, env) : this.eval(b, env);
      }
      case 'list_comprehension':
      case 'generator_expression':
      case 'set_comprehension':
        return list(this.comprehension(node, env));
      case 'dictionary_comprehension': {
        const entries = new Map<string | number, Value>();
        this.comprehension(node, env, (pair, scope) => {
          const key = this.eval(pair.childForFieldName('key')!, scope);
          if (typeof key === 'string' || typeof key === 'number') entries.set(key, this.eval(pair.childForFieldName('value')!, scope));
          return NONE;
        });
        return { k: 'dict', entries };
      }
      case 'lambda':
        return { k: 'function', name: '<lambda>', node, closure: env };
      case 'named_expression': {
        const v = this.eval(node.childForFieldName('value')!, env);
        env.vars.set(node.childForFieldName('name')!.text, v);
        return v;
      }
      case 'slice':
        return this.slice(node, env);
      case 'keyword_argument':
        return this.eval(node.childForFieldName('value')!, env);
      case 'await':
        return this.eval(node.namedChild(0)!, env);
      default:
        return unknown(`\`${node.text.slice(0, 60)}\``);
    }
  }

  private name(node: Node, env: Env): Value {
    const v = env.lookup(node.text);
    if (v !== undefined || env.lookup(node.text) === null) return v === undefined ? NONE : v;
    const hasBinding = (() => {
      for (let e: Env | undefined = env; e; e = e.parent) if (e.vars.has(node.text)) return true;
      return false;
    })();
    if (hasBinding) return NONE;
    return unknown(`\`${node.text}\` is not defined in this file`, [node.text]);
  }

  private evalItems(node: Node, env: Env): Value[] {
    const out: Value[] = [];
    for (const c of node.namedChildren) {
      if (!c || c.type === 'comment') continue;
      if (c.type === 'list_splat') {
        const items = this.iterate(this.eval(c.namedChild(0)!, env), c);
        if (items) out.push(...items);
      } else out.push(this.eval(c, env));
    }
    return out;
  }

  private comprehension(node: Node, env: Env, each?: (body: Node, scope: Env) => Value): Value[] {
    const body = node.childForFieldName('body')!;
    const clauses = node.namedChildren.filter((c): c is Node => !!c && (c.type === 'for_in_clause' || c.type === 'if_clause'));
    const out: Value[] = [];
    const scope = new Env(env);
    const run = (i: number): void => {
      if (i === clauses.length) {
        out.push(each ? each(body, scope) : this.eval(body, scope));
        return;
      }
      const c = clauses[i];
      if (c.type === 'if_clause') {
        if (this.test(c.namedChild(0)!, scope)) run(i + 1);
        return;
      }
      const items = this.iterate(this.eval(c.childForFieldName('right')!, scope), c);
      if (!items) throw new NeedValues(`cannot iterate over \`${c.childForFieldName('right')!.text}\``, lineOf(c), []);
      for (const item of items) {
        this.assign(c.childForFieldName('left')!, item, scope);
        run(i + 1);
      }
    };
    run(0);
    return out;
  }

  private slice(node: Node, env: Env): Value {
    const parts: (Node | undefined)[] = [undefined, undefined, undefined];
    let pos = 0;
    for (const c of node.children) {
      if (!c) continue;
      if (c.type === ':') pos++;
      else if (c.isNamed && c.type !== 'comment') parts[pos] = c;
    }
    const ev = (n: Node | undefined): Value => (n ? this.eval(n, env) : NONE);
    return { k: 'slice', start: ev(parts[0]), stop: ev(parts[1]), step: ev(parts[2]) };
  }

  private compare(node: Node, env: Env): Value {
    const operands: Node[] = [];
    const ops: string[] = [];
    let pending = '';
    for (const c of node.children) {
      if (!c) continue;
      if (c.isNamed && c.type !== 'comment') {
        if (operands.length) {
          ops.push(pending.trim());
          pending = '';
        }
        operands.push(c);
      } else pending += ` ${c.type}`;
    }
    let left = this.eval(operands[0], env);
    for (let i = 0; i < ops.length; i++) {
      const right = this.eval(operands[i + 1], env);
      const r = compareValues(ops[i].replace(/\s+/g, ' '), left, right);
      if (r !== true) return r;
      left = right;
    }
    return true;
  }

  binary(op: string, a: Value, b: Value, node: Node): Value {
    if (isTensor(a) || isTensor(b)) return binaryTensor(op, a, b, lineOf(node));
    if (isUnknown(a)) return a;
    if (isUnknown(b)) return b;
    if (isDim(a) && isDim(b)) {
      switch (op) {
        case '+': return add(a, b);
        case '-': return sub(a, b);
        case '*': return mul(a, b);
        case '//': return floorDiv(a, b);
      }
    }
    if (typeof a === 'boolean') a = a ? 1 : 0;
    if (typeof b === 'boolean') b = b ? 1 : 0;
    if (typeof a === 'number' && typeof b === 'number') {
      switch (op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return a / b;
        case '//': return Math.floor(a / b);
        case '%': return a - Math.floor(a / b) * b;
        case '**': return a ** b;
        case '<<': return a << b;
        case '>>': return a >> b;
        case '&': return a & b;
        case '|': return a | b;
        case '^': return a ^ b;
      }
    }
    if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
    if (typeof a === 'string' && op === '%') return unknown('a formatted string');
    if (isSeq(a) && isSeq(b) && op === '+') return { k: a.k, items: [...a.items, ...b.items] };
    if ((isSeq(a) && typeof b === 'number') || (typeof a === 'number' && isSeq(b))) {
      if (op !== '*') return unknown(`${describe(a)} ${op} ${describe(b)}`);
      const [seq, n] = isSeq(a) ? [a, b as number] : [b as Seq, a as number];
      const times = Number.isInteger(n) ? Math.max(0, n) : NaN;
      if (Number.isNaN(times)) return unknown(`${describe(a)} * ${describe(b)}`);
      if (seq.items.length === 0 || times === 0) return { k: seq.k, items: [] };
      if (seq.items.length * times > MAX_ITEMS) return unknown(`a list of more than ${MAX_ITEMS.toLocaleString('en')} items`);
      return { k: seq.k, items: Array.from({ length: times }, () => seq.items).flat() };
    }
    if (op === '/' && isDim(a) && isDim(b)) return unknown(`${describe(a)} / ${describe(b)} (true division of a symbolic size)`);
    return unknown(`${describe(a)} ${op} ${describe(b)}`);
  }

  private subscript(node: Node, env: Env): Value {
    const obj = this.eval(node.childForFieldName('value')!, env);
    const keys = node.childrenForFieldName('subscript').filter((c): c is Node => !!c && c.type !== 'comment').map((k) => this.eval(k, env));
    const key = keys.length === 1 ? keys[0] : tuple(keys);
    if (isTensor(obj)) return indexTensor(obj, keys, lineOf(node));
    if (isUnknown(obj)) return obj;
    const k = kindOf(obj);
    if (k === 'dict') {
      const v = typeof key === 'string' || typeof key === 'number' ? (obj as Dict).entries.get(key) : undefined;
      return v === undefined ? unknown(`key ${describe(key)} of a dict`) : v;
    }
    if (k === 'module') {
      const m = obj as ModuleValue;
      if (typeof key === 'string') return m.children.get(key) ?? unknown(`no submodule "${key}"`);
      const items = [...m.children.values()];
      if (typeof key === 'number') return items[key < 0 ? items.length + key : key] ?? unknown(`index ${key} of ${describe(m)}`);
      if (kindOf(key) === 'slice') return this.sliceModule(m, key as never);
    }
    if (isSeq(obj) || typeof obj === 'string') {
      const items = typeof obj === 'string' ? [...obj] : obj.items;
      if (typeof key === 'number') {
        const v = items[key < 0 ? items.length + key : key];
        if (v === undefined) throw new ShapeError(`index ${key} is out of range for ${describe(obj)}`, lineOf(node));
        return v;
      }
      if (kindOf(key) === 'slice') {
        const s = key as { start: Value; stop: Value; step: Value };
        const picked = sliceIndices(items.length, s).map((i) => items[i]);
        return typeof obj === 'string' ? picked.join('') : { k: (obj as Seq).k, items: picked };
      }
    }
    return unknown(`${describe(obj)}[${describe(key)}]`);
  }

  private sliceModule(m: ModuleValue, s: { start: Value; stop: Value; step: Value }): Value {
    const entries = [...m.children.entries()];
    const out = this.newModule('torch.nn.Sequential', m.line);
    for (const i of sliceIndices(entries.length, s)) out.children.set(entries[i][0], entries[i][1]);
    return out;
  }

  attribute(obj: Value, name: string, node: Node): Value {
    const k = kindOf(obj);
    switch (k) {
      case 'api':
        return apiAttribute((obj as { path: string }).path, name);
      case 'tensor':
        return tensorAttribute(obj as Tensor, name, lineOf(node));
      case 'module': {
        const m = obj as ModuleValue;
        if (m.children.has(name)) return m.children.get(name)!;
        if (m.params.has(name)) {
          const p = m.params.get(name)!;
          return { k: 'tensor', shape: p.shape, dtype: 'float32', param: p };
        }
        if (m.attrs.has(name)) return m.attrs.get(name)!;
        if (m.args.has(name)) return m.args.get(name)!;
        if (m.cls) {
          const hit = this.findAttr(m.cls, name);
          if (hit) return this.bind(hit.value, m, hit.owner);
        }
        if (name === 'training') return false;
        return { k: 'builtin', name: `${m.op}.${name}`, call: (args) => this.moduleMethod(m, name, args) };
      }
      case 'object': {
        const o = obj as ObjectValue;
        if (o.attrs.has(name)) return o.attrs.get(name)!;
        const hit = this.findAttr(o.cls, name);
        if (hit) return this.bind(hit.value, o, hit.owner);
        return unknown(`${o.cls.name}.${name}`);
      }
      case 'class': {
        const hit = this.findAttr(obj as ClassValue, name);
        return hit ? hit.value : unknown(`${(obj as ClassValue).name}.${name}`);
      }
      case 'dict':
        return { k: 'builtin', name: `dict.${name}`, call: (args) => dictMethod(obj as Dict, name, args) };
      case 'list':
      case 'tuple':
        return { k: 'builtin', name: `list.${name}`, call: (args) => listMethod(obj as Seq, name, args) };
      case 'string':
        return { k: 'builtin', name: `str.${name}`, call: () => unknown(`str.${name}()`) };
      case 'unknown':
        return obj;
      default:
        return unknown(`${describe(obj)}.${name}`);
    }
  }

  private bind(v: Value, self: Value, owner: ClassValue): Value {
    if (kindOf(v) !== 'function') return v;
    const f = v as FunctionValue & { property?: boolean; static?: boolean };
    if (f.static) return f;
    const bound: FunctionValue = { ...f, self, owner };
    if (f.property) return this.callFunction(bound, [], new Map(), f.node);
    return bound;
  }

  /** nn.Module methods a model calls on itself or a submodule. */
  private moduleMethod(m: ModuleValue, name: string, args: Value[]): Value {
    switch (name) {
      case 'register_buffer':
      case 'register_parameter':
        if (typeof args[0] === 'string') {
          if (name === 'register_parameter' && isTensor(args[1])) m.params.set(args[0], args[1].param ?? this.newParam(args[1].shape));
          else m.attrs.set(args[0], args[1] ?? NONE);
        }
        return NONE;
      case 'add_module':
      case 'register_module':
        if (typeof args[0] === 'string' && isModule(args[1])) m.children.set(args[0], args[1]);
        return NONE;
      case 'append':
        if (isModule(args[0])) m.children.set(String(m.children.size), args[0]);
        return m;
      case 'extend':
        if (isSeq(args[0])) for (const c of args[0].items) if (isModule(c)) m.children.set(String(m.children.size), c);
        return m;
      case 'modules':
      case 'children':
        return list([...m.children.values()]);
      case 'keys':
        return list([...m.children.keys()]);
      case 'values':
        return list([...m.children.values()]);
      case 'items':
        return list([...m.children.entries()].map(([k, v]) => tuple([k, v])));
      case 'eval':
      case 'train':
      case 'to':
      case 'cuda':
      case 'cpu':
      case 'float':
      case 'half':
      case 'double':
      case 'requires_grad_':
      case 'apply':
        return m;
      default:
        return unknown(`${m.op}.${name}()`);
    }
  }

  // ---------------------------------------------------------------- calls

  private evalCall(node: Node, env: Env): Value {
    const fnNode = node.childForFieldName('function')!;
    const argNode = node.childForFieldName('arguments');
    // `super().__init__(...)` / `super(Net, self).__init__()`.
    if (fnNode.type === 'attribute' && fnNode.childForFieldName('object')?.type === 'call' && fnNode.childForFieldName('object')?.childForFieldName('function')?.text === 'super') {
      return this.callSuper(fnNode.childForFieldName('attribute')!.text, node, env);
    }
    const fn = this.eval(fnNode, env);
    const args: Value[] = [];
    const kwargs = new Map<string, Value>();
    if (argNode?.type === 'generator_expression') args.push(this.eval(argNode, env));
    else for (const a of argNode?.namedChildren ?? []) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') kwargs.set(a.childForFieldName('name')!.text, this.eval(a.childForFieldName('value')!, env));
      else if (a.type === 'list_splat') {
        const items = this.iterate(this.eval(a.namedChild(0)!, env), a);
        if (!items) return unknown(`*${a.namedChild(0)!.text}`);
        args.push(...items);
      } else if (a.type === 'dictionary_splat') {
        const d = this.eval(a.namedChild(0)!, env);
        if (kindOf(d) !== 'dict') return unknown(`**${a.namedChild(0)!.text}`);
        for (const [k, v] of (d as Dict).entries) kwargs.set(String(k), v);
      } else args.push(this.eval(a, env));
    }
    this.lines.push(lineOf(node));
    try {
      return this.call(fn, args, kwargs, node);
    } finally {
      this.lines.pop();
    }
  }

  private callSuper(method: string, node: Node, env: Env): Value {
    const self = env.lookup('self');
    const fnEnv = env as Env & { owner?: ClassValue };
    const owner = fnEnv.owner ?? (self && kindOf(self) === 'module' ? (self as ModuleValue).cls : self && kindOf(self) === 'object' ? (self as ObjectValue).cls : undefined);
    if (!owner || self === undefined) return NONE;
    for (const b of owner.bases) {
      if (kindOf(b) !== 'class') continue;
      const hit = this.findAttr(b as ClassValue, method);
      if (hit && kindOf(hit.value) === 'function') {
        const argNode = node.childForFieldName('arguments');
        const args = (argNode?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'keyword_argument' && a.type !== 'comment').map((a) => this.eval(a, env));
        const kwargs = new Map<string, Value>();
        for (const a of argNode?.namedChildren ?? []) if (a?.type === 'keyword_argument') kwargs.set(a.childForFieldName('name')!.text, this.eval(a.childForFieldName('value')!, env));
        this.lines.push(lineOf(node));
        try {
          return this.callFunction({ ...(hit.value as FunctionValue), self, owner: hit.owner }, args, kwargs, node);
        } finally {
          this.lines.pop();
        }
      }
    }
    return NONE; // nn.Module.__init__ and friends
  }

  call(fn: Value, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
    switch (kindOf(fn)) {
      case 'function':
        return this.callFunction(fn as FunctionValue, args, kwargs, node);
      case 'builtin':
        return (fn as Builtin).call(args, kwargs);
      case 'class':
        return this.instantiate(fn as ClassValue, args, kwargs, node);
      case 'module':
        return this.callModule(fn as ModuleValue, args, kwargs, node);
      case 'api': {
        const path = canonicalApi((fn as { path: string }).path);
        const layer = constructLayer(this, path, args, kwargs, lineOf(node));
        if (layer) return layer;
        return callApi(this, path, args, kwargs, lineOf(node));
      }
      case 'unknown':
        return fn;
      default:
        return unknown(`calling ${describe(fn)}`);
    }
  }

  callFunction(f: FunctionValue, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      throw new NeedValues(`calls nest deeper than ${MAX_DEPTH} (recursion?)`, lineOf(node), []);
    }
    const env = new Env(f.closure) as Env & { owner?: ClassValue };
    env.owner = f.owner;
    try {
      const params = f.node.childForFieldName('parameters');
      const all = f.self !== undefined ? [f.self, ...args] : args;
      this.bindParameters(params, all, kwargs, env, f.node);
      const body = f.node.childForFieldName('body')!;
      if (f.node.type === 'lambda') return this.eval(body, env);
      try {
        this.execBlock(body, env);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.value;
        if (isSignal(e)) throw new NeedValues('`break` or `continue` outside a loop', lineOf(f.node), []);
        throw e;
      }
      return NONE;
    } finally {
      this.depth--;
    }
  }

  private bindParameters(params: Node | null, args: Value[], kwargs: Map<string, Value>, env: Env, def: Node): void {
    let i = 0;
    const rest = new Map(kwargs);
    let keywordOnly = false;
    for (const p of params?.namedChildren ?? []) {
      if (!p || p.type === 'comment') continue;
      if (p.type === 'keyword_separator') {
        keywordOnly = true;
        continue;
      }
      if (p.type === 'positional_separator') continue;
      if (p.type === 'list_splat_pattern') {
        env.vars.set(p.namedChild(0)?.text ?? '*', tuple(args.slice(i)));
        i = args.length;
        keywordOnly = true;
        continue;
      }
      if (p.type === 'dictionary_splat_pattern') {
        const entries = new Map<string | number, Value>(rest);
        env.vars.set(p.namedChild(0)?.text ?? '**', { k: 'dict', entries });
        rest.clear();
        continue;
      }
      const nameNode = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.namedChild(0));
      if (!nameNode) continue; // a parameter list broken mid-edit
      const name = nameNode.text;
      const defaultNode = p.childForFieldName('value');
      let v: Value | undefined;
      if (!keywordOnly && i < args.length) v = args[i++];
      else if (rest.has(name)) {
        v = rest.get(name)!;
        rest.delete(name);
      } else if (defaultNode) v = this.eval(defaultNode, env.parent ?? env);
      else v = unknown(`argument \`${name}\` of ${def.childForFieldName('name')?.text ?? 'a function'} was not given`);
      env.vars.set(name, v);
    }
  }

  private instantiate(cls: ClassValue, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
    const base = this.apiBase(cls);
    if (base) {
      const m = this.newModule(cls.name, lineOf(node));
      m.cls = cls;
      const init = this.findAttr(cls, '__init__');
      if (init && kindOf(init.value) === 'function') {
        this.callFunction({ ...(init.value as FunctionValue), self: m, owner: init.owner }, args, kwargs, node);
      } else if (base !== 'torch.nn.Module') {
        // A user class that extends a torch layer without its own __init__ (class MyConv(nn.Conv2d): …).
        const layer = constructLayer(this, base, args, kwargs, lineOf(node));
        if (layer) Object.assign(m, { api: layer.api, args: layer.args, params: layer.params, children: layer.children });
      }
      return m;
    }
    const o: ObjectValue = { k: 'object', cls, attrs: new Map() };
    if (cls.dataclass) {
      this.initDataclass(cls, o, args, kwargs);
      const post = this.findAttr(cls, '__post_init__');
      if (post && kindOf(post.value) === 'function') this.callFunction({ ...(post.value as FunctionValue), self: o, owner: post.owner }, [], new Map(), node);
      return o;
    }
    const init = this.findAttr(cls, '__init__');
    if (init && kindOf(init.value) === 'function') this.callFunction({ ...(init.value as FunctionValue), self: o, owner: init.owner }, args, kwargs, node);
    return o;
  }

  private initDataclass(cls: ClassValue, o: ObjectValue, args: Value[], kwargs: Map<string, Value>): void {
    const fields: { name: string; value?: Node }[] = [];
    const collect = (c: ClassValue) => {
      for (const b of c.bases) if (kindOf(b) === 'class') collect(b as ClassValue);
      for (const stmt of c.node.childForFieldName('body')!.namedChildren) {
        const a = stmt?.type === 'expression_statement' ? stmt.namedChild(0) : null;
        if (a?.type !== 'assignment' || !a.childForFieldName('type')) continue;
        const name = a.childForFieldName('left')!.text;
        const existing = fields.findIndex((f) => f.name === name);
        const field = { name, value: a.childForFieldName('right') ?? undefined };
        if (existing >= 0) fields[existing] = field;
        else fields.push(field);
      }
    };
    collect(cls);
    fields.forEach((f, i) => {
      let v: Value;
      if (i < args.length) v = args[i];
      else if (kwargs.has(f.name)) v = kwargs.get(f.name)!;
      else if (f.value) v = this.dataclassDefault(f.value);
      else v = unknown(`field \`${f.name}\` of ${cls.name} was not given`);
      o.attrs.set(f.name, v);
    });
  }

  private dataclassDefault(node: Node): Value {
    // `field(default_factory=list)` / `field(default=3)`.
    if (node.type === 'call' && /(^|\.)field$/.test(node.childForFieldName('function')!.text)) {
      for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a?.type !== 'keyword_argument') continue;
        const name = a.childForFieldName('name')!.text;
        const value = a.childForFieldName('value')!;
        if (name === 'default') return this.eval(value, this.globals);
        if (name === 'default_factory') return this.call(this.eval(value, this.globals), [], new Map(), value);
      }
      return unknown('a dataclass field without default');
    }
    return this.eval(node, this.globals);
  }

  newModule(op: string, line: number): ModuleValue {
    const api = op.startsWith('torch.') ? op : undefined;
    return { k: 'module', op: api ? api.slice(api.lastIndexOf('.') + 1) : op, api, args: new Map(), children: new Map(), params: new Map(), attrs: new Map(), line };
  }

  /** Set while the requested forward pass runs: module-level scripts (`logits = model(x)`) are not followed. */
  private forwarding = false;

  /** Runs the model's forward on the requested inputs; only calls inside it are recorded. */
  forward(model: ModuleValue, inputs: Value[], node: Node): Value {
    this.forwarding = true;
    try {
      return this.callModule(model, inputs, new Map(), node);
    } finally {
      this.forwarding = false;
    }
  }

  /** Runs a module on its inputs and records the call (pre-order, as forward pre-hooks see it). */
  callModule(m: ModuleValue, args: Value[], kwargs: Map<string, Value>, node: Node): Value {
    if (!this.forwarding) return unknown(`calling ${m.op} outside the forward pass being explained`);
    const record: CallRecord = { line: this.line, name: m.name ?? '', op: m.op, in: flattenTensors(args), out: null, params: countParams(m), macs: 0, depth: this.moduleDepth };
    // Set before the call: a row that fails still says what the layer was built with (for ONNX to try it).
    if (m.api) record.attrs = layerAttrs(m);
    const isRoot = this.moduleDepth === 0 && m.name === '';
    if (!isRoot) this.records.push(record);
    this.moduleDepth++;
    this.macStack.push(0);
    let out: Value;
    try {
      if (m.cls && !m.api) {
        const fwd = this.findAttr(m.cls, 'forward');
        if (!fwd || kindOf(fwd.value) !== 'function') throw new NeedValues(`${m.op} has no forward method`, this.line, []);
        out = this.callFunction({ ...(fwd.value as FunctionValue), self: m, owner: fwd.owner }, args, kwargs, node);
      } else if (m.api) {
        try {
          out = forwardLayer(this, m, args, kwargs, node);
        } catch (e) {
          // Name the layer as named_modules() does: that is what the user looks for in the model.
          if (e instanceof ShapeError && m.name && !m.name.startsWith('.')) throw new ShapeError(`${m.name}: ${e.message}`, e.line);
          throw e;
        }
        const macs = layerMacs(m, record.in, flattenTensors([out]));
        this.macStack[this.macStack.length - 1] = add(this.macStack[this.macStack.length - 1], macs);
      } else out = unknown(`calling ${m.op}`);
    } finally {
      this.moduleDepth--;
    }
    const macs = this.macStack.pop()!;
    if (this.macStack.length) this.macStack[this.macStack.length - 1] = add(this.macStack[this.macStack.length - 1], macs);
    record.out = flattenTensors([out]);
    record.params = countParams(m);
    record.macs = macs;
    return out;
  }
}

// -------------------------------------------------------------------- helpers

/** Python truthiness; undefined when the interpreter cannot know. */
export function truthy(v: Value): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof Sym) return undefined;
  switch (v.k) {
    case 'list':
    case 'tuple':
      return v.items.length > 0;
    case 'dict':
      return v.entries.size > 0;
    case 'unknown':
    case 'tensor':
      return undefined;
    default:
      return true;
  }
}

function identical(a: Value, b: Value): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined;
  if (a === null || b === null) return a === b;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a === b ? true : kindOf(a) === kindOf(b) && kindOf(a) !== 'dtype' ? false : describe(a) === describe(b);
}

function compareValues(op: string, a: Value, b: Value): Value {
  switch (op) {
    case 'is':
      return identical(a, b) ?? unknown(`${describe(a)} is ${describe(b)}`);
    case 'is not': {
      const r = identical(a, b);
      return r === undefined ? unknown(`${describe(a)} is not ${describe(b)}`) : !r;
    }
    case 'in':
    case 'not in': {
      let hit: boolean | undefined;
      if (isSeq(b)) hit = b.items.some((x) => describe(x) === describe(a));
      else if (kindOf(b) === 'dict' && (typeof a === 'string' || typeof a === 'number')) hit = (b as Dict).entries.has(a);
      else if (typeof b === 'string' && typeof a === 'string') hit = b.includes(a);
      else if (isModule(b) && typeof a === 'string') hit = b.children.has(a);
      if (hit === undefined) return unknown(`${describe(a)} ${op} ${describe(b)}`);
      return op === 'in' ? hit : !hit;
    }
  }
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  const norm = (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
  const x = norm(a);
  const y = norm(b);
  if (isDim(x) && isDim(y) && (typeof x !== 'number' || typeof y !== 'number')) {
    const d = sub(x, y);
    if (typeof d !== 'number') return op === '==' ? false : op === '!=' ? true : unknown(`${describe(a)} ${op} ${describe(b)}`);
    return compareValues(op, d, 0);
  }
  if (typeof x === 'number' && typeof y === 'number' || typeof x === 'string' && typeof y === 'string') {
    switch (op) {
      case '==': return x === y;
      case '!=': return x !== y;
      case '<': return x < y;
      case '>': return x > y;
      case '<=': return x <= y;
      case '>=': return x >= y;
    }
  }
  if (op === '==') return describe(a) === describe(b);
  if (op === '!=') return describe(a) !== describe(b);
  return unknown(`${describe(a)} ${op} ${describe(b)}`);
}

export function sliceIndices(length: number, s: { start: Value; stop: Value; step: Value }): number[] {
  const num = (v: Value, dflt: number) => (typeof v === 'number' ? v : dflt);
  const step = num(s.step, 1);
  const clamp = (v: number) => Math.max(step > 0 ? 0 : -1, Math.min(step > 0 ? length : length - 1, v < 0 ? length + v : v));
  const start = s.start === null ? (step > 0 ? 0 : length - 1) : clamp(num(s.start, 0));
  const stop = s.stop === null ? (step > 0 ? length : -1) : clamp(num(s.stop, length));
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

export function flattenTensors(vs: Value[]): Tensor[] {
  const out: Tensor[] = [];
  const visit = (v: Value) => {
    if (isTensor(v)) out.push(v);
    else if (isSeq(v)) v.items.forEach(visit);
  };
  vs.forEach(visit);
  return out;
}

/** Parameters of a module and its submodules, each shared tensor once (as `module.parameters()`). */
export function countParams(m: ModuleValue): Dim {
  const seen = new Set<number>();
  const seenModules = new Set<ModuleValue>();
  let total: Dim = 0;
  const visit = (x: ModuleValue) => {
    if (seenModules.has(x)) return;
    seenModules.add(x);
    for (const p of x.params.values()) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      total = add(total, product(p.shape));
    }
    for (const c of x.children.values()) visit(c);
  };
  visit(m);
  return total;
}

/** The plain-valued constructor arguments of a torch.nn layer (weights and modules left out). */
function layerAttrs(m: ModuleValue): Record<string, LayerAttr> {
  const out: Record<string, LayerAttr> = {};
  const plain = (v: Value): LayerAttr | undefined => {
    if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (isSeq(v)) {
      const items = v.items.map(plain);
      return items.every((x) => x !== undefined) ? (items as LayerAttr[]) : undefined;
    }
    return undefined;
  };
  for (const [k, v] of m.args) {
    const p = plain(v);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

/** Names bound by a top-level statement (for marking them unknown when it cannot be evaluated). */
function boundNames(stmt: Node): string[] {
  const out: string[] = [];
  const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
  const left = a?.childForFieldName('left');
  const visit = (n: Node | null) => {
    if (!n) return;
    if (n.type === 'identifier') out.push(n.text);
    else for (const c of n.namedChildren) visit(c);
  };
  if (left) visit(left);
  const name = stmt.childForFieldName('name') ?? stmt.childForFieldName('definition')?.childForFieldName('name');
  if (name) out.push(name.text);
  return out;
}

/** `torch.nn.modules.conv.Conv2d` → `torch.nn.Conv2d`; table re-exports first, then torch's module layout. */
export function canonicalApi(path: string): string {
  const p = path.replace(/^tensorflow\.keras\./, 'keras.');
  const hit = lookupSymbol(p);
  if (hit) return hit.symbol;
  return p.replace(/^torch\.nn\.modules\.[a-z_]+\.(\w+)$/, 'torch.nn.$1').replace(/^torch\.nn\.parameter\.Parameter$/, 'torch.nn.Parameter');
}

function dictMethod(d: Dict, name: string, args: Value[]): Value {
  switch (name) {
    case 'get': {
      const key = args[0];
      const v = typeof key === 'string' || typeof key === 'number' ? d.entries.get(key) : undefined;
      return v ?? args[1] ?? NONE;
    }
    case 'keys':
      return list([...d.entries.keys()]);
    case 'values':
      return list([...d.entries.values()]);
    case 'items':
      return list([...d.entries.entries()].map(([k, v]) => tuple([k, v])));
    default:
      return unknown(`dict.${name}()`);
  }
}

function listMethod(s: Seq, name: string, args: Value[]): Value {
  switch (name) {
    case 'append':
      s.items.push(args[0] ?? NONE);
      return NONE;
    case 'extend':
      if (isSeq(args[0])) s.items.push(...args[0].items);
      return NONE;
    case 'insert':
      if (typeof args[0] === 'number') s.items.splice(args[0], 0, args[1] ?? NONE);
      return NONE;
    case 'pop':
      return s.items.pop() ?? NONE;
    case 'index': {
      const i = s.items.findIndex((x) => describe(x) === describe(args[0] ?? NONE));
      return i >= 0 ? i : unknown('list.index');
    }
    case 'count':
      return s.items.filter((x) => describe(x) === describe(args[0] ?? NONE)).length;
    default:
      return unknown(`list.${name}()`);
  }
}

// -------------------------------------------------------------------- builtins

function installBuiltins(it: Interpreter): void {
  const g = it.globals.vars;
  const fn = (name: string, call: (args: Value[], kwargs: Map<string, Value>) => Value) => g.set(name, { k: 'builtin', name, call });
  const items = (v: Value | undefined): Value[] | undefined => (v === undefined ? undefined : isSeq(v) ? v.items : kindOf(v) === 'dict' ? [...(v as Dict).entries.keys()] : isModule(v) ? [...v.children.values()] : typeof v === 'string' ? [...v] : undefined);
  fn('len', ([v]) => {
    if (isTensor(v)) return v.shape[0] ?? unknown('len() of a 0-d tensor');
    const xs = items(v);
    return xs ? xs.length : unknown(`len(${describe(v ?? NONE)})`);
  });
  fn('range', (args) => {
    if (!args.every((a) => typeof a === 'number')) return unknown(`range(${args.map(describe).join(', ')})`);
    const [a, b, c] = args as number[];
    const [start, stop, step] = args.length === 1 ? [0, a, 1] : [a, b, c ?? 1];
    const out: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
      out.push(i);
      if (out.length > MAX_ITEMS) return unknown(`a range of more than ${MAX_ITEMS.toLocaleString('en')} numbers`);
    }
    return list(out);
  });
  fn('int', ([v]) => (typeof v === 'number' ? Math.trunc(v) : typeof v === 'boolean' ? Number(v) : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : isDim(v ?? NONE) ? v! : unknown(`int(${describe(v ?? NONE)})`)));
  fn('float', ([v]) => (typeof v === 'number' ? v : typeof v === 'string' && Number.isFinite(Number(v)) ? Number(v) : v === undefined ? 0 : unknown(`float(${describe(v)})`)));
  fn('bool', ([v]) => truthy(v ?? false) ?? unknown('bool(...)'));
  fn('str', ([v]) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : unknown('str(...)')));
  fn('abs', ([v]) => (typeof v === 'number' ? Math.abs(v) : v ?? NONE));
  fn('round', ([v, n]) => (typeof v === 'number' ? (typeof n === 'number' ? Number(v.toFixed(n)) : Math.round(v)) : unknown('round(...)')));
  fn('list', ([v]) => (v === undefined ? list([]) : items(v) ? list([...items(v)!]) : unknown(`list(${describe(v)})`)));
  fn('tuple', ([v]) => (v === undefined ? tuple([]) : items(v) ? tuple([...items(v)!]) : unknown(`tuple(${describe(v)})`)));
  fn('dict', (args, kwargs) => {
    const entries = new Map<string | number, Value>();
    if (args[0] && kindOf(args[0]) === 'dict') for (const [k, v] of (args[0] as Dict).entries) entries.set(k, v);
    else if (args[0] && isSeq(args[0])) for (const p of args[0].items) if (isSeq(p) && (typeof p.items[0] === 'string' || typeof p.items[0] === 'number')) entries.set(p.items[0] as string, p.items[1]);
    for (const [k, v] of kwargs) entries.set(k, v);
    return { k: 'dict', entries };
  });
  g.set('OrderedDict', g.get('dict')!);
  fn('zip', (args) => {
    const seqs = args.map(items);
    if (seqs.some((s) => !s)) return unknown('zip over unknown sequences');
    const n = Math.min(...seqs.map((s) => s!.length));
    return list(Array.from({ length: n }, (_, i) => tuple(seqs.map((s) => s![i]))));
  });
  fn('enumerate', ([v, start]) => {
    const xs = items(v);
    const s = typeof start === 'number' ? start : 0;
    return xs ? list(xs.map((x, i) => tuple([i + s, x]))) : unknown('enumerate over an unknown sequence');
  });
  fn('reversed', ([v]) => (items(v) ? list([...items(v)!].reverse()) : unknown('reversed(...)')));
  fn('sorted', ([v]) => (items(v)?.every((x) => typeof x === 'number') ? list([...(items(v) as number[])].sort((a, b) => a - b)) : unknown('sorted(...)')));
  const extreme = (pick: (a: number, b: number) => number) => (args: Value[]) => {
    const xs = args.length === 1 ? items(args[0]) : args;
    return xs?.length && xs.every((x) => typeof x === 'number') ? (xs as number[]).reduce(pick) : unknown('min/max of unknown values');
  };
  fn('min', extreme(Math.min));
  fn('max', extreme(Math.max));
  fn('sum', ([v, start]) => {
    const xs = items(v);
    if (!xs) return unknown('sum(...)');
    let acc: Value = typeof start === 'number' ? start : 0;
    for (const x of xs) {
      if (isDim(acc) && isDim(x)) acc = add(acc, x);
      else if (typeof acc === 'number' && typeof x === 'number') acc += x;
      else return unknown('sum(...)');
    }
    return acc;
  });
  fn('any', ([v]) => (items(v) ? items(v)!.some((x) => truthy(x)) : unknown('any(...)')));
  fn('all', ([v]) => (items(v) ? items(v)!.every((x) => truthy(x)) : unknown('all(...)')));
  fn('isinstance', ([obj, cls]) => {
    if (kindOf(cls ?? NONE) === 'class' && (kindOf(obj ?? NONE) === 'module' || kindOf(obj ?? NONE) === 'object')) {
      const c = (obj as ModuleValue).cls ?? (obj as ObjectValue).cls;
      let x: ClassValue | undefined = c;
      const seen = new Set<ClassValue>();
      const walk = (k: ClassValue | undefined): boolean => !!k && !seen.has(k) && (seen.add(k), k === cls || k.bases.some((b) => kindOf(b) === 'class' && walk(b as ClassValue)));
      return walk(x);
    }
    if (kindOf(cls ?? NONE) === 'api' && isModule(obj ?? NONE)) return (obj as ModuleValue).api === canonicalApi((cls as { path: string }).path);
    const builtin = kindOf(cls ?? NONE) === 'builtin' ? (cls as Builtin).name : undefined;
    if (builtin === 'int') return typeof obj === 'number' && Number.isInteger(obj);
    if (builtin === 'float') return typeof obj === 'number';
    if (builtin === 'str') return typeof obj === 'string';
    if (builtin === 'list') return kindOf(obj ?? NONE) === 'list';
    if (builtin === 'tuple') return kindOf(obj ?? NONE) === 'tuple';
    return unknown('isinstance(...)');
  });
  fn('getattr', ([obj, name, dflt]) => {
    if (typeof name !== 'string' || obj === undefined) return unknown('getattr(...)');
    const v = it.attribute(obj, name, it.root);
    return isUnknown(v) && dflt !== undefined ? dflt : v;
  });
  fn('hasattr', ([obj, name]) => (typeof name === 'string' && obj !== undefined ? !isUnknown(it.attribute(obj, name, it.root)) : unknown('hasattr(...)')));
  fn('setattr', ([obj, name, v]) => {
    if (obj !== undefined && typeof name === 'string') it.setAttribute(obj, name, v ?? NONE);
    return NONE;
  });
  fn('print', () => NONE);
  fn('divmod', ([a, b]) => (typeof a === 'number' && typeof b === 'number' ? tuple([Math.floor(a / b), a - Math.floor(a / b) * b]) : unknown('divmod(...)')));
  fn('pow', ([a, b]) => (typeof a === 'number' && typeof b === 'number' ? a ** b : unknown('pow(...)')));
  fn('map', ([f, v]) => {
    const xs = items(v);
    return xs && f !== undefined ? list(xs.map((x) => it.call(f, [x], new Map(), it.root))) : unknown('map(...)');
  });
  fn('super', () => unknown('super() outside a method call'));
  fn('type', ([v]) => (v !== undefined && (kindOf(v) === 'module' || kindOf(v) === 'object') ? ((v as ModuleValue).cls ?? unknown('type(...)')) : unknown('type(...)')));
  fn('id', () => unknown('id(...)'));
  fn('hash', () => unknown('hash(...)'));
  fn('ValueError', () => unknown('an exception'));
}
