/**
 * The "Concepts" view: every concept ML Lens knows, grouped by family with the seed topics first. A click
 * opens the card; concepts with a walkthrough get an inline "Open Walkthrough" action. A filter narrows the
 * tree (names, ids and API symbols in both languages) and is shown in the view's message.
 */
import * as vscode from 'vscode';
import { l10n } from '../../editor/l10n';
import type { ConceptEntry, ConceptGroup } from '../../catalog/conceptIndex';
import type { Family } from '../../catalog/concepts';
import { firstSentences } from '../../catalog/text';
import { FRAMEWORK_NAMES } from '../../catalog/symbols';
import type { Ctx } from '../../editor/ctx';
import type { WalkthroughTarget } from '../../models/fromCall';
import { familyIcon } from './icons';
import { escapeMarkdown as escape } from '../../editor/markdown';

export const CONCEPTS_VIEW = 'mlLens.concepts';
/** Context key: the Concepts view has a filter (shows the clear-filter action). */
export const FILTERED_CONTEXT = 'mlLens.conceptsFiltered';

export type ConceptNode =
  | { kind: 'family'; family: Family; concepts: readonly ConceptEntry[]; total: number }
  | { kind: 'concept'; entry: ConceptEntry; walkthrough?: WalkthroughTarget };

/** The concept's walkthrough: its variant of a demo when one exists, else the card's demo if it is registered. */
export async function walkthroughOf(entry: ConceptEntry): Promise<WalkthroughTarget | undefined> {
  const [{ walkthroughForConcept }, { findDemo }] = await Promise.all([import('../../models/fromCall'), import('../../models/registry')]);
  return walkthroughForConcept(entry.id) ?? (entry.demo && findDemo(entry.demo) ? { demo: entry.demo, request: {} } : undefined);
}

export class ConceptsTree implements vscode.TreeDataProvider<ConceptNode>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<ConceptNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  private filterText = '';
  /** Nodes by concept id, so `reveal` and `getParent` find the very objects the tree holds. */
  private readonly conceptNodes = new Map<string, ConceptNode & { kind: 'concept' }>();
  private readonly familyNodes = new Map<string, ConceptNode & { kind: 'family' }>();

  constructor(private readonly ctx: Ctx) {}

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.filterText !== '');
    this.refresh();
  }

  refresh(): void {
    this.changes.fire(undefined);
  }

  async entries(): Promise<readonly ConceptEntry[]> {
    const { conceptEntries } = await import('../../catalog/conceptIndex');
    return conceptEntries();
  }

  /** The groups the tree shows now (the filter applied). */
  async groups(): Promise<ConceptGroup[]> {
    const { conceptGroups } = await import('../../catalog/conceptIndex');
    return conceptGroups(await this.entries(), this.filterText, this.ctx.lang);
  }

  async getChildren(node?: ConceptNode): Promise<ConceptNode[]> {
    if (!node) {
      const groups = await this.groups();
      const all = await this.entries();
      this.conceptNodes.clear();
      this.familyNodes.clear();
      return groups.map((g) => {
        const n = { kind: 'family' as const, family: g.family, concepts: g.concepts, total: all.filter((e) => e.family === g.family).length };
        this.familyNodes.set(g.family.id, n);
        return n;
      });
    }
    if (node.kind === 'concept') return [];
    return Promise.all(
      node.concepts.map(async (entry) => {
        const n = { kind: 'concept' as const, entry, walkthrough: await walkthroughOf(entry) };
        this.conceptNodes.set(entry.id, n);
        return n;
      }),
    );
  }

  getParent(node: ConceptNode): ConceptNode | undefined {
    return node.kind === 'concept' ? this.familyNodes.get(node.entry.family.id) : undefined;
  }

  getTreeItem(node: ConceptNode): vscode.TreeItem {
    const lang = this.ctx.lang;
    if (node.kind === 'family') {
      const title = node.family.title[lang];
      const filtered = this.filterText !== '';
      const item = new vscode.TreeItem(title, filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      // A filtered tree opens its families: a different id makes VS Code forget the remembered collapsed state.
      item.id = filtered ? `family:${node.family.id}?${this.filterText}` : `family:${node.family.id}`;
      item.description = filtered ? l10n.t('{0} of {1}', node.concepts.length, node.total) : String(node.total);
      item.iconPath = familyIcon(node.family.id);
      item.contextValue = 'family';
      item.tooltip = l10n.t('{0}: {1} concepts', title, node.total);
      item.accessibilityInformation = { label: l10n.t('{0}, {1} concepts', title, node.concepts.length) };
      return item;
    }
    const { entry, walkthrough } = node;
    const title = entry.title[lang];
    const summary = firstSentences(entry.summary[lang], 1);
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `concept:${entry.id}`;
    item.description = summary;
    item.iconPath = new vscode.ThemeIcon(walkthrough ? 'play-circle' : 'book');
    item.contextValue = walkthrough ? 'concept.walkthrough' : 'concept';
    item.command = { command: 'mlLens.showCard', title: l10n.t('Show Card'), arguments: [entry.id] };
    item.tooltip = this.tooltip(entry, walkthrough);
    item.accessibilityInformation = {
      label: [title, entry.family.title[lang], summary, walkthrough ? l10n.t('walkthrough available') : ''].filter(Boolean).join(', '),
    };
    return item;
  }

  private tooltip(entry: ConceptEntry, walkthrough: WalkthroughTarget | undefined): vscode.MarkdownString {
    const lang = this.ctx.lang;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escape(entry.title[lang])}** · `);
    md.appendMarkdown(escape(entry.family.title[lang]));
    if (entry.seed) md.appendMarkdown(` · $(star-full) ${l10n.t('core topic')}`);
    md.appendMarkdown('\n\n');
    md.appendMarkdown(`${escape(entry.summary[lang])}\n\n`);
    if (entry.symbols.length) {
      const shown = entry.symbols.slice(0, 4).map((s) => `\`${s}\``).join(', ');
      const more = entry.symbols.length > 4 ? ` ${l10n.t('and {0} more', entry.symbols.length - 4)}` : '';
      md.appendMarkdown(`${l10n.t('APIs')}: ${shown}${more}\n\n`);
      md.appendMarkdown(`${l10n.t('Frameworks')}: ${entry.frameworks.map((f) => FRAMEWORK_NAMES[f]).join(', ')}\n\n`);
    }
    md.appendMarkdown(walkthrough ? `$(play-circle) ${l10n.t('Interactive walkthrough available')}` : `$(book) ${l10n.t('Click to open the card')}`);
    md.supportThemeIcons = true;
    return md;
  }

  /** The node of a concept, loading its family's children if the tree has not shown them yet. */
  async nodeOf(id: string): Promise<ConceptNode | undefined> {
    if (!this.conceptNodes.has(id)) {
      for (const family of await this.getChildren()) if (family.kind === 'family' && family.concepts.some((c) => c.id === id)) await this.getChildren(family);
    }
    return this.conceptNodes.get(id);
  }

  dispose(): void {
    this.changes.dispose();
  }
}

