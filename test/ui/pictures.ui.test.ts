/**
 * UI: the pictures of the norm and conv2d-backward walkthroughs — which entries share a statistic, which cells
 * make a gradient — read from the webview with the numbers ORT computed, in light (wasm) and dark (WebGPU).
 */
import * as assert from 'node:assert/strict';
import { pickFromCommand, screenshot, useWorkbench, webviewFrame, type Workbench } from './harness';

type Frame = ReturnType<typeof webviewFrame>;

async function openDemo(wb: Workbench, title: string): Promise<Frame> {
  await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', title);
  const frame = webviewFrame(wb.page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
  await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
  return frame;
}

const text = async (frame: Frame, testid: string) => ((await frame.locator(`[data-testid="${testid}"]`).first().textContent()) ?? '').trim();

for (const variant of [
  { webgpu: false, theme: 'light' as const, ep: 'wasm' },
  { webgpu: true, theme: 'dark' as const, ep: 'webgpu' },
]) {
  suite(`UI: walkthrough pictures (${variant.theme} theme, ${variant.ep})`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    test('norm: the cube and the tile grid fill in the entries that share a statistic, for every kind', async () => {
      const wb = workbench();
      const frame = await openDemo(wb, 'Batch, layer, group and instance norm');
      const picture = frame.locator('[data-testid="norm-picture"]');
      await picture.waitFor();
      // Batch norm on the default x: entry 0 shares channel 0's statistic with the 8 entries of c=0 in both samples.
      await picture.locator('.tile td.in').first().waitFor();
      assert.equal(await picture.locator('.tile td.in').count(), 8);
      assert.equal(await text(frame, 'norm-mean'), '-3.25');
      assert.equal(await text(frame, 'norm-var'), '16.31');
      assert.equal(await text(frame, 'norm-centered'), '-4.75');
      assert.equal(await picture.locator('.cube-cell.in').count() > 0, true, 'the cube fills in the set');

      // LayerNorm: the same entry now shares sample 0's statistic with all 16 of its entries.
      await picture.locator('.seg[data-kind="layer"]').click();
      await picture.locator('.seg[data-kind="layer"][aria-pressed="true"]').waitFor();
      await frame.locator('[data-testid="norm-mean"]', { hasText: '-4.25' }).waitFor();
      assert.equal(await picture.locator('.tile td.in').count(), 16);
      assert.match(await text(frame, 'norm-var'), /^5\.31/);

      // GroupNorm with 2 groups: sample 0, channels 0–1.
      await picture.locator('.seg[data-kind="group"]').click();
      await frame.locator('[data-testid="norm-mean"]', { hasText: '-6.25' }).waitFor();
      assert.equal(await picture.locator('.tile td.in').count(), 8);
      assert.match(await text(frame, 'norm-var'), /^1\.31/);
      await screenshot(wb.page, `picture-norm-group-${variant.theme}`);
      // Four groups: one channel each.
      await picture.locator('select[data-param="groups"]').selectOption('4');
      await frame.locator('[data-testid="norm-mean"]', { hasText: '-7.25' }).waitFor();
      assert.equal(await picture.locator('.tile td.in').count(), 4);

      // InstanceNorm; arrow keys move the entry (and its set) through the grid.
      await picture.locator('.seg[data-kind="instance"]').click();
      await frame.locator('[data-testid="norm-var"]', { hasText: '0.3125' }).waitFor();
      await picture.locator('.tile td[data-index="0"]').focus();
      await picture.locator('.tile td[data-index="0"]').press('ArrowRight');
      await picture.locator('.tile td[data-index="1"]').press('ArrowRight'); // into channel 1
      await frame.locator('[data-testid="norm-mean"]', { hasText: '-5.25' }).waitFor();
      assert.equal(await picture.locator('.tile td.sel').getAttribute('data-index'), '4');
      assert.equal(await frame.locator('.tile td:focus').getAttribute('data-index'), '4');

      // A statistic picked from the table: n=1, c=3 holds 6, 6.5, 7, 7.5.
      await picture.locator('.stat-pick', { hasText: 'n=1, c=3' }).click();
      await frame.locator('[data-testid="norm-mean"]', { hasText: '6.75' }).waitFor();
      assert.deepEqual(await picture.locator('.tile td.in').allTextContents(), ['6', '6.5', '7', '7.5']);
      await screenshot(wb.page, `picture-norm-instance-${variant.theme}`);
    });
  });
}
