import * as assert from 'node:assert/strict';
import { analyzeText, PythonParser, scanBytes, type Detection } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});

/** Detections as "line:symbol" (1-based lines) for compact expectations. */
function found(src: string): string[] {
  return analyzeText(parser, src).map((d) => `${d.startPoint.row + 1}:${d.symbol}`);
}
function only(src: string): Detection {
  const all = analyzeText(parser, src);
  assert.equal(all.length, 1, `expected one detection, got ${all.map((d) => d.symbol).join(', ')}`);
  return all[0];
}
const argsOf = (d: Detection) => Object.fromEntries(d.args.map((a) => [a.param, a.value]));

suite('analysis: import forms', () => {
  test('import a.b as x / import a.b / from a.b import c as d / from a import b', () => {
    assert.deepEqual(found('import torch.nn as nn\nnn.Linear(1, 2)'), ['2:torch.nn.Linear']);
    assert.deepEqual(found('import torch.nn\ntorch.nn.Linear(1, 2)'), ['2:torch.nn.Linear']);
    assert.deepEqual(found('import torch\ntorch.nn.functional.relu(x)'), ['2:torch.nn.functional.relu']);
    assert.deepEqual(found('from torch.optim import AdamW as Opt\nOpt(p)'), ['2:torch.optim.AdamW']);
    assert.deepEqual(found('from torch import nn, optim\nnn.GELU()\noptim.SGD(p)'), ['2:torch.nn.GELU', '3:torch.optim.SGD']);
    assert.deepEqual(found('import torch.nn.functional as F\nF.cross_entropy(a, b)'), ['2:torch.nn.functional.cross_entropy']);
    assert.deepEqual(found('from torch.nn import (\n    Linear,\n    LayerNorm as LN,\n)\nLinear(1, 2)\nLN(4)'), ['5:torch.nn.Linear', '6:torch.nn.LayerNorm']);
  });

  test('tf.keras, tensorflow.keras and keras meet at keras.X', () => {
    assert.deepEqual(found('import tensorflow as tf\ntf.keras.layers.Dense(3)'), ['2:keras.layers.Dense']);
    assert.deepEqual(found('from tensorflow import keras\nkeras.layers.Dense(3)'), ['2:keras.layers.Dense']);
    assert.deepEqual(found('from tensorflow.keras import layers\nlayers.Dense(3)'), ['2:keras.layers.Dense']);
    assert.deepEqual(found('import keras\nkeras.layers.Dense(3)'), ['2:keras.layers.Dense']);
    assert.deepEqual(found('from keras.layers import Dense\nDense(3)'), ['2:keras.layers.Dense']);
  });

  test('internal module paths resolve to the public API', () => {
    assert.deepEqual(found('from torch.nn.modules.normalization import LayerNorm\nLayerNorm(8)'), ['2:torch.nn.LayerNorm']);
    assert.deepEqual(found('from sklearn.linear_model._logistic import LogisticRegression\nLogisticRegression()'), ['2:sklearn.linear_model.LogisticRegression']);
  });

  test('relative imports and star imports are not the API', () => {
    assert.deepEqual(found('from .layers import LayerNorm\nLayerNorm(8)'), []);
    assert.deepEqual(found('from . import nn\nnn.Linear(1, 2)'), []);
    assert.deepEqual(found('from torch.nn import *\nLinear(1, 2)'), []);
  });

  test('try: import x / except ImportError: import y as x keeps both', () => {
    const src = 'try:\n    import xgboost as xgb\nexcept ImportError:\n    xgb = None\nxgb.XGBClassifier()';
    assert.deepEqual(found(src), ['5:xgboost.XGBClassifier']);
    const alt = 'try:\n    from tensorflow import keras\nexcept ImportError:\n    import keras\nkeras.layers.Dense(2)';
    assert.deepEqual(found(alt), ['5:keras.layers.Dense']);
    const alt2 = 'try:\n    import mylib as nn\nexcept ImportError:\n    import torch.nn as nn\nnn.Linear(1, 2)';
    assert.deepEqual(found(alt2), ['5:torch.nn.Linear'], 'the fallback path is tried when the primary is unknown');
  });

  test('function-local imports work in that function only', () => {
    const src = 'def f(x):\n    import torch.nn.functional as F\n    return F.relu(x)\ndef g(x):\n    return F.relu(x)';
    assert.deepEqual(found(src), ['3:torch.nn.functional.relu']);
  });
});

