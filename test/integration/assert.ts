/**
 * A small, dependency-free subset of Node's `assert` (strict semantics) for the integration bundle, which must
 * also run in the browser web-worker extension host where Node's `assert` does not exist.
 * build-tests.mjs maps `assert`, `node:assert`, `assert/strict` and `node:assert/strict` to this file, so test
 * files keep writing `import * as assert from 'assert'` (typed by @types/node).
 * Differences from Node: `equal`/`deepEqual` are strict too; messages are shorter.
 */

export class AssertionError extends Error {
  actual: unknown;
  expected: unknown;
  operator: string;
  code = 'ERR_ASSERTION';
  generatedMessage: boolean;
  constructor(opts: { message?: string | Error; actual?: unknown; expected?: unknown; operator: string; generated: string }) {
    super(typeof opts.message === 'string' ? opts.message : opts.generated);
    this.name = 'AssertionError';
    this.actual = opts.actual;
    this.expected = opts.expected;
    this.operator = opts.operator;
    this.generatedMessage = opts.message === undefined;
  }
}

type Msg = string | Error | undefined;

function raise(message: Msg, generated: string, operator: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  const err = new AssertionError({ message, generated, operator, actual, expected });
  // Like Node: the stack starts at the caller of the assert function (V8 only; harmless elsewhere).
  const start = (startFns as Record<string, Function | undefined>)[operator];
  const capture = (Error as { captureStackTrace?: (e: object, f?: Function) => void }).captureStackTrace;
  if (start && capture) capture(err, start);
  throw err;
}

