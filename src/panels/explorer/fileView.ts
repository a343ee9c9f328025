/**
 * The "In this file" view: the constructs detected in the active Python file or notebook, grouped by concept
 * (title and count), each occurrence as its line's code with the reference highlighted; a click selects it in
 * the editor. Follows the active editor and edits (debounced). When there is nothing to list, a context key
 * picks the welcome message (no Python file, nothing detected, file too large).
 */
import * as vscode from 'vscode';
import { l10n } from '../../editor/l10n';
import { outlineByConcept, type Detection, type Occurrence } from '../../analysis';
import { familyOf } from '../../catalog/concepts';
import { FRAMEWORK_NAMES } from '../../catalog/symbols';
import type { Ctx } from '../../editor/ctx';
import type { WalkthroughTarget } from '../../models/fromCall';
import { escapeMarkdown } from '../../editor/markdown';
import { isPythonCodeCell, NOTEBOOK_CELL_SCHEME } from '../../editor/notebookAnalysis';
import { familyIcon, referenceIcon } from './icons';

export const IN_THIS_FILE_VIEW = 'mlLens.inThisFile';
/** Context key for the view's welcome content: 'noPython' | 'empty' | 'tooLarge' | 'ok'. */
export const FILE_STATE_CONTEXT = 'mlLens.inThisFile.state';
export const REVEAL_COMMAND = 'mlLens.inThisFile.reveal';
/** Edits settle for this long before the view re-reads the analysis. */
const EDIT_DEBOUNCE_MS = 400;

export type FileState = 'noPython' | 'empty' | 'tooLarge' | 'ok';

export interface OccurrenceNode {
  kind: 'occurrence';
  occurrence: Occurrence;
  document: vscode.TextDocument;
  /** 1-based cell number among the notebook's cells, for notebooks. */
  cell?: number;
  parent: GroupNode;
}

export interface GroupNode {
  kind: 'group';
  concept: string;
  occurrences: OccurrenceNode[];
  /** The walkthrough of the first occurrence that has one, with that call's arguments. */
  walkthrough?: WalkthroughTarget;
}

export type FileNode = GroupNode | OccurrenceNode;

/** What the view lists: a Python text document, or a notebook (all its Python code cells). */
type Source = { kind: 'document'; document: vscode.TextDocument } | { kind: 'notebook'; notebook: vscode.NotebookDocument };

