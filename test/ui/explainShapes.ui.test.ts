/**
 * UI: Explain Shapes from the editor. Run it with the cursor in a model class, accept the prefilled input shape (from
 * the class's `# shape:` comment), and see the shapes as inlay hints after the forward lines; a model whose head
 * does not fit gets a red squiggle whose hover says both shapes. Light and dark themes.
 */
import * as assert from 'node:assert/strict';
import { goToLine, openFile, runCommand, screenshot, useWorkbench } from './harness';

for (const theme of ['light', 'dark'] as const) {
  suite(`UI: Explain Shapes in the editor (${theme})`, function () {
    const workbench = useWorkbench({ webgpu: false, theme });

    test('the command asks for the arguments and the input (prefilled), then inlay hints show each forward line', async () => {
      const { page } = workbench();
      await openFile(page, 'shape_zoo.py');
      await goToLine(page, 31);
      await runCommand(page, 'ML Lens: Explain Shapes');
      // The constructor needs (block, num_blocks): the prompt is prefilled from `model = TinyResNet(...)`.
      const box = page.locator('.quick-input-widget input');
      await box.waitFor({ timeout: 20_000 });
      assert.equal(await box.inputValue(), 'BasicBlock, [2, 2, 2]');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'input shape' }).waitFor({ timeout: 20_000 });
      assert.equal(await box.inputValue(), '(8, 3, 32, 32)');
      await page.keyboard.press('Enter');
      // The shapes panel opens beside the code and takes focus: bring the code back before moving in it.
      await page.locator('.tab', { hasText: 'Shapes: TinyResNet' }).waitFor({ timeout: 30_000 });
      await runCommand(page, 'View: Focus First Editor Group');
      await goToLine(page, 50);
      const hint = page.locator('.monaco-editor .view-lines span', { hasText: '→ (8, 32, 16, 16)' }).first();
      await hint.waitFor({ timeout: 30_000 });
      await page.locator('.monaco-editor .view-lines span', { hasText: '→ (8, 10)' }).first().waitFor({ timeout: 10_000 });
      // The lens now sums the result up.
      await goToLine(page, 29);
      await page.locator('.codelens-decoration a', { hasText: '(8, 3, 32, 32) → (8, 10) · 175,258 params' }).waitFor({ timeout: 20_000 });
      await screenshot(page, `explain-shapes-hints-${theme}`);
    });

    test('a head that does not fit is a red squiggle; its hover names both shapes', async () => {
      const { page } = workbench();
      await openFile(page, 'shape_zoo.py');
      await goToLine(page, 77);
      await runCommand(page, 'ML Lens: Explain Shapes');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'input shape' }).waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.locator('.notifications-toasts', { hasText: 'expects 2048 input features' }).first().waitFor({ timeout: 20_000 });
      await runCommand(page, 'View: Focus First Editor Group');
      await goToLine(page, 83);
      const squiggle = page.locator('.monaco-editor .squiggly-error').first();
      await squiggle.waitFor({ timeout: 20_000 });
      await squiggle.hover({ force: true });
      const hover = page.locator('.monaco-hover', { hasText: 'Shapes cannot fit' }).first();
      await hover.waitFor({ timeout: 20_000 });
      assert.match((await hover.textContent()) ?? '', /fc: Linear\(2048, 10\) expects 2048 input features in the last dim, got 8192/);
      await screenshot(page, `explain-shapes-error-${theme}`);
    });
  });
}
