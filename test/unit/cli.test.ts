/** The CLI contract of DESIGN.md, run from source (the same module esbuild bundles into dist/cli.js). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

suite('cli', function () {
  this.timeout(30_000);

  test('scan prints one JSON object per detection with the contract fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-cli-'));
    writeFileSync(join(dir, 'a.py'), 'import torch.nn as nn\nlayer = nn.LayerNorm(512, eps=1e-6)\n');
    writeFileSync(join(dir, 'notes.txt'), 'nn.Linear');
    const r = cli('scan', dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, [
      { file: join(dir, 'a.py'), line: 2, col: 8, endLine: 2, endCol: 20, symbol: 'torch.nn.LayerNorm', concept: 'layer-norm', framework: 'pytorch', args: { normalized_shape: 512, eps: 1e-6 } },
    ]);
  });

  test('scan: nothing found is exit 0; an unreadable path is exit 2 with a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-cli-'));
    writeFileSync(join(dir, 'empty.py'), 'print("hello")\n');
    assert.deepEqual([cli('scan', dir).code, cli('scan', dir).stdout], [0, '']);
    const missing = cli('scan', join(dir, 'missing.py'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*missing\.py: no such file or directory/);
  });

  test('run matmul-backward gives the seed numbers; bad input is exit 2', () => {
    const r = cli('run', 'matmul-backward');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      demo: 'matmul-backward',
      ep: 'wasm',
      outputs: { Out: { dims: [2, 2], data: [22, 28, 49, 64] }, dA: { dims: [2, 3], data: [3, 7, 11, 3, 7, 11] }, dB: { dims: [3, 2], data: [5, 5, 7, 7, 9, 9] } },
    });
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ inputs: { B: { dims: [2, 2], data: [1, 2, 3, 4] } } }));
    const bad = cli('run', 'matmul-backward', '--input', join(dir, 'in.json'));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /A's columns \(K = 3\) must equal B's rows \(2\)/);
    assert.equal(cli('run', 'nope').code, 2);
    assert.equal(cli('frobnicate').code, 2);
  });

  test('the built dist/cli.js across its sidecar files: scan, shapes, and bad input is exit 2', () => {
    // The bundle requires the demos, the shape engine and web-tree-sitter from files of their own (scripts/esbuild-sidecars.js).
    const built = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ inputs: { B: { dims: [2, 2], data: [1, 2, 3, 4] } } }));
    const bad = built('run', 'matmul-backward', '--input', join(dir, 'in.json'));
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /A's columns \(K = 3\) must equal B's rows \(2\)/);
    const scan = built('scan', join(root, 'examples', 'walkthrough_from_code.py'));
    assert.equal(scan.status, 0, scan.stderr);
    assert.ok(scan.stdout.includes('"symbol":"torch.nn.GroupNorm"'), scan.stdout.slice(0, 300));
    const shapes = built('shapes', join(root, 'examples', 'walkthrough_from_code.py'), '--class', 'CountRegressor', '--input', '(2, 3, 32, 32)');
    assert.equal(shapes.status, 0, shapes.stderr);
    assert.deepEqual(JSON.parse(shapes.stdout.trim().split('\n').at(-1)!).output, [[2]]);
  });

  test('demos lists the walkthroughs; run attention writes masked scores (−∞) as null', () => {
    const ids = cli('demos').stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    for (const id of ['attention', 'lora', 'diffusion-forward', 'fp16-update', 'perplexity', 'ranking-metrics', 'psnr-ssim']) assert.ok(ids.includes(id), id);
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-cli-'));
    const I = { dims: [2, 2], data: [1, 0, 0, 1] };
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ params: { causal: true, scale: 1 }, inputs: { Q: I, K: I, V: I } }));
    const r = cli('run', 'attention', '--input', join(dir, 'in.json'));
    assert.equal(r.code, 0, r.stderr);
    const { outputs } = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(outputs), ['scores', 'weights', 'out']);
    assert.deepEqual(outputs.scores, { dims: [2, 2], data: [1, null, 0, 1] });
    assert.deepEqual(outputs.weights.data.slice(0, 2), [1, 0]);
  });
});
