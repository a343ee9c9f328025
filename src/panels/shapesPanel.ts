/**
 * Layer 6: the "Shapes" panels — the table of a model's static shapes and its ONNX confirmation. One panel per
 * (document, class), revealed when asked again; restored after a reload from the state the webview saved. The
 * webview options, HTML shell, CSP and disposable counting are the walkthrough panels' own.
 */
import * as vscode from 'vscode';
import type { ShapeResult } from '../analysis/shapes';
import { parseShapesWebviewMessage, shapesStateProblem, type ShapeCheckReport, type ShapesHostMessage, type ShapesPanelState, type ShapesWebviewMessage } from '../protocol';
import { walkthroughHtml } from './html';
import type { PanelSettings, WalkthroughPanels } from './walkthroughPanels';

export const SHAPES_VIEW_TYPE = 'mlLens.shapes';

/** Where a shape result comes from: the document, and the request the engine answered. */
export interface ShapesSource {
  uri: vscode.Uri;
  className: string;
  /** Constructor arguments as Python source ('' for none). */
  args: string;
  /** One input spec per forward argument (`(2,3,224,224)`, `(N,16):int64`). */
  inputs: string[];
  defines?: Record<string, string>;
}

export interface ShapesPanelReport {
  panel: ShapesPanel;
  message: ShapesWebviewMessage;
}

/** The page of a restored panel whose state cannot be shown. */
function staleHtml(webview: vscode.Webview, extensionUri: vscode.Uri, zh: boolean): string {
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'main.css')).toString();
  const text = zh ? '这个面板的内容无法恢复。请再次运行 “ML Lens: Explain Shapes” 查看模型的形状。' : 'This panel’s shapes could not be restored. Run “ML Lens: Explain Shapes” again to see the model’s shapes.';
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}"><link rel="stylesheet" href="${css}"></head><body><main><p class="summary">${text}</p></main></body></html>`;
}

const panelKey = (uri: string, className: string) => `${uri}\u0000${className}`;

function fileName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

