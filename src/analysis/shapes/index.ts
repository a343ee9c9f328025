/**
 * Static shape inference for a PyTorch model in a file: build the module tree from `__init__`, name it as
 * `named_modules()` would, run `forward` on the given input shapes, and report every submodule call with its
 * shapes, parameters and MACs. Nothing of the user's code is executed.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonParser } from '../parser';
import { add, dimJson, type Dim } from './dim';
import { NeedValues, ShapeError } from './errors';
import { countParams, flattenTensors, Interpreter, type CallRecord, type LayerAttr } from './interpreter';
import { InputSpecError, parseInputSpec } from './inputSpec';
import { describe, isModule, isUnknown, kindOf, type ClassValue, type ModuleValue, type Value } from './values';

export { NeedValues, ShapeError } from './errors';
export { findModels, type ModelClass } from './modelClasses';
export { formatInputSpec, InputSpecError, parseInputSpec } from './inputSpec';
export { dimJson, show as showDim, type Dim } from './dim';
export type { CallRecord, LayerAttr } from './interpreter';

export interface ShapeRequest {
  /** A class name in the file, or a module-level name bound to a module (`model = nn.Sequential(...)`). */
  className: string;
  /** Constructor arguments as Python source (`"Bottleneck, [3, 4, 6, 3]"`). */
  args?: string;
  /** Free module-level names: NAME → Python expression. */
  defines?: Record<string, string>;
  /** One spec per forward argument (`"(2,3,224,224)"`, `"(2,16):int64"`, `"((2,2,32),(2,2,32))"`). */
  inputs: string[];
}

export interface ShapeRow {
  line: number;
  name: string;
  op: string;
  in: (number | string)[][];
  /** null for a call that did not finish (the error is inside it). */
  out: (number | string)[][] | null;
  params: number | string;
  macs: number | string;
  depth: number;
  /** For torch.nn layers: their plain constructor arguments (kernel_size, stride, …), defaults filled in. */
  attrs?: Record<string, LayerAttr>;
}

export interface ShapeProblem {
  kind: 'shape' | 'needs-values' | 'input';
  message: string;
  /** 1-based line in the file (0 when the problem is in the request). */
  line: number;
  /** For needs-values: free names to define. */
  names?: string[];
}

export interface ShapeResult {
  className: string;
  /** Line of the class (or assignment) that defines the model. */
  line: number;
  rows: ShapeRow[];
  /** The forward's result, flattened like the rows' `out`; null when inference stopped. */
  output: (number | string)[][] | null;
  params: number | string;
  macs: number | string;
  /** What the statements of forward passes produced, by 1-based line (each distinct result once). */
  lines: { line: number; shapes: (number | string)[][][] }[];
  problem?: ShapeProblem;
}

const shapeJson = (shape: readonly Dim[]) => shape.map(dimJson);

function row(r: CallRecord): ShapeRow {
  const base: ShapeRow = { line: r.line, name: r.name, op: r.op, in: r.in.map((t) => shapeJson(t.shape)), out: r.out ? r.out.map((t) => shapeJson(t.shape)) : null, params: dimJson(r.params), macs: dimJson(r.macs), depth: r.depth };
  return r.attrs ? { ...base, attrs: r.attrs } : base;
}

/** Parses `src` as one Python expression list and returns the call's argument nodes. */
function argumentList(parser: PythonParser, src: string, what: string): Node {
  const tree = parser.parse(`_(${src}\n)`);
  const call = tree.rootNode.namedChild(0)?.namedChild(0);
  const args = call?.type === 'call' ? call.childForFieldName('arguments') : null;
  if (!args || tree.rootNode.hasError) throw new InputSpecError(`cannot read ${what} as Python: ${src}`);
  return args;
}

/** Names modules like `named_modules()`: depth-first in registration order, the first path to a module wins. */
function nameModules(root: ModuleValue): void {
  const seen = new Set<ModuleValue>();
  const visit = (m: ModuleValue, name: string) => {
    if (seen.has(m)) return;
    seen.add(m);
    m.name = name;
    for (const [k, c] of m.children) visit(c, name ? `${name}.${k}` : k);
  };
  visit(root, '');
}

