/** Text in both languages ML Lens ships. */
export type Lang = 'en' | 'zh-cn';
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export type LocalText = Record<Lang, string>;

/** The first `n` sentences of a text, in either language (hovers and tree rows stay short). */
export function firstSentences(text: string, n: number): string {
  const parts = text.match(/[^.!?。！？]+[.!?。！？]+(\s|$)/g);
  return parts ? parts.slice(0, n).join('').trim() : text;
}
