/**
 * "Confirm with ONNX Runtime" for a static shape result: every torch.nn layer call becomes a one-layer ONNX
 * model (shapeLayers.ts) run by onnxruntime-web on a random tensor of the call's input shape, and the shape ORT
 * produces is compared with the engine's. Containers and the file's own modules are not layers: their rows are
 * confirmed when every layer call inside them is. Symbolic dims get a small value per symbol first.
 */
import type { ShapeResult, ShapeRow } from '../analysis/shapes';
import type { LocalText } from '../catalog/text';
import type * as OrtModule from 'onnxruntime-web';
import type { Ep, Ort } from './run';
import { layerModel, Unsupported, type LayerInput } from './shapeLayers';
import { uniforms } from './synthetic';

export { SUPPORTED_LAYERS } from './shapeLayers';

/** Beyond this many values in one input the call is not run in a panel (256 MB of float32). */
export const MAX_INPUT_VALUES = 1 << 26;

export type RowStatus = 'match' | 'mismatch' | 'unsupported' | 'error' | 'composite';

/** What the check planned for one row. */
export type RowPlan =
  | { kind: 'run'; model: number; run: number; expected: number[][] | null }
  | { kind: 'unsupported'; reason: LocalText }
  | { kind: 'composite'; leaves: number[] };

export interface PlannedModel {
  key: string;
  op: string;
  inputs: LayerInput[];
  outputs: number;
  build(): Uint8Array;
  /** Distinct input shapes to run it on (one run each). */
  runs: number[][][];
}

export interface ShapeCheckPlan {
  models: PlannedModel[];
  /** One per ShapeResult row. */
  rows: RowPlan[];
  /** The value each symbolic dim was given ({} when every dim was concrete). */
  symbols: Record<string, number>;
  /** How many runs in total (the progress bar's end). */
  runCount: number;
}

export interface RowCheck {
  status: RowStatus;
  /** The shapes ORT produced (match and mismatch). */
  real?: number[][];
  /** Why a row is unsupported, or an extra remark on a match. */
  reason?: LocalText;
  /** ORT's error message. */
  message?: string;
  /** For composite rows: whether every layer call inside matched (null while some are unsupported or failed). */
  confirmed?: boolean | null;
  /** The EP that ran this row's model (it can differ from the requested one after a fallback). */
  ep?: Ep;
}

export interface ShapeCheckRun {
  rows: RowCheck[];
  counts: Record<RowStatus, number>;
  models: number;
  runs: number;
  createMs: number;
  runMs: number;
  /** EPs that actually ran models. */
  eps: Ep[];
}

const CONTAINERS = new Set(['Sequential', 'ModuleList', 'ModuleDict']);

// ---- symbolic dims ------------------------------------------------------------------------------------------

/** A dim formula the engine printed mixes `*` with an opaque `//` term, so its grouping cannot be read back. */
export class AmbiguousFormula extends Error {}

/** Symbols in a dim formula (`(H - 1) // 2 + 1` → H). */
export function formulaSymbols(formula: string): string[] {
  return (formula.match(/[A-Za-z_]\w*/g) ?? []).filter((s) => s !== 'ceil');
}

/**
 * Evaluates a dim formula as the engine prints them (ints, names, + − * // /, parentheses, ceil(…)) with
 * Python's meaning. `a*b // c` is refused: the engine prints the product of opaque terms that way, which
 * Python would group differently.
 */
export function evalFormula(formula: string, values: Record<string, number>): number {
  const tokens = formula.match(/\d+|[A-Za-z_]\w*|\/\/|[-+*/()]/g) ?? [];
  if (tokens.join('') !== formula.replace(/\s+/g, '')) throw new Error(`cannot read dim ${formula}`);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = unary();
    const ops = new Set<string>();
    while (peek() === '*' || peek() === '//' || peek() === '/') {
      const op = next();
      ops.add(op === '/' ? '//' : op);
      const r = unary();
      v = op === '*' ? v * r : op === '//' ? Math.floor(v / r) : v / r;
    }
    if (ops.size > 1) throw new AmbiguousFormula(formula);
    return v;
  };
  const unary = (): number => (peek() === '-' ? (next(), -unary()) : primary());
  const primary = (): number => {
    const t = next();
    if (t === undefined) throw new Error(`cannot read dim ${formula}`);
    if (/^\d+$/.test(t)) return Number(t);
    if (t === '(') {
      const v = expr();
      if (next() !== ')') throw new Error(`cannot read dim ${formula}`);
      return v;
    }
    if (t === 'ceil' && peek() === '(') {
      next();
      const v = expr();
      if (next() !== ')') throw new Error(`cannot read dim ${formula}`);
      return Math.ceil(v);
    }
    if (/^[A-Za-z_]/.test(t)) {
      if (!(t in values)) throw new Error(`no value for ${t}`);
      return values[t];
    }
    throw new Error(`cannot read dim ${formula}`);
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`cannot read dim ${formula}`);
  return v;
}

