/**
 * Copies the files of the extension that the VSIX ships besides its bundles (package.json and its nls files,
 * l10n/, media/, README, LICENSE) into another folder, so tests and the bench can load a modified or
 * production-built copy of the extension. `withDist` also copies the built dist/ (without source maps).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../runner/codeServer';

export function copyExtensionFiles(to: string, opts: { withDist: boolean }): void {
  const names = fs.readdirSync(repoRoot).filter((f) => /^package(\.nls(\.[\w-]+)?)?\.json$/.test(f) || ['README.md', 'LICENSE', '.vscodeignore', 'media', 'l10n'].includes(f));
  if (opts.withDist) names.push('dist');
  fs.mkdirSync(to, { recursive: true });
  for (const name of names) {
    fs.cpSync(path.join(repoRoot, name), path.join(to, name), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
}
