import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';

async function api(): Promise<MlLensApi> {
  const ext = vscode.extensions.getExtension<MlLensApi>('ml-lens.ml-lens');
  assert.ok(ext);
  return ext.activate();
}

async function openNotebook(): Promise<vscode.NotebookDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  return vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder.uri, 'small_cnn.ipynb'));
}

/** The code cell that contains `needle`, and the position `delta` characters into it. */
function find(nb: vscode.NotebookDocument, needle: string, delta = 1): { cell: vscode.NotebookCell; pos: vscode.Position } {
  const cell = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().includes(needle));
  assert.ok(cell, `${needle} is in no code cell`);
  return { cell, pos: cell.document.positionAt(cell.document.getText().indexOf(needle) + delta) };
}

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

suite('notebooks: hover and CodeLens in code cells', function () {
  this.timeout(60_000);

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a cell resolves the aliases imported in an earlier cell (hover)', async () => {
    await api();
    const nb = await openNotebook();
    const { cell, pos } = find(nb, 'nn.CrossEntropyLoss', 4);
    assert.ok(!cell.document.getText().includes('import'), 'the cell itself imports nothing');
    const text = await hoverText(cell.document, pos);
    assert.match(text, /\*\*Cross-entropy loss \(multi-class\)\*\* · `torch\.nn\.CrossEntropyLoss` · PyTorch/);
    const adamw = find(nb, 'AdamW(model', 2);
    const t2 = await hoverText(adamw.cell.document, adamw.pos);
    assert.match(t2, /`torch\.optim\.AdamW`/);
    assert.match(t2, /\| `lr` \| `0\.001` \| yours \|/);
    assert.match(t2, /\| `weight_decay` \| `0\.01` \| yours \|/);
  });

  test('CodeLens in a cell that uses an earlier cell\'s import, on the cell\'s own lines', async () => {
    await api();
    const nb = await openNotebook();
    await vscode.window.showNotebookDocument(nb); // CodeLens needs the cells' editor models
    const { cell } = find(nb, 'nn.BatchNorm2d(c_out)');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cell.document.uri, 10);
    const titles = lenses.filter((l) => l.command?.title.startsWith('ML Lens:')).map((l) => `${l.range.start.line}:${l.command?.title}`);
    const line = (needle: string) => cell.document.getText().split('\n').findIndex((l) => l.includes(needle));
    assert.ok(titles.includes(`${line('nn.Conv2d')}:ML Lens: Conv2d · walkthrough`), titles.join(' | '));
    assert.ok(titles.includes(`${line('nn.BatchNorm2d')}:ML Lens: BatchNorm2d · walkthrough`), titles.join(' | '));
    const bn = lenses.find((l) => l.command?.title === 'ML Lens: BatchNorm2d · walkthrough');
    assert.deepStrictEqual(bn?.command?.arguments, ['norm', { params: { kind: 'batch' } }]);
  });

  test('the first cell\'s magic line does not hide its imports; markdown cells are skipped', async () => {
    const a = await api();
    const nb = await openNotebook();
    const cells = await a.analysis.notebookDetections(nb);
    assert.strictEqual(cells.length, nb.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code).length);
    const symbols = cells.flatMap((c) => c.detections.map((d) => `${c.cell.index}:${d.symbol}`));
    assert.deepStrictEqual(symbols, [
      '2:torch.nn.Conv2d',
      '2:torch.nn.BatchNorm2d',
      '2:torch.nn.ReLU',
      '2:torch.nn.MaxPool2d',
      '2:torch.nn.AdaptiveAvgPool2d',
      '2:torch.nn.Linear',
      '4:torch.nn.CrossEntropyLoss',
      '4:torch.optim.AdamW',
      '5:torch.nn.functional.softmax',
    ]);
  });

  test('"In this file" lists a notebook\'s constructs with their cells', async () => {
    const a = await api();
    const nb = await openNotebook();
    await vscode.window.showNotebookDocument(nb);
    const groups = await (async () => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const g = a.explorer.inThisFile.description === 'small_cnn.ipynb' ? await a.explorer.inThisFile.groups() : [];
        if (g.length || Date.now() > deadline) return g;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const adamw = groups.find((g) => g.concept === 'adamw');
    assert.ok(adamw, groups.map((g) => g.concept).join(', '));
    const item = a.explorer.inThisFile.getTreeItem(adamw.occurrences[0]);
    assert.strictEqual(item.description, 'cell 5, line 3');
    assert.strictEqual(adamw.occurrences[0].occurrence.snippet, 'optimizer = AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)');
  });
});
