/**
 * The shipped artifact, built where it cannot disturb dist/ (other work uses it): a production build
 * (`node esbuild.js --production --outdir`) inside a temp extension folder holding the files the VSIX carries,
 * packaged with vsce the way `npm run package` does. The host and panel benches load this folder, so they
 * measure the minified bundles users get.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { copyExtensionFiles } from '../test/ui/extensionCopy';

export const root = join(__dirname, '..');

export interface Stage {
  /** Extension folder: package.json, README, LICENSE, media/, dist/ (production). */
  dir: string;
  vsix: string;
  vsixBytes: number;
  /** Bytes of every file in the production dist/, by path relative to the folder. */
  files: Record<string, number>;
  /** What the extension and panel bundles are made of: source folder (or npm package) → bytes, largest first. */
  composition: Record<string, [string, number][]>;
  /** Static imports that make src/extension.ts load the models, the shape engine or the concept pages at activation. */
  eagerImports: string[];
  remove(): void;
}

function filesUnder(dir: string, base = dir): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, filesUnder(abs, base));
    else out[relative(base, abs)] = statSync(abs).size;
  }
  return out;
}

interface Meta {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Modules big enough to matter at activation and needed only when a panel, a shape or a walkthrough is asked for. */
const LAZY_CANDIDATES = /^src\/(models|analysis\/shapes|pages)\//;

/** `importer -> module` for every static import from the rest of the extension into LAZY_CANDIDATES. */
function eagerImportsOf(meta: Meta, entry = 'src/extension.ts'): string[] {
  const seen = new Set<string>();
  const edges: string[] = [];
  for (const stack = [entry]; stack.length; ) {
    const file = stack.pop()!;
    if (seen.has(file) || !meta.inputs[file]) continue;
    seen.add(file);
    for (const imp of meta.inputs[file].imports) {
      if (imp.external || imp.kind === 'dynamic-import') continue;
      if (LAZY_CANDIDATES.test(imp.path) && !LAZY_CANDIDATES.test(file)) edges.push(`${file} -> ${imp.path}`);
      stack.push(imp.path);
    }
  }
  return edges.sort();
}

/** Per bundle: its bytes grouped by src/<folder>/<folder> or node_modules/<package>, largest first. */
function compositionOf(meta: Meta, bundles: string[]): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  for (const bundle of bundles) {
    const [, output] = Object.entries(meta.outputs).find(([file]) => file.endsWith(`/${bundle}`)) ?? [];
    if (!output) continue;
    const groups = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = input.replace(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1').replace(/^((?:src|webview)\/[^/]+(?:\/[^/.]+)?)\/.*$/, '$1');
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
    out[bundle] = [...groups].sort((a, b) => b[1] - a[1]);
  }
  return out;
}

export function stageExtension(): Stage {
  const dir = mkdtempSync(join(tmpdir(), 'ml-lens-bench-ext-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(root, 'esbuild.js'), '--production', '--metafile', '--outdir', join(dir, 'dist')], { cwd: root, stdio: 'pipe' });
    const metaFile = join(dir, 'dist', 'meta.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    const composition = compositionOf(meta, ['dist/extension.js', 'dist/webview/main.js']);
    const eagerImports = eagerImportsOf(meta);
    rmSync(metaFile);
    copyExtensionFiles(dir, { withDist: false });
    // The build already ran: vsce must not run vscode:prepublish (it would rebuild the repo's dist/).
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    delete pkg.scripts?.['vscode:prepublish'];
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const vsix = join(dir, 'ml-lens.vsix');
    const vsce = join(root, 'node_modules', '.bin', 'vsce');
    execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: dir, stdio: 'pipe' });
    return { dir, vsix, vsixBytes: statSync(vsix).size, files: filesUnder(join(dir, 'dist'), dir), composition, eagerImports, remove };
  } catch (e) {
    remove();
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`staging the production extension failed: ${err.stderr?.toString() || err.message}`);
  }
}
