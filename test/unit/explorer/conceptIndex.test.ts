import * as assert from 'node:assert/strict';
import { CARDS } from '../../../src/catalog/cards';
import { conceptEntries, conceptGroups, searchConcepts } from '../../../src/catalog/conceptIndex';
import { CONCEPT_IDS, FAMILIES } from '../../../src/catalog/concepts';
import { SEED_CONCEPTS } from '../../../src/catalog/seed';
import { firstSentences } from '../../../src/catalog/text';

const entries = conceptEntries();
const ids = (hits: { entry: { id: string } }[]) => hits.map((h) => h.entry.id);

suite('explorer: concept index', () => {
  test('every concept once, family by family, with its card title and summary in both languages', () => {
    assert.equal(entries.length, CONCEPT_IDS.length);
    assert.deepEqual([...entries.map((e) => e.id)].sort(), [...CONCEPT_IDS].sort());
    assert.deepEqual([...new Set(entries.map((e) => e.family.id))], FAMILIES.map((f) => f.id));
    const card = CARDS.find((c) => c.id === 'layer-norm')!;
    const ln = entries.find((e) => e.id === 'layer-norm')!;
    assert.deepEqual(ln.title, card.title);
    assert.deepEqual(ln.summary, card.summary);
    assert.equal(ln.demo, 'norm');
    for (const e of entries) assert.ok(e.title.en && e.title['zh-cn'] && e.summary.en && e.summary['zh-cn'], `${e.id} lacks a title or summary`);
  });

  test('seed topics are real concept ids and come first within their family, in the family order', () => {
    for (const id of SEED_CONCEPTS) assert.ok(CONCEPT_IDS.includes(id), `${id} is not a concept id`);
    const optimizers = entries.filter((e) => e.family.id === 'optimizers').map((e) => e.id);
    assert.deepEqual(optimizers.slice(0, 6), ['sgd', 'sgd-momentum', 'adam', 'weight-decay', 'mixed-precision', 'zero-sharding']);
    assert.equal(optimizers[6], 'adamw');
    const classical = entries.filter((e) => e.family.id === 'classical-ml');
    const firstNonSeed = classical.findIndex((e) => !e.seed);
    assert.equal(firstNonSeed, 9);
    assert.ok(classical.slice(firstNonSeed).every((e) => !e.seed));
  });

  test('symbols include those that reach a concept through an argument rule', () => {
    const sgdMomentum = entries.find((e) => e.id === 'sgd-momentum')!;
    assert.ok(sgdMomentum.symbols.includes('torch.optim.SGD'), sgdMomentum.symbols.join(', '));
    const ln = entries.find((e) => e.id === 'layer-norm')!;
    assert.ok(ln.symbols.includes('torch.nn.LayerNorm'));
    assert.ok(ln.frameworks.includes('keras') && ln.frameworks.includes('pytorch'));
  });
});

suite('explorer: search', () => {
  test('a title: exact first, then prefixes', () => {
    const hits = searchConcepts(entries, 'adam', 'en');
    assert.deepEqual(ids(hits).slice(0, 3), ['adam', 'adamw', 'adamax']);
    assert.equal(hits[0].score, 0);
    assert.equal(hits[0].field, 'title');
  });

  test('a symbol, with or without its module path, names the concept', () => {
    for (const q of ['LayerNorm', 'nn.LayerNorm', 'torch.nn.LayerNorm', 'layernorm']) {
      const [first] = searchConcepts(entries, q, 'en');
      assert.equal(first.entry.id, 'layer-norm', q);
      assert.equal(first.field, 'symbol');
      assert.equal(first.matched, 'torch.nn.LayerNorm');
    }
    // The user's alias is not in the canonical path: its last name still finds the function.
    const [ce] = searchConcepts(entries, 'F.cross_entropy', 'en');
    assert.equal(ce.entry.id, 'cross-entropy-loss');
    assert.equal(ce.matched, 'torch.nn.functional.cross_entropy');
  });

  test('either language finds a concept; the other language is reported as the match', () => {
    const [zh] = searchConcepts(entries, '层归一化', 'en');
    assert.equal(zh.entry.id, 'layer-norm');
    assert.equal(zh.field, 'other-title');
    const [en] = searchConcepts(entries, 'layer normalization', 'zh-cn');
    assert.equal(en.entry.id, 'layer-norm');
    const [own] = searchConcepts(entries, '层归一化', 'zh-cn');
    assert.equal(own.field, 'title');
  });

  test('ids with hyphens or spaces, summaries, and words spread over fields', () => {
    assert.equal(searchConcepts(entries, 'kl div', 'en')[0].entry.id, 'kl-div-loss');
    assert.equal(searchConcepts(entries, 'kl-div', 'en')[0].entry.id, 'kl-div-loss');
    const summary = searchConcepts(entries, 'two moving averages', 'en');
    assert.ok(summary.some((h) => h.entry.id === 'adam' && h.field === 'summary'), ids(summary).join(', '));
    const words = searchConcepts(entries, 'optax adamw', 'en');
    assert.equal(words[0].entry.id, 'adamw');
    assert.equal(words[0].field, 'words');
  });

  test('nothing for an empty query or a word no concept has', () => {
    assert.deepEqual(searchConcepts(entries, '   ', 'en'), []);
    assert.deepEqual(searchConcepts(entries, 'qwxzv', 'en'), []);
  });
});

suite('explorer: groups and filter', () => {
  test('no filter: every family with all its concepts', () => {
    const groups = conceptGroups(entries, '', 'en');
    assert.deepEqual(groups.map((g) => g.family.id), FAMILIES.map((f) => f.id));
    assert.equal(groups.reduce((n, g) => n + g.concepts.length, 0), CONCEPT_IDS.length);
  });

  test('a filter keeps the matching concepts and the families that hold them, in tree order', () => {
    const groups = conceptGroups(entries, 'norm', 'en');
    const normalization = groups.find((g) => g.family.id === 'normalization')!;
    assert.deepEqual(normalization.concepts.map((c) => c.id), ['batch-norm', 'layer-norm', 'group-norm', 'instance-norm', 'rms-norm']);
    assert.ok(!groups.some((g) => g.family.id === 'losses'), groups.map((g) => g.family.id).join(', '));
    assert.deepEqual(conceptGroups(entries, 'qwxzv', 'en'), []);
    // Summaries do not count: "moving averages" is in Adam's summary, not in any name.
    assert.deepEqual(conceptGroups(entries, 'two moving averages', 'en'), []);
  });
});

suite('explorer: one-line summaries', () => {
  test('the first sentence in English and Chinese; decimals do not end a sentence', () => {
    assert.equal(firstSentences('LeakyReLU keeps a slope α (0.01 by default) for x < 0. Its gradient is never zero.', 1), 'LeakyReLU keeps a slope α (0.01 by default) for x < 0.');
    assert.equal(firstSentences('动量维护一个速度 v，沿 v 走一步。相邻梯度方向一致时速度越积越大。', 1), '动量维护一个速度 v，沿 v 走一步。');
    assert.equal(firstSentences('One. Two! Three?', 2), 'One. Two!');
    assert.equal(firstSentences('No end mark', 1), 'No end mark');
  });

  test('every card summary starts with its first sentence, in both languages', () => {
    for (const c of CARDS) {
      for (const lang of ['en', 'zh-cn'] as const) {
        const first = firstSentences(c.summary[lang], 1);
        assert.ok(first.length >= 8 && c.summary[lang].startsWith(first), `${c.id} ${lang}: "${first}"`);
      }
    }
  });
});
