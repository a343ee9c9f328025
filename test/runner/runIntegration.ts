/**
 * Runs the integration suite (out/test/integration/index.js) inside a real extension host of code-server 4.100.3,
 * driven by Debian Chromium. Usage:
 *   npx tsx test/runner/runIntegration.ts --host node|web
 * Builds the suite first (test/runner/build-tests.mjs) unless ML_LENS_TESTS_PATH is given. The extension itself
 * must already be built (dist/).
 * Env: ML_LENS_EXT_DIR (extension dir, default repo root), ML_LENS_TESTS_PATH (a prebuilt tests bundle),
 *      ML_LENS_INTEGRATION_TIMEOUT_MS (default 300000), ML_LENS_KEEP_TMP=1 (keep temp dirs).
 * Output: failures, `  N passing` / `  N failing`, then `integration-<host>: N passed, N failed`.
 * Logs: test-results/integration-<host>.log (page console), test-results/integration-<host>-code-server.log,
 *       test-results/integration-<host>-logs/ (workbench + web worker extension host logs handed to
 *       codeAutomationExit; server/ = code-server's logs incl. the Node extension host's remoteexthost.log).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { codeServerDir, launchChromium, removeAtExit, repoRoot, startCodeServer, workbenchUrl, type CodeServer } from './codeServer';

const RESULTS_FILE = '.ml-lens-test-results.json';
const EXT_ID = 'ml-lens.ml-lens';

interface Results {
  host?: string;
  passed: number;
  failed: number;
  failures: { title: string; message: string }[];
  tests?: { title: string; ok: boolean; ms?: number }[];
}

function parseHost(argv: string[]): 'node' | 'web' {
  const i = argv.indexOf('--host');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--host='))?.slice('--host='.length);
  if (v !== 'node' && v !== 'web') {
    console.error('usage: npx tsx test/runner/runIntegration.ts --host node|web');
    process.exit(2);
  }
  return v;
}

/** Lines of page console that are known, harmless noise offline. */
const NOISE = [
  /open-vsx\.org/i,
  /marketplace|gallery/i,
  /Failed to load resource: net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)/,
  /ERR_NAME_NOT_RESOLVED/,
  /An iframe which has both allow-scripts and allow-same-origin/,
  /\/node_modules\/vsda\//, // Microsoft's signing module, not shipped with code-server
];

/**
 * Rewrites stack frames that point into the tests bundle (`.../index.js:L:C`, in the web host
 * `vscode-remote://...js#vscode-extension:L:C`, 2 lines shifted by its `new Function` wrapper) to the
 * TypeScript source, using the bundle's inline source map.
 */
