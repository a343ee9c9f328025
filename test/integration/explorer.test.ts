import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';
import type { ConceptNode } from '../../src/panels/explorer/conceptsView';
import type { FileNode, GroupNode } from '../../src/panels/explorer/fileView';

async function api(): Promise<MlLensApi> {
  const ext = vscode.extensions.getExtension<MlLensApi>('ml-lens.ml-lens');
  assert.ok(ext);
  return ext.activate();
}

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);

/** Waits until `probe` returns a value (the view follows editors asynchronously). */
async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('explorer: Concepts view', function () {
  this.timeout(60_000);

  teardown(async () => {
    await vscode.commands.executeCommand('mlLens.explorer.clearFilter');
  });

  test('every family in catalog order, seed topics first, each row with its card command and a screen-reader label', async () => {
    const { explorer } = await api();
    const families = await explorer.concepts.getChildren();
    assert.deepStrictEqual(
      families.map((f) => label(explorer.concepts.getTreeItem(f))),
      ['Optimizers', 'Regularization', 'Normalization', 'Activations', 'Losses', 'Layers', 'Attention and language models', 'Fine-tuning', 'Vision and generative models', 'Metrics', 'Classical ML', 'Systems'],
    );
    const optimizers = explorer.concepts.getTreeItem(families[0]);
    assert.strictEqual(optimizers.description, '19');
    assert.strictEqual(optimizers.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const rows = await explorer.concepts.getChildren(families[0]);
    assert.deepStrictEqual(
      rows.slice(0, 7).map((r) => (r as ConceptNode & { kind: 'concept' }).entry.id),
      ['sgd', 'sgd-momentum', 'adam', 'weight-decay', 'mixed-precision', 'zero-sharding', 'adamw'],
    );
    const adam = explorer.concepts.getTreeItem(rows[2]);
    assert.strictEqual(label(adam), 'Adam');
    assert.strictEqual(adam.contextValue, 'concept.walkthrough');
    assert.deepStrictEqual(adam.command?.command, 'mlLens.showCard');
    assert.deepStrictEqual(adam.command?.arguments, ['adam']);
    assert.match(String(adam.description), /^Adam keeps two moving averages per parameter/);
    assert.match(adam.accessibilityInformation?.label ?? '', /^Adam, Optimizers, Adam keeps .*, walkthrough available$/);
    const weightDecay = explorer.concepts.getTreeItem(rows[3]);
    assert.strictEqual(weightDecay.contextValue, 'concept', 'weight decay has no walkthrough');
  });

  test('Show in Explorer (the hover link) opens the view on the concept, clearing a filter that hides it', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlLens.explorer.filter', 'adamw');
    await vscode.commands.executeCommand('mlLens.showInExplorer', 'layer-norm');
    const selected = await until(() => {
      const s = a.explorer.conceptsView.selection[0];
      return s?.kind === 'concept' ? s.entry.id : undefined;
    }, 'the concept to be selected');
    assert.strictEqual(selected, 'layer-norm');
    assert.strictEqual(a.explorer.conceptsView.visible, true);
  });

  test('the inline action opens the concept\'s variant of a walkthrough', async () => {
    const a = await api();
    const families = await a.explorer.concepts.getChildren();
    const norms = await a.explorer.concepts.getChildren(families[2]);
    const groupNorm = norms.find((n) => n.kind === 'concept' && n.entry.id === 'group-norm');
    assert.ok(groupNorm);
    await vscode.commands.executeCommand('mlLens.explorer.openWalkthrough', groupNorm);
    try {
      const panel = await until(() => a.panels.openPanels.find((p) => p.state.demo === 'norm'), 'the norm panel');
      assert.deepStrictEqual(panel.state.request, { params: { kind: 'group' } });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('a filter keeps matching concepts by name or API, opens their families and says so in the view message', async () => {
    const { explorer } = await api();
    await vscode.commands.executeCommand('mlLens.explorer.filter', 'nn.LayerNorm');
    const families = await explorer.concepts.getChildren();
    assert.deepStrictEqual(families.map((f) => (f as ConceptNode & { kind: 'family' }).family.id), ['normalization']);
    const item = explorer.concepts.getTreeItem(families[0]);
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.strictEqual(item.description, '1 of 5');
    assert.strictEqual(explorer.conceptsView.message, '1 of 122 concepts match "nn.LayerNorm".');
    assert.strictEqual(explorer.conceptsView.description, 'filter: nn.LayerNorm');

    await vscode.commands.executeCommand('mlLens.explorer.filter', 'qwxzv');
    assert.strictEqual((await explorer.concepts.getChildren()).length, 0);
    assert.match(explorer.conceptsView.message ?? '', /^No concept name or API matches "qwxzv"\./);
    await vscode.commands.executeCommand('mlLens.explorer.filter', '随机梯度');
    const zh = await explorer.concepts.getChildren();
    assert.deepStrictEqual(zh.map((f) => (f as ConceptNode & { kind: 'family' }).family.id), ['optimizers']);

    await vscode.commands.executeCommand('mlLens.explorer.clearFilter');
    assert.strictEqual((await explorer.concepts.getChildren()).length, 12);
    assert.strictEqual(explorer.conceptsView.message, undefined);
  });

  test('titles follow mlLens.language', async () => {
    const { explorer } = await api();
    const config = vscode.workspace.getConfiguration('mlLens');
    await config.update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
    try {
      const families = await explorer.concepts.getChildren();
      assert.strictEqual(label(explorer.concepts.getTreeItem(families[0])), '优化器');
      const rows = await explorer.concepts.getChildren(families[0]);
      assert.strictEqual(label(explorer.concepts.getTreeItem(rows[0])), '随机梯度下降（SGD）');
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('explorer: In This File view', function () {
  this.timeout(60_000);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function groupsFor(a: MlLensApi, name: string): Promise<GroupNode[]> {
    return until(async () => {
      if (a.explorer.inThisFile.description !== name) return undefined;
      const groups = await a.explorer.inThisFile.groups();
      return groups.length ? groups : undefined;
    }, `the view to list ${name}`);
  }

  test('lists train_classifier.py\'s constructs by concept, with lines and snippets', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('train_classifier.py'));
    await vscode.window.showTextDocument(doc);
    const groups = await groupsFor(a, 'train_classifier.py');
    const byConcept = new Map(groups.map((g) => [g.concept, g]));
    assert.deepStrictEqual(groups.slice(0, 3).map((g) => g.concept), ['linear', 'layer-norm', 'gelu']);
    assert.deepStrictEqual(byConcept.get('linear')?.occurrences.map((o) => o.occurrence.line + 1), [27, 29, 33]);
    const ln = byConcept.get('layer-norm');
    assert.ok(ln);
    assert.deepStrictEqual(ln.occurrences.map((o) => [o.occurrence.line + 1, o.occurrence.snippet]), [
      [28, 'self.norm1 = nn.LayerNorm(hidden)'],
      [30, 'self.norm2 = nn.LayerNorm(hidden)'],
    ]);
    for (const c of ['cross-entropy-loss', 'adamw', 'lr-scheduler', 'mixed-precision', 'gradient-clipping', 'softmax']) assert.ok(byConcept.has(c), c);

    const groupItem = a.explorer.inThisFile.getTreeItem(ln);
    assert.strictEqual(label(groupItem), 'Layer normalization');
    assert.strictEqual(groupItem.description, '2 · LayerNorm');
    assert.strictEqual(groupItem.contextValue, 'conceptGroup.walkthrough');
    assert.strictEqual(groupItem.accessibilityInformation?.label, 'Layer normalization, 2 occurrences');
    const occ = a.explorer.inThisFile.getTreeItem(ln.occurrences[1]);
    assert.deepStrictEqual(occ.label, { label: 'self.norm2 = nn.LayerNorm(hidden)', highlights: [[13, 25]] });
    assert.strictEqual(occ.description, 'line 30');
    assert.strictEqual(a.explorer.inThisFile.state, 'ok');
  });

  test('clicking an occurrence selects it in the editor', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('train_classifier.py'));
    await vscode.window.showTextDocument(doc);
    const groups = await groupsFor(a, 'train_classifier.py');
    const adamw = groups.find((g) => g.concept === 'adamw');
    assert.ok(adamw);
    // Move the cursor away first, so the selection can only come from the command.
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    const item = a.explorer.inThisFile.getTreeItem(adamw.occurrences[0] as FileNode);
    assert.strictEqual(item.command?.command, 'mlLens.inThisFile.reveal');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    const line = doc.lineAt(editor.selection.start.line).text;
    assert.strictEqual(editor.document.getText(editor.selection), 'AdamW');
    assert.match(line, /optimizer = AdamW\(model\.parameters\(\)/);
  });

  test('welcome states: no Python file, nothing detected, file too large', async () => {
    const a = await api();
    const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'just text' });
    await vscode.window.showTextDocument(text);
    await a.explorer.inThisFile.groups();
    assert.strictEqual(a.explorer.inThisFile.state, 'noPython');

    const plain = await vscode.workspace.openTextDocument({ language: 'python', content: 'import os\nprint(os.getcwd())\n' });
    await vscode.window.showTextDocument(plain);
    await until(async () => ((await a.explorer.inThisFile.groups()).length === 0 && a.explorer.inThisFile.state === 'empty' ? true : undefined), 'the empty state');

    const config = vscode.workspace.getConfiguration('mlLens');
    await config.update('maxFileSize', 16, vscode.ConfigurationTarget.Global);
    try {
      const big = await vscode.workspace.openTextDocument({ language: 'python', content: 'import torch.nn as nn\nnn.ReLU()\n' + '# padding\n'.repeat(2000) });
      await vscode.window.showTextDocument(big);
      await until(async () => ((await a.explorer.inThisFile.groups()).length === 0 && a.explorer.inThisFile.state === 'tooLarge' ? true : undefined), 'the too-large state');
      assert.deepStrictEqual(await a.analysis.detections(big), []);
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('settings: frameworks and file size', function () {
  this.timeout(60_000);

  test('mlLens.frameworks drops the constructs of frameworks left out, in hovers and lenses too', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({
      language: 'python',
      content: 'import torch.nn as nn\nfrom sklearn.linear_model import LogisticRegression\nnorm = nn.LayerNorm(8)\nclf = LogisticRegression(C=0.5)\n',
    });
    const config = vscode.workspace.getConfiguration('mlLens');
    const parsed = (await a.analysis.parsed(doc))?.detections.map((d) => d.framework);
    assert.deepStrictEqual(
      (await a.analysis.detections(doc)).map((d) => d.framework),
      ['pytorch', 'sklearn'],
      `unfiltered: ${JSON.stringify(parsed)}, setting: ${JSON.stringify(config.get('frameworks'))}, max: ${a.analysis.maxChars}`,
    );
    await config.update('frameworks', ['sklearn'], vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual((await a.analysis.detections(doc)).map((d) => d.symbol), ['sklearn.linear_model.LogisticRegression']);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 12));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
      assert.doesNotMatch(text, /Layer normalization/);
    } finally {
      await config.update('frameworks', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.strictEqual((await a.analysis.detections(doc)).length, 2);
  });

  test('the new settings are declared with their defaults', () => {
    const config = vscode.workspace.getConfiguration('mlLens');
    assert.strictEqual(config.get('inlayHints.enabled'), true);
    assert.strictEqual(config.get('diagnostics.enabled'), true);
    assert.strictEqual(config.get('maxFileSize'), 2048);
    assert.strictEqual((config.get<string[]>('frameworks') ?? []).length, 17);
  });
});

suite('status bar: execution provider of the active walkthrough', function () {
  this.timeout(120_000);

  test('hidden without a panel, shows the EP the panel ran on, hidden again when it closes', async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.strictEqual(a.epStatus.state.visible, false);
    const ran = new Promise<void>((resolve) => {
      const sub = a.panels.onDidReport((r) => {
        if (r.message.type !== 'result') return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('mlLens.openWalkthrough', 'matmul-backward');
    await ran;
    const state = await until(() => (a.epStatus.state.text.includes('WASM') ? a.epStatus.state : undefined), 'the EP in the status bar');
    assert.strictEqual(state.visible, true);
    assert.strictEqual(state.text, '$(circuit-board) WASM');
    assert.match(state.tooltip, /MatMul backward/);
    assert.match(state.tooltip, /Computed on WASM: session [\d.]+ ms, run [\d.]+ ms\./);
    assert.match(state.tooltip, /Setting: auto/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until(() => (a.epStatus.state.visible ? undefined : true), 'the item to hide');
  });
});
