/**
 * Explain Shapes in the editor: which model classes a document has, the request the user gave each one
 * (remembered per class in workspace state), and the latest inference result per (document, class) —
 * re-inferred as the document changes, so inlay hints and diagnostics follow the code. Shape errors become
 * diagnostics on the line that fails, with the layer that was built for other sizes as related information.
 */
import * as vscode from 'vscode';
import { l10n } from './l10n';
import type { Node, Tree } from 'web-tree-sitter';
import { joinCells, type PythonParser } from '../analysis';
import type { ModelClass, ShapeRequest, ShapeResult } from '../analysis/shapes';
import type { DocumentAnalysis } from './documentAnalysis';
import { isPythonCodeCell, notebookOf } from './notebookAnalysis';

/** The shape engine, loaded on first use rather than at activation (dist/shapes.js in the Node host). */
const engine = () => import('../analysis/shapes');

/**
 * The program a document's models live in: the file itself, or for a notebook cell the notebook's code
 * cells joined in order (a model in cell 3 uses the imports of cell 1). `lineOffset` maps program lines to
 * the document's own.
 */
interface Program {
  root: Node;
  parser: PythonParser;
  lineOffset: number;
  lineCount: number;
  /** Changes whenever the program's text may have changed. */
  version: number | string;
}

/** What the user answered for one model: constructor args, input specs, values of free names. */
export interface ShapeMemo {
  args: string;
  inputs: string[];
  defines: Record<string, string>;
}

export interface Explained {
  className: string;
  memo: ShapeMemo;
  version: number | string;
  /** Program line − document line (non-zero in notebook cells); `result` is in program lines. */
  lineOffset: number;
  result: ShapeResult;
  /** Wall time of the last inference (ms), for the log and the bench. */
  ms: number;
}

const MEMO_KEY = 'mlLens.shapes.requests';
/** Re-infer this long after the last keystroke. */
const REFRESH_DELAY_MS = 300;

