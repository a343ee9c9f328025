/**
 * The Shapes panel in the real extension host: opened through `shapesPanels.show` with a result the engine
 * inferred from examples/shape_zoo.py, one panel per (document, class), the webview's validated messages
 * (ready, the ONNX check report with its counts), revealing a row's line, refusing a malformed result, and
 * restoring (or closing) a panel handed back by the serializer.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';
import { SHAPES_VIEW_TYPE, type ShapesPanelReport } from '../../src/panels/shapesPanel';
import type { ShapeCheckReport, ShapesPanelState, ShapesWebviewMessage } from '../../src/protocol';

async function setup(): Promise<{ a: MlLensApi; doc: vscode.TextDocument }> {
  const ext = vscode.extensions.getExtension<MlLensApi>('ml-lens.ml-lens');
  assert.ok(ext);
  const a = await ext.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'shape_zoo.py'));
  await vscode.window.showTextDocument(doc);
  return { a, doc };
}

/** Resolves with the next Shapes report that matches, or fails after `ms`. */
function nextReport(a: MlLensApi, match: (m: ShapesWebviewMessage) => boolean, ms = 120_000): Promise<ShapesPanelReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching Shapes report within ${ms} ms`));
    }, ms);
    const sub = a.shapesPanels.onDidReport((r) => {
      if (!match(r.message)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

const TINY = { className: 'TinyResNet', args: 'BasicBlock, [2, 2, 2]', inputs: ['(8, 3, 32, 32)'] };

async function infer(a: MlLensApi, doc: vscode.TextDocument, className: string, args: string, inputs: string[]) {
  const explained = await a.shapes.explain(doc, className, { args, inputs, defines: {} });
  assert.ok(explained, `the engine explains ${className}`);
  return explained.result;
}

suite('Shapes panel', function () {
  this.timeout(180_000);

  // Other suites may have left a TinyResNet panel open (Explain Shapes opens one): start without any.
  suiteSetup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens through the API with the engine\'s result, once per (document, class)', async () => {
    const { a, doc } = await setup();
    const result = await infer(a, doc, TINY.className, TINY.args, TINY.inputs);
    assert.strictEqual(result.params, 175_258);
    const ready = nextReport(a, (m) => m.type === 'ready');
    const panel = a.shapesPanels.show(result, { uri: doc.uri, ...TINY });
    assert.strictEqual((await ready).panel, panel);
    assert.strictEqual(panel.webviewPanel.title, 'Shapes: TinyResNet');
    assert.strictEqual(panel.state.file, 'shape_zoo.py');
    assert.strictEqual(panel.state.uri, doc.uri.toString());
    assert.strictEqual(a.shapesPanels.show(result, { uri: doc.uri, ...TINY }), panel, 'the same class reuses its panel');
    const broken = await infer(a, doc, 'BrokenHead', '', ['(4, 3, 32, 32)']);
    assert.strictEqual(broken.problem?.kind, 'shape');
    const other = a.shapesPanels.show(broken, { uri: doc.uri, className: 'BrokenHead', args: '', inputs: ['(4, 3, 32, 32)'] });
    assert.notStrictEqual(other, panel);
    assert.strictEqual(a.shapesPanels.openPanels.length, 2);
    other.webviewPanel.dispose();
    assert.strictEqual(a.shapesPanels.openPanels.length, 1);
  });

  test('Confirm with ONNX Runtime: the webview runs every layer call on wasm and reports the counts', async () => {
    const { a } = await setup();
    const panel = a.shapesPanels.openPanels.find((p) => p.state.request.className === 'TinyResNet');
    assert.ok(panel);
    const report = nextReport(a, (m) => m.type === 'shapeCheck' || m.type === 'error');
    await panel.confirm();
    const { message } = await report;
    assert.strictEqual(message.type, 'shapeCheck', JSON.stringify(message));
    const check = message as ShapeCheckReport;
    assert.strictEqual(check.ep, 'wasm', 'no WebGPU adapter in this Chromium');
    assert.deepStrictEqual(check.eps, ['wasm']);
    assert.deepStrictEqual(check.counts, { match: 36, mismatch: 0, unsupported: 0, error: 0, composite: 11 });
    assert.strictEqual(check.models, 14);
    assert.strictEqual(check.runs, 16);
    assert.ok(check.createMs > 0 && check.runMs > 0);
    assert.strictEqual(panel.lastCheck, check);
  });

  test('a row\'s line is revealed and selected in the editor', async () => {
    const { a, doc } = await setup();
    const panel = a.shapesPanels.openPanels[0];
    const editor = await panel.reveal(23);
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.selection.start.line, 22);
    assert.strictEqual(doc.getText(editor.selection), 'out = F.relu(self.bn1(self.conv1(x)))');
    assert.strictEqual(await panel.reveal(10_000), undefined, 'a line past the end is ignored');
  });

  test('a malformed result is refused before any panel opens', async () => {
    const { a, doc } = await setup();
    const before = a.shapesPanels.openPanels.length;
    const bad = { className: 'X', line: 1, rows: [{ line: 1, name: 'a', op: 'ReLU', in: [[-2]], out: null, params: 0, macs: 0, depth: 1 }], output: null, params: 0, macs: 0, lines: [] };
    assert.throws(() => a.shapesPanels.show(bad, { uri: doc.uri, className: 'X', args: '', inputs: ['(2,)'] }), /cannot show these shapes: result.rows\[0\] needs in and out/);
    assert.strictEqual(a.shapesPanels.openPanels.length, before);
  });

  test('the serializer restores a panel from its saved state; without a valid state it says how to get one', async () => {
    const { a, doc } = await setup();
    const result = await infer(a, doc, 'BrokenHead', '', ['(4, 3, 32, 32)']);
    const state: ShapesPanelState = { result, request: { className: 'BrokenHead', args: '', inputs: ['(4, 3, 32, 32)'] }, uri: doc.uri.toString(), file: 'shape_zoo.py' };
    const restoredPanel = vscode.window.createWebviewPanel(SHAPES_VIEW_TYPE, 'restoring', vscode.ViewColumn.Beside, { enableScripts: true });
    const ready = nextReport(a, (m) => m.type === 'ready');
    await a.shapesPanels.deserializeWebviewPanel(restoredPanel, JSON.parse(JSON.stringify(state)));
    const { panel } = await ready;
    assert.strictEqual(panel.webviewPanel, restoredPanel);
    assert.strictEqual(restoredPanel.title, 'Shapes: BrokenHead');
    assert.ok(a.shapesPanels.openPanels.includes(panel));

    const stale = vscode.window.createWebviewPanel(SHAPES_VIEW_TYPE, 'stale', vscode.ViewColumn.Beside, {});
    const open = a.shapesPanels.openPanels.length;
    await a.shapesPanels.deserializeWebviewPanel(stale, { demo: 'matmul-backward', request: {} });
    assert.strictEqual(a.shapesPanels.openPanels.length, open, 'a state that is not a Shapes state is not tracked');
    assert.match(stale.webview.html, /Run “ML Lens: Explain Shapes” again/);
    assert.doesNotMatch(stale.webview.html, /<script/);
    stale.dispose();
  });
});
