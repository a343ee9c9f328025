/** Typed access to the `mlLens.*` settings (one place that knows their names and defaults). */
import * as vscode from 'vscode';
import { FRAMEWORKS, type Framework } from '../catalog/symbols';
import { EXECUTION_SETTINGS, type ExecutionSetting, type Lang } from '../protocol';

export const CONFIG_SECTION = 'mlLens';

/** `mlLens.maxFileSize` default, in KB of text: larger files are declined with a message. */
export const DEFAULT_MAX_FILE_KB = 2048;

export interface MlLensConfig {
  executionProvider: ExecutionSetting;
  /** 'auto' follows VS Code's display language. */
  language: 'auto' | Lang;
  hover: boolean;
  codeLens: boolean;
  inlayHints: boolean;
  diagnostics: boolean;
  /** Frameworks whose constructs are reported (all by default). */
  frameworks: ReadonlySet<Framework>;
  /** Largest document analysed, in KB of text (1 KB = 1024 UTF-16 units, as `TextDocument.getText().length` counts). */
  maxFileSizeKb: number;
}

/** The frameworks listed in the setting (unknown names ignored); not a list means all. */
function readFrameworks(value: unknown): ReadonlySet<Framework> {
  if (!Array.isArray(value)) return new Set(FRAMEWORKS);
  return new Set(value.filter((f): f is Framework => FRAMEWORKS.includes(f as Framework)));
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
    inlayHints: c.get<boolean>('inlayHints.enabled', true),
    diagnostics: c.get<boolean>('diagnostics.enabled', true),
    frameworks: readFrameworks(c.get<unknown>('frameworks')),
    maxFileSizeKb: Math.max(1, Number(c.get<number>('maxFileSize', DEFAULT_MAX_FILE_KB)) || DEFAULT_MAX_FILE_KB),
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
