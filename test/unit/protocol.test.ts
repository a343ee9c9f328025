import * as assert from 'node:assert/strict';
import { parseHostMessage, parseShapesHostMessage, parseShapesWebviewMessage, parseWebviewMessage, type ShapesPanelState } from '../../src/protocol';
import { fixture, inferFixture } from './analysis/shapeFixtures';

const result = {
  type: 'result',
  demo: 'matmul-backward',
  ep: 'wasm',
  requested: 'auto',
  adapter: null,
  createMs: 12.5,
  runMs: 0.1,
  outputs: { Out: { dims: [2, 2], data: [22, 28, 49, 64] } },
};

suite('protocol validators', () => {
  test('accept every well-formed webview message', () => {
    for (const m of [
      { type: 'ready' },
      result,
      { ...result, ep: 'webgpu', adapter: 'google swiftshader', outputs: { s: { dims: [1], data: [null] } } },
      { type: 'error', demo: 'x', phase: 'run', message: 'boom' },
      { type: 'state', state: { demo: 'matmul-backward', request: { inputs: {} } } },
      { type: 'state', state: { demo: 'lora', request: {}, note: { en: 'Your rank r = 8 is shown as r = 4.', 'zh-cn': '你的秩 r = 8 在演示中用 r = 4 表示。' } } },
    ]) {
      const parsed = parseWebviewMessage(m);
      assert.ok(parsed.ok, JSON.stringify(parsed));
    }
  });

  test('reject malformed webview messages with a reason', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [[], /not an object/],
      ['ready', /not an object/],
      [{ type: 'nope' }, /unknown message type/],
      [{ type: 'ready', extra: 1 }, /unexpected field extra/],
      [{ ...result, ep: 'cuda' }, /ep must be webgpu or wasm/],
      [{ ...result, requested: 'gpu' }, /requested/],
      [{ ...result, createMs: -1 }, /timings/],
      [{ ...result, runMs: Number.NaN }, /timings/],
      [{ ...result, outputs: { Out: { dims: [2, 2], data: [1, 2, 3] } } }, /outputs/],
      [{ ...result, outputs: { Out: { dims: [2], data: ['1', '2'] } } }, /outputs/],
      [{ ...result, demo: 'x'.repeat(65) }, /demo/],
      [{ type: 'error', demo: 'x', phase: 'boot', message: 'm' }, /phase/],
      [{ type: 'error', demo: 'x', phase: 'run', message: 'm'.repeat(5000) }, /strings/],
      [{ type: 'state', state: { demo: 'x', request: [] } }, /state must be/],
      [{ type: 'state', state: { demo: 'x', request: { params: 3 } } }, /state must be/],
      [{ type: 'state', state: { demo: 'x', request: {}, note: 'Your layer' } }, /note\?: \{en, zh-cn\}/],
      [{ type: 'state', state: { demo: 'x', request: {}, note: { en: 'a' } } }, /state must be/],
      [{ type: 'state', state: { demo: 'x', request: {}, note: { en: 'a', 'zh-cn': 'b', fr: 'c' } } }, /state must be/],
      [{ type: 'state', state: { demo: 'x', request: {}, note: { en: 'a'.repeat(1001), 'zh-cn': 'b' } } }, /state must be/],
      [{ type: 'state', state: { demo: 'x', request: {}, extra: 1 } }, /state must be/],
    ];
    for (const [raw, reason] of cases) {
      const parsed = parseWebviewMessage(raw);
      assert.equal(parsed.ok, false, JSON.stringify(raw)?.slice(0, 80));
      if (!parsed.ok) assert.match(parsed.reason, reason);
    }
  });

  test('host messages are validated in the webview too', () => {
    assert.ok(parseHostMessage({ type: 'show', state: { demo: 'matmul-backward', request: {} }, executionProvider: 'auto', lang: 'zh-cn' }).ok);
    assert.ok(parseHostMessage({ type: 'setExecutionProvider', executionProvider: 'webgpu' }).ok);
    assert.ok(parseHostMessage({ type: 'show', state: { demo: 'attention', request: {}, note: { en: 'e', 'zh-cn': 'z' } }, executionProvider: 'auto', lang: 'en' }).ok);
    assert.equal(parseHostMessage({ type: 'show', state: { demo: 'attention', request: {}, note: { en: 3, 'zh-cn': 'z' } }, executionProvider: 'auto', lang: 'en' }).ok, false);
    assert.equal(parseHostMessage({ type: 'show', state: { demo: 'm', request: {} }, executionProvider: 'cuda', lang: 'en' }).ok, false);
    assert.equal(parseHostMessage({ type: 'show', state: { demo: 'm', request: {} }, executionProvider: 'auto', lang: 'fr' }).ok, false);
    assert.equal(parseHostMessage({ type: 'eval', code: 'x' }).ok, false);
  });
});

