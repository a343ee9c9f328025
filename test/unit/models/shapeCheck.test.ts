/**
 * The ONNX confirmation of static shapes: the engine's rows for the PyTorch-hook fixtures, each torch.nn layer
 * call run as a one-layer ONNX model with ORT wasm. Every supported row must match (the fixtures are PyTorch's
 * truth, so a mismatch is a wrong ONNX model or a wrong engine), and a wrong expectation must be caught.
 */
import * as assert from 'node:assert/strict';
import * as ort from 'onnxruntime-web';
import type { ShapeResult, ShapeRow } from '../../../src/analysis/shapes';
import { AmbiguousFormula, evalFormula, planShapeChecks, runShapeChecks, SUPPORTED_LAYERS, type ShapeCheckRun } from '../../../src/models/shapeCheck';
import { fixture, inferFixture } from '../analysis/shapeFixtures';

ort.env.wasm.numThreads = 1;

async function check(result: ShapeResult): Promise<ShapeCheckRun> {
  return runShapeChecks(ort, 'wasm', planShapeChecks(result));
}

/** Rows that ran: each matched, and ORT's dims are the engine's (which the fixture says are PyTorch's). */
function assertAllRunRowsMatch(result: ShapeResult, run: ShapeCheckRun): void {
  run.rows.forEach((c, i) => {
    const row = result.rows[i];
    assert.notEqual(c.status, 'mismatch', `${row.name} (${row.op}): ORT gives ${JSON.stringify(c.real)}, engine ${JSON.stringify(row.out)}`);
    assert.notEqual(c.status, 'error', `${row.name} (${row.op}): ${c.message}`);
    if (c.status === 'match' && row.out?.flat().every((d) => typeof d === 'number')) assert.deepEqual(c.real, row.out, row.name);
  });
}

const statusOf = (result: ShapeResult, run: ShapeCheckRun, name: string) => run.rows[result.rows.findIndex((r) => r.name === name)];

suite('shape check: dim formulas', () => {
  test('evaluates the engine formulas with Python meaning', () => {
    assert.equal(evalFormula('(H - 1) // 2 + 1', { H: 32 }), 16);
    assert.equal(evalFormula('((H - 1) // 2) // 2 + 1', { H: 33 }), 9);
    assert.equal(evalFormula('2*N', { N: 3 }), 6);
    assert.equal(evalFormula('-7 // 2', {}), -4);
    assert.equal(evalFormula('ceil((L - 3) / 2) + 1', { L: 10 }), 5);
    assert.equal(evalFormula('64*T - 2*T', { T: 4 }), 248);
  });

  test('refuses a product of opaque terms, whose grouping Python would read differently', () => {
    assert.throws(() => evalFormula('9408*(H - 1) // 2', { H: 8 }), AmbiguousFormula);
    assert.throws(() => evalFormula('N + M', { N: 1 }), /no value for M/);
  });
});

suite('shape check: the fixture models against ORT wasm', () => {
  test('resnet18 at (1, 3, 64, 64): 60 layer calls match, 15 containers confirmed, one model per distinct layer', async () => {
    const result = await inferFixture(fixture('resnet18'), ['(1,3,64,64)']);
    const plan = planShapeChecks(result);
    // 75 rows; shared (op, attrs) make 19 sessions and 24 distinct (model, input shape) runs.
    assert.equal(result.rows.length, 75);
    assert.equal(plan.models.length, 19);
    assert.equal(plan.runCount, 24);
    assert.deepEqual(plan.symbols, {});
    const progress: number[] = [];
    const run = await runShapeChecks(ort, 'wasm', plan, { onProgress: (done, total) => progress.push(done, total) });
    assertAllRunRowsMatch(result, run);
    assert.deepEqual(run.counts, { match: 60, mismatch: 0, unsupported: 0, error: 0, composite: 15 });
    assert.deepEqual(progress.slice(-2), [24, 24]);
    assert.deepEqual(statusOf(result, run, 'fc').real, [[1, 1000]]);
    assert.deepEqual(statusOf(result, run, 'avgpool').real, [[1, 512, 1, 1]]);
    assert.deepEqual(statusOf(result, run, 'layer4.0.downsample.0').real, [[1, 512, 2, 2]]);
    assert.equal(statusOf(result, run, 'layer3').confirmed, true);
    assert.deepEqual(run.eps, ['wasm']);
  });

  for (const name of ['mnist-cnn', 'dcgan-generator', 'unet', 'unet-bilinear']) {
    test(`${name}: every layer call matches`, async () => {
      const result = await inferFixture(fixture(name));
      const run = await check(result);
      assertAllRunRowsMatch(result, run);
      assert.equal(run.counts.unsupported, 0);
      assert.ok(run.rows.filter((c) => c.status === 'composite').every((c) => c.confirmed === true));
    });
  }

  test('the numbers of the small models: mnist-cnn conv2 (2, 64, 24, 24), dcgan main.12 (2, 3, 64, 64), unet outc (1, 2, 64, 64)', async () => {
    const mnist = await inferFixture(fixture('mnist-cnn'));
    assert.deepEqual(statusOf(mnist, await check(mnist), 'conv2').real, [[2, 64, 24, 24]]);
    const dcgan = await inferFixture(fixture('dcgan-generator'));
    assert.deepEqual(statusOf(dcgan, await check(dcgan), 'main.12').real, [[2, 3, 64, 64]]);
    const unet = await inferFixture(fixture('unet'));
    const run = await check(unet);
    assert.deepEqual(statusOf(unet, run, 'outc.conv').real, [[1, 2, 64, 64]]);
    assert.deepEqual(statusOf(unet, run, 'up1.up').real, [[1, 512, 8, 8]]);
  });

  // The layer fixtures exercise every attribute the builders read (groups, dilation, 'same', ceil_mode, …).
  for (const name of ['layers-conv1d', 'layers-conv2d', 'layers-conv3d', 'layers-pooling2d', 'layers-norms', 'layers-activations', 'layers-reshaping', 'layers-linear', 'layers-embeddings', 'vae', 'nanogpt']) {
    test(`${name}: no supported row mismatches or fails`, async () => {
      const result = await inferFixture(fixture(name));
      assertAllRunRowsMatch(result, await check(result));
    });
  }

  test('what is not built says why', async () => {
    const conv = await inferFixture(fixture('layers-conv2d'));
    const c = statusOf(conv, await check(conv), 'circular');
    assert.equal(c.status, 'unsupported');
    assert.match(c.reason!.en, /circular.*opset 19/);
    const pools = await inferFixture(fixture('layers-pooling2d'));
    const p = statusOf(pools, await check(pools), 'adapt_cols');
    assert.match(p.reason!.en, /13 does not divide into 5 windows/);
    const gpt = await inferFixture(fixture('nanogpt'));
    const g = await check(gpt);
    assert.match(statusOf(gpt, g, 'transformer.ln_f').reason!.en, /defined in this file/);
    // Blocks hold the file's own LayerNorm, so they cannot be confirmed; their MLPs can.
    assert.equal(statusOf(gpt, g, 'transformer.h.0').confirmed, null);
    assert.equal(statusOf(gpt, g, 'transformer.h.0.mlp').confirmed, true);
    for (const c of [...g.rows]) if (c.reason) assert.ok(c.reason['zh-cn'].length > 0);
  });

  test('symbolic dims get small values: resnet18 on (N, 3, H, W) with N = 2, H = W = 32', async () => {
    const result = await inferFixture(fixture('resnet18'), ['(N,3,H,W)']);
    const plan = planShapeChecks(result);
    assert.deepEqual(plan.symbols, { H: 32, N: 2, W: 32 });
    const run = await runShapeChecks(ort, 'wasm', plan);
    assertAllRunRowsMatch(result, run);
    assert.equal(run.counts.match, 60);
    assert.deepEqual(statusOf(result, run, 'maxpool').real, [[2, 64, 8, 8]]);
    const overridden = planShapeChecks(result, { H: 40 });
    assert.deepEqual(overridden.symbols, { H: 40, N: 2, W: 32 });
  });
});

