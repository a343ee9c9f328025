/**
 * Scan speed: ML Lens's `scan` against CPython's own parser on the same files, whole process and in process.
 *   npx tsx bench/scan.ts            (after `npm run build`; `npm run bench` runs every benchmark)
 * Corpus: test/fixtures/corpus + examples, and a 10,000-line file made of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText, PythonParser } from '../src/analysis';

const root = join(__dirname, '..');

/** The CPython interpreter itself, not a shim in front of it (pyenv's adds ~30 ms a run). */
function cpython(): string {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 is needed for the comparison');
  return r.stdout.trim();
}

/** Files CPython's parser accepts (the corpus has deliberately broken code too). */
function parseableByCPython(py: string, files: string[]): string[] {
  return files.filter((f) => spawnSync(py, ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', f]).status === 0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function pythonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => join(dir, f));
}

/** Median wall time of a command over `runs` runs (after one warm-up), in ms. */
function timeCommand(cmd: string, args: string[], runs: number): number {
  spawnSync(cmd, args, { stdio: 'ignore' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  }
  return median(times);
}

export interface ScanBench {
  files: number;
  bytes: number;
  lines: number;
  wholeProcess: { mlLensMs: number; cpythonAstMs: number; ratio: number };
  tenKLines: { lines: number; coldMs: number; warmMs: number; cpythonAstMs: number; ratio: number; mbPerS: number };
  corpusMbPerS: number;
}

export async function benchScan(runs = 9): Promise<ScanBench> {
  const python = cpython();
  const corpus = parseableByCPython(python, [...pythonFiles(join(root, 'test', 'fixtures', 'corpus')), ...pythonFiles(join(root, 'examples'))]);
  const texts = corpus.map((f) => readFileSync(f, 'utf8'));
  const bytes = corpus.reduce((n, f) => n + statSync(f).size, 0);
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);

  // A 10,000-line file: the corpus repeated (each copy still valid Python).
  let big = '';
  for (let i = 0; big.split('\n').length < 10_000; i++) big += texts[i % texts.length] + '\n'; // whole files only
  const bigLines = big.split('\n').length - 1;
  const dir = mkdtempSync(join(tmpdir(), 'ml-lens-bench-'));
  const bigFile = join(dir, 'big.py');
  writeFileSync(bigFile, big);

  const cli = join(root, 'dist', 'cli.js');
  const py = ['-c', 'import ast, sys; [ast.parse(open(f).read()) for f in sys.argv[1:]]'];
  const mlLensMs = timeCommand(process.execPath, [cli, 'scan', ...corpus], runs);
  const cpythonAstMs = timeCommand(python, [...py, ...corpus], runs);
  const bigMl = timeCommand(process.execPath, [cli, 'scan', bigFile], runs);
  const bigPy = timeCommand(python, [...py, bigFile], runs);

  // In process: parser init + first scan (cold), then the median of warm scans.
  const wasm = (f: string) => readFileSync(join(root, 'dist', 'parser', f));
  const t0 = performance.now();
  const parser = await PythonParser.load(async (f) => wasm(f));
  analyzeText(parser, big);
  const coldMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyzeText(parser, big);
    warm.push(performance.now() - t);
  }
  const warmMs = median(warm);
  const corpusRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    for (const text of texts) analyzeText(parser, text);
    corpusRuns.push(performance.now() - t);
  }
  return {
    files: corpus.length,
    bytes,
    lines,
    wholeProcess: { mlLensMs, cpythonAstMs, ratio: mlLensMs / cpythonAstMs },
    tenKLines: { lines: bigLines, coldMs, warmMs, cpythonAstMs: bigPy, ratio: bigMl / bigPy, mbPerS: Buffer.byteLength(big) / 1e6 / (warmMs / 1000) },
    corpusMbPerS: bytes / 1e6 / (median(corpusRuns) / 1000),
  };
}

if (require.main === module) {
  benchScan().then((r) => console.log(JSON.stringify(r, null, 2)));
}
