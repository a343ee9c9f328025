/**
 * `ml-lens` — the command line face of layers 1–3 (DESIGN.md "Data formats").
 *   ml-lens scan PATH...
 *   ml-lens explain ID [--lang en|zh-cn] [--json]
 *   ml-lens shapes FILE --class NAME [--args "..."] [--define NAME=VALUE]... --input SHAPE...
 *   ml-lens run DEMO [--input IN.json] [--ep wasm|webgpu]
 *   ml-lens demos
 * Exit 0 on success, 2 with a message on bad input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodePython, PythonParser, scanBytes, SourceError } from './analysis';
import type { Lang } from './catalog';
import { DemoInputError, type DemoRequest } from './models/demo';

class UsageError extends Error {}

const HELP = `ml-lens — ML Lens on the command line

  ml-lens scan PATH...
      Detects ML API references in .py and .ipynb files (directories recurse) and prints one JSON
      object per detection: {"file","line","col","endLine","endCol","symbol","concept","framework","args"}
      (line 1-based, col 0-based in characters; notebooks add "cell").

  ml-lens explain ID [--lang en|zh-cn] [--json]
      Prints a concept card as Markdown, or with --json as an object
      {"id","lang","family","title","summary","formula","shapes","params","pitfalls","seeAlso","docs","demo"}.
  ml-lens shapes FILE --class NAME [--args "..."] [--define NAME=VALUE]... --input SHAPE [--input SHAPE]
      Infers tensor shapes through a PyTorch model statically (nothing is executed) and prints one JSON
      object per submodule call {"line","name","op","in","out","params","macs"} (name as named_modules()
      gives it), then {"output": [...], "params": total}. --args: constructor arguments as Python over
      literals and names in FILE ("Bottleneck, [3, 4, 6, 3]"); --input: "(2,3,224,224)", "(N,3,H,W)",
      "(2,16):int64" or a tuple "((2,2,32),(2,2,32))". Values the file does not give: exit 2 naming them;
      a shape that cannot fit: {"error": {"line","message"}}, exit 1.
  ml-lens run DEMO [--input IN.json] [--ep wasm|webgpu]
      Runs a walkthrough's ONNX model with onnxruntime-web and prints
      {"demo","ep","outputs":{NAME:{"dims","data"}}}. IN.json is
      {"params":{...},"inputs":{NAME:{"dims":[...],"data":[...]}}}; omitted parts take the defaults.
  ml-lens demos
      Lists the walkthrough demos.
`;

function readRequest(path: string | undefined): DemoRequest {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(`${path} must hold a JSON object {"params", "inputs"}`);
  const extra = Object.keys(json).filter((k) => k !== 'params' && k !== 'inputs');
  if (extra.length) throw new UsageError(`${path}: unexpected field ${extra.join(', ')} (expected params, inputs)`);
  return json as DemoRequest;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', 'site-packages']);

/** The .py/.ipynb files under each path, in a stable order; a missing path is an input error. */
function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (p: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new UsageError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (SKIP_DIRS.has(name) || (name.startsWith('.') && name.length > 1)) continue;
        const child = join(p, name);
        let isDir = false;
        try {
          isDir = statSync(child).isDirectory();
        } catch {
          continue; // dangling link
        }
        if (isDir || /\.(py|ipynb)$/i.test(name)) visit(child, false);
      }
    } else if (explicit || /\.(py|ipynb)$/i.test(p)) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

/** The parser wasm next to the bundle (dist/parser/), or from node_modules when run from source. */
async function parserWasm(file: 'tree-sitter.wasm' | 'tree-sitter-python.wasm'): Promise<Uint8Array> {
  try {
    return await readFile(join(__dirname, 'parser', file));
  } catch {
    return readFile(require.resolve(file === 'tree-sitter.wasm' ? 'web-tree-sitter/tree-sitter.wasm' : `tree-sitter-python/${file}`));
  }
}

