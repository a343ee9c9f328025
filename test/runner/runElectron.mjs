#!/usr/bin/env node
// `npm run test:electron`: the same integration suite in desktop VS Code via @vscode/test-electron.
// It downloads VS Code, so it needs a network (the offline harness is runIntegration.ts on code-server).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
execFileSync('node', ['esbuild.js'], { cwd: root, stdio: 'inherit' });
execFileSync('node', ['test/runner/build-tests.mjs'], { cwd: root, stdio: 'inherit' });
const workspace = mkdtempSync(join(tmpdir(), 'ml-lens-electron-'));
cpSync(join(root, 'examples'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`test:electron failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
