import * as assert from 'node:assert/strict';
import { parseHostMessage, parseWebviewMessage } from '../../src/protocol';

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
    assert.equal(parseHostMessage({ type: 'show', state: { demo: 'm', request: {} }, executionProvider: 'cuda', lang: 'en' }).ok, false);
    assert.equal(parseHostMessage({ type: 'show', state: { demo: 'm', request: {} }, executionProvider: 'auto', lang: 'fr' }).ok, false);
    assert.equal(parseHostMessage({ type: 'eval', code: 'x' }).ok, false);
  });
});
