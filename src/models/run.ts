/**
 * Runs a prepared demo with onnxruntime-web. The ORT module is passed in, so the same code runs
 * in Node (CLI, unit tests: `onnxruntime-web`, wasm) and in the webview (`onnxruntime-web/webgpu`).
 */
import type * as OrtModule from 'onnxruntime-web';
import { findDemo } from './registry';
import { DemoInputError, type DemoRequest, type PreparedDemo } from './demo';
import { toTensorData, type TensorData } from './tensor';

export type Ort = Pick<typeof OrtModule, 'InferenceSession' | 'Tensor'>;
export type Ep = 'webgpu' | 'wasm';

export interface RunResult {
  demo: string;
  ep: Ep;
  /** Session creation time; 0 when a cached session served the run. */
  createMs: number;
  runMs: number;
  outputs: Record<string, TensorData>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class OrtRunner {
  /** By model key, least recently used first. */
  private readonly sessions = new Map<string, Promise<OrtModule.InferenceSession>>();

  /**
   * `maxSessions`: beyond it the least recently used session is released (a panel whose charts rebuild their
   * models on every edit would otherwise keep them all). Runs must not overlap then: the panel queues them.
   */
  constructor(
    private readonly ort: Ort,
    private readonly maxSessions = 48,
  ) {}

  async run(prepared: PreparedDemo, ep: Ep): Promise<RunResult> {
    const key = `${ep}:${prepared.modelKey}`;
    let createMs = 0;
    let session = this.sessions.get(key);
    if (session) {
      this.sessions.delete(key);
      this.sessions.set(key, session); // now the most recently used
    } else {
      const t0 = now();
      const level = prepared.graphOptimizationLevel;
      session = this.ort.InferenceSession.create(prepared.buildModel(), { executionProviders: [ep], ...(level ? { graphOptimizationLevel: level } : {}) });
      this.sessions.set(key, session);
      try {
        await session;
      } catch (e) {
        this.sessions.delete(key); // a failed creation must not poison the next attempt
        throw e;
      }
      createMs = now() - t0;
      this.evict(key);
    }
    const s = await session;
    const feeds: Record<string, OrtModule.Tensor> = {};
    for (const [name, t] of Object.entries(prepared.inputs)) {
      feeds[name] = new this.ort.Tensor('float32', Float32Array.from(t.data, (v) => v ?? NaN), t.dims);
    }
    const t1 = now();
    const results = await s.run(feeds, prepared.outputNames);
    const runMs = now() - t1;
    const outputs: Record<string, TensorData> = {};
    for (const name of prepared.outputNames) {
      const t = results[name];
      outputs[name] = toTensorData(t.dims, t.data as Float32Array);
    }
    return { demo: prepared.demo, ep, createMs, runMs, outputs };
  }

  private evict(keep: string): void {
    for (const [key, session] of this.sessions) {
      if (this.sessions.size <= this.maxSessions) break;
      if (key === keep) continue;
      this.sessions.delete(key);
      void session.then((s) => s.release()).catch(() => undefined);
    }
  }

  async dispose(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((s) => s.then((x) => x.release()).catch(() => undefined)));
  }
}

/** Validates and runs one demo request in a fresh runner (CLI and tests). */
export async function runDemo(ort: Ort, id: string, request: DemoRequest, ep: Ep = 'wasm'): Promise<RunResult> {
  const demo = findDemo(id);
  if (!demo) throw new DemoInputError(`unknown demo "${id}"`);
  const runner = new OrtRunner(ort);
  try {
    return await runner.run(demo.prepare(request), ep);
  } finally {
    await runner.dispose();
  }
}
