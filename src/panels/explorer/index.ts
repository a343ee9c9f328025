/**
 * Layer 6: the ML Lens activity-bar container — the Concepts and In This File tree views, their commands
 * (search, filter, open a walkthrough or card from a row, go to an occurrence).
 */
import * as vscode from 'vscode';
import { l10n } from '../../editor/l10n';
import { firstSentences } from '../../catalog/text';
import type { ConceptEntry, ConceptHit } from '../../catalog/conceptIndex';
import { affects } from '../../editor/config';
import type { Ctx } from '../../editor/ctx';
import type { WalkthroughTarget } from '../../models/fromCall';
import { ConceptsTree, CONCEPTS_VIEW, walkthroughOf, type ConceptNode } from './conceptsView';
import { InThisFileTree, IN_THIS_FILE_VIEW, REVEAL_COMMAND, revealOccurrence, type FileNode } from './fileView';

export const EXPLORER_COMMANDS = {
  search: 'mlLens.explorer.search',
  filter: 'mlLens.explorer.filter',
  /** The same filter box, shown with a filled icon while a filter is on. */
  editFilter: 'mlLens.explorer.editFilter',
  clearFilter: 'mlLens.explorer.clearFilter',
  openWalkthrough: 'mlLens.explorer.openWalkthrough',
  showCard: 'mlLens.explorer.showCard',
  /** Opens the Concepts view on one concept (the hover's "Show in explorer" link). */
  showInExplorer: 'mlLens.showInExplorer',
} as const;

/** What tests (through the API `activate` returns) and the walkthrough use. */
export interface Explorer {
  concepts: ConceptsTree;
  inThisFile: InThisFileTree;
  conceptsView: vscode.TreeView<ConceptNode>;
  inThisFileView: vscode.TreeView<FileNode>;
}

export function registerExplorer(ctx: Ctx): Explorer {
  const concepts = ctx.own(new ConceptsTree(ctx));
  const inThisFile = ctx.own(new InThisFileTree(ctx));
  const conceptsView = ctx.own(vscode.window.createTreeView(CONCEPTS_VIEW, { treeDataProvider: concepts, showCollapseAll: true }));
  const inThisFileView = ctx.own(vscode.window.createTreeView(IN_THIS_FILE_VIEW, { treeDataProvider: inThisFile, showCollapseAll: true }));
  inThisFileView.description = inThisFile.description;
  ctx.own(inThisFile.onDidChangeDescription((d) => (inThisFileView.description = d)));
  const explorer: Explorer = { concepts, inThisFile, conceptsView, inThisFileView };

  const applyFilter = async (text: string) => {
    concepts.setFilter(text);
    await describeFilter(concepts, conceptsView);
  };
  ctx.registerCommand(EXPLORER_COMMANDS.search, () => () => searchConcepts(ctx, explorer));
  ctx.registerCommand(EXPLORER_COMMANDS.showInExplorer, () => async (id?: unknown) => {
    if (typeof id !== 'string') return;
    await vscode.commands.executeCommand(`${CONCEPTS_VIEW}.focus`);
    // A filter that hides the concept is cleared rather than leaving the user on an empty selection.
    if (!(await concepts.nodeOf(id))) await applyFilter('');
    const node = await concepts.nodeOf(id);
    if (node) await conceptsView.reveal(node, { select: true, focus: true, expand: true });
  });
  const filter = () => (text?: string) => (typeof text === 'string' ? applyFilter(text) : filterInput(concepts, applyFilter));
  ctx.registerCommand(EXPLORER_COMMANDS.filter, filter);
  ctx.registerCommand(EXPLORER_COMMANDS.editFilter, filter);
  ctx.registerCommand(EXPLORER_COMMANDS.clearFilter, () => () => applyFilter(''));
  ctx.registerCommand(EXPLORER_COMMANDS.openWalkthrough, () => openWalkthroughOf);
  ctx.registerCommand(EXPLORER_COMMANDS.showCard, () => showCardOf);
  ctx.registerCommand(REVEAL_COMMAND, () => revealOccurrence);
  ctx.own(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'language')) {
        concepts.refresh();
        inThisFile.refresh();
      } else if (affects(e, 'frameworks') || affects(e, 'maxFileSize')) {
        inThisFile.refresh();
      }
    }),
  );
  return explorer;
}

/** The view's message and description say what the filter keeps. */
async function describeFilter(concepts: ConceptsTree, view: vscode.TreeView<ConceptNode>): Promise<void> {
  const filter = concepts.filter;
  if (!filter) {
    view.message = undefined;
    view.description = undefined;
    return;
  }
  const shown = (await concepts.groups()).reduce((n, g) => n + g.concepts.length, 0);
  const total = (await concepts.entries()).length;
  view.description = l10n.t('filter: {0}', filter);
  view.message = shown
    ? l10n.t('{0} of {1} concepts match "{2}".', shown, total, filter)
    : l10n.t('No concept name or API matches "{0}". Search Concepts also looks through the summaries.', filter);
}

