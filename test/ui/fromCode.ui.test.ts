/**
 * UI: walkthroughs opened from the user's own code start from the user's values. In code-server, on
 * examples/walkthrough_from_code.py, each call is opened the two ways a user can — its CodeLens and the "Open
 * walkthrough" link of its hover — and the panel must show the call's hyperparameters and the numbers ORT
 * computed with them (expected values from PyTorch 1.13, as noted per test). Light theme on wasm, dark on WebGPU.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { clickCodeLens, hoverAt, openFile, runCommand, screenshot, useWorkbench, walkthroughFrame, webviewFrame } from './harness';

const FILE = 'walkthrough_from_code.py';
type Frame = Awaited<ReturnType<typeof walkthroughFrame>>;

/** Opens the walkthrough from the "Open walkthrough" link of the hover at line:col. */
async function openFromHover(page: Page, line: number, col: number, symbol: string): Promise<void> {
  const hover = await hoverAt(page, line, col, symbol);
  await hover.locator('a', { hasText: 'Open walkthrough' }).click();
  // The sticky hover stays up over the panel until its editor has focus again.
  await webviewFrame(page).locator('h1').waitFor({ timeout: 60_000 });
  await runCommand(page, 'View: Focus First Editor Group');
  await page.keyboard.press('Escape');
}

const param = (frame: Frame, name: string) => frame.locator(`[data-testid="params"] [data-param="${name}"]`).inputValue();

