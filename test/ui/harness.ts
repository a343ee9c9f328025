/**
 * Helpers for Playwright UI tests (mocha in plain Node) that drive code-server 4.100.3 in Debian Chromium.
 *
 *   const wb = await openWorkbench({ webgpu: false, theme: 'dark' });
 *   await runCommand(wb.page, 'ML Lens: Open Walkthrough…');
 *   await webviewFrame(wb.page).locator('h1').waitFor();
 *   await screenshot(wb.page, 'walkthrough-dark');
 *   await wb.close();
 *
 * Env: ML_LENS_EXT_DIR overrides the extension folder loaded as extensionDevelopmentPath (default: repo root).
 * DOM facts (HARNESS.md): hover text in `.monaco-hover-content`, CodeLens in `.codelens-decoration a`,
 * press Escape before clicking elsewhere (an open hover swallows clicks).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium, removeAtExit, repoRoot, startCodeServer, workbenchUrl, type CodeServer } from '../runner/codeServer';

export { repoRoot };
export const resultsDir = path.join(repoRoot, 'test-results');

export interface OpenOptions {
  /** Chromium with `--enable-unsafe-webgpu` (SwiftShader adapter); false tests the wasm fallback. */
  webgpu: boolean;
  theme?: 'light' | 'dark';
  /** Folder to open as is. Default: a fresh temp copy of examples/ (removed on close). */
  workspace?: string;
  /** Extensions dir, e.g. one where a VSIX was installed with `--install-extension`. */
  extensionsDir?: string;
  /** Load the repo (or ML_LENS_EXT_DIR) as extensionDevelopmentPath. false when testing an installed VSIX. */
  devExtension?: boolean;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Timeout for the workbench to become ready (ms). */
  timeout?: number;
}

export interface Workbench {
  page: Page;
  context: BrowserContext;
  server: CodeServer;
  workspace: string;
  /** Page console lines seen so far ("[type] text"): check them for errors from the extension. */
  consoleLines: string[];
  close(): Promise<void>;
}

export const extensionDir = (): string => path.resolve(process.env.ML_LENS_EXT_DIR ?? repoRoot);

