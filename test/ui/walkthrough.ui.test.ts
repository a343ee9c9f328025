/**
 * UI: the walkthrough panel in code-server, driven through Chromium like a person would — command palette,
 * quick pick, read ORT's numbers inside the webview, edit an input, reload the window. Once without WebGPU
 * (wasm fallback, light theme) and once with --enable-unsafe-webgpu (SwiftShader adapter, dark theme).
 */
import * as assert from 'node:assert/strict';
import { pickFromCommand, runCommand, screenshot, useWorkbench, webviewFrame, type Workbench } from './harness';

type Frame = ReturnType<typeof webviewFrame>;

async function cells(frame: Frame, step: string, tensor: string): Promise<string[]> {
  return frame.locator(`.step[data-step="${step}"] figure[data-tensor="${tensor}"] td`).allTextContents();
}

async function openMatmul(wb: Workbench): Promise<Frame> {
  await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', 'MatMul backward');
  const frame = webviewFrame(wb.page);
  await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
  return frame;
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'WASM' },
  { webgpu: true, theme: 'dark' as const, ep: 'WebGPU' },
]) {
  suite(`UI: matmul-backward walkthrough on ${variant.ep} (${variant.theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    test(`the command palette opens the panel and ORT's numbers appear, computed on ${variant.ep}`, async () => {

      const wb = workbench();
      const frame = await openMatmul(wb);
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
      const timing = (await frame.locator('[data-testid="timing"]').textContent()) ?? '';
      assert.match(timing, /session [\d.]+ ms · run [\d.]+ ms/);
      console.log(`      ${variant.ep}: ${timing}`);
      assert.deepEqual(await cells(frame, 'forward', 'Out'), ['22', '28', '49', '64']);
      assert.deepEqual(await cells(frame, 'grad-a', 'dA'), ['3', '7', '11', '3', '7', '11']);
      assert.deepEqual(await cells(frame, 'grad-b', 'dB'), ['5', '5', '7', '7', '9', '9']);
      assert.match((await frame.locator('.step[data-step="forward"] figcaption').last().textContent()) ?? '', /Out\s*2×2/);
      await screenshot(wb.page, `walkthrough-matmul-${variant.ep.toLowerCase()}-${variant.theme}`);
    });

    test('clicking an entry of dA expands it into the scalar products ORT computed', async () => {

      const wb = workbench();
      const frame = webviewFrame(wb.page);
      await frame.locator('.step[data-step="grad-a"] figure[data-tensor="dA"] td[data-index="2"]').click();
      const expansion = (await frame.locator('[data-testid="expansion-grad-a"]').textContent()) ?? '';
      assert.match(expansion, /dA\[0,2\] = G\[0,0\]·B\[2,0\] \+ G\[0,1\]·B\[2,1\]/);
      assert.match(expansion, /= 1·5 \+ 1·6 = 5 \+ 6 = 11/);
      assert.equal(await frame.locator('.step[data-step="grad-a"] figure[data-tensor="B"] td.hl').count(), 2);
    });

    test('editing an input recomputes every step', async () => {

      const wb = workbench();
      const frame = webviewFrame(wb.page);
      const a00 = frame.locator('.step[data-step="inputs"] figure[data-tensor="A"] input').first();
      await a00.fill('2');
      await a00.press('Enter');
      await frame.locator('.step[data-step="forward"] figure[data-tensor="Out"] td').first().filter({ hasText: /^23$/ }).waitFor();
      assert.deepEqual(await cells(frame, 'forward', 'Out'), ['23', '30', '49', '64']);
      assert.deepEqual(await cells(frame, 'grad-b', 'dB'), ['6', '6', '7', '7', '9', '9']);
      assert.deepEqual(await cells(frame, 'grad-a', 'dA'), ['3', '7', '11', '3', '7', '11'], 'dA depends on B and G only');
    });

    if (!variant.webgpu) {
      test('sizes out of range are clamped and non-numbers are flagged, never sent to the model', async () => {
        const wb = workbench();
        const frame = webviewFrame(wb.page);
        const k = frame.locator('.toolbar input[type="number"]').nth(1);
        await k.fill('0');
        await k.press('Enter'); // clamped to 1: a valid 2×1 · 1×2 product, not an error
        await frame.locator('.step[data-step="forward"] figure[data-tensor="Out"] .shape').filter({ hasText: '2×2' }).waitFor();
        assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true);
        const a = frame.locator('.step[data-step="inputs"] figure[data-tensor="A"] input').first();
        await a.fill('abc');
        await a.press('Enter');
        assert.equal(await a.getAttribute('class'), 'invalid', 'a non-number is flagged and not sent');
        await k.fill('3');
        await k.press('Enter');
        await frame.locator('.step[data-step="grad-a"] figure[data-tensor="dA"] .shape').filter({ hasText: '2×3' }).waitFor();
      });

      test('the panel comes back after a window reload, with its numbers recomputed', async () => {

        const wb = workbench();
        await wb.page.keyboard.press('Escape');
        await runCommand(wb.page, 'Developer: Reload Window');
        await wb.page.waitForTimeout(1500);
        await wb.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
        const frame = webviewFrame(wb.page);
        await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
        assert.equal((await cells(frame, 'forward', 'Out')).length, 4);
        await screenshot(wb.page, `walkthrough-matmul-restored-${variant.theme}`);
      });
    }
  });
}
