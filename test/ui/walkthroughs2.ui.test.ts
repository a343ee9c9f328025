/**
 * UI: the attention, LoRA and diffusion walkthroughs opened by clicking the CodeLenses of
 * examples/attention_and_diffusion.py, in code-server. Every number read inside the webview (heatmap cells'
 * data-value, chart markers and readouts, canvas readouts, factor texts) is compared with PyTorch 1.13 fixtures
 * where the panel shows a fixture's case, and otherwise with the same model run by onnxruntime-web in Node.
 * Light theme on wasm, dark on WebGPU; screenshots to test-results/walkthroughs2-*.png.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Detection } from '../../src/analysis';
import { walkthroughForCall, type WalkthroughTarget } from '../../src/models/fromCall';
import { findDemo, type TensorData } from '../../src/models';
import { medianRowMax, plane, SWEEP_DIMS, sweepRequest } from '../../webview/demos/attentionParts';
import { fmt } from '../../webview/ui/dom';
import { runDemoRequest } from '../unit/helpers';
import { clickCodeLens, openFile, repoRoot, runCommand, screenshot, useWorkbench, walkthroughFrame, webviewFrame } from './harness';

const FILE = 'attention_and_diffusion.py';
type Frame = ReturnType<typeof webviewFrame>;
type Outputs = Record<string, TensorData>;

const fixture = (demo: string, name: string): Outputs => {
  const cases = (JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'torch', `${demo}.json`), 'utf8')) as { cases: { name: string; outputs: Outputs }[] }).cases;
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${demo}/${name}`);
  return found.outputs;
};

/** The walkthrough a lens opens for this call (the mapping the extension uses), and its outputs run in Node (wasm). */
async function expected(concept: string, args: Record<string, unknown>): Promise<{ target: WalkthroughTarget; outputs: Outputs }> {
  const target = walkthroughForCall({ concept, args: Object.entries(args).map(([param, value]) => ({ param, value })) } as unknown as Pick<Detection, 'concept' | 'args'>)!;
  const result = await runDemoRequest(findDemo(target.demo)!, target.request);
  return { target, outputs: result.outputs };
}

function assertClose(actual: readonly (number | null)[], expectedValues: readonly (number | null)[], tol: number, label: string): void {
  assert.equal(actual.length, expectedValues.length, `${label}: ${actual.length} values, expected ${expectedValues.length}`);
  actual.forEach((a, i) => {
    const e = expectedValues[i];
    if (e === null || a === null) return assert.equal(a, e, `${label}[${i}]`);
    assert.ok(Math.abs(a - e) <= tol * Math.max(1, Math.abs(e)), `${label}[${i}]: ${a} in the panel, expected ${e}`);
  });
}

/** The cells of a cell heatmap as numbers (−∞ as null), row-major. */
const heatmap = (frame: Frame, id: string): Promise<(number | null)[]> =>
  frame.locator(`[data-testid="heatmap-${id}"] td.hm-cell`).evaluateAll((els) => els.map((e) => (e.getAttribute('data-value') === '-Infinity' ? null : Number(e.getAttribute('data-value')))));

/** A matrix's shown entries (4 significant digits) as numbers. */
const matrix = async (frame: Frame, scope: string, tensor: string): Promise<number[]> =>
  (await frame.locator(`${scope} figure[data-tensor="${tensor}"] td`).allTextContents()).map((v) => Number(v.replace('−', '-')));

