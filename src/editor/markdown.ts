/** Markdown escaping for text we show in tooltips (card titles, adapter names): no emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|]/g, '\\$&');
}
