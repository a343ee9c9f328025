/**
 * The Shapes panel: the request, the totals, a problem banner, the table of every submodule call, and
 * "Confirm with ONNX Runtime", which runs each layer call as a one-layer ONNX model on the panel's EP (the same
 * executor as the walkthroughs) and ticks the rows as their runs finish.
 */
import type { ShapeResult } from '../../src/analysis/shapes';
import { planShapeChecks, runShapeChecks, type ShapeCheckRun } from '../../src/models/shapeCheck';
import { parseShapesHostMessage, type ExecutionSetting, type Lang, type ShapesPanelState, type ShapesWebviewMessage } from '../../src/protocol';
import type { EpChoice } from '../runtime/ep';
import { OrtExecutor } from '../runtime/executor';
import { append, h } from '../ui/dom';
import { compactCount, exactCount, msText, shapesText, symbolsText } from './format';
import { ShapesTable } from './table';
import { shapesText as textFor, type ShapesText } from './text';
import './shapes.css';

export interface ShapesHost {
  post(message: ShapesWebviewMessage): void;
  saveState(state: ShapesPanelState): void;
  wasmUrl: string;
}

export class ShapesApp {
  private state: ShapesPanelState | undefined;
  private setting: ExecutionSetting = 'auto';
  private lang: Lang = 'en';
  private t: ShapesText = textFor('en');
  private table: ShapesTable | undefined;
  private readonly executor: OrtExecutor;
  /** Bumped by every new result and every check: progress of an older check is ignored. */
  private generation = 0;
  private running = false;
  private stopRequested = false;

  private readonly header = h('header', { class: 'shapes-header' });
  private readonly banner = h('div', { class: 'problem', role: 'alert', hidden: true, 'data-testid': 'problem' });
  private readonly stats = h('dl', { class: 'stats', 'data-testid': 'stats' });
  private readonly confirmButton = h('vscode-button', { 'data-testid': 'confirm' });
  private readonly expandButton = h('vscode-button', { secondary: true, 'data-testid': 'expand-all' });
  private readonly collapseButton = h('vscode-button', { secondary: true, 'data-testid': 'collapse-all' });
  private readonly progress = h('progress', { class: 'check-progress', max: 1, value: 0, 'data-testid': 'progress' });
  private readonly progressText = h('span', { class: 'progress-text', 'data-testid': 'progress-text' });
  private readonly progressWrap = h('span', { class: 'progress-wrap', hidden: true }, this.progress, this.progressText);
  private readonly status = h('div', { class: 'status check-status', role: 'status', hidden: true, 'data-testid': 'status' });
  private readonly hint = h('p', { class: 'hint confirm-hint' });
  private readonly symbols = h('p', { class: 'hint symbols', hidden: true, 'data-testid': 'symbols' });
  private readonly error = h('div', { class: 'error', role: 'alert', hidden: true, 'data-testid': 'error' });
  private readonly tableWrap = h('div', { class: 'table-wrap' });

  constructor(
    root: HTMLElement,
    private readonly host: ShapesHost,
  ) {
    this.executor = new OrtExecutor(host.wasmUrl, () => this.setting);
    const toolbar = h('div', { class: 'toolbar shapes-toolbar' }, this.confirmButton, this.expandButton, this.collapseButton, this.progressWrap);
    root.classList.add('shapes-main');
    root.replaceChildren(this.header, this.banner, this.stats, toolbar, this.hint, this.symbols, this.status, this.error, this.tableWrap);
    this.confirmButton.addEventListener('click', () => (this.running ? (this.stopRequested = true) : void this.confirm()));
    this.expandButton.addEventListener('click', () => this.table?.expandAll());
    this.collapseButton.addEventListener('click', () => this.table?.collapseAll());
  }

  receive(raw: unknown): void {
    const parsed = parseShapesHostMessage(raw);
    if (!parsed.ok) {
      console.warn(`ML Lens: ignored a malformed message (${parsed.reason})`);
      return;
    }
    const m = parsed.message;
    if (m.type === 'confirmShapes') {
      if (!this.running) void this.confirm();
      return;
    }
    this.setting = m.executionProvider;
    if (m.type === 'setExecutionProvider') {
      this.executor.reset();
      return;
    }
    this.lang = m.lang;
    this.t = textFor(m.lang);
    this.state = m.state;
    this.host.saveState(m.state);
    this.generation++;
    this.running = false;
    this.render(m.state);
  }

