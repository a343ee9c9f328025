// esbuild plugin: takes the two dynamic-code paths our dependencies ship out of every bundle, so no bundle
// contains `eval` or `new Function` (test/unit/noEval.test.ts checks the built files).
//
// - web-tree-sitter's Emscripten loader `eval`s the EM_ASM / EM_JS bodies of a side module it loads. Only a
//   grammar compiled with EM_ASM / EM_JS has them; tree-sitter-python.wasm exports none (`__start_em_asm`,
//   `__em_js__*`), so the path is dead for us. It becomes a throw that says why.
// - onnxruntime-web's Emscripten embind glue builds each `emscripten::val` call invoker with `new Function`
//   (`_emval_create_invoker`, imported by the ORT wasm). It is reachable in principle, and the webview CSP
//   (no 'unsafe-eval') would make it throw there, so it is replaced by the closure Emscripten itself emits
//   when built without DYNAMIC_EXECUTION: same arguments, same `this`, same return wiring.
//
// Each patch quotes the exact text it replaces. When an upgrade changes that text the build fails, naming the
// file, instead of silently shipping the dynamic code again.
const fs = require('node:fs');

const dead = (what) =>
  `(() => { throw new Error("ML Lens: ${what} needs eval, which ML Lens leaves out of its bundles (no grammar it loads has any)"); })()`;

/** Emscripten's eval-free `_emval_create_invoker` body; n = kind, c = argFromPtr[], h = captures, o = return type. */
const EMVAL_INVOKER =
  'n=((kind,argFromPtr,captures,isVoid)=>function(handle,methodName,destructorsRef,args){' +
  'var self,fn,value,argv;' +
  'switch(kind){case 0:fn=captures.toValue(handle);break;case 2:fn=captures.toValue(handle);break;' +
  'case 1:self=captures.toValue(handle);fn=self[captures.getStringOrSymbol(methodName)];break}' +
  'argv=argFromPtr.map((read,i)=>read(args+8*i));' +
  'switch(kind){case 0:value=fn(...argv);break;case 2:value=new fn(...argv);break;' +
  'case 3:value=argv[argv.length-1];break;case 1:value=Reflect.apply(fn,self,argv)}' +
  'if(!isVoid)return captures.emval_returnValue(captures.toReturnWire,destructorsRef,value)})(n,c,h,o.we)';

const PATCHES = [
  {
    file: /[\\/]node_modules[\\/]web-tree-sitter[\\/](?:debug[\\/])?tree-sitter\.c?js$/,
    replacements: [
      ['ASM_CONSTS[start] = eval(func);', `ASM_CONSTS[start] = ${dead('EM_ASM code in a side module')};`],
      ['moduleExports[name] = eval(func);', `moduleExports[name] = ${dead('EM_JS code in a side module')};`],
    ],
  },
  {
    file: /[\\/]node_modules[\\/]onnxruntime-web[\\/]dist[\\/]ort\.webgpu\.bundle\.min\.mjs$/,
    replacements: [['n=new Function(Object.keys(h),m)(...Object.values(h))', EMVAL_INVOKER]],
  },
];

/** Replaces each snippet exactly once; throws naming the file when a snippet is missing or ambiguous. */
function patch(source, file, replacements) {
  let out = source;
  for (const [from, to] of replacements) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + from.length) >= 0) {
      throw new Error(
        `no-eval: expected exactly one "${from}" in ${file} (${at < 0 ? 'not found' : 'found twice'}). ` +
          'The dependency changed: update scripts/esbuild-no-eval.js for its new code.',
      );
    }
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** @type {import('esbuild').Plugin} */
const noEvalPlugin = {
  name: 'no-eval',
  setup(build) {
    for (const { file, replacements } of PATCHES) {
      build.onLoad({ filter: file }, async (args) => ({
        contents: patch(await fs.promises.readFile(args.path, 'utf8'), args.path, replacements),
        loader: 'js',
      }));
    }
  },
};

module.exports = { noEvalPlugin, patch, PATCHES };