export class InThisFileTree implements vscode.TreeDataProvider<FileNode>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<FileNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  private readonly subscriptions: vscode.Disposable[];
  private source: Source | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stateValue: FileState | undefined;
  /** Fires with the view's new description (the file name) after each refresh. */
  private readonly descriptions = new vscode.EventEmitter<string | undefined>();
  readonly onDidChangeDescription = this.descriptions.event;
  private titles: ((id: string) => string) | undefined;

  constructor(private readonly ctx: Ctx) {
    this.subscriptions = [
      this.changes,
      this.descriptions,
      vscode.window.onDidChangeActiveTextEditor(() => this.followEditor()),
      vscode.window.onDidChangeActiveNotebookEditor(() => this.followEditor()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.followEditor()),
      vscode.workspace.onDidChangeTextDocument((e) => this.isShown(e.document) && this.refreshSoon()),
      vscode.workspace.onDidChangeNotebookDocument((e) => this.source?.kind === 'notebook' && e.notebook === this.source.notebook && this.refreshSoon()),
      vscode.workspace.onDidCloseTextDocument((d) => this.source?.kind === 'document' && this.source.document === d && this.followEditor()),
      vscode.workspace.onDidCloseNotebookDocument((nb) => this.source?.kind === 'notebook' && this.source.notebook === nb && this.followEditor()),
    ];
    this.followEditor();
  }

  /** The welcome state shown when the tree is empty (tests read it). */
  get state(): FileState | undefined {
    return this.stateValue;
  }

  get description(): string | undefined {
    const uri = this.source?.kind === 'document' ? this.source.document.uri : this.source?.notebook.uri;
    return uri ? uri.path.slice(uri.path.lastIndexOf('/') + 1) : undefined;
  }

  /**
   * Picks what to list from the active editor. A webview in front (a walkthrough, a card preview opened from
   * this view) leaves no active text editor: the view keeps the last Python source then, while a tab still
   * holds it, so browsing cards from the list does not empty the list. Refreshes only when the source changes:
   * a refresh retires the rows' commands, and a click on a row being replaced would miss.
   */
  private followEditor(): void {
    const editor = vscode.window.activeTextEditor;
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    let next: Source | undefined = this.source;
    if (editor && editor.document.uri.scheme !== NOTEBOOK_CELL_SCHEME) {
      next = editor.document.languageId === 'python' ? { kind: 'document', document: editor.document } : undefined;
    } else if (notebook && (editor?.document.uri.scheme === NOTEBOOK_CELL_SCHEME || !editor)) {
      next = notebook.getCells().some(isPythonCodeCell) ? { kind: 'notebook', notebook } : undefined;
    }
    if (next && !hasTab(next)) next = undefined;
    if (sameSource(next, this.source) && this.stateValue !== undefined) return;
    this.source = next;
    this.refresh();
  }

  private isShown(document: vscode.TextDocument): boolean {
    const s = this.source;
    if (!s) return false;
    if (s.kind === 'document') return s.document === document;
    return document.uri.scheme === NOTEBOOK_CELL_SCHEME && document.uri.path === s.notebook.uri.path;
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), EDIT_DEBOUNCE_MS);
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.changes.fire(undefined);
    this.descriptions.fire(this.description);
  }

  private setState(state: FileState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    void vscode.commands.executeCommand('setContext', FILE_STATE_CONTEXT, state);
  }

  async getChildren(node?: FileNode): Promise<FileNode[]> {
    if (node) return node.kind === 'group' ? node.occurrences : [];
    const groups = await this.groups();
    return groups;
  }

  /** The groups for the current source (also sets the welcome state). */
  async groups(): Promise<GroupNode[]> {
    const { cardFor } = await import('../../catalog/cards');
    this.titles = (id) => cardFor(id)?.title[this.ctx.lang] ?? id;
    const source = this.source;
    if (!source) {
      this.setState('noPython');
      return [];
    }
    let groups: GroupNode[];
    if (source.kind === 'document') {
      const document = source.document;
      if (this.ctx.analysis.isTooLarge(document)) {
        this.setState('tooLarge');
        return [];
      }
      const detections = await this.ctx.analysis.detections(document);
      groups = outlineByConcept(detections, (row) => lineText(document, row)).map((g) => {
        const group: GroupNode = { kind: 'group', concept: g.concept, occurrences: [] };
        group.occurrences = g.occurrences.map((occurrence) => ({ kind: 'occurrence', occurrence, document, parent: group }));
        return group;
      });
    } else {
      groups = await this.notebookGroups(source.notebook);
    }
    const { walkthroughForCall } = await import('../../models/fromCall');
    for (const g of groups) {
      for (const o of g.occurrences) if ((g.walkthrough = walkthroughForCall(o.occurrence.detection))) break;
    }
    this.setState(groups.length ? 'ok' : 'empty');
    return groups;
  }

  /** A notebook: each cell's detections (cells see earlier imports), grouped across cells in cell order. */
  private async notebookGroups(notebook: vscode.NotebookDocument): Promise<GroupNode[]> {
    const cells = await this.ctx.analysis.notebookDetections(notebook);
    const byConcept = new Map<string, GroupNode>();
    for (const { cell, detections } of cells) {
      const document = cell.document;
      for (const g of outlineByConcept(detections, (row) => lineText(document, row))) {
        let group = byConcept.get(g.concept);
        if (!group) byConcept.set(g.concept, (group = { kind: 'group', concept: g.concept, occurrences: [] }));
        const parent = group;
        group.occurrences.push(...g.occurrences.map((occurrence) => ({ kind: 'occurrence' as const, occurrence, document, cell: cell.index + 1, parent })));
      }
    }
    return [...byConcept.values()];
  }

  getParent(node: FileNode): FileNode | undefined {
    return node.kind === 'occurrence' ? node.parent : undefined;
  }

  getTreeItem(node: FileNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const title = this.titles?.(node.concept) ?? node.concept;
      const count = node.occurrences.length;
      const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.concept}`;
      const names = [...new Set(node.occurrences.map((o) => o.occurrence.detection.symbol.split('.').pop()!))];
      item.description = `${count} · ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`;
      item.iconPath = familyIcon(familyOf(node.concept)?.id ?? '');
      item.contextValue = node.walkthrough ? 'conceptGroup.walkthrough' : 'conceptGroup';
      item.tooltip = groupTooltip(node, title);
      item.accessibilityInformation = { label: l10n.t('{0}, {1} occurrences', title, count) };
      return item;
    }
    const { occurrence, document, cell } = node;
    const d = occurrence.detection;
    const label: vscode.TreeItemLabel = { label: occurrence.snippet, highlights: highlightOf(occurrence, document) };
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    const line = occurrence.line + 1;
    item.id = `occurrence:${document.uri.toString()}:${d.start}`;
    item.description = cell ? l10n.t('cell {0}, line {1}', cell, line) : l10n.t('line {0}', line);
    item.iconPath = referenceIcon(d.kind);
    item.contextValue = 'occurrence';
    const range = new vscode.Range(d.startPoint.row, d.startPoint.column, d.endPoint.row, d.endPoint.column);
    item.command = { command: REVEAL_COMMAND, title: l10n.t('Go to Occurrence'), arguments: [document.uri, range] };
    item.tooltip = `${d.symbol} · ${FRAMEWORK_NAMES[d.framework]}`;
    item.accessibilityInformation = {
      label: cell
        ? l10n.t('{0}, cell {1}, line {2}, {3}', occurrence.snippet, cell, line, d.symbol)
        : l10n.t('{0}, line {1}, {2}', occurrence.snippet, line, d.symbol),
    };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    while (this.subscriptions.length) this.subscriptions.pop()?.dispose();
  }
}

/** Whether a tab still shows the source (in front or behind a preview); closed documents have none. */
function hasTab(source: Source): boolean {
  if (source.kind === 'document' ? source.document.isClosed : source.notebook.isClosed) return false;
  const uri = (source.kind === 'document' ? source.document.uri : source.notebook.uri).toString();
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => (t.input instanceof vscode.TabInputText || t.input instanceof vscode.TabInputNotebook) && t.input.uri.toString() === uri),
  );
}

function sameSource(a: Source | undefined, b: Source | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'document' && b.kind === 'document') return a.document === b.document;
  if (a.kind === 'notebook' && b.kind === 'notebook') return a.notebook === b.notebook;
  return false;
}

function lineText(document: vscode.TextDocument, row: number): string {
  return row < document.lineCount ? document.lineAt(row).text : '';
}

/** Where the reference stands in the (possibly shortened) snippet. */
function highlightOf(o: Occurrence, document: vscode.TextDocument): [number, number][] {
  const d: Detection = o.detection;
  if (d.startPoint.row !== d.endPoint.row) return [];
  const ref = lineText(document, d.startPoint.row).slice(d.startPoint.column, d.endPoint.column);
  const at = ref ? o.snippet.indexOf(ref) : -1;
  return at >= 0 ? [[at, at + ref.length]] : [];
}

function groupTooltip(node: GroupNode, title: string): vscode.MarkdownString {
  const symbols = [...new Set(node.occurrences.map((o) => o.occurrence.detection.symbol))];
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(title)}**\n\n`);
  for (const s of symbols.slice(0, 8)) md.appendMarkdown(`- \`${s}\`\n`);
  return md;
}

/** `mlLens.inThisFile.reveal`: selects the occurrence in its editor (a notebook cell opens in its notebook). */
export async function revealOccurrence(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) return;
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
