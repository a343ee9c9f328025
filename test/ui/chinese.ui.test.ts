/**
 * UI: the Chinese UI (`mlLens.language` = zh-cn; VS Code's own display language needs a language pack, which
 * offline CI cannot install). The hover card, the explorer's concept titles, the walkthrough panel and the Explain
 * Shapes lens read in Simplified Chinese, and the glyphs render (the CI installs a CJK font).
 */
import * as assert from 'node:assert/strict';
import { hoverAt, openFile, runCommand, screenshot, useWorkbench, pickFromCommand, webviewFrame } from './harness';

for (const theme of ['light', 'dark'] as const) {
  suite(`UI: Chinese UI (${theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: false, theme, settings: { 'mlLens.language': 'zh-cn' } });

    test('hover, explorer, lens and walkthrough panel in Simplified Chinese', async () => {
      const { page } = workbench();
      await page.locator('.part.activitybar .action-item a[aria-label^="ML Lens"]').first().click();
      // Family rows (and the seed topics' rows under them) carry Chinese titles.
      const rows = page.locator('.part.sidebar .monaco-list-row');
      await rows.filter({ hasText: /[\u4e00-\u9fff]/ }).first().waitFor({ timeout: 30_000 });
      assert.ok((await rows.filter({ hasText: /[\u4e00-\u9fff]/ }).count()) >= 5, 'the Concepts rows are in Chinese');
      await openFile(page, 'shape_zoo.py');
      await page.locator('.codelens-decoration a', { hasText: 'ML Lens' }).first().waitFor({ timeout: 30_000 });
      await openFile(page, 'train_classifier.py');
      const hover = await hoverAt(page, 28, 26, '层归一化');
      const text = (await hover.textContent()) ?? '';
      assert.match(text, /层归一化（LayerNorm）/);
      assert.match(text, /你的调用/);
      assert.match(text, /在资源管理器中显示/);
      await screenshot(page, `chinese-hover-explorer-${theme}`);
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Focus First Editor Group');
      await pickFromCommand(page, 'ML Lens: Open Walkthrough…', 'norm');
      const frame = webviewFrame(page);
      await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
      const h1 = (await frame.locator('h1').first().textContent()) ?? '';
      assert.match(h1, /[\u4e00-\u9fff]/, `the panel title is Chinese: ${h1}`);
      // The status line says in Chinese which backend ran and why (no WebGPU here: wasm).
      const status = (await frame.locator('[data-testid="status"]').textContent()) ?? '';
      assert.match(status, /由 onnxruntime-web 计算.*(WASM|WebGPU).*(WebGPU|wasm)/, status);
      assert.doesNotMatch(status, /requested|available|adapter:|has no/, `no English left in the status: ${status}`);
      await screenshot(page, `chinese-walkthrough-${theme}`);
    });
  });
}