suite('analysis: scopes and shadowing', () => {
  const head = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n';
  test('parameters, assignments, loop/with/except targets shadow the import', () => {
    assert.deepEqual(found(`${head}def f(nn):\n    return nn.Linear(1, 2)`), []);
    assert.deepEqual(found(`${head}def f():\n    F = feats()\n    return F.relu(x)`), []);
    assert.deepEqual(found(`${head}def f():\n    y = F.relu(x)\n    F = 3`), [], 'a name bound anywhere in a function is local throughout it');
    assert.deepEqual(found(`${head}for nn in mods:\n    nn.Linear(1, 2)`), []);
    assert.deepEqual(found(`${head}with open(p) as torch:\n    torch.softmax(x, 0)`), []);
    assert.deepEqual(found(`${head}try:\n    pass\nexcept Exception as F:\n    F.relu(x)`), []);
    assert.deepEqual(found(`${head}def f(*nn, **F):\n    nn.Linear(1, 2); F.relu(x)`), []);
    assert.deepEqual(found(`${head}g = lambda nn: nn.Linear(1, 2)`), []);
  });

  test('comprehension variables are local to the comprehension', () => {
    assert.deepEqual(found(`${head}ys = [nn.Linear(1, 2) for nn in mods]`), []);
    assert.deepEqual(found(`${head}ys = [nn.Linear(i, 2) for i in range(3)]`), ['4:torch.nn.Linear']);
  });

  test('module level: the latest binding before the use counts; del unbinds', () => {
    assert.deepEqual(found(`${head}nn.GELU()\nnn = None\nnn.GELU()`), ['4:torch.nn.GELU']);
    assert.deepEqual(found(`${head}del nn\nnn.GELU()`), []);
    assert.deepEqual(found(`${head}del nn\nimport torch.nn as nn\nnn.GELU()`), ['6:torch.nn.GELU']);
  });

  test('class bodies do not shadow names inside their methods', () => {
    const src = `${head}class M:\n    nn = 3\n    x = nn\n    def f(self):\n        return nn.Linear(1, 2)`;
    assert.deepEqual(found(src), ['8:torch.nn.Linear']);
  });

  test('global makes a function assignment rebind the module name', () => {
    const src = `${head}def setup():\n    global F\n    F = 1\n    F.relu(x)`;
    assert.deepEqual(found(src), [], 'the function refers to the module F, which it rebinds');
  });

  test('functions may use imports that come later in the file', () => {
    assert.deepEqual(found('def f():\n    return nn.ReLU()\nimport torch.nn as nn'), ['2:torch.nn.ReLU']);
  });

  test('strings and comments are not code; f-string expressions are', () => {
    assert.deepEqual(found(`${head}s = "nn.Linear(1, 2)"  # nn.ReLU()\n'''F.relu(x)'''`), []);
    assert.deepEqual(found(`${head}s = f"{nn.GELU()}"`), ['4:torch.nn.GELU']);
  });

  test('walrus in a comprehension binds in the enclosing function', () => {
    assert.deepEqual(found(`${head}def f():\n    [F := 1 for _ in x]\n    F.relu(x)`), []);
  });
});

