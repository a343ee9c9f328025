/** The Shapes panel's pure parts: how shapes and counts are written, and the row tree from pre-order depths. */
import * as assert from 'node:assert/strict';
import { changedDims, compactCount, exactCount, localName, msText, shapesText, shapeText, symbolsText } from '../../../webview/shapes/format';
import { rowTree } from '../../../webview/shapes/table';

suite('Shapes panel: formatting', () => {
  test('shapes as torch.Size prints them, symbolic dims as formulas', () => {
    assert.equal(shapeText([2, 64, 56, 56]), '(2, 64, 56, 56)');
    assert.equal(shapeText([10]), '(10,)');
    assert.equal(shapeText([]), '()');
    assert.equal(shapeText(['N', 64, '(H - 1) // 2 + 1']), '(N, 64, (H - 1) // 2 + 1)');
    assert.equal(shapesText([[2, 5, 32], [2, 5, 9]]), '(2, 5, 32), (2, 5, 9)');
    assert.equal(shapesText(null), '');
  });

  test('exact and compact counts', () => {
    assert.equal(exactCount(25_557_032), '25,557,032');
    assert.equal(exactCount('9408*N'), '9408*N');
    assert.equal(compactCount(213_259_264), '213 M');
    assert.equal(compactCount(4_089_184_256), '4.09 G');
    assert.equal(compactCount(3_538_944), '3.54 M');
    assert.equal(compactCount(36_864), '36.9 K');
    assert.equal(compactCount(512), '512');
    assert.equal(compactCount(0), '0');
    assert.equal(msText(8854.2), '8854 ms');
    assert.equal(msText(15.83), '15.8 ms');
    assert.equal(msText(0.123), '0.12 ms');
  });

  test('changed dims, local names, symbols', () => {
    assert.deepEqual([...changedDims([8, 16, 32, 32], [8, 32, 16, 16])], [1, 2, 3]);
    assert.deepEqual([...changedDims([8, 512, 1, 1], [8, 512])], [], 'a reshape changes the rank: nothing to compare');
    assert.equal(localName('layer1.0.conv1', 'layer1.0'), 'conv1');
    assert.equal(localName('fc', undefined), 'fc');
    assert.equal(localName('layer1.0.relu', 'layer10'), 'layer1.0.relu');
    assert.equal(symbolsText({ W: 32, H: 32, N: 2 }), 'H = 32, N = 2, W = 32');
  });
});

suite('Shapes panel: the row tree', () => {
  test('parents and containers from pre-order depths (ResNet-like)', () => {
    // conv1, layer1, layer1.0, layer1.0.conv1, layer1.0.relu, layer1.1, fc
    const depths = [1, 1, 2, 3, 3, 2, 1];
    const { parent, hasChildren } = rowTree(depths.map((depth) => ({ depth })));
    assert.deepEqual(parent, [-1, -1, 1, 2, 2, 1, -1]);
    assert.deepEqual(hasChildren, [false, true, true, false, false, false, false]);
  });
});
