import * as assert from 'assert';
import * as vscode from 'vscode';

async function exampleDoc(name: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension('ml-lens.ml-lens')?.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${doc.fileName}`);
  return doc.positionAt(at + delta);
}

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
    .filter((t) => t.includes('ML Lens') || t.includes('·'))
    .join('\n');
}

suite('hover and CodeLens in the extension host', function () {
  this.timeout(60_000);

  teardown(async () => {
    await vscode.workspace.getConfiguration('mlLens').update('language', undefined, vscode.ConfigurationTarget.Global);
  });

  test('hover on nn.LayerNorm shows the card with the call interpreted', async () => {
    const doc = await exampleDoc('train_classifier.py');
    const text = await hoverText(doc, positionOf(doc, 'nn.LayerNorm(hidden)', 4));
    assert.match(text, /\*\*Layer normalization\*\* · `torch\.nn\.LayerNorm` · PyTorch/);
    assert.match(text, /\| `normalized_shape` \| `hidden` \| yours \|/);
    assert.match(text, /\| `eps` \| `0\.00001` \| default \|/);
    assert.match(text, /\[Full card\]\(command:mlLens\.showCard\?/);
  });

  test('hover command links are trusted only for ML Lens commands', async () => {
    const doc = await exampleDoc('train_classifier.py');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'nn.LayerNorm(hidden)', 4));
    const ours = hovers.flatMap((h) => h.contents).find((c) => typeof c !== 'string' && (c as vscode.MarkdownString).value.includes('Layer normalization')) as vscode.MarkdownString;
    assert.ok(ours);
    assert.deepStrictEqual(ours.isTrusted, { enabledCommands: ['mlLens.openWalkthrough', 'mlLens.showCard', 'mlLens.explainShapes', 'mlLens.showInExplorer'] });
    assert.match(ours.value, /\[Show in explorer\]\(command:mlLens\.showInExplorer\?/);
    // The LayerNorm sits in a model class: the hover links to that model's shapes.
    assert.match(ours.value, /\[Explain shapes\]\(command:mlLens\.explainShapes\?/);
    assert.strictEqual(ours.supportHtml, false);
  });

  test('hover on AdamW fills in the defaults the user did not pass', async () => {
    const doc = await exampleDoc('train_classifier.py');
    const text = await hoverText(doc, positionOf(doc, 'AdamW(model', 2));
    assert.match(text, /`torch\.optim\.AdamW`/);
    assert.match(text, /\| `lr` \| `0\.0003` \| yours \|/);
    assert.match(text, /\| `betas` \| `\(0\.9, 0\.95\)` \| yours \|/);
    assert.match(text, /\| `eps` \| `1e-8` \| default \|/);
  });

  test('hover on matmul links to the walkthrough', async () => {
    const doc = await exampleDoc('backprop_by_hand.py');
    const text = await hoverText(doc, positionOf(doc, 'torch.matmul', 8));
    assert.match(text, /\[Open walkthrough\]\(command:mlLens\.openWalkthrough\?%5B%22matmul-backward%22%2C%7B%7D%5D\)/);
  });

  test('no hover away from constructs', async () => {
    const doc = await exampleDoc('train_classifier.py');
    assert.strictEqual(await hoverText(doc, positionOf(doc, 'def make_data', 5)), '');
  });

  test('mlLens.language = zh-cn gives the Chinese card', async () => {
    await vscode.workspace.getConfiguration('mlLens').update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
    const doc = await exampleDoc('train_classifier.py');
    const text = await hoverText(doc, positionOf(doc, 'nn.LayerNorm(hidden)', 4));
    assert.match(text, /\*\*层归一化（LayerNorm）\*\*/);
    assert.match(text, /\*\*你的调用\*\*/);
  });

  test('one CodeLens per statement with constructs, walkthrough when one exists', async () => {
    const doc = await exampleDoc('backprop_by_hand.py');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
    const ours = lenses.filter((l) => l.command?.title.startsWith('ML Lens:'));
    const matmul = ours.find((l) => l.command?.title.includes('matmul'));
    assert.ok(matmul, ours.map((l) => l.command?.title).join(' | '));
    assert.strictEqual(matmul.command?.title, 'ML Lens: matmul · walkthrough');
    assert.strictEqual(matmul.command?.command, 'mlLens.openWalkthrough');
    assert.deepStrictEqual(matmul.command?.arguments, ['matmul-backward', {}]);
    const lines = ours.map((l) => l.range.start.line);
    assert.strictEqual(new Set(lines).size, lines.length, 'one lens per line');
  });

  test('CodeLens on a line without a walkthrough opens the card', async () => {
    const doc = await exampleDoc('train_classifier.py');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 50);
    const sched = lenses.find((l) => l.command?.title === 'ML Lens: CosineAnnealingLR · card');
    assert.ok(sched, lenses.map((l) => l.command?.title).join(' | '));
    assert.strictEqual(sched.command?.command, 'mlLens.showCard');
    assert.deepStrictEqual(sched.command?.arguments, ['lr-scheduler']);
    const norm = lenses.find((l) => l.command?.title === 'ML Lens: LayerNorm · walkthrough');
    assert.ok(norm, 'LayerNorm has the norm walkthrough');
    assert.deepStrictEqual(norm.command?.arguments, ['norm', { params: { kind: 'layer' } }]);
  });

  test('mlLens.codeLens.enabled = false removes the lenses', async () => {
    const config = vscode.workspace.getConfiguration('mlLens');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const doc = await exampleDoc('train_classifier.py');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 50);
      assert.strictEqual(lenses.filter((l) => l.command?.title.startsWith('ML Lens:')).length, 0);
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