export class ShapeService implements vscode.Disposable {
  private readonly explained = new Map<string, Map<string, Explained>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('ml-lens-shapes');
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's shape results change (inlay hints, CodeLens and panels refresh). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: { diagnostics(): boolean },
  ) {
    this.subscriptions = [
      this.diagnostics,
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleRefresh(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidCloseNotebookDocument((nb) => {
        this.notebookPrograms.get(nb.uri.toString())?.tree.delete();
        this.notebookPrograms.delete(nb.uri.toString());
      }),
    ];
  }

  /** One joined program per notebook, re-parsed when any code cell changes. */
  private readonly notebookPrograms = new Map<string, { signature: string; tree: Tree; parser: PythonParser; spans: Map<string, { line: number; lines: number }> }>();

  private async program(document: vscode.TextDocument): Promise<Program | undefined> {
    const notebook = notebookOf(document);
    if (!notebook) {
      const parsed = await this.analysis.parsed(document);
      return parsed && { root: parsed.root, parser: parsed.pythonParser, lineOffset: 0, lineCount: document.lineCount, version: document.version };
    }
    const cells = notebook.getCells().filter(isPythonCodeCell);
    const signature = String(this.versionOf(document));
    const key = notebook.uri.toString();
    let entry = this.notebookPrograms.get(key);
    if (entry?.signature !== signature) {
      const joined = joinCells(cells.map((c) => c.document.getText()));
      if (this.analysis.isTooLarge(document) || joined.text.length > this.analysis.maxChars) return undefined;
      const parser = await this.analysis.parser();
      entry?.tree.delete();
      entry = { signature, tree: parser.parse(joined.text), parser, spans: new Map(cells.map((c, i) => [c.document.uri.toString(), { line: joined.cells[i].line, lines: c.document.lineCount }])) };
      this.notebookPrograms.set(key, entry);
    }
    const span = entry.spans.get(document.uri.toString());
    if (!span) return undefined;
    return { root: entry.tree.rootNode, parser: entry.parser, lineOffset: span.line, lineCount: span.lines, version: signature };
  }

  private versionOf(document: vscode.TextDocument): number | string {
    const notebook = notebookOf(document);
    return notebook ? notebook.getCells().filter(isPythonCodeCell).map((c) => `${c.document.uri.fragment}@${c.document.version}`).join('|') : document.version;
  }

  /** Per document: its models at one program version (hover and CodeLens ask on every request). */
  private readonly modelCache = new Map<string, { version: number | string; models: ModelClass[] }>();

  /** Model classes (and module-level nn.Sequential models) of the document, in its own lines. */
  async models(document: vscode.TextDocument): Promise<ModelClass[]> {
    const key = document.uri.toString();
    const version = this.versionOf(document);
    const cached = this.modelCache.get(key);
    if (cached?.version === version) return cached.models;
    const p = await this.program(document);
    if (!p) return [];
    const { findModels } = await engine();
    const models = findModels(p.root)
      .filter((m) => m.line >= p.lineOffset && m.line < p.lineOffset + p.lineCount)
      .map((m) => ({ ...m, line: m.line - p.lineOffset, endLine: m.endLine - p.lineOffset }));
    this.modelCache.set(key, { version, models });
    return models;
  }

  remembered(uri: vscode.Uri, className: string): ShapeMemo | undefined {
    return this.memento.get<Record<string, ShapeMemo>>(MEMO_KEY, {})[`${uri.toString()}#${className}`];
  }

  private async remember(uri: vscode.Uri, className: string, memo: ShapeMemo): Promise<void> {
    const all = { ...this.memento.get<Record<string, ShapeMemo>>(MEMO_KEY, {}), [`${uri.toString()}#${className}`]: memo };
    await this.memento.update(MEMO_KEY, all);
  }

  /** Infers shapes for one class, stores the result and updates diagnostics. */
  async explain(document: vscode.TextDocument, className: string, memo: ShapeMemo): Promise<Explained | undefined> {
    const program = await this.program(document);
    if (!program) return undefined;
    const request: ShapeRequest = { className, args: memo.args, defines: memo.defines, inputs: memo.inputs };
    const t0 = performance.now();
    let result: ShapeResult;
    try {
      result = (await engine()).inferShapes(program.parser, program.root, request);
    } catch (e) {
      // The engine reports user-level problems in the result; anything thrown is our bug — say so, keep the editor alive.
      this.log.error(`shape inference crashed on ${className}: ${e instanceof Error ? e.stack : String(e)}`);
      result = { className, line: 0, rows: [], output: null, params: 0, macs: 0, lines: [], problem: { kind: 'needs-values', message: l10n.t('ML Lens could not follow this model ({0})', e instanceof Error ? e.message : String(e)), line: 0, names: [] } };
    }
    const explained: Explained = { className, memo, version: program.version, lineOffset: program.lineOffset, result, ms: performance.now() - t0 };
    const key = document.uri.toString();
    if (!this.explained.has(key)) this.explained.set(key, new Map());
    this.explained.get(key)!.set(className, explained);
    await this.remember(document.uri, className, memo);
    this.log.info(`shapes of ${className} (${memo.inputs.join(', ')}): ${result.rows.length} calls, ${result.problem ? `stopped: ${result.problem.message}` : `output ${JSON.stringify(result.output)}`} in ${explained.ms.toFixed(1)} ms`);
    this.publishDiagnostics(document);
    this.changed.fire(document.uri);
    return explained;
  }

  /** The results for the document, re-inferred first when it changed since. */
  async results(document: vscode.TextDocument): Promise<Explained[]> {
    const byClass = this.explained.get(document.uri.toString());
    if (!byClass) return [];
    const version = this.versionOf(document);
    const stale = [...byClass.values()].filter((e) => e.version !== version);
    for (const e of stale) await this.explain(document, e.className, e.memo);
    return [...byClass.values()];
  }

  private scheduleRefresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.explained.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.results(document);
    }, REFRESH_DELAY_MS));
  }

  publishDiagnostics(document: vscode.TextDocument): void {
    const byClass = this.explained.get(document.uri.toString());
    if (!byClass || !this.settings.diagnostics()) {
      this.diagnostics.delete(document.uri);
      return;
    }
    const out: vscode.Diagnostic[] = [];
    for (const e of byClass.values()) {
      const p = e.result.problem;
      const row = (p?.line ?? 0) - 1 - e.lineOffset;
      if (!p || p.line <= 0 || row < 0 || row >= document.lineCount) continue;
      const line = document.lineAt(row);
      const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
      const input = e.memo.inputs.join(', ');
      const d = new vscode.Diagnostic(
        range,
        p.kind === 'shape'
          ? l10n.t('Shapes cannot fit: {0} — {1} on input {2}', p.message, e.className, input)
          : l10n.t('ML Lens cannot follow the shapes of {0} here: {1}', e.className, p.message),
        p.kind === 'shape' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information,
      );
      d.source = 'ML Lens';
      d.code = p.kind === 'shape' ? 'shape-mismatch' : 'needs-values';
      const failing = e.result.rows.filter((r) => r.out === null).at(-1);
      if (failing) d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, new vscode.Position(Math.min(document.lineCount - 1, Math.max(0, failing.line - 1 - e.lineOffset)), 0)), l10n.t('{0} ({1}) receives {2}', failing.name, failing.op, failing.in.map((s) => `(${s.join(', ')})`).join(', ')))];
      out.push(d);
    }
    this.diagnostics.set(document.uri, out);
  }

  /** Settings changed: diagnostics follow `mlLens.diagnostics.enabled`. */
  republish(): void {
    for (const doc of vscode.workspace.textDocuments) if (this.explained.has(doc.uri.toString())) this.publishDiagnostics(doc);
  }

  private forget(uri: vscode.Uri): void {
    this.modelCache.delete(uri.toString());
    this.explained.delete(uri.toString());
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const p of this.notebookPrograms.values()) p.tree.delete();
    for (const d of this.subscriptions) d.dispose();
  }
}
