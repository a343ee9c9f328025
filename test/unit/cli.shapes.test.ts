/** `ml-lens shapes` as DESIGN.md specifies it: JSON lines per submodule call, the output line, exit codes. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const models = join(root, 'test', 'fixtures', 'shapes', 'models');
function shapes(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'shapes', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

suite('cli: shapes', function () {
  this.timeout(30_000);

  test("ResNet-50 on (2,3,224,224): the seed's chain, 25,557,032 parameters, (2,1000) out", () => {
    const r = shapes(join(models, 'resnet.py'), '--class', 'ResNet', '--args', 'Bottleneck, [3, 4, 6, 3]', '--input', '(2,3,224,224)');
    assert.equal(r.code, 0, r.stderr);
    const byName = new Map(r.lines.filter((l) => 'name' in l).map((l) => [l.name, l]));
    const chain: [string, number[]][] = [
      ['conv1', [2, 64, 112, 112]], ['maxpool', [2, 64, 56, 56]], ['layer1', [2, 256, 56, 56]], ['layer2', [2, 512, 28, 28]],
      ['layer3', [2, 1024, 14, 14]], ['layer4', [2, 2048, 7, 7]], ['avgpool', [2, 2048, 1, 1]], ['fc', [2, 1000]],
    ];
    for (const [name, out] of chain) assert.deepEqual(byName.get(name)?.out, [out], name);
    assert.deepEqual(Object.keys(r.lines[0]), ['line', 'name', 'op', 'in', 'out', 'params', 'macs']);
    assert.deepEqual(byName.get('layer1.0.downsample.0'), { line: 87, name: 'layer1.0.downsample.0', op: 'Conv2d', in: [[2, 64, 56, 56]], out: [[2, 256, 56, 56]], params: 16384, macs: 2 * 256 * 56 * 56 * 64 });
    assert.deepEqual(r.lines.at(-1), { output: [[2, 1000]], params: 25_557_032, macs: 8_178_368_512 });
  });

  test('symbolic dims flow through: (N,3,224,224) → (N,1000); GPT on (B,T):int64', () => {
    const r = shapes(join(models, 'resnet.py'), '--class', 'ResNet', '--args', 'BasicBlock, [2, 2, 2, 2]', '--input', '(N,3,224,224)');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.lines.at(-1)?.output, [['N', 1000]]);
    const gpt = shapes(join(models, 'nanogpt.py'), '--class', 'GPT', '--args', 'GPTConfig(n_layer=2, n_head=4, n_embd=64, vocab_size=100, block_size=64, dropout=0.0, bias=True)', '--input', '(B,T):int64');
    assert.equal(gpt.code, 0, gpt.stderr);
    assert.deepEqual(gpt.lines.find((l) => l.name === 'transformer.h.1.attn.c_attn')?.out, [['B', 'T', 192]]);
    assert.deepEqual(gpt.lines.at(-1)?.output, [['B', 1, 100]]);
  });

  test('free names are asked for (exit 2 naming them) and --define supplies them', () => {
    const missing = shapes(join(models, 'mlp.py'), '--class', 'MLPClassifier', '--input', '(4,1,28,28)');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /HIDDEN.*--define HIDDEN=VALUE/);
    const ok = shapes(join(models, 'mlp.py'), '--class', 'MLPClassifier', '--define', 'HIDDEN=32', '--define', 'NUM_CLASSES=10', '--input', '(4,1,28,28)');
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(ok.lines.at(-1)?.output, [[4, 10]]);
  });

  test('a shape that cannot fit: the calls up to it, then {"error"} with the line, exit 1', () => {
    const r = shapes(join(models, 'errors.py'), '--class', 'WrongHead', '--input', '(2,3,32,32)');
    assert.equal(r.code, 1);
    const error = r.lines.at(-1)?.error as { line: number; message: string };
    assert.equal(error.line, 24);
    assert.match(error.message, /^fc: Linear\(512, 10\) expects 512 input features in the last dim, got 2048 \(input \(2, 2048\)\)$/);
    assert.equal(r.lines.at(-2)?.out, null);
  });

  test('bad requests: unknown class, unreadable input spec, missing --input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-lens-shapes-'));
    writeFileSync(join(dir, 'm.py'), 'import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))\n');
    const seq = shapes(join(dir, 'm.py'), '--class', 'model', '--input', '(3,4)');
    assert.equal(seq.code, 0, seq.stderr);
    assert.deepEqual(seq.lines.map((l) => l.name ?? 'output'), ['0', '1', '2', 'output']);
    assert.match(shapes(join(dir, 'm.py'), '--class', 'Nope', '--input', '(3,4)').stderr, /no class or module named Nope/);
    assert.match(shapes(join(dir, 'm.py'), '--class', 'model', '--input', '(3,4').stderr, /cannot read input shape/);
    assert.equal(shapes(join(dir, 'm.py'), '--class', 'model').code, 2);
  });
});