/** A small value per symbol: 2 for batch-like names, 32 for the rest (sequence lengths, image sizes). */
export function defaultSymbolValue(name: string): number {
  return /^(n|b|bs|bsz|batch\w*)$/i.test(name) ? 2 : 32;
}

function symbolsOf(result: ShapeResult): string[] {
  const out = new Set<string>();
  const visit = (shapes: (number | string)[][] | null) => shapes?.forEach((s) => s.forEach((d) => typeof d === 'string' && formulaSymbols(d).forEach((x) => out.add(x))));
  for (const r of result.rows) {
    visit(r.in);
    visit(r.out);
  }
  return [...out].sort();
}

type Concrete = { ok: true; shapes: number[][] } | { ok: false; reason: LocalText };

function concreteShapes(shapes: (number | string)[][], values: Record<string, number>): Concrete {
  const out: number[][] = [];
  for (const s of shapes) {
    const dims: number[] = [];
    for (const d of s) {
      if (typeof d === 'number') {
        dims.push(d);
        continue;
      }
      let v: number;
      try {
        v = evalFormula(d, values);
      } catch {
        return { ok: false, reason: { en: `needs concrete sizes: the dim ${d} cannot be evaluated here`, 'zh-cn': `需要具体尺寸：这里无法计算维度 ${d}` } };
      }
      const given = Object.entries(values).filter(([k]) => formulaSymbols(d).includes(k)).map(([k, x]) => `${k} = ${x}`).join(', ');
      if (!Number.isInteger(v) || v < 0) return { ok: false, reason: { en: `needs concrete sizes: with ${given} the dim ${d} is ${v}`, 'zh-cn': `需要具体尺寸：当 ${given} 时维度 ${d} 为 ${v}` } };
      dims.push(v);
    }
    out.push(dims);
  }
  return { ok: true, shapes: out };
}

// ---- the plan -----------------------------------------------------------------------------------------------

/** The rows inside row i (the calls made while it ran): the next rows deeper than it. */
function childRows(rows: readonly ShapeRow[], i: number): number[] {
  const out: number[] = [];
  for (let j = i + 1; j < rows.length && rows[j].depth > rows[i].depth; j++) out.push(j);
  return out;
}

/**
 * Decides for every row: a run of a (shared) one-layer model, unsupported with a reason, or composite.
 * `symbolValues` overrides the default value of a symbol.
 */
