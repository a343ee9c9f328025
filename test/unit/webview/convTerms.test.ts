import * as assert from 'node:assert/strict';
import type { TensorData } from '../../../src/models';
import { conv2dBackward } from '../../../src/models/conv2dBackward';
import { convGeometry, dilatedG, dwTerms, dxTerms, flippedTap, forwardTerms, paddedX, unflat4, type ConvGeometry, type Term } from '../../../webview/demos/convTerms';
import { torchFixture } from '../helpers';

const close = (a: number, e: number, label: string) => assert.ok(Math.abs(a - e) <= 1e-4 * Math.max(1, Math.abs(e)), `${label}: ${a} vs PyTorch ${e}`);
const sum = (terms: Term[], A: TensorData, B: TensorData) => terms.reduce((acc, t) => acc + (A.data[t.a] as number) * (B.data[t.b] as number), 0);

function cases(): { name: string; g: ConvGeometry; x: TensorData; w: TensorData; G: TensorData; out: Record<string, TensorData> }[] {
  return torchFixture('conv2d-backward').map((c) => {
    const prepared = conv2dBackward.prepare({ params: c.params, inputs: c.inputs });
    const { x, w, G } = prepared.inputs;
    return { name: c.name, g: convGeometry(x.dims, w.dims, prepared.params.stride as number, prepared.params.padding as number), x, w, G, out: c.outputs };
  });
}

suite('conv picture: which entries make each number', () => {
  test('every PyTorch fixture: the terms of y, dx and dw sum to autograd\'s values', () => {
    for (const { name, g, x, w, G, out } of cases()) {
      out.y.data.forEach((e, i) => close(sum(forwardTerms(g, i), w, x), e as number, `${name} y[${i}]`));
      out.dx.data.forEach((e, i) => close(sum(dxTerms(g, i), G, w), e as number, `${name} dx[${i}]`));
      out.dw.data.forEach((e, i) => close(sum(dwTerms(g, i), G, x), e as number, `${name} dw[${i}]`));
    }
  });

  test('every PyTorch fixture: the spread, padded G convolved with the flipped kernel gives dx', () => {
    for (const { name, g, w, G, out } of cases()) {
      out.dx.data.forEach((e, flat) => {
        const [n, c, r, t] = unflat4(out.dx.dims, flat);
        let acc = 0;
        for (let o = 0; o < g.O; o++) {
          const plane = dilatedG(g, n, o);
          for (let u = 0; u < g.kh; u++) {
            for (let v = 0; v < g.kw; v++) {
              const cell = plane[r + u][t + v];
              if (cell.kind === 'value') acc += (G.data[cell.index] as number) * (w.data[flippedTap(g, c, o, u, v)] as number);
            }
          }
        }
        close(acc, e as number, `${name} dx[${flat}] via Ĝ`);
      });
    }
  });

  test('stride 2, padding 1 on a 4×4 image: G spread by one zero, framed by one row of padding', () => {
    const g = convGeometry([1, 1, 4, 4], [1, 1, 3, 3], 2, 1);
    assert.equal(g.Ho, 2);
    const kinds = dilatedG(g, 0, 0).map((row) => row.map((c) => (c.kind === 'value' ? `G${c.index}` : c.kind === 'inserted' ? '0' : '.')).join(' '));
    assert.deepEqual(kinds, [
      '. . . . . .',
      '. G0 0 G1 . .',
      '. 0 0 0 . .',
      '. G2 0 G3 . .',
      '. . . . . .',
      '. . . . . .',
    ]);
    const padded = paddedX(g, 0, 0);
    assert.equal(padded.length, 6);
    assert.deepEqual(padded[1][1], { kind: 'value', index: 0 });
    assert.deepEqual(padded[0][3], { kind: 'pad' });
    // dx[0,0,0,0] gets G[0,0] through the centre tap w[1,1] only.
    assert.deepEqual(dxTerms(g, 0), [{ a: 0, b: 4 }]);
    // dw at the centre tap samples x at (2i, 2j): x[0,0], x[0,2], x[2,0], x[2,2].
    assert.deepEqual(dwTerms(g, 4).map((t) => t.b), [0, 2, 8, 10]);
  });
});
