/**
 * Layer 4: the messages between the extension host and its webviews (walkthroughs, Shapes), and their validators.
 * Both sides validate what they receive: a webview is a web page, and a malformed message must be
 * rejected with a reason, never acted upon.
 */
import type { ShapeResult } from './analysis/shapes';
import type { Lang, LocalText } from './catalog/text';
import type { DemoRequest, Ep, TensorData } from './models';
import { isTensorData } from './models/tensor';
import type { RowStatus } from './models/shapeCheck';

export type ExecutionSetting = 'auto' | 'webgpu' | 'wasm';
export type { Lang } from './catalog/text';

export const EXECUTION_SETTINGS: readonly ExecutionSetting[] = ['auto', 'webgpu', 'wasm'];

/** What a panel persists (webview `setState`) and the serializer restores after a reload. */
export interface PanelState {
  demo: string;
  request: DemoRequest;
  /** Why the walkthrough's sizes differ from the user's call (WalkthroughTarget.note), shown under the title. */
  note?: LocalText;
}

/** Host → webview. */
export type HostMessage =
  | { type: 'show'; state: PanelState; executionProvider: ExecutionSetting; lang: Lang }
  | { type: 'setExecutionProvider'; executionProvider: ExecutionSetting };

export interface RunReport {
  type: 'result';
  demo: string;
  ep: Ep;
  requested: ExecutionSetting;
  /** "vendor architecture" of the WebGPU adapter found, or null when none. */
  adapter: string | null;
  createMs: number;
  runMs: number;
  outputs: Record<string, TensorData>;
}

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | RunReport
  | { type: 'error'; demo: string; phase: 'prepare' | 'session' | 'run'; message: string }
  | { type: 'state'; state: PanelState };

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_TEXT = 4000;
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A short, safe description of an untrusted value (no toString() calls on hostile objects). */
function describe(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v;
}

function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

function exactKeys(o: Obj, keys: readonly string[]): string | undefined {
  const extra = Object.keys(o).filter((k) => !keys.includes(k));
  return extra.length ? `unexpected field${extra.length > 1 ? 's' : ''} ${extra.join(', ')}` : undefined;
}

const MAX_NOTE = 1000;

/** A note in both languages: exactly {en, zh-cn}, each a short text. */
export function isLocalText(v: unknown, max = MAX_NOTE): v is LocalText {
  return isObj(v) && !exactKeys(v, ['en', 'zh-cn']) && isText(v.en, max) && isText(v['zh-cn'], max);
}

export function isPanelState(v: unknown): v is PanelState {
  if (!isObj(v) || exactKeys(v, ['demo', 'request', 'note']) || !isText(v.demo, 64) || !isObj(v.request)) return false;
  if (v.note !== undefined && !isLocalText(v.note)) return false;
  const { params, inputs } = v.request;
  return (params === undefined || isObj(params)) && (inputs === undefined || isObj(inputs));
}

function isOutputs(v: unknown): v is Record<string, TensorData> {
  return isObj(v) && Object.keys(v).length <= 64 && Object.values(v).every(isTensorData);
}