export function planShapeChecks(result: ShapeResult, symbolValues: Record<string, number> = {}): ShapeCheckPlan {
  const symbols: Record<string, number> = {};
  for (const s of symbolsOf(result)) symbols[s] = symbolValues[s] ?? defaultSymbolValue(s);
  const models: PlannedModel[] = [];
  const byKey = new Map<string, number>();
  let runCount = 0;
  const rows = result.rows.map((row, i): RowPlan => {
    const children = childRows(result.rows, i);
    if (children.length > 0) return { kind: 'composite', leaves: children };
    // An empty nn.Sequential returns its input: that is ONNX Identity. ModuleList/ModuleDict are never called.
    const op = row.op === 'Sequential' && row.attrs ? 'Identity' : row.op;
    if (CONTAINERS.has(op)) return { kind: 'unsupported', reason: { en: `an empty ${row.op}: nothing inside to run`, 'zh-cn': `空的 ${row.op}：里面没有可运行的层` } };
    if (!row.attrs && row.out === null) return { kind: 'unsupported', reason: { en: 'the shape error is in this call: nothing to run', 'zh-cn': '形状错误就在这次调用中：没有可运行的内容' } };
    if (!row.attrs) return { kind: 'unsupported', reason: { en: `${row.op} is defined in this file: its forward is Python code, not one ONNX op`, 'zh-cn': `${row.op} 定义在本文件中：它的 forward 是 Python 代码，不是单个 ONNX 算子` } };
    const ins = concreteShapes(row.in, symbols);
    if (!ins.ok) return { kind: 'unsupported', reason: ins.reason };
    let expected: number[][] | null = null;
    if (row.out) {
      const outs = concreteShapes(row.out, symbols);
      if (!outs.ok) return { kind: 'unsupported', reason: outs.reason };
      expected = outs.shapes;
    }
    const size = Math.max(...ins.shapes.map((s) => s.reduce((a, b) => a * b, 1)));
    if (size > MAX_INPUT_VALUES) return { kind: 'unsupported', reason: { en: `the input has ${size.toLocaleString('en')} values, too many to run here`, 'zh-cn': `输入有 ${size.toLocaleString('en')} 个值，太多，无法在这里运行` } };
    let model;
    try {
      model = layerModel(op, op === 'Identity' ? {} : row.attrs!, ins.shapes);
    } catch (e) {
      if (e instanceof Unsupported) return { kind: 'unsupported', reason: e.reason };
      throw e;
    }
    let m = byKey.get(model.key);
    if (m === undefined) {
      m = models.push({ key: model.key, op, inputs: model.inputs, outputs: model.outputs, build: model.build, runs: [] }) - 1;
      byKey.set(model.key, m);
    }
    const planned = models[m];
    const shapeKey = JSON.stringify(ins.shapes);
    let run = planned.runs.findIndex((r) => JSON.stringify(r) === shapeKey);
    if (run < 0) {
      run = planned.runs.push(ins.shapes) - 1;
      runCount++;
    }
    return { kind: 'run', model: m, run, expected };
  });
  return { models, rows, symbols, runCount };
}

// ---- running ------------------------------------------------------------------------------------------------

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const sameShapes = (a: readonly number[][], b: readonly number[][]) => a.length === b.length && a.every((s, i) => s.length === b[i].length && s.every((d, j) => d === b[i][j]));

function feed(ort: Ort, input: LayerInput, dims: number[], seed: number): OrtModule.Tensor {
  const size = dims.reduce((a, b) => a * b, 1);
  const next = uniforms(seed);
  if (input.dtype === 'int64') {
    const high = Math.max(1, input.high ?? 1);
    return new ort.Tensor('int64', BigInt64Array.from({ length: size }, () => BigInt(Math.floor(next() * high))), dims);
  }
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) data[i] = next() * 2 - 1;
  return new ort.Tensor('float32', data, dims);
}

export interface RunOptions {
  /** Used when a model fails on `ep` (WebGPU can lack a kernel or a driver feature that wasm has). */
  fallback?: Ep;
  /** After each run: runs done, runs in total, and the rows whose checks that run decided. */
  onProgress?(done: number, total: number, rows: { index: number; check: RowCheck }[]): void;
  /** Polled between runs; true stops the check (rows not reached stay undecided and are omitted). */
  cancelled?(): boolean;
}

/** The status of row `i` from what its run produced. */
function verdict(plan: RowPlan & { kind: 'run' }, outcome: { dims: number[][]; ep: Ep } | { error: string; ep: Ep }): RowCheck {
  if ('error' in outcome) {
    if (plan.expected === null) {
      return { status: 'match', ep: outcome.ep, message: outcome.error, reason: { en: 'ONNX Runtime rejects these shapes too', 'zh-cn': 'ONNX Runtime 同样拒绝这些形状' } };
    }
    return { status: 'error', ep: outcome.ep, message: outcome.error };
  }
  if (plan.expected === null) return { status: 'mismatch', real: outcome.dims, ep: outcome.ep };
  return { status: sameShapes(outcome.dims, plan.expected) ? 'match' : 'mismatch', real: outcome.dims, ep: outcome.ep };
}

