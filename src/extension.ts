/** Entry point for both extension hosts (Node and web worker): thin wiring only. */
import { bundleStartMs, type ActivationTimes } from './activationClock'; // first: it times the bundle
import * as vscode from 'vscode';
import { CardDocuments, CARD_SCHEME } from './editor/cardView';
import { MlLensCodeLensProvider } from './editor/codeLens';
import { registerCommands } from './editor/commands';
import { Ctx } from './editor/ctx';
import { chooseExecutionProvider, CHOOSE_EP_COMMAND, EpStatusItem } from './editor/epStatus';
import { EXAMPLE_SCHEME, ExampleDocuments, openExample, openExampleNotebook } from './editor/examples';
import { MlLensHoverProvider } from './editor/hover';
import { ShapeCodeLenses, ShapeInlayHints } from './editor/shapeProviders';
import { registerExplorer, type Explorer } from './panels/explorer';

// Python files, and the Python code cells of Jupyter notebooks (analysed with the cells above them).
const PYTHON: vscode.DocumentSelector = [{ language: 'python' }, { notebookType: 'jupyter-notebook', language: 'python' }];

/** What `activate` returns: the integration tests observe panels through it. */
export interface MlLensApi {
  panels: Ctx['panels'];
  analysis: Ctx['analysis'];
  shapes: Ctx['shapes'];
  shapesPanels: Ctx['shapesPanels'];
  activation: ActivationTimes;
  explorer: Explorer;
  epStatus: EpStatusItem;
}

export function activate(context: vscode.ExtensionContext): MlLensApi {
  const activateStartMs = performance.now();
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  ctx.own(vscode.languages.registerHoverProvider(PYTHON, new MlLensHoverProvider(ctx)));
  const lenses = ctx.own(new MlLensCodeLensProvider(ctx));
  ctx.own(vscode.languages.registerCodeLensProvider(PYTHON, lenses));
  ctx.own(vscode.languages.registerCodeLensProvider(PYTHON, new ShapeCodeLenses(ctx, ctx.shapes)));
  ctx.own(vscode.languages.registerInlayHintsProvider(PYTHON, new ShapeInlayHints(ctx, ctx.shapes)));
  ctx.own(vscode.workspace.registerTextDocumentContentProvider(CARD_SCHEME, new CardDocuments()));
  ctx.own(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mlLens') && lenses.refresh()));
  ctx.own(vscode.workspace.registerTextDocumentContentProvider(EXAMPLE_SCHEME, new ExampleDocuments(ctx)));
  ctx.registerCommand('mlLens.openExample', openExample);
  ctx.registerCommand('mlLens.openExampleNotebook', openExampleNotebook);
  ctx.registerCommand(CHOOSE_EP_COMMAND, chooseExecutionProvider);
  const epStatus = ctx.own(new EpStatusItem(ctx));
  const explorer = registerExplorer(ctx);
  return {
    panels: ctx.panels,
    analysis: ctx.analysis,
    shapes: ctx.shapes,
    shapesPanels: ctx.shapesPanels,
    activation: { bundleStartMs, activateStartMs, activateEndMs: performance.now() },
    explorer,
    epStatus,
  };
}

export function deactivate(): void {}
