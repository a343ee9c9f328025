/**
 * The bench's half that runs inside code-server's real Node extension host (as `extensionTestsPath`, started by
 * bench/host.ts): activation and hover latency of the extension folder under test. Writes its figures to
 * <workspace>/.ml-lens-bench.json through `workspace.fs`, like the integration suite writes its results.
 */
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';
import { rng } from '../mlSource';
import { BENCH_FILE, HOVER_FILE, type HostBench, type Latency } from './results';

const EXT_ID = 'ml-lens.ml-lens';
const HOVER_BUDGET_MS = 60_000;
const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;

function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** Wall and CPU time to `require` fresh copies of the bundle (a new file name and source, so no cache applies). */
function requireFreshCopies(extensionPath: string, runs: number): { wall: number[]; cpu: number[] } {
  const get = nodeProcess?.getBuiltinModule;
  if (!get) return { wall: [], cpu: [] };
  const fs = get('fs') as typeof import('fs');
  const path = get('path') as typeof import('path');
  const { createRequire } = get('module') as typeof import('module');
  const bundle = path.join(extensionPath, 'dist', 'extension.js');
  const source = fs.readFileSync(bundle, 'utf8');
  const load = createRequire(bundle);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const copy = path.join(extensionPath, 'dist', `extension.bench-${i}.js`);
    fs.writeFileSync(copy, `${source}\n// bench copy ${i}\n`);
    try {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      load(copy);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    } finally {
      fs.rmSync(copy, { force: true });
    }
  }
  return { wall, cpu };
}

async function hoverCards(uri: vscode.Uri, pos: vscode.Position): Promise<number> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hovers.filter((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes(' · `'))).length;
}

async function benchHover(api: MlLensApi, out: HostBench): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0];
  const uri = vscode.Uri.joinPath(folder.uri, HOVER_FILE);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const t0 = performance.now();
  await hoverCards(uri, new vscode.Position(0, 0));
  const coldFirstMs = performance.now() - t0;

  // 300 positions: 200 inside detected constructs, 100 anywhere else; shuffled, the same for every run.
  const detections = await api.analysis.detections(doc);
  const next = rng(42);
  const inside = (offset: number) => detections.some((d) => offset >= d.start && offset <= d.end);
  const targets: { pos: vscode.Position; on: boolean }[] = [];
  for (let i = 0; i < 200; i++) {
    const d = detections[Math.floor(next() * detections.length)];
    targets.push({ pos: doc.positionAt(d.start + Math.floor(next() * Math.max(1, d.end - d.start))), on: true });
  }
  while (targets.length < 300) {
    const line = doc.lineAt(Math.floor(next() * doc.lineCount));
    const pos = new vscode.Position(line.lineNumber, Math.floor(next() * (line.text.length + 1)));
    if (!inside(doc.offsetAt(pos))) targets.push({ pos, on: false });
  }
  for (let i = targets.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [targets[i], targets[j]] = [targets[j], targets[i]];
  }

  // A hover that takes seconds must not stall the bench: stop after the budget, report what was measured.
  const deadline = performance.now() + HOVER_BUDGET_MS;
  for (const t of targets.slice(0, 10)) if (performance.now() < deadline) await hoverCards(uri, t.pos); // warm-up: JIT, card modules
  const on: number[] = [];
  const elsewhere: number[] = [];
  let cards = 0;
  for (const t of targets) {
    if (performance.now() > deadline) break;
    const s = performance.now();
    const n = await hoverCards(uri, t.pos);
    (t.on ? on : elsewhere).push(performance.now() - s);
    if (t.on && n > 0) cards++;
  }
  // The same hovers with ML Lens's hovers switched off: what VS Code's round trip through the workbench costs.
  const config = vscode.workspace.getConfiguration('mlLens');
  await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
  const floor: number[] = [];
  try {
    const probe = targets.find((t) => t.on)!.pos;
    for (const deadline = Date.now() + 5000; (await hoverCards(uri, probe)) > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    for (const t of targets.slice(0, on.length + elsewhere.length)) {
      const s = performance.now();
      await hoverCards(uri, t.pos);
      floor.push(performance.now() - s);
    }
  } finally {
    await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
  }
  out.hover = {
    lines: doc.lineCount,
    detections: detections.length,
    coldFirstMs,
    all: latency([...on, ...elsewhere]),
    onConstruct: latency(on),
    elsewhere: latency(elsewhere),
    hoversOff: latency(floor),
    cards,
    ...(on.length + elsewhere.length < targets.length ? { stoppedAfterMs: HOVER_BUDGET_MS } : {}),
  };
}

export async function run(): Promise<void> {
  const out: HostBench = {};
  const folder = vscode.workspace.workspaceFolders![0];
  // Written after each phase, so a phase that never ends still leaves the ones before it (and says which).
  const save = (phase: string) => {
    out.phase = phase;
    return vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, BENCH_FILE), new TextEncoder().encode(JSON.stringify(out, null, 2)));
  };
  try {
    await save('activation');
    const ext = vscode.extensions.getExtension<MlLensApi>(EXT_ID);
    if (!ext) throw new Error(`${EXT_ID} is not loaded`);
    const wasActive = ext.isActive;
    const t0 = performance.now();
    const api = await ext.activate();
    const activateCallMs = performance.now() - t0;
    const { bundleStartMs, activateStartMs, activateEndMs } = api.activation;
    const copies = requireFreshCopies(ext.extensionPath, 9);
    out.activation = {
      wasActive,
      activateCallMs,
      loadMs: bundleStartMs - t0,
      topLevelMs: activateStartMs - bundleStartMs,
      activateMs: activateEndMs - activateStartMs,
      requireMs: Math.min(...copies.wall),
      requireMedianMs: latency(copies.wall).p50,
      requireCpuMs: latency(copies.cpu).p50,
      requireRuns: copies.wall,
    };
    await save('hover');
    await benchHover(api, out);
  } catch (e) {
    out.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  await save('done');
}