/** Composite rows: confirmed when every layer call inside matched, false when one mismatched, else null. */
export function compositeChecks(plan: ShapeCheckPlan, checks: (RowCheck | undefined)[]): void {
  plan.rows.forEach((p, i) => {
    if (p.kind !== 'composite') return;
    const leaves = p.leaves.map((j) => checks[j]).filter((c) => c && c.status !== 'composite');
    const confirmed = leaves.some((c) => c!.status === 'mismatch') ? false : leaves.length > 0 && leaves.every((c) => c!.status === 'match') ? true : null;
    checks[i] = { status: 'composite', confirmed };
  });
}

/**
 * Runs every planned model on `ep` with the injected ORT module (onnxruntime-web in Node or the webview),
 * one session per model, released before the next. Per-run failures become 'error' rows, never a throw.
 */
export async function runShapeChecks(ort: Ort, ep: Ep, plan: ShapeCheckPlan, options: RunOptions = {}): Promise<ShapeCheckRun> {
  const checks: (RowCheck | undefined)[] = plan.rows.map((p) => (p.kind === 'unsupported' ? { status: 'unsupported', reason: p.reason } : undefined));
  const rowsOf = new Map<string, number[]>();
  plan.rows.forEach((p, i) => {
    if (p.kind !== 'run') return;
    const k = `${p.model}:${p.run}`;
    rowsOf.set(k, [...(rowsOf.get(k) ?? []), i]);
  });
  let createMs = 0;
  let runMs = 0;
  let done = 0;
  const eps = new Set<Ep>();
  for (const [m, model] of plan.models.entries()) {
    if (options.cancelled?.()) break;
    let session: OrtModule.InferenceSession | undefined;
    let sessionEp = ep;
    let sessionError = '';
    const open = async (which: Ep) => {
      const t0 = now();
      // Outputs stay on the GPU: only their dims are read, so nothing is downloaded.
      const location = which === 'webgpu' ? { preferredOutputLocation: 'gpu-buffer' as const } : {};
      const s = await ort.InferenceSession.create(model.build(), { executionProviders: [which], graphOptimizationLevel: 'disabled', ...location });
      createMs += now() - t0;
      return s;
    };
    try {
      session = await open(ep);
    } catch (e) {
      sessionError = (e as Error).message ?? String(e);
      if (options.fallback && options.fallback !== ep) {
        try {
          session = await open(options.fallback);
          sessionEp = options.fallback;
        } catch (e2) {
          sessionError = (e2 as Error).message ?? String(e2);
        }
      }
    }
    try {
      for (const [r, dims] of model.runs.entries()) {
        if (options.cancelled?.()) break;
        let outcome: { dims: number[][]; ep: Ep } | { error: string; ep: Ep };
        if (!session) outcome = { error: sessionError, ep: sessionEp };
        else {
          const feeds: Record<string, OrtModule.Tensor> = {};
          dims.forEach((d, i) => (feeds[`x${i}`] = feed(ort, model.inputs[i], d, 1000 * m + 10 * r + i + 1)));
          try {
            const t1 = now();
            const results = await session.run(feeds);
            runMs += now() - t1;
            const names = Array.from({ length: model.outputs }, (_, i) => `y${i}`);
            outcome = { dims: names.map((n) => [...results[n].dims]), ep: sessionEp };
            for (const n of names) results[n].dispose();
            eps.add(sessionEp);
          } catch (e) {
            outcome = { error: (e as Error).message ?? String(e), ep: sessionEp };
          } finally {
            for (const t of Object.values(feeds)) t.dispose();
          }
        }
        const decided = (rowsOf.get(`${m}:${r}`) ?? []).map((index) => {
          const check = verdict(plan.rows[index] as RowPlan & { kind: 'run' }, outcome);
          checks[index] = check;
          return { index, check };
        });
        done++;
        options.onProgress?.(done, plan.runCount, decided);
      }
    } finally {
      await session?.release();
    }
  }
  compositeChecks(plan, checks);
  const counts: Record<RowStatus, number> = { match: 0, mismatch: 0, unsupported: 0, error: 0, composite: 0 };
  for (const c of checks) if (c) counts[c.status]++;
  return { rows: checks.map((c) => c ?? { status: 'unsupported', reason: { en: 'not run (stopped)', 'zh-cn': '未运行（已停止）' } }), counts, models: plan.models.length, runs: done, createMs, runMs, eps: [...eps] };
}
