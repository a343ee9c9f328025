/**
 * UI: the hover card over `nn.LayerNorm` in code-server, in light and dark themes, and a CodeLens click
 * that opens the walkthrough with ORT's numbers.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openFile, runCommand, screenshot, useWorkbench, webviewFrame } from './harness';

/** Puts the cursor at line:col (1-based) with Go to Line, then asks for the hover. */
async function hoverAt(page: Page, line: number, col: number): Promise<string> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-hover-content').filter({ hasText: 'ML Lens' }).or(page.locator('.monaco-hover-content').filter({ hasText: 'torch.nn' }));
  await hover.first().waitFor({ timeout: 30_000 });
  return (await hover.first().innerText()).trim();
}

for (const theme of ['light', 'dark'] as const) {
  suite(`UI: hover card (${theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: false, theme });

    test('hovering nn.LayerNorm shows the card with the call interpreted', async () => {
      const wb = workbench();
      await openFile(wb.page, 'train_classifier.py');
      const text = await hoverAt(wb.page, 28, 28);
      assert.match(text, /Layer normalization/);
      assert.match(text, /torch\.nn\.LayerNorm/);
      assert.match(text, /normalized_shape/);
      assert.match(text, /Full card/);
      await screenshot(wb.page, `hover-layernorm-${theme}`);
      await wb.page.keyboard.press('Escape');
    });

    if (theme === 'light') {
      test('clicking the matmul CodeLens opens the walkthrough with ORT-computed numbers', async () => {
        const wb = workbench();
        await openFile(wb.page, 'backprop_by_hand.py');
        const lens = wb.page.locator('.codelens-decoration a').filter({ hasText: 'ML Lens: matmul · walkthrough' });
        await lens.first().waitFor({ timeout: 30_000 });
        await screenshot(wb.page, 'codelens-matmul');
        await lens.first().click();
        const frame = webviewFrame(wb.page);
        await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
        assert.deepEqual(await frame.locator('.step[data-step="grad-a"] figure[data-tensor="dA"] td').allTextContents(), ['3', '7', '11', '3', '7', '11']);
      });
    }
  });
}