suite('protocol validators: the Shapes panel', () => {
  let state: ShapesPanelState;
  suiteSetup(async () => {
    const fx = fixture('mnist-cnn');
    const result = await inferFixture(fx, ['(N,1,28,28)']);
    state = { result, request: { className: fx.class, args: fx.args, inputs: ['(N,1,28,28)'] }, uri: 'file:///w/mnist_cnn.py', file: 'mnist_cnn.py' };
  });
  const show = () => ({ type: 'showShapes', state, executionProvider: 'auto', lang: 'en' });
  const report = { type: 'shapeCheck', ep: 'webgpu', requested: 'auto', adapter: 'google swiftshader', eps: ['webgpu', 'wasm'], counts: { match: 6, mismatch: 0, unsupported: 0, error: 0, composite: 0 }, models: 6, runs: 6, createMs: 20, runMs: 3.5 };

  test('a real shape result (symbolic dims, attrs, formulas for MACs) travels to the webview', () => {
    assert.ok(state.result.rows.some((r) => typeof r.macs === 'string' && r.attrs));
    const parsed = parseShapesHostMessage(JSON.parse(JSON.stringify(show())));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.ok(parseShapesHostMessage({ type: 'setExecutionProvider', executionProvider: 'wasm' }).ok);
    assert.ok(parseShapesHostMessage({ type: 'confirmShapes' }).ok);
    assert.equal(parseShapesHostMessage({ type: 'confirmShapes', now: true }).ok, false);
    const problem = { ...state, result: { ...state.result, problem: { kind: 'needs-values', message: 'm', line: 0, names: ['HIDDEN'] } } };
    assert.ok(parseShapesHostMessage({ ...show(), state: problem }).ok);
  });

  test('malformed shapes states are rejected with a reason', () => {
    const row = state.result.rows[0];
    const withRow = (r: unknown) => ({ ...show(), state: { ...state, result: { ...state.result, rows: [r] } } });
    const cases: [unknown, RegExp][] = [
      [{ ...show(), extra: 1 }, /unexpected field extra/],
      [{ ...show(), lang: 'de' }, /lang/],
      [{ ...show(), state: { ...state, uri: 3 } }, /uri and file/],
      [{ ...show(), state: { ...state, request: { className: 'Net', inputs: [] } } }, /request needs/],
      [{ ...show(), state: { ...state, result: { ...state.result, rows: 'x' } } }, /rows must be a list/],
      [withRow({ ...row, in: [[2, -1]] }), /rows\[0\] needs in and out/],
      [withRow({ ...row, in: [[2.5]] }), /rows\[0\] needs in and out/],
      [withRow({ ...row, attrs: { k: { nested: 1 } } }), /malformed attrs/],
      [withRow({ ...row, script: 'x' }), /unexpected field script/],
      [{ ...show(), state: { ...state, result: { ...state.result, problem: { kind: 'oops', message: 'm', line: 1 } } } }, /problem.kind/],
      [{ type: 'showShapes' }, /state is not an object/],
      [{ type: 'show', state: {} }, /unknown message type/],
    ];
    for (const [raw, reason] of cases) {
      const parsed = parseShapesHostMessage(raw);
      assert.equal(parsed.ok, false, JSON.stringify(raw)?.slice(0, 80));
      if (!parsed.ok) assert.match(parsed.reason, reason);
    }
  });

  test('webview messages: reveal, the check report, errors', () => {
    for (const m of [{ type: 'ready' }, { type: 'reveal', line: 12 }, report, { ...report, adapter: null, eps: [] }, { type: 'error', demo: 'shape-check', phase: 'session', message: 'x' }]) {
      const parsed = parseShapesWebviewMessage(m);
      assert.ok(parsed.ok, JSON.stringify(parsed));
    }
    const cases: [unknown, RegExp][] = [
      [{ type: 'reveal', line: 0 }, /1-based/],
      [{ type: 'reveal', line: 2.5 }, /1-based/],
      [{ type: 'reveal', line: 3, uri: 'file:///etc/passwd' }, /unexpected field uri/],
      [{ ...report, ep: 'cpu' }, /ep must be/],
      [{ ...report, eps: ['cuda'] }, /eps/],
      [{ ...report, counts: { match: 1 } }, /counts/],
      [{ ...report, counts: { ...report.counts, extra: 1 } }, /counts/],
      [{ ...report, runs: -1 }, /counts/],
      [{ ...report, runMs: Infinity }, /timings/],
      [{ type: 'state', state: {} }, /unknown message type/],
      [{ type: 'result' }, /unknown message type/],
    ];
    for (const [raw, reason] of cases) {
      const parsed = parseShapesWebviewMessage(raw);
      assert.equal(parsed.ok, false, JSON.stringify(raw));
      if (!parsed.ok) assert.match(parsed.reason, reason);
    }
  });
});
