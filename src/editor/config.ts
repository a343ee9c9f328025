/** Typed access to the `mlLens.*` settings (one place that knows their names and defaults). */
import * as vscode from 'vscode';
import { EXECUTION_SETTINGS, type ExecutionSetting, type Lang } from '../protocol';

export const CONFIG_SECTION = 'mlLens';

export interface MlLensConfig {
  executionProvider: ExecutionSetting;
  /** 'auto' follows VS Code's display language. */
  language: 'auto' | Lang;
  hover: boolean;
  codeLens: boolean;
}

export function readConfig(): MlLensConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const ep = c.get<string>('executionProvider', 'auto');
  const language = c.get<string>('language', 'auto');
  return {
    executionProvider: EXECUTION_SETTINGS.includes(ep as ExecutionSetting) ? (ep as ExecutionSetting) : 'auto',
    language: language === 'en' || language === 'zh-cn' ? language : 'auto',
    hover: c.get<boolean>('hover.enabled', true),
    codeLens: c.get<boolean>('codeLens.enabled', true),
  };
}

/** Cards and panels follow `mlLens.language`, else VS Code's display language. */
export function displayLang(config: MlLensConfig): Lang {
  if (config.language !== 'auto') return config.language;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function affects(e: vscode.ConfigurationChangeEvent, key: string): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
}
