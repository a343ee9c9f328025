/** Progress for work that is usually quick: shown in the window's status area only once it takes a while. */
import * as vscode from 'vscode';

/** Shows `title` as window progress if `work` has not settled after `delayMs`, until it settles. */
export function progressAfter(delayMs: number, title: string, work: Promise<unknown>): void {
  let settled = false;
  const done = () => {
    settled = true;
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    if (settled) return;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => work.catch(() => undefined));
  }, delayMs);
  work.then(done, done);
}
