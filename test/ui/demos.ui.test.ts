/**
 * UI: every walkthrough demo opens from the command palette and shows numbers ORT computed in the webview
 * (generic view for the demos without a view of their own), on wasm and on WebGPU.
 */
import * as assert from 'node:assert/strict';
import { pickFromCommand, screenshot, useWorkbench, webviewFrame } from './harness';

/** Demo title in the quick pick → a tensor and the first values the default example must show. */
const EXPECT: [title: string, tensor: string, first: string[]][] = [
  ['Loss functions and their gradients', 'loss', ['0.2798']],
  ['Linear layer backward', 'y', ['5.5', '-1.5', '11.5', '-1.5']],
  ['Conv2d backward', 'y', ['15', '18', '27', '30']],
  ['Activation functions and their gradients', 'y', ['0', '0', '0', '0', '0.5', '1', '2']],
  ['Optimizer steps', 'theta', ['0.9', '-1.9']],
  ['Batch, layer, group and instance norm', 'mean', ['-3.25', '-1.25', '0.75', '2.75']],
];

for (const variant of [
  { webgpu: false, ep: 'WASM', theme: 'light' as const },
  { webgpu: true, ep: 'WebGPU', theme: 'dark' as const },
]) {
  suite(`UI: every demo computes on ${variant.ep}`, function () {
    const workbench = useWorkbench({ webgpu: variant.webgpu, theme: variant.theme });

    for (const [title, tensor, first] of EXPECT) {
      test(`${title}: ${tensor} starts ${first.join(', ')}`, async () => {
        const wb = workbench();
        await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', title);
        const frame = webviewFrame(wb.page);
        await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
        await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
        assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), variant.ep);
        assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true, 'no error shown');
        // Poll: the panel may still be swapping in this demo's view when the badge of the previous run shows.
        let cells: string[] = [];
        for (const deadline = Date.now() + 20_000; Date.now() < deadline; await wb.page.waitForTimeout(250)) {
          cells = await frame.locator(`figure[data-tensor="${tensor}"]:not([hidden])`).first().locator('td').allTextContents();
          if (first.every((v, i) => cells[i] === v)) break;
        }
        assert.deepEqual(cells.slice(0, first.length), first);
        if (title.startsWith('Loss') || title.startsWith('Optimizer')) await screenshot(wb.page, `demo-${tensor}-${variant.ep.toLowerCase()}-${variant.theme}`);
      });
    }
  });
}