suite('analysis: reference kinds', () => {
  const head = 'import torch\nimport torch.nn as nn\nfrom functools import partial\n';
  const kinds = (src: string) => analyzeText(parser, head + src).map((d) => `${d.kind}:${d.symbol.split('.').pop()}`);
  test('calls, bare references, partial, bases, decorators, isinstance, annotations', () => {
    assert.deepEqual(kinds('nn.Linear(1, 2)'), ['call:Linear']);
    assert.deepEqual(kinds('def block(act_layer=nn.GELU): pass'), ['reference:GELU']);
    assert.deepEqual(kinds('conv = partial(nn.Conv2d, kernel_size=3)'), ['reference:Conv2d']);
    assert.deepEqual(kinds('class MyNorm(nn.LayerNorm): pass'), ['base:LayerNorm']);
    assert.deepEqual(kinds('@torch.autocast("cuda")\ndef f(): pass'), ['decorator:autocast']);
    assert.deepEqual(kinds('isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d))'), ['isinstance:BatchNorm1d', 'isinstance:BatchNorm2d']);
    assert.deepEqual(kinds('def f(norm: nn.LayerNorm) -> nn.Linear: pass'), ['annotation:LayerNorm', 'annotation:Linear']);
    assert.deepEqual(kinds('x: nn.Linear = make()'), ['annotation:Linear']);
  });

  test('each reference once, as the longest known prefix of the chain', () => {
    assert.deepEqual(found('import torch\ntorch.nn.functional.relu(x)'), ['2:torch.nn.functional.relu']);
    assert.deepEqual(found('from transformers import AutoModel\nm = AutoModel.from_pretrained("gpt2")'), ['2:transformers.AutoModel']);
    assert.deepEqual(found('import torch\nx = torch.nn.Linear(2, 2).weight'), ['2:torch.nn.Linear']);
  });

  test('instance uses are not references', () => {
    assert.deepEqual(found(`${head}self.relu(x)\noptimizer.step()\nloss.backward()\nmodel(x)`), []);
  });

  test('tensor methods count only where unambiguous', () => {
    const t = 'import torch\n';
    assert.deepEqual(found(`${t}p = logits.softmax(-1)`), ['2:torch.softmax']);
    assert.deepEqual(found(`${t}p = logits.softmax(dim=-1)`), ['2:torch.softmax']);
    assert.deepEqual(found(`${t}h = x.relu()\ny = a.mm(b)\nz = q.matmul(k)`), ['2:torch.relu', '3:torch.mm', '4:torch.matmul']);
    assert.deepEqual(found(`${t}self.softmax(x)\nself.relu(x)\nx.relu(inplace)`), []);
    assert.deepEqual(found('import numpy as np\np = logits.softmax(-1)'), [], 'no torch import: ambiguous');
    assert.deepEqual(found(`${t}import numpy as np\nnp.matmul(a, b)`), [], 'a module function is not a tensor method');
    const d = only(`${t}p = logits.log_softmax(dim=-1)`);
    assert.deepEqual(argsOf(d), { input: { expr: 'logits' }, dim: -1 });
  });
});

suite('analysis: arguments', () => {
  test('positional and keyword arguments map onto the signature, literals evaluated', () => {
    const d = only('import torch.nn as nn\nnn.Conv2d(3, 64, 7, 2, 3, bias=False)');
    assert.deepEqual(argsOf(d), { in_channels: 3, out_channels: 64, kernel_size: 7, stride: 2, padding: 3, bias: false });
  });

  test('tuples, unary minus, arithmetic, strings, None and module constants', () => {
    const src = 'import torch\nHIDDEN = 128\nBETAS = (0.9, 0.95)\nLR = 3e-4\nopt = torch.optim.AdamW(p, lr=LR * 2, betas=BETAS, eps=-(-1e-8), weight_decay=0, fused=None)\nnorm = torch.nn.LayerNorm([HIDDEN // 2, 4], eps=1e-5)\nloss = torch.nn.CrossEntropyLoss(reduction="sum")';
    const [opt, norm, loss] = analyzeText(parser, src);
    assert.deepEqual(argsOf(opt), { params: { expr: 'p' }, lr: 6e-4, betas: [0.9, 0.95], eps: 1e-8, weight_decay: 0, fused: null });
    assert.deepEqual(argsOf(norm), { normalized_shape: [64, 4], eps: 1e-5 });
    assert.deepEqual(argsOf(loss), { reduction: 'sum' });
  });

  test('a shadowed or reassigned constant is not evaluated', () => {
    const src = 'import torch.nn as nn\nH = 8\nH = 16\nD = 4\ndef f(D):\n    return nn.Linear(H, D)';
    assert.deepEqual(argsOf(only(src)), { in_features: { expr: 'H' }, out_features: { expr: 'D' } });
  });

  test('concepts follow arguments: SGD momentum, from_logits, non-literal counts', () => {
    const concept = (src: string) => only(src).concept;
    assert.equal(concept('import torch\ntorch.optim.SGD(p, lr=0.1)'), 'sgd');
    assert.equal(concept('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0.9)'), 'sgd-momentum');
    assert.equal(concept('import torch\ntorch.optim.SGD(p, 0.1, 0.9)'), 'sgd-momentum');
    assert.equal(concept('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=0)'), 'sgd');
    assert.equal(concept('import torch\ntorch.optim.SGD(p, lr=0.1, momentum=m)'), 'sgd-momentum');
    assert.equal(concept('from tensorflow import keras\nkeras.losses.BinaryCrossentropy(from_logits=True)'), 'bce-with-logits-loss');
    assert.equal(concept('from tensorflow import keras\nkeras.losses.BinaryCrossentropy()'), 'bce-loss');
    assert.equal(concept('import optax\noptax.sgd(1e-2, momentum=0.9)'), 'sgd-momentum');
  });

  test('*args and **kwargs are kept as unpacked arguments', () => {
    assert.deepEqual(argsOf(only('import torch.nn as nn\nnn.Linear(*dims, **kw)')), { '*': { expr: '*dims' }, '**': { expr: '**kw' } });
  });
});

