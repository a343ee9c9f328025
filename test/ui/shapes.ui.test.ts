/**
 * UI: the Shapes panel in code-server — "ML Lens: Explain Shapes" on examples/shape_zoo.py answers its prompts
 * (constructor arguments and input shape, both prefilled from the file), the table shows the engine's numbers,
 * "Confirm with ONNX Runtime" ticks every layer call, rows reveal their line, the keyboard walks the tree, and a
 * model whose head cannot fit shows the problem. Wasm in the light theme, WebGPU (SwiftShader) in the dark one.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { goToLine, openFile, runCommand, screenshot, useWorkbench, webviewFrame } from './harness';

type Frame = ReturnType<typeof webviewFrame>;

/** Accepts the prefilled value of the open input box (after checking it), or types `answer` instead. */
async function acceptPrompt(page: Page, expected: RegExp | string): Promise<void> {
  const box = page.locator('.quick-input-widget .quick-input-box input');
  await box.waitFor({ state: 'visible', timeout: 20_000 });
  if (typeof expected === 'string') await box.fill(expected);
  else assert.match(await box.inputValue(), expected);
  await box.press('Enter');
}

async function explain(page: Page, line: number, prompts: (RegExp | string)[], title: string): Promise<Frame> {
  // The command works on the active editor: give the workbench the focus back (a panel row may hold it).
  const tab = page.locator('.tabs-container .tab[data-resource-name="shape_zoo.py"]').first();
  if (await tab.isVisible()) await tab.click();
  await openFile(page, 'shape_zoo.py');
  await goToLine(page, line);
  await runCommand(page, 'ML Lens: Explain Shapes');
  for (const p of prompts) await acceptPrompt(page, p);
  const frame = webviewFrame(page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
  return frame;
}

const row = (frame: Frame, name: string) => frame.locator(`tr[data-name="${name}"]`);
const cellText = async (frame: Frame, name: string, cls: string) => ((await row(frame, name).locator(`td.${cls}`).first().textContent()) ?? '').trim();

async function selectionLine(page: Page): Promise<string> {
  return ((await page.locator('#status\\.editor\\.selection').textContent()) ?? '').trim();
}

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'WASM' },
  { webgpu: true, theme: 'dark' as const, ep: 'WebGPU' },
]) {
  suite(`UI: the Shapes panel on ${variant.ep} (${variant.theme} theme)`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    test('Explain Shapes on TinyResNet opens the table with the engine\'s numbers', async () => {
      const wb = workbench();
      const frame = await explain(wb.page, 50, [/BasicBlock, \[2, 2, 2\]/, /\(8, ?3, ?32, ?32\)/], 'Shapes: TinyResNet');
      assert.equal(await frame.locator('[data-testid="stat-params"]').textContent(), '175,258');
      assert.equal(await frame.locator('[data-testid="stat-output"]').textContent(), '(8, 10)');
      assert.equal(await frame.locator('[data-testid="stat-calls"]').textContent(), '47');
      assert.equal(await frame.locator('[data-testid="total-params"]').getAttribute('data-value'), '175258');
      assert.equal(await frame.locator('[data-testid="total-macs"]').getAttribute('data-value'), '213259264');
      assert.equal(await frame.locator('[data-testid="total-macs"]').textContent(), '213 M');
      assert.equal(await cellText(frame, 'stem', 'c-out'), '(8, 16, 32, 32)');
      assert.equal(await cellText(frame, 'layer2.0.conv1', 'c-in'), '(8, 16, 32, 32)');
      assert.equal(await cellText(frame, 'layer2.0.conv1', 'c-out'), '(8, 32, 16, 16)');
      assert.equal(await row(frame, 'layer2.0.conv1').locator('td[data-col="params"]').textContent(), '4,608');
      assert.equal(await cellText(frame, 'fc', 'c-out'), '(8, 10)');
      assert.equal(await frame.locator('tbody tr').count(), 47);
      assert.match((await frame.locator('[data-testid="request-model"]').textContent()) ?? '', /TinyResNet\(BasicBlock, \[2, 2, 2\]\)/);
    });

    test(`Confirm with ONNX Runtime ticks every layer call on ${variant.ep}`, async () => {
      const wb = workbench();
      const frame = webviewFrame(wb.page);
      await frame.locator('[data-testid="confirm"]').click();
      if (variant.webgpu) {
        // SwiftShader takes seconds: the progress bar counts the runs meanwhile.
        const progress = frame.locator('[data-testid="progress-text"]').filter({ hasText: /^([1-9]|1[0-5]) \/ 16 runs$/ });
        await progress.waitFor({ timeout: 60_000 });
        assert.equal(await frame.locator('[data-testid="progress"]').isVisible(), true);
        await screenshot(wb.page, `shapes-progress-${variant.ep.toLowerCase()}-${variant.theme}`);
      }
      const summary = frame.locator('[data-testid="check-summary"]');
      await summary.waitFor({ timeout: 180_000 });
      assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
      const leaves = await frame.locator('tbody tr.leaf').count();
      assert.equal(await frame.locator('tbody tr.leaf[data-check="match"]').count(), leaves, await summary.textContent() ?? '');
      assert.equal(await frame.locator('tbody tr.container[data-check="yes"]').count(), await frame.locator('tbody tr.container').count());
      assert.equal((await summary.textContent())?.trim(), `${leaves} match`);
      const timing = (await frame.locator('[data-testid="timing"]').textContent()) ?? '';
      assert.match(timing, /^\d+ models, \d+ runs · sessions [\d.]+ ms · runs [\d.]+ ms$/);
      assert.equal(await frame.locator('[data-testid="progress"]').isHidden(), true, 'the progress bar goes once the check is done');
      console.log(`      ${variant.ep}: ${leaves} layer calls, ${timing}`);
      assert.equal(await row(frame, 'fc').locator('.tick').textContent(), '✓');
      assert.match((await row(frame, 'fc').locator('td.c-check').getAttribute('title')) ?? '', /ONNX Runtime gives \(8, 10\), as inferred/);
      await screenshot(wb.page, `shapes-tinyresnet-${variant.ep.toLowerCase()}-${variant.theme}`);
    });

    test('a row reveals its line; the keyboard collapses, walks and reveals', async () => {
      const wb = workbench();
      const frame = webviewFrame(wb.page);
      await row(frame, 'layer2.0.conv1').click();
      await wb.page.locator('#status\\.editor\\.selection').filter({ hasText: /Ln 23,/ }).waitFor({ timeout: 15_000 });
      assert.match(await selectionLine(wb.page), /Ln 23, Col \d+ \(\d+ selected\)/);
      // Back to the panel: layer2 collapses with ←, its rows disappear, ↓ moves on to layer3, Enter reveals line 53.
      const inside = await frame.locator('tbody tr[data-name^="layer2."]').count();
      assert.equal(inside, 14);
      await row(frame, 'layer2').click();
      await row(frame, 'layer2').press('ArrowLeft');
      assert.equal(await row(frame, 'layer2').getAttribute('aria-expanded'), 'false');
      assert.equal(await frame.locator('tbody tr:visible').count(), 47 - inside);
      await row(frame, 'layer2').press('ArrowDown');
      assert.equal(await row(frame, 'layer3').getAttribute('tabindex'), '0');
      await row(frame, 'layer3').press('Enter');
      await wb.page.locator('#status\\.editor\\.selection').filter({ hasText: /Ln 53,/ }).waitFor({ timeout: 15_000 });
      await row(frame, 'layer3').focus();
      await screenshot(wb.page, `shapes-keyboard-${variant.ep.toLowerCase()}-${variant.theme}`);
      await frame.locator('[data-testid="expand-all"]').click();
      assert.equal(await frame.locator('tbody tr:visible').count(), 47);
    });

    test('a head that cannot fit: the banner names the line, the failed call is marked', async () => {
      const wb = workbench();
      const frame = await explain(wb.page, 82, [/\(4, ?3, ?32, ?32\)/], 'Shapes: BrokenHead');
      const banner = frame.locator('[data-testid="problem"]');
      await banner.waitFor();
      assert.match((await banner.textContent()) ?? '', /Shape error at line 83.*expects 2048 input features.*got 8192/);
      assert.equal(await cellText(frame, 'fc', 'c-out'), 'shape error');
      await frame.locator('[data-testid="confirm"]').click();
      await frame.locator('[data-testid="check-summary"]').waitFor({ timeout: 120_000 });
      assert.equal(await row(frame, 'features.0').getAttribute('data-check'), 'match');
      await runCommand(wb.page, 'Notifications: Clear All Notifications');
      await screenshot(wb.page, `shapes-brokenhead-${variant.ep.toLowerCase()}-${variant.theme}`);
      await frame.locator('[data-testid="problem-reveal"]').click();
      await wb.page.locator('#status\\.editor\\.selection').filter({ hasText: /Ln 83,/ }).waitFor({ timeout: 15_000 });
    });

    test('symbolic sizes: TokenClassifier on (B, T):int64 is checked with B = 2, T = 32; attention is marked, not faked', async () => {
      const wb = workbench();
      const frame = await explain(wb.page, 68, ['(B, T):int64'], 'Shapes: TokenClassifier');
      assert.equal(await frame.locator('[data-testid="stat-output"]').textContent(), '(B, T, 10)');
      assert.equal(await frame.locator('[data-testid="stat-params"]').textContent(), '164,618');
      assert.equal(await row(frame, 'head').locator('td[data-col="macs"]').getAttribute('data-value'), '640*B*T');
      await frame.locator('[data-testid="confirm"]').click();
      await frame.locator('[data-testid="check-summary"]').waitFor({ timeout: 120_000 });
      assert.equal(await frame.locator('[data-testid="symbols"]').textContent(), 'Symbolic sizes take small values for the check: B = 2, T = 32.');
      for (const name of ['embed', 'encoder.layers.0.linear1', 'encoder.layers.1.norm2', 'head']) assert.equal(await row(frame, name).getAttribute('data-check'), 'match', name);
      const attn = row(frame, 'encoder.layers.0.self_attn');
      assert.equal(await attn.getAttribute('data-check'), 'unsupported');
      assert.match((await attn.locator('td.c-check').getAttribute('title')) ?? '', /does not build an ONNX model for MultiheadAttention/);
      assert.equal(await row(frame, 'encoder').getAttribute('data-check'), 'partly');
      assert.match((await frame.locator('[data-testid="check-summary"]').textContent()) ?? '', /^\d+ match · 2 not built$/);
      await screenshot(wb.page, `shapes-symbolic-${variant.ep.toLowerCase()}-${variant.theme}`);
    });
  });
}
