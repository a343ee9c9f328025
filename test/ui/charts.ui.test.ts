/**
 * UI: the charts of the activation, loss and optimizer walkthroughs carry numbers ORT computed in the webview —
 * read from the markers' data attributes, the readout the arrow keys move and the trajectories' points — and
 * they match the PyTorch fixtures; in light (wasm) and dark (WebGPU). Screenshots to test-results/.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pickFromCommand, repoRoot, screenshot, useWorkbench, webviewFrame, type Workbench } from './harness';

type Frame = ReturnType<typeof webviewFrame>;
interface Case {
  name: string;
  outputs: Record<string, { dims: number[]; data: number[] }>;
}

const fixture = (demo: string, name: string): Case => {
  const cases = (JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'torch', `${demo}.json`), 'utf8')) as { cases: Case[] }).cases;
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${demo}/${name}`);
  return found;
};

function assertClose(actual: readonly number[], expected: readonly number[], tol: number, label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])), `${label}[${i}]: ${a} vs PyTorch ${expected[i]}`));
}

async function openDemo(wb: Workbench, title: string): Promise<Frame> {
  await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', title);
  const frame = webviewFrame(wb.page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
  await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
  return frame;
}

/** Numbers from an attribute of every element matched. */
const numbers = (frame: Frame, selector: string, attr: string): Promise<number[]> =>
  frame.locator(selector).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);

