import * as assert from 'node:assert/strict';
import { shade, signedExtent } from '../../../webview/ui/cellHeatmapScale';

suite('cell heatmap shading', () => {
  test('weights shade by their value, signed values by |v| against the extent, −∞ is masked', () => {
    assert.deepEqual(shade(0.25, 'weights', 1), { level: 0.25, tone: 'pos' });
    assert.deepEqual(shade(1.5, 'weights', 1), { level: 1, tone: 'pos' });
    assert.deepEqual(shade(-1, 'signed', 4), { level: 0.25, tone: 'neg' });
    assert.deepEqual(shade(8, 'signed', 4), { level: 1, tone: 'pos' });
    assert.deepEqual(shade(0, 'signed', 0), { level: 0, tone: 'pos' });
    assert.deepEqual(shade(null, 'signed', 4), { level: 0, tone: 'masked' });
  });

  test('the shared extent is the largest finite |v| over every tensor', () => {
    assert.equal(signedExtent([1, -3, null], [2, Number.NEGATIVE_INFINITY]), 3);
    assert.equal(signedExtent([]), 0);
  });
});

suite('cell heatmap text', () => {
  test('two decimals with a real minus sign, −∞ for masked, large values as they are', async () => {
    const { cellText } = await import('../../../webview/ui/cellHeatmap');
    assert.equal(cellText(0.12345), '0.12');
    assert.equal(cellText(-0.5713), '−0.57');
    assert.equal(cellText(-0.001), '0.00');
    assert.equal(cellText(null), '−∞');
    assert.equal(cellText(16777216), '16777216');
  });
});
