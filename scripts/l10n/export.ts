/**
 * `npm run l10n`: writes l10n/bundle.l10n.json from the `l10n.t` calls in src/ and lists the messages
 * l10n/bundle.l10n.zh-cn.json lacks or no longer needs. `--check` only compares and fails on any difference.
 */
import * as fs from 'node:fs';
import { extractFromDir } from './extract';

const BUNDLE = 'l10n/bundle.l10n.json';
const ZH_CN = 'l10n/bundle.l10n.zh-cn.json';
const check = process.argv.includes('--check');

const { calls, errors } = extractFromDir('src');
const bundle: Record<string, string> = {};
for (const { message } of calls) bundle[message] = message;
const text = `${JSON.stringify(bundle, null, 2)}\n`;

const zh: Record<string, string> = fs.existsSync(ZH_CN) ? JSON.parse(fs.readFileSync(ZH_CN, 'utf8')) : {};
const missing = Object.keys(bundle).filter((m) => !(m in zh));
const stale = Object.keys(zh).filter((m) => !(m in bundle));
const outdated = !fs.existsSync(BUNDLE) || fs.readFileSync(BUNDLE, 'utf8') !== text;

for (const e of errors) console.error(e);
if (!check) fs.writeFileSync(BUNDLE, text);
console.log(`${Object.keys(bundle).length} messages from ${calls.length} calls${check && outdated ? `; ${BUNDLE} is out of date (run npm run l10n)` : ''}`);
for (const m of missing) console.log(`zh-cn lacks: ${JSON.stringify(m)}`);
for (const m of stale) console.log(`zh-cn no longer needs: ${JSON.stringify(m)}`);
if (errors.length || (check && (outdated || missing.length || stale.length))) process.exitCode = 1;
