/**
 * No `eval` and no `new Function` in the shipped bundles (issue #9, security). The bundles are parsed, so a
 * string, comment, regex or property name that merely spells `eval(` does not count. scripts/esbuild-no-eval.js
 * removes the two sites our dependencies ship; these tests check its result and its replacement's behaviour.
 * Needs a build (`node esbuild.js`; `npm test` builds first).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

interface NoEvalPlugin {
  patch(source: string, file: string, replacements: [string, string][]): string;
  PATCHES: { file: RegExp; replacements: [string, string][] }[];
}
const { patch, PATCHES } = require('../../scripts/esbuild-no-eval') as NoEvalPlugin;

const root = join(__dirname, '..', '..');
const { SIDECAR_FILES } = require('../../scripts/esbuild-sidecars') as { SIDECAR_FILES: string[] };
const BUNDLES = ['dist/extension.js', ...SIDECAR_FILES.map((f) => `dist/${f}`), 'dist/web/extension.js', 'dist/webview/main.js', 'dist/cli.js'];
const GLOBALS = new Set(['globalThis', 'window', 'self', 'global']);

interface Site {
  line: number;
  code: string;
}

const isGlobal = (e: ts.Expression) => ts.isIdentifier(e) && GLOBALS.has(e.text);
/** `Function`, `globalThis.Function`, `window["Function"]`. */
function namesGlobal(e: ts.Expression, name: string): boolean {
  if (ts.isParenthesizedExpression(e)) return namesGlobal(e.expression, name);
  if (ts.isIdentifier(e)) return e.text === name;
  if (ts.isPropertyAccessExpression(e)) return e.name.text === name && isGlobal(e.expression);
  if (ts.isElementAccessExpression(e)) return ts.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === name && isGlobal(e.expression);
  return false;
}

/** `eval` used as a value (direct or indirect eval); `x.eval` and `{ eval: … }` are other names. */
function isEvalReference(node: ts.Node): boolean {
  if (ts.isIdentifier(node)) {
    if (node.text !== 'eval') return false;
    const p = node.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
    if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === node) return false;
    return true;
  }
  return (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && namesGlobal(node, 'eval');
}

/** Every place in `source` where JavaScript text would be compiled at run time. */
export function dynamicCodeSites(source: string, file = 'bundle.js'): Site[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const sites: Site[] = [];
  const add = (node: ts.Node) =>
    sites.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, code: node.getText(sf).slice(0, 120) });
  const visit = (node: ts.Node): void => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && namesGlobal(node.expression, 'Function')) add(node);
    else if (isEvalReference(node)) add(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return sites;
}

