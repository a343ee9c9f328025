/**
 * Explain Shapes in the real extension host: the model lens, the command with scripted input, inlay hints
 * after forward lines, a diagnostic where shapes cannot fit, and diagnostics that follow an edit.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

async function zoo(): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension('ml-lens.ml-lens')?.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'shape_zoo.py'));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const lineOf = (doc: vscode.TextDocument, needle: string, last = false) => doc.positionAt(last ? doc.getText().lastIndexOf(needle) : doc.getText().indexOf(needle)).line;

async function until<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await get();
  while (!ok(v)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await get();
  }
  return v;
}

interface Result {
  output: unknown;
  params: unknown;
  rows: { name: string; out: unknown }[];
  problem?: { kind: string; line: number; message: string };
}

suite('Explain shapes in the extension host', function () {
  this.timeout(60_000);

  test('a lens above every model class; the command infers TinyResNet with the args written in the file', async () => {
    const doc = await zoo();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const shapeLenses = lenses.filter((l) => l.command?.command === 'mlLens.explainShapes');
    assert.deepEqual(shapeLenses.map((l) => l.range.start.line), ['BasicBlock', 'TinyResNet', 'TokenClassifier', 'BrokenHead'].map((c) => lineOf(doc, `class ${c}(`)));
    const tiny = shapeLenses[1].command!;
    const result = await vscode.commands.executeCommand<Result>(tiny.command, ...(tiny.arguments ?? []), { inputs: ['(8, 3, 32, 32)'] });
    assert.equal(result.problem, undefined, result.problem?.message);
    assert.deepEqual(result.output, [[8, 10]]);
    assert.equal(result.params, 175_258);
    assert.deepEqual(result.rows.find((r) => r.name === 'layer3.0.shortcut.0')?.out, [[8, 64, 8, 8]]);
    const after = await until('the lens to show the result', () => Promise.resolve(vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)), (ls) => ls.some((l) => /\(8, 10\) · 175,258 params/.test(l.command?.title ?? '')));
    assert.ok(after.some((l) => l.command?.title === 'ML Lens: (8, 3, 32, 32) → (8, 10) · 175,258 params'));
  });

  test('inlay hints show the shape after each forward line, symbols included', async () => {
    const doc = await zoo();
    await vscode.commands.executeCommand('mlLens.explainShapes', doc.uri.toString(), 'TokenClassifier', { inputs: ['(B, T):int64'] });
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
    const at = (needle: string) => hints.filter((h) => h.position.line === lineOf(doc, needle)).map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.deepEqual(at('h = self.embed(tokens)'), ['→ (B, T, 64)']);
    assert.deepEqual(at('return self.head(h)'), ['→ (B, T, 10)']);
    // TinyResNet (explained above) too: layer2 halves the resolution.
    assert.deepEqual(at('x = self.layer2(x)'), ['→ (8, 32, 16, 16)']);
  });

  test('a Linear that receives the wrong width is an error on its line; fixing the code clears it', async () => {
    const doc = await zoo();
    const result = await vscode.commands.executeCommand<Result>('mlLens.explainShapes', doc.uri.toString(), 'BrokenHead', { inputs: ['(4, 3, 32, 32)'] });
    assert.equal(result.problem?.kind, 'shape');
    const diags = await until('the diagnostic', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'ML Lens'), (ds) => ds.length === 1);
    assert.equal(diags[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diags[0].range.start.line, lineOf(doc, 'return self.fc(x)', true));
    assert.match(diags[0].message, /fc: Linear\(2048, 10\) expects 2048 input features in the last dim, got 8192 \(input \(4, 8192\)\)/);
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('32 * 8 * 8');
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + '32 * 8 * 8'.length)), '32 * 16 * 16');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await until('the diagnostic to clear', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'ML Lens'), (ds) => ds.length === 0);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      const fixed = doc.getText().indexOf('32 * 16 * 16');
      undo.replace(doc.uri, new vscode.Range(doc.positionAt(fixed), doc.positionAt(fixed + '32 * 16 * 16'.length)), '32 * 8 * 8');
      await vscode.workspace.applyEdit(undo);
      await doc.save();
    }
  });

  test('a notebook: the model in a cell uses the imports of the cell above; lens and hints in cell lines', async () => {
    await vscode.extensions.getExtension('ml-lens.ml-lens')?.activate();
    const folder = vscode.workspace.workspaceFolders![0];
    const nb = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder.uri, 'small_cnn.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.getCells().find((c) => c.document.getText().includes('class SmallCNN'))!.document;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cell.uri);
    const lens = lenses.find((l) => l.command?.command === 'mlLens.explainShapes');
    assert.equal(lens?.range.start.line, lineOf(cell, 'class SmallCNN'));
    const result = await vscode.commands.executeCommand<Result>('mlLens.explainShapes', cell.uri.toString(), 'SmallCNN', { inputs: ['(N, 3, 32, 32)'] });
    assert.equal(result.problem, undefined, result.problem?.message);
    assert.deepEqual(result.output, [['N', 10]]);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', cell.uri, new vscode.Range(0, 0, cell.lineCount, 0));
    const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    assert.deepEqual(hints.filter((h) => h.position.line === lineOf(cell, 'x = self.features(x)')).map(label), ['→ (N, 64, 8, 8)']);
  });

  test('no model in the file, or an unknown class: a message, nothing thrown', async () => {
    const doc = await zoo();
    assert.equal(await vscode.commands.executeCommand('mlLens.explainShapes', doc.uri.toString(), 'NoSuchModel', { inputs: ['(1, 3)'] }), undefined);
  });
});
