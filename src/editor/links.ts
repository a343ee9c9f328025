/** Command URIs for hover links: only our own commands, arguments JSON-encoded. */

export const LINK_COMMANDS = ['mlLens.openWalkthrough', 'mlLens.showCard', 'mlLens.explainShapes', 'mlLens.showInExplorer'] as const;

export function commandUri(command: (typeof LINK_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
