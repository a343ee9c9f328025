/**
 * UI: the ML Lens activity-bar container and the Get Started walkthrough in code-server, light and dark.
 * The Concepts tree opens a walkthrough from its inline action; In This File lists train_classifier.py's
 * constructs and a click selects the occurrence in the editor; Search Concepts finds a concept by its API.
 */
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { openFile, pickQuickItem, runCommand, screenshot, useWorkbench, webviewFrame } from './harness';

/** The tree rows of one view of the ML Lens container, by the view's title ("Concepts", "In This File"). */
function viewRows(page: Page, title: string): Locator {
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator(`.pane-header[aria-label^="${title}"]`) });
  return pane.locator('.monaco-list-row');
}

async function openContainer(page: Page): Promise<void> {
  await page.locator('.part.activitybar .action-item a[aria-label^="ML Lens"]').first().click();
  await viewRows(page, 'Concepts').first().waitFor({ timeout: 30_000 });
}

/** The line of the editor's cursor, from the status bar ("Ln 30, Col 22 (12 selected)"). */
async function cursorStatus(page: Page): Promise<string> {
  const item = page.locator('.statusbar-item[id="status.editor.selection"]');
  await item.waitFor({ timeout: 10_000 });
  return (await item.innerText()).trim();
}

for (const theme of ['light', 'dark'] as const) {
  suite(`UI: ML Lens explorer and Get Started (${theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: false, theme });

    test('the ML Lens view lists concepts by family and the constructs of the open file', async () => {
      const wb = workbench();
      await openFile(wb.page, 'train_classifier.py');
      await openContainer(wb.page);
      const concepts = viewRows(wb.page, 'Concepts');
      assert.deepEqual((await concepts.locator('.label-name').allInnerTexts()).slice(0, 3), ['Optimizers', 'Regularization', 'Normalization']);
      await concepts.filter({ hasText: 'Optimizers' }).first().click();
      await concepts.filter({ hasText: 'SGD with momentum' }).first().waitFor();
      const inFile = viewRows(wb.page, 'In This File');
      await inFile.filter({ hasText: 'Layer normalization' }).first().waitFor({ timeout: 30_000 });
      assert.match(await inFile.filter({ hasText: 'Layer normalization' }).first().innerText(), /2 · LayerNorm/);
      await inFile.filter({ hasText: 'self.norm2 = nn.LayerNorm(hidden)' }).first().waitFor();
      assert.equal(await wb.page.locator('.part.sidebar .pane-header[aria-label^="In This File"] .description').innerText(), 'train_classifier.py');
      await concepts.filter({ hasText: 'Adam' }).first().hover();
      await screenshot(wb.page, `explorer-${theme}`);
    });

    test('the Get Started walkthrough renders its steps and themed media', async () => {
      const wb = workbench();
      // Before any webview opens: a focused webview keeps F1 to itself.
      await runCommand(wb.page, 'Welcome: Open Walkthrough...');
      await pickQuickItem(wb.page, 'Get started with ML Lens');
      const steps = wb.page.locator('.getting-started-step .step-title');
      await steps.first().waitFor({ timeout: 30_000 });
      assert.deepEqual(await steps.allInnerTexts(), ['Hover a construct', 'Open a walkthrough', 'Explain tensor shapes', 'Browse the concepts', 'Use it in notebooks']);
      const media = wb.page.locator('.getting-started-media iframe, .getting-started-media .webview').first();
      await media.waitFor({ timeout: 30_000 });
      await wb.page.mouse.move(1100, 150); // an empty spot: no tooltip or scrollbar in the picture
      await wb.page.waitForTimeout(1_000); // the SVG webview paints after it mounts
      await screenshot(wb.page, `get-started-${theme}`);
    });

    if (theme === 'light') {
      test('clicking an occurrence in In This File selects it in the editor', async () => {
        const wb = workbench();
        const row = viewRows(wb.page, 'In This File').filter({ hasText: 'self.norm2 = nn.LayerNorm(hidden)' }).first();
        await row.click();
        // The selection is `nn.LayerNorm` on line 30: 12 characters, the cursor at its end.
        await wb.page.waitForFunction(
          () => /Ln 30, Col 34 \(12 selected\)/.test(document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? ''),
          undefined,
          { timeout: 10_000 },
        ).catch(() => undefined);
        assert.match(await cursorStatus(wb.page), /Ln 30, Col 34 \(12 selected\)/);
      });

      test('the inline action of a concept opens its walkthrough', async () => {
        const wb = workbench();
        const row = viewRows(wb.page, 'Concepts').filter({ hasText: 'SGD with momentum' }).first();
        await row.hover();
        await row.locator('.actions .action-label[aria-label="Open Walkthrough"]').click();
        const frame = webviewFrame(wb.page);
        await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
        assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), 'WASM');
        const tab = wb.page.locator('.tabs-container .tab.active[aria-label^="ML Lens:"]');
        assert.match(await tab.innerText(), /ML Lens: .*[Oo]ptimizer/);
        // The status bar says where the panel ran.
        await wb.page.locator('.part.statusbar .statusbar-item').filter({ hasText: 'WASM' }).first().waitFor({ timeout: 10_000 });
      });

      test('Search Concepts finds a concept by its API and opens its card', async () => {
        const wb = workbench();
        // The walkthrough webview has focus and keeps F1 to itself: an In This File row focuses the code editor.
        await viewRows(wb.page, 'In This File').filter({ hasText: 'self.norm1 = nn.LayerNorm(hidden)' }).first().click();
        await runCommand(wb.page, 'ML Lens: Search Concepts…');
        await pickQuickItem(wb.page, 'nn.GELU');
        await wb.page.locator('.tabs-container .tab').filter({ hasText: 'gelu' }).first().waitFor({ timeout: 15_000 });
      });
    }
  });
}
