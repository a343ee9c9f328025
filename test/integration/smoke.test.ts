import * as assert from 'assert';
import * as vscode from 'vscode';

const EXT_ID = 'ml-lens.ml-lens';

suite('smoke', () => {
  test('extension ml-lens.ml-lens is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} not found`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('command mlLens.openWalkthrough is registered', async () => {
    await vscode.extensions.getExtension(EXT_ID)?.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('mlLens.openWalkthrough'), 'mlLens.openWalkthrough missing from getCommands(true)');
  });
});