  private reveal(line: number): void {
    if (line > 0) this.host.post({ type: 'reveal', line });
  }

  private render(state: ShapesPanelState): void {
    const { result, request } = state;
    const t = this.t;
    const code = (text: string, testid?: string) => h('code', testid ? { 'data-testid': testid } : {}, text);
    const facts = h('dl', { class: 'request', 'data-testid': 'request' },
      h('dt', {}, t.file), h('dd', {}, state.file),
      h('dt', {}, t.model), h('dd', {}, code(`${request.className}(${request.args})`, 'request-model')),
      h('dt', {}, request.inputs.length > 1 ? t.inputs : t.input), h('dd', {}, code(request.inputs.join(', '), 'request-inputs')),
      ...(request.defines && Object.keys(request.defines).length
        ? [h('dt', {}, t.defines), h('dd', {}, code(Object.entries(request.defines).map(([k, v]) => `${k}=${v}`).join(', ')))]
        : []),
    );
    this.header.replaceChildren(h('h1', {}, t.title(result.className)), h('p', { class: 'summary' }, t.subtitle), facts);
    this.renderProblem(result);
    // A count over symbolic dims is a formula: smaller type, wrapped in its card.
    const stat = (label: string, value: string, testid: string, title?: string, formula = false) =>
      h('div', { class: 'stat' }, h('dt', {}, label), h('dd', { 'data-testid': testid, ...(title ? { title } : {}) }, formula ? h('span', { class: 'formula-text' }, value) : value));
    this.stats.replaceChildren(
      stat(t.params, exactCount(result.params), 'stat-params', undefined, typeof result.params === 'string'),
      // MACs of a forward that stopped at an error would be a partial sum: not shown.
      result.output ? stat(t.macs, compactCount(result.macs), 'stat-macs', `${exactCount(result.macs)} MACs`, typeof result.macs === 'string') : stat(t.macs, '—', 'stat-macs'),
      stat(t.output, result.output ? shapesText(result.output) : '—', 'stat-output'),
      stat(t.calls, String(result.rows.length), 'stat-calls'),
    );
    this.confirmButton.textContent = t.confirm;
    this.confirmButton.removeAttribute('disabled');
    this.expandButton.textContent = t.expandAll;
    this.collapseButton.textContent = t.collapseAll;
    this.hint.textContent = t.confirmHint;
    this.progressWrap.hidden = true;
    this.hint.hidden = false;
    this.status.hidden = true;
    this.error.hidden = true;
    this.symbols.hidden = true;
    if (!result.rows.length) {
      this.table = undefined;
      this.tableWrap.replaceChildren(h('p', { class: 'hint' }, t.noRows));
      this.confirmButton.setAttribute('disabled', '');
      return;
    }
    this.table = new ShapesTable(result, request.inputs, t, this.lang, (line) => this.reveal(line));
    this.tableWrap.replaceChildren(this.table.element);
  }

  private renderProblem(result: ShapeResult): void {
    const p = result.problem;
    this.banner.hidden = !p;
    if (!p) return;
    const t = this.t;
    const title = p.kind === 'shape' ? t.problemShape(p.line) : p.kind === 'needs-values' ? t.problemNeeds : t.problemInput;
    const parts: (Node | string)[] = [h('strong', {}, title), h('span', { class: 'problem-message' }, p.message)];
    if (p.kind === 'needs-values' && p.names?.length) {
      parts.push(h('span', { class: 'names' }, ...p.names.map((n) => h('code', {}, n))), h('span', { class: 'problem-hint' }, t.needsHint));
    }
    if (p.line > 0) {
      const go = h('vscode-button', { secondary: true, 'data-testid': 'problem-reveal' }, t.showLine(p.line));
      go.addEventListener('click', () => this.reveal(p.line));
      parts.push(go);
    }
    this.banner.className = `problem problem-${p.kind}`;
    this.banner.replaceChildren(...parts);
  }