export function parseWebviewMessage(raw: unknown): Parsed<WebviewMessage> {
  if (!isObj(raw)) return fail('not an object');
  switch (raw.type) {
    case 'ready':
      return exactKeys(raw, ['type']) ? fail(exactKeys(raw, ['type'])!) : { ok: true, message: { type: 'ready' } };
    case 'result': {
      const extra = exactKeys(raw, ['type', 'demo', 'ep', 'requested', 'adapter', 'createMs', 'runMs', 'outputs']);
      if (extra) return fail(extra);
      if (!isText(raw.demo, 64)) return fail('result.demo must be a short string');
      if (raw.ep !== 'webgpu' && raw.ep !== 'wasm') return fail('result.ep must be webgpu or wasm');
      if (!EXECUTION_SETTINGS.includes(raw.requested as ExecutionSetting)) return fail('result.requested must be auto, webgpu or wasm');
      if (raw.adapter !== null && !isText(raw.adapter, 200)) return fail('result.adapter must be a string or null');
      if (!isMs(raw.createMs) || !isMs(raw.runMs)) return fail('result timings must be non-negative numbers');
      if (!isOutputs(raw.outputs)) return fail('result.outputs must map names to {dims, data} tensors');
      return { ok: true, message: raw as unknown as RunReport };
    }
    case 'error': {
      const extra = exactKeys(raw, ['type', 'demo', 'phase', 'message']);
      if (extra) return fail(extra);
      if (!isText(raw.demo, 64) || !isText(raw.message)) return fail('error.demo and error.message must be strings');
      if (raw.phase !== 'prepare' && raw.phase !== 'session' && raw.phase !== 'run') return fail('error.phase must be prepare, session or run');
      return { ok: true, message: raw as WebviewMessage };
    }
    case 'state': {
      const extra = exactKeys(raw, ['type', 'state']);
      if (extra) return fail(extra);
      if (!isPanelState(raw.state)) return fail('state must be {demo, request: {params?, inputs?}, note?: {en, zh-cn}}');
      return { ok: true, message: raw as WebviewMessage };
    }
    default:
      return fail(`unknown message type ${describe(raw.type)}`);
  }
}

export function parseHostMessage(raw: unknown): Parsed<HostMessage> {
  if (!isObj(raw)) return fail('not an object');
  const ep = raw.executionProvider as ExecutionSetting;
  switch (raw.type) {
    case 'show': {
      const extra = exactKeys(raw, ['type', 'state', 'executionProvider', 'lang']);
      if (extra) return fail(extra);
      if (!isPanelState(raw.state)) return fail('show.state must be {demo, request, note?}');
      if (!EXECUTION_SETTINGS.includes(ep)) return fail('show.executionProvider must be auto, webgpu or wasm');
      if (raw.lang !== 'en' && raw.lang !== 'zh-cn') return fail('show.lang must be en or zh-cn');
      return { ok: true, message: raw as HostMessage };
    }
    case 'setExecutionProvider': {
      const extra = exactKeys(raw, ['type', 'executionProvider']);
      if (extra) return fail(extra);
      if (!EXECUTION_SETTINGS.includes(ep)) return fail('executionProvider must be auto, webgpu or wasm');
      return { ok: true, message: raw as HostMessage };
    }
    default:
      return fail(`unknown message type ${describe(raw.type)}`);
  }
}

// ---- the Shapes panel ---------------------------------------------------------------------------------------

/** The request a shape result answers (shown in the panel; the editor re-runs it). */
export interface ShapesRequest {
  className: string;
  args: string;
  inputs: string[];
  defines?: Record<string, string>;
}

/** What a Shapes panel shows and persists (webview `setState`); the serializer restores it after a reload. */
export interface ShapesPanelState {
  result: ShapeResult;
  request: ShapesRequest;
  /** The document's URI (rows reveal their line in it) and the name shown for it. */
  uri: string;
  file: string;
}

/** Host → Shapes webview. */
export type ShapesHostMessage =
  | { type: 'showShapes'; state: ShapesPanelState; executionProvider: ExecutionSetting; lang: Lang }
  | { type: 'setExecutionProvider'; executionProvider: ExecutionSetting }
  /** Runs "Confirm with ONNX Runtime" as if its button was pressed (commands, tests). */
  | { type: 'confirmShapes' };

/** The end of a "Confirm with ONNX Runtime" run, for the host's log, the tests and the status bar. */
export interface ShapeCheckReport {
  type: 'shapeCheck';
  /** The EP chosen for the check; `eps` lists those that really ran models (a failed model may fall back). */
  ep: Ep;
  requested: ExecutionSetting;
  adapter: string | null;
  eps: Ep[];
  counts: Record<RowStatus, number>;
  models: number;
  runs: number;
  createMs: number;
  runMs: number;
}

/** Shapes webview → host. */
export type ShapesWebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | ShapeCheckReport
  | { type: 'error'; demo: string; phase: 'prepare' | 'session' | 'run'; message: string };

