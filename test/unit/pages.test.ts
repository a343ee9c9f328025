/**
 * Concept pages: each page's arithmetic against an independent source — ResNet and U-Net against the static shape
 * engine on the fixture models, Swin's attention groups and CLIP's loss against PyTorch fixtures, PatchGAN against
 * the card's numbers and a brute-force check of its cell ↔ pixel maps — and the registry's place in the panel.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PythonParser } from '../../src/analysis';
import { inferShapes, type ShapeResult } from '../../src/analysis/shapes';
import { cardFor } from '../../src/catalog/cards';
import { DEMOS, findDemo, type DemoRequest } from '../../src/models';
import { walkthroughForConcept } from '../../src/models/fromCall';
import { findPage, findWalkthrough, pageForConcept, PAGES } from '../../src/pages';
import { clipLoss, clipPage, type ClipModel } from '../../src/pages/clip';
import { cellSpan, cellsSeeing, patchGanModel, patchGanPage } from '../../src/pages/patchgan';
import { resnetModel, resnetPage } from '../../src/pages/resnet';
import { attendedBy, swinModel, swinPage } from '../../src/pages/swin';
import { unetModel, unetPage } from '../../src/pages/unet';
import { nodeWasm } from './analysis/nodeWasm';
import { assertTensorClose, runDemoRequest, torchFixture } from './helpers';

const MODELS = join(__dirname, '..', 'fixtures', 'shapes', 'models');

async function engine(file: string, className: string, args: string, input: string): Promise<ShapeResult> {
  const parser = await PythonParser.load(nodeWasm);
  const tree = parser.parse(readFileSync(join(MODELS, file), 'utf8'));
  try {
    return inferShapes(parser, tree.rootNode, { className, args, inputs: [input] });
  } finally {
    tree.delete();
  }
}
const rowOf = (r: ShapeResult, name: string) => {
  const row = r.rows.find((x) => x.name === name);
  assert.ok(row, `no row ${name}`);
  return row;
};

suite('concept pages', function () {
  this.timeout(60_000);

  test('registry: page ids are walkthrough ids of their own, one page per concept with a card, reachable from the concept', () => {
    const demoIds = DEMOS.map((d) => d.id);
    for (const page of PAGES) {
      assert.ok(!demoIds.includes(page.id), `${page.id} collides with a demo`);
      assert.ok(cardFor(page.concept), `${page.id}: no card ${page.concept}`);
      assert.equal(findPage(page.id), page);
      assert.equal(pageForConcept(page.concept), page);
      assert.equal(findWalkthrough(page.id)?.kind, 'page');
      assert.deepEqual(walkthroughForConcept(page.concept), { demo: page.id, request: {} });
      for (const text of [page.title, page.summary, page.source]) assert.ok(text.en.trim() && /[\u4e00-\u9fff]/.test(text['zh-cn']), `${page.id}: both languages`);
      assert.doesNotThrow(() => page.prepare({}), page.id);
    }
    assert.deepEqual(PAGES.map((p) => p.concept), ['resnet', 'unet', 'patchgan', 'swin-transformer', 'clip']);
    assert.equal(findWalkthrough('loss')?.kind, 'demo');
    assert.equal(findWalkthrough('nope'), undefined);
  });

  test('params are validated like a demo\'s: unknown names, ranges, no input tensors', () => {
    const rejects = (request: DemoRequest, page: { prepare(r: DemoRequest): unknown }, pattern: RegExp) => assert.throws(() => page.prepare(request), pattern);
    rejects({ params: { depth: 50 } }, resnetPage, /unknown param "depth"/);
    rejects({ params: { variant: 'resnet42' } }, resnetPage, /variant must be one of resnet18, resnet34, resnet50, resnet101, resnet152/);
    rejects({ params: { size: 16 } }, resnetPage, /size must be an integer in \[32, 2048\]/);
    rejects({ inputs: { x: { dims: [1], data: [0] } } }, unetPage, /takes no input tensors/);
    rejects({ params: { tokens: 15 } }, swinPage, /tokens 15 is not a multiple of window 7: Swin pads the token map up to a multiple of M first \(to 21\)/);
    rejects({ params: { shift: 7 } }, swinPage, /shift must be an integer in \[0, 6\]/);
    rejects({ params: { size: 16, n_layers: 4 } }, patchGanPage, /too small for n_layers 4/);
    rejects({ params: { image_angles: [0, 90], text_angles: [0] } }, clipPage, /must pair up: 2 images, 1 captions/);
    rejects({ params: { logit_scale: 5 } }, clipPage, /logit_scale must be a finite number in \[-5, 4\.60517/);
    assert.deepEqual(swinPage.prepare({ params: { tokens: 7 } }).params, { tokens: 7, window: 7, shift: 0 }, 'one window: no shift, as the reference code');
  });

  test('ResNet-50 and ResNet-18: every stage\'s output, parameters and MACs are the shape engine\'s on the fixture model', async () => {
    for (const [variant, args] of [['resnet50', 'Bottleneck, [3, 4, 6, 3]'], ['resnet18', 'BasicBlock, [2, 2, 2, 2]']] as const) {
      const r = await engine('resnet.py', 'ResNet', args, '(1,3,224,224)');
      const m = resnetModel(variant, 224, 1000);
      for (const s of m.stages.filter((x) => x.name !== 'input')) {
        assert.deepEqual(rowOf(r, s.name).out, [[1, ...s.out]], `${variant} ${s.name} shape`);
        // The stem's BatchNorm is a module of its own (bn1) in torchvision's layout.
        const params = Number(rowOf(r, s.name).params) + (s.name === 'conv1' ? Number(rowOf(r, 'bn1').params) : 0);
        assert.equal(s.params, params, `${variant} ${s.name} params`);
        assert.equal(s.macs, Number(rowOf(r, s.name).macs), `${variant} ${s.name} MACs`);
      }
      assert.equal(m.params, r.params, `${variant} total params`);
      assert.equal(m.macs, r.macs, `${variant} total MACs`);
    }
    // torchvision's documented totals; 50 / 101 / 152 weighted layers.
    const totals = { resnet18: 11_689_512, resnet34: 21_797_672, resnet50: 25_557_032, resnet101: 44_549_160, resnet152: 60_192_808 };
    for (const [variant, params] of Object.entries(totals)) assert.equal(resnetModel(variant as keyof typeof totals, 224, 1000).params, params, variant);
    assert.deepEqual([50, 101, 152].map((n) => resnetModel(`resnet${n}` as 'resnet50', 224, 1000).layers), [50, 101, 152]);
    assert.equal((resnetModel('resnet50', 224, 1000).macs / 1e9).toFixed(2), '4.09');
    const big = resnetModel('resnet50', 256, 10);
    assert.deepEqual(big.stages.find((s) => s.name === 'layer4')?.out, [2048, 8, 8]);
    assert.equal(big.stages.at(-1)?.params, 2048 * 10 + 10);
    const first = resnetModel('resnet50', 224, 1000).stages.find((s) => s.name === 'layer2')!.first!;
    assert.deepEqual(first.convs.map((c) => [c.kernel, c.stride, c.cin, c.cout, c.size]), [[1, 1, 256, 128, 56], [3, 2, 128, 128, 28], [1, 1, 128, 512, 28]]);
    assert.deepEqual(first.shortcut, { kernel: 1, stride: 2, padding: 0, cin: 256, cout: 512, size: 28 });
  });

  test('U-Net at 256: the levels are the shape engine\'s on the fixture UNet; at 100 torch.cat fails at level 2 with PyTorch\'s message', async () => {
    const r = await engine('unet.py', 'UNet', '3, 2, False', '(1,3,256,256)');
    const m = unetModel(256, 4, 64, 3, 2);
    const encoder = ['inc', 'down1', 'down2', 'down3'];
    m.levels.forEach((lv, l) => {
      assert.deepEqual(rowOf(r, encoder[l]).out, [[1, lv.encoder.channels, lv.encoder.size, lv.encoder.size]], `e${l}`);
      assert.deepEqual(rowOf(r, `up${4 - l}`).out, [[1, lv.decoder!.channels, lv.decoder!.size, lv.decoder!.size]], `d${l}`);
      assert.deepEqual(rowOf(r, `up${4 - l}.conv`).in, [[1, lv.decoder!.concat, lv.decoder!.size, lv.decoder!.size]], `concat at level ${l}`);
    });
    assert.deepEqual(rowOf(r, 'down4').out, [[1, m.bottleneck.channels, m.bottleneck.size, m.bottleneck.size]]);
    assert.deepEqual(r.output, [[1, ...m.output!]]);

    const broken = unetModel(100, 4, 64, 3, 2);
    assert.deepEqual(broken.levels.map((lv) => lv.encoder.size), [100, 50, 25, 12]);
    assert.equal(broken.levels[2].mismatch, 'Sizes of tensors must match except in dimension 1. Expected size 24 but got size 25 for tensor number 1 in the list.');
    assert.ok(broken.levels[3].decoder && !broken.levels[1].decoder && !broken.levels[0].decoder);
    assert.equal(broken.output, null);
    assert.deepEqual(broken.nearest, [96, 112]);
    assert.deepEqual(unetModel(96, 4, 64, 3, 2).output, [2, 96, 96]);
  });

  test('PatchGAN: 256 → 30×30 logits of 70×70 patches 8 px apart, as the card; cells and pixels map onto each other', () => {
    const m = patchGanModel(256, 3, 64);
    assert.deepEqual(m.layers.map((l) => l.size), [128, 64, 32, 31, 30]);
    assert.deepEqual(m.layers.map((l) => [l.cin, l.cout]), [[6, 64], [64, 128], [128, 256], [256, 512], [512, 1]]);
    assert.deepEqual(m.layers.map((l) => l.field), [4, 10, 22, 46, 70]);
    assert.deepEqual(m.backward, [1, 4, 7, 16, 34, 70]);
    assert.deepEqual([m.grid, m.field, m.jump, m.offset], [30, 70, 8, 23 * -1]);
    assert.deepEqual(cellSpan(m, 0), [-23, 47]);
    assert.deepEqual(cellSpan(m, 15), [97, 167]);
    assert.deepEqual([patchGanModel(256, 1, 64).field, patchGanModel(256, 1, 64).grid], [16, 126], 'n_layers 1: the 16×16 PatchGAN');
    for (const [size, n] of [[256, 3], [286, 3], [128, 2], [64, 1]]) {
      const p = patchGanModel(size, n, 64);
      for (let pixel = 0; pixel < size; pixel++) {
        const seeing = Array.from({ length: p.grid }, (_, c) => c).filter((c) => cellSpan(p, c)[0] <= pixel && pixel < cellSpan(p, c)[1]);
        assert.deepEqual(cellsSeeing(p, pixel), [seeing[0], seeing[seeing.length - 1] + 1], `size ${size}, n_layers ${n}, pixel ${pixel}`);
      }
    }
  });

  test('Swin: the attention groups after the shift are those of the reference implementation\'s roll and mask (PyTorch fixture)', () => {
    for (const c of torchFixture('swin-windows')) {
      const { tokens, window, shift } = c.params as { tokens: number; window: number; shift: number };
      const m = swinModel(tokens, window, shift);
      assert.deepEqual(Array.from({ length: tokens * tokens }, (_, t) => attendedBy(m, t, true).length), c.outputs.counts.data, `${c.name}: counts`);
      for (const [name, expected] of Object.entries(c.outputs)) {
        if (name.startsWith('token_')) assert.deepEqual(attendedBy(m, Number(name.slice(6)), true), expected.data, `${c.name}: ${name}`);
      }
    }
    const m = swinModel(14, 7, 3);
    assert.equal(m.groups, 9);
    assert.deepEqual(attendedBy(m, 26, false).length, 49);
    assert.deepEqual(m.cost.map((r) => (r.msa / r.wmsa).toFixed(1)), ['13.8', '2.7', '1.2', '1.0']);
    // The paper's Ω for stage 1 of Swin-T: 4hwC² + 2(hw)²C with h = w = 56, C = 96.
    assert.equal(m.cost[0].msa, 4 * 3136 * 96 * 96 + 2 * 3136 * 3136 * 96);
  });

  test('CLIP: the loss matrix run through the attention and loss demos on ORT matches transformers\' clip_loss', async () => {
    const run = (request: DemoRequest, demo: string) => runDemoRequest(findDemo(demo)!, request);
    for (const c of torchFixture('clip-contrastive')) {
      const m = clipPage.prepare({ params: c.params }).model as ClipModel;
      const loss = await clipLoss(m, run);
      assert.equal(loss.runs.length, 4);
      for (const [mine, theirs] of [['cosine', 'cosine'], ['logits', 'logits_per_image'], ['imageToText', 'image_to_text'], ['textToImage', 'text_to_image'], ['imageLosses', 'image_losses'], ['textLosses', 'text_losses']] as const) {
        assertTensorClose(loss[mine], c.outputs[theirs], 1e-5, `${c.name}: ${theirs}`);
      }
      for (const [mine, theirs] of [['imageLoss', 'image_loss'], ['textLoss', 'text_loss'], ['loss', 'loss']] as const) {
        assertTensorClose({ dims: [], data: [loss[mine]] }, c.outputs[theirs], 1e-5, `${c.name}: ${theirs}`);
      }
    }
  });
});
