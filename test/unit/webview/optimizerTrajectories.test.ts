import * as assert from 'node:assert/strict';
import { optimizerDemo } from '../../../src/models/optimizer';
import { CHART_DEFAULTS, plotRadius, RUNS, settingsFor, SURFACES, trajectoryRequest } from '../../../webview/demos/optimizerTrajectories';
import { assertTensorClose, runDemoRequest, torchFixture } from '../helpers';

suite('optimizer chart: trajectory requests', () => {
  const cases = torchFixture('optimizer');

  for (const run of RUNS) {
    test(`the default chart's ${run.id} run is the PyTorch fixture surface-chart-${run.id}`, async () => {
      const expected = cases.find((c) => c.name === `surface-chart-${run.id}`);
      assert.ok(expected, 'fixture case');
      const request = trajectoryRequest(run, CHART_DEFAULTS);
      const { params } = optimizerDemo.prepare(request);
      for (const [k, v] of Object.entries(expected.params)) assert.deepEqual(params[k], v, k);
      const { outputs } = await runDemoRequest(optimizerDemo, request);
      for (const [name, t] of Object.entries(expected.outputs)) assertTensorClose(outputs[name], t, 1e-5, `${run.id} ${name}`);
    });
  }

  test('the grid goes to one run, rows (x, y) with y outer, and f_grid comes back in that order', async () => {
    const xs = [-1, 0, 1];
    const ys = [-1, 0, 1];
    const request = trajectoryRequest(RUNS[0], { ...CHART_DEFAULTS, steps: 1 }, { xs, ys });
    assert.deepEqual((request.inputs!.grid as { dims: number[] }).dims, [9, 2]);
    const { outputs } = await runDemoRequest(optimizerDemo, request);
    // f = x² + 10y²
    assert.deepEqual(outputs.f_grid.data, [11, 10, 11, 1, 0, 1, 11, 10, 11]);
    assert.equal(trajectoryRequest(RUNS[1], CHART_DEFAULTS).inputs!.grid, undefined);
  });

  test('every surface preset is a valid symmetric H', () => {
    for (const s of SURFACES) assert.doesNotThrow(() => optimizerDemo.prepare(trajectoryRequest(RUNS[3], { ...CHART_DEFAULTS, surface: s.id })), s.id);
  });

  test("the chart starts from the user's optimizer: Adam(lr=3e-4, betas=(0.9, 0.95)), SGD(lr=0.01, momentum=0.8), AdamW's decay", () => {
    const adam = settingsFor(optimizerDemo.prepare({ params: { kind: 'adam', lr: 3e-4, betas: [0.9, 0.95] } }).params);
    assert.equal(adam.adamLr, 3e-4);
    assert.deepEqual(adam.betas, [0.9, 0.95]);
    assert.equal(adam.sgdLr, CHART_DEFAULTS.sgdLr);
    const sgd = settingsFor(optimizerDemo.prepare({ params: { kind: 'sgd-momentum', lr: 0.01, momentum: 0.8 } }).params);
    assert.deepEqual([sgd.sgdLr, sgd.momentum, sgd.adamLr], [0.01, 0.8, CHART_DEFAULTS.adamLr]);
    assert.equal(settingsFor(optimizerDemo.prepare({ params: { kind: 'adamw', weight_decay: 0.1 } }).params).weightDecay, 0.1);
    assert.deepEqual(settingsFor(optimizerDemo.prepare({}).params), CHART_DEFAULTS, 'the default example is the fixtures\' chart');
  });

  test('the plotted square holds the start with a margin', () => {
    assert.equal(plotRadius([-2, 1]), 2.5);
    assert.equal(plotRadius([0.1, 0]), 1);
    assert.equal(plotRadius([3, -4]), 5);
  });
});
