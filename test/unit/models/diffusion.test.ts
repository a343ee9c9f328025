import * as assert from 'node:assert/strict';
import { type DemoRequest } from '../../../src/models';
import { diffusionForwardDemo, scheduleBetas } from '../../../src/models/diffusion';
import { assertRejects, fixtureTests, runDemoRequest } from '../helpers';

const run = (request: DemoRequest) => runDemoRequest(diffusionForwardDemo, request);
const rejects = (request: DemoRequest, pattern: RegExp) => assertRejects(diffusionForwardDemo, request, pattern);
const scalar = (v: number) => ({ dims: [], data: [v] });
const mean = (xs: (number | null)[]) => xs.reduce((a: number, b) => a + (b ?? 0), 0) / xs.length;

suite('diffusion-forward demo', () => {
  fixtureTests(diffusionForwardDemo);

  test('defaults: DDPM\'s linear schedule (1e-4 → 0.02, T 1000), t = 250 on a 16×16 image in [−1, 1]', async () => {
    const prepared = diffusionForwardDemo.prepare({});
    assert.deepEqual(prepared.params, { schedule: 'linear', T: 1000, beta_start: 1e-4, beta_end: 0.02 });
    assert.deepEqual(prepared.inputs.t, scalar(250));
    assert.deepEqual(prepared.inputs.eps_steps.dims, [251, 16, 16]);
    assert.ok(Math.min(...(prepared.inputs.x0.data as number[])) >= -1 && Math.max(...(prepared.inputs.x0.data as number[])) <= 1);
    const { outputs } = await run({});
    assert.ok(Math.abs((outputs.alpha_bar_t.data[0] as number) - 0.52142) < 1e-4, `ᾱ_250 = ${outputs.alpha_bar_t.data[0]}`);
    const s = outputs.sqrt_alpha_bar_t.data[0] as number;
    const n = outputs.sqrt_one_minus_alpha_bar_t.data[0] as number;
    assert.ok(Math.abs(s * s + n * n - 1) < 1e-6, 'signal² + noise² = 1');
  });

  test('the chain\'s noise variance equals 1 − ᾱ at every step, for every schedule', async () => {
    for (const schedule of ['linear', 'scaled-linear', 'cosine']) {
      const { outputs } = await run({ params: { schedule, T: 300 }, inputs: { t: scalar(10) } });
      outputs.chain_var.data.forEach((v, k) => assert.ok(Math.abs((v as number) - (1 - (outputs.alpha_bars.data[k] as number))) < 2e-6, `${schedule} k = ${k}`));
    }
  });

  test('closed form and chain: different samples, the chain equals the closed form with eps_equiv', async () => {
    const { outputs } = await run({ inputs: { t: scalar(600) } });
    const diff = outputs.x_t.data.map((v, i) => Math.abs((v as number) - (outputs.x_t_chain.data[i] as number)));
    assert.ok(mean(diff) > 0.1, 'the two samples differ');
    // eps_equiv is one standard-normal sample: mean ≈ 0, variance ≈ 1 over 256 pixels.
    const e = outputs.eps_equiv.data as number[];
    assert.ok(Math.abs(mean(e)) < 0.2 && Math.abs(mean(e.map((x) => x * x)) - 1) < 0.25, `mean ${mean(e)}, mean square ${mean(e.map((x) => x * x))}`);
    const moved = await run({ inputs: { t: scalar(600), eps: { dims: [16, 16], data: e } } });
    moved.outputs.x_t.data.forEach((v, i) => assert.ok(Math.abs((v as number) - (outputs.x_t_chain.data[i] as number)) < 1e-5, `pixel ${i}`));
  });

  test('cosine: ᾱ falls slower early than linear; β capped at 0.999; t only feeds the model', async () => {
    const cos = scheduleBetas('cosine', 1000);
    assert.equal(cos[999], 0.999);
    const lin = await run({ inputs: { t: scalar(100) } });
    const cosRun = await run({ params: { schedule: 'cosine' }, inputs: { t: scalar(100) } });
    assert.ok((cosRun.outputs.alpha_bar_t.data[0] as number) > (lin.outputs.alpha_bar_t.data[0] as number));
    const key = (r: DemoRequest) => diffusionForwardDemo.prepare(r).modelKey;
    assert.equal(key({ inputs: { t: scalar(3) } }), key({ inputs: { t: scalar(700) } }));
    assert.notEqual(key({}), key({ params: { T: 500 } }));
    assert.notEqual(key({}), key({ params: { beta_end: 0.03 } }));
    assert.notEqual(key({}), key({ params: { schedule: 'scaled-linear' } }));
    assert.notEqual(key({}), key({ inputs: { x0: { dims: [2, 2], data: [0, 0, 0, 0] } } }));
  });

  test('bad params and dims name the problem', () => {
    rejects({ params: { schedule: 'sigmoid' } }, /param schedule must be one of linear, scaled-linear, cosine/);
    rejects({ params: { T: 0 } }, /param T must be an integer in \[1, 4000\]/);
    rejects({ params: { beta_start: 0.02, beta_end: 0.01 } }, /beta_end \(0.01\) must be ≥ beta_start \(0.02\)/);
    rejects({ params: { schedule: 'cosine', beta_end: 0.01 } }, /param beta_end does not apply to the cosine schedule/);
    rejects({ params: { betas: [0.1, 1.5] } }, /param betas\[1\] must be a finite number in \(0, 0.999\], got 1.5/);
    rejects({ params: { betas: [0.1], T: 1 } }, /param betas gives the schedule outright: drop T/);
    rejects({ inputs: { t: scalar(1000) } }, /t must be a step index in \[0, 999\] \(0-based, T = 1000\), got 1000/);
    rejects({ inputs: { t: scalar(2.5) } }, /t must be a step index/);
    rejects({ inputs: { t: { dims: [1], data: [3] } } }, /input t must have 0 dims/);
    rejects({ inputs: { eps: { dims: [4, 4], data: new Array(16).fill(0) } } }, /eps must have x0's shape 16×16, got 4×4/);
    rejects({ inputs: { t: scalar(5), eps_steps: { dims: [3, 16, 16], data: new Array(768).fill(0) } } }, /eps_steps needs a noise for each of the t \+ 1 = 6 steps, got 3/);
    rejects({ params: { num_train_timesteps: 10 } }, /unknown param "num_train_timesteps"/);
  });
});
