import * as assert from 'node:assert/strict';
import { CONCEPT_IDS, FAMILIES, familyOf, isConceptId } from '../../src/catalog';
import { DEMOS } from '../../src/models';

suite('catalog: concept ids', () => {
  test('ids are unique kebab-case, in twelve families', () => {
    assert.equal(FAMILIES.length, 12);
    assert.equal(new Set(CONCEPT_IDS).size, CONCEPT_IDS.length);
    for (const id of CONCEPT_IDS) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, id);
    assert.equal(CONCEPT_IDS.length, 122, "the ids listed in CONCEPTS.md");
  });

  test('family lookup and both languages for every family title', () => {
    assert.equal(familyOf('layer-norm')?.id, 'normalization');
    assert.equal(familyOf('matmul')?.id, 'layers');
    assert.equal(isConceptId('layernorm'), false);
    for (const f of FAMILIES) {
      assert.ok(f.title.en && f.title['zh-cn'], f.id);
    }
  });

  test('every demo belongs to a known concept', () => {
    for (const d of DEMOS) assert.ok(isConceptId(d.concept), `${d.id} → ${d.concept}`);
  });
});
