/**
 * Robustness of the shape engine: 20,000 generated (file, request) pairs — the fixture models cut, shuffled,
 * with numbers changed, deeply nested or turned into noise, asked for real and random classes with random
 * input specs — never make inferShapes throw: every failure comes back as a problem with a message.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PythonParser } from '../../src/analysis';
import { inferShapes } from '../../src/analysis/shapes';
import { findModels } from '../../src/analysis/shapes/modelClasses';
import { nodeWasm } from './analysis/nodeWasm';
import { uniforms as rng } from '../../src/models/synthetic';


const modelsDir = join(__dirname, '..', 'fixtures', 'shapes', 'models');
const sources = readdirSync(modelsDir).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(modelsDir, f), 'utf8'));
const SHAPES = ['(2,3,224,224)', '(1,3,64,64)', '(N,3,32,32)', '(2,16):int64', '(4,784)', '(2,8,16)', '()', '(0,0)', '(2,)', '((2,2,32),(2,2,32))', '(B,T,C)', '(1,1,1,1,1,1)', '(99999,99999,99999)'];
const ARGS = ['', 'Bottleneck, [3, 4, 6, 3]', 'BasicBlock, [2, 2, 2, 2]', 'GPTConfig(n_layer=1, n_head=2, n_embd=8, vocab_size=10, block_size=8, dropout=0.0, bias=True)', '1, 2, 3', 'x=', '((((', 'None', '-1', '[] * 10**9'];

function mutate(r: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const src = pick(sources);
  switch (i % 6) {
    case 0: // a window, cut anywhere
      return src.slice(0, Math.floor(r() * src.length));
    case 1: {
      // change numbers: channels, kernels and strides that no longer fit
      return src.replace(/\b\d+\b/g, (m) => (r() < 0.15 ? String(Math.floor(r() * 5) * (r() < 0.5 ? 1 : 64) - (r() < 0.1 ? 1 : 0)) : m));
    }
    case 2: {
      // shuffle the lines of one region
      const lines = src.split('\n');
      const a = Math.floor(r() * lines.length);
      const b = Math.min(lines.length, a + 2 + Math.floor(r() * 12));
      const part = lines.slice(a, b);
      for (let k = part.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [part[k], part[j]] = [part[j], part[k]];
      }
      return [...lines.slice(0, a), ...part, ...lines.slice(b)].join('\n');
    }
    case 3: {
      // swap identifiers: layers fed the wrong tensors, names used before definition
      const ids = [...new Set(src.match(/\b[a-z_]\w*\b/g) ?? [])];
      return src.replace(/\b[a-z_]\w*\b/g, (m) => (r() < 0.03 ? pick(ids) : m));
    }
    case 4: {
      // hostile constructs: recursion, huge loops, deep nesting
      const depth = 50 + Math.floor(r() * 800);
      return pick([
        `import torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.m = M()\n    def forward(self, x):\n        return self.m(x)\n`,
        `import torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.l = nn.ModuleList([nn.Identity() for _ in range(10**8)])\n    def forward(self, x):\n        return x\n`,
        `import torch.nn as nn\nclass M(nn.Module):\n    def forward(self, x):\n        return ${'('.repeat(depth)}x${')'.repeat(depth)}\n`,
        `import torch.nn as nn\nclass M(nn.Module):\n    def forward(self, x):\n        while True:\n            x = x + 1\n        return x\n`,
        `import torch.nn as nn\ndef f(n):\n    return f(n + 1)\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.k = f(0)\n    def forward(self, x):\n        return x.view(self.k)\n`,
        `import torch\nimport torch.nn as nn\nclass M(nn.Module):\n    def forward(self, x):\n        for _ in range(300):\n            x = x.view(-1).unsqueeze(0).squeeze(0)\n        return x\n`,
      ]);
    }
    default: // noise with model words
      return Array.from({ length: 40 + Math.floor(r() * 200) }, () => pick(['class', 'M(nn.Module):', 'def', 'forward(self, x):', 'self.', 'nn.Conv2d(3,', ')', '(', '\n', '    ', 'return', 'x', '=', '[', ']', ':', ',', '*', '-1', '\0', '€'])).join(' ');
  }
}

suite('robustness: fuzzing the shape engine', function () {
  this.timeout(600_000);

  test('20,000 generated models and requests: inferShapes reports problems, never throws or hangs', async () => {
    const parser = await PythonParser.load(nodeWasm);
    const r = rng(7);
    const kinds = new Map<string, number>();
    const count = Number(process.env.FUZZ_COUNT ?? 20_000);
    const perCase = new Array(6).fill(0);
    for (let i = 0; i < count; i++) {
      const c0 = performance.now();
      const text = mutate(r, i);
      const tree = parser.parse(text);
      try {
        const models = findModels(tree.rootNode);
        const names = models.length && r() < 0.9 ? models.map((m) => m.name) : ['M', 'Nope', ...models.map((m) => m.name)];
        const request = {
          className: names[Math.floor(r() * names.length)],
          args: r() < 0.7 ? (models.find((m) => m.argsInFile)?.argsInFile ?? '') : ARGS[Math.floor(r() * ARGS.length)],
          inputs: Array.from({ length: r() < 0.8 ? 1 : 2 }, () => SHAPES[Math.floor(r() * SHAPES.length)]),
          defines: r() < 0.2 ? { HIDDEN: '32', NUM_CLASSES: r() < 0.5 ? '10' : '(' } : undefined,
        };
        const t0 = Date.now();
        if (process.env.FUZZ_TRACE) process.stderr.write(`#${i} ${JSON.stringify(request)}\n`);
        let result;
        try {
          result = inferShapes(parser, tree.rootNode, request);
        } catch (e) {
          throw new Error(`input #${i} (${JSON.stringify(request)}) threw ${(e as Error).stack}\n--- file ---\n${text.slice(0, 2000)}`);
        }
        assert.ok(Date.now() - t0 < 5_000, `input #${i} took ${Date.now() - t0} ms`);
        const kind = result.problem?.kind ?? 'ok';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (result.problem) assert.ok(result.problem.message.length > 0, `input #${i}: a problem without a message`);
      } finally {
        tree.delete();
        perCase[i % 6] += performance.now() - c0;
      }
    }
    if (process.env.FUZZ_PROFILE) console.log(perCase.map(Math.round), [...kinds]);
    // The generator must reach every outcome: clean inferences, shape errors, and asks for values.
    for (const k of ['ok', 'shape', 'needs-values', 'input']) assert.ok((kinds.get(k) ?? 0) > count / 400, `${k}: ${kinds.get(k) ?? 0} of ${count} (${JSON.stringify([...kinds])})`);
  });
});
