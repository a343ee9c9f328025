/** Message formatting as `vscode.l10n.t` does it, without `vscode` (the `mlLens.language` path and tests use it). */

export type L10nArg = string | number | boolean;

/** Replaces `{0}`, `{1}`… with the arguments; a placeholder without an argument stays as written. */
export function formatMessage(template: string, args: readonly L10nArg[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}

/** `message` translated by `bundle` (English source text → translation; missing means untranslated), then formatted. */
export function localizeWith(bundle: Readonly<Record<string, string>> | undefined, message: string, args: readonly L10nArg[]): string {
  return formatMessage(bundle?.[message] ?? message, args);
}
