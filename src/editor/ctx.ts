/** The one object that owns the extension's state; commands and providers receive it. */
import * as vscode from 'vscode';
import { WalkthroughPanels, WALKTHROUGH_VIEW_TYPE } from '../panels/walkthroughPanels';
import { ShapesPanels, SHAPES_VIEW_TYPE } from '../panels/shapesPanel';
import { DocumentAnalysis } from './documentAnalysis';
import { ShapeService, type Explained } from './shapeService';
import type { Lang } from '../catalog';
import { affects, displayLang, readConfig, type MlLensConfig } from './config';
import { setUiLang } from './l10n';

export class Ctx implements vscode.Disposable {
  readonly log = vscode.window.createOutputChannel('ML Lens', { log: true });
  readonly panels: WalkthroughPanels;
  /** The Shapes panels: `shapesPanels.show(result, source)` opens or reveals one per (document, class). */
  readonly shapesPanels: ShapesPanels;
  readonly analysis: DocumentAnalysis;
  readonly shapes: ShapeService;
  private readonly subscriptions: vscode.Disposable[] = [];
  private cachedConfig: MlLensConfig = readConfig();

  constructor(readonly extension: vscode.ExtensionContext) {
    setUiLang(this.lang);
    this.panels = new WalkthroughPanels(
      extension.extensionUri,
      { executionProvider: () => this.config.executionProvider, lang: () => this.lang },
      this.log,
    );
    this.shapesPanels = new ShapesPanels(this.panels, { executionProvider: () => this.config.executionProvider, lang: () => this.lang });
    this.analysis = new DocumentAnalysis(extension.extensionUri, this.log, {
      maxFileSizeKb: () => this.config.maxFileSizeKb,
      frameworks: () => this.config.frameworks,
    });
    this.shapes = new ShapeService(this.analysis, extension.workspaceState, this.log, { diagnostics: () => this.config.diagnostics });
    this.subscriptions.push(
      this.log,
      this.panels,
      this.analysis,
      this.shapes,
      vscode.window.registerWebviewPanelSerializer(WALKTHROUGH_VIEW_TYPE, this.panels),
      this.shapesPanels,
      vscode.window.registerWebviewPanelSerializer(SHAPES_VIEW_TYPE, this.shapesPanels),
      vscode.workspace.onDidChangeConfiguration((e) => {
        this.cachedConfig = readConfig();
        setUiLang(this.lang);
        if (affects(e, 'executionProvider')) {
          this.panels.executionProviderChanged();
          this.shapesPanels.executionProviderChanged();
        }
        if (affects(e, 'maxFileSize') || affects(e, 'frameworks')) this.analysis.settingsChanged();
        if (affects(e, 'diagnostics')) this.shapes.republish();
      }),
    );
  }

  get config(): MlLensConfig {
    return this.cachedConfig;
  }

  get lang(): Lang {
    return displayLang(this.cachedConfig);
  }

  /** Shows an Explain Shapes result in the shapes panel. */
  showShapes(explained: Explained, document: vscode.TextDocument): void {
    this.log.info(`shapes panel: ${explained.className} in ${document.uri.toString(true)}`);
    const { args, inputs, defines } = explained.memo;
    this.shapesPanels.show(explained.result, { uri: document.uri, className: explained.className, args, inputs, defines });
  }

  /** Registers a disposable for the extension's lifetime. */
  own<T extends vscode.Disposable>(d: T): T {
    this.subscriptions.push(d);
    return d;
  }

  /** Registers a command built by a factory `(ctx) => handler`. */
  registerCommand(id: string, factory: (ctx: Ctx) => (...args: never[]) => unknown): void {
    this.subscriptions.push(vscode.commands.registerCommand(id, factory(this)));
  }

  dispose(): void {
    while (this.subscriptions.length) this.subscriptions.pop()?.dispose();
  }
}