const ROW_STATUSES: readonly RowStatus[] = ['match', 'mismatch', 'unsupported', 'error', 'composite'];
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isLine = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000_000;
const isEp = (v: unknown): v is Ep => v === 'webgpu' || v === 'wasm';
/** A dim: a size, or a symbolic formula (`(H - 1) // 2 + 1`). */
const isDim = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0) || isText(v, 500);
const isShape = (v: unknown) => Array.isArray(v) && v.length <= 16 && v.every(isDim);
const isShapes = (v: unknown): v is (number | string)[][] => Array.isArray(v) && v.length <= 64 && v.every(isShape);
/** Parameter and MAC counts: numbers, or formulas over symbolic dims. */
const isCountOrFormula = (v: unknown) => isCount(v) || isText(v, 20_000);

function isLayerAttr(v: unknown, depth = 0): boolean {
  if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || isText(v, 500)) return true;
  return depth < 4 && Array.isArray(v) && v.length <= 64 && v.every((x) => isLayerAttr(x, depth + 1));
}

function shapeRowProblem(r: unknown): string | undefined {
  if (!isObj(r)) return 'is not an object';
  const extra = exactKeys(r, ['line', 'name', 'op', 'in', 'out', 'params', 'macs', 'depth', 'attrs']);
  if (extra) return extra;
  if (!isLine(r.line) || !isText(r.name, 1000) || !isText(r.op, 200)) return 'needs line, name and op';
  if (!isShapes(r.in) || (r.out !== null && !isShapes(r.out))) return 'needs in and out shapes (out may be null)';
  if (!isCountOrFormula(r.params) || !isCountOrFormula(r.macs)) return 'needs params and macs';
  if (!Number.isInteger(r.depth) || (r.depth as number) < 0 || (r.depth as number) > 1000) return 'needs a depth';
  if (r.attrs !== undefined && !(isObj(r.attrs) && Object.keys(r.attrs).length <= 64 && Object.values(r.attrs).every((a) => isLayerAttr(a)))) return 'has malformed attrs';
  return undefined;
}

function shapeResultProblem(v: unknown): string | undefined {
  if (!isObj(v)) return 'result is not an object';
  const extra = exactKeys(v, ['className', 'line', 'rows', 'output', 'params', 'macs', 'lines', 'problem']);
  if (extra) return `result: ${extra}`;
  if (!isText(v.className, 200) || !isLine(v.line)) return 'result needs className and line';
  if (!Array.isArray(v.rows) || v.rows.length > 50_000) return 'result.rows must be a list';
  for (const [i, r] of v.rows.entries()) {
    const p = shapeRowProblem(r);
    if (p) return `result.rows[${i}] ${p}`;
  }
  if (v.output !== null && !isShapes(v.output)) return 'result.output must be shapes or null';
  if (!isCountOrFormula(v.params) || !isCountOrFormula(v.macs)) return 'result needs params and macs';
  if (!Array.isArray(v.lines) || v.lines.length > 100_000 || !v.lines.every((l) => isObj(l) && !exactKeys(l, ['line', 'shapes']) && isLine(l.line) && Array.isArray(l.shapes) && l.shapes.length <= 64 && l.shapes.every(isShapes))) {
    return 'result.lines must be [{line, shapes}]';
  }
  if (v.problem !== undefined) {
    const p = v.problem;
    if (!isObj(p) || exactKeys(p, ['kind', 'message', 'line', 'names'])) return 'result.problem must be {kind, message, line, names?}';
    if (p.kind !== 'shape' && p.kind !== 'needs-values' && p.kind !== 'input') return 'result.problem.kind must be shape, needs-values or input';
    if (!isText(p.message) || !isLine(p.line)) return 'result.problem needs a message and a line';
    if (p.names !== undefined && !(Array.isArray(p.names) && p.names.length <= 100 && p.names.every((n) => isText(n, 200)))) return 'result.problem.names must be names';
  }
  return undefined;
}