suite('no eval or new Function in the bundles', function () {
  this.timeout(60_000);

  test('the detector finds code, not text that spells it', () => {
    const found = (src: string) => dynamicCodeSites(src).map((s) => s.code);
    assert.deepEqual(found('eval("1 + 1")'), ['eval']);
    assert.deepEqual(found('(0, eval)("x")'), ['eval']);
    assert.deepEqual(found('const e = eval; e("x")'), ['eval']);
    assert.deepEqual(found('globalThis.eval("x"); window["eval"]("y")'), ['globalThis.eval', 'window["eval"]']);
    assert.deepEqual(found('new Function("a", "return a")'), ['new Function("a", "return a")']);
    assert.deepEqual(found('Function("return this")()'), ['Function("return this")']);
    assert.deepEqual(found('new globalThis.Function("")'), ['new globalThis.Function("")']);
    const harmless = [
      '"call model.eval() first"',
      "// eval(x)\n/* new Function('x') */",
      'const s = `new Function(${x}) and eval(${y})`;',
      'const re = /eval\\(|new Function/;',
      'model.eval(); opts.eval = true; const o = { eval: 1, Function: 2 };',
      'class A { eval() {} }',
      'Function.prototype.call.bind(f); x instanceof Function',
    ];
    for (const src of harmless) assert.deepEqual(found(src), [], src);
  });

  for (const bundle of BUNDLES) {
    test(`${bundle} compiles no code at run time`, () => {
      const file = join(root, bundle);
      assert.ok(existsSync(file), `${bundle} is missing: run \`node esbuild.js\` first`);
      const plugin = statSync(join(root, 'scripts', 'esbuild-no-eval.js')).mtimeMs;
      assert.ok(statSync(file).mtimeMs >= plugin, `${bundle} predates scripts/esbuild-no-eval.js: rebuild with \`node esbuild.js\``);
      const sites = dynamicCodeSites(readFileSync(file, 'utf8'), bundle);
      assert.deepEqual(sites, [], `${bundle}: ${sites.map((s) => `line ${s.line}: ${s.code}`).join('; ')}`);
    });
  }

  test('each patch matches its dependency exactly once, and a changed dependency fails the build', () => {
    const targets: [string, RegExp][] = [
      ['node_modules/web-tree-sitter/tree-sitter.js', PATCHES[0].file],
      ['node_modules/web-tree-sitter/tree-sitter.cjs', PATCHES[0].file],
      ['node_modules/onnxruntime-web/dist/ort.webgpu.bundle.min.mjs', PATCHES[1].file],
    ];
    for (const [file, re] of targets) {
      const abs = join(root, file);
      const p = PATCHES.find((x) => x.file === re)!;
      assert.ok(re.test(abs), file);
      const patched = patch(readFileSync(abs, 'utf8'), file, p.replacements);
      assert.deepEqual(dynamicCodeSites(patched, file), [], `${file} still compiles code after the patch`);
    }
    assert.throws(() => patch('var x = 1;', 'dep.js', PATCHES[0].replacements), /expected exactly one "ASM_CONSTS\[start\] = eval\(func\);" in dep\.js \(not found\)/);
    const twice = 'ASM_CONSTS[start] = eval(func);'.repeat(2);
    assert.throws(() => patch(twice, 'dep.js', PATCHES[0].replacements), /found twice/);
  });

  test('the eval-free emval invoker behaves like the one onnxruntime-web builds with new Function', () => {
    // Take onnxruntime-web's own `_emval_create_invoker` (before and after the patch) and run both on the
    // same mocked embind types: every invoker kind, with and without a return value.
    const src = readFileSync(join(root, 'node_modules/onnxruntime-web/dist/ort.webgpu.bundle.min.mjs'), 'utf8');
    const [from] = PATCHES[1].replacements[0];
    const at = src.indexOf(from);
    let start = src.lastIndexOf('function ', at);
    while (!/[\w$]/.test(src[start + 'function '.length])) start = src.lastIndexOf('function ', start - 1); // skip the template's `function (`
    const end = src.indexOf('}function ', at) + 1;
    const original = src.slice(start, end);
    const patched = patch(original, 'ort', PATCHES[1].replacements);
    const name = /^function (\w+)\(/.exec(original)![1];
    const free = {
      lookupTypes: /var\[o,\.\.\.u\]=([\w$]+)\(e,t>>>0\)/.exec(original)![1],
      toValue: /var h=\{toValue:([\w$]+)\}/.exec(original)![1],
      getStringOrSymbol: /h\.getStringOrSymbol=([\w$]+)/.exec(original)![1],
      returnValue: /h\.emval_returnValue=([\w$]+)/.exec(original)![1],
      register: /([\w$]+)\(Object\.defineProperty\(n,"name"/.exec(original)![1],
    };
    const build = (code: string) => new Function(...Object.values(free), `${code}; return ${name};`);

    const handles = new Map<number, unknown>();
    const types = (isVoid: boolean, nArgs: number) => [
      { we: isVoid, name: 'ret', cd: (destructors: unknown[], v: unknown) => ({ wire: v, destructors }) },
      ...Array.from({ length: nArgs }, (_, i) => ({ name: `arg${i}`, bd: (ptr: number) => `value@${ptr}` })),
    ];
    class Point {
      constructor(
        readonly a: string,
        readonly b: string,
      ) {}
    }
    const receiver = { tag: 'obj', join(this: { tag: string }, ...xs: string[]) { return [this.tag, ...xs].join('|'); } };
    handles.set(1, (...xs: string[]) => xs.join('+'));
    handles.set(2, receiver);
    handles.set(3, Point);
    const runBoth = (kind: number, isVoid: boolean, nArgs: number, handle: number) =>
      [original, patched].map((code) => {
        let current: ReturnType<typeof types> = [];
        const invoker = build(code)(
          () => current,
          (h: number) => handles.get(h),
          (m: number) => (m === 77 ? 'join' : `m${m}`),
          (toWire: (d: unknown[], v: unknown) => unknown, destructors: unknown[], v: unknown) => toWire(destructors, v),
          (f: (...a: unknown[]) => unknown) => f,
        );
        current = types(isVoid, nArgs);
        const f = invoker(nArgs + 1, 0, kind) as (handle: number, method: number, destructors: unknown[], args: number) => unknown;
        return f(handle, 77, ['d'], 1000);
      });

    for (const [kind, handle, nArgs] of [[0, 1, 3], [1, 2, 2], [2, 3, 2], [3, 0, 1]] as const) {
      for (const isVoid of [false, true]) {
        const [a, b] = runBoth(kind, isVoid, nArgs, handle);
        assert.deepEqual(b, a, `kind ${kind}, ${isVoid ? 'void' : 'returns'}`);
      }
    }
    assert.deepEqual(runBoth(1, false, 2, 2)[1], { wire: 'obj|value@1000|value@1008', destructors: ['d'] }, 'method calls keep `this`, args 8 bytes apart');
    assert.ok((runBoth(2, false, 2, 3)[1] as { wire: unknown }).wire instanceof Point, 'constructor kind constructs');
  });
});
