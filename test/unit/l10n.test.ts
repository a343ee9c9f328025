import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromDir, extractFromSource, placeholders } from '../../scripts/l10n/extract';
import { formatMessage, localizeWith } from '../../src/editor/localize';

const ROOT = join(__dirname, '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** Every `%key%` string anywhere in package.json. */
function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

suite('l10n: package.nls', () => {
  const pkg = readJson('package.json');
  const keys = nlsKeys(pkg.contributes);
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');

  test('contributes uses placeholders, each defined in English and Chinese', () => {
    assert.ok(keys.size >= 40, `only ${keys.size} placeholders`);
    for (const key of keys) {
      assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof zh[key], 'string', `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  test('both nls files hold exactly the keys package.json uses', () => {
    assert.deepEqual(Object.keys(en).sort(), [...keys].sort());
    assert.deepEqual(Object.keys(zh).sort(), [...keys].sort());
  });

  test('user-visible contribution strings are not left in English', () => {
    const c = pkg.contributes as {
      commands: { title: string }[];
      views: Record<string, { name: string }[]>;
      walkthroughs: { title: string; steps: { title: string; description: string; media: { altText: string } }[] }[];
      configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
    };
    const visible = [
      ...c.commands.map((x) => x.title),
      ...Object.values(c.views).flat().map((v) => v.name),
      ...c.walkthroughs.flatMap((w) => [w.title, ...w.steps.flatMap((s) => [s.title, s.description, s.media.altText])]),
      ...Object.values(c.configuration.properties).map((p) => p.description ?? p.markdownDescription ?? ''),
    ];
    for (const s of visible) assert.match(s, /^%[^%]+%$/, s);
  });

  test('Chinese text is Chinese and keeps the command links of the English', () => {
    const links = (s: string) => s.match(/\]\([^)]+\)/g) ?? [];
    for (const key of keys) {
      const e = en[key] as string;
      const z = zh[key] as string;
      assert.deepEqual(links(z), links(e), key);
      if (/[a-z]{3,} [a-z]{3,}/.test(e)) assert.match(z, /[\u4e00-\u9fff]/, `${key} is not translated`);
    }
  });
});

suite('l10n: bundle of l10n.t messages', () => {
  const { calls, errors } = extractFromDir(join(ROOT, 'src'));
  const bundle = readJson('l10n/bundle.l10n.json');
  const zh = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

  test('the extractor sees l10n.t and vscode.l10n.t calls, and rejects computed messages', () => {
    const src = "l10n.t('a {0}', x); vscode.l10n.t(`b`); other.t('c'); l10n.t(`d ${x}`);";
    const r = extractFromSource('x.ts', src);
    assert.deepEqual(r.calls.map((c) => c.message), ['a {0}', 'b']);
    assert.equal(r.errors.length, 1);
  });

  test('every message in src/ is a literal, in the bundle, and translated with the same placeholders', () => {
    assert.deepEqual(errors, []);
    assert.ok(calls.length >= 60, `only ${calls.length} l10n.t calls found`);
    for (const { message, file, line } of calls) {
      assert.equal(bundle[message], message, `${file}:${line}: l10n/bundle.l10n.json lacks ${JSON.stringify(message)} (npm run l10n)`);
      assert.equal(typeof zh[message], 'string', `${file}:${line}: no zh-cn translation of ${JSON.stringify(message)}`);
      assert.deepEqual(placeholders(zh[message]), placeholders(message), `placeholders of ${JSON.stringify(message)}`);
    }
  });

  test('the bundles hold no message the code no longer uses', () => {
    const used = new Set(calls.map((c) => c.message));
    assert.deepEqual(Object.keys(bundle).filter((m) => !used.has(m)), []);
    assert.deepEqual(Object.keys(zh).filter((m) => !used.has(m)), []);
  });
});

suite('l10n: formatting (the mlLens.language path)', () => {
  test('placeholders take their arguments in any order; a missing one stays', () => {
    assert.equal(formatMessage('{1} of {0}, {2}', [3, 'x']), 'x of 3, {2}');
    assert.equal(formatMessage('{0}{0}', [true]), 'truetrue');
  });

  test('a translated message is formatted from the bundle, an unknown one from English', () => {
    const zh = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    assert.equal(localizeWith(zh, '{0} of {1} concepts match "{2}".', [3, 120, 'norm']), '120 个概念中有 3 个匹配“norm”。');
    assert.equal(localizeWith(zh, 'cell {0}, line {1}', [2, 14]), '单元格 2，第 14 行');
    assert.equal(localizeWith(zh, 'not in the bundle {0}', [1]), 'not in the bundle 1');
    assert.equal(localizeWith(undefined, 'line {0}', [7]), 'line 7');
  });
});