/** Why `v` is not a ShapesPanelState, or undefined when it is one. */
export function shapesStateProblem(v: unknown): string | undefined {
  if (!isObj(v)) return 'state is not an object';
  const extra = exactKeys(v, ['result', 'request', 'uri', 'file']);
  if (extra) return `state: ${extra}`;
  if (!isText(v.uri, 4000) || !isText(v.file, 500)) return 'state needs uri and file';
  const q = v.request;
  if (!isObj(q) || exactKeys(q, ['className', 'args', 'inputs', 'defines'])) return 'state.request must be {className, args, inputs, defines?}';
  if (!isText(q.className, 200) || !isText(q.args) || !Array.isArray(q.inputs) || q.inputs.length > 32 || !q.inputs.every((s) => isText(s, 500))) {
    return 'state.request needs className, args and input specs';
  }
  if (q.defines !== undefined && !(isObj(q.defines) && Object.keys(q.defines).length <= 100 && Object.values(q.defines).every((d) => isText(d, 500)))) return 'state.request.defines must map names to expressions';
  return shapeResultProblem(v.result);
}

export function parseShapesWebviewMessage(raw: unknown): Parsed<ShapesWebviewMessage> {
  if (!isObj(raw)) return fail('not an object');
  switch (raw.type) {
    case 'ready':
    case 'error': {
      const parsed = parseWebviewMessage(raw);
      return parsed.ok ? { ok: true, message: parsed.message as ShapesWebviewMessage } : parsed;
    }
    case 'reveal': {
      const extra = exactKeys(raw, ['type', 'line']);
      if (extra) return fail(extra);
      if (!isLine(raw.line) || raw.line === 0) return fail('reveal.line must be a 1-based line number');
      return { ok: true, message: raw as ShapesWebviewMessage };
    }
    case 'shapeCheck': {
      const extra = exactKeys(raw, ['type', 'ep', 'requested', 'adapter', 'eps', 'counts', 'models', 'runs', 'createMs', 'runMs']);
      if (extra) return fail(extra);
      if (!isEp(raw.ep)) return fail('shapeCheck.ep must be webgpu or wasm');
      if (!EXECUTION_SETTINGS.includes(raw.requested as ExecutionSetting)) return fail('shapeCheck.requested must be auto, webgpu or wasm');
      if (raw.adapter !== null && !isText(raw.adapter, 200)) return fail('shapeCheck.adapter must be a string or null');
      if (!Array.isArray(raw.eps) || raw.eps.length > 2 || !raw.eps.every(isEp)) return fail('shapeCheck.eps must list webgpu and/or wasm');
      const c = raw.counts;
      if (!isObj(c) || exactKeys(c, ROW_STATUSES) || !ROW_STATUSES.every((k) => isCount(c[k]))) return fail('shapeCheck.counts must count match, mismatch, unsupported, error and composite rows');
      if (!isCount(raw.models) || !isCount(raw.runs)) return fail('shapeCheck.models and runs must be counts');
      if (!isMs(raw.createMs) || !isMs(raw.runMs)) return fail('shapeCheck timings must be non-negative numbers');
      return { ok: true, message: raw as unknown as ShapeCheckReport };
    }
    default:
      return fail(`unknown message type ${describe(raw.type)}`);
  }
}

export function parseShapesHostMessage(raw: unknown): Parsed<ShapesHostMessage> {
  if (!isObj(raw)) return fail('not an object');
  switch (raw.type) {
    case 'showShapes': {
      const extra = exactKeys(raw, ['type', 'state', 'executionProvider', 'lang']);
      if (extra) return fail(extra);
      const problem = shapesStateProblem(raw.state);
      if (problem) return fail(problem);
      if (!EXECUTION_SETTINGS.includes(raw.executionProvider as ExecutionSetting)) return fail('showShapes.executionProvider must be auto, webgpu or wasm');
      if (raw.lang !== 'en' && raw.lang !== 'zh-cn') return fail('showShapes.lang must be en or zh-cn');
      return { ok: true, message: raw as unknown as ShapesHostMessage };
    }
    case 'setExecutionProvider': {
      const parsed = parseHostMessage(raw);
      return parsed.ok ? { ok: true, message: parsed.message as ShapesHostMessage } : parsed;
    }
    case 'confirmShapes':
      return exactKeys(raw, ['type']) ? fail(exactKeys(raw, ['type'])!) : { ok: true, message: { type: 'confirmShapes' } };
    default:
      return fail(`unknown message type ${describe(raw.type)}`);
  }
}