/** Clicks a CodeLens and waits for the walkthrough it opens (a click that only gave the editor focus is repeated once). */
async function openFromLens(page: Page, lens: string, line: number, heading: string): Promise<Frame> {
  for (let attempt = 1; ; attempt++) {
    await clickCodeLens(page, lens, line);
    try {
      return await walkthroughFrame(page, heading, attempt === 1 ? 60_000 : 120_000);
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
}

/** Moves a chart's readout with keys and returns where it is. */
async function chartReadout(frame: Frame, chart: string, keys: string[]): Promise<{ track: string; x: number; y: number }> {
  const svg = frame.locator(`[data-testid="chart-${chart}"] svg`);
  await svg.focus();
  for (const k of keys) await svg.press(k);
  const d = await frame.locator(`[data-testid="readout-${chart}"]`).evaluate((e) => ({ ...(e as HTMLElement).dataset }));
  return { track: d.track ?? '', x: Number(d.x), y: Number(d.y) };
}

/** A canvas map's value at (i, j), read through its keyboard readout. */
async function mapValue(frame: Frame, scope: string, name: string, i: number, j: number): Promise<number> {
  const map = frame.locator(`${scope} [data-map="${name}"]`);
  const canvas = map.locator('canvas');
  await canvas.focus();
  await canvas.press('ArrowRight'); // the first key puts the cursor on (0, 0)
  for (let k = 0; k < i; k++) await canvas.press('ArrowDown');
  for (let k = 0; k < j; k++) await canvas.press('ArrowRight');
  const readout = map.locator('.heatmap-readout');
  assert.equal((await readout.getAttribute('data-i')) + ',' + (await readout.getAttribute('data-j')), `${i},${j}`);
  return Number(await readout.getAttribute('data-value'));
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'WASM', tol: 1e-5 },
  { webgpu: true, theme: 'dark' as const, ep: 'WebGPU', tol: 1e-4 },
]) {
  suite(`UI: attention, LoRA and diffusion walkthroughs from the code (${variant.theme} theme, ${variant.ep})`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });
    /** Screenshot `name`, first scrolling `at` (a step or picture of the panel) into view. */
    const shot = async (name: string, at?: ReturnType<Frame['locator']>) => {
      await at?.scrollIntoViewIfNeeded();
      return screenshot(workbench().page, `walkthroughs2-${name}-${variant.theme}`);
    };

    // Each panel opens beside the code and takes focus: bring the code's editor group back first.
    setup(async function () {
      await runCommand(workbench().page, 'View: Focus First Editor Group');
      await openFile(workbench().page, FILE);
    });

    test('nn.MultiheadAttention(embed_dim=64, num_heads=4): 4 heads of size 2 with the note; 2 heads and cross-attention match PyTorch; the causal mask', async () => {
      const wb = workbench();
      const { outputs } = await expected('multi-head-attention', { embed_dim: 64, num_heads: 4, batch_first: true });
      const frame = await openFromLens(wb.page, 'ML Lens: MultiheadAttention · walkthrough', 57, 'Attention: scores, scaling, mask, heads');
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
      const note = (await frame.locator('[data-testid="call-note"]').textContent()) ?? '';
      assert.match(note, /Your layer: embed_dim 64, 4 heads of size 16\. The walkthrough uses 4 heads of size 2 \(width 8\)/);
      await frame.locator('.seg[data-kind="self"][aria-pressed="true"]').waitFor();
      assert.equal(await frame.locator('select[data-param="heads"]').inputValue(), '4');
      assert.equal(await frame.locator('[data-testid="params"] [data-param="scale"]').inputValue(), String(1 / Math.sqrt(2)), 'scale 1/√d with d = 8/4');
      // Every head's weights as ORT computed them in the panel, against the same model run in Node.
      for (let h = 0; h < 4; h++) assertClose(await heatmap(frame, `attention-weights-h${h}`), plane(outputs.weights, h).data, variant.tol, `weights head ${h}`);
      assertClose(await heatmap(frame, 'attention-weights-avg'), outputs.weights_avg.data, variant.tol, 'weights_avg');
      // The heatmap reads out under the keyboard: head 0, query 0 → key 1.
      const first = frame.locator('[data-testid="heatmap-attention-weights-h0"] td[tabindex="0"]');
      await first.focus();
      await first.press('ArrowRight');
      assert.equal(await frame.locator('[data-testid="readout-attention-weights"]').textContent(), `head 0 · query 0 takes ${fmt(plane(outputs.weights, 0).data[1])} of value 1 (weight w[0,1])`);
      // Per-head outputs, their concatenation and W_o.
      assert.equal(await frame.locator('[data-testid="attention-heads"] .head-output').count(), 4);
      assertClose(await matrix(frame, '[data-testid="attention-heads"]', 'out'), outputs.out.data.map((v) => Number(fmt(v))), 1e-9, 'out (4 digits)');
      await shot('attention-self');
      await shot('attention-heads', frame.locator('.step[data-step="heads"]'));

      // 2 heads on the same weights: PyTorch's nn.MultiheadAttention(8, 2, bias=False).
      await frame.locator('select[data-param="heads"]').selectOption('2');
      await frame.locator('[data-testid="heatmap-attention-weights-h2"]').waitFor({ state: 'detached' });
      const two = fixture('attention', 'self defaults (E = 8, 2 heads)');
      for (let h = 0; h < 2; h++) assertClose(await heatmap(frame, `attention-weights-h${h}`), plane(two.weights, h).data, variant.tol, `PyTorch weights head ${h} of 2`);
      assertClose(await matrix(frame, '[data-testid="attention-heads"]', 'out'), two.out.data.map((v) => Number(fmt(v))), 1e-9, 'PyTorch out (4 digits)');

      // Cross-attention keeps the projections and takes its own X_dec (3×8) and X_enc (5×8): PyTorch's numbers.
      await frame.locator('.seg[data-kind="cross"]').click();
      await frame.locator('.seg[data-kind="cross"][aria-pressed="true"]').waitFor();
      await frame.locator('[data-testid="heatmap-attention-weights-h0"] tr:nth-child(5)').waitFor({ state: 'detached' }); // 3 query rows under the header
      assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true, 'switching kind raises no input problem');
      assert.equal(await frame.locator('.step[data-step="inputs"] figure[data-tensor="X"]').isHidden(), true, 'self-attention\'s X is not shown for cross');
      assert.equal(await frame.locator('.step[data-step="inputs"] figure[data-tensor="X_enc"]').isVisible(), true);
      const cross = fixture('attention', 'cross defaults (L = 3, S = 5)');
      for (let h = 0; h < 2; h++) assertClose(await heatmap(frame, `attention-weights-h${h}`), plane(cross.weights, h).data, variant.tol, `PyTorch cross weights head ${h}`);

      // The causal mask: keys after their query become −∞ (3 queries × 5 keys: 4 + 3 + 2 cells) with weight exactly 0.
      await frame.locator('[data-testid="causal-toggle"]').click();
      await frame.locator('.seg[data-causal="on"][aria-pressed="true"]').waitFor();
      await frame.locator('[data-testid="heatmap-attention-scores-h0"] td.masked').first().waitFor();
      const scores = await heatmap(frame, 'attention-scores-h0');
      const weights = await heatmap(frame, 'attention-weights-h0');
      const masked = scores.flatMap((v, k) => (v === null ? [k] : []));
      assert.deepEqual(masked, [1, 2, 3, 4, 7, 8, 9, 13, 14]);
      assert.ok(masked.every((k) => weights[k] === 0), `masked weights are 0: ${masked.map((k) => weights[k]).join(', ')}`);
      await shot('attention-cross-causal', frame.locator('.step[data-step="mask"]'));
    });

    test('F.scaled_dot_product_attention(q, k, v, is_causal=True): one causal head matches PyTorch; the √d sweep matches ORT in Node', async () => {
      const wb = workbench();
      const frame = await openFromLens(wb.page, 'ML Lens: scaled_dot_product_attention · walkthrough', 45, 'Attention: scores, scaling, mask, heads');
      await frame.locator('.seg[data-kind="sdpa"][aria-pressed="true"]').waitFor();
      await frame.locator('.seg[data-causal="on"][aria-pressed="true"]').waitFor();
      assert.equal(await frame.locator('select[data-param="heads"]').isHidden(), true, 'one head: no head count');
      const torch = fixture('attention', 'sdpa causal on the defaults');
      assertClose(await heatmap(frame, 'attention-qk-h0'), torch.qk.data, variant.tol, 'PyTorch QKᵀ');
      assertClose(await heatmap(frame, 'attention-scores-h0'), torch.scores.data, variant.tol, 'PyTorch scores (−∞ masked)');
      assertClose(await heatmap(frame, 'attention-weights-h0'), torch.weights.data, variant.tol, 'PyTorch weights');
      assertClose(await heatmap(frame, 'attention-unscaled'), torch.weights_unscaled.data, variant.tol, 'PyTorch softmax without the scale');
      // Select query 1 (it sees keys 0 and 1): its bars with and without the scale.
      await frame.locator('[data-testid="heatmap-attention-scaled"] tr:nth-child(3) td').first().click();
      assert.match((await frame.locator('[data-testid="attention-row-note"]').textContent()) ?? '', /^query 1: /);
      const bars = await frame.locator('[data-testid="chart-attention-row"] rect.chart-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
      assertClose(bars, [...torch.weights_unscaled.data.slice(4, 8), ...torch.weights.data.slice(4, 8)], variant.tol, 'query 1 bars (keys 2 and 3 masked: 0)');

      // The sweep: the last point (d = 256) of each curve against the same runs in Node.
      await frame.locator('[data-testid="chart-attention-sweep"] path.chart-series').first().waitFor({ timeout: 120_000 });
      const node = await Promise.all(SWEEP_DIMS.map((d) => runDemoRequest(findDemo('attention')!, sweepRequest(d))));
      const scaledEnd = await chartReadout(frame, 'attention-sweep', ['End']);
      assert.equal(scaledEnd.track, 'scaled');
      assert.equal(scaledEnd.x, 8, 'log₂ 256');
      assertClose([scaledEnd.y], [medianRowMax(node[8].outputs.weights)], variant.tol, 'scaled top weight at d = 256');
      const unscaledEnd = await chartReadout(frame, 'attention-sweep', ['ArrowDown']);
      assert.equal(unscaledEnd.track, 'unscaled');
      assertClose([unscaledEnd.y], [medianRowMax(node[8].outputs.weights_unscaled)], variant.tol, 'unscaled top weight at d = 256');
      assert.ok(unscaledEnd.y > 0.95 && scaledEnd.y < 0.5, `one-hot without the scale (${unscaledEnd.y}), soft with it (${scaledEnd.y})`);
      await shot('attention-sdpa-scale', frame.locator('.step[data-step="scale"]'));
      await shot('attention-sdpa-sweep', frame.locator('[data-testid="chart-attention-sweep"]'));
    });

    test('LoraConfig(r=8, lora_alpha=16): rank 4 with α 8 and the note; ΔW and its rank-1 terms; 56 LoRA parameters against 48', async () => {
      const wb = workbench();
      const { target, outputs } = await expected('lora', { r: 8, lora_alpha: 16, target_modules: ['q_proj', 'v_proj'], lora_dropout: 0.05 });
      const frame = await openFromLens(wb.page, 'ML Lens: LoraConfig · walkthrough', 74, 'LoRA: a low-rank update to a frozen weight');
      assert.equal((await frame.locator('[data-testid="call-note"]').textContent())?.trim(), target.note?.en);
      assert.equal(await frame.locator('[data-testid="params"] [data-param="r"]').inputValue(), '4');
      assert.equal(await frame.locator('[data-testid="params"] [data-param="alpha"]').inputValue(), '8');
      assertClose(await heatmap(frame, 'lora-delta'), outputs.delta_w.data, variant.tol, 'ΔW');
      // ΔW is the sum of its four rank-1 terms, each from its own ORT run in the panel.
      await frame.locator('[data-testid="heatmap-lora-term-3"]').waitFor({ timeout: 120_000 });
      const terms = await Promise.all([0, 1, 2, 3].map((k) => heatmap(frame, `lora-term-${k}`)));
      assertClose(outputs.delta_w.data.map((_, i) => terms.reduce((s, t) => s + (t[i] as number), 0)), outputs.delta_w.data, 1e-5, 'Σ terms = ΔW');
      // Parameter counts: 6 × 8 = 48 for the full layer, 4 · (8 + 6) = 56 for LoRA at r = 4 (this layer is too small to save).
      const marker = frame.locator('[data-testid="chart-lora-count"] circle.chart-marker');
      await marker.waitFor({ timeout: 120_000 });
      assert.equal(await marker.getAttribute('data-y'), '56');
      assert.equal(Number(outputs.params_full.data[0]), 48);
      const lora1 = await chartReadout(frame, 'lora-count', ['Home']);
      assert.deepEqual([lora1.track, lora1.x, lora1.y], ['lora', 1, 14]);
      await shot('lora-update', frame.locator('.step[data-step="update"]'));
      await shot('lora-count', frame.locator('.step[data-step="count"]'));
    });

    test('DDPMScheduler(num_train_timesteps=1000, beta_schedule="squaredcos_cap_v2"): cosine at t = 250, then t = 999 and linear match PyTorch', async () => {
      const wb = workbench();
      const { outputs } = await expected('noise-scheduler', { num_train_timesteps: 1000, beta_schedule: 'squaredcos_cap_v2' });
      const frame = await openFromLens(wb.page, 'ML Lens: DDPMScheduler · walkthrough', 77, 'Diffusion: the forward (noising) process');
      await frame.locator('.seg[data-schedule="cosine"][aria-pressed="true"]').waitFor();
      assert.equal(await frame.locator('[data-testid="params"] [data-param="T"]').inputValue(), '1000');
      assert.equal(await frame.locator('input[data-control="t"]').inputValue(), '250');
      assert.equal(await frame.locator('[data-testid="sqrt-alpha-bar"]').textContent(), `× ${fmt(outputs.sqrt_alpha_bar_t.data[0])} +`);
      assert.equal(await frame.locator('[data-testid="sqrt-one-minus-alpha-bar"]').textContent(), `× ${fmt(outputs.sqrt_one_minus_alpha_bar_t.data[0])} =`);
      const marker = frame.locator('[data-testid="chart-diffusion-alpha-bar"] circle.chart-marker');
      await marker.waitFor({ timeout: 120_000 });
      assertClose([Number(await marker.getAttribute('data-y'))], outputs.alpha_bar_t.data, variant.tol, 'ᾱ_250 marker');
      await frame.locator('[data-testid="diffusion-strips"] .strip[data-schedule="linear"] canvas').nth(5).waitFor({ timeout: 180_000 });
      assert.equal(await frame.locator('[data-testid="diffusion-strips"] .strip').count(), 2, 'cosine and linear strips');
      await shot('diffusion-schedule', frame.locator('.step[data-step="schedule"]'));
      await shot('diffusion-strips', frame.locator('[data-testid="diffusion-strips"]'));

      // The last step, typed into the t box: PyTorch's cosine T = 1000, t = 999.
      const tBox = frame.locator('input[data-control="t-number"]');
      await tBox.fill('999');
      await tBox.press('Enter');
      const cos999 = fixture('diffusion-forward', 'cosine T 1000 t 999');
      await frame.locator('[data-testid="sqrt-alpha-bar"]', { hasText: `× ${fmt(cos999.sqrt_alpha_bar_t.data[0])} +` }).waitFor();
      assert.equal(await frame.locator('[data-testid="sqrt-one-minus-alpha-bar"]').textContent(), `× ${fmt(cos999.sqrt_one_minus_alpha_bar_t.data[0])} =`);
      assert.equal(await frame.locator('input[data-control="t"]').inputValue(), '999');
      assertClose([await mapValue(frame, '[data-testid="closed-form"]', 'x_t', 0, 1)], [cos999.x_t.data[1]], variant.tol, 'x_t[0, 1]');
      assertClose([await mapValue(frame, '[data-testid="chain"]', 'x_t_chain', 2, 3)], [cos999.x_t_chain.data[2 * 16 + 3]], variant.tol * 10, 'x_t_chain[2, 3]');
      await shot('diffusion-closed-form', frame.locator('.step[data-step="closed-form"]'));

      // Linear at the same T and t: PyTorch's linear T = 1000, t = 999.
      await frame.locator('.seg[data-schedule="linear"]').click();
      await frame.locator('.seg[data-schedule="linear"][aria-pressed="true"]').waitFor();
      const lin999 = fixture('diffusion-forward', 'linear T 1000 t 999');
      await frame.locator('[data-testid="sqrt-alpha-bar"]', { hasText: `× ${fmt(lin999.sqrt_alpha_bar_t.data[0])} +` }).waitFor();
      assert.equal(await frame.locator('input[data-control="t"]').inputValue(), '999');
      assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true);
      await shot('diffusion-same-distribution', frame.locator('[data-testid="diffusion-shared"]'));
    });
  });
}
