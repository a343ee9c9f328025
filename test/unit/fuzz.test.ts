/**
 * Robustness: the scanner and the message validators take anything without throwing. Inputs come from a
 * seeded generator, so a failure is reproducible from its index.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PythonParser, scanBytes, SourceError } from '../../src/analysis';
import { parseHostMessage, parseWebviewMessage } from '../../src/protocol';
import { nodeWasm } from './analysis/nodeWasm';
import { uniforms as rng } from '../../src/models/synthetic';


const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

function generate(r: () => number, i: number): { name: string; bytes: Uint8Array } {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const src = pick(corpus);
  const enc = (s: string) => new TextEncoder().encode(s);
  switch (i % 8) {
    case 0: // random bytes
      return { name: 'x.py', bytes: Uint8Array.from({ length: Math.floor(r() * 400) }, () => Math.floor(r() * 256)) };
    case 1: {
      // a window of a real file, cut anywhere
      const start = Math.floor(r() * src.length);
      return { name: 'x.py', bytes: enc(src.slice(start, start + Math.floor(r() * 1500))) };
    }
    case 2: {
      // shuffled lines
      const lines = src.split('\n').slice(0, 60);
      for (let k = lines.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [lines[k], lines[j]] = [lines[j], lines[k]];
      }
      return { name: 'x.py', bytes: enc(lines.join('\n')) };
    }
    case 3: {
      // shuffled tokens
      const toks = src.slice(0, 1200).split(/(\s+)/);
      for (let k = toks.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [toks[k], toks[j]] = [toks[j], toks[k]];
      }
      return { name: 'x.py', bytes: enc(`import torch.nn as nn\n${toks.join('')}`) };
    }
    case 4: {
      // deep nesting
      const depth = 50 + Math.floor(r() * 400);
      const open = pick(['(', '[', '{', 'nn.Sequential(']);
      const close = open === '[' ? ']' : open === '{' ? '}' : ')';
      return { name: 'x.py', bytes: enc(`import torch.nn as nn\nx = ${open.repeat(depth)}nn.ReLU()${close.repeat(r() < 0.5 ? depth : Math.floor(depth / 2))}\n`) };
    }
    case 5: // a 10k-character line (and, now and then, one dense with references)
      return r() < 0.02
        ? { name: 'x.py', bytes: enc(`import torch.nn as nn\ny = [${'nn.ReLU(), '.repeat(900)}]\n`) }
        : { name: 'x.py', bytes: enc(`import torch.nn as nn\ny = [${'1.5, '.repeat(2000)}nn.ReLU(${'9'.repeat(Math.floor(r() * 500))})]\n`) };
    case 6: {
      // NUL bytes and odd encodings (latin-1 bytes, UTF-16 without BOM)
      const s = src.slice(0, 600);
      return r() < 0.5
        ? { name: 'x.py', bytes: enc(s.replace(/ /g, () => (r() < 0.05 ? '\0' : ' '))) }
        : { name: 'x.py', bytes: Uint8Array.from(Buffer.from(s, r() < 0.5 ? 'latin1' : 'utf16le')) };
    }
    default: {
      // notebooks: valid, broken and hostile
      const cells = [{ cell_type: 'code', source: src.slice(0, 400) }, { cell_type: 'code', source: [1, null, 'x'] }, { cell_type: 'markdown' }];
      const json = JSON.stringify({ cells });
      return { name: 'x.ipynb', bytes: enc(r() < 0.7 ? json : json.slice(0, Math.floor(r() * json.length))) };
    }
  }
}

suite('robustness: fuzzing', function () {
  this.timeout(180_000);

  test('20,000 generated inputs: scan never throws anything but a SourceError, and never hangs', async () => {
    const parser = await PythonParser.load(nodeWasm);
    const r = rng(2026);
    let detections = 0;
    let declined = 0;
    const perCase = new Array(8).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const { name, bytes } = generate(r, i);
      const t0 = Date.now();
      if (process.env.FUZZ_PROFILE) perCase[i % 8] -= performance.now();
      try {
        detections += scanBytes(parser, name, bytes).length;
      } catch (e) {
        if (!(e instanceof SourceError)) throw new Error(`input #${i} (${name}, ${bytes.length} bytes) threw ${(e as Error).stack}`);
        declined++;
      }
      if (process.env.FUZZ_PROFILE) perCase[i % 8] += performance.now();
      // A hang detector, not a speed test: one small input must never take seconds.
      assert.ok(Date.now() - t0 < 5_000, `input #${i} took ${Date.now() - t0} ms`);
    }
    if (process.env.FUZZ_PROFILE) console.log(JSON.stringify(perCase.map((ms) => Math.round(ms))));
    assert.ok(detections > 1_000, `the generator should exercise detection (${detections} found)`);
    assert.ok(declined > 0, 'broken notebooks are declined with a message');
  });

  test('a 5 MB file is declined with a message', async () => {
    const parser = await PythonParser.load(nodeWasm);
    const big = new TextEncoder().encode('import torch.nn as nn\n' + 'x = nn.ReLU()\n'.repeat(5 * 1024 * 1024 / 14));
    assert.throws(() => scanBytes(parser, 'big.py', big), (e: Error) => e instanceof SourceError && /MB; ML Lens analyses files up to/.test(e.message));
  });

  test('10,000 malformed messages are rejected by both validators without throwing', () => {
    const r = rng(7);
    const valid: unknown[] = [
      { type: 'result', demo: 'matmul-backward', ep: 'wasm', requested: 'auto', adapter: null, createMs: 1, runMs: 1, outputs: { Out: { dims: [1], data: [1] } } },
      { type: 'error', demo: 'matmul-backward', phase: 'run', message: 'x' },
      { type: 'state', state: { demo: 'matmul-backward', request: {} } },
      { type: 'show', state: { demo: 'matmul-backward', request: {} }, executionProvider: 'auto', lang: 'en' },
    ];
    const junk = (): unknown => {
      const choices: (() => unknown)[] = [
        () => null,
        () => undefined,
        () => r() * 1e9,
        () => 'x'.repeat(Math.floor(r() * 10_000)),
        () => [junk()],
        () => ({ __proto__: { type: 'ready' } }),
        () => ({ toString: 1, valueOf: 2 }),
        () => Number.NaN,
        () => -Infinity,
        () => ({ dims: [1e9], data: [] }),
        () => ({ dims: [2, 2], data: [1, 2, '3', 4] }),
        () => Object.create(null),
      ];
      return choices[Math.floor(r() * choices.length)]();
    };
    let rejected = 0;
    for (let i = 0; i < 10_000; i++) {
      const base = JSON.parse(JSON.stringify(valid[i % valid.length])) as Record<string, unknown>;
      const keys = Object.keys(base);
      // Corrupt one field, add a stray one, or replace the whole message.
      const mode = i % 3;
      const msg = mode === 0 ? { ...base, [keys[Math.floor(r() * keys.length)]]: junk() } : mode === 1 ? { ...base, [`x${i}`]: junk() } : junk();
      const a = parseWebviewMessage(msg);
      const b = parseHostMessage(msg);
      if (!a.ok && !b.ok) rejected++;
    }
    // Replacing a field can land on a valid value now and then (e.g. a number for createMs); most must fail.
    assert.ok(rejected >= 9_000, `${rejected} of 10,000 rejected`);
  });
});
