import * as assert from 'node:assert/strict';
import katex from 'katex';
import { CONCEPT_IDS, familyOf, isConceptId, LANGS } from '../../src/catalog';
import { cardFor, CARDS, type Card } from '../../src/catalog/cards';

/** Everything a card says, in one language or both. */
function text(card: Card, lang?: 'en' | 'zh-cn'): string {
  const langs = lang ? [lang] : LANGS;
  const loc = (t: Record<string, string>) => langs.map((l) => t[l]).join('\n');
  return [
    loc(card.title),
    loc(card.summary),
    card.formula,
    card.formulaText,
    loc(card.shapes),
    ...card.params.flatMap((p) => [p.name, loc(p.meaning), ...Object.values(p.defaults)]),
    ...card.pitfalls.map(loc),
    ...card.why.flatMap((w) => [loc(w.q), loc(w.a)]),
  ].join('\n');
}
const card = (id: string) => {
  const c = cardFor(id);
  assert.ok(c, `no card ${id}`);
  return c;
};
const DEMOS = ['matmul-backward', 'linear-backward', 'conv2d-backward', 'activation', 'norm', 'loss', 'optimizer', 'attention', 'lora', 'diffusion-forward', 'fp16-update', 'perplexity', 'ranking-metrics', 'psnr-ssim'];

suite('catalog: concept cards', () => {
  test('every concept id of CONCEPTS.md has exactly one card', () => {
    const ids = CARDS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate cards');
    assert.deepEqual(CONCEPT_IDS.filter((id) => !cardFor(id)), [], 'concepts without a card');
    assert.deepEqual(ids.filter((id) => !isConceptId(id)), [], 'cards for unknown ids');
  });

  test('every card has every field in both languages', () => {
    for (const c of CARDS) {
      assert.equal(c.family, familyOf(c.id)?.id, `${c.id}: family`);
      for (const l of LANGS) {
        for (const [field, t] of [['title', c.title], ['summary', c.summary], ['shapes', c.shapes]] as const) assert.ok(t[l]?.trim(), `${c.id}: ${field}.${l}`);
        for (const p of c.params) assert.ok(p.name && p.meaning[l]?.trim(), `${c.id}: param ${p.name} ${l}`);
        for (const p of c.pitfalls) assert.ok(p[l]?.trim(), `${c.id}: pitfall ${l}`);
        for (const w of c.why) assert.ok(w.q[l]?.trim() && w.a[l]?.trim(), `${c.id}: why ${l}`);
      }
      assert.ok(c.formulaText.trim(), `${c.id}: formulaText`);
      assert.ok(c.why.length >= 1, `${c.id}: at least one why`);
      assert.ok(c.pitfalls.length >= 1, `${c.id}: at least one pitfall`);
      for (const s of c.seeAlso) assert.ok(isConceptId(s), `${c.id}: seeAlso ${s}`);
      for (const [fw, url] of Object.entries(c.docs)) assert.match(url!, /^https:\/\/[^\s]+$/, `${c.id}: docs ${fw}`);
      if (c.demo) assert.ok(DEMOS.includes(c.demo), `${c.id}: demo ${c.demo}`);
      const zh = text(c, 'zh-cn');
      assert.match(zh, /[\u4e00-\u9fff]/, `${c.id}: the zh-cn text is Chinese`);
    }
  });

  test('every formula renders with KaTeX', () => {
    for (const c of CARDS) {
      if (c.formula) assert.doesNotThrow(() => katex.renderToString(c.formula, { throwOnError: true }), `${c.id}: ${c.formula}`);
    }
  });

  test('the seed facts are on their cards', () => {
    const facts: [string, RegExp][] = [
      ['bce-loss', /0\.28/],
      ['leaky-relu', /0\.01/],
      ['leaky-relu', /αx|α·x|negative_slope/],
      ['resnet', /2048\s*×\s*7\s*×\s*7/],
      ['resnet', /1024\s*×\s*14\s*×\s*14/],
      ['resnet', /64\s*×\s*112\s*×\s*112/],
      ['adam', /1\s*[−-]\s*β₁ᵗ|1-\\beta_1\^t|1 - \\beta_1\^t/],
      ['adam', /bias[- ]correct/i],
      ['sgd-momentum', /1\s*[−-]\s*β/],
      ['sgd-momentum', /dampening/],
      ['matmul', /\[\[1,\s*2,\s*3\],\s*\[4,\s*5,\s*6\]\]/],
      ['matmul', /Bᵀ|B\^\{?\\top|B\.T/],
      ['conv2d', /transpos/i],
      ['lora', /W\s*\+\s*ΔW|W \+ \\Delta W|W′|W'/],
      ['perplexity', /perplexity of 1|困惑度为 1|= 1\b/],
      ['attention', /√d|\\sqrt\{d/],
      ['batch-norm', /\(N,\s*H,\s*W\)/],
      ['group-norm', /C\/G/],
      ['instance-norm', /\(H,\s*W\)/],
      ['huber-loss', /L1|L2/],
      ['mixed-precision', /underflow|下溢/],
      ['diffusion-pipeline', /√\(?1\s*[−-]\s*β|\\sqrt\{1-\\beta|ε|\\epsilon/],
      ['patchgan', /30\s*×\s*30/],
      ['patchgan', /70\s*×\s*70/],
      ['bert', /WordPiece/],
      ['bert', /NSP|next sentence/i],
      ['gradient-boosting', /negative gradient|负梯度/],
    ];
    for (const [id, re] of facts) assert.match(text(card(id)), re, `${id} should state ${re}`);
  });

  test('the pitfalls the product must have', () => {
    const pitfalls = (id: string) => card(id).pitfalls.map((p) => p.en).join('\n');
    assert.match(pitfalls('cross-entropy-loss'), /logit/i);
    assert.match(pitfalls('cross-entropy-loss'), /softmax/i);
    assert.match(pitfalls('bce-loss') + pitfalls('bce-with-logits-loss'), /BCEWithLogitsLoss/);
    assert.match(pitfalls('adam') + pitfalls('adamw'), /AdamW/);
    assert.match(pitfalls('batch-norm'), /eval/);
    assert.match(pitfalls('layer-norm'), /trailing/);
    assert.match(pitfalls('sgd-momentum'), /1\s*[−-]\s*β|dampening/);
    assert.match(pitfalls('softmax'), /dim/);
    assert.match(pitfalls('dropout'), /training=self\.training|F\.dropout/);
    assert.match(pitfalls('mixed-precision'), /scal/i);
    assert.match(pitfalls('lora'), /alpha/);
  });
});
