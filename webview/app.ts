/**
 * The panel app shell: receives `show`, runs the demo's ONNX model with onnxruntime-web on the
 * chosen EP, reports results and errors to the host and in the page, and saves state for reloads.
 */
import { DemoInputError, findDemo, type DemoRequest, type PreparedDemo, type RunResult } from '../src/models';
import { findPage, type PageDefinition } from '../src/pages';
import { parseHostMessage, type ExecutionSetting, type Lang, type PanelState, type WebviewMessage } from '../src/protocol';
import { DEMO_VIEWS } from './demos';
import { genericView } from './demos/generic';
import type { DemoView } from './demos/types';
import { PAGE_VIEWS } from './pages';
import type { PageView } from './pages/types';
import { OrtExecutor } from './runtime/executor';
import { fmt, h } from './ui/dom';

/** A view's extra run dropped because the panel ran a newer request before its turn came (not shown as an error). */
export class SupersededRun extends Error {
  override name = 'SupersededRun';
}

export interface Host {
  post(message: WebviewMessage): void;
  saveState(state: PanelState): void;
  wasmUrl: string;
}

const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${fmt(Number(v.toFixed(2)))} ms`);

export class App {
  private state: PanelState | undefined;
  private setting: ExecutionSetting = 'auto';
  private lang: Lang = 'en';
  private view: DemoView | undefined;
  /** A concept page instead of a demo: drawn from its params, no run of its own. */
  private page: { definition: PageDefinition; view: PageView } | undefined;
  private generation = 0;
  /** Every ORT run goes through it: one EP choice, one queue. */
  private readonly executor: OrtExecutor;
  /** The views' extra runs since the last main run, summed for the status line. */
  private extra = { runs: 0, createMs: 0, runMs: 0 };
  private readonly extraTiming = h('span', { class: 'timing', 'data-testid': 'chart-timing' });
  private readonly pageEp = h('span', { class: 'ep', 'data-testid': 'ep', hidden: true });
  private readonly header = h('header', { class: 'header' });
  private readonly status = h('div', { class: 'status', role: 'status', 'data-testid': 'status' });
  private readonly error = h('div', { class: 'error', role: 'alert', hidden: true, 'data-testid': 'error' });
  private readonly body = h('div', { class: 'body' });

  constructor(
    root: HTMLElement,
    private readonly host: Host,
  ) {
    root.replaceChildren(this.header, this.status, this.error, this.body);
    this.executor = new OrtExecutor(host.wasmUrl, () => this.setting);
  }

  receive(raw: unknown): void {
    const parsed = parseHostMessage(raw);
    if (!parsed.ok) {
      console.warn(`ML Lens: ignored a malformed message (${parsed.reason})`);
      return;
    }
    const m = parsed.message;
    if (m.type === 'setExecutionProvider') {
      this.setting = m.executionProvider;
      this.executor.reset();
      void this.run();
      return;
    }
    performance.mark('ml-lens:show');
    this.setting = m.executionProvider;
    this.lang = m.lang;
    this.state = m.state;
    this.mount();
    void this.run();
  }

  private mount(): void {
    const { demo } = this.state!;
    const definition = findDemo(demo);
    const factory = DEMO_VIEWS[demo] ?? genericView;
    this.page = undefined;
    if (!definition) {
      const page = findPage(demo);
      if (page && PAGE_VIEWS[demo]) return this.mountPage(page);
      this.showError('prepare', `This version of ML Lens has no walkthrough "${demo}".`);
      return;
    }
    const note = this.state!.note?.[this.lang];
    this.header.replaceChildren(
      h('h1', {}, definition.title[this.lang]),
      h('p', { class: 'summary' }, definition.summary[this.lang]),
      ...(note ? [h('p', { class: 'call-note', 'data-testid': 'call-note' }, note)] : []),
    );
    this.view = factory(this.body, {
      lang: this.lang,
      definition,
      request: () => this.state!.request,
      setRequest: (request: DemoRequest) => {
        // The note describes the user's call: it stays through edits and goes with "Reset to the default example".
        const reset = !request.params && !request.inputs;
        if (reset && this.state!.note) this.header.querySelector('[data-testid="call-note"]')?.remove();
        this.state = reset ? { demo, request } : { ...this.state!, demo, request };
        this.host.saveState(this.state);
        this.host.post({ type: 'state', state: this.state });
        void this.run();
      },
      compute: (request: DemoRequest, other?: string) => this.compute(request, other ?? demo),
    });
  }

  private mountPage(definition: PageDefinition): void {
    const { demo } = this.state!;
    this.view = undefined;
    this.header.replaceChildren(h('h1', {}, definition.title[this.lang]), h('p', { class: 'summary' }, definition.summary[this.lang]));
    const view = PAGE_VIEWS[demo](this.body, {
      lang: this.lang,
      page: definition,
      request: () => this.state!.request,
      setRequest: (request: DemoRequest) => {
        this.state = { demo, request };
        this.host.saveState(this.state);
        this.host.post({ type: 'state', state: this.state });
        void this.run();
      },
      compute: (request: DemoRequest, other: string) => this.compute(request, other),
    });
    this.page = { definition, view };
  }

  /** A concept page: validate its params and draw; its ORT runs (if any) are the view's own, counted as extra. */
  private renderPage(page: { definition: PageDefinition; view: PageView }): void {
    ++this.generation; // a page's extra runs for an older request are dropped
    let prepared;
    try {
      prepared = page.definition.prepare(this.state!.request);
    } catch (e) {
      this.showError('prepare', e instanceof DemoInputError ? e.message : String(e));
      return;
    }
    this.error.hidden = true;
    this.extra = { runs: 0, createMs: 0, runMs: 0 };
    this.status.replaceChildren(
      h('span', { 'data-testid': 'page-status' }, page.definition.source[this.lang]),
      this.pageEp,
      this.extraTiming,
    );
    this.pageEp.hidden = true;
    this.showExtraTiming();
    page.view.update(prepared);
  }

  /** A view's extra run: same EP, same queue, same error display as the panel's own run. */
  private async compute(request: DemoRequest, demo: string): Promise<RunResult> {
    const definition = findDemo(demo);
    const generation = this.generation;
    let prepared: PreparedDemo;
    try {
      if (!definition) throw new DemoInputError(`This version of ML Lens has no demo "${demo}".`);
      prepared = definition.prepare(request);
    } catch (e) {
      this.showError('prepare', e instanceof DemoInputError ? e.message : String(e), false);
      throw e;
    }
    try {
      const result = await this.execute(prepared, () => generation !== this.generation);
      this.extra.runs++;
      this.extra.createMs += result.createMs;
      this.extra.runMs += result.runMs;
      if (this.page) this.showPageEp(result);
      this.showExtraTiming();
      return result;
    } catch (e) {
      if (!(e instanceof SupersededRun)) this.showError('run', (e as Error).message ?? String(e), false);
      throw e;
    }
  }

  /**
   * Runs a prepared demo on the chosen EP (choosing it first), after every run queued before it; `stale` says when
   * its turn comes whether it is still wanted (a view's run for an older request is not).
   */
  private execute(prepared: PreparedDemo, stale?: () => boolean): Promise<RunResult> {
    return this.executor.exclusive(async () => {
      // Let the page (and the workbench around the webview) handle input between runs: on SwiftShader's WebGPU
      // one run of an unrolled optimizer graph holds the thread for up to a second or two.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale?.()) throw new SupersededRun(`${prepared.demo}: superseded by a newer request`);
      return this.executor.runDemo(prepared);
    });
  }

  /** Prepares and runs the current request; a newer run supersedes an older one still in flight. */
  private async run(): Promise<void> {
    const state = this.state;
    if (state && this.page) return this.renderPage(this.page);
    const definition = state && findDemo(state.demo);
    if (!state || !definition || !this.view) return;
    const generation = ++this.generation;
    let prepared;
    try {
      prepared = definition.prepare(state.request);
    } catch (e) {
      this.showError('prepare', e instanceof DemoInputError ? e.message : String(e));
      return;
    }
    const zh = this.lang === 'zh-cn';
    const ep = this.executor.choice?.ep;
    this.setStatus(ep ? (zh ? `正在 ${ep} 上运行…` : `Running on ${ep}…`) : zh ? '正在启动 onnxruntime-web…' : 'Starting onnxruntime-web…');
    let result: RunResult;
    try {
      performance.mark('ml-lens:run');
      result = await this.execute(prepared);
    } catch (e) {
      if (generation === this.generation) this.showError('run', (e as Error).message ?? String(e));
      return;
    }
    if (generation !== this.generation) return;
    this.error.hidden = true;
    this.extra = { runs: 0, createMs: 0, runMs: 0 };
    this.showRun(result);
    this.view.update(prepared, result);
    performance.mark('ml-lens:shown');
    this.host.post({
      type: 'result',
      demo: result.demo,
      ep: result.ep,
      requested: this.setting,
      adapter: this.executor.choice?.adapter ?? null,
      createMs: result.createMs,
      runMs: result.runMs,
      outputs: result.outputs,
    });
  }

  private showRun(r: RunResult): void {
    const zh = this.lang === 'zh-cn';
    const reason = this.executor.choice?.reason[this.lang] ?? '';
    const badge = h('span', { class: `ep ep-${r.ep}`, 'data-testid': 'ep', title: reason }, r.ep === 'webgpu' ? 'WebGPU' : 'WASM');
    this.status.replaceChildren(
      h('span', {}, zh ? '由 onnxruntime-web 计算，执行后端 ' : 'Computed by onnxruntime-web on '),
      badge,
      h('span', { class: 'timing', 'data-testid': 'timing' },
        r.createMs > 0 ? (zh ? `会话创建 ${ms(r.createMs)} · 运行 ${ms(r.runMs)}` : `session ${ms(r.createMs)} · run ${ms(r.runMs)}`) : (zh ? `运行 ${ms(r.runMs)}（会话已缓存）` : `run ${ms(r.runMs)} (cached session)`),
      ),
      this.extraTiming,
      h('span', { class: 'reason' }, reason),
    );
    this.showExtraTiming();
  }

  /** A page that runs demos shows which EP computed its numbers, like a demo's status line. */
  private showPageEp(r: RunResult): void {
    this.pageEp.hidden = false;
    this.pageEp.className = `ep ep-${r.ep}`;
    this.pageEp.textContent = r.ep === 'webgpu' ? 'WebGPU' : 'WASM';
    this.pageEp.title = this.executor.choice?.reason[this.lang] ?? '';
  }

  private showExtraTiming(): void {
    const { runs, createMs, runMs } = this.extra;
    const zh = this.lang === 'zh-cn';
    this.extraTiming.hidden = runs === 0;
    this.extraTiming.textContent = zh
      ? `· 图表至今另运行 ${runs} 次：会话创建 ${ms(createMs)} · 运行 ${ms(runMs)}`
      : `· charts so far: ${runs} more run${runs === 1 ? '' : 's'}, sessions ${ms(createMs)} · run ${ms(runMs)}`;
  }

  private setStatus(text: string): void {
    this.status.replaceChildren(h('span', {}, text));
  }

  /** `clearStatus` false keeps the status line (the main run succeeded; a view's extra run failed). */
  private showError(phase: 'prepare' | 'session' | 'run', message: string, clearStatus = true): void {
    const demo = this.state?.demo ?? '';
    this.error.hidden = false;
    const zh = this.lang === 'zh-cn';
    const title = phase === 'prepare' ? (zh ? '输入有问题：' : 'Input problem: ') : zh ? '模型运行失败：' : 'The model failed: ';
    this.error.replaceChildren(h('strong', {}, title), message);
    if (clearStatus) this.setStatus('');
    this.host.post({ type: 'error', demo, phase, message: message.slice(0, 4000) });
  }
}
