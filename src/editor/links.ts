/** Command URIs for hover links and CodeLens commands: only our own commands, arguments JSON-encoded. */
import type { Detection } from '../analysis';
import { walkthroughForCall, type WalkthroughTarget } from '../models/fromCall';

export const LINK_COMMANDS = ['mlLens.openWalkthrough', 'mlLens.showCard'] as const;

export function commandUri(command: (typeof LINK_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The walkthrough a detection opens, started from the user's own values where the demo takes them. */
export function walkthroughOf(d: Detection): WalkthroughTarget | undefined {
  return walkthroughForCall(d);
}