suite('shape check: catching a wrong shape', () => {
  test('a wrong expectation is a mismatch with the real dims, and its container is not confirmed', async () => {
    const result = await inferFixture(fixture('dcgan-generator'));
    const i = result.rows.findIndex((r) => r.name === 'main.3');
    const wrong: ShapeRow = { ...result.rows[i], out: [[2, 256, 7, 7]] };
    const rows = result.rows.map((r, j) => (j === i ? wrong : r));
    const run = await check({ ...result, rows });
    assert.equal(run.rows[i].status, 'mismatch');
    assert.deepEqual(run.rows[i].real, [[2, 256, 8, 8]]);
    assert.equal(statusOf(result, run, 'main').confirmed, false);
    assert.equal(run.counts.mismatch, 1);
  });

  test('a call the engine rejects: ORT rejects it too (Linear(512, 10) on 2048 features)', async () => {
    const row: ShapeRow = { line: 3, name: 'fc', op: 'Linear', in: [[2, 2048]], out: null, params: 5130, macs: 0, depth: 1, attrs: { in_features: 512, out_features: 10, bias: true } };
    const run = await check({ className: 'M', line: 1, rows: [row], output: null, params: 5130, macs: 0, lines: [] });
    assert.equal(run.rows[0].status, 'match');
    assert.match(run.rows[0].reason!.en, /rejects these shapes too/);
    assert.ok(run.rows[0].message);
  });

  test('identical calls share one run; a cancelled check stops between runs', async () => {
    const relu = (name: string, shape: number[]): ShapeRow => ({ line: 1, name, op: 'ReLU', in: [shape], out: [shape], params: 0, macs: 0, depth: 1, attrs: { inplace: false } });
    const result: ShapeResult = { className: 'M', line: 1, rows: [relu('a', [2, 3]), relu('b', [2, 3]), relu('c', [5, 7])], output: null, params: 0, macs: 0, lines: [] };
    const plan = planShapeChecks(result);
    assert.equal(plan.models.length, 1);
    assert.equal(plan.runCount, 2);
    const run = await runShapeChecks(ort, 'wasm', plan, { cancelled: () => true });
    assert.equal(run.runs, 0);
    assert.equal(run.rows[0].status, 'unsupported');
  });

  test('the supported layers include the ones the panel promises', () => {
    for (const op of ['Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose2d', 'Linear', 'BatchNorm1d', 'BatchNorm2d', 'LayerNorm', 'GroupNorm', 'ReLU', 'GELU', 'SiLU', 'Sigmoid', 'Tanh', 'LeakyReLU', 'Softmax', 'Dropout', 'MaxPool2d', 'AvgPool2d', 'AdaptiveAvgPool2d', 'Flatten', 'Embedding', 'Upsample', 'PixelShuffle', 'Identity']) {
      assert.ok(SUPPORTED_LAYERS.includes(op), op);
    }
  });
});
