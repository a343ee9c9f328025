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

export function stageExtension(): Stage {
  const dir = mkdtempSync(join(tmpdir(), 'ml-lens-bench-ext-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(root, 'esbuild.js'), '--production', '--outdir', join(dir, 'dist')], { cwd: root, stdio: 'pipe' });
    copyExtensionFiles(dir, { withDist: false });
    // The build already ran: vsce must not run vscode:prepublish (it would rebuild the repo's dist/).
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    delete pkg.scripts?.['vscode:prepublish'];
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const vsix = join(dir, 'ml-lens.vsix');
    const vsce = join(root, 'node_modules', '.bin', 'vsce');
    execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: dir, stdio: 'pipe' });
    return { dir, vsix, vsixBytes: statSync(vsix).size, files: filesUnder(join(dir, 'dist'), dir), remove };
  } catch (e) {
    remove();
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`staging the production extension failed: ${err.stderr?.toString() || err.message}`);
  }
}
