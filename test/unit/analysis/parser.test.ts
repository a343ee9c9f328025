import * as assert from 'node:assert/strict';
import { PythonParser } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

suite('analysis: Python parser', () => {
  test('parses Python into a tree-sitter syntax tree', async () => {
    const parser = await PythonParser.load(nodeWasm);
    const tree = parser.parse('import torch.nn as nn\nlayer = nn.LayerNorm(512)\n');
    assert.equal(tree.rootNode.type, 'module');
    assert.deepEqual(tree.rootNode.namedChildren.map((n) => n?.type), ['import_statement', 'expression_statement']);
    assert.equal(tree.rootNode.hasError, false);
    tree.delete();
  });

  test('broken code still yields its intact parts', async () => {
    const parser = await PythonParser.load(nodeWasm);
    const tree = parser.parse('def f(:\n    pass\nopt = torch.optim.Adam(params, lr=3e-4)\n');
    assert.equal(tree.rootNode.hasError, true);
    assert.ok(tree.rootNode.text.includes('torch.optim.Adam'));
    const calls = tree.rootNode.descendantsOfType('call').map((n) => n?.childForFieldName('function')?.text);
    assert.ok(calls.includes('torch.optim.Adam'), `calls: ${calls.join(', ')}`);
    tree.delete();
  });

  test('the parser is loaded once and shared', async () => {
    assert.equal(await PythonParser.load(nodeWasm), await PythonParser.load(nodeWasm));
  });
});
