/**
 * Scan speed: ML Lens's `scan` against CPython's own parser on the same files, whole process and in process.
 *   npx tsx bench/scan.ts            (after `npm run build`; `npm run bench` runs every benchmark)
 * Corpus: test/fixtures/corpus + examples, and a 10,000-line file made of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  wholeProcess: { mlLensMs: number; cpythonAstMs: number; ratio: number; nodeStartupMs: number; pythonStartupMs: number };
  /** Warm, in one process each: ML Lens's parse + detection against CPython's `ast.parse` alone. */
  inProcess: {
    corpus: { mlLensMs: number; parseOnlyMs: number; cpythonAstMs: number; ratio: number };
    tenKLines: { mlLensMs: number; parseOnlyMs: number; cpythonAstMs: number; ratio: number };
  };
  tenKLines: { lines: number; coldMs: number; warmMs: number; cpythonAstMs: number; ratio: number; mbPerS: number };
  corpusMbPerS: number;
}

/** Median warm `ast.parse` time inside one CPython process: the corpus (all files) and the big file, in ms. */
function cpythonInProcess(python: string, corpus: string[], bigFile: string, runs: number): { corpus: number; big: number } {
  const script = [
    'import ast, json, statistics, sys, time',
    'files = sys.argv[2:]; runs = int(sys.argv[1])',
    'texts = [open(f).read() for f in files[:-1]]; big = open(files[-1]).read()',
    'def timed(fn):',
    '    fn()',
    '    out = []',
    '    for _ in range(runs):',
    '        t = time.perf_counter(); fn(); out.append((time.perf_counter() - t) * 1000)',
    '    return statistics.median(out)',
    'print(json.dumps({"corpus": timed(lambda: [ast.parse(t) for t in texts]), "big": timed(lambda: ast.parse(big))}))',
  ].join('\n');
  const r = spawnSync(python, ['-c', script, String(runs), ...corpus, bigFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`CPython in-process timing failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { corpus: number; big: number };
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
  const nodeStartupMs = timeCommand(process.execPath, ['-e', '0'], runs);
  const pythonStartupMs = timeCommand(python, ['-c', 'pass'], runs);
  const cpythonWarm = cpythonInProcess(python, corpus, bigFile, runs);
  rmSync(dir, { recursive: true, force: true });

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
  // tree-sitter's parse alone (no detection): the part of the work no change to ML Lens's own code removes.
  const parseOnly = (batch: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      for (const text of batch) parser.parse(text).delete();
      times.push(performance.now() - t);
    }
    return median(times);
  };
  return {
    files: corpus.length,
    bytes,
    lines,
    wholeProcess: { mlLensMs, cpythonAstMs, ratio: mlLensMs / cpythonAstMs, nodeStartupMs, pythonStartupMs },
    inProcess: {
      corpus: { mlLensMs: median(corpusRuns), parseOnlyMs: parseOnly(texts), cpythonAstMs: cpythonWarm.corpus, ratio: median(corpusRuns) / cpythonWarm.corpus },
      tenKLines: { mlLensMs: warmMs, parseOnlyMs: parseOnly([big]), cpythonAstMs: cpythonWarm.big, ratio: warmMs / cpythonWarm.big },
    },
    tenKLines: { lines: bigLines, coldMs, warmMs, cpythonAstMs: bigPy, ratio: bigMl / bigPy, mbPerS: Buffer.byteLength(big) / 1e6 / (warmMs / 1000) },
    corpusMbPerS: bytes / 1e6 / (median(corpusRuns) / 1000),
  };
}

if (require.main === module) {
  benchScan().then((r) => console.log(JSON.stringify(r, null, 2)));
}
