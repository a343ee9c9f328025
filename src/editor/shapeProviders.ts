/**
 * The editor faces of Explain Shapes: a CodeLens above every model class ("Explain shapes", or the result's
 * summary once explained) and an inlay hint after each forward line with the shape it produced.
 */
import * as vscode from 'vscode';
import { l10n } from './l10n';
import type { Ctx } from './ctx';
import type { ShapeService } from './shapeService';

const shapeText = (s: readonly (number | string)[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
const fmtCount = (n: number | string) => (typeof n === 'number' ? n.toLocaleString('en-US') : n);

/** `→ (2, 64, 112, 112)`; several tensors joined; lines run with other shapes too say how many. */
export function hintLabel(results: (number | string)[][][]): { label: string; tooltip: string } {
  const one = (ts: (number | string)[][]) => ts.map(shapeText).join(', ');
  const more = results.length > 1 ? ` +${results.length - 1}` : '';
  return { label: `→ ${one(results[0])}${more}`, tooltip: results.map(one).join('\n') };
}

/** The service's per-document change event as the void event providers expose. */
const whenShapesChange = (shapes: ShapeService): vscode.Event<void> => (listener, thisArgs, disposables) => shapes.onDidChange(() => listener.call(thisArgs, undefined), undefined, disposables);

export class ShapeInlayHints implements vscode.InlayHintsProvider {
  readonly onDidChangeInlayHints: vscode.Event<void>;

  constructor(
    private readonly ctx: Ctx,
    private readonly shapes: ShapeService,
  ) {
    this.onDidChangeInlayHints = whenShapesChange(shapes);
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    if (!this.ctx.config.inlayHints) return [];
    const hints: vscode.InlayHint[] = [];
    const seen = new Set<number>();
    for (const e of await this.shapes.results(document)) {
      for (const { line, shapes } of e.result.lines) {
        const row = line - 1 - e.lineOffset;
        if (row < 0 || row < range.start.line || row > range.end.line || row >= document.lineCount || seen.has(row)) continue;
        seen.add(row);
        const { label, tooltip } = hintLabel(shapes);
        const hint = new vscode.InlayHint(document.lineAt(row).range.end, label, vscode.InlayHintKind.Type);
        hint.paddingLeft = true;
        hint.tooltip = new vscode.MarkdownString().appendCodeblock(`${e.className} on ${e.memo.inputs.join(', ')}\n${tooltip}`, 'text');
        hints.push(hint);
      }
    }
    return hints;
  }
}

export class ShapeCodeLenses implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(
    private readonly ctx: Ctx,
    private readonly shapes: ShapeService,
  ) {
    this.onDidChangeCodeLenses = whenShapesChange(shapes);
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.ctx.config.codeLens) return [];
    const models = await this.shapes.models(document);
    if (!models.length) return [];
    const results = new Map((await this.shapes.results(document)).map((e) => [e.className, e]));
    const lenses: vscode.CodeLens[] = [];
    for (const m of models) {
      const range = document.lineAt(m.line).range;
      const e = results.get(m.name);
      const args = [document.uri.toString(), m.name];
      let title = l10n.t('ML Lens: Explain shapes');
      if (e && !e.result.problem) title = l10n.t('ML Lens: {0} → {1} · {2} params', e.memo.inputs.join(', '), (e.result.output ?? []).map(shapeText).join(', '), fmtCount(e.result.params));
      else if (e?.result.problem?.kind === 'shape') title = l10n.t('ML Lens: shapes do not fit at line {0}', e.result.problem.line);
      lenses.push(new vscode.CodeLens(range, { title, command: 'mlLens.explainShapes', arguments: args, tooltip: l10n.t('Follow an input through {0} statically: shapes after every layer, parameters, MACs', m.name) }));
    }
    return lenses;
  }
}
