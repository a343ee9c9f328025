/** Typed access to the `mlLens.*` settings (one place that knows their names and defaults). */
import * as vscode from 'vscode';
import { EXECUTION_SETTINGS, type ExecutionSetting, type Lang } from '../protocol';

export const CONFIG_SECTION = 'mlLens';

export interface MlLensConfig {
  executionProvider: ExecutionSetting;
}

export function readConfig(): MlLensConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const ep = c.get<string>('executionProvider', 'auto');
  return { executionProvider: EXECUTION_SETTINGS.includes(ep as ExecutionSetting) ? (ep as ExecutionSetting) : 'auto' };
}

/** Cards and panels follow VS Code's display language. */
export function displayLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function affects(e: vscode.ConfigurationChangeEvent, key: keyof MlLensConfig): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
}
