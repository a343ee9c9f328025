import * as assert from 'node:assert/strict';
import { contours } from 'd3-contour';
import { clampDomain, contourLevels, coverDomain, fromGridCoordinate, linspace, nearestIndex, paddedExtent, stepIndex } from '../../../webview/ui/chartMath';

suite('chart helpers', () => {
  test('linspace: 201 points over [−5, 5] hit the fixtures\' x values exactly', () => {
    const xs = linspace(-5, 5, 201);
    assert.equal(xs.length, 201);
    assert.equal(xs[0], -5);
    assert.equal(xs[200], 5);
    for (const [i, x] of [[60, -2], [80, -1], [90, -0.5], [100, 0], [110, 0.5], [120, 1], [140, 2]]) assert.equal(xs[i], x);
    assert.deepEqual(linspace(1, 2, 1), [1]);
  });

  test('paddedExtent skips non-finite values and widens flat data', () => {
    assert.deepEqual(paddedExtent([0, 10, null, NaN, Infinity]), [-0.5, 10.5]);
    assert.deepEqual(paddedExtent([2, 2]), [1.8, 2.2]);
    assert.deepEqual(paddedExtent([0]), [-1, 1]);
    assert.equal(paddedExtent([null, NaN]), undefined);
  });

  test('clampDomain keeps a steep series from flattening the rest; coverDomain takes in the user\'s points', () => {
    assert.deepEqual(clampDomain([-200, 3], [-10, 10]), [-10, 3]);
    assert.deepEqual(clampDomain([20, 30], [-10, 10]), [-10, 10]);
    assert.deepEqual(clampDomain([-1, 1]), [-1, 1]);
    assert.deepEqual(coverDomain(-5, 5, [-2, 0, 7, null]), [-5, 7.5]);
    assert.deepEqual(coverDomain(-3, 3, [-4]), [-4.5, 3]);
  });

  test('nearestIndex picks the closest point within a radius', () => {
    const points = [{ px: 0, py: 0 }, { px: 10, py: 0 }, { px: 10, py: 10 }];
    assert.equal(nearestIndex(points, 9, 2), 1);
    assert.equal(nearestIndex(points, 9, 8), 2);
    assert.equal(nearestIndex(points, 100, 100, 20), -1);
    assert.equal(nearestIndex([], 0, 0), -1);
  });

  test('stepIndex: arrows by one, pages by a tenth, Home/End, clamped; other keys do not move', () => {
    assert.equal(stepIndex('ArrowRight', 5, 201), 6);
    assert.equal(stepIndex('ArrowLeft', 0, 201), 0);
    assert.equal(stepIndex('PageUp', 195, 201), 200);
    assert.equal(stepIndex('PageDown', 50, 201), 30);
    assert.equal(stepIndex('Home', 50, 201), 0);
    assert.equal(stepIndex('End', 50, 201), 200);
    assert.equal(stepIndex('Enter', 50, 201), undefined);
    assert.equal(stepIndex('ArrowRight', 0, 0), undefined);
  });

  test('contourLevels are spaced quadratically between the grid\'s min and max', () => {
    assert.deepEqual(contourLevels([0, 16, null, 4], 3), [1, 4, 9]);
    assert.deepEqual(contourLevels([1, 1, 1], 3), []);
    assert.deepEqual(contourLevels([null], 3), []);
  });

  test('fromGridCoordinate maps d3-contour rings back onto the sample positions', () => {
    // f(x) = x sampled at x = −1, 0, 1, 2 (4 × 2 grid): the f = 0.5 contour must cross at x = 0.5.
    const xs = [-1, 0, 1, 2];
    const values = [...xs, ...xs];
    const [ring] = contours().size([4, 2]).thresholds([0.5])(values)[0].coordinates[0];
    const inner = ring.filter(([u, v]) => u > 0 && u < 4 && v > 0 && v < 2).map(([u]) => fromGridCoordinate(u, xs));
    assert.ok(inner.length > 0);
    for (const x of inner) assert.ok(Math.abs(x - 0.5) < 1e-9, `crossing at ${x}`);
  });
});
