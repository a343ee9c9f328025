/** Command URIs for hover links and CodeLens commands: only our own commands, arguments JSON-encoded. */
import type { Detection } from '../analysis';
import { cardFor } from '../catalog';
import { findDemo } from '../models';

export const LINK_COMMANDS = ['mlLens.openWalkthrough', 'mlLens.showCard'] as const;

export function commandUri(command: (typeof LINK_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The walkthrough a detection opens, when its concept has one that this version ships. */
export function walkthroughOf(d: Detection): string | undefined {
  const demo = cardFor(d.concept)?.demo ?? (d.concept === 'matmul' ? 'matmul-backward' : undefined);
  return demo && findDemo(demo) ? demo : undefined;
}
