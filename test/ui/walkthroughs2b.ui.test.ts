/**
 * UI: the mixed-precision, perplexity, ranking-metrics and PSNR/SSIM views and the concept pages, in code-server's
 * real webview — numbers read from the DOM (data attributes and text) against the PyTorch fixtures and against
 * what each edit must change; light theme on wasm, dark theme on WebGPU. Screenshots to test-results/.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { clickCodeLens, openFile, pickFromCommand, repoRoot, screenshot, useWorkbench, webviewFrame, type Workbench } from './harness';

type Frame = ReturnType<typeof webviewFrame>;
interface Case {
  name: string;
  outputs: Record<string, { dims: number[]; data: (number | null)[] }>;
}

const fixture = (demo: string, name: string): Case => {
  const cases = (JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'torch', `${demo}.json`), 'utf8')) as { cases: Case[] }).cases;
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${demo}/${name}`);
  return found;
};
const data = (c: Case, name: string) => c.outputs[name].data as number[];

function assertClose(actual: readonly number[], expected: readonly number[], tol: number, label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])), `${label}[${i}]: ${a} vs PyTorch ${expected[i]}`));
}

async function open(wb: Workbench, title: string, ran = '[data-testid="ep"]'): Promise<Frame> {
  await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', title);
  const frame = webviewFrame(wb.page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
  await frame.locator(ran).first().waitFor({ timeout: 120_000 });
  return frame;
}

const attrNumbers = (frame: Frame, selector: string, attr: string): Promise<number[]> =>
  frame.locator(selector).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);
/** The numbers written in the text of every element matched (first number of each). */
const textNumbers = (frame: Frame, selector: string): Promise<number[]> =>
  frame.locator(selector).evaluateAll((els) => els.map((e) => Number((e.textContent ?? '').replace('−', '-').match(/-?[\d.]+(e-?\d+)?/)?.[0])));

/** Prints the panel's timings (its own run, and the views' extra runs so far) for the run log. */
async function logTiming(frame: Frame, label: string): Promise<void> {
  const text = async (id: string) => ((await frame.locator(`[data-testid="${id}"]`).count()) ? ((await frame.locator(`[data-testid="${id}"]`).first().textContent()) ?? '').trim() : '');
  console.log(`      timing ${label}: ${[await text('ep'), await text('timing'), await text('chart-timing')].filter(Boolean).join(' ')}`);
}

