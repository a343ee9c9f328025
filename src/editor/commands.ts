/** Command factories: each takes the context and returns the handler (rust-analyzer style). */
import * as vscode from 'vscode';
import type { DemoRequest, LocalText } from '../models';
import { isLocalText } from '../protocol';
import type { Ctx } from './ctx';
import { cardUri } from './cardView';
import { l10n } from './l10n';
import { explainShapes } from './explainShapes';

export const COMMANDS = {
  openWalkthrough: 'mlLens.openWalkthrough',
  showCard: 'mlLens.showCard',
  explainShapes: 'mlLens.explainShapes',
} as const;

/** `ML Lens: Show Card…` — a concept's full card as a Markdown preview (asks for the concept without an id). */
export function showCard(ctx: Ctx) {
  return async (id?: string): Promise<void> => {
    const { CARDS, cardFor } = await import('../catalog/cards');
    const { closestIds } = await import('../catalog/explain');
    let concept = typeof id === 'string' ? id : undefined;
    if (!concept) {
      const picked = await vscode.window.showQuickPick(
        CARDS.map((c) => ({ label: c.title[ctx.lang], description: c.id, id: c.id })),
        { title: l10n.t('ML Lens: Show Card'), matchOnDescription: true },
      );
      if (!picked) return;
      concept = picked.id;
    }
    if (!cardFor(concept)) {
      void vscode.window.showWarningMessage(l10n.t('ML Lens has no card "{0}" yet. Closest: {1}.', concept, closestIds(concept).join(', ')));
      return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', cardUri(concept, ctx.lang));
  };
}

/**
 * `ML Lens: Open Walkthrough…` — with a demo id (from a hover link or CodeLens) opens it directly,
 * otherwise asks which one. `note` (from the user's call) says how the walkthrough's sizes differ from theirs.
 */
export function openWalkthrough(ctx: Ctx) {
  return async (demo?: string, request?: DemoRequest, note?: LocalText): Promise<void> => {
    const lang = ctx.lang;
    // Not at activation: the pages bring every demo's graph builder (dist/pages.js, dist/demos.js).
    const [{ DEMOS }, { findWalkthrough, PAGES }] = await Promise.all([import('../models/registry'), import('../pages')]);
    let id = typeof demo === 'string' ? demo : undefined;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        // Demos, then the concept pages (pictures of an architecture, no model of their own).
        [...DEMOS, ...PAGES].map((d) => ({ label: d.title[lang], description: d.id, detail: d.summary[lang], id: d.id })),
        { title: l10n.t('ML Lens: Open Walkthrough'), placeHolder: l10n.t('Choose a walkthrough'), matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      id = picked.id;
    }
    if (!findWalkthrough(id)) {
      void vscode.window.showErrorMessage(l10n.t('ML Lens has no walkthrough "{0}".', id));
      return;
    }
    await ctx.panels.open({ demo: id, request: typeof request === 'object' && request !== null ? request : {}, ...(isLocalText(note) ? { note } : {}) });
  };
}

export function registerCommands(ctx: Ctx): void {
  ctx.registerCommand(COMMANDS.openWalkthrough, openWalkthrough);
  ctx.registerCommand(COMMANDS.showCard, showCard);
  ctx.registerCommand(COMMANDS.explainShapes, explainShapes);
}
