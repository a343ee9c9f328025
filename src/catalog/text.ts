/** Text in both languages ML Lens ships. */
export type Lang = 'en' | 'zh-cn';
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export type LocalText = Record<Lang, string>;
