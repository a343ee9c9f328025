/**
 * Panel latency through the UI harness (Playwright, Debian Chromium, code-server): from picking "MatMul
 * backward" in `ML Lens: Open Walkthrough…` to the first ORT-computed number shown in the webview. Fresh is the
 * first panel of a new window and browser profile (nothing cached: webview code, the 26 MB ORT wasm compile);
 * warm is a new panel after closing the previous one in the same window. WebAssembly without WebGPU in the
 * browser; WebGPU with `--enable-unsafe-webgpu` (SwiftShader, a CPU implementation of the GPU here).
 */
import { openWorkbench, runCommand, webviewFrame, type Workbench } from '../test/ui/harness';

/**
 * Where a panel's time went, in ms since the pick: `page` is when VS Code had created the webview's document (the
 * rest before it is the command, the panel and its iframes), then the panel's own milestones (webview/main.ts,
 * app.ts) and the ORT wasm's fetch as the page's resource timing saw it.
 */
export interface PanelSplit {
  page: number;
  scriptLoaded?: number;
  ready?: number;
  show?: number;
  run?: number;
  wasmFetched?: number;
  shown?: number;
}

export interface PanelRun {
  /** Milliseconds from the pick to the number, as Playwright sees it (~10 ms polling included). */
  ms: number;
  split?: PanelSplit;
  /** The EP badge the panel showed. */
  ep: string;
  /** The panel's own timing line (session creation and run). */
  timing: string;
}

export interface PanelBench {
  ep: 'wasm' | 'webgpu';
  fresh: PanelRun;
  warm: PanelRun[];
  warmMedianMs: number;
}

const TITLE = 'MatMul backward';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openAndTime(wb: Workbench): Promise<PanelRun> {
  const { page } = wb;
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: TITLE }).first();
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'ML Lens: Open Walkthrough…');
    await page.keyboard.type(TITLE);
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      break;
    } catch (e) {
      await page.keyboard.press('Escape'); // the pick lost focus (see harness pickFromCommand)
      if (attempt >= 3) throw e;
    }
  }
  const t0 = performance.now();
  await page.keyboard.press('Enter');
  const frame = webviewFrame(page);
  // Out[0,0] of the seed example (A·B = [[22, 28], [49, 64]]): the first number ORT computes for this panel.
  await frame.locator('figure[data-tensor="Out"] td', { hasText: /^22$/ }).first().waitFor({ state: 'attached', timeout: 120_000 });
  const ms = performance.now() - t0;
  const text = async (testid: string) => ((await frame.locator(`[data-testid="${testid}"]`).textContent()) ?? '').trim();
  // The page's clock starts with its document: shift its times onto the pick's. (No named functions inside the
  // evaluated callback: tsx's keepNames would wrap them in a helper the page does not have.)
  const inPage = await frame.locator('html').evaluate(() => ({
    now: performance.now(),
    marks: performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime]),
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r): [string, number] => [r.name, r.responseEnd]),
  }));
  const documentAt = performance.now() - t0 - inPage.now;
  const mark = (name: string) => inPage.marks.find(([n]) => n === `ml-lens:${name}`)?.[1];
  const resource = (re: RegExp) => inPage.resources.find(([n]) => re.test(n))?.[1];
  const at = (t: number | undefined) => (t === undefined ? undefined : documentAt + t);
  const split: PanelSplit = {
    page: documentAt,
    scriptLoaded: at(resource(/main\.js/)),
    ready: at(mark('ready')),
    show: at(mark('show')),
    run: at(mark('run')),
    wasmFetched: at(resource(/\.wasm/)),
    shown: at(mark('shown')),
  };
  return { ms, split, ep: await text('ep'), timing: await text('timing') };
}

/** Closes the walkthrough's tab with its close button (the palette's list can re-render under a click). */
async function closePanel(wb: Workbench): Promise<void> {
  const tab = wb.page.locator('.tabs-container .tab', { hasText: TITLE }).first();
  await tab.hover();
  await tab.locator('.tab-actions .action-label').first().click();
  await tab.waitFor({ state: 'detached', timeout: 20_000 });
}

/** Opens one window on `extensionDir` and times a fresh panel, then `warmRuns` warm ones. */
export async function benchPanel(extensionDir: string, ep: 'wasm' | 'webgpu', warmRuns = 5): Promise<PanelBench> {
  process.env.ML_LENS_EXT_DIR = extensionDir; // the harness loads this folder as the extension under development
  const wb = await openWorkbench({ webgpu: ep === 'webgpu', theme: 'dark' });
  try {
    const fresh = await openAndTime(wb);
    const warm: PanelRun[] = [];
    for (let i = 0; i < warmRuns; i++) {
      await closePanel(wb);
      warm.push(await openAndTime(wb));
    }
    return { ep, fresh, warm, warmMedianMs: median(warm.map((w) => w.ms)) };
  } finally {
    await wb.close();
  }
}

if (require.main === module) {
  const [dir, ep = 'wasm'] = process.argv.slice(2);
  if (!dir || (ep !== 'wasm' && ep !== 'webgpu')) {
    console.error('usage: npx tsx bench/panel.ts EXTENSION_DIR [wasm|webgpu]');
    process.exit(2);
  }
  benchPanel(dir, ep).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
