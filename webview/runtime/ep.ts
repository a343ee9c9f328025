/**
 * Picks and reports the execution provider. ORT silently drops WebGPU when no adapter exists,
 * so we ask `navigator.gpu.requestAdapter()` ourselves and say which EP really ran.
 */
import * as ort from 'onnxruntime-web/webgpu';
import type { Ep } from '../../src/models';
import type { LocalText } from '../../src/catalog/text';
import type { ExecutionSetting } from '../../src/protocol';

export interface EpChoice {
  ep: Ep;
  /** "vendor architecture" of the adapter, or null. */
  adapter: string | null;
  /** Why this EP, in a few words, in both languages (shown in the panel). */
  reason: LocalText;
}

let configured = false;

/** One-time ORT setup: single-threaded wasm in this page (no workers under our CSP), wasm from dist/. */
export function configureOrt(wasmUrl: string): typeof ort {
  if (!configured) {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = { wasm: wasmUrl };
    ort.env.logLevel = 'error';
    configured = true;
  }
  return ort;
}

interface GpuLike {
  requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string } } | null>;
}

export async function chooseEp(setting: ExecutionSetting): Promise<EpChoice> {
  if (setting === 'wasm') return { ep: 'wasm', adapter: null, reason: { en: 'mlLens.executionProvider is wasm', 'zh-cn': 'mlLens.executionProvider 设为 wasm' } };
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  let adapter: Awaited<ReturnType<GpuLike['requestAdapter']>> = null;
  try {
    adapter = (await gpu?.requestAdapter()) ?? null;
  } catch {
    adapter = null;
  }
  if (!adapter) {
    const why: LocalText = gpu ? { en: 'no WebGPU adapter available', 'zh-cn': '没有可用的 WebGPU 适配器' } : { en: 'this webview has no WebGPU', 'zh-cn': '此 webview 不支持 WebGPU' };
    return {
      ep: 'wasm',
      adapter: null,
      reason: setting === 'webgpu' ? { en: `WebGPU requested, but ${why.en}: fell back to wasm`, 'zh-cn': `设置要求 WebGPU，但${why['zh-cn']}：改用 wasm` } : why,
    };
  }
  const name = [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || 'unknown adapter';
  return { ep: 'webgpu', adapter: name, reason: { en: `WebGPU adapter: ${name}`, 'zh-cn': `WebGPU 适配器：${name}` } };
}