/** The entries of the first visible figure of `tensor`, once they start with `first` (the run may still be landing). */
async function cells(frame: Frame, tensor: string, first: string[], scope = ''): Promise<string[]> {
  const figure = frame.locator(`${scope} figure[data-tensor="${tensor}"]:not([hidden])`).first();
  await figure.locator('td').first().filter({ hasText: new RegExp(`^${first[0].replace(/[.+-]/g, '\\$&')}$`) }).waitFor({ timeout: 30_000 });
  return (await figure.locator('td').allTextContents()).slice(0, first.length);
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'WASM' },
  { webgpu: true, theme: 'dark' as const, ep: 'WebGPU' },
]) {
  suite(`UI: walkthroughs from the user's code (${variant.theme} theme, ${variant.ep})`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    // Each panel opens beside the code and takes focus: bring the code's editor group back first.
    setup(async function () {
      await runCommand(workbench().page, 'View: Focus First Editor Group');
      await openFile(workbench().page, FILE);
    });

    test('CodeLens on torch.optim.Adam(…, lr=3e-4, betas=(0.9, 0.95)): the optimizer runs with lr 0.0003 and betas 0.9, 0.95', async () => {
      const wb = workbench();
      await clickCodeLens(wb.page, 'ML Lens: Adam · walkthrough', 41);
      const frame = await walkthroughFrame(wb.page, 'Optimizer steps');
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
      assert.equal(await param(frame, 'kind'), 'adam');
      assert.equal(await param(frame, 'lr'), '0.0003');
      assert.equal(await param(frame, 'betas'), '0.9, 0.95');
      // torch.optim.Adam([θ], lr=3e-4, betas=(0.9, 0.95)) on θ₁² + 10θ₂² from (1, −2): each step moves by lr.
      assert.deepEqual(await cells(frame, 'theta', ['0.9997', '-2', '0.9994', '-1.999']), ['0.9997', '-2', '0.9994', '-1.999']);
      await screenshot(wb.page, `from-code-adam-${variant.theme}`);
    });

    test('hover link on nn.HuberLoss(delta=0.5): the Huber loss with δ = 0.5', async () => {
      const wb = workbench();
      await openFromHover(wb.page, 40, 22, 'torch.nn.HuberLoss');
      const frame = await walkthroughFrame(wb.page, 'Loss functions and their gradients');
      assert.equal(await param(frame, 'kind'), 'huber');
      assert.equal(await param(frame, 'delta'), '0.5');
      // nn.HuberLoss(delta=0.5)(input=[2.5, 0, 2, 8], target=[3, −0.5, 2, 6]) = 0.28125, grad [−0.125, 0.125, 0, 0.125].
      assert.deepEqual(await cells(frame, 'loss', ['0.2813']), ['0.2813']);
      assert.deepEqual(await cells(frame, 'grad', ['-0.125', '0.125', '0', '0.125']), ['-0.125', '0.125', '0', '0.125']);
      await screenshot(wb.page, `from-code-huber-${variant.theme}`);
    });

    test('CodeLens on nn.Conv2d(3, 64, 7, 2, 3): the conv walkthrough with kernel 7, stride 2, padding 3', async () => {
      const wb = workbench();
      await clickCodeLens(wb.page, 'ML Lens: Conv2d · walkthrough', 19);
      const frame = await walkthroughFrame(wb.page, 'Conv2d backward');
      const control = (name: string) => frame.locator(`input[data-control="${name}"]`).inputValue();
      assert.deepEqual([await control('kh'), await control('kw'), await control('stride'), await control('padding'), await control('H')], ['7', '7', '2', '3', '8']);
      // F.conv2d(x = 1..64 as 8×8, w = ((v − u) mod 3 with C's sign) 7×7, stride=2, padding=3): y is 4×4.
      const y = ['-77', '-194', '-258', '-346', '-23', '-273', '-389', '-592', '153', '-206', '-406', '-775', '696', '536', '390', '-140'];
      assert.deepEqual(await cells(frame, 'y', y.slice(0, 1), '.step[data-step="forward"]').then(() => frame.locator('.step[data-step="forward"] figure[data-tensor="y"] td').allTextContents()), y);
      // Its autograd: dx[0,0,0,:4] = 0, 0, 3, 2 and dw[0,0,0,:4] = 76, 114, 120, 160 (G = ones).
      assert.deepEqual((await frame.locator('.step[data-step="grad-input"] figure[data-tensor="dx"] td').allTextContents()).slice(0, 4), ['0', '0', '3', '2']);
      assert.deepEqual((await frame.locator('.step[data-step="grad-weight"] figure[data-tensor="dw"] td').allTextContents()).slice(0, 4), ['76', '114', '120', '160']);
      await screenshot(wb.page, `from-code-conv-${variant.theme}`);
      await frame.locator('.step[data-step="reversed-kernel"] .cell-grid').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `from-code-conv-reversed-${variant.theme}`);
    });

    test('hover link on nn.GroupNorm(4, 32): group norm with 4 groups of 2 channels', async () => {
      const wb = workbench();
      await openFromHover(wb.page, 21, 26, 'torch.nn.GroupNorm');
      const frame = await walkthroughFrame(wb.page, 'Batch, layer, group and instance norm');
      const picture = frame.locator('[data-testid="norm-picture"]');
      await picture.locator('.seg[data-kind="group"][aria-pressed="true"]').waitFor();
      assert.equal(await picture.locator('select[data-param="groups"]').inputValue(), '4');
      assert.equal(await frame.locator('input[data-size="C"]').inputValue(), '8');
      assert.equal(await frame.locator('[data-testid="norm-stats"] tbody tr').count(), 8, 'N · groups statistics');
      // Group (n=0, g=0) holds channels 0–1 of sample 0: −8 … −4.5, mean −6.25, biased variance 1.3125.
      assert.equal(await frame.locator('[data-testid="norm-mean"]').textContent(), '-6.25');
      assert.equal(await frame.locator('[data-testid="norm-var"]').textContent(), '1.313');
      assert.equal(await picture.locator('.tile td.in').count(), 8);
      await picture.scrollIntoViewIfNeeded();
      await screenshot(wb.page, `from-code-groupnorm-${variant.theme}`);
    });

    test('CodeLens on nn.LeakyReLU(0.2): the activation with negative slope 0.2', async () => {
      const wb = workbench();
      await clickCodeLens(wb.page, 'ML Lens: LeakyReLU · walkthrough', 22);
      const frame = await walkthroughFrame(wb.page, 'Activation functions and their gradients');
      assert.equal(await param(frame, 'fn'), 'leaky-relu');
      assert.equal(await param(frame, 'alpha'), '0.2');
      // F.leaky_relu([−2, −1, −0.5, 0, 0.5, 1, 2], 0.2) and its slope.
      assert.deepEqual(await cells(frame, 'y', ['-0.4', '-0.2', '-0.1', '0', '0.5', '1', '2']), ['-0.4', '-0.2', '-0.1', '0', '0.5', '1', '2']);
      assert.deepEqual(await cells(frame, 'dydx', ['0.2', '0.2', '0.2', '0.2', '1', '1', '1']), ['0.2', '0.2', '0.2', '0.2', '1', '1', '1']);
      await screenshot(wb.page, `from-code-leakyrelu-${variant.theme}`);
    });
  });
}
