import * as assert from 'node:assert/strict';
import { analyzeText, blankIPython, detectionsInCell, joinCells, PythonParser } from '../../../src/analysis';
import { nodeWasm } from '../analysis/nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});

suite('notebooks: cells as one program', () => {
  test('a cell sees the imports of the cells above it; detections come back in the cell\'s coordinates', () => {
    const cells = ['import torch.nn as nn\nimport torch.nn.functional as F', '# a markdown-free comment cell', 'x = 1\nnorm = nn.LayerNorm(64)\ny = F.gelu(x)'];
    const joined = joinCells(cells);
    assert.deepEqual(joined.cells.map((c) => c.line), [0, 2, 3]);
    const all = analyzeText(parser, joined.text);
    const third = detectionsInCell(all, joined.cells[2]);
    assert.deepEqual(third.map((d) => d.symbol), ['torch.nn.LayerNorm', 'torch.nn.functional.gelu']);
    const [ln, gelu] = third;
    assert.equal(cells[2].slice(ln.start, ln.end), 'nn.LayerNorm');
    assert.deepEqual([ln.startPoint, ln.endPoint], [{ row: 1, column: 7 }, { row: 1, column: 19 }]);
    assert.equal(cells[2].slice(gelu.call!.start, gelu.call!.end), 'F.gelu(x)');
    assert.deepEqual(gelu.call!.startPoint, { row: 2, column: 4 });
    assert.deepEqual(detectionsInCell(all, joined.cells[0]), []);
  });

  test('magics and shell lines are blanked in place; a non-Python cell magic blanks the cell', () => {
    assert.equal(blankIPython('%matplotlib inline\nimport torch\n!pip install x'), '                  \nimport torch\n              ');
    assert.equal(blankIPython('%%bash\nnn.Linear(1, 2)'), '      \n               ');
    assert.equal(blankIPython('%%time\nimport torch'), '      \nimport torch');
    const cells = ['%pip install torch\nfrom torch import optim', '%%time\nopt = optim.AdamW(p, lr=1e-3)'];
    const joined = joinCells(cells);
    const [adamw] = detectionsInCell(analyzeText(parser, joined.text), joined.cells[1]);
    assert.equal(adamw.symbol, 'torch.optim.AdamW');
    assert.equal(cells[1].slice(adamw.start, adamw.end), 'optim.AdamW');
  });

  test('CRLF cells keep their offsets', () => {
    const cells = ['import torch\r\n', 'torch.nn.ReLU()\r\n'];
    const joined = joinCells(cells);
    const [relu] = detectionsInCell(analyzeText(parser, joined.text), joined.cells[1]);
    assert.equal(cells[1].slice(relu.start, relu.end), 'torch.nn.ReLU');
    assert.deepEqual(relu.startPoint, { row: 0, column: 0 });
  });
});
