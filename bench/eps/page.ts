/**
 * Browser side of `bench/eps.ts`: every PyTorch fixture case of every demo, run by onnxruntime-web on one EP in
 * this page, with ORT's verbose log on while the session is created (it lists which EP each node was placed on).
 * Talks to the Node side through `window.mlLensEps` and console lines.
 */
import * as ort from 'onnxruntime-web/webgpu';
import { findDemo } from '../../src/models/registry';
import type { TensorData } from '../../src/models/tensor';

interface Case {
  name: string;
  params: Record<string, unknown>;
  inputs: Record<string, TensorData>;
  outputs: Record<string, TensorData>;
}

export interface CaseResult {
  demo: string;
  name: string;
  ep: string;
  createMs: number;
  runMs: number;
  /** Largest difference from PyTorch over all outputs (absolute, relative above 1), and the entries that differ in kind (NaN, ±∞, size). */
  maxErr: number;
  mismatched: string[];
  error?: string;
}

const now = () => performance.now();

async function runCase(demo: string, c: Case, ep: 'webgpu' | 'wasm'): Promise<CaseResult> {
  const definition = findDemo(demo);
  const base = { demo, name: c.name, ep, createMs: 0, runMs: 0, maxErr: 0, mismatched: [] as string[] };
  if (!definition) return { ...base, error: `no demo ${demo}` };
  try {
    const prepared = definition.prepare({ params: c.params as never, inputs: c.inputs });
    console.log(`@@case ${demo} ${c.name}`);
    const t0 = now();
    const level = prepared.graphOptimizationLevel;
    const session = await ort.InferenceSession.create(prepared.buildModel(), {
      executionProviders: [ep],
      logSeverityLevel: 0,
      logVerbosityLevel: 0,
      ...(level ? { graphOptimizationLevel: level } : {}),
    });
    const createMs = now() - t0;
    console.log('@@end');
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, t] of Object.entries(prepared.inputs)) feeds[name] = new ort.Tensor('float32', Float32Array.from(t.data, (v) => v ?? NaN), t.dims);
    const t1 = now();
    const out = await session.run(feeds, prepared.outputNames);
    const runMs = now() - t1;
    let maxErr = 0;
    const mismatched: string[] = [];
    for (const [name, expected] of Object.entries(c.outputs)) {
      const got = out[name]?.data as Float32Array | undefined;
      if (!got || got.length !== expected.data.length) {
        mismatched.push(name);
        continue;
      }
      expected.data.forEach((e, i) => {
        const g = got[i];
        if (e === null || !Number.isFinite(e)) {
          if (!(e === null ? Number.isNaN(g) || !Number.isFinite(g) : g === e)) mismatched.push(`${name}[${i}]`);
          return;
        }
        const err = Math.abs(g - e) / Math.max(1, Math.abs(e));
        maxErr = Math.max(maxErr, err);
      });
    }
    await session.release();
    return { ...base, createMs, runMs, maxErr, mismatched };
  } catch (e) {
    console.log('@@end');
    return { ...base, error: (e as Error).message ?? String(e) };
  }
}

declare global {
  interface Window {
    mlLensEps(ep: 'webgpu' | 'wasm', fixtures: { demo: string; cases: Case[] }[]): Promise<CaseResult[]>;
  }
}

window.mlLensEps = async (ep, fixtures) => {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmPaths = { wasm: '/ort.wasm' };
  ort.env.logLevel = 'verbose';
  const results: CaseResult[] = [];
  for (const f of fixtures) for (const c of f.cases) results.push(await runCase(f.demo, c, ep));
  return results;
};