export function inspect(v: unknown, depth = 0): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === undefined || v === null || typeof v === 'boolean' || typeof v === 'symbol') return String(v);
  if (typeof v === 'function') return `[Function: ${v.name || 'anonymous'}]`;
  if (depth > 3) return Array.isArray(v) ? '[Array]' : '[Object]';
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof RegExp) return String(v);
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const arr = Array.from(v as unknown as ArrayLike<number>).slice(0, 50);
    return `${v.constructor.name}(${(v as unknown as ArrayLike<number>).length}) [${arr.map((x) => inspect(x)).join(', ')}]`;
  }
  if (Array.isArray(v)) {
    const items = v.slice(0, 50).map((x) => inspect(x, depth + 1));
    if (v.length > 50) items.push(`... ${v.length - 50} more`);
    return `[${items.join(', ')}]`;
  }
  if (v instanceof Map) {
    return `Map(${v.size}) {${[...v].map(([k, x]) => `${inspect(k, depth + 1)} => ${inspect(x, depth + 1)}`).join(', ')}}`;
  }
  if (v instanceof Set) return `Set(${v.size}) {${[...v].map((x) => inspect(x, depth + 1)).join(', ')}}`;
  const o = v as Record<string, unknown>;
  const name = Object.getPrototypeOf(o)?.constructor?.name;
  const body = Object.keys(o)
    .map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inspect(o[k], depth + 1)}`)
    .join(', ');
  return `${name && name !== 'Object' ? name + ' ' : ''}{${body ? ' ' + body + ' ' : ''}}`;
}

export function isDeepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b) && a.lastIndex === (b as RegExp).lastIndex;
  if (a instanceof Error && (a.name !== (b as Error).name || a.message !== (b as Error).message)) return false;
  if (ArrayBuffer.isView(a)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const bv = b as ArrayBufferView;
    const y = new Uint8Array(bv.buffer, bv.byteOffset, bv.byteLength);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  if (a instanceof ArrayBuffer) return isDeepStrictEqual(new Uint8Array(a), new Uint8Array(b as ArrayBuffer), seen);
  if (a instanceof Map) {
    const bm = b as Map<unknown, unknown>;
    if (a.size !== bm.size) return false;
    for (const [k, v] of a) if (!bm.has(k) || !isDeepStrictEqual(v, bm.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    const bs = b as Set<unknown>;
    if (a.size !== bs.size) return false;
    outer: for (const v of a) {
      if (bs.has(v)) continue;
      if (typeof v === 'object' && v !== null) {
        for (const w of bs) if (isDeepStrictEqual(v, w, seen)) continue outer;
      }
      return false;
    }
    return true;
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen)) return false;
  }
  return true;
}

export function ok(value: unknown, message?: Msg): asserts value {
  if (!value) raise(message, `The expression evaluated to a falsy value: ${inspect(value)}`, '==', value, true);
}

export function fail(message: Msg = 'Failed'): never {
  return raise(message, 'Failed', 'fail');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: Msg): asserts actual is T {
  if (!Object.is(actual, expected)) {
    raise(message, `Expected values to be strictly equal:\n\n${inspect(actual)} !== ${inspect(expected)}`, 'strictEqual', actual, expected);
  }
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: Msg): void {
  if (Object.is(actual, expected)) {
    raise(message, `Expected "actual" to be strictly unequal to: ${inspect(expected)}`, 'notStrictEqual', actual, expected);
  }
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: Msg): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) {
    raise(
      message,
      `Expected values to be strictly deep-equal:\nactual:   ${inspect(actual)}\nexpected: ${inspect(expected)}`,
      'deepStrictEqual',
      actual,
      expected,
    );
  }
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Msg): void {
  if (isDeepStrictEqual(actual, expected)) {
    raise(message, `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}`, 'notDeepStrictEqual', actual, expected);
  }
}

export const equal = strictEqual;
export const notEqual = notStrictEqual;
export const deepEqual = deepStrictEqual;
export const notDeepEqual = notDeepStrictEqual;

export function match(value: string, re: RegExp, message?: Msg): void {
  if (typeof value !== 'string' || !re.test(value)) {
    raise(message, `The input did not match the regular expression ${re}. Input:\n\n${inspect(value)}`, 'match', value, re);
  }
}

export function doesNotMatch(value: string, re: RegExp, message?: Msg): void {
  if (typeof value !== 'string' || re.test(value)) {
    raise(message, `The input was expected to not match the regular expression ${re}. Input:\n\n${inspect(value)}`, 'doesNotMatch', value, re);
  }
}

export function ifError(value: unknown): void {
  if (value !== null && value !== undefined) {
    if (value instanceof Error) throw value;
    raise(undefined, `ifError got unwanted exception: ${inspect(value)}`, 'ifError', value, null);
  }
}

type Expected = RegExp | (new (...args: never[]) => unknown) | ((err: unknown) => boolean) | Record<string, unknown> | Error;

function checkError(err: unknown, expected: Expected | undefined, message: Msg, operator: string): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(err))) raise(message, `The error did not match ${expected}: ${inspect(err)}`, operator, err, expected);
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof (expected as new () => unknown)) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      raise(message, `The error is not an instance of ${expected.name}: ${inspect(err)}`, operator, err, expected);
    }
    if ((expected as (e: unknown) => boolean).call({}, err) === true) return;
    raise(message, `The validation function did not return true for ${inspect(err)}`, operator, err, expected);
  }
  if (typeof expected === 'object' && expected !== null) {
    const e = err as Record<string, unknown>;
    for (const key of Object.keys(expected)) {
      const want = (expected as Record<string, unknown>)[key];
      const got = e?.[key];
      if (want instanceof RegExp && typeof got === 'string') {
        if (!want.test(got)) raise(message, `error.${key} ${inspect(got)} does not match ${want}`, operator, err, expected);
      } else if (!isDeepStrictEqual(got, want)) {
        raise(message, `error.${key}: expected ${inspect(want)}, got ${inspect(got)}`, operator, err, expected);
      }
    }
  }
}

export function throws(fn: () => unknown, expected?: Expected | string, message?: Msg): void {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    fn();
  } catch (err) {
    checkError(err, expected, message, 'throws');
    return;
  }
  raise(message, 'Missing expected exception.', 'throws', undefined, expected);
}

export function doesNotThrow(fn: () => unknown, message?: Msg): void {
  try {
    fn();
  } catch (err) {
    raise(message, `Got unwanted exception: ${inspect(err)}`, 'doesNotThrow', err);
  }
}

export async function rejects(
  promiseOrFn: Promise<unknown> | (() => Promise<unknown>),
  expected?: Expected | string,
  message?: Msg,
): Promise<void> {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (err) {
    checkError(err, expected, message, 'rejects');
    return;
  }
  raise(message, 'Missing expected rejection.', 'rejects', undefined, expected);
}

export async function doesNotReject(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), message?: Msg): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (err) {
    raise(message, `Got unwanted rejection: ${inspect(err)}`, 'doesNotReject', err);
  }
}

const startFns = {
  '==': ok,
  fail,
  strictEqual,
  notStrictEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  match,
  doesNotMatch,
  ifError,
  throws,
  doesNotThrow,
  rejects,
  doesNotReject,
};

const assert = Object.assign((value: unknown, message?: Msg) => ok(value, message), {
  AssertionError,
  ok,
  fail,
  equal,
  notEqual,
  strictEqual,
  notStrictEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  match,
  doesNotMatch,
  ifError,
  throws,
  doesNotThrow,
  rejects,
  doesNotReject,
});
export const strict = assert;
export default assert;