suite('analysis: frameworks', () => {
  const cases: [string, string, string][] = [
    ['import torch.nn as nn\nnn.BatchNorm2d(64)', 'torch.nn.BatchNorm2d', 'batch-norm'],
    ['from tensorflow.keras import layers\nlayers.LayerNormalization()', 'keras.layers.LayerNormalization', 'layer-norm'],
    ['import tensorflow as tf\ntf.nn.relu(x)', 'tensorflow.nn.relu', 'relu'],
    ['import jax\njax.nn.gelu(x)', 'jax.nn.gelu', 'gelu'],
    ['import flax.linen as nn\nnn.Dense(features=10)', 'flax.linen.Dense', 'linear'],
    ['from flax import nnx\nnnx.Linear(2, 3, rngs=rngs)', 'flax.nnx.Linear', 'linear'],
    ['import optax\noptax.adamw(1e-3)', 'optax.adamw', 'adamw'],
    ['from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier(n_estimators=100)', 'sklearn.ensemble.RandomForestClassifier', 'random-forest'],
    ['from sklearn import svm\nsvm.SVC(kernel="rbf")', 'sklearn.svm.SVC', 'svm'],
    ['import xgboost as xgb\nxgb.XGBRegressor()', 'xgboost.XGBRegressor', 'gradient-boosting'],
    ['import lightgbm as lgb\nlgb.train(params, d)', 'lightgbm.train', 'gradient-boosting'],
    ['from catboost import CatBoostClassifier\nCatBoostClassifier()', 'catboost.CatBoostClassifier', 'gradient-boosting'],
    ['from transformers import BertModel\nBertModel.from_pretrained("bert-base-uncased")', 'transformers.BertModel', 'bert'],
    ['from peft import LoraConfig\nLoraConfig(r=8, lora_alpha=16)', 'peft.LoraConfig', 'lora'],
    ['from diffusers import DDPMScheduler\nDDPMScheduler(num_train_timesteps=1000)', 'diffusers.DDPMScheduler', 'noise-scheduler'],
    ['import torchmetrics\ntorchmetrics.Accuracy(task="multiclass", num_classes=10)', 'torchmetrics.Accuracy', 'accuracy'],
    ['import deepspeed\ndeepspeed.initialize(model=m)', 'deepspeed.initialize', 'zero-sharding'],
  ];
  for (const [src, symbol, concept] of cases) {
    test(`${symbol} → ${concept}`, () => {
      const d = only(src);
      assert.equal(d.symbol, symbol);
      assert.equal(d.concept, concept);
    });
  }
});

suite('analysis: robustness', () => {
  test('broken code: the intact parts still yield their constructs', () => {
    const src = 'import torch.nn as nn\ndef broken(:\n    x = (\nclass Ok(nn.Module):\n    def __init__(self):\n        self.fc = nn.Linear(4, 2)\nopt = nn.ReLU()';
    const got = found(src);
    assert.ok(got.includes('6:torch.nn.Linear'), got.join(', '));
    assert.ok(got.includes('7:torch.nn.ReLU'), got.join(', '));
  });

  test('non-ASCII text: columns count characters, not UTF-16 units or bytes', () => {
    const records = scanBytes(parser, 'x.py', new TextEncoder().encode('import torch.nn as nn\ns = "😀中文"; y = nn.GELU()  # 激活\n'));
    assert.equal(records.length, 1);
    assert.deepEqual([records[0].line, records[0].col, records[0].endCol], [2, 15, 22]);
  });

  test('empty input, only comments, NUL bytes and a very long line do not throw', () => {
    assert.deepEqual(found(''), []);
    assert.deepEqual(found('# just a comment\n'), []);
    assert.doesNotThrow(() => found('import torch.nn as nn\x00\nnn.ReLU()\x00\n'));
    assert.deepEqual(found(`import torch.nn as nn\nx = [${'1, '.repeat(5000)}]; nn.ReLU()`), ['2:torch.nn.ReLU']);
  });
});
