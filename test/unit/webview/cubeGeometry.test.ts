import * as assert from 'node:assert/strict';
import { buckets, cubeGeometry, overlaps } from '../../../webview/ui/cubeGeometry';

suite('NCHW cube geometry', () => {
  test('three visible faces: N·HW front, N·C top, C·HW side cells inside the picture', () => {
    const g = cubeGeometry(2, 4, 4);
    const count = (face: string) => g.cells.filter((c) => c.face === face).length;
    assert.equal(count('front'), 8);
    assert.equal(count('top'), 8);
    assert.equal(count('side'), 16);
    for (const c of g.cells) for (const [x, y] of c.points) assert.ok(x >= 0 && x <= g.width && y >= 0 && y <= g.height, `${c.face} point ${x},${y}`);
    // Front cells stand for channel 0, side cells for the last sample, top cells for the first position.
    assert.ok(g.cells.filter((c) => c.face === 'front').every((c) => c.c.from === 0));
    assert.ok(g.cells.filter((c) => c.face === 'side').every((c) => c.n.from === 1 && c.n.to === 2));
    assert.ok(g.cells.filter((c) => c.face === 'top').every((c) => c.k.from === 0));
  });

  test('long axes are bucketed into contiguous, covering ranges; the picture stays within its extent', () => {
    assert.deepEqual(buckets(5, 2), [{ from: 0, to: 2 }, { from: 2, to: 5 }]);
    assert.deepEqual(buckets(3, 8), [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 3 }]);
    const g = cubeGeometry(64, 512, 4096, { maxCells: 16, maxExtent: 200 });
    assert.ok(g.cells.length <= 3 * 16 * 16);
    assert.ok(g.width < 320 && g.height < 320, `${g.width}×${g.height}`);
    assert.ok(overlaps({ from: 2, to: 5 }, [4]));
    assert.ok(!overlaps({ from: 2, to: 5 }, [5, 1]));
  });
});
