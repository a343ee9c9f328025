/**
 * `npm run bench`: speed and size figures, written to bench/results.json and printed as a table.
 * Never part of `npm test` (tests do not assert on wall time).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchScan } from './scan';

const root = join(__dirname, '..');

function bundleSizes(): Record<string, number> {
  const files = ['dist/extension.js', 'dist/web/extension.js', 'dist/webview/main.js', 'dist/webview/main.css', 'dist/cli.js'];
  const out: Record<string, number> = {};
  for (const f of files) out[f] = statSync(join(root, f)).size;
  for (const dir of ['dist/ort', 'dist/parser']) for (const f of readdirSync(join(root, dir))) out[`${dir}/${f}`] = statSync(join(root, dir, f)).size;
  return out;
}

async function main(): Promise<void> {
  const scan = await benchScan();
  const sizes = bundleSizes();
  const results = { date: new Date().toISOString(), node: process.version, scan, sizes };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const rows: [string, string][] = [
    ['scan corpus, whole process (ML Lens / CPython ast)', `${scan.wholeProcess.mlLensMs.toFixed(0)} ms / ${scan.wholeProcess.cpythonAstMs.toFixed(0)} ms = ${scan.wholeProcess.ratio.toFixed(2)}×`],
    [`scan ${scan.tenKLines.lines}-line file, whole process`, `ratio ${scan.tenKLines.ratio.toFixed(2)}× (CPython ${scan.tenKLines.cpythonAstMs.toFixed(0)} ms)`],
    [`scan ${scan.tenKLines.lines}-line file in process, cold / warm`, `${scan.tenKLines.coldMs.toFixed(0)} ms / ${scan.tenKLines.warmMs.toFixed(0)} ms (${scan.tenKLines.mbPerS.toFixed(1)} MB/s)`],
    ['scan corpus in process', `${scan.corpusMbPerS.toFixed(1)} MB/s (${scan.files} files, ${scan.lines} lines)`],
    ...Object.entries(sizes).map(([f, b]): [string, string] => [f, `${(b / 1024).toFixed(1)} KiB`]),
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log('\nwritten to bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
