/**
 * One lens above each statement with constructs: "ML Lens: AdamW · walkthrough". Built from the cached
 * analysis of the document version, so lenses do not flicker while typing.
 */
import * as vscode from 'vscode';
import type { Detection } from '../analysis';
import type { Ctx } from './ctx';

const WALK: Record<string, string> = { en: 'walkthrough', 'zh-cn': '交互演示' };
const CARD: Record<string, string> = { en: 'card', 'zh-cn': '卡片' };

export class MlLensCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly ctx: Ctx) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.ctx.config.codeLens) return [];
    const detections = await this.ctx.analysis.detections(document);
    const [{ cardFor }, { walkthroughForCall }] = await Promise.all([import('../catalog/cards'), import('../models/fromCall')]);
    const byLine = new Map<number, Detection[]>();
    for (const d of detections) {
      if (d.kind !== 'call' && d.kind !== 'decorator') continue;
      const line = document.positionAt(d.start).line;
      byLine.set(line, [...(byLine.get(line) ?? []), d]);
    }
    const lenses: vscode.CodeLens[] = [];
    const lang = this.ctx.lang;
    for (const [line, ds] of byLine) {
      const range = document.lineAt(line).range;
      const names = [...new Set(ds.map((d) => d.symbol.split('.').pop()!))];
      // The first construct on the line that has a walkthrough (each check prepares the demo request once).
      let walk: ReturnType<typeof walkthroughForCall>;
      const withDemo = ds.find((d) => (walk = walkthroughForCall(d)) !== undefined);
      const first = withDemo ?? ds[0];
      const title = `ML Lens: ${names.join(' · ')} · ${walk ? WALK[lang] : CARD[lang]}`;
      const command: vscode.Command = walk
        ? { title, command: 'mlLens.openWalkthrough', arguments: [walk.demo, walk.request, ...(walk.note ? [walk.note] : [])] }
        : { title, command: 'mlLens.showCard', arguments: [first.concept] };
      command.tooltip = cardFor(first.concept)?.title[lang] ?? first.concept;
      lenses.push(new vscode.CodeLens(range, command));
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