export async function openWorkbench(opts: OpenOptions): Promise<Workbench> {
  let removeWorkspace = () => {};
  let workspace = opts.workspace;
  if (!workspace) {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-lens-ui-ws-'));
    removeWorkspace = removeAtExit(workspace);
    const examples = path.join(repoRoot, 'examples');
    if (fs.existsSync(examples)) fs.cpSync(examples, workspace, { recursive: true });
  }
  const theme = opts.theme === 'light' ? 'Default Light Modern' : 'Default Dark Modern';
  const server = await startCodeServer({
    workspace,
    extensionsDir: opts.extensionsDir,
    settings: { 'workbench.colorTheme': theme, ...(opts.settings ?? {}) },
  });
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    await server.stop();
    removeWorkspace();
  };
  try {
    context = await launchChromium({ webgpu: opts.webgpu });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const url = workbenchUrl(server, {
      folder: workspace,
      extensionDevelopmentPath: opts.devExtension === false ? undefined : extensionDir(),
    });
    await page.goto(url);
    await waitForWorkbench(page, opts.timeout ?? 60_000);
    return { page, context, server, workspace, consoleLines, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The workbench is ready when its parts are laid out, the status bar has items and the explorer shows the folder. */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.part.statusbar .statusbar-item').first().waitFor({ state: 'visible', timeout });
  await page.locator('.part.sidebar .explorer-folders-view, .part.sidebar .monaco-list').first()
    .waitFor({ state: 'visible', timeout });
  // Extensions are ready once the remote connection indicator is rendered in the status bar.
  await page.locator('#status\\.host, .statusbar-item[id="status.host"]').first()
    .waitFor({ state: 'attached', timeout })
    .catch(() => undefined);
}

const quickInput = (page: Page) => page.locator('.quick-input-widget');
const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');
const quickRows = (page: Page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

async function closeHovers(page: Page): Promise<void> {
  if (await page.locator('.monaco-hover:visible').count()) await page.keyboard.press('Escape');
}

/**
 * Opens the quick input. F1 goes where the keyboard focus is: a webview that has just taken it (a panel opened
 * from a hover link) may not hand the key on to the workbench, so after a moment the title bar's command center
 * is clicked instead (the `>` that callers type then switches it to commands).
 */
async function openPalette(page: Page, timeout: number): Promise<void> {
  await page.keyboard.press('F1');
  try {
    await quickInputBox(page).waitFor({ state: 'visible', timeout: 3_000 });
  } catch {
    await page.locator('.command-center-center').first().click();
    await quickInputBox(page).waitFor({ state: 'visible', timeout });
  }
}

/**
 * Runs a command by its palette title, e.g. 'ML Lens: Open Walkthrough…' (category + title). The palette lists
 * the commands known when it opens, so it is reopened until the command shows up (extensions still loading).
 */
export async function runCommand(page: Page, title: string, timeout = 20_000): Promise<void> {
  await closeHovers(page);
  const deadline = Date.now() + timeout;
  const row = quickRows(page).filter({ hasText: title }).first();
  for (;;) {
    await openPalette(page, timeout);
    try {
      // Something that takes the focus just then (an editor revealing a line, a webview loading) closes the
      // palette under the typing: open it again.
      await quickInputBox(page).fill(`>${title}`, { timeout: 2_000 });
      await row.waitFor({ state: 'visible', timeout: Math.max(500, Math.min(2_000, deadline - Date.now())) });
    } catch (e) {
      if (await quickInputBox(page).isVisible()) await page.keyboard.press('Escape');
      if (Date.now() >= deadline) throw new Error(`command "${title}" not found in the command palette`, { cause: e });
      continue;
    }
    await row.click();
    break;
  }
  await quickInput(page).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined); // it may open its own pick
}

/** Picks the item with this label in the open quick pick (filters by typing the label first). */
export async function pickQuickItem(page: Page, label: string, timeout = 15_000): Promise<void> {
  await quickInputBox(page).waitFor({ state: 'visible', timeout });
  await quickInputBox(page).fill(label);
  const row = quickRows(page).filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
}

/** Opens a workspace file by its path relative to the folder (Ctrl+P quick open); resolves when its tab is active. */
export async function openFile(page: Page, relPath: string, timeout = 15_000): Promise<void> {
  await closeHovers(page);
  await page.keyboard.press('Control+P');
  await quickInputBox(page).waitFor({ state: 'visible', timeout });
  await quickInputBox(page).fill(relPath);
  const base = path.basename(relPath);
  const row = quickRows(page).filter({ hasText: base }).first();
  await row.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  // The active group's tab (a file may be open in several groups).
  await page.locator(`.editor-group-container.active .tabs-container .tab.active[data-resource-name="${base}"]`).waitFor({ state: 'visible', timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** Moves the cursor to line:col (1-based) with Go to Line. */
export async function goToLine(page: Page, line: number, col = 1): Promise<void> {
  await closeHovers(page);
  await page.keyboard.press('Control+G');
  await quickInputBox(page).waitFor({ state: 'visible' });
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/**
 * Puts the cursor at line:col (1-based) and asks for the hover; resolves with the hover part that matches
 * `expect` (ours: "ML Lens" or the symbol's `torch.…` path), waiting for it to render.
 */
export async function hoverAt(page: Page, line: number, col: number, expect: string | RegExp = /ML Lens|torch\.nn/): Promise<Locator> {
  await goToLine(page, line, col);
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-hover-content').filter({ hasText: expect }).first();
  await hover.waitFor({ timeout: 30_000 });
  return hover;
}

/**
 * Clicks the CodeLens titled `title` (e.g. 'ML Lens: Adam · walkthrough'), first scrolling `line` into view.
 *
 * When an editor shows its file again, VS Code first paints the lenses it cached from an earlier request, whose
 * commands the extension host has already released, and replaces them once the new request lands; a click in
 * between fails with "Actual command not found, wanted to execute <command> /<n>" (microsoft/vscode#84153). A user
 * clicks again; so does this helper, once the fresh lenses are painted.
 */
export async function clickCodeLens(page: Page, title: string, line?: number): Promise<void> {
  if (line !== undefined) await goToLine(page, line);
  const lens = page.locator('.codelens-decoration a').filter({ hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await lens.waitFor({ timeout: 30_000 });
    let stale = false;
    const onConsole = (m: { text(): string }) => {
      if (/Actual command not found/.test(m.text())) stale = true;
    };
    page.on('console', onConsole);
    try {
      await lens.click();
      for (let t = 0; t < 20 && !stale; t++) await page.waitForTimeout(100);
    } finally {
      page.off('console', onConsole);
    }
    if (!stale) return;
    if (attempt >= 3) throw new Error(`the CodeLens "${title}" kept running a released command`);
    await closeNotifications(page);
    await page.waitForTimeout(1_000);
  }
}

/** Clears the notification toasts (an error toast would cover the lower right of the workbench). */
async function closeNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
}

/** Waits for the walkthrough panel headed `title` to finish a run (EP badge shown); returns its frame. */
export async function walkthroughFrame(page: Page, title: string, timeout = 120_000): Promise<FrameLocator> {
  const frame = webviewFrame(page);
  await frame.locator('h1', { hasText: title }).waitFor({ timeout });
  await frame.locator('[data-testid="ep"]').waitFor({ timeout });
  return frame;
}

/** The content frame of the visible webview (inner `iframe#active-frame` of `iframe.webview.ready`). */
export function webviewFrame(page: Page): FrameLocator {
  return page.locator('iframe.webview.ready:visible').last().contentFrame().frameLocator('iframe#active-frame');
}

/** Saves test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, animations: 'disabled' }); // finish CSS transitions (toasts slide in)
  return file;
}

/**
 * Opens one workbench for the enclosing mocha suite (suiteSetup) and closes it afterwards (suiteTeardown);
 * call the returned function inside tests to get it.
 */
export function useWorkbench(opts: OpenOptions): () => Workbench {
  let wb: Workbench | undefined;
  suiteSetup(async function () {
    this.timeout(180_000);
    wb = await openWorkbench(opts);
  });
  // A failing test leaves a picture of the workbench as it was (test-results/failed-<test title>.png) and prints
  // the workbench's last errors.
  teardown(async function () {
    // test/ui/.mocharc.json retries a failed UI test once (a focus race in the workbench is not the extension's
    // failure). Mocha leaves the state of an attempt it will retry unset: that failure stays on record here too.
    const state = this.currentTest?.state;
    if (!wb || !this.currentTest || state === 'passed' || state === 'pending') return;
    if (state === undefined) console.log(`      attempt ${(this.currentTest as Mocha.Test & { currentRetry(): number }).currentRetry() + 1} of "${this.currentTest.title}" failed: retrying`);
    const errors = wb.consoleLines.filter((l) => /^\[(error|pageerror)\]/.test(l) && !/open-vsx|Failed to load resource/.test(l)).slice(-10);
    if (errors.length) console.log(`      workbench errors before the failure:\n${errors.map((l) => `        ${l.split('\n')[0].slice(0, 300)}`).join('\n')}`);
    await screenshot(wb.page, `failed-${this.currentTest.fullTitle()}`.slice(0, 120)).catch(() => undefined);
  });
  suiteTeardown(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('the workbench did not open');
    return wb;
  };
}

/**
 * Runs a command that opens a quick pick and picks `label`. A quick pick closes when something else takes
 * focus (a webview finishing its load can), so the pair is retried a few times before it counts as a failure.
 */
export async function pickFromCommand(page: Page, title: string, label: string, attempts = 3): Promise<void> {
  for (let i = 1; ; i++) {
    await runCommand(page, title);
    try {
      await pickQuickItem(page, label, 10_000);
      return;
    } catch (e) {
      if (i >= attempts) throw e;
      await page.keyboard.press('Escape');
    }
  }
}
