/**
 * UI: a model that fails says why in the panel, and the next run works (issue #9). One window without WebGPU and
 * with mlLens.executionProvider = webgpu, on a copy of the extension whose onnxruntime-web wasm is damaged (cut
 * short, as by an interrupted copy):
 *  - onnxruntime-web cannot start → "The model failed:" with ORT's own reason; once the file is whole again,
 *    the command opens a panel that computes.
 *  - WebGPU asked for but absent → the panel says so and computes on wasm.
 *  - dims that do not fit (a rank the stored LoRA inputs do not have) → "Input problem:" naming the shapes;
 *    fixing the parameter recomputes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copyExtensionFiles } from './extensionCopy';
import { pickFromCommand, repoRoot, runCommand, screenshot, useWorkbench, webviewFrame, type Workbench } from './harness';

type Frame = ReturnType<typeof webviewFrame>;

const ORT_WASM = path.join('dist', 'ort', 'ort-wasm-simd-threaded.asyncify.wasm');

async function openWalkthrough(wb: Workbench, title: string): Promise<Frame> {
  await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', title);
  const frame = webviewFrame(wb.page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 60_000 });
  return frame;
}

const text = async (frame: Frame, selector: string) => ((await frame.locator(selector).first().textContent()) ?? '').trim();

suite('UI: a failing model explains itself, and the next run works', function () {
  let extensionCopy = '';
  suiteSetup(() => {
    extensionCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-ui-ext-'));
    copyExtensionFiles(extensionCopy, { withDist: true });
    const wasm = path.join(extensionCopy, ORT_WASM);
    fs.truncateSync(wasm, Math.floor(fs.statSync(wasm).size / 3));
    process.env.ML_LENS_EXT_DIR = extensionCopy; // the harness opens this folder as the extension
  });
  const workbench = useWorkbench({ webgpu: false, theme: 'light', settings: { 'mlLens.executionProvider': 'webgpu' } });
  suiteTeardown(() => {
    delete process.env.ML_LENS_EXT_DIR;
    fs.rmSync(extensionCopy, { recursive: true, force: true });
  });

  test('a damaged onnxruntime-web wasm: "The model failed" with ORT\'s reason; whole again, a new panel computes', async () => {
    const wb = workbench();
    let frame = await openWalkthrough(wb, 'MatMul backward');
    const error = frame.locator('[data-testid="error"]');
    await error.waitFor({ state: 'visible', timeout: 120_000 });
    assert.match((await error.textContent()) ?? '', /^The model failed: .*wasm/i);
    assert.equal(await frame.locator('[data-testid="ep"]').count(), 0, 'no EP badge: nothing was computed');
    await screenshot(wb.page, 'failure-ort-wasm-light');

    fs.copyFileSync(path.join(repoRoot, ORT_WASM), path.join(extensionCopy, ORT_WASM)); // repaired
    await runCommand(wb.page, 'View: Close All Editors');
    frame = await openWalkthrough(wb, 'MatMul backward');
    await frame.locator('figure[data-tensor="Out"] td', { hasText: /^22$/ }).first().waitFor({ timeout: 120_000 });
    assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true);
    assert.deepEqual((await frame.locator('.step[data-step="forward"] figure[data-tensor="Out"] td').allTextContents()).slice(0, 4), ['22', '28', '49', '64']);
  });

  test('WebGPU asked for in a browser without it: the panel says it fell back to wasm, and computes', async () => {
    const wb = workbench();
    const frame = webviewFrame(wb.page); // the panel of the previous test
    await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
    assert.equal(await text(frame, '[data-testid="ep"]'), 'WASM');
    assert.match(await text(frame, '.status .reason'), /^WebGPU requested, but (no WebGPU adapter available|this webview has no WebGPU): fell back to wasm$/);
    assert.equal(await frame.locator('[data-testid="error"]').isHidden(), true);
  });

  test('LoRA inputs of rank 2 with r = 3: "Input problem" names the shapes; r = 2 again recomputes', async () => {
    const wb = workbench();
    const frame = await openWalkthrough(wb, 'LoRA: a low-rank update to a frozen weight');
    await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
    // Editing an input makes the panel send every input with its dims from now on (A is r × in = 2 × 4).
    const x0 = frame.locator('.step[data-step="inputs"] figure[data-tensor="x"] input').first();
    await x0.fill('5');
    await x0.press('Enter');
    const r = frame.locator('[data-param="r"]');
    await r.fill('3');
    await r.press('Enter');
    const error = frame.locator('[data-testid="error"]');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match((await error.textContent()) ?? '', /^Input problem: A must have r = 3 rows \(the rank\), got 2×\d+$/);
    await screenshot(wb.page, 'failure-input-problem-light');

    await frame.locator('[data-param="r"]').fill('2');
    await frame.locator('[data-param="r"]').press('Enter');
    await error.waitFor({ state: 'hidden', timeout: 60_000 }).catch(async (e: Error) => {
      const status = await text(frame, '.status').catch(() => '?');
      throw new Error(`the error stayed after r = 2: "${await error.textContent()}" (r is now ${await frame.locator('[data-param="r"]').inputValue()}, status "${status}")`, { cause: e });
    });
    assert.equal(await frame.locator('[data-param="r"]').inputValue(), '2');
    assert.equal((await frame.locator('.step[data-step="inputs"] figure[data-tensor="x"] input').first().inputValue()), '5', 'the edited input survived the failed run');
    const deltaW = await frame.locator('figure[data-tensor="delta_w"] td').allTextContents();
    assert.ok(deltaW.length > 0 && deltaW.every((v) => v !== '' && !Number.isNaN(Number(v.replace('−', '-')))), `delta_w is computed again: ${deltaW.join(', ')}`);
  });
});
