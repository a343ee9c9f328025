/**
 * Layer 6: the one manager of walkthrough webview panels — creation, restore after reload
 * (WebviewPanelSerializer), message validation, and forwarding of the execution-provider setting.
 */
import * as vscode from 'vscode';
import { isPanelState, parseWebviewMessage, type ExecutionSetting, type HostMessage, type Lang, type PanelState, type RunReport, type WebviewMessage } from '../protocol';
import { walkthroughHtml } from './html';

export const WALKTHROUGH_VIEW_TYPE = 'mlLens.walkthrough';

const tabTitle = (title: string) => `ML Lens: ${title}`;

export interface PanelSettings {
  executionProvider(): ExecutionSetting;
  lang(): Lang;
}

/** A message a panel reported, after validation (tests and the status bar listen to these). */
export interface PanelReport {
  panel: WalkthroughPanel;
  message: WebviewMessage;
}

export class WalkthroughPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  lastReport: WebviewMessage | undefined;
  /** The panel's latest run: which EP computed its numbers (the status bar shows it). */
  lastResult: RunReport | undefined;

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    public state: PanelState,
    /** The walkthrough's title in the panel's language (the tab reads "ML Lens: <title>"). */
    public title: string,
    private readonly manager: WalkthroughPanels,
  ) {
    const { webview } = webviewPanel;
    webview.options = manager.webviewOptions();
    webview.html = walkthroughHtml(webview, manager.extensionUri, webviewPanel.title);
    this.disposables.push(
      ...[
        webview.onDidReceiveMessage((raw) => this.receive(raw)),
        webviewPanel.onDidDispose(() => this.dispose()),
        webviewPanel.onDidChangeViewState(() => manager.viewStateChanged(this)),
      ].map((d) => manager.counted(d)),
    );
  }

  post(message: HostMessage): Thenable<boolean> {
    return this.webviewPanel.webview.postMessage(message);
  }

  show(state: PanelState, title: string): void {
    this.state = state;
    this.title = title;
    this.webviewPanel.title = tabTitle(title);
    this.webviewPanel.reveal();
    void this.post(this.manager.showMessage(state));
  }

  private receive(raw: unknown): void {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.manager.log.warn(`walkthrough: ignored a malformed message (${parsed.reason})`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        void this.post(this.manager.showMessage(this.state));
        break;
      case 'state':
        this.state = message.state;
        break;
      case 'error':
        this.manager.log.error(`walkthrough ${message.demo}: ${message.phase} failed: ${message.message}`);
        break;
      case 'result':
        this.manager.log.info(
          `walkthrough ${message.demo}: ran on ${message.ep} (session ${message.createMs.toFixed(1)} ms, run ${message.runMs.toFixed(2)} ms)`,
        );
        break;
    }
    if (message.type !== 'ready') this.lastReport = message;
    if (message.type === 'result') this.lastResult = message;
    this.manager.report({ panel: this, message });
  }

  dispose(): void {
    this.manager.forget(this);
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}

export class WalkthroughPanels implements vscode.Disposable, vscode.WebviewPanelSerializer<PanelState> {
  private readonly panels = new Set<WalkthroughPanel>();
  private readonly reports = new vscode.EventEmitter<PanelReport>();
  readonly onDidReport = this.reports.event;
  private readonly activeChanges = new vscode.EventEmitter<WalkthroughPanel | undefined>();
  /** The active panel (see `activePanel`) changed, or its latest run did. */
  readonly onDidChangeActive = this.activeChanges.event;
  /** Open panels, the most recently focused last. */
  private focusOrder: WalkthroughPanel[] = [];
  private live = 0;

  constructor(
    readonly extensionUri: vscode.Uri,
    private readonly settings: PanelSettings,
    readonly log: vscode.LogOutputChannel,
  ) {}

  /** A walkthrough's title in the panel language; undefined for an id ML Lens does not have. */
  async titleOf(demo: string): Promise<string | undefined> {
    const { findWalkthrough } = await import('../pages'); // not at activation: the pages bring every demo
    return findWalkthrough(demo)?.title[this.settings.lang()];
  }

  get openPanels(): readonly WalkthroughPanel[] {
    return [...this.panels];
  }

  /** Disposables the open panels still hold: back to its old value once they close (the leak test reads it). */
  get liveDisposables(): number {
    return this.live;
  }

  /** Wraps a panel's disposable so that `liveDisposables` follows it; disposing twice counts once. */
  counted(d: vscode.Disposable): vscode.Disposable {
    this.live++;
    let disposed = false;
    return {
      dispose: () => {
        if (disposed) return;
        disposed = true;
        this.live--;
        d.dispose();
      },
    };
  }

  /** The focused walkthrough panel, else the one focused last; undefined when none is open. */
  get activePanel(): WalkthroughPanel | undefined {
    return this.focusOrder.at(-1);
  }

  viewStateChanged(panel: WalkthroughPanel): void {
    if (!panel.webviewPanel.active || this.activePanel === panel) return;
    this.focusOrder = [...this.focusOrder.filter((p) => p !== panel), panel];
    this.activeChanges.fire(panel);
  }

  webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  showMessage(state: PanelState): HostMessage {
    return { type: 'show', state, executionProvider: this.settings.executionProvider(), lang: this.settings.lang() };
  }

  /** Opens a demo, reusing the panel that already shows it. */
  async open(state: PanelState): Promise<WalkthroughPanel> {
    const title = await this.titleOf(state.demo);
    if (title === undefined) throw new Error(`ML Lens has no walkthrough "${state.demo}"`);
    const existing = [...this.panels].find((p) => p.state.demo === state.demo);
    if (existing) {
      existing.show(state, title);
      return existing;
    }
    // Walkthroughs share one editor group: beside the code the first time, as tabs of that group afterwards.
    const column = [...this.panels].find((p) => p.webviewPanel.viewColumn)?.webviewPanel.viewColumn ?? vscode.ViewColumn.Beside;
    const webviewPanel = vscode.window.createWebviewPanel(WALKTHROUGH_VIEW_TYPE, tabTitle(title), column, {
      ...this.webviewOptions(),
      retainContextWhenHidden: true,
    });
    return this.track(new WalkthroughPanel(webviewPanel, state, title, this));
  }

  /** WebviewPanelSerializer: VS Code hands back a panel after a reload with the state the webview saved. */
  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    const title = isPanelState(state) ? await this.titleOf(state.demo) : undefined;
    const restored: PanelState = title !== undefined && isPanelState(state) ? state : { demo: 'matmul-backward', request: {} };
    this.track(new WalkthroughPanel(webviewPanel, restored, title ?? (await this.titleOf(restored.demo)) ?? restored.demo, this));
  }

  executionProviderChanged(): void {
    for (const p of this.panels) void p.post({ type: 'setExecutionProvider', executionProvider: this.settings.executionProvider() });
  }

  report(r: PanelReport): void {
    this.reports.fire(r);
    if (r.message.type === 'result' && r.panel === this.activePanel) this.activeChanges.fire(r.panel);
  }

  forget(panel: WalkthroughPanel): void {
    if (!this.panels.delete(panel)) return;
    this.focusOrder = this.focusOrder.filter((p) => p !== panel);
    this.activeChanges.fire(this.activePanel);
  }

  private track(panel: WalkthroughPanel): WalkthroughPanel {
    this.panels.add(panel);
    this.focusOrder.push(panel);
    this.activeChanges.fire(panel);
    return panel;
  }

  dispose(): void {
    for (const p of [...this.panels]) p.webviewPanel.dispose();
    this.reports.dispose();
    this.activeChanges.dispose();
  }
}
