/**
 * Layer 4: the messages between the extension host and a walkthrough webview, and their validators.
 * Both sides validate what they receive: a webview is a web page, and a malformed message must be
 * rejected with a reason, never acted upon.
 */
import type { Lang } from './catalog/text';
import { isTensorData, type DemoRequest, type Ep, type TensorData } from './models';

export type ExecutionSetting = 'auto' | 'webgpu' | 'wasm';
export type { Lang } from './catalog/text';

export const EXECUTION_SETTINGS: readonly ExecutionSetting[] = ['auto', 'webgpu', 'wasm'];

/** What a panel persists (webview `setState`) and the serializer restores after a reload. */
export interface PanelState {
  demo: string;
  request: DemoRequest;
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

function isPanelState(v: unknown): v is PanelState {
  if (!isObj(v) || !isText(v.demo, 64) || !isObj(v.request)) return false;
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
      if (!isPanelState(raw.state)) return fail('state must be {demo, request: {params?, inputs?}}');
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
      if (!isPanelState(raw.state)) return fail('show.state must be {demo, request}');
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
