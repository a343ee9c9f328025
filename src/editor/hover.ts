/** Hover on a detected construct: the card, the user's call interpreted, pitfalls, links. */
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { markDone } from './onboarding';

export class MlLensHoverProvider implements vscode.HoverProvider {
  constructor(private readonly ctx: Ctx) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.ctx.config.hover) return undefined;
    const offset = document.offsetAt(position);
    const detections = await this.ctx.analysis.detections(document);
    const d = detections.find((x) => offset >= x.start && offset <= x.end);
    if (!d) return undefined;
    // Cards are loaded on the first hover, not at activation.
    const [{ hoverMarkdown }, { commandUri, LINK_COMMANDS }, { walkthroughForCall }] = await Promise.all([
      import('./hoverMarkdown'),
      import('./links'),
      import('../models/fromCall'),
    ]);
    const walk = walkthroughForCall(d);
    // A construct inside a model class links to that model's shapes.
    const line = d.startPoint.row;
    const model = (await this.ctx.shapes.models(document)).filter((m) => line >= m.line && line <= m.endLine).at(-1);
    const md = new vscode.MarkdownString(
      hoverMarkdown(d, this.ctx.lang, {
        walkthrough: walk ? commandUri('mlLens.openWalkthrough', [walk.demo, walk.request, ...(walk.note ? [walk.note] : [])]) : undefined,
        shapes: model ? commandUri('mlLens.explainShapes', [document.uri.toString(), model.name]) : undefined,
        card: commandUri('mlLens.showCard', [d.concept]),
        explorer: commandUri('mlLens.showInExplorer', [d.concept]),
      }),
    );
    md.isTrusted = { enabledCommands: [...LINK_COMMANDS] };
    md.supportHtml = false;
    markDone('mlLens.hoverShown'); // completes the Get Started step "Hover a construct"
    return new vscode.Hover(md, new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)));
  }
}