async function scan(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError('usage: ml-lens scan PATH...');
  const files = collectFiles(positionals);
  const parser = await PythonParser.load(parserWasm);
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      process.stderr.write(`ml-lens: cannot read ${file}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    try {
      const out = scanBytes(parser, file, bytes).map((r) => JSON.stringify(r)).join('\n');
      if (out) process.stdout.write(`${out}\n`);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      process.stderr.write(`ml-lens: ${file}: ${e.message}\n`);
      failed++;
    }
  }
  return failed ? 2 : 0;
}

async function explain(args: string[]): Promise<void> {
  // The cards are most of the bundle's text: evaluated only for this command.
  const { cardFor, cardJson, cardMarkdown, closestIds, isConceptId } = await import('./catalog');
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false } } });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new UsageError('usage: ml-lens explain ID [--lang en|zh-cn] [--json]');
  const lang = values.lang === 'zh' ? 'zh-cn' : values.lang;
  if (lang !== 'en' && lang !== 'zh-cn') throw new UsageError(`--lang must be en or zh-cn, got "${values.lang}"`);
  const card = cardFor(id);
  if (!card) {
    const known = isConceptId(id) ? ' (a known concept, but its card is not written yet)' : '';
    throw new UsageError(`unknown concept id "${id}"${known}; closest: ${closestIds(id).join(', ')}`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(cardJson(card, lang as Lang))}\n` : cardMarkdown(card, lang as Lang));
}

async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { input: { type: 'string' }, ep: { type: 'string', default: 'wasm' } } });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new UsageError('usage: ml-lens run DEMO [--input IN.json] [--ep wasm|webgpu]');
  // The demos and the shape engine load with the commands that use them, not with `scan` (dist/demos.js, shapes.js).
  const { DEMOS, findDemo, runDemo } = await import('./models');
  if (!findDemo(id)) throw new UsageError(`unknown demo "${id}"; demos: ${DEMOS.map((d) => d.id).join(', ')}`);
  if (values.ep === 'webgpu') throw new UsageError('--ep webgpu needs a browser: Node has no WebGPU adapter here; use --ep wasm, or a walkthrough panel');
  if (values.ep !== 'wasm') throw new UsageError(`--ep must be wasm or webgpu, got "${values.ep}"`);
  const request = readRequest(values.input);
  const ort = await import('onnxruntime-web');
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const result = await runDemo(ort, id, request, 'wasm');
  const demo = findDemo(id)!;
  const outputs = Object.fromEntries(demo.outputs.map((name) => [name, result.outputs[name]]));
  process.stdout.write(`${JSON.stringify({ demo: id, ep: result.ep, outputs })}\n`);
}

async function shapes(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { class: { type: 'string' }, args: { type: 'string', default: '' }, define: { type: 'string', multiple: true, default: [] }, input: { type: 'string', multiple: true, default: [] } },
  });
  const usage = 'usage: ml-lens shapes FILE --class NAME [--args "..."] [--define NAME=VALUE]... --input SHAPE [--input SHAPE]';
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values.class) throw new UsageError(usage);
  if (!values.input.length) throw new UsageError(`--input is required (e.g. --input "(2,3,224,224)")\n${usage}`);
  const defines: Record<string, string> = {};
  for (const d of values.define) {
    const eq = d.indexOf('=');
    if (eq <= 0) throw new UsageError(`--define needs NAME=VALUE, got "${d}"`);
    defines[d.slice(0, eq).trim()] = d.slice(eq + 1);
  }
  let text: string;
  try {
    text = decodePython(readFileSync(file));
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const [parser, { inferShapes }] = await Promise.all([PythonParser.load(parserWasm), import('./analysis/shapes')]);
  const tree = parser.parse(text);
  try {
    const r = inferShapes(parser, tree.rootNode, { className: values.class, args: values.args, defines, inputs: values.input });
    const lines = r.rows.map(({ line, name, op, in: inputs, out, params, macs }) => JSON.stringify({ line, name, op, in: inputs, out, params, macs }));
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    if (!r.problem) {
      process.stdout.write(`${JSON.stringify({ output: r.output, params: r.params, macs: r.macs })}\n`);
      return 0;
    }
    if (r.problem.kind === 'shape') {
      process.stdout.write(`${JSON.stringify({ error: { line: r.problem.line, message: r.problem.message } })}\n`);
      process.stderr.write(`ml-lens: ${file}:${r.problem.line}: ${r.problem.message}\n`);
      return 1;
    }
    const names = r.problem.names?.length ? ` — define ${r.problem.names.map((n) => `--define ${n}=VALUE`).join(' ')}` : '';
    throw new UsageError(`${r.problem.line ? `${file}:${r.problem.line}: ` : ''}${r.problem.message}${names}`);
  } finally {
    tree.delete();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scan(rest);
      case 'shapes':
        return await shapes(rest);
      case 'explain':
        await explain(rest);
        return 0;
      case 'run':
        await run(rest);
        return 0;
      case 'demos':
        for (const d of (await import('./models/registry')).DEMOS) process.stdout.write(`${d.id}\t${d.title.en}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof DemoInputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ml-lens: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ml-lens: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
