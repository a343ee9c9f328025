/**
 * UI: the packaged artifact works, not only the dev tree. `npm test` packages ml-lens.vsix (vsce) before
 * this layer; here it is installed into a fresh extensions dir with `code-server --install-extension`, and
 * the installed copy (no extensionDevelopmentPath) must activate and compute the walkthrough.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installVsix } from '../runner/codeServer';
import { openWorkbench, pickFromCommand, repoRoot, webviewFrame, type Workbench } from './harness';

const VSIX = path.join(repoRoot, 'ml-lens.vsix');

suite('UI: the packaged VSIX', function () {
  let wb: Workbench | undefined;
  let extensionsDir: string;

  suiteSetup(async function () {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
    extensionsDir = await installVsix(VSIX);
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('installs with code-server --install-extension, with only the files it needs', () => {
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('ml-lens.ml-lens-'));
    assert.equal(installed.length, 1, `installed: ${fs.readdirSync(extensionsDir).join(', ')}`);
    const dir = path.join(extensionsDir, installed[0]);
    for (const f of ['package.json', 'dist/extension.js', 'dist/web/extension.js', 'dist/webview/main.js', 'dist/webview/main.css', 'dist/ort/ort-wasm-simd-threaded.asyncify.wasm']) {
      assert.ok(fs.existsSync(path.join(dir, f)), `${f} missing from the VSIX`);
    }
    // The files the Node bundle loads on first use (scripts/esbuild-sidecars.js), and the ones they load in turn.
    const loaded = new Set<string>();
    for (const queue = ['extension.js']; queue.length; ) {
      const file = queue.pop()!;
      const code = fs.readFileSync(path.join(dir, 'dist', file), 'utf8');
      for (const [, next] of code.matchAll(/(?:require|import)\("\.\/([\w.]+\.js)"\)/g)) {
        assert.ok(fs.existsSync(path.join(dir, 'dist', next)), `dist/${next}, loaded by dist/${file}, missing from the VSIX`);
        if (!loaded.has(next)) queue.push(next);
        loaded.add(next);
      }
    }
    assert.ok(loaded.has('demos.js') && loaded.has('treeSitter.js'), `sidecars found: ${[...loaded].join(', ')}`);
    assert.equal(fs.existsSync(path.join(dir, 'src')), false, 'sources are not shipped');
    assert.equal(fs.existsSync(path.join(dir, 'node_modules')), false, 'everything is bundled');
  });

  test('the installed extension activates and its walkthrough computes on ORT', async () => {
    wb = await openWorkbench({ webgpu: false, theme: 'light', extensionsDir, devExtension: false });
    await pickFromCommand(wb.page, 'ML Lens: Open Walkthrough…', 'MatMul backward');
    const frame = webviewFrame(wb.page);
    await frame.locator('[data-testid="ep"]').waitFor({ timeout: 120_000 });
    assert.equal((await frame.locator('[data-testid="ep"]').textContent())?.trim(), 'WASM');
    assert.deepEqual(await frame.locator('.step[data-step="grad-b"] figure[data-tensor="dB"] td').allTextContents(), ['5', '5', '7', '7', '9', '9']);
  });
});
