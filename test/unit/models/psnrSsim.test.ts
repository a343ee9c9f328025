import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { gaussianWindow, psnrSsimDemo } from '../../../src/models/psnrSsim';
import { DISTORTIONS } from '../../../src/models/synthetic';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(psnrSsimDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(psnrSsimDemo, request, pattern);

suite('psnr-ssim demo', () => {
  fixtureTests(psnrSsimDemo);

  test('the window is fspecial(\'gaussian\', 11, 1.5): symmetric, sums to 1, peak at the centre', () => {
    const w = gaussianWindow();
    assert.equal(w.length, 121);
    assert.ok(Math.abs(w.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.equal(Math.max(...w), w[60]);
    assert.equal(w[0], w[120]);
    assert.ok(Math.abs(w[60] - 0.07076) < 1e-5, `centre weight ${w[60]}`);
  });

  test('same MSE, same PSNR, different SSIM: where the two disagree', async () => {
    const scores: Record<string, { psnr: number; ssim: number }> = {};
    for (const distortion of DISTORTIONS) {
      const { outputs } = await run({ params: { distortion } });
      scores[distortion] = { psnr: outputs.psnr.data[0] as number, ssim: outputs.ssim.data[0] as number };
    }
    for (const d of ['noise', 'brightness', 'contrast']) assert.ok(Math.abs(scores[d].psnr - scores.blur.psnr) < 1e-4, `${d} PSNR = blur's`);
    assert.ok(Math.abs(scores.blur.psnr - 20.7526) < 1e-3);
    assert.ok(scores.brightness.ssim > 0.96 && scores.blur.ssim < 0.76, JSON.stringify(scores));
    assert.ok(scores.shift.psnr < scores.blur.psnr && scores.shift.ssim < scores.blur.ssim, 'a one-pixel shift is penalised by both');
  });

  test('identical images: PSNR +∞ (null), SSIM 1; map and factors have the valid shape (H−10)×(W−10)', async () => {
    const a = psnrSsimDemo.prepare({}).inputs.a;
    const { outputs } = await run({ inputs: { a, b: a } });
    assert.deepEqual(outputs.psnr.data, [null]);
    assert.ok(Math.abs((outputs.ssim.data[0] as number) - 1) < 1e-6);
    for (const name of ['ssim_map', 'luminance', 'contrast_structure']) assert.deepEqual(outputs[name].dims, [14, 14], name);
  });

  test('params: distortion only builds the default b; the key follows max_value and size', () => {
    assert.deepEqual(psnrSsimDemo.prepare({}).params, { max_value: 1, distortion: 'blur' });
    const a = psnrSsimDemo.prepare({}).inputs.a;
    assert.deepEqual(psnrSsimDemo.prepare({ params: { distortion: 'noise' }, inputs: { a, b: a } }).params, { max_value: 1 });
    const key = (r: DemoRequest) => psnrSsimDemo.prepare(r).modelKey;
    assert.equal(key({}), key({ params: { distortion: 'shift' } }));
    assert.notEqual(key({}), key({ params: { max_value: 255 } }));
    const small = { dims: [12, 12], data: new Array(144).fill(0.5) };
    assert.notEqual(key({}), key({ inputs: { a: small } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { max_value: 0 } }, /param max_value must be a finite number > 0, got 0/);
    rejects({ params: { distortion: 'jpeg' } }, /param distortion must be one of blur, noise, brightness, contrast, shift/);
    rejects({ inputs: { a: { dims: [10, 20], data: new Array(200).fill(0) } } }, /images must be at least 11×11 \(the SSIM window must fit\), got 10×20/);
    rejects({ inputs: { b: { dims: [20, 20], data: new Array(400).fill(0) } } }, /b must have a's shape 24×24, got 20×20/);
    rejects({ params: { data_range: 1 } }, /unknown param "data_range"/);
  });
});
