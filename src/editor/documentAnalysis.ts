/**
 * The per-document analysis cache: one incrementally parsed document per open Python file, keyed by
 * document version; notebook cells through NotebookAnalysis (the notebook's code cells as one program). The
 * parser loads lazily on first use (never at activation) from dist/parser/ through `workspace.fs`, which works
 * in both extension hosts. Detections are filtered by the `mlLens.frameworks` setting here, in the editor layer.
 */
import * as vscode from 'vscode';
import { l10n } from './l10n';
import { ParsedDocument, PythonParser, type Detection } from '../analysis';
import { FRAMEWORKS, type Framework } from '../catalog/symbols';
import { DEFAULT_MAX_FILE_KB } from './config';
import { NotebookAnalysis, notebookOf } from './notebookAnalysis';
import { progressAfter } from './progress';

export interface AnalysisSettings {
  /** Largest document analysed, in KB of text. */
  maxFileSizeKb(): number;
  frameworks(): ReadonlySet<Framework>;
}

const DEFAULTS: AnalysisSettings = { maxFileSizeKb: () => DEFAULT_MAX_FILE_KB, frameworks: () => new Set(FRAMEWORKS) };

/** Shown in the window's progress area when the first parser load takes longer than this. */
const PARSER_PROGRESS_DELAY_MS = 300;

export class DocumentAnalysis implements vscode.Disposable {
  /**
   * Parses by URI, with the TextDocument they were made from: an untitled URI (`untitled:Untitled-1`) is reused
   * for a new document, which starts again at version 1, so the version alone cannot tell them apart.
   */
  private readonly docs = new Map<string, { document: vscode.TextDocument; parsed: ParsedDocument }>();
  private readonly subscriptions: vscode.Disposable[];
  /** Documents already declined as too large (the user is told once per document). */
  private readonly declined = new Set<string>();
  private readonly notebooks: NotebookAnalysis;
  private parserLoad: Promise<PythonParser> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: AnalysisSettings = DEFAULTS,
  ) {
    this.notebooks = new NotebookAnalysis(
      () => this.parser(),
      (uri, chars) => this.withinLimit(uri, chars),
    );
    this.subscriptions = [
      this.notebooks,
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
    ];
  }

  /** The shared parser; the first load shows window progress if it is slow (wasm compile on a busy machine). */
  parser(): Promise<PythonParser> {
    if (!this.parserLoad) {
      const load = PythonParser.load(async (file) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'parser', file)));
      this.parserLoad = load.catch((e: unknown) => {
        this.parserLoad = undefined;
        this.log.error(`the Python parser failed to load: ${e instanceof Error ? e.message : String(e)}`);
        throw e;
      });
      progressAfter(PARSER_PROGRESS_DELAY_MS, l10n.t('ML Lens: loading the Python parser…'), load);
    }
    return this.parserLoad;
  }

  /**
   * The detections of `document` at its current version, keeping the frameworks the settings ask for
   * ([] when it is too large to analyse). A notebook cell sees the imports of the cells above it.
   */
  async detections(document: vscode.TextDocument): Promise<Detection[]> {
    const notebook = notebookOf(document);
    const all = notebook ? await this.notebooks.detections(notebook, document) : ((await this.parsed(document))?.detections ?? []);
    return this.keepFrameworks(all);
  }

  /** Every Python code cell of a notebook with its detections (the explorer's "In this file" for notebooks). */
  async notebookDetections(notebook: vscode.NotebookDocument): Promise<{ cell: vscode.NotebookCell; detections: Detection[] }[]> {
    const cells = await this.notebooks.allCells(notebook);
    return cells.map(({ cell, detections }) => ({ cell, detections: this.keepFrameworks(detections) }));
  }

  private keepFrameworks(detections: Detection[]): Detection[] {
    const keep = this.settings.frameworks();
    return keep.size === FRAMEWORKS.length ? detections : detections.filter((d) => keep.has(d.framework));
  }

  /** The limit in UTF-16 units, as `getText().length` counts. */
  get maxChars(): number {
    return this.settings.maxFileSizeKb() * 1024;
  }

  /** True when the document is over `mlLens.maxFileSize` and ML Lens does not analyse it. */
  isTooLarge(document: vscode.TextDocument): boolean {
    return document.getText().length > this.maxChars;
  }

  async parsed(document: vscode.TextDocument): Promise<ParsedDocument | undefined> {
    const key = document.uri.toString();
    const entry = this.docs.get(key);
    // The hot path (hover, CodeLens): the change listener keeps the parse at the document's version.
    if (entry && entry.document === document && entry.parsed.version === document.version) return entry.parsed;
    const text = document.getText();
    if (!this.withinLimit(document.uri, text.length)) return undefined;
    const parser = await this.parser();
    // Another request may have parsed it meanwhile: use that one, or replace whatever is there now.
    const current = this.docs.get(key);
    if (current && current.document === document && current.parsed.version === document.version) return current.parsed;
    current?.parsed.dispose();
    const doc = new ParsedDocument(parser, text, document.version);
    this.docs.set(key, { document, parsed: doc });
    return doc;
  }

  /** Checks the size limit; over it, logs and tells the user once per document, with a way to raise it. */
  private withinLimit(uri: vscode.Uri, chars: number): boolean {
    if (chars <= this.maxChars) return true;
    const key = uri.toString();
    if (this.declined.has(key)) return false;
    this.declined.add(key);
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
    const sizeKb = Math.ceil(chars / 1024);
    const limitKb = this.settings.maxFileSizeKb();
    this.log.warn(`${uri.toString(true)}: ${sizeKb} KB is over the analysis limit of ${limitKb} KB (mlLens.maxFileSize); ML Lens skips it`);
    const change = l10n.t('Change Limit');
    void vscode.window
      .showInformationMessage(
        l10n.t('ML Lens does not analyse {0}: it is {1} KB, over the limit of {2} KB set by mlLens.maxFileSize.', name, sizeKb, limitKb),
        change,
      )
      .then((choice) => choice === change && vscode.commands.executeCommand('workbench.action.openSettings', 'mlLens.maxFileSize'));
    return false;
  }

  /** After `mlLens.maxFileSize` or `mlLens.frameworks` changes: declined files are reconsidered. */
  settingsChanged(): void {
    this.declined.clear();
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.docs.get(e.document.uri.toString());
    if (!entry || entry.document !== e.document || e.contentChanges.length === 0) return;
    const doc = entry.parsed;
    const text = e.document.getText();
    // A file that grew past the limit is dropped; the next request declines it with a message.
    if (text.length > this.maxChars) this.forget(e.document.uri);
    else doc.update(e.contentChanges, text, e.document.version);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.docs.get(key)?.parsed.dispose();
    this.docs.delete(key);
    this.declined.delete(key);
  }

  dispose(): void {
    for (const d of this.docs.values()) d.parsed.dispose();
    this.docs.clear();
    while (this.subscriptions.length) this.subscriptions.pop()?.dispose();
  }
}
