/** Entry point for both extension hosts (Node and web worker): thin wiring only. */
import type * as vscode from 'vscode';
import { registerCommands } from './editor/commands';
import { Ctx } from './editor/ctx';

/** What `activate` returns: the integration tests observe panels through it. */
export interface MlLensApi {
  panels: Ctx['panels'];
  analysis: Ctx['analysis'];
}

export function activate(context: vscode.ExtensionContext): MlLensApi {
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  return { panels: ctx.panels, analysis: ctx.analysis };
}

export function deactivate(): void {}
