/**
 * `ML Lens: Explain Shapes` — for the model class at the cursor (or the one a CodeLens names): asks for the
 * input shape (prefilled from what was used last time for this class, a `# shape:` comment, the docstring or
 * the first layer), for constructor arguments when `__init__` requires them (prefilled from an instantiation
 * in the file), and for any free name the model needs; then shows the shapes as inlay hints, diagnostics and
 * the shapes panel. With `inputs` given as an argument it asks nothing (tests, scripted use).
 */
import * as vscode from 'vscode';
import { l10n } from './l10n';
import type { ModelClass, ShapeResult } from '../analysis/shapes';
import type { Ctx } from './ctx';
import type { ShapeMemo } from './shapeService';

export interface ExplainShapesOptions {
  args?: string;
  inputs?: string[];
  defines?: Record<string, string>;
}

/** The input-spec helpers of the shape engine, loaded with it on first use (dist/shapes.js). */
type Specs = Pick<typeof import('../analysis/shapes'), 'formatInputSpec' | 'parseInputSpec'>;

/** Splits `"(10,2,32); (6,2,32)"` into one spec per forward argument. */
function splitInputs(text: string, { formatInputSpec }: Specs): string[] {
  return text.split(';').map((s) => s.trim()).filter(Boolean).map(formatInputSpec);
}

function validateInputs(text: string, specs: Specs): string | undefined {
  const inputs = splitInputs(text, specs);
  if (!inputs.length) return l10n.t('Give at least one input shape, e.g. (2, 3, 224, 224)');
  for (const s of inputs) {
    try {
      specs.parseInputSpec(s);
    } catch (e) {
      return (e as Error).message;
    }
  }
  return undefined;
}

async function pickModel(ctx: Ctx, document: vscode.TextDocument, models: ModelClass[], className: string | undefined): Promise<ModelClass | undefined> {
  if (className) return models.find((m) => m.name === className);
  const editor = vscode.window.activeTextEditor;
  const line = editor?.document === document ? editor.selection.active.line : -1;
  const around = models.filter((m) => line >= m.line && line <= m.endLine).at(-1);
  if (around) return around;
  if (models.length === 1) return models[0];
  const picked = await vscode.window.showQuickPick(
    models.map((m) => ({ label: m.name, description: l10n.t('line {0}', m.line + 1), model: m })),
    { title: l10n.t('ML Lens: Explain Shapes'), placeHolder: l10n.t('Which model?') },
  );
  return picked?.model;
}

export function explainShapes(ctx: Ctx) {
  return async (uriArg?: string | vscode.Uri, classArg?: string, options?: ExplainShapesOptions): Promise<ShapeResult | undefined> => {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg instanceof vscode.Uri ? uriArg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(l10n.t('ML Lens: open a Python file with an nn.Module class to explain its shapes.'));
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const models = await ctx.shapes.models(document);
    const model = await pickModel(ctx, document, models, typeof classArg === 'string' ? classArg : undefined);
    if (!model) {
      if (!models.length) void vscode.window.showInformationMessage(l10n.t('ML Lens found no nn.Module subclass or nn.Sequential model in this file.'));
      else if (classArg) void vscode.window.showWarningMessage(l10n.t('ML Lens: no model named {0} in this file.', String(classArg)));
      return undefined;
    }
    const specs: Specs = await import('../analysis/shapes');
    const { formatInputSpec } = specs;
    const remembered = ctx.shapes.remembered(uri, model.name);
    const scripted = Array.isArray(options?.inputs);
    let args = options?.args ?? remembered?.args ?? model.argsInFile ?? '';
    if (!scripted && model.requiredParams.length) {
      const answer = await vscode.window.showInputBox({
        title: l10n.t('Explain shapes of {0}: constructor arguments', model.name),
        prompt: l10n.t('Python expressions over literals and names in this file, for {0}({1})', model.name, model.requiredParams.join(', ')),
        value: args,
        ignoreFocusOut: true,
      });
      if (answer === undefined) return undefined;
      args = answer;
    }
    let inputs = options?.inputs;
    if (!inputs) {
      const answer = await vscode.window.showInputBox({
        title: l10n.t('Explain shapes of {0}: input shape', model.name),
        prompt: l10n.t('One shape per forward argument, separated by ";" — symbols allowed, dtype after ":", e.g. (N, 3, 224, 224) or (2, 16):int64'),
        value: remembered?.inputs.join('; ') ?? formatInputSpec(model.suggestedInput ?? '(2, 3, 224, 224)'),
        validateInput: (text) => validateInputs(text, specs),
        ignoreFocusOut: true,
      });
      if (answer === undefined) return undefined;
      inputs = splitInputs(answer, specs);
    }
    const memo: ShapeMemo = { args, inputs: inputs.map(formatInputSpec), defines: { ...remembered?.defines, ...options?.defines } };
    let explained = await ctx.shapes.explain(document, model.name, memo);
    // Free names: ask for each, never guess (at most a few rounds: each answer may reveal the next name).
    for (let round = 0; !scripted && round < 5 && explained?.result.problem?.kind === 'needs-values' && explained.result.problem.names?.length; round++) {
      for (const name of explained.result.problem.names!) {
        const value = await vscode.window.showInputBox({
          title: l10n.t('Explain shapes of {0}: a value the file does not give', model.name),
          prompt: l10n.t('Value of {0} (used at line {1}), as a Python expression', name, explained.result.problem.line),
          ignoreFocusOut: true,
        });
        if (value === undefined) return explained.result;
        memo.defines[name] = value;
      }
      explained = await ctx.shapes.explain(document, model.name, memo);
    }
    if (!explained) return undefined;
    ctx.showShapes(explained, document);
    const p = explained.result.problem;
    if (p && !scripted) {
      const goTo = l10n.t('Go to Line');
      void vscode.window.showWarningMessage(p.line ? l10n.t('ML Lens: {0} (line {1})', p.message, p.line) : l10n.t('ML Lens: {0}', p.message), ...(p.line ? [goTo] : [])).then(async (choice) => {
        if (choice !== goTo) return;
        const editor = await vscode.window.showTextDocument(document);
        const pos = new vscode.Position(p.line - 1, 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
    }
    return explained.result;
  };
}
