/** Entry point for both extension hosts (Node and web worker): thin wiring only. */
import { bundleStartMs, type ActivationTimes } from './activationClock'; // first: it times the bundle
import * as vscode from 'vscode';
import { CardDocuments, CARD_SCHEME } from './editor/cardView';
import { MlLensCodeLensProvider } from './editor/codeLens';
import { registerCommands } from './editor/commands';
import { Ctx } from './editor/ctx';
import { MlLensHoverProvider } from './editor/hover';

const PYTHON: vscode.DocumentSelector = [{ language: 'python' }];

/** What `activate` returns: the integration tests observe panels through it. */
export interface MlLensApi {
  panels: Ctx['panels'];
  analysis: Ctx['analysis'];
  activation: ActivationTimes;
}

export function activate(context: vscode.ExtensionContext): MlLensApi {
  const activateStartMs = performance.now();
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  ctx.own(vscode.languages.registerHoverProvider(PYTHON, new MlLensHoverProvider(ctx)));
  const lenses = ctx.own(new MlLensCodeLensProvider(ctx));
  ctx.own(vscode.languages.registerCodeLensProvider(PYTHON, lenses));
  ctx.own(vscode.workspace.registerTextDocumentContentProvider(CARD_SCHEME, new CardDocuments()));
  ctx.own(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mlLens') && lenses.refresh()));
  return { panels: ctx.panels, analysis: ctx.analysis, activation: { bundleStartMs, activateStartMs, activateEndMs: performance.now() } };
}

export function deactivate(): void {}
