/**
 * `ML Lens: Show Card` — the full card as a Markdown preview of a read-only virtual document
 * (`ml-lens-card:/<id>.md?lang`), so nothing unsaved is left behind.
 */
import * as vscode from 'vscode';
import type { Lang } from '../catalog';

export const CARD_SCHEME = 'ml-lens-card';

export class CardDocuments implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { cardFor, cardMarkdown, closestIds } = await import('../catalog/explain');
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const lang: Lang = uri.query === 'zh-cn' ? 'zh-cn' : 'en';
    const card = cardFor(id);
    return card ? cardMarkdown(card, lang) : `# ${id}\n\nNo card yet. Closest: ${closestIds(id).join(', ')}\n`;
  }
}

export function cardUri(id: string, lang: Lang): vscode.Uri {
  return vscode.Uri.from({ scheme: CARD_SCHEME, path: `/${id}.md`, query: lang });
}
