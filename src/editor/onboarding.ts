/**
 * Context keys the Get Started walkthrough completes steps on (`onContext:` completion events), for actions
 * that have no command of their own, such as seeing a hover card.
 */
import * as vscode from 'vscode';

export type OnboardingKey = 'mlLens.hoverShown';

const set = new Set<OnboardingKey>();

/** Sets the context key once per session. */
export function markDone(key: OnboardingKey): void {
  if (set.has(key)) return;
  set.add(key);
  void vscode.commands.executeCommand('setContext', key, true);
}
