import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';
import type { PanelReport } from '../../src/panels/walkthroughPanels';
import type { RunReport, WebviewMessage } from '../../src/protocol';

const EXT_ID = 'ml-lens.ml-lens';

async function api(): Promise<MlLensApi> {
  const ext = vscode.extensions.getExtension<MlLensApi>(EXT_ID);
  assert.ok(ext, `${EXT_ID} is not installed`);
  return ext.activate();
}

/** Resolves with the next panel report that matches, or fails after `ms`. */
function nextReport(a: MlLensApi, match: (m: WebviewMessage) => boolean, ms = 90_000): Promise<PanelReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching panel report within ${ms} ms`));
    }, ms);
    const sub = a.panels.onDidReport((r) => {
      if (!match(r.message)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

const isResult = (m: WebviewMessage): m is RunReport => m.type === 'result';

suite('walkthrough panel', function () {
  this.timeout(120_000);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens matmul-backward and reports ORT-computed gradients over the protocol', async () => {
    const a = await api();
    const report = nextReport(a, isResult);
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward');
    const { message, panel } = await report;
    assert.ok(isResult(message));
    assert.strictEqual(message.demo, 'matmul-backward');
    assert.strictEqual(message.ep, 'wasm', 'this Chromium has no WebGPU adapter, so the panel must fall back to wasm');
    assert.strictEqual(message.adapter, null);
    assert.ok(message.createMs > 0, 'the first run creates a session');
    assert.deepStrictEqual(message.outputs.Out, { dims: [2, 2], data: [22, 28, 49, 64] });
    assert.deepStrictEqual(message.outputs.dA, { dims: [2, 3], data: [3, 7, 11, 3, 7, 11] });
    assert.deepStrictEqual(message.outputs.dB, { dims: [3, 2], data: [5, 5, 7, 7, 9, 9] });
    assert.strictEqual(panel.webviewPanel.title, 'ML Lens: MatMul backward');
    assert.strictEqual(a.panels.openPanels.length, 1);
  });

  test('a request from the caller is computed, and reopening reuses the panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward');
    const request = { inputs: { A: { dims: [1, 2], data: [2, -1] }, B: { dims: [2, 1], data: [3, 4] }, G: { dims: [1, 1], data: [0.5] } } };
    const report = nextReport(a, (m) => isResult(m) && m.outputs.Out.dims[0] === 1);
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward', request);
    const { message } = await report;
    assert.ok(isResult(message));
    assert.deepStrictEqual(message.outputs.Out.data, [2]);
    assert.deepStrictEqual(message.outputs.dA.data, [1.5, 2]);
    assert.deepStrictEqual(message.outputs.dB.data, [1, -0.5]);
    assert.strictEqual(a.panels.openPanels.length, 1, 'the open panel is reused');
  });

  test('bad input is reported as an error naming the problem, not thrown', async () => {
    const a = await api();
    const report = nextReport(a, (m) => m.type === 'error');
    const bad = { inputs: { A: { dims: [2, 2], data: [1, 2, 3, 4] } } };
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward', bad);
    const { message } = await report;
    assert.ok(message.type === 'error');
    assert.strictEqual(message.phase, 'prepare');
    assert.match(message.message, /A's columns \(K = 2\) must equal B's rows \(3\)/);
  });

  test('the serializer restores a panel from its saved state', async () => {
    const a = await api();
    const webviewPanel = vscode.window.createWebviewPanel('mlLens.walkthrough', 'restored', vscode.ViewColumn.One, {});
    const report = nextReport(a, (m) => isResult(m) && m.outputs.Out.dims[0] === 1);
    await a.panels.deserializeWebviewPanel(webviewPanel, {
      demo: 'matmul-backward',
      request: { inputs: { A: { dims: [1, 3], data: [1, 1, 1] } } },
    });
    const { message } = await report;
    assert.ok(isResult(message));
    assert.deepStrictEqual(message.outputs.Out.data, [9, 12], 'row sums of the seed B');
  });

  test('changing mlLens.executionProvider re-runs the open panel with the new setting', async () => {
    const a = await api();
    const first = nextReport(a, isResult);
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward');
    await first;
    const config = vscode.workspace.getConfiguration('mlLens');
    const rerun = nextReport(a, (m) => isResult(m) && m.requested === 'wasm');
    await config.update('executionProvider', 'wasm', vscode.ConfigurationTarget.Global);
    try {
      const { message } = await rerun;
      assert.ok(isResult(message));
      assert.strictEqual(message.ep, 'wasm');
    } finally {
      await config.update('executionProvider', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the panel HTML has a strict CSP: nonce scripts only, no inline or remote sources', async () => {
    const a = await api();
    const report = nextReport(a, isResult);
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward');
    const { panel } = await report;
    const html = panel.webviewPanel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;|&apos;/g, "'");
    assert.ok(csp, 'a CSP meta tag');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepStrictEqual(directives['default-src'], ["'none'"]);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directives['script-src'].join(' '))?.[1];
    assert.ok(nonce && nonce.length >= 32, 'script-src carries a long nonce');
    assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"));
    // The webview's own resource origin (cspSource) is the only source allowed besides the nonce.
    const own = new Set(panel.webviewPanel.webview.cspSource.split(/\s+/));
    for (const [name, values] of Object.entries(directives)) {
      for (const v of values) {
        if (own.has(v) || (name === 'img-src' && v === 'data:')) continue;
        assert.ok(!/unsafe-inline|'unsafe-eval'|^https?:|^\*$|^data:$|^blob:$/.test(v), `${name} ${v}`);
      }
    }
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.ok(scripts.length > 0 && scripts.every((attrs) => attrs.includes(`nonce="${nonce}"`)), 'every script carries the nonce');
    assert.ok(!/\son[a-z]+=|style="/.test(html), 'no inline handlers or styles');
  });

  test('an unknown walkthrough id shows an error message instead of a broken panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'no-such-demo');
    assert.strictEqual(a.panels.openPanels.length, 0);
  });
});
