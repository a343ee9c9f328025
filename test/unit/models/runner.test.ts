import * as assert from 'node:assert/strict';
import * as ort from 'onnxruntime-web';
import { OrtRunner } from '../../../src/models';
import { optimizerDemo } from '../../../src/models/optimizer';

suite('ORT runner', () => {
  test('caches sessions by model key and releases the least recently used beyond its cap', async () => {
    const runner = new OrtRunner(ort, 2);
    const prepared = (lr: number) => optimizerDemo.prepare({ params: { kind: 'sgd', lr } });
    try {
      assert.ok((await runner.run(prepared(0.1), 'wasm')).createMs > 0);
      assert.equal((await runner.run(prepared(0.1), 'wasm')).createMs, 0, 'cached');
      await runner.run(prepared(0.2), 'wasm');
      assert.equal((await runner.run(prepared(0.1), 'wasm')).createMs, 0, 'lr 0.1 is now the most recently used');
      await runner.run(prepared(0.3), 'wasm'); // a third model: lr 0.2 goes
      assert.equal((await runner.run(prepared(0.1), 'wasm')).createMs, 0, 'kept');
      const again = await runner.run(prepared(0.2), 'wasm');
      assert.ok(again.createMs > 0, 'lr 0.2 was released and is created anew');
      assert.deepEqual(again.outputs.theta.data.slice(0, 2).map((v) => Number(v!.toFixed(5))), [0.6, -2 + 0.2 * 40].map((v) => Number(v.toFixed(5))));
    } finally {
      await runner.dispose();
    }
  });
});