function firstSyntaxError(root: Node): number {
  const cursor = root.walk();
  try {
    for (;;) {
      const n = cursor.currentNode;
      if (n.isError || n.isMissing) return n.startPosition.row + 1;
      if (n.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return 0;
    }
  } finally {
    cursor.delete();
  }
}

export function inferShapes(parser: PythonParser, root: Node, request: ShapeRequest): ShapeResult {
  const result: ShapeResult = { className: request.className, line: 0, rows: [], output: null, params: 0, macs: 0, lines: [] };
  const it = new Interpreter(root);
  try {
    const defines = new Map<string, Value>();
    for (const [name, src] of Object.entries(request.defines ?? {})) {
      if (!/^[A-Za-z_]\w*$/.test(name)) throw new InputSpecError(`--define needs NAME=VALUE, got name ${JSON.stringify(name)}`);
      const args = argumentList(parser, src, `the value of ${name}`);
      defines.set(name, it.eval(args.namedChild(0)!, it.globals));
    }
    const inputs = request.inputs.map(parseInputSpec);
    it.run(defines);

    const target = it.globals.lookup(request.className);
    let model: ModuleValue;
    if (target === undefined || (isUnknown(target) && target.missing?.includes(request.className))) {
      throw new InputSpecError(`no class or module named ${request.className} in this file`);
    }
    if (kindOf(target) === 'class') {
      const cls = target as ClassValue;
      result.line = cls.node.startPosition.row + 1;
      const argNode = argumentList(parser, request.args ?? '', 'the constructor arguments');
      const args: Value[] = [];
      const kwargs = new Map<string, Value>();
      for (const a of argNode.namedChildren) {
        if (!a) continue;
        if (a.type === 'keyword_argument') kwargs.set(a.childForFieldName('name')!.text, it.eval(a.childForFieldName('value')!, it.globals));
        else args.push(it.eval(a, it.globals));
      }
      const built = it.call(cls, args, kwargs, cls.node);
      if (!isModule(built)) throw new InputSpecError(`${request.className} is not an nn.Module subclass (it builds ${describe(built)})`);
      model = built;
    } else if (isModule(target)) {
      model = target;
      result.line = target.line;
    } else if (isUnknown(target)) {
      throw new NeedValues(`${request.className} could not be built: ${target.why}`, 0, target.missing ?? []);
    } else throw new InputSpecError(`${request.className} is ${describe(target)}, not a model`);

    nameModules(model);
    result.params = dimJson(countParams(model));
    const out = it.forward(model, inputs, root);
    result.params = dimJson(countParams(model)); // lazy layers create their parameters on the first call
    result.output = flattenTensors([out]).map((t) => shapeJson(t.shape));
    // The root's own call is not a row: its MACs are the sum over its direct children's calls.
    result.macs = dimJson(it.records.filter((r) => r.depth === 1).reduce<Dim>((acc, r) => add(acc, r.macs), 0));
  } catch (e) {
    if (e instanceof ShapeError) result.problem = { kind: 'shape', message: e.message, line: e.line };
    else if (e instanceof NeedValues) result.problem = { kind: 'needs-values', message: e.message, line: e.line, names: [...new Set(e.names)] };
    else if (e instanceof InputSpecError) result.problem = { kind: 'input', message: e.message, line: 0 };
    else if (e instanceof RangeError) result.problem = { kind: 'needs-values', message: `too deeply nested to follow (${e.message})`, line: 0, names: [] };
    else if (root.hasError) {
      // Half-typed code: the tree has holes the interpreter cannot walk; say where instead of guessing.
      const line = firstSyntaxError(root);
      result.problem = { kind: 'needs-values', message: `the file has a syntax error at line ${line}; shapes follow once it parses`, line, names: [] };
    } else throw e;
  }
  result.rows = it.records.map(row);
  result.lines = [...it.lineShapes].sort((a, b) => a[0] - b[0]).map(([line, results]) => ({ line, shapes: results.map((ts) => ts.map((t) => shapeJson(t.shape))) }));
  return result;
}
