import * as assert from 'node:assert/strict';
import { analyzeText, interpretCall, PythonParser, showValue, type CallInterpretation } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});

function interpret(src: string, index = 0): CallInterpretation {
  const d = analyzeText(parser, src)[index];
  assert.ok(d, `nothing detected in ${src}`);
  return interpretCall(d);
}
const facts = (i: CallInterpretation) => i.facts.map((f) => f.en).join('\n');
const warnings = (i: CallInterpretation) => i.warnings.map((f) => f.en).join('\n');
const arg = (i: CallInterpretation, name: string) => {
  const a = i.args.find((x) => x.name === name);
  return a && { value: showValue(a.value), given: a.given };
};

suite('analysis: interpreting a call', () => {
  test('nn.Conv2d(3, 64, 7, 2, 3): output size with these numbers, 9,408 weights', () => {
    const i = interpret('import torch.nn as nn\nnn.Conv2d(3, 64, 7, 2, 3)');
    assert.match(facts(i), /H_out = ⌊\(H \+ 2·3 − 1·\(7 − 1\) − 1\) \/ 2⌋ \+ 1/);
    assert.match(facts(i), /224 → 112/);
    assert.match(facts(i), /3·64·7·7 = 9,408 weights \+ 64 bias = 9,472/);
    assert.deepEqual(arg(i, 'dilation'), { value: '1', given: false });
    assert.deepEqual(arg(i, 'padding_mode'), { value: '"zeros"', given: false });
    assert.deepEqual(arg(i, 'stride'), { value: '2', given: true });
  });

  test('nn.Conv2d(..., bias=False) and groups', () => {
    assert.match(facts(interpret('import torch.nn as nn\nnn.Conv2d(3, 64, 7, 2, 3, bias=False)')), /= 9,408 weights \(no bias\)/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.Conv2d(32, 32, 3, padding=1, groups=32)')), /32·32·3·3\/32 = 288 weights/);
  });

  test('nn.Linear(512, 10): 5,130 parameters', () => {
    assert.match(facts(interpret('import torch.nn as nn\nnn.Linear(512, 10)')), /512·10 \+ 10 = 5,130/);
  });

  test('Adam(lr=3e-4): betas (0.9, 0.999), eps 1e-8 filled in; bias-corrected first step', () => {
    const i = interpret('import torch\ntorch.optim.Adam(model.parameters(), lr=3e-4)');
    assert.deepEqual(arg(i, 'betas'), { value: '(0.9, 0.999)', given: false });
    assert.deepEqual(arg(i, 'eps'), { value: '1e-8', given: false });
    assert.match(facts(i), /first step is lr·g\/\(\|g\| \+ ε\) ≈ ±0.0003/);
    assert.match(facts(i), /1\/\(1−β₁\) = 10 steps/);
    assert.equal(warnings(i), '');
  });

  test('Adam with weight_decay warns toward AdamW; AdamW shows its decoupled decay', () => {
    assert.match(warnings(interpret('import torch\ntorch.optim.Adam(p, lr=1e-3, weight_decay=1e-2)')), /use AdamW/);
    const w = interpret('import torch\ntorch.optim.AdamW(p, lr=1e-3)');
    assert.deepEqual(arg(w, 'weight_decay'), { value: '0.01', given: false });
    assert.match(facts(w), /1 − lr·λ = 1 − 0.001·0.01 = 0.99999/);
  });

  test('SGD momentum: the effective step', () => {
    assert.match(facts(interpret('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0.9)')), /effective step is 10× lr/);
    assert.equal(facts(interpret('import torch\ntorch.optim.SGD(p, lr=0.1)')), '');
  });

  test('norms, embedding, dropout, leaky relu, attention, LoRA, Huber', () => {
    assert.match(facts(interpret('import torch.nn as nn\nnn.LayerNorm(512)')), /last dimension only \(size 512\)/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.BatchNorm2d(64)')), /128 learned parameters.*128 running statistics/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.BatchNorm2d(64)')), /\(1 − 0.1\)·running \+ 0.1·batch/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.GroupNorm(4, 32)')), /4 groups of 8 channels/);
    assert.match(warnings(interpret('import torch.nn as nn\nnn.GroupNorm(5, 32)')), /divisible/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.Embedding(30522, 768)')), /23,440,896 parameters/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.Dropout(0.1)')), /zeroes 10 % .* 1\.111/);
    assert.match(warnings(interpret('import torch.nn.functional as F\nF.dropout(x, 0.2)')), /training=self\.training/);
    assert.equal(warnings(interpret('import torch.nn.functional as F\nF.dropout(x, 0.2, training=self.training)')), '');
    assert.match(facts(interpret('import torch.nn as nn\nnn.LeakyReLU(0.2)')), /0\.2·x otherwise/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.LeakyReLU()')), /0\.01·x otherwise/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.MultiheadAttention(512, 8)')), /8 heads of size 64; .*1\/√64.*1,050,624/);
    assert.match(facts(interpret('from peft import LoraConfig\nLoraConfig(r=8, lora_alpha=16)')), /alpha\/r = 16\/8 = 2/);
    assert.match(facts(interpret('import torch.nn as nn\nnn.HuberLoss(delta=0.5)')), /Quadratic for \|error\| < 0.5/);
  });

  test('pitfalls that apply to this call only', () => {
    assert.match(warnings(interpret('import torch.nn as nn\nnn.Softmax()')), /No dim given/);
    assert.equal(warnings(interpret('import torch.nn as nn\nnn.Softmax(dim=-1)')), '');
    assert.match(warnings(interpret('import torch.nn.functional as F\nF.softmax(x)')), /No dim given/);
    assert.equal(warnings(interpret('import torch\np = x.softmax(-1)')), '');
    assert.match(warnings(interpret('import torch.nn as nn\nnn.CrossEntropyLoss()')), /raw logits/);
    assert.match(warnings(interpret('import torch.nn as nn\nnn.BCELoss()')), /BCEWithLogitsLoss/);
    assert.equal(interpret('from tensorflow import keras\nkeras.losses.BinaryCrossentropy(from_logits=True)').warnings.length, 0);
  });

  test('non-literal arguments are shown as written, never guessed', () => {
    const i = interpret('import torch.nn as nn\nnn.Linear(d_model, 4 * d_model)');
    assert.deepEqual(arg(i, 'in_features'), { value: 'd_model', given: true });
    assert.equal(facts(i), '');
  });
});