export class ShapesPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The latest "Confirm with ONNX Runtime" run the webview reported. */
  lastCheck: ShapeCheckReport | undefined;

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    public state: ShapesPanelState,
    private readonly manager: ShapesPanels,
  ) {
    const { webview } = webviewPanel;
    webview.options = manager.walkthroughs.webviewOptions();
    webview.html = walkthroughHtml(webview, manager.walkthroughs.extensionUri, webviewPanel.title, 'shapes');
    this.disposables.push(
      ...[webview.onDidReceiveMessage((raw) => this.receive(raw)), webviewPanel.onDidDispose(() => this.dispose())].map((d) => manager.walkthroughs.counted(d)),
    );
  }

  get key(): string {
    return panelKey(this.state.uri, this.state.request.className);
  }

  post(message: ShapesHostMessage): Thenable<boolean> {
    return this.webviewPanel.webview.postMessage(message);
  }

  show(state: ShapesPanelState): void {
    this.state = state;
    this.webviewPanel.title = this.manager.title(state);
    this.webviewPanel.reveal(undefined, true);
    void this.post(this.manager.showMessage(state));
  }

  /** Starts "Confirm with ONNX Runtime" in the webview; its result arrives as a `shapeCheck` report. */
  confirm(): Thenable<boolean> {
    return this.post({ type: 'confirmShapes' });
  }

  private receive(raw: unknown): void {
    const parsed = parseShapesWebviewMessage(raw);
    const log = this.manager.walkthroughs.log;
    if (!parsed.ok) {
      log.warn(`shapes: ignored a malformed message (${parsed.reason})`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        void this.post(this.manager.showMessage(this.state));
        break;
      case 'reveal':
        void this.reveal(message.line).catch((e) => log.error(`shapes: cannot reveal line ${message.line}: ${(e as Error).message}`));
        break;
      case 'shapeCheck': {
        const c = message.counts;
        this.lastCheck = message;
        log.info(
          `shapes ${this.state.request.className}: ONNX check on ${message.eps.join('+') || message.ep}: ${c.match} match, ${c.mismatch} mismatch, ${c.unsupported} unsupported, ${c.error} failed (${message.models} models, ${message.runs} runs, sessions ${message.createMs.toFixed(0)} ms, runs ${message.runMs.toFixed(0)} ms)`,
        );
        break;
      }
      case 'error':
        log.error(`shapes ${this.state.request.className}: ${message.phase} failed: ${message.message}`);
        break;
    }
    this.manager.report({ panel: this, message });
  }

  /** Shows the 1-based line of the panel's document in its editor (opened beside the panel if needed). */
  async reveal(line: number): Promise<vscode.TextEditor | undefined> {
    const uri = vscode.Uri.parse(this.state.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (line < 1 || line > doc.lineCount) return undefined;
    const text = doc.lineAt(line - 1);
    const selection = new vscode.Range(line - 1, text.firstNonWhitespaceCharacterIndex, line - 1, text.range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (this.webviewPanel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    this.manager.forget(this);
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}

export class ShapesPanels implements vscode.Disposable, vscode.WebviewPanelSerializer<ShapesPanelState> {
  private readonly panels = new Map<string, ShapesPanel>();
  private readonly reports = new vscode.EventEmitter<ShapesPanelReport>();
  /** Every validated message a Shapes webview sent (tests observe panels through it). */
  readonly onDidReport = this.reports.event;

  constructor(
    readonly walkthroughs: WalkthroughPanels,
    private readonly settings: PanelSettings,
  ) {}

  get openPanels(): readonly ShapesPanel[] {
    return [...this.panels.values()];
  }

  title(state: ShapesPanelState): string {
    return this.settings.lang() === 'zh-cn' ? `形状：${state.request.className}` : `Shapes: ${state.request.className}`;
  }

  showMessage(state: ShapesPanelState): ShapesHostMessage {
    return { type: 'showShapes', state, executionProvider: this.settings.executionProvider(), lang: this.settings.lang() };
  }

  /**
   * Shows `result` in the panel of (source.uri, source.className): revealed and updated when open, else
   * opened beside the editor.
   */
  show(result: ShapeResult, source: ShapesSource): ShapesPanel {
    const state: ShapesPanelState = {
      result,
      request: { className: source.className, args: source.args, inputs: [...source.inputs], ...(source.defines && Object.keys(source.defines).length ? { defines: { ...source.defines } } : {}) },
      uri: source.uri.toString(),
      file: fileName(source.uri),
    };
    const problem = shapesStateProblem(JSON.parse(JSON.stringify(state)));
    if (problem) throw new Error(`ML Lens cannot show these shapes: ${problem}`);
    const existing = this.panels.get(panelKey(state.uri, state.request.className));
    if (existing) {
      existing.show(state);
      return existing;
    }
    const webviewPanel = vscode.window.createWebviewPanel(SHAPES_VIEW_TYPE, this.title(state), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      ...this.walkthroughs.webviewOptions(),
      retainContextWhenHidden: true,
    });
    return this.track(new ShapesPanel(webviewPanel, state, this));
  }

  /** WebviewPanelSerializer: the panel comes back after a reload with the state its webview saved. */
  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const problem = shapesStateProblem(state);
    if (problem) {
      // No result to show (e.g. saved by another version): a static page says how to get one; nothing runs in it.
      this.walkthroughs.log.warn(`shapes: not restoring a panel (${problem})`);
      webviewPanel.webview.options = { enableScripts: false, localResourceRoots: this.walkthroughs.webviewOptions().localResourceRoots };
      webviewPanel.webview.html = staleHtml(webviewPanel.webview, this.walkthroughs.extensionUri, this.settings.lang() === 'zh-cn');
      return;
    }
    const restored = state as ShapesPanelState;
    webviewPanel.title = this.title(restored);
    this.track(new ShapesPanel(webviewPanel, restored, this));
  }

  executionProviderChanged(): void {
    for (const p of this.panels.values()) void p.post({ type: 'setExecutionProvider', executionProvider: this.settings.executionProvider() });
  }

  report(r: ShapesPanelReport): void {
    this.reports.fire(r);
  }

  forget(panel: ShapesPanel): void {
    if (this.panels.get(panel.key) === panel) this.panels.delete(panel.key);
  }

  private track(panel: ShapesPanel): ShapesPanel {
    this.panels.get(panel.key)?.webviewPanel.dispose();
    this.panels.set(panel.key, panel);
    return panel;
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.webviewPanel.dispose();
    this.reports.dispose();
  }
}
