/**
 * UI: the hover card over `nn.LayerNorm` in code-server, in light and dark themes, and a CodeLens click
 * that opens the walkthrough with ORT's numbers.
 */
import * as assert from 'node:assert/strict';
import { hoverAt, openFile, screenshot, useWorkbench, webviewFrame } from './harness';

for (const theme of ['light', 'dark'] as const) {
  suite(`UI: hover card (${theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: false, theme });

    test('hovering nn.LayerNorm shows the card with the call interpreted', async () => {
      const wb = workbench();
      await openFile(wb.page, 'train_classifier.py');
      const text = (await (await hoverAt(wb.page, 28, 28)).innerText()).trim();
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
