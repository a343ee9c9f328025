/**
 * Integration-test entry (`extensionTestsPath`), the standard `run()` that @vscode/test-electron also calls.
 * Runs in BOTH extension hosts of code-server: Node and the browser web worker. Hence mocha's browser build,
 * no Node APIs, and results written through `vscode.workspace.fs`.
 *
 * Add test files to ./all.ts. Bundle: `node test/runner/build-tests.mjs` -> out/test/integration/index.js.
 * Results: <first workspace folder>/.ml-lens-test-results.json =
 *   { host, passed, failed, failures: [{ title, message }], tests: [{ title, ok, ms }] }
 *   (read by test/runner/runIntegration.ts)
 */
import * as vscode from 'vscode';
import 'mocha/mocha'; // mocha's browser build (node_modules/mocha/mocha.js): sets globalThis.mocha / Mocha

export const RESULTS_FILE = '.ml-lens-test-results.json';

interface Failure {
  title: string;
  message: string;
}

export interface Results {
  host: 'node' | 'web';
  passed: number;
  failed: number;
  failures: Failure[];
  /** Every test (and failing hook) in run order. */
  tests: { title: string; ok: boolean; ms?: number }[];
}

function currentHost(): 'node' | 'web' {
  const g = globalThis as { WorkerGlobalScope?: unknown; process?: { versions?: { node?: string } } };
  if (typeof g.WorkerGlobalScope !== 'undefined') return 'web';
  return g.process?.versions?.node ? 'node' : 'web';
}

async function writeResults(results: Results): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('integration tests need an open workspace folder to write their results');
  const uri = vscode.Uri.joinPath(folder.uri, RESULTS_FILE);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(results, null, 2) + '\n'));
}

export async function run(): Promise<void> {
  const g = globalThis as unknown as { mocha: BrowserMocha; Mocha: typeof Mocha };
  const mocha = g.mocha;
  mocha.setup({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    slow: 5_000,
  } as Mocha.MochaOptions);

  // Test files register their suites when imported, so import them after setup().
  await import('./all');

  const results: Results = { host: currentHost(), passed: 0, failed: 0, failures: [], tests: [] };
  await new Promise<void>((resolve) => {
    // Not mocha.run(): the browser build's run() reads `location.search`, which does not exist in the Node host.
    const runner = g.Mocha.prototype.run.call(mocha, () => resolve()) as Mocha.Runner;
    runner.on('pass', (test: Mocha.Test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), ok: true, ms: test.duration });
    });
    runner.on('fail', (test: Mocha.Runnable, err: unknown) => {
      results.failed++;
      const e = err as { message?: string; stack?: string } | undefined;
      let message = e?.message ?? String(err);
      const stack = e?.stack ?? '';
      // Keep the frames above mocha's own (callFn runs the test function): enough to find the line.
      const all = stack.split('\n').filter((l) => /^\s+at /.test(l));
      const mochaFrame = all.findIndex((l) => /\bat (callFn|Hook\.run|Test\.run|Runner\.)/.test(l));
      const frames = all
        .slice(0, mochaFrame > 0 ? mochaFrame : 4)
        .slice(0, 6)
        .map((l) => '  ' + l.trim())
        .join('\n');
      if (frames) message += '\n' + frames;
      results.failures.push({ title: test.fullTitle(), message });
      results.tests.push({ title: test.fullTitle(), ok: false, ms: test.duration });
    });
  });

  await writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('no integration tests ran');
}