async function noError(frame: Frame): Promise<void> {
  assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true, `no error shown: ${await frame.locator('[data-testid="error"]').textContent()}`);
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'wasm', tol: 1e-5 },
  { webgpu: true, theme: 'dark' as const, ep: 'webgpu', tol: 1e-4 },
]) {
  const tag = `${variant.ep}-${variant.theme}`;
  suite(`UI: walkthroughs II b (${variant.theme} theme, ${variant.ep})`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    test('fp16-update: fp32 and fp16 side by side, the gradient sweep, GradScaler halving through a spike', async () => {
      const wb = workbench();
      const frame = await open(wb, 'Mixed precision: one update in fp32 and fp16');
      const seed = fixture('fp16-update', 'defaults (lr 0.01, scale 65536)');
      for (const name of ['update_fp32', 'update_fp16', 'update_master', 'update_scaled']) {
        const shown = (await frame.locator(`[data-testid="fp16-table"] td[data-output="${name}"] .value`).allTextContents()).map(Number);
        // Shown to 3 or 4 significant digits: within 0.6% of PyTorch, and exactly 0 where PyTorch's update is 0.
        data(seed, name).forEach((e, i) => assert.ok(e === 0 ? shown[i] === 0 : Math.abs(shown[i] / e - 1) < 6e-3, `${name}[${i}]: ${shown[i]} vs PyTorch ${e}`));
      }
      // θ = 1, g = 0.01: the fp16 step is lost; the loss-scaled one is faithful.
      assert.equal(await frame.locator('[data-testid="fp16-table"] tr[data-index="1"] td[data-output="update_fp16"] .verdict').textContent(), 'lost');
      assert.equal(await frame.locator('[data-testid="fp16-table"] tr[data-index="4"] td[data-output="update_scaled"] .verdict').textContent(), 'faithful');
      // The sweep: three paths over 111 gradients; at S = 65536 the gradients from about 1 on overflow.
      const sweep = '[data-testid="chart-fp16-sweep"]';
      await frame.locator(`${sweep} path.chart-series[data-series="scaled"]`).waitFor({ timeout: 60_000 });
      const overflow = await attrNumbers(frame, `${sweep} circle.chart-marker`, 'data-x');
      assert.ok(overflow.length >= 5 && overflow.every((x) => x >= -0.01), `overflow markers at log10 g ≥ 0: ${overflow}`);
      // GradScaler with a spike g = 4 at S = 65536: 3 skipped steps (S·g ≥ 65536 > 65504), the 4th at S = 8192 goes through.
      const rows = '[data-testid="scaler-table"] tbody tr';
      await frame.locator(rows).first().waitFor({ timeout: 60_000 });
      assert.deepEqual(await attrNumbers(frame, rows, 'data-scale'), [65536, 32768, 16384, 8192]);
      assert.deepEqual(await attrNumbers(frame, rows, 'data-found-inf'), [1, 1, 1, 0]);
      assertClose(await textNumbers(frame, `${rows} td[data-output="theta_scaled"]`), [1, 1, 1, 0.96], variant.tol, 'θ after each step');
      await noError(frame);
      await frame.locator('[data-step="side-by-side"]').scrollIntoViewIfNeeded();
      await logTiming(frame, `fp16-update ${tag}`);
      await screenshot(wb.page, `w2b-fp16-table-${tag}`);
      await frame.locator(sweep).scrollIntoViewIfNeeded();
      await screenshot(wb.page, `w2b-fp16-sweep-${tag}`);
      await frame.locator('[data-step="grad-scaler"]').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `w2b-fp16-scaler-${tag}`);
      // No scaling: S = 1 — the 1e-8 gradient's update is lost on the scaled path too.
      await frame.locator('select[data-setting="scale"]').selectOption('1');
      await frame.locator('[data-testid="fp16-table"] tr[data-index="4"] td[data-output="update_scaled"] .verdict', { hasText: 'lost' }).waitFor({ timeout: 60_000 });
    });

    test('perplexity: per-token costs, the formula with ORT\'s numbers, a click changes the actual next token', async () => {
      const wb = workbench();
      const frame = await open(wb, 'Perplexity from logits');
      const seed = fixture('perplexity', 'defaults ("the cat sat on the mat")');
      await frame.locator('[data-testid="chart-token-nll"] rect.chart-bar').first().waitFor({ timeout: 30_000 });
      assertClose(await attrNumbers(frame, '[data-testid="chart-token-nll"] rect.chart-bar', 'data-value'), data(seed, 'token_nll'), variant.tol, 'token NLL bars');
      assertClose(await attrNumbers(frame, '[data-testid="chart-target-prob"] rect.chart-bar', 'data-value'), data(seed, 'target_prob'), variant.tol, 'p bars');
      assert.match((await frame.locator('[data-testid="ppl-expansion"]').textContent()) ?? '', /^PPL = exp\(0\.671\) = 1\.956$/);
      assert.equal(await frame.locator('[data-testid="token-chips"] .chip').count(), 6);
      await logTiming(frame, `perplexity ${tag}`);
      await screenshot(wb.page, `w2b-perplexity-${tag}`);
      // After the second "the", make "dog" the actual next token: its NLL is −log p(dog | row 5).
      const logp = data(seed, 'log_probs');
      const nll = [...data(seed, 'token_nll')];
      nll[4] = -logp[4 * 6 + 5];
      const mean = nll.reduce((a, b) => a + b) / 5;
      await frame.locator('[data-testid="prob-table"] tr[data-row="4"] button[data-token="5"]').click();
      await frame.locator('[data-testid="prob-table"] tr[data-row="4"] button.target[data-token="5"]').waitFor({ timeout: 30_000 });
      const expansion = (await frame.locator('[data-testid="nll-expansion"]').textContent()) ?? '';
      assertClose([Number(expansion.split('= ').pop())], [mean], 1e-3, 'mean NLL with "dog"');
      await frame.locator('[data-step="token-nll"]').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `w2b-perplexity-dog-${tag}`);
      await noError(frame);
    });

    test('ranking-metrics: gains per rank, reorder by button and keyboard, best order gives nDCG 1, k slider', async () => {
      const wb = workbench();
      const frame = await open(wb, 'Ranking metrics: MRR, DCG and nDCG@k');
      const seed = fixture('ranking-metrics', 'defaults (k 5)');
      const list = '[data-testid="rank-list"]';
      await frame.locator(`${list} tbody tr`).first().waitFor({ timeout: 30_000 });
      assertClose(await textNumbers(frame, `${list} td[data-output="discounts"]`), data(seed, 'discounts'), 1e-3, 'discounts');
      assertClose(await textNumbers(frame, `${list} td[data-output="ideal_gains"]`), data(seed, 'ideal_gains'), 1e-3, 'ideal gains');
      assertClose(await attrNumbers(frame, '[data-testid="chart-ranking-gains"] rect.chart-bar[data-series="gains"]', 'data-value'), data(seed, 'gains'), variant.tol, 'gain bars');
      const results = '[data-testid="ranking-results"]';
      assert.match((await frame.locator(`${results} [data-metric="ndcg"]`).textContent()) ?? '', /nDCG@5 = 3\.149 \/ 5\.693 = 0\.5531$/);
      assert.match((await frame.locator(`${results} [data-metric="mrr"]`).textContent()) ?? '', /RR = 1\/2 .*= 0\.5$/);
      await logTiming(frame, `ranking-metrics ${tag}`);
      await screenshot(wb.page, `w2b-ranking-${tag}`);
      // Alt+↑ on rank 3 (relevance 3) moves it to rank 2: [0, 3, 2, 0, 1, 2].
      await frame.locator(`${list} tbody tr[data-rank="3"]`).focus();
      await frame.locator(`${list} tbody tr[data-rank="3"]`).press('Alt+ArrowUp');
      await frame.locator(`${list} input[data-rank="2"]`).and(frame.locator('[value="3"]')).waitFor({ timeout: 30_000 });
      assert.deepEqual(await frame.locator(`${list} input[type="number"]`).evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value))), [0, 3, 2, 0, 1, 2]);
      // ▲ on rank 2 moves it to the top: the first hit is now rank 1, RR = 1.
      await frame.locator(`${list} tr[data-rank="2"] button[data-action="up"]`).click();
      await frame.locator(`${results} [data-metric="mrr"]`, { hasText: 'RR = 1/1' }).waitFor({ timeout: 30_000 });
      await frame.locator('vscode-button[data-action="best"]').click();
      await frame.locator(`${results} [data-metric="ndcg"]`, { hasText: '= 1' }).waitFor({ timeout: 30_000 });
      assert.match((await frame.locator(`${results} [data-metric="ndcg"]`).textContent()) ?? '', /= 5\.693 \/ 5\.693 = 1$/);
      // k = 6: the last result (relevance 0 after sorting) adds nothing; IDCG@6 stays 5.693.
      await frame.locator('input[data-setting="k"]').fill('6');
      await frame.locator(`${results} [data-metric="ndcg"]`, { hasText: 'nDCG@6' }).waitFor({ timeout: 30_000 });
      await noError(frame);
      await screenshot(wb.page, `w2b-ranking-best-${tag}`);
    });

    test('psnr-ssim: five copies scored by ORT, equal PSNR with different SSIM, a copy picked as b', async () => {
      const wb = workbench();
      const frame = await open(wb, 'PSNR and SSIM: two ways to score an image');
      const copies = '.gallery .copy[data-distortion]';
      await frame.locator(copies).nth(4).waitFor({ timeout: 60_000 });
      const distortions = await frame.locator(copies).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.distortion));
      assert.deepEqual(distortions, ['blur', 'noise', 'brightness', 'contrast', 'shift']);
      const names: Record<string, string> = { blur: 'defaults (blur)', noise: 'default image, noise', brightness: 'default image, brightness', contrast: 'default image, contrast', shift: 'default image, shift' };
      const expect = (metric: string) => distortions.map((d) => data(fixture('psnr-ssim', names[d!]), metric)[0]);
      assertClose(await attrNumbers(frame, `${copies} [data-metric="psnr"]`, 'data-value'), expect('psnr'), variant.tol, 'PSNR of the copies');
      assertClose(await attrNumbers(frame, `${copies} [data-metric="ssim"]`, 'data-value'), expect('ssim'), variant.tol * 10, 'SSIM of the copies');
      assert.match((await frame.locator('[data-testid="psnr-ssim-verdict"]').textContent()) ?? '', /PSNR 20\.75 dB.*from 0\.747 \(more contrast\) to 0\.963 \(brighter\)/);
      await frame.locator('[data-step="copies"]').scrollIntoViewIfNeeded();
      await logTiming(frame, `psnr-ssim ${tag}`);
      await screenshot(wb.page, `w2b-psnr-ssim-${tag}`);
      await frame.locator('.copy[data-distortion="brightness"] .copy-pick').click();
      await frame.locator('.copy.selected[data-distortion="brightness"]').waitFor({ timeout: 30_000 });
      const ssim = frame.locator('[data-step="ssim"] [data-tensor="ssim"] td');
      await frame.locator('[data-step="ssim"] [data-tensor="ssim"] td', { hasText: '0.9628' }).waitFor({ timeout: 30_000 });
      assertClose(await textNumbers(frame, '[data-step="ssim"] [data-tensor="ssim"] td'), [data(fixture('psnr-ssim', names.brightness), 'ssim')[0]], 1e-3, 'SSIM of b');
      assert.equal(await ssim.count(), 1);
      await frame.locator('[data-step="ssim"] canvas').hover();
      assert.match((await frame.locator('[data-testid="readout-map-ssim_map"]').textContent()) ?? '', /^ssim_map\[\d+, \d+\] = /);
      await frame.locator('[data-step="factors"]').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `w2b-psnr-ssim-maps-${tag}`);
      await noError(frame);
    });

    test('concept page ResNet: the shape chain from the layer arithmetic, a stage\'s first block, another variant', async () => {
      const wb = workbench();
      const frame = await open(wb, 'ResNet: the shape chain, stage by stage', '[data-testid="page-status"]');
      const table = '[data-testid="stage-table"]';
      await frame.locator(`${table} tbody tr`).first().waitFor();
      assert.deepEqual(await frame.locator(`${table} td[data-output="shape"]`).allTextContents(), ['3×224×224', '64×112×112', '64×56×56', '256×56×56', '512×28×28', '1024×14×14', '2048×7×7', '2048×1×1', '1000']);
      assert.equal(await frame.locator(`${table} td[data-output="total-params"]`).textContent(), '25,557,032');
      assert.equal(await frame.locator(`${table} td[data-output="total-macs"]`).textContent(), '4.09 G');
      await frame.locator('[data-testid="stage-diagram"] .stage[data-stage="layer2"] .face-front').click();
      const detail = (await frame.locator('[data-testid="stage-detail"]').textContent()) ?? '';
      assert.match(detail, /layer2 \(conv3_x\): 256×56×56 → 512×28×28/);
      assert.match(detail, /3×3 conv 128→128\/2 → 28×28/);
      assert.match(detail, /shortcut: 1×1 conv 256→512 \/2 \+ BN/);
      await screenshot(wb.page, `w2b-page-resnet-${tag}`);
      await frame.locator('select[data-param="variant"]').selectOption('resnet18');
      await frame.locator(`${table} td[data-output="total-params"]`, { hasText: '11,689,512' }).waitFor({ timeout: 10_000 });
      await noError(frame);
    });

    test('concept pages U-Net, PatchGAN and Swin: where torch.cat breaks, the patch of a logit, the shifted windows', async () => {
      const wb = workbench();
      let frame = await open(wb, 'U-Net: down, up, and the skip connections', '[data-testid="page-status"]');
      await frame.locator('[data-testid="unet-diagram"] rect[data-map="output"]').waitFor();
      const size = frame.locator('input[data-param="size"]');
      await size.fill('100');
      await size.press('Enter');
      const error = frame.locator('[data-testid="unet-error"]');
      await error.waitFor({ timeout: 10_000 });
      assert.equal(await error.textContent(), 'Level 2: torch.cat([up, skip], dim=1) raises "Sizes of tensors must match except in dimension 1. Expected size 24 but got size 25 for tensor number 1 in the list."');
      await screenshot(wb.page, `w2b-page-unet-broken-${tag}`);
      await frame.locator('vscode-button[data-size="96"]').click();
      await frame.locator('[data-testid="unet-diagram"] rect[data-map="output"]').waitFor({ timeout: 10_000 });
      assert.equal(await error.count(), 0);

      frame = await open(wb, 'PatchGAN: one score per patch', '[data-testid="page-status"]');
      const readout = frame.locator('[data-testid="patch-readout"]');
      await readout.waitFor();
      assert.deepEqual(await readout.evaluate((e) => { const d = (e as HTMLElement).dataset; return [d.cell, d.rows, d.cols]; }), ['15,15', '97,167', '97,167']);
      assert.deepEqual(await frame.locator('[data-testid="patch-layers"] td[data-output="field"]').allTextContents(), ['4×4', '10×10', '22×22', '46×46', '70×70']);
      assert.match((await frame.locator('[data-testid="patch-chain"]').textContent()) ?? '', /1 → 4 → 7 → 16 → 34 → 70/);
      await frame.locator('[data-testid="patch-grid"]').focus();
      await frame.locator('[data-testid="patch-grid"]').press('ArrowRight');
      assert.equal(await readout.getAttribute('data-cols'), '105,175');
      await frame.locator('[data-testid="patch-grid"] rect[data-cell="0,0"]').click();
      assert.match((await readout.textContent()) ?? '', /rows −?-?23…46 .*of which 47×47 lies inside the image/);
      await screenshot(wb.page, `w2b-page-patchgan-${tag}`);

      frame = await open(wb, 'Swin Transformer: windows and shifted windows', '[data-testid="page-status"]');
      const swin = frame.locator('[data-testid="swin-readout"]');
      await swin.waitFor();
      // Token (1, 12) with M = 7, s = 3: a 7×7 window in block ℓ; after the roll it shares a window with 37 masked tokens.
      assert.deepEqual(await swin.evaluate((e) => { const d = (e as HTMLElement).dataset; return [d.token, d.regular, d.shifted, d.masked]; }), ['1,12', '49', '12', '37']);
      await frame.locator('svg[data-map="shifted"] rect[data-pos="0,0"]').click();
      assert.equal(await swin.getAttribute('data-shifted'), '9');
      assert.deepEqual(await frame.locator('[data-testid="swin-cost"] td[data-output="ratio"]').allTextContents(), ['13.8×', '2.7×', '1.2×', '1.0×']);
      await screenshot(wb.page, `w2b-page-swin-${tag}`);
      await noError(frame);
    });

    test('a concept page opens from the user\'s code: the CodeLens on SwinModel(config) shows the shifted windows', async () => {
      const wb = workbench();
      writeFileSync(path.join(wb.workspace, 'swin_backbone.py'), 'from transformers import SwinConfig, SwinModel\n\nconfig = SwinConfig(window_size=7)\nbackbone = SwinModel(config)\n');
      await openFile(wb.page, 'swin_backbone.py');
      await clickCodeLens(wb.page, 'ML Lens: SwinModel · walkthrough', 4);
      const frame = webviewFrame(wb.page);
      await frame.locator('h1', { hasText: 'Swin Transformer: windows and shifted windows' }).waitFor({ timeout: 60_000 });
      await frame.locator('[data-testid="swin-readout"][data-token]').waitFor({ timeout: 30_000 });
      await noError(frame);
    });

    test('concept page CLIP: the loss matrix computed by ORT matches transformers\' clip_loss', async () => {
      const wb = workbench();
      const frame = await open(wb, 'CLIP: the contrastive loss matrix', '[data-testid="clip-loss"] [data-metric="loss"]');
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep === 'wasm' ? 'WASM' : 'WebGPU');
      const seed = fixture('clip-contrastive', 'defaults (dog and cat close, logit_scale ln(1/0.07))');
      assertClose(await attrNumbers(frame, '[data-testid="clip-matrix"] td.logit-cell', 'data-logit'), data(seed, 'logits_per_image'), variant.tol * 10, 'logits');
      assertClose(await attrNumbers(frame, '[data-testid="clip-matrix"] td.logit-cell', 'data-p'), data(seed, 'image_to_text'), variant.tol * 10, 'row softmax');
      assertClose(await attrNumbers(frame, '[data-testid="clip-loss"] [data-metric="loss"]', 'data-value'), data(seed, 'loss'), variant.tol * 10, 'CLIP loss');
      await logTiming(frame, `clip-contrastive ${tag}`);
      await screenshot(wb.page, `w2b-page-clip-${tag}`);
      // Move caption 2 onto image 2's direction with the keyboard: the loss drops.
      const before = (await attrNumbers(frame, '[data-testid="clip-loss"] [data-metric="loss"]', 'data-value'))[0];
      const handle = frame.locator('[data-testid="clip-space"] g[data-kind="text"][data-pair="1"]');
      await handle.focus();
      await handle.press('ArrowRight');
      await frame.locator('input[data-angle="text-1"][value="49"]').waitFor({ timeout: 30_000 });
      await frame.locator('[data-testid="clip-loss"] [data-metric="loss"]').and(frame.locator(`:not([data-value="${before}"])`)).waitFor({ timeout: 30_000 });
      const after = (await attrNumbers(frame, '[data-testid="clip-loss"] [data-metric="loss"]', 'data-value'))[0];
      assert.ok(after < before, `loss ${after} < ${before}`);
      await noError(frame);
    });
  });
}

