/**
 * code-server 4.100.3 + Debian Chromium helpers for the offline test harness (plain Node, no `vscode` import).
 * The measured facts behind these choices (code-server 4.100.3 flags, payload URLs, Chromium flags) are summarised in README.md.
 * Install code-server first: `bash scripts/install-code-server.sh`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Repo root: this file lives in <root>/test/runner/. */
export const repoRoot: string =
  process.env.ML_LENS_ROOT ??
  (typeof __dirname !== 'undefined' ? path.resolve(__dirname, '..', '..') : process.cwd());

export const codeServerDir: string =
  process.env.CODE_SERVER_DIR ?? path.join(repoRoot, '.vscode-test', 'code-server');

export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Settings every test profile starts with (HARNESS.md step 4). `opts.settings` is merged over them. */
export const baseSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
};

export interface StartOptions {
  /** Absolute folder to open (only used by workbenchUrl callers; code-server itself is started without a path). */
  workspace: string;
  /** User settings merged over `baseSettings`. */
  settings?: Record<string, unknown>;
  /** Extensions dir (e.g. where a VSIX was installed). Default: a fresh empty temp dir. */
  extensionsDir?: string;
  /** Port on 127.0.0.1. Default: a free one. */
  port?: number;
  /** Persistent user-data-dir (used by `npm start`). Default: a fresh temp dir, removed on stop(). */
  userDataDir?: string;
  /** Write code-server's own stdout/stderr here. Default: <tmp>/code-server.log. */
  logFile?: string;
}

export interface CodeServer {
  url: string;
  port: number;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  pid: number;
  /** This server's temp dir (config, XDG dirs, default user-data and extensions dirs), removed by stop(). */
  tmpDir: string;
  /** Resolves with code-server's exit code (or -1 when killed by a signal). */
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Process groups we started and have not stopped yet: killed synchronously if this process exits. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
const leftoverDirs = new Set<string>();
function rmQuiet(dir: string): boolean {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    return true;
  } catch {
    return false;
  }
}
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    for (const d of leftoverDirs) rmQuiet(d);
  });
}