/** Moves a chart's readout with keys and returns its point. */
async function readout(frame: Frame, chart: string, keys: string[]): Promise<{ track: string; x: number; y: number; text: string }> {
  const svg = frame.locator(`[data-testid="chart-${chart}"] svg`);
  await svg.focus();
  for (const k of keys) await svg.press(k);
  const r = frame.locator(`[data-testid="readout-${chart}"]`);
  const d = await r.evaluate((e) => ({ ...(e as HTMLElement).dataset, text: e.textContent ?? '' }) as Record<string, string | undefined>);
  return { track: d.track ?? '', x: Number(d.x), y: Number(d.y), text: d.text ?? '' };
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'WASM', tol: 1e-5 },
  { webgpu: true, theme: 'dark' as const, ep: 'WebGPU', tol: 1e-4 },
]) {
  suite(`UI: walkthrough charts (${variant.theme} theme, ${variant.ep})`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    test('activation: f and f′ curves of every function, ReLU highlighted, the user\'s x marked', async () => {
      const wb = workbench();
      const frame = await openDemo(wb, 'Activation functions and their gradients');
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
      const f = '[data-testid="chart-activation-f"]';
      await frame.locator(`${f} path.chart-series[data-series="silu"]`).waitFor({ timeout: 60_000 });
      assert.equal(await frame.locator(`${f} path.chart-series.strong`).getAttribute('data-series'), 'relu');
      const relu = fixture('activation', 'relu on the default x').outputs;
      assertClose(await numbers(frame, `${f} circle.chart-marker`, 'data-y'), relu.y.data, variant.tol, 'ReLU markers');
      assertClose(await numbers(frame, '[data-testid="chart-activation-df"] circle.chart-marker', 'data-y'), relu.dydx.data, variant.tol, "ReLU' markers");
      assert.match((await frame.locator(`${f} svg`).getAttribute('aria-label')) ?? '', /GELU: f\(x\) -0\.17 … 5\./);
      // GELU's slope at x = 1 from the curve (one ORT run over 201 x): ↓↓ from ReLU to GELU, End then 4 pages back to x = 1.
      const gelu = await readout(frame, 'activation-df', ['ArrowDown', 'ArrowDown', 'End', 'PageDown', 'PageDown', 'PageDown', 'PageDown']);
      assert.equal(gelu.track, 'gelu');
      assert.equal(gelu.x, 1);
      assertClose([gelu.y], [fixture('activation', 'gelu on the default x').outputs.dydx.data[5]], variant.tol, "GELU'(1)");
      assert.match(gelu.text, /^GELU: x = 1, f′\(x\) = 1\.083/);
      assert.match((await frame.locator('[data-testid="chart-timing"]').textContent()) ?? '', /charts so far: \d+ more runs?/);
      await screenshot(wb.page, `charts-activation-${variant.ep.toLowerCase()}-${variant.theme}`);

      // A legend entry switches the walkthrough: LeakyReLU, its curve now the highlighted one.
      await frame.locator(`${f} button.chart-legend-item[data-series="leaky-relu"]`).click();
      await frame.locator(`${f} path.chart-series.strong[data-series="leaky-relu"]`).waitFor({ timeout: 30_000 });
      assertClose(await numbers(frame, `${f} circle.chart-marker`, 'data-y'), fixture('activation', 'leaky-relu on the default x').outputs.y.data, variant.tol, 'LeakyReLU markers');
    });

    test('loss: BCE curves for both targets with the seed\'s elements; Huber among L1, MSE and Smooth L1', async () => {
      const wb = workbench();
      const frame = await openDemo(wb, 'Loss functions and their gradients');
      const curve = '[data-testid="chart-loss-curve"]';
      await frame.locator(`${curve} path.chart-series[data-series="target-0"]`).waitFor({ timeout: 60_000 });
      // The markers are the per-element losses of the panel's run: their mean is the seed's BCE loss.
      const bce = await numbers(frame, `${curve} circle.chart-marker`, 'data-y');
      assert.equal(bce.length, 3);
      assertClose([bce.reduce((a, b) => a + b) / 3], fixture('loss', 'seed-bce-defaults').outputs.loss.data, variant.tol, 'mean of the BCE markers');
      await screenshot(wb.page, `charts-loss-bce-${variant.ep.toLowerCase()}-${variant.theme}`);

      const kind = frame.locator('[data-param="kind"]');
      await kind.fill('huber');
      await kind.press('Enter');
      await frame.locator(`${curve} path.chart-series.strong[data-series="huber"]`).waitFor({ timeout: 60_000 });
      for (const id of ['l1', 'mse', 'smooth-l1']) assert.equal(await frame.locator(`${curve} path.chart-series[data-series="${id}"]`).count(), 1, id);
      const expected = fixture('loss', 'huber-mean-default').outputs;
      const losses = await numbers(frame, `${curve} circle.chart-marker`, 'data-y');
      assertClose([losses.reduce((a, b) => a + b) / losses.length], expected.loss.data, variant.tol, 'mean of the Huber markers');
      // Under mean, grad = dlosses / N: the gradient chart's markers are N·grad.
      assertClose(await numbers(frame, '[data-testid="chart-loss-grad"] circle.chart-marker', 'data-y'), expected.grad.data.map((g) => g * 4), variant.tol, 'Huber derivative markers');
      assertClose(await numbers(frame, `${curve} circle.chart-marker`, 'data-x'), [-0.5, 0.5, 0, 2], variant.tol, 'residuals');
      // Huber (δ = 1) at r = −3, the curve's left end: δ(|r| − δ/2) = 2.5; its derivative −δ.
      const left = await readout(frame, 'loss-curve', ['Home']);
      assert.deepEqual([left.track, left.x], ['huber', -3]);
      assertClose([left.y], [2.5], variant.tol, 'Huber(−3)');
      assertClose([(await readout(frame, 'loss-grad', ['Home'])).y], [-1], variant.tol, "Huber'(−3)");
      await screenshot(wb.page, `charts-loss-huber-${variant.ep.toLowerCase()}-${variant.theme}`);
    });

    test('optimizer: five trajectories on the contours match torch.optim, Adam\'s bias correction, edits recompute', async () => {
      const wb = workbench();
      const frame = await openDemo(wb, 'Optimizer steps');
      const chart = '[data-testid="chart-optimizer-trajectories"]';
      await frame.locator(`${chart} circle.chart-step[data-series="adamw"]`).first().waitFor({ timeout: 90_000 });
      assert.ok((await frame.locator(`${chart} path.chart-contour`).count()) >= 8, 'contours');
      for (const id of ['sgd', 'sgd-momentum', 'sgd-momentum-dampened', 'adam', 'adamw']) {
        const xs = await numbers(frame, `${chart} circle.chart-step[data-series="${id}"]`, 'data-x');
        const ys = await numbers(frame, `${chart} circle.chart-step[data-series="${id}"]`, 'data-y');
        assert.equal(xs.length, 41, `${id}: θ0 and 40 steps`);
        const theta = fixture('optimizer', `surface-chart-${id}`).outputs.theta.data;
        // Momentum rings for 40 steps: WebGPU's float32 rounding may drift a little more.
        assertClose(xs.slice(1).flatMap((x, t) => [x, ys[t + 1]]), theta, variant.tol * 10, `${id} trajectory`);
      }
      const adam = fixture('optimizer', 'surface-chart-adam').outputs;
      const first = await readout(frame, 'adam-m', ['Home']);
      assert.equal(first.track, 'm_hat');
      // m̂ at step 1 is the first gradient itself: (1 − β₁)·g / (1 − β₁).
      assertClose([first.y], [adam.grad_steps.data[0]], variant.tol, 'm̂₁ at step 1');
      const v = await readout(frame, 'adam-v', ['ArrowDown', 'End']);
      assert.equal(v.track, 'v');
      assertClose([v.y], [adam.v.data[0]], variant.tol * 10, 'v₁ after the last step');
      await frame.locator(chart).scrollIntoViewIfNeeded();
      await screenshot(wb.page, `charts-optimizer-${variant.ep.toLowerCase()}-${variant.theme}`);
      await frame.locator('[data-testid="chart-adam-m"]').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `charts-optimizer-bias-${variant.ep.toLowerCase()}-${variant.theme}`);

      // Editing the chart's Adam lr recomputes Adam and AdamW at once.
      const before = await numbers(frame, `${chart} circle.chart-step[data-series="adam"]`, 'data-x');
      const lr = frame.locator('input[data-setting="adamLr"]');
      await lr.fill('0.05');
      await lr.press('Enter');
      await frame.locator(`${chart} .chart-legend-item[data-series="adam"]`, { hasText: 'lr 0.05' }).waitFor({ timeout: 60_000 });
      const after = await numbers(frame, `${chart} circle.chart-step[data-series="adam"]`, 'data-x');
      assert.equal(after[0], before[0], 'same start');
      assert.notEqual(after[40], before[40], 'a new end point');
      assertClose([after[1]], [-2 + 0.05], variant.tol, 'Adam\'s first step moves θ₁ by lr');
      assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true, 'no error shown');
      await frame.locator(chart).scrollIntoViewIfNeeded();
      await screenshot(wb.page, `charts-optimizer-edited-${variant.ep.toLowerCase()}-${variant.theme}`);
    });
  });
}
