/** Command factories: each takes the context and returns the handler (rust-analyzer style). */
import * as vscode from 'vscode';
import { DEMOS, findDemo, type DemoRequest } from '../models';
import type { Ctx } from './ctx';
import { displayLang } from './config';

export const COMMANDS = {
  openWalkthrough: 'mlLens.openWalkthrough',
} as const;

/**
 * `ML Lens: Open Walkthrough…` — with a demo id (from a hover link or CodeLens) opens it directly,
 * otherwise asks which one.
 */
export function openWalkthrough(ctx: Ctx) {
  return async (demo?: string, request?: DemoRequest): Promise<void> => {
    const lang = displayLang();
    let id = typeof demo === 'string' ? demo : undefined;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        DEMOS.map((d) => ({ label: d.title[lang], description: d.id, detail: d.summary[lang], id: d.id })),
        { title: 'ML Lens: Open Walkthrough', placeHolder: 'Choose a walkthrough', matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      id = picked.id;
    }
    if (!findDemo(id)) {
      void vscode.window.showErrorMessage(`ML Lens has no walkthrough "${id}".`);
      return;
    }
    ctx.panels.open({ demo: id, request: typeof request === 'object' && request !== null ? request : {} });
  };
}

export function registerCommands(ctx: Ctx): void {
  ctx.registerCommand(COMMANDS.openWalkthrough, openWalkthrough);
}
