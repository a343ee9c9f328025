import * as assert from 'node:assert/strict';
import { PythonParser } from '../../../src/analysis';
import { scoreCorpus } from './corpus';
import { nodeWasm } from './nodeWasm';

suite('analysis: hand-labelled corpus', () => {
  test('precision and recall are at least 97 %', async () => {
    const score = scoreCorpus(await PythonParser.load(nodeWasm));
    const problems = Object.entries(score.perFile)
      .filter(([, f]) => f.missed.length || f.extra.length)
      .map(([file, f]) => `${file}: missed ${JSON.stringify(f.missed)} extra ${JSON.stringify(f.extra)}`);
    const summary = `precision ${(score.precision * 100).toFixed(1)} %, recall ${(score.recall * 100).toFixed(1)} % (${score.truePositives} TP, ${score.falsePositives} FP, ${score.falseNegatives} FN)`;
    console.log(`      corpus: ${summary}`);
    assert.ok(score.precision >= 0.97 && score.recall >= 0.97, `${summary}\n${problems.join('\n')}`);
  });
});