suite('UI: walkthroughs II b in Simplified Chinese (light theme, wasm)', function () {
  const workbench = useWorkbench({ webgpu: false, theme: 'light', settings: { 'mlLens.language': 'zh-cn' } });

  test('every view and page speaks Chinese, with no undefined or NaN in its text', async () => {
    const wb = workbench();
    for (const [title, ran, shot] of [
      ['混合精度：同一次更新在 fp32 与 fp16 下', '[data-testid="scaler-table"] tbody tr', 'fp16'],
      ['由 logits 计算困惑度', '[data-testid="ppl-expansion"]', 'perplexity'],
      ['排序指标：MRR、DCG 与 nDCG@k', '[data-testid="rank-list"] tbody tr', 'ranking'],
      ['PSNR 与 SSIM：评价图像的两种方式', '.gallery .copy[data-distortion="shift"]', 'psnr-ssim'],
      ['ResNet：逐个 stage 的形状链', '[data-testid="stage-table"] tbody tr', 'resnet'],
      ['CLIP：对比损失矩阵', '[data-testid="clip-loss"] [data-metric="loss"]', 'clip'],
    ] as const) {
      const frame = await open(wb, title, ran);
      const text = (await frame.locator('main').textContent()) ?? '';
      assert.doesNotMatch(text, /undefined|NaN/, title);
      assert.ok((text.match(/[\u4e00-\u9fff]/g) ?? []).length > 100, `${title}: Chinese prose`);
      await noError(frame);
      await screenshot(wb.page, `w2b-zh-${shot}`);
    }
  });
});
