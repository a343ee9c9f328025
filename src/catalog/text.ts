/** Text in both languages ML Lens ships. */
export type Lang = 'en' | 'zh-cn';
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export type LocalText = Record<Lang, string>;

/**
 * The first `n` sentences of a text, in either language (hovers and tree rows stay short). An English
 * sentence ends at `.`, `!` or `?` before a space or the end (so `0.01` does not end one); a Chinese one at
 * `。`, `！` or `？`, which need no space after them.
 */
export function firstSentences(text: string, n: number): string {
  const end = /[.!?](?=\s|$)|[。！？]/g;
  let count = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) if (++count === n) return text.slice(0, m.index + 1).trim();
  return text.trim();
}
