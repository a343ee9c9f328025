/**
 * The messages of every `l10n.t(...)` / `vscode.l10n.t(...)` call in the extension's sources, found with the
 * TypeScript parser. (`@vscode/l10n-dev export` only sees `l10n` imported from 'vscode', not src/editor/l10n.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface L10nCall {
  message: string;
  file: string;
  line: number;
}

export interface Extraction {
  calls: L10nCall[];
  /** Calls whose message is not a plain string literal: no bundle can translate them. */
  errors: string[];
}

/** `l10n.t` or `vscode.l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const target = callee.expression;
  if (ts.isIdentifier(target)) return target.text === 'l10n';
  return ts.isPropertyAccessExpression(target) && target.name.text === 'l10n' && ts.isIdentifier(target.expression) && target.expression.text === 'vscode';
}

export function extractFromSource(file: string, text: string): Extraction {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Extraction = { calls: [], errors: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isL10nT(node.expression)) {
      const first = node.arguments[0];
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) out.calls.push({ message: first.text, file, line });
      else out.errors.push(`${file}:${line}: l10n.t needs a string literal message (pass values as {0}, {1}… arguments)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every .ts file under `dir`, sorted so the bundle's order is stable. */
function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : []));
}

/** src/editor/l10n.ts forwards its caller's message to `vscode.l10n.t`: not a message of its own. */
const WRAPPER = path.join('editor', 'l10n.ts');

export function extractFromDir(dir: string): Extraction {
  const all: Extraction = { calls: [], errors: [] };
  for (const file of tsFiles(dir)) {
    if (file === path.join(dir, WRAPPER)) continue;
    const { calls, errors } = extractFromSource(path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8'));
    all.calls.push(...calls);
    all.errors.push(...errors);
  }
  return all;
}

/** The placeholders a message uses, sorted: a translation must use the same ones. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}
