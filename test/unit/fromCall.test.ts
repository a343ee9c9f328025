import * as assert from 'node:assert/strict';
import { analyzeText, PythonParser } from '../../src/analysis';
import { walkthroughForCall } from '../../src/models/fromCall';
import { nodeWasm } from './analysis/nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});
const target = (src: string) => walkthroughForCall(analyzeText(parser, src)[0]);

suite('walkthroughs opened from the user\'s call', () => {
  test('the issue\'s examples start from the user\'s values', () => {
    assert.deepEqual(target('import torch\ntorch.optim.Adam(params, lr=3e-4, betas=(0.9, 0.95))'), { demo: 'optimizer', request: { params: { kind: 'adam', lr: 3e-4, betas: [0.9, 0.95] } } });
    const conv = target('import torch.nn as nn\nnn.Conv2d(3, 64, 7, 2, 3)');
    assert.equal(conv?.demo, 'conv2d-backward');
    assert.deepEqual(conv?.request.params, { stride: 2, padding: 3 });
    assert.deepEqual((conv?.request.inputs as Record<string, { dims: number[] }>).w.dims, [1, 1, 7, 7], "the user's 7×7 kernel");
    assert.deepEqual((conv?.request.inputs as Record<string, { dims: number[] }>).x.dims, [1, 1, 8, 8]);
    assert.deepEqual(target('import torch.nn as nn\nnn.HuberLoss(delta=0.5)'), { demo: 'loss', request: { params: { kind: 'huber', delta: 0.5 } } });
    const groupNorm = target('import torch.nn as nn\nnn.GroupNorm(4, 32)');
    assert.deepEqual(groupNorm?.request.params, { kind: 'group', groups: 4 });
    assert.deepEqual((groupNorm?.request.inputs as Record<string, { dims: number[] }>).x.dims, [2, 8, 2, 2], 'two channels per group, so groups differ from instances');
    assert.deepEqual(target('import torch.nn as nn\nnn.LeakyReLU(0.2)'), { demo: 'activation', request: { params: { fn: 'leaky-relu', alpha: 0.2 } } });
  });

  test('variants follow the concept; reductions and momentum carry over', () => {
    assert.deepEqual(target('import torch.nn as nn\nnn.CrossEntropyLoss(reduction="sum")'), { demo: 'loss', request: { params: { kind: 'cross-entropy', reduction: 'sum' } } });
    assert.deepEqual(target('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0.9)'), { demo: 'optimizer', request: { params: { kind: 'sgd-momentum', lr: 0.1, momentum: 0.9 } } });
    assert.deepEqual(target('import torch.nn as nn\nnn.LayerNorm(512, eps=1e-6)'), { demo: 'norm', request: { params: { kind: 'layer', eps: 1e-6 } } });
    assert.deepEqual(target('import torch\ntorch.matmul(a, b)'), { demo: 'matmul-backward', request: {} });
  });

  test('GroupNorm keeps a small channel count of the user\'s, else shows two channels per group', () => {
    const xDims = (src: string) => (target(src)?.request.inputs as Record<string, { dims: number[] }> | undefined)?.x.dims;
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(2, 64)'), { demo: 'norm', request: { params: { kind: 'group', groups: 2 } } }, 'the default x fits');
    assert.deepEqual(xDims('import torch.nn as nn\nnn.GroupNorm(3, 48)'), [2, 6, 2, 2]);
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(4, num_channels=4)'), { demo: 'norm', request: { params: { kind: 'group', groups: 4 } } }, 'one channel per group on the default x, as the user wrote');
    assert.deepEqual(xDims('import torch.nn as nn\nnn.GroupNorm(2, 6)'), [2, 6, 2, 2]);
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(8, 64)'), { demo: 'norm', request: { params: { kind: 'group' } } }, 'too many groups to draw');
  });

  test('values the demo cannot take fall back to the variant, never to an error', () => {
    assert.deepEqual(target('import torch.nn as nn\nnn.GroupNorm(32, 64)'), { demo: 'norm', request: { params: { kind: 'group' } } });
    assert.deepEqual(target('import torch.nn as nn\nnn.Conv2d(3, 64, 3, stride=s)'), { demo: 'conv2d-backward', request: {} });
    assert.equal(target('from sklearn.svm import SVC\nSVC()'), undefined, 'no walkthrough for this concept');
  });
});
