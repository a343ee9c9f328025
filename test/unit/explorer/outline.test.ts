import * as assert from 'node:assert/strict';
import { analyzeText, outlineByConcept, PythonParser, snippetOf } from '../../../src/analysis';
import { nodeWasm } from '../analysis/nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});

suite('explorer: "In this file" outline', () => {
  test('groups by concept in order of first appearance, occurrences in document order', () => {
    const src = [
      'import torch.nn as nn',
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        self.a = nn.LayerNorm(8)',
      '        self.act = nn.GELU()',
      '        self.b = nn.LayerNorm(16, eps=1e-6)',
    ].join('\n');
    const lines = src.split('\n');
    const groups = outlineByConcept(analyzeText(parser, src), (r) => lines[r]);
    assert.deepEqual(groups.map((g) => [g.concept, g.occurrences.length]), [['layer-norm', 2], ['gelu', 1]]);
    const [first, second] = groups[0].occurrences;
    assert.deepEqual([first.line, first.character, first.snippet], [3, 17, 'self.a = nn.LayerNorm(8)']);
    assert.deepEqual([second.line, second.snippet], [5, 'self.b = nn.LayerNorm(16, eps=1e-6)']);
  });

  test('long lines keep the reference in view', () => {
    const line = `    y = some_function_with_a_long_name(argument_one, argument_two) + F.cross_entropy(logits, target, label_smoothing=0.1) * weight`;
    const s = snippetOf(line, line.indexOf('F.cross_entropy'), 60);
    assert.equal(s.length, 60);
    assert.ok(s.startsWith('…') && s.endsWith('…'), s);
    assert.ok(s.includes('F.cross_entropy(logits'), s);
    assert.equal(snippetOf('  x  =   nn.ReLU()  ', 11), 'x = nn.ReLU()');
  });
});
