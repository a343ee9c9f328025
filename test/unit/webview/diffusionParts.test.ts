import * as assert from 'node:assert/strict';
import { diffusionForwardDemo } from '../../../src/models/diffusion';
import { comparedSchedule, stripSteps, withSchedule, withStep } from '../../../webview/demos/diffusionParts';

suite('diffusion picture: the requests of its controls', () => {
  test('another schedule: explicit betas go, cosine drops beta_start/beta_end, T stays', () => {
    assert.deepEqual(withSchedule({ schedule: 'linear', T: 50, beta_start: 0.001, beta_end: 0.01 }, 'cosine'), { schedule: 'cosine', T: 50 });
    assert.deepEqual(withSchedule({ schedule: 'linear', T: 50, beta_start: 0.001 }, 'scaled-linear'), { schedule: 'scaled-linear', T: 50, beta_start: 0.001 });
    assert.deepEqual(withSchedule({ betas: [0.1, 0.2] }, 'linear'), { schedule: 'linear' });
    assert.deepEqual(withSchedule(undefined, 'cosine'), { schedule: 'cosine' });
    for (const s of ['linear', 'cosine', 'scaled-linear'] as const) {
      assert.doesNotThrow(() => diffusionForwardDemo.prepare({ params: withSchedule({ schedule: 'cosine', T: 100 }, s) }));
      assert.doesNotThrow(() => diffusionForwardDemo.prepare({ params: withSchedule({ schedule: 'linear', T: 100, beta_start: 0.001, beta_end: 0.02 }, s) }));
    }
  });

  test('another t: eps_steps is dropped so the default noises follow t (an edited request would otherwise fail)', () => {
    const edited = diffusionForwardDemo.prepare({ params: { T: 100 }, inputs: { t: { dims: [], data: [10] } } });
    const request = { params: { T: 100 }, inputs: { ...edited.inputs } };
    assert.throws(() => diffusionForwardDemo.prepare({ ...request, inputs: { ...request.inputs, t: { dims: [], data: [40] } } }), /eps_steps needs a noise for each/);
    const moved = withStep(request, 40);
    assert.equal(moved.inputs?.eps_steps, undefined);
    const p = diffusionForwardDemo.prepare(moved);
    assert.deepEqual(p.inputs.eps_steps.dims, [41, 16, 16]);
    assert.deepEqual(p.inputs.x0, edited.inputs.x0);
  });

  test('strip steps: from 0 to T − 1, each once', () => {
    assert.deepEqual(stripSteps(1000), [0, 100, 250, 500, 749, 999]);
    assert.deepEqual(stripSteps(3), [0, 1, 2]);
    assert.deepEqual(stripSteps(1), [0]);
    assert.equal(comparedSchedule('cosine'), 'linear');
    assert.equal(comparedSchedule('scaled-linear'), 'cosine');
    assert.equal(comparedSchedule(undefined), 'cosine');
  });
});