/** A live filter box: the tree follows each keystroke; Enter keeps the filter, Escape restores the previous one. */
function filterInput(concepts: ConceptsTree, apply: (text: string) => Promise<void>): Promise<void> {
  const previous = concepts.filter;
  const box = vscode.window.createInputBox();
  box.title = l10n.t('ML Lens: Filter Concepts');
  box.placeholder = l10n.t('Name, id or API, e.g. norm, AdamW, nn.GELU, 优化器');
  box.prompt = l10n.t('Enter keeps the filter; Escape restores the previous one.');
  box.value = previous;
  let accepted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<void>((resolve) => {
    box.onDidChangeValue((v) => {
      clearTimeout(timer);
      timer = setTimeout(() => void apply(v), 120);
    });
    box.onDidAccept(() => {
      accepted = true;
      clearTimeout(timer);
      void apply(box.value).then(() => box.hide());
    });
    box.onDidHide(() => {
      clearTimeout(timer);
      box.dispose();
      if (!accepted) void apply(previous);
      resolve();
    });
    box.show();
  });
}

interface ConceptPick extends vscode.QuickPickItem {
  entry: ConceptEntry;
  walkthrough?: WalkthroughTarget;
}

const WALKTHROUGH_BUTTON = (): vscode.QuickInputButton => ({ iconPath: new vscode.ThemeIcon('play'), tooltip: l10n.t('Open Walkthrough') });

/** The sentence of `text` that contains `query` (case-insensitive), else its first sentence. */
function sentenceWith(text: string, query: string): string {
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*(\s|$)/g) ?? [text];
  const q = query.trim().toLowerCase();
  return (sentences.find((s) => s.toLowerCase().includes(q)) ?? sentences[0]).trim();
}

/**
 * `ML Lens: Search Concepts…` — a quick pick over every concept: titles and ids, API symbols (with or without
 * the user's alias), and summaries, in both languages. The list is ours (ranked), so every item is
 * `alwaysShow` and VS Code's own label filter does not drop a symbol or summary match.
 */
async function searchConcepts(ctx: Ctx, explorer: Explorer): Promise<void> {
  const { conceptEntries, searchConcepts: search } = await import('../../catalog/conceptIndex');
  const entries = conceptEntries();
  const lang = ctx.lang;
  const walkthroughs = new Map(await Promise.all(entries.map(async (e) => [e.id, await walkthroughOf(e)] as const)));
  const pick = (entry: ConceptEntry, hit?: ConceptHit, query = ''): ConceptPick => {
    const walkthrough = walkthroughs.get(entry.id);
    const matched = hit && (hit.field === 'symbol' || hit.field === 'other-title') ? hit.matched : undefined;
    return {
      label: entry.title[lang],
      description: matched ? `${entry.id} · ${matched}` : `${entry.id} · ${entry.family.title[lang]}`,
      detail: hit?.field === 'summary' && hit.matched ? sentenceWith(hit.matched, query) : firstSentences(entry.summary[lang], 1),
      alwaysShow: true,
      buttons: walkthrough ? [WALKTHROUGH_BUTTON()] : [],
      entry,
      walkthrough,
    };
  };
  const qp = vscode.window.createQuickPick<ConceptPick>();
  qp.title = l10n.t('ML Lens: Search Concepts');
  qp.placeholder = l10n.t('A name, an API such as nn.LayerNorm or optax.adamw, or words from a summary (English or 中文)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const update = () => {
    const query = qp.value;
    qp.items = query.trim() ? search(entries, query, lang).map((h) => pick(h.entry, h, query)) : entries.map((e) => pick(e));
  };
  update();
  return new Promise<void>((resolve) => {
    qp.onDidChangeValue(update);
    qp.onDidTriggerItemButton(({ item }) => {
      qp.hide();
      void openWalkthroughOf(item.walkthrough);
    });
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      qp.hide();
      if (!item) return;
      void vscode.commands.executeCommand('mlLens.showCard', item.entry.id);
      void revealConcept(explorer, item.entry.id);
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve();
    });
    qp.show();
  });
}

/** Selects a concept in the Concepts view when the view is open (it may be filtered out: then nothing). */
async function revealConcept(explorer: Explorer, id: string): Promise<void> {
  if (!explorer.conceptsView.visible) return;
  const node = await explorer.concepts.nodeOf(id);
  if (node) await explorer.conceptsView.reveal(node, { select: true, focus: false, expand: true });
}

/** The walkthrough of a Concepts row, an In This File group, or a target. */
async function openWalkthroughOf(arg: ConceptNode | FileNode | WalkthroughTarget | undefined): Promise<void> {
  let target: WalkthroughTarget | undefined;
  if (arg && 'kind' in arg) {
    if (arg.kind === 'concept') target = arg.walkthrough;
    else if (arg.kind === 'group') target = arg.walkthrough;
  } else {
    target = arg;
  }
  if (target) await vscode.commands.executeCommand('mlLens.openWalkthrough', target.demo, target.request, ...(target.note ? [target.note] : []));
}

/** The card of a Concepts row or an In This File group or occurrence. */
async function showCardOf(arg: ConceptNode | FileNode | undefined): Promise<void> {
  if (!arg || typeof arg !== 'object' || !('kind' in arg)) return;
  const id =
    arg.kind === 'concept'
      ? arg.entry.id
      : arg.kind === 'group'
        ? arg.concept
        : arg.kind === 'occurrence'
          ? arg.occurrence.detection.concept
          : undefined;
  if (id) await vscode.commands.executeCommand('mlLens.showCard', id);
}