/** Remove this temp dir when the process exits (unless ML_LENS_KEEP_TMP), even after a crash or process.exit(). */
export function removeAtExit(dir: string): () => void {
  if (!process.env.ML_LENS_KEEP_TMP) leftoverDirs.add(dir);
  installExitHook();
  return () => {
    if (process.env.ML_LENS_KEEP_TMP || rmQuiet(dir)) leftoverDirs.delete(dir);
  };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  if (!fs.existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed (${codeServerEntry} missing). Run: bash scripts/install-code-server.sh`);
  }
  const port = opts.port ?? (await freePort());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-cs-'));
  const removeTmp = removeAtExit(tmp);
  const userDataDir = opts.userDataDir ?? path.join(tmp, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(tmp, 'extensions');
  const configFile = path.join(tmp, 'config.yaml');
  const logFile = opts.logFile ?? path.join(tmp, 'code-server.log');
  for (const d of [userDataDir, extensionsDir, path.join(tmp, 'xdg-config'), path.join(tmp, 'xdg-data')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(configFile, 'auth: none\n');

  // Seed (or, for a persistent profile, update) the user settings.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing: Record<string, unknown> = {};
  if (fs.existsSync(settingsFile)) {
    try {
      existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    } catch {
      existing = {};
    }
  }
  writeJson(settingsFile, { ...baseSettings, ...existing, ...(opts.settings ?? {}) });

  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logFd = fs.openSync(logFile, 'a');
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
  };
  // code-server reads $PORT (would override --bind-addr) and $PASSWORD; an outer VS Code's IPC hook must not leak in.
  for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI']) delete env[k];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: codeServerDir,
    env,
    detached: true, // own process group: stop() kills it with every extension host
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const pid = child.pid!;
  liveGroups.add(pid);
  installExitHook();
  let exited: number | undefined;
  const exitedPromise = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : 0);
      resolve(exited);
    });
  });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 30 && groupAlive(pid); i++) await sleep(100);
      if (groupAlive(pid)) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          /* gone */
        }
        for (let i = 0; i < 20 && groupAlive(pid); i++) await sleep(50);
      }
    }
    liveGroups.delete(pid);
    removeTmp();
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + Number(process.env.CODE_SERVER_START_TIMEOUT_MS ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
      await stop();
      throw new Error(`code-server exited (code ${exited}) before answering /healthz. Log tail:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz in time (log: ${logFile})`);
    }
    await sleep(150);
  }
  return { url, port, workspace: opts.workspace, userDataDir, extensionsDir, logFile, pid, tmpDir: tmp, exited: exitedPromise, stop };
}

/**
 * Installs a packaged VSIX (`vsce package`) into `extensionsDir` (default: a new temp dir, removed at exit) with
 * `code-server --install-extension` (~1 s, offline). Pass the dir to startCodeServer / openWorkbench and open the
 * workbench without extensionDevelopmentPath to test the packaged artifact.
 */
export async function installVsix(vsix: string, extensionsDir?: string): Promise<string> {
  const dir = extensionsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-exts-'));
  if (!extensionsDir) removeAtExit(dir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-install-'));
  const removeTmp = removeAtExit(tmp);
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'c'), XDG_DATA_HOME: path.join(tmp, 'd') };
    for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI']) delete env[k];
    const args = [codeServerEntry, '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', dir, '--force',
      '--install-extension', path.resolve(vsix)];
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn(process.execPath, args, { cwd: codeServerDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout!.on('data', (d) => (text += d));
      child.stderr!.on('data', (d) => (text += d));
      child.on('exit', (code) => resolve({ code, text }));
    });
    if (out.code !== 0 || !/successfully installed/i.test(out.text)) {
      throw new Error(`installing ${vsix} failed (exit ${out.code}):\n${out.text}`);
    }
    return dir;
  } finally {
    removeTmp();
  }
}

/** A `vscode-remote://` URI for an absolute path on the code-server machine. */
export function remoteUri(server: Pick<CodeServer, 'port'>, absPath: string): string {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${server.port}${p}`;
}

const isInside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * The path to give code-server for an extension under development. When the extension folder contains
 * code-server itself (the repo root holds .vscode-test/code-server/), code-server 4.100.3 loses ALL its built-in
 * extensions (no themes, no Python grammar, no notebooks). So hand it a symlink outside the repo instead
 * (in the server's temp dir; removing it never touches the target).
 */
export function devExtensionPath(server: Pick<CodeServer, 'tmpDir'>, extDir: string): string {
  const real = path.resolve(extDir);
  if (!isInside(fs.realpathSync(codeServerDir), fs.realpathSync(real))) return real;
  const link = path.join(server.tmpDir, 'dev-extension', path.basename(real));
  if (!fs.existsSync(link)) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(real, link, 'dir');
  }
  return link;
}

/**
 * The workbench URL of HARNESS.md step 5: `?folder=...&payload=[[...]]`. Paths are rebased through
 * devExtensionPath() when needed (a tests file inside the extension folder stays inside it).
 */
export function workbenchUrl(
  server: Pick<CodeServer, 'url' | 'port' | 'tmpDir'>,
  opts: { folder: string; extensionDevelopmentPath?: string; extensionTestsPath?: string },
): string {
  const payload: [string, string][] = [];
  let tests = opts.extensionTestsPath && path.resolve(opts.extensionTestsPath);
  if (opts.extensionDevelopmentPath) {
    const ext = path.resolve(opts.extensionDevelopmentPath);
    const devPath = devExtensionPath(server, ext);
    if (tests && devPath !== ext && isInside(tests, ext)) tests = path.join(devPath, path.relative(ext, tests));
    payload.push(['extensionDevelopmentPath', remoteUri(server, devPath)]);
  }
  if (tests) {
    payload.push(['extensionTestsPath', remoteUri(server, tests)]);
  }
  let q = `?folder=${encodeURIComponent(path.resolve(opts.folder))}`;
  if (payload.length) q += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${server.url}/${q}`;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian Chromium in a fresh temp profile (removed on close). `webgpu` adds `--enable-unsafe-webgpu` (SwiftShader). */
export async function launchChromium(opts: { webgpu: boolean; headless?: boolean }): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing: apt-get install -y chromium`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-chromium-'));
  const removeDir = removeAtExit(dir);
  const args = [...chromiumArgs, ...(opts.webgpu ? ['--enable-unsafe-webgpu'] : [])];
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    args,
    viewport: { width: 1400, height: 900 },
    // Keep Chromium's crashpad database and caches out of ~.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_CACHE_HOME: path.join(dir, 'xdg-cache') },
  });
  // Remove the profile once close() has waited for the browser process (in a 'close' handler Chromium is still
  // writing it: rm fails with ENOTEMPTY and its retries block the close for ~3 s). Else it goes at process exit.
  const close = context.close.bind(context);
  context.close = async (...a: Parameters<BrowserContext['close']>) => {
    await close(...a);
    removeDir();
  };
  return context;
}
