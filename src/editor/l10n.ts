/**
 * `l10n.t`: `vscode.l10n.t` that also honours `mlLens.language`. VS Code loads l10n/bundle.l10n.<its display
 * language>.json by itself; when the setting asks for a language VS Code is not showing (English VS Code with
 * `mlLens.language: zh-cn`, or the reverse), messages are translated from ML Lens's own copy of the bundle, so
 * the strings around a card speak the card's language.
 */
import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import type { Lang } from '../catalog/text';
import { localizeWith, type L10nArg } from './localize';

const BUNDLES: Record<Lang, Readonly<Record<string, string>> | undefined> = { en: undefined, 'zh-cn': zhCn };

/** The language cards and panels use (Ctx keeps it current); undefined until the extension has read its settings. */
let uiLang: Lang | undefined;

export function setUiLang(lang: Lang): void {
  uiLang = lang;
}

function t(message: string, ...args: L10nArg[]): string {
  if (!uiLang || uiLang === vscode.env.language.toLowerCase()) return vscode.l10n.t(message, ...args);
  return localizeWith(BUNDLES[uiLang], message, args);
}

export const l10n = { t } as const;
