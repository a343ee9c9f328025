/**
 * The values the static interpreter computes with. Python numbers, strings, booleans and None are plain JS
 * values; symbolic integers are `Sym`; everything else is a tagged object. Nothing here runs user code: a
 * value is what the interpreter could prove about an expression, and `Unknown` says why it could not.
 */
import type { Node } from 'web-tree-sitter';
import { Sym, show, type Dim } from './dim';

export interface Tensor {
  k: 'tensor';
  shape: Dim[];
  dtype: string;
  /** Set when this tensor is a module's parameter (weight tying assigns it elsewhere). */
  param?: ParamRef;
}

export interface ParamRef {
  id: number;
  shape: Dim[];
}

export interface Seq {
  k: 'list' | 'tuple';
  items: Value[];
}

export interface Dict {
  k: 'dict';
  entries: Map<string | number, Value>;
}

export interface Slice {
  k: 'slice';
  start: Value;
  stop: Value;
  step: Value;
}

/** A dotted path into an imported library (`torch.nn`, `F.relu`, `math.sqrt`), resolved when called. */
export interface Api {
  k: 'api';
  path: string;
}

/** A user class defined in the analysed file. */
export interface ClassValue {
  k: 'class';
  name: string;
  node: Node;
  bases: Value[];
  /** Class-level attributes and methods (evaluated once, in order). */
  attrs: Map<string, Value>;
  dataclass: boolean;
}

export interface FunctionValue {
  k: 'function';
  name: string;
  node: Node;
  /** The scope the def was evaluated in (module or enclosing function). */
  closure: Env;
  self?: Value;
  /** For methods: the class that defines it (for `super()`). */
  owner?: ClassValue;
}

export interface Builtin {
  k: 'builtin';
  name: string;
  call(args: Value[], kwargs: Map<string, Value>): Value;
}

/** An instance of a user class that is not an nn.Module (configs, dataclasses). */
export interface ObjectValue {
  k: 'object';
  cls: ClassValue;
  attrs: Map<string, Value>;
}

/** An nn.Module instance: a user class, or a torch.nn layer / container. */
export interface ModuleValue {
  k: 'module';
  /** `torch.nn.Conv2d` for API modules, the class name for user modules. */
  op: string;
  cls?: ClassValue;
  api?: string;
  /** Constructor arguments of API modules, by parameter name (defaults filled in). */
  args: Map<string, Value>;
  /** Registered submodules in registration order (what named_modules walks). */
  children: Map<string, ModuleValue>;
  /** Own parameters by attribute name. */
  params: Map<string, ParamRef>;
  attrs: Map<string, Value>;
  /** Qualified name, set once the root is built. */
  name?: string;
  /** Line of the constructor call (for messages). */
  line: number;
}

export interface Unknown {
  k: 'unknown';
  why: string;
  /** Free names whose values would make this known (asked for, never guessed). */
  missing?: string[];
}

export type Value =
  | number
  | boolean
  | string
  | null
  | Sym
  | Tensor
  | Seq
  | Dict
  | Slice
  | Api
  | ClassValue
  | FunctionValue
  | Builtin
  | ObjectValue
  | ModuleValue
  | Unknown
  | { k: 'ellipsis' }
  | { k: 'dtype'; name: string };

export const NONE = null;

export function unknown(why: string, missing?: string[]): Unknown {
  return missing?.length ? { k: 'unknown', why, missing } : { k: 'unknown', why };
}

export const isSym = (v: Value): v is Sym => v instanceof Sym;
export const isTensor = (v: Value): v is Tensor => typeof v === 'object' && v !== null && !(v instanceof Sym) && (v as Tensor).k === 'tensor';
export const isSeq = (v: Value): v is Seq => typeof v === 'object' && v !== null && !(v instanceof Sym) && ((v as Seq).k === 'list' || (v as Seq).k === 'tuple');
export const isModule = (v: Value): v is ModuleValue => kindOf(v) === 'module';
export const isUnknown = (v: Value): v is Unknown => kindOf(v) === 'unknown';
export const isDim = (v: Value): v is Dim => (typeof v === 'number' && Number.isInteger(v)) || v instanceof Sym;

export function kindOf(v: Value): string {
  if (v === null) return 'none';
  if (v instanceof Sym) return 'sym';
  if (typeof v === 'object') return v.k;
  return typeof v;
}

export const tuple = (items: Value[]): Seq => ({ k: 'tuple', items });
export const list = (items: Value[]): Seq => ({ k: 'list', items });
export const tensor = (shape: Dim[], dtype = 'float32'): Tensor => ({ k: 'tensor', shape, dtype });

/** Scopes of the interpreter: a chain of name → value maps. */
export class Env {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Env) {}

  lookup(name: string): Value | undefined {
    for (let e: Env | undefined = this; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v !== undefined || e.vars.has(name)) return v;
    }
    return undefined;
  }
}

/** Python-ish text of a value for messages. */
export function describe(v: Value): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Sym) return show(v);
  switch (v.k) {
    case 'tensor':
      return `Tensor(${shapeText(v.shape)})`;
    case 'list':
      return `[${v.items.map(describe).join(', ')}]`;
    case 'tuple':
      return `(${v.items.map(describe).join(', ')}${v.items.length === 1 ? ',' : ''})`;
    case 'module':
      return v.name !== undefined ? `${v.op} "${v.name}"` : v.op;
    case 'unknown':
      return `<unknown: ${v.why}>`;
    case 'api':
      return v.path;
    case 'class':
    case 'function':
      return v.name;
    default:
      return `<${v.k}>`;
  }
}

export function shapeText(shape: readonly Dim[]): string {
  return `(${shape.map(show).join(', ')}${shape.length === 1 ? ',' : ''})`;
}