function sourceMapper(bundle: string, loadedAs: string): (text: string) => string {
  try {
    const m = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(fs.readFileSync(bundle, 'utf8'));
    if (!m) return (t) => t;
    const map = new SourceMap(JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')));
    const base = path.basename(loadedAs).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?:[\\w-]+://[^\\s()]*?)?/[^\\s()]*${base}(#vscode-extension)?:(\\d+):(\\d+)`, 'g');
    return (text) =>
      text.replace(re, (all, web: string | undefined, line: string, col: string) => {
        const e = map.findEntry(Number(line) - 1 - (web ? 2 : 0), Number(col) - 1) as {
          originalSource?: string;
          originalLine?: number;
          originalColumn?: number;
        };
        if (!e?.originalSource) return all;
        const src = e.originalSource.startsWith('file:') ? new URL(e.originalSource).pathname : e.originalSource;
        const abs = path.resolve(path.dirname(bundle), src);
        return `${path.relative(repoRoot, abs)}:${(e.originalLine ?? 0) + 1}:${(e.originalColumn ?? 0) + 1}`;
      });
  } catch {
    return (t) => t;
  }
}

function ensureCodeServer(): void {
  if (fs.existsSync(path.join(codeServerDir, '.installed-4.100.3'))) return;
  console.log('code-server not installed yet: running scripts/install-code-server.sh');
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/install-code-server.sh failed');
}

async function main(): Promise<number> {
  const host = parseHost(process.argv.slice(2));
  const label = `integration-${host}`;
  const t0 = Date.now();
  const extDir = path.resolve(process.env.ML_LENS_EXT_DIR ?? repoRoot);
  const testsPath = path.resolve(process.env.ML_LENS_TESTS_PATH ?? path.join(repoRoot, 'out', 'test', 'integration', 'index.js'));
  const timeoutMs = Number(process.env.ML_LENS_INTEGRATION_TIMEOUT_MS ?? 300_000);
  const resultsDir = path.join(repoRoot, 'test-results');
  const consoleLog = path.join(resultsDir, `${label}.log`);
  const hostLogsDir = path.join(resultsDir, `${label}-logs`);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(hostLogsDir, { recursive: true, force: true });
  fs.writeFileSync(consoleLog, '');

  const summary = (passed: number, failed: number, why?: string): number => {
    if (why) console.log(`\n${label}: ${why}`);
    console.log(`\n  ${passed} passing`);
    console.log(`  ${failed} failing`);
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    return failed > 0 || why ? 1 : 0;
  };
  const printLogTail = () => {
    const lines = fs.readFileSync(consoleLog, 'utf8').split('\n').filter(Boolean);
    if (!lines.length) return;
    console.log(`\n--- last ${Math.min(50, lines.length)} lines of ${path.relative(repoRoot, consoleLog)} ---`);
    console.log(lines.slice(-50).join('\n'));
    console.log('--- end ---');
  };

  if (!fs.existsSync(path.join(extDir, 'package.json'))) {
    return summary(0, 0, `no extension at ${extDir} (package.json missing)`);
  }
  if (!process.env.ML_LENS_TESTS_PATH) {
    // Always rebuild the suite bundle (~0.1 s): a stale out/ would test old code.
    const b = spawnSync(process.execPath, [path.join(repoRoot, 'test', 'runner', 'build-tests.mjs')], { stdio: 'inherit' });
    if (b.status !== 0) return summary(0, 0, 'building the integration tests failed (test/runner/build-tests.mjs)');
  }
  if (!fs.existsSync(testsPath)) {
    return summary(0, 0, `${testsPath} missing: build it with \`node test/runner/build-tests.mjs\``);
  }
  ensureCodeServer();

  // VS Code runs extensionTestsPath in the extension host of the extension whose folder contains it; a tests file
  // outside the extension dir runs in the Node (remote) host. So with ML_LENS_EXT_DIR elsewhere, copy it inside.
  let copiedTests: string | undefined;
  if (path.relative(extDir, testsPath).startsWith('..')) {
    copiedTests = path.join(extDir, '.ml-lens-integration-tests.js');
    fs.copyFileSync(testsPath, copiedTests);
    removeAtExit(copiedTests);
    console.log(`${label}: tests bundle copied to ${copiedTests} (must live inside the extension folder)`);
  }
  const testsInExt = copiedTests ?? testsPath;

  // Fresh workspace: a copy of examples/ (or empty).
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-ws-'));
  const removeWorkspace = removeAtExit(workspace);
  const examples = path.join(repoRoot, 'examples');
  if (fs.existsSync(examples)) fs.cpSync(examples, workspace, { recursive: true });
  const resultsFile = path.join(workspace, RESULTS_FILE);

  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    // The Node extension host and server logs live in code-server's user-data-dir: keep them.
    try {
      if (server) fs.cpSync(path.join(server.userDataDir, 'logs'), path.join(hostLogsDir, 'server'), { recursive: true });
    } catch {
      /* no logs */
    }
    await server?.stop().catch(() => undefined);
    removeWorkspace();
    if (copiedTests) fs.rmSync(copiedTests, { force: true });
  };
  const onSignal = (sig: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const serverLog = path.join(resultsDir, `${label}-code-server.log`);
    fs.writeFileSync(serverLog, '');
    server = await startCodeServer({
      workspace,
      logFile: serverLog,
      // HARNESS.md: with both `main` and `browser`, only this setting picks the extension host.
      settings: { 'remote.extensionKind': { [EXT_ID]: [host === 'web' ? 'web' : 'workspace'] } },
    });
    context = await launchChromium({ webgpu: false });
    const page = context.pages()[0] ?? (await context.newPage());

    const log = fs.createWriteStream(consoleLog, { flags: 'a' });
    page.on('console', (msg) => {
      // The workbench logger styles its lines: "%c INFO color: #33f message".
      let text = msg.text().replace(/^%c\s*([A-Z]+)\s+color:\s*#[0-9a-fA-F]+\s?/, '$1 ');
      if (text.startsWith('Failed to load resource')) text += ` (${msg.location().url})`;
      if (NOISE.some((re) => re.test(text))) return;
      log.write(`[${msg.type()}] ${text}\n`);
    });
    page.on('pageerror', (err) => log.write(`[pageerror] ${err.stack ?? err.message}\n`));

    let exitCode: number | undefined;
    let resolveExit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    // Must be exposed before navigation. The workbench calls it with the exit code and its own log files.
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
      for (const l of logs ?? []) {
        const dest = path.join(hostLogsDir, l.relativePath);
        if (!dest.startsWith(hostLogsDir)) continue;
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        fs.writeFileSync(dest, l.contents);
      }
      exitCode = code;
      resolveExit(code);
    });

    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extDir, extensionTestsPath: testsInExt });
    console.log(`${label}: ${url}`);
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      exited.then(() => 'exit' as const),
      new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
      new Promise<'crash'>((r) => page.once('crash', () => r('crash'))),
    ]);
    clearTimeout(timer);
    await new Promise<void>((r) => log.end(r));

    let results: Results | undefined;
    let why: string | undefined;
    if (fs.existsSync(resultsFile)) {
      try {
        results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
      } catch (e) {
        why = `results file unreadable: ${(e as Error).message}`;
      }
    } else {
      why =
        outcome === 'timeout'
          ? `timed out after ${timeoutMs} ms without codeAutomationExit and without ${RESULTS_FILE}`
          : outcome === 'crash'
            ? 'the page crashed before the suite wrote its results'
            : `the extension host exited (code ${exitCode}) without writing ${RESULTS_FILE} ` +
              '(tests not found, run() threw before the suite ran, or the extension failed to load)';
    }

    const passed = results?.passed ?? 0;
    const failed = results?.failed ?? 0;
    let n = 0;
    for (const t of results?.tests ?? []) {
      console.log(t.ok ? `  ✔ ${t.title}${t.ms !== undefined && t.ms >= 1000 ? ` (${t.ms} ms)` : ''}` : `  ${++n}) ${t.title}`);
    }
    const mapStack = sourceMapper(testsPath, testsInExt);
    for (const [i, f] of (results?.failures ?? []).entries()) {
      console.log(`\n  ${i + 1}) ${f.title}`);
      console.log(mapStack(f.message).replace(/^/gm, '     '));
    }
    if (!why && results && results.host && results.host !== host) {
      why = `the suite ran in the ${results.host} extension host, not ${host}`;
    }
    if (!why && outcome === 'timeout') why = `timed out after ${timeoutMs} ms waiting for codeAutomationExit`;
    if (!why && passed + failed === 0) why = 'no tests ran';
    if (!why && exitCode !== 0 && failed === 0) why = `extension host exited with code ${exitCode}`;
    const rc = summary(passed, failed, why);
    console.log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (rc !== 0) {
      printLogTail();
      console.log(`(code-server log: ${path.relative(repoRoot, server.logFile)}; host logs: ${path.relative(repoRoot, hostLogsDir)}/)`);
    }
    return rc;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    console.log(`integration-${process.argv.includes('web') ? 'web' : 'node'}: 0 passed, 0 failed`);
    process.exit(1);
  },
);