  /** Runs the check on the panel's EP, ticking rows as their runs finish; the button stops it meanwhile. */
  private async confirm(): Promise<void> {
    const state = this.state;
    const table = this.table;
    if (!state || !table) return;
    const generation = ++this.generation;
    const t = this.t;
    const current = () => generation === this.generation;
    const plan = planShapeChecks(state.result);
    this.running = true;
    this.stopRequested = false;
    this.confirmButton.textContent = t.stop;
    this.error.hidden = true;
    table.clearChecks();
    plan.rows.forEach((p, i) => p.kind === 'unsupported' && table.setCheck(i, { status: 'unsupported', reason: p.reason }));
    this.symbols.hidden = Object.keys(plan.symbols).length === 0;
    this.symbols.textContent = t.symbols(symbolsText(plan.symbols));
    this.progressWrap.hidden = false;
    this.hint.hidden = true;
    this.progress.max = Math.max(1, plan.runCount);
    this.progress.value = 0;
    this.progressText.textContent = t.progress(0, plan.runCount);
    this.status.hidden = false;
    this.status.replaceChildren(h('span', {}, t.starting));
    const started = performance.now();
    let run: ShapeCheckRun;
    let choice: EpChoice;
    try {
      [run, choice] = await this.executor.exclusive(async (ort, c) => {
        if (current()) this.status.replaceChildren(h('span', {}, `${t.checkedOn} ${c.ep === 'webgpu' ? 'WebGPU' : 'WASM'}…`));
        const r = await runShapeChecks(ort, c.ep, plan, {
          fallback: c.ep === 'webgpu' ? 'wasm' : undefined,
          cancelled: () => !current() || this.stopRequested,
          onProgress: (done, total, rows) => {
            if (!current()) return;
            this.progress.value = done;
            this.progressText.textContent = t.progress(done, total);
            for (const { index, check } of rows) table.setCheck(index, check);
          },
        });
        return [r, c] as const;
      });
    } catch (e) {
      if (!current()) return;
      const message = (e as Error).message ?? String(e);
      this.error.hidden = false;
      this.error.replaceChildren(h('strong', {}, t.failed), message);
      this.status.hidden = true;
      this.finish();
      this.host.post({ type: 'error', demo: 'shape-check', phase: 'session', message: message.slice(0, 4000) });
      return;
    }
    if (!current()) return;
    const stopped = this.stopRequested;
    run.rows.forEach((c, i) => {
      const p = plan.rows[i];
      if (c.status === 'composite' || (p.kind === 'run' && !stopped) || p.kind === 'unsupported') table.setCheck(i, c);
    });
    const { match, mismatch, unsupported, error } = run.counts;
    const summary = t.summary(match, mismatch, unsupported, error);
    table.setSummary(summary, mismatch === 0 && error === 0);
    this.showStatus(run, choice, summary, performance.now() - started, stopped);
    this.finish();
    this.host.post({
      type: 'shapeCheck',
      ep: choice.ep,
      requested: this.setting,
      adapter: choice.adapter,
      eps: run.eps,
      counts: run.counts,
      models: run.models,
      runs: run.runs,
      createMs: run.createMs,
      runMs: run.runMs,
    });
  }

  private finish(): void {
    this.progressWrap.hidden = true;
    this.running = false;
    this.stopRequested = false;
    this.confirmButton.textContent = this.t.confirmAgain;
  }

  private showStatus(run: ShapeCheckRun, choice: EpChoice, summary: string, wallMs: number, stopped: boolean): void {
    const t = this.t;
    const fellBack = choice.ep === 'webgpu' && run.eps.includes('wasm');
    const badge = h('span', { class: `ep ep-${choice.ep}`, 'data-testid': 'ep', title: choice.reason[this.lang] }, choice.ep === 'webgpu' ? 'WebGPU' : 'WASM');
    this.status.replaceChildren(h('span', {}, t.checkedOn), badge);
    append(
      this.status,
      h('span', { class: 'check-summary', 'data-testid': 'check-summary' }, summary),
      h('span', { class: 'timing', 'data-testid': 'timing', title: `${msText(wallMs)}` }, t.checkStats(run.models, run.runs, msText(run.createMs), msText(run.runMs))),
      fellBack ? h('span', { class: 'reason' }, t.fellBack(run.rows.filter((c) => c.ep === 'wasm').length)) : null,
      stopped ? h('span', { class: 'reason' }, t.stopped) : null,
      h('span', { class: 'reason' }, choice.reason[this.lang]),
    );
  }
}
