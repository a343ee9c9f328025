import * as assert from 'node:assert/strict';
import { isConceptId } from '../../src/catalog';
import { allSymbols, lookupSymbol } from '../../src/catalog/symbols';
import { parseSignature } from '../../src/catalog/symbols/signature';

const SYMBOLS = allSymbols();

suite('catalog: API symbol table', () => {
  test('every entry maps to a known concept (and its rules too)', () => {
    for (const e of SYMBOLS) {
      assert.ok(isConceptId(e.concept), `${e.symbol} → unknown concept ${e.concept}`);
      for (const r of e.rules) {
        assert.ok(isConceptId(r.concept), `${e.symbol} rule → unknown concept ${r.concept}`);
        assert.ok(e.params.some((p) => p.name === r.param), `${e.symbol}: rule on missing parameter ${r.param}`);
      }
    }
  });

  test('canonical paths are unique and look like module paths', () => {
    const seen = new Set<string>();
    for (const e of SYMBOLS) {
      assert.match(e.symbol, /^[a-z_][\w]*(\.[A-Za-z_]\w*)+$/, e.symbol);
      assert.ok(!seen.has(e.symbol), `${e.symbol} twice`);
      seen.add(e.symbol);
      assert.ok(!/^tensorflow\.keras\./.test(e.symbol), `${e.symbol}: tf.keras symbols are canonical as keras.X`);
    }
  });

  test('internal and re-exported paths resolve to the public one', () => {
    assert.equal(lookupSymbol('torch.nn.modules.normalization.LayerNorm')?.symbol, 'torch.nn.LayerNorm');
    assert.equal(lookupSymbol('torch.nn.modules.linear.Linear')?.symbol, 'torch.nn.Linear');
    assert.equal(lookupSymbol('torch.optim.adam.Adam')?.symbol, 'torch.optim.Adam');
    assert.equal(lookupSymbol('torch.nn.LayerNormX'), undefined);
    assert.equal(lookupSymbol('os.path.join'), undefined);
  });

  test('signatures parse in documentation syntax', () => {
    const p = parseSignature("(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, *, foreach=None, k=float('inf'), **kwargs)");
    assert.deepEqual(p.map((x) => x.kind), ['positional', 'positional', 'positional', 'positional', 'keyword-only', 'keyword-only', 'var-keyword']);
    assert.deepEqual(p[2].default, [0.9, 0.999]);
    assert.equal(p[3].default, 1e-8);
    assert.equal(p[4].default, null);
    assert.deepEqual(p[5].default, { expr: "float('inf')" });
    assert.equal(p[0].default, undefined);
    assert.deepEqual(parseSignature('(x, /, y)').map((x) => x.kind), ['positional-only', 'positional']);
    assert.throws(() => parseSignature('(a, a)'), /appears twice/);
    assert.throws(() => parseSignature('(a b)'), /expected/);
  });
});

suite('catalog: symbol table coverage', () => {
  test('at least 450 canonical API names, every framework of the brief present', () => {
    assert.ok(SYMBOLS.length >= 450, `${SYMBOLS.length} symbols`);
    const per = new Map<string, number>();
    for (const e of SYMBOLS) per.set(e.framework, (per.get(e.framework) ?? 0) + 1);
    for (const fw of ['pytorch', 'keras', 'tensorflow', 'jax', 'flax', 'optax', 'sklearn', 'xgboost', 'lightgbm', 'catboost', 'transformers', 'peft', 'diffusers', 'torchmetrics', 'deepspeed']) {
      assert.ok((per.get(fw) ?? 0) > 0, `no ${fw} symbols`);
    }
  });

  test('keras and tf.keras paths meet at keras.X; sklearn private modules at the public path', () => {
    assert.equal(lookupSymbol('tensorflow.keras.layers.BatchNormalization')?.symbol, 'keras.layers.BatchNormalization');
    assert.equal(lookupSymbol('keras.src.layers.normalization.batch_normalization.BatchNormalization')?.symbol, 'keras.layers.BatchNormalization');
    assert.equal(lookupSymbol('sklearn.linear_model._logistic.LogisticRegression')?.symbol, 'sklearn.linear_model.LogisticRegression');
    assert.equal(lookupSymbol('transformers.models.bert.modeling_bert.BertModel')?.concept, 'bert');
  });

  test('mapping conventions of CONCEPTS.md', () => {
    const concept = (p: string) => lookupSymbol(p)?.concept;
    assert.equal(concept('torch.nn.ReLU6'), 'relu');
    assert.equal(concept('transformers.GPT2LMHeadModel'), 'gpt');
    assert.equal(concept('transformers.AutoModelForCausalLM'), 'transformer');
    assert.equal(concept('transformers.AutoTokenizer'), 'tokenizer');
    assert.equal(concept('peft.LoraConfig'), 'lora');
    assert.equal(concept('peft.get_peft_model'), 'peft-adapter');
    assert.equal(concept('xgboost.XGBClassifier'), 'gradient-boosting');
    assert.equal(concept('lightgbm.train'), 'gradient-boosting');
    assert.equal(concept('sklearn.ensemble.ExtraTreesClassifier'), 'extra-trees');
    assert.equal(concept('keras.layers.GlobalAveragePooling2D'), 'global-avg-pool');
    assert.equal(concept('sklearn.metrics.mean_squared_error'), 'mse-loss');
    assert.equal(concept('sklearn.metrics.mean_absolute_error'), 'l1-loss');
    assert.equal(concept('optax.adamw'), 'adamw');
    assert.equal(concept('flax.linen.LayerNorm'), 'layer-norm');
  });
});

suite('catalog: every documented signature parses', () => {
  test('all signatures in the table parse, without duplicate parameters', () => {
    for (const e of SYMBOLS) {
      assert.doesNotThrow(() => e.params, `${e.symbol}: ${e.signature}`);
      assert.ok(Array.isArray(e.params));
    }
  });
});
