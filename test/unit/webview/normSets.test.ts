import * as assert from 'node:assert/strict';
import type { NormKind } from '../../../src/models/norm';
import { flatOf, groupChoices, membersOf, nchwOf, statCount, statDims, statIndexLabel, statOf, statSpan, type NormLayout } from '../../../webview/demos/normSets';
import { torchFixture } from '../helpers';

const layout = (kind: NormKind, dims: number[], groups = 2): NormLayout => ({ kind, dims, groups });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

suite('norm picture: which entries share a statistic', () => {
  test('every PyTorch fixture: the members of each statistic average to its mean and variance', () => {
    for (const c of torchFixture('norm')) {
      const x = c.inputs.x ?? { dims: [2, 4, 2, 2], data: Array.from({ length: 32 }, (_, i) => i / 2 - 8) };
      const l = layout((c.params.kind as NormKind | undefined) ?? 'batch', x.dims, (c.params.groups as number | undefined) ?? 2);
      assert.deepEqual(statDims(l), c.outputs.mean.dims, `${c.name}: stat dims`);
      for (let s = 0; s < statCount(l); s++) {
        const values = membersOf(l, s).map((i) => x.data[i] as number);
        const mu = mean(values);
        const variance = mean(values.map((v) => (v - mu) ** 2));
        assert.ok(Math.abs(mu - (c.outputs.mean.data[s] as number)) < 1e-4, `${c.name}: mean[${s}] ${mu} vs ${c.outputs.mean.data[s]}`);
        assert.ok(Math.abs(variance - (c.outputs.var.data[s] as number)) < 1e-4 * Math.max(1, variance), `${c.name}: var[${s}]`);
      }
    }
  });

  test('the statistics partition x into equal sets of NHW, CHW, (C/G)HW and HW entries', () => {
    const dims = [2, 6, 2, 3];
    const sizes: [NormKind, number, number][] = [['batch', 6, 2 * 2 * 3], ['layer', 2, 6 * 2 * 3], ['group', 2 * 3, 2 * 2 * 3], ['instance', 12, 2 * 3]];
    for (const [kind, count, per] of sizes) {
      const l = layout(kind, dims, 3);
      assert.equal(statCount(l), count, kind);
      const seen = new Set<number>();
      for (let s = 0; s < count; s++) {
        const m = membersOf(l, s);
        assert.equal(m.length, per, `${kind}[${s}]`);
        for (const i of m) {
          assert.ok(!seen.has(i), `${kind}: entry ${i} in two sets`);
          seen.add(i);
          assert.equal(statOf(l, i), s);
        }
      }
      assert.equal(seen.size, 72);
    }
  });

  test('spans and labels name the samples and channels of a statistic', () => {
    const dims = [2, 4, 2, 2];
    assert.deepEqual(statSpan(layout('batch', dims), 2), { samples: [0, 1], channels: [2] });
    assert.deepEqual(statSpan(layout('layer', dims), 1), { samples: [1], channels: [0, 1, 2, 3] });
    assert.deepEqual(statSpan(layout('group', dims, 2), 3), { samples: [1], channels: [2, 3] });
    assert.deepEqual(statSpan(layout('instance', dims), 6), { samples: [1], channels: [2] });
    assert.equal(statIndexLabel(layout('group', dims, 2), 3), 'n=1, g=1');
    assert.equal(statIndexLabel(layout('instance', dims), 6), 'n=1, c=2');
    assert.equal(statIndexLabel(layout('batch', dims), 0), 'c=0');
  });

  test('flat ↔ (n, c, h, w) and the group counts C allows', () => {
    const dims = [2, 3, 4, 5];
    for (let i = 0; i < 120; i++) assert.equal(flatOf(dims, nchwOf(dims, i)), i);
    assert.deepEqual(nchwOf(dims, 119), { n: 1, c: 2, h: 3, w: 4 });
    assert.deepEqual(groupChoices(12), [1, 2, 3, 4, 6, 12]);
    assert.deepEqual(groupChoices(1), [1]);
  });
});
