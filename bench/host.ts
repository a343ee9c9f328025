/**
 * Runs bench/host/suite.ts in code-server's real Node extension host against an extension folder (the staged
 * production build): a workspace holding the generated 10,000-line file, the suite bundled next to the
 * extension (VS Code runs `extensionTestsPath` in the host of the extension whose folder contains it).
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium, removeAtExit, startCodeServer, workbenchUrl } from '../test/runner/codeServer';
import { BENCH_FILE, HOVER_FILE, type HostBench } from './host/results';
import { generateMlSource } from './mlSource';

const EXT_ID = 'ml-lens.ml-lens';
const TIMEOUT_MS = 240_000;

export async function benchHost(extensionDir: string): Promise<HostBench> {
  const suite = path.join(extensionDir, 'bench-host-suite.js');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'host', 'suite.ts')],
    outfile: suite,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-bench-ws-'));
  const removeWorkspace = removeAtExit(workspace);
  fs.writeFileSync(path.join(workspace, HOVER_FILE), generateMlSource(10_000));

  const server = await startCodeServer({ workspace, settings: { 'remote.extensionKind': { [EXT_ID]: ['workspace'] } } });
  const context = await launchChromium({ webgpu: false });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    let finished!: () => void;
    const exited = new Promise<void>((resolve) => (finished = resolve));
    await page.exposeFunction('codeAutomationExit', () => finished());
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extensionDir, extensionTestsPath: suite }));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, TIMEOUT_MS)))]);
    clearTimeout(timer);
    const file = path.join(workspace, BENCH_FILE);
    const partial = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as HostBench) : undefined;
    if (partial && partial.phase !== 'done') partial.error ??= `the ${partial.phase} phase did not finish within ${TIMEOUT_MS / 1000} s`;
    if (!partial) {
      const errors = consoleLines.filter((l) => /^\[error\]|ERR|Error/.test(l)).slice(-15).join('\n');
      throw new Error(`the host bench wrote no ${BENCH_FILE} within ${TIMEOUT_MS / 1000} s; last errors in the workbench console:\n${errors}`);
    }
    return partial;
  } finally {
    await context.close().catch(() => undefined);
    await server.stop();
    removeWorkspace();
    fs.rmSync(suite, { force: true });
  }
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx bench/host.ts EXTENSION_DIR   (a folder with package.json and a built dist/)');
    process.exit(2);
  }
  benchHost(path.resolve(dir)).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
