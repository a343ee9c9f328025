import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MlLensApi } from '../../src/extension';

async function api(): Promise<MlLensApi> {
  const ext = vscode.extensions.getExtension<MlLensApi>('ml-lens.ml-lens');
  assert.ok(ext);
  return ext.activate();
}

suite('document analysis in the extension host', function () {
  this.timeout(60_000);

  test('detects the constructs of an example file by resolved API', async () => {
    const a = await api();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the examples workspace is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'train_classifier.py'));
    const found = (await a.analysis.detections(doc)).map((d) => `${d.symbol}:${d.concept}`);
    for (const expected of [
      'torch.nn.Linear:linear',
      'torch.nn.LayerNorm:layer-norm',
      'torch.nn.GELU:gelu',
      'torch.nn.CrossEntropyLoss:cross-entropy-loss',
      'torch.optim.AdamW:adamw',
      'torch.optim.lr_scheduler.CosineAnnealingLR:lr-scheduler',
      'torch.cuda.amp.GradScaler:mixed-precision',
      'torch.nn.utils.clip_grad_norm_:gradient-clipping',
      'torch.nn.functional.softmax:softmax',
    ]) {
      assert.ok(found.includes(expected), `${expected} not in ${found.join(', ')}`);
    }
  });

  test('follows edits: the cache re-parses at the new version', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import torch\nopt = torch.optim.SGD(params, lr=0.1)\n' });
    const before = await a.analysis.detections(doc);
    assert.deepEqual(before.map((d) => d.concept), ['sgd']);
    const edit = new vscode.WorkspaceEdit();
    const line = doc.lineAt(1);
    edit.insert(doc.uri, line.range.end.translate(0, -1), ', momentum=0.9');
    edit.insert(doc.uri, new vscode.Position(2, 0), 'act = torch.nn.LeakyReLU(0.2)\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await a.analysis.detections(doc);
    assert.deepEqual(after.map((d) => `${d.symbol}:${d.concept}`), ['torch.optim.SGD:sgd-momentum', 'torch.nn.LeakyReLU:leaky-relu']);
    assert.deepEqual(Object.fromEntries(after[1].args.map((x) => [x.param, x.value])), { negative_slope: 0.2 });
  });
});
