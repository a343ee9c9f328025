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

    test('conv2d backward: the cells that make an entry of y, dx and dw, with ORT\'s value', async () => {
      const wb = workbench();
      const frame = await openDemo(wb, 'Conv2d backward');
      const step = (id: string) => frame.locator(`.step[data-step="${id}"]`);
      // Default: x = 1..16 (4×4), w = [[1,0,-1],[2,1,0],[0,-1,1]], stride 1, padding 0, G = ones.
      await step('forward').locator('[data-testid="value-forward"]').waitFor();
      assert.equal(await text(frame, 'value-forward'), '15');
      assert.match(await text(frame, 'expansion-forward'), /y\[0,0\] = w\[0,0\]·x\[0,0\] \+ w\[0,1\]·x\[0,1\] \+ w\[0,2\]·x\[0,2\] \+ w\[1,0\]·x\[1,0\]/);
      assert.equal(await step('forward').locator('.cell-grid td.hl').count(), 9, 'the 3×3 window on x');
      await screenshot(wb.page, `picture-conv-${variant.theme}`);

      // Stride 2, padding 1 (PyTorch fixture "seed-stride2-padding1-output-padding").
      const setControl = async (name: string, value: string) => {
        const input = frame.locator(`input[data-control="${name}"]`);
        await input.fill(value);
        await input.press('Enter');
      };
      await setControl('stride', '2');
      await step('forward').locator('figure[data-tensor="y"] .shape', { hasText: /^1×1/ }).waitFor(); // (4 − 3) / 2 + 1
      await setControl('padding', '1');
      await step('forward').locator('figure[data-tensor="y"] td').first().filter({ hasText: /^2$/ }).waitFor();
      assert.deepEqual(await step('grad-input').locator('figure[data-tensor="dx"] td').allTextContents(), ['1', '2', '1', '0', '-1', '1', '-1', '0', '1', '2', '1', '0', '-1', '1', '-1', '1']);
      // dx[1,1] collects four G entries, each through a different tap of w.
      await step('grad-input').locator('figure[data-tensor="dx"] td[data-index="5"]').click();
      assert.match(await text(frame, 'expansion-grad-input'), /dx\[1,1\] = G\[0,0\]·w\[2,2\] \+ G\[0,1\]·w\[2,0\] \+ G\[1,0\]·w\[0,2\] \+ G\[1,1\]·w\[0,0\]\s*= 1·1 \+ 1·0 \+ 1·\(-1\) \+ 1·1 = 1$/);
      assert.equal(await text(frame, 'value-reversed-kernel'), '1', 'the flipped-kernel view explains the same entry');
      // Ĝ: G spread by one zero (5 inserted zeros between its 4 entries), the window on the 4 entries.
      const gHat = step('reversed-kernel').locator('.cell-grid');
      assert.equal(await gHat.locator('td.ins').count(), 5);
      assert.equal(await gHat.locator('td.win').count(), 9);
      assert.equal(await gHat.locator('td.hl').count(), 4);
      await step('reversed-kernel').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `picture-conv-reversed-s2p1-${variant.theme}`);
      // dw's centre tap touched x̃ every 2 pixels: x[0,0], x[0,2], x[2,0], x[2,2].
      await step('grad-weight').locator('figure[data-tensor="dw"] td[data-index="4"]').click();
      assert.match(await text(frame, 'expansion-grad-weight'), /= 1·1 \+ 1·3 \+ 1·9 \+ 1·11 = 24$/);
      assert.deepEqual(await step('grad-weight').locator('.cell-grid td.hl').allTextContents(), ['1', '3', '9', '11']);
      await step('grad-weight').scrollIntoViewIfNeeded();
      await screenshot(wb.page, `picture-conv-dw-s2p1-${variant.theme}`);
    });
  });
}
