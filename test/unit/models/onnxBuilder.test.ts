import * as assert from 'node:assert/strict';
import * as ort from 'onnxruntime-web';
import { attr, GraphBuilder } from '../../../src/models/onnx/graph';
import { ProtoWriter } from '../../../src/models/onnx/protobuf';

ort.env.wasm.numThreads = 1;

function varintBytes(v: number | bigint): number[] {
  const w = new ProtoWriter();
  w.varint(v);
  return [...w.finish()];
}

suite('ONNX builder', () => {
  test('varints follow the protobuf encoding, negatives as 10-byte int64', () => {
    assert.deepEqual(varintBytes(0), [0]);
    assert.deepEqual(varintBytes(1), [1]);
    assert.deepEqual(varintBytes(300), [0xac, 0x02]);
    assert.deepEqual(varintBytes(2 ** 40), [0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
    assert.deepEqual(varintBytes(-1), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  });

  test('floats are little-endian fixed32 with wire type 5', () => {
    const w = new ProtoWriter();
    w.float(2, 1.5);
    assert.deepEqual([...w.finish()], [0x15, 0x00, 0x00, 0xc0, 0x3f]);
  });

  test('a model using every attribute kind loads and computes in onnxruntime-web', async () => {
    const g = new GraphBuilder('attrs');
    const x = g.input('x', 'float32', ['N', 3]);
    const w = g.initializer('w', { dtype: 'float32', dims: [2, 3], data: [1, 0, -1, 2, 1, 0] });
    const y = g.node('Gemm', [x, w], { transB: attr.int(1), alpha: attr.float(0.5) }); // 0.5 · x·wᵀ
    const act = g.node('LeakyRelu', [y], { alpha: attr.float(0.1) });
    const t = g.node('Transpose', [act], { perm: attr.ints([1, 0]) });
    const bias = g.constant([10, 20], [2, 1]);
    g.node('Add', [t, bias], {}, 'out');
    g.output('out', 'float32', [2, 'N']);
    const session = await ort.InferenceSession.create(g.toBytes(), { executionProviders: ['wasm'] });
    const feeds = { x: new ort.Tensor('float32', Float32Array.from([1, 2, 3, -4, 0, 0]), [2, 3]) };
    const { out } = await session.run(feeds);
    assert.deepEqual(out.dims, [2, 2]);
    // x·wᵀ = [[-2, 4], [-4, -8]] → ×0.5 → [[-1, 2], [-2, -4]] → leaky → [[-0.1, 2], [-0.2, -0.4]] → ᵀ + bias
    const expected = [9.9, 9.8, 22, 19.6];
    [...(out.data as Float32Array)].forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-5, `out[${i}] = ${v}`));
    await session.release();
  });

  test('a Scan body is a subgraph: it reads outer values, and its names may not repeat the outer graph\'s', async () => {
    const g = new GraphBuilder('running_product');
    const x = g.input('x', 'float32', ['T']);
    const gain = g.constant([2]);
    const body = g.subgraph('body');
    const prev = body.input('prev', 'float32', []);
    const xk = body.input('xk', 'float32', []);
    body.node('Mul', [body.node('Mul', [prev, xk]), gain], {}, 'next'); // `gain` lives in the outer graph
    body.node('Identity', ['next'], {}, 'next_out');
    body.output('next', 'float32', []);
    body.output('next_out', 'float32', []);
    assert.throws(() => body.input('x', 'float32', []), /duplicate value name "x"/);
    g.nodeMulti('Scan', [g.constant([1]), x], ['last', 'all'], { body: attr.graph(body), num_scan_inputs: attr.int(1) });
    g.output('all', 'float32', ['T']);
    const session = await ort.InferenceSession.create(g.toBytes(), { executionProviders: ['wasm'] });
    const { all } = await session.run({ x: new ort.Tensor('float32', Float32Array.from([1, 2, 3]), [3]) });
    assert.deepEqual([...(all.data as Float32Array)], [2, 8, 48]);
    await session.release();
  });

  test('rejects duplicate names, missing outputs and mis-sized tensors', () => {
    const g = new GraphBuilder('bad');
    g.input('x', 'float32', [1]);
    assert.throws(() => g.input('x', 'float32', [1]), /duplicate value name "x"/);
    g.output('y');
    assert.throws(() => g.toBytes(), /output "y" is never produced/);
    const h = new GraphBuilder('bad2');
    h.initializer('w', { dtype: 'float32', dims: [2, 2], data: [1, 2, 3] });
    assert.throws(() => h.toBytes(), /3 values for dims \[2, 2\]/);
  });
});
