/**
 * The per-document analysis cache: one incrementally parsed document per open Python file, keyed by
 * document version. The parser loads lazily on first use (never at activation) from dist/parser/ through
 * `workspace.fs`, which works in both extension hosts.
 */
import * as vscode from 'vscode';
import { DEFAULT_MAX_BYTES, ParsedDocument, PythonParser, type Detection } from '../analysis';

export class DocumentAnalysis implements vscode.Disposable {
  private readonly docs = new Map<string, ParsedDocument>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly declined = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxBytes = (): number => DEFAULT_MAX_BYTES,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
    ];
  }

  private parser(): Promise<PythonParser> {
    return PythonParser.load(async (file) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'parser', file)));
  }

  /** The detections of `document` at its current version ([] when it is too large to analyse). */
  async detections(document: vscode.TextDocument): Promise<Detection[]> {
    return (await this.parsed(document))?.detections ?? [];
  }

  async parsed(document: vscode.TextDocument): Promise<ParsedDocument | undefined> {
    const key = document.uri.toString();
    const cached = this.docs.get(key);
    // The hot path (hover, CodeLens): the change listener keeps the parse at the document's version.
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    if (text.length > this.maxBytes()) {
      if (!this.declined.has(key)) {
        this.declined.add(key);
        this.log.warn(`${document.uri.fsPath}: ${(text.length / 1048576).toFixed(1)} MB is over the analysis limit; ML Lens skips it`);
      }
      return undefined;
    }
    const parser = await this.parser();
    cached?.dispose();
    const doc = new ParsedDocument(parser, text, document.version);
    this.docs.set(key, doc);
    return doc;
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    const doc = this.docs.get(e.document.uri.toString());
    if (!doc || e.contentChanges.length === 0) return;
    const text = e.document.getText();
    // A file that grew past the limit is dropped; the next request declines it with a message.
    if (text.length > this.maxBytes()) this.forget(e.document.uri);
    else doc.update(e.contentChanges, text, e.document.version);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.docs.get(key)?.dispose();
    this.docs.delete(key);
    this.declined.delete(key);
  }

  dispose(): void {
    for (const d of this.docs.values()) d.dispose();
    this.docs.clear();
    while (this.subscriptions.length) this.subscriptions.pop()?.dispose();
  }
}
