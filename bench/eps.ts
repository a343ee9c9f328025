/**
 * `npm run bench -- eps`: every PyTorch fixture case of every demo (test/fixtures/torch/*.json) run by
 * onnxruntime-web in Debian Chromium, on WebGPU (SwiftShader) and on wasm: agreement with PyTorch, session-create
 * and run times per demo, and — from ORT's verbose session log — which nodes the WebGPU EP left to the CPU EP.
 * The page is built from bench/eps/page.ts and served from 127.0.0.1 (WebGPU needs a secure context).
 */
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findDemo } from '../src/models/registry';
import { launchChromium, repoRoot } from '../test/runner/codeServer';
import type { CaseResult } from './eps/page';

export interface DemoEps {
  demo: string;
  cases: number;
  /** Cases whose outputs differ from PyTorch by more than 1e-4 (WebGPU) / 1e-5 (wasm), or that failed. */
  failed: string[];
  maxErr: number;
  createMsMedian: number;
  runMsMedian: number;
  /** Op types the CPU EP ran inside a WebGPU session, with how many nodes (WebGPU only). */
  onCpu?: Record<string, number>;
}

export interface EpsBench {
  ep: 'webgpu' | 'wasm';
  adapter: string;
  demos: DemoEps[];
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);

/** The fixtures of the demos (the concept pages' fixtures run through these demos too). */
function fixtures(): { demo: string; cases: unknown[] }[] {
  const dir = join(repoRoot, 'test', 'fixtures', 'torch');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { demo: string; cases: unknown[] })
    .filter((f) => findDemo(f.demo));
}

async function serve(): Promise<{ server: Server; url: string }> {
  const built = await esbuild.build({ entryPoints: [join(__dirname, 'eps', 'page.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'warning' });
  const js = built.outputFiles[0].contents;
  const wasm = readFileSync(join(repoRoot, 'dist', 'ort', 'ort-wasm-simd-threaded.asyncify.wasm'));
  const server = createServer((req, res) => {
    const [type, body] =
      req.url === '/page.js' ? ['text/javascript', js] : req.url === '/ort.wasm' ? ['application/wasm', wasm] : ['text/html', '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>'];
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** `{ Gather: 2, Shape: 1 }` from the node lists under "Node(s) placed on [CPUExecutionProvider]". */
function cpuOps(lines: string[]): Record<string, number> {
  const ops: Record<string, number> = {};
  let onCpu = false;
  for (const line of lines) {
    const text = line.replace(/^.*?\]\s?/, ''); // ORT's "[V:onnxruntime:…, file:line Function]" prefix
    const header = /placed on \[(\w+)\]/.exec(text);
    if (header) {
      onCpu = header[1] === 'CPUExecutionProvider';
      continue;
    }
    const node = /^\s+(\w+) \((.*)\)\s*$/.exec(text);
    if (onCpu && node) ops[node[1]] = (ops[node[1]] ?? 0) + 1;
    else if (!node) onCpu = false;
  }
  return ops;
}

export async function benchEps(ep: 'webgpu' | 'wasm'): Promise<EpsBench> {
  const { server, url } = await serve();
  const context = await launchChromium({ webgpu: ep === 'webgpu' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const logByCase = new Map<string, string[]>();
    let current: string[] | undefined;
    page.on('console', (m) => {
      const text = m.text();
      if (text.startsWith('@@case ')) logByCase.set(text.slice(7), (current = []));
      else if (text === '@@end') current = undefined;
      else current?.push(text);
    });
    await page.goto(url);
    await page.waitForFunction(() => typeof window.mlLensEps === 'function');
    const adapter = await page.evaluate(async () => {
      const a = await (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string } } | null> } }).gpu?.requestAdapter();
      return a ? [a.info?.vendor, a.info?.architecture].filter(Boolean).join(' ') || 'unknown adapter' : 'none';
    });
    const all = fixtures();
    const results = (await page.evaluate(([e, f]) => window.mlLensEps(e, f as never), [ep, all] as const)) as CaseResult[];
    const tolerance = ep === 'webgpu' ? 1e-4 : 1e-5;
    const demos = all.map(({ demo }): DemoEps => {
      const rs = results.filter((r) => r.demo === demo);
      const onCpu: Record<string, number> = {};
      for (const r of rs) for (const [op, n] of Object.entries(cpuOps(logByCase.get(`${demo} ${r.name}`) ?? []))) onCpu[op] = Math.max(onCpu[op] ?? 0, n);
      return {
        demo,
        cases: rs.length,
        failed: rs.filter((r) => r.error || r.mismatched.length || r.maxErr > tolerance).map((r) => `${r.name}: ${r.error ?? (r.mismatched.length ? `differs at ${r.mismatched.slice(0, 3).join(', ')}` : `error ${r.maxErr.toExponential(1)}`)}`),
        maxErr: Math.max(0, ...rs.map((r) => r.maxErr)),
        createMsMedian: median(rs.map((r) => r.createMs)),
        runMsMedian: median(rs.map((r) => r.runMs)),
        ...(ep === 'webgpu' ? { onCpu } : {}),
      };
    });
    return { ep, adapter, demos };
  } finally {
    await context.close();
    server.close();
  }
}

if (require.main === module) {
  const ep = process.argv[2] === 'wasm' ? 'wasm' : 'webgpu';
  benchEps(ep).then((r) => console.log(JSON.stringify(r, null, 1)), (e) => {
    console.error(e);
    process.exit(1);
  });
}
