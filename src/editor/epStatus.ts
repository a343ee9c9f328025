/**
 * The status bar item that says where the active walkthrough panel computed its numbers (WebGPU or WASM),
 * hidden while no panel is open; clicking it chooses `mlLens.executionProvider`.
 */
import * as vscode from 'vscode';
import { l10n } from './l10n';
import type { ExecutionSetting } from '../protocol';
import { CONFIG_SECTION } from './config';
import type { Ctx } from './ctx';
import { escapeMarkdown as escape } from './markdown';

export const CHOOSE_EP_COMMAND = 'mlLens.chooseExecutionProvider';

const EP_LABEL = { webgpu: 'WebGPU', wasm: 'WASM' } as const;

function settingDescription(setting: ExecutionSetting): string {
  switch (setting) {
    case 'auto':
      return l10n.t('WebGPU when the panel finds a GPU adapter, otherwise WebAssembly');
    case 'webgpu':
      return l10n.t('Ask for WebGPU; fall back to WebAssembly when no adapter exists');
    case 'wasm':
      return l10n.t('Always WebAssembly on the CPU');
  }
}

export class EpStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlLens.executionProvider', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;

  constructor(private readonly ctx: Ctx) {
    this.item.name = l10n.t('ML Lens Execution Provider');
    this.item.command = CHOOSE_EP_COMMAND;
    this.subscriptions = [
      this.item,
      ctx.panels.onDidChangeActive(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${CONFIG_SECTION}.executionProvider`) && this.update()),
    ];
    this.update();
  }

  /** What the item shows now (tests read it; a status bar item has no visibility getter). */
  get state(): { visible: boolean; text: string; tooltip: string } {
    const tooltip = this.item.tooltip;
    return { visible: this.visible, text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '') };
  }

  private update(): void {
    const panel = this.ctx.panels.activePanel;
    if (!panel) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const setting = this.ctx.config.executionProvider;
    const demo = panel.title;
    const run = panel.lastResult;
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${l10n.t('ML Lens walkthrough')}:** ${escape(demo)}\n\n`);
    if (run) {
      const ep = EP_LABEL[run.ep];
      this.item.text = `$(circuit-board) ${ep}`;
      tip.appendMarkdown(
        `${l10n.t('Computed on {0}: session {1} ms, run {2} ms.', ep, run.createMs.toFixed(1), run.runMs.toFixed(2))}\n\n`,
      );
      if (run.adapter) tip.appendMarkdown(`${l10n.t('GPU adapter: {0}', escape(run.adapter))}\n\n`);
      const fellBack = setting === 'webgpu' && run.ep === 'wasm';
      if (fellBack) tip.appendMarkdown(`${l10n.t('WebGPU was requested, but no adapter was found.')}\n\n`);
      this.item.backgroundColor = fellBack ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.accessibilityInformation = { label: l10n.t('ML Lens walkthrough computed on {0}', ep), role: 'button' };
    } else {
      this.item.text = `$(loading~spin) ${l10n.t('ML Lens')}`;
      this.item.backgroundColor = undefined;
      tip.appendMarkdown(`${l10n.t('The walkthrough is loading its model.')}\n\n`);
      this.item.accessibilityInformation = { label: l10n.t('ML Lens walkthrough is loading'), role: 'button' };
    }
    tip.appendMarkdown(`${l10n.t('Setting: {0} ({1}). Click to choose where walkthroughs run.', setting, settingDescription(setting))}`);
    this.item.tooltip = tip;
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    while (this.subscriptions.length) this.subscriptions.pop()?.dispose();
  }
}


/** `ML Lens: Choose Execution Provider…` — sets `mlLens.executionProvider` where it is currently set. */
export function chooseExecutionProvider(ctx: Ctx) {
  return async (): Promise<void> => {
    const current = ctx.config.executionProvider;
    const items = (['auto', 'webgpu', 'wasm'] as const).map((setting) => ({
      label: setting === current ? `$(check) ${setting}` : setting,
      description: settingDescription(setting),
      setting,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: l10n.t('ML Lens: where walkthroughs run their ONNX models'),
      placeHolder: l10n.t('Current: {0}', current),
    });
    if (!picked || picked.setting === current) return;
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const where = config.inspect('executionProvider');
    const target =
      where?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : where?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    await config.update('executionProvider', picked.setting, target);
  };
}
