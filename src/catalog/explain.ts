/**
 * A card for people and for programs: Markdown (the CLI, the explorer) and the `explain --json` object of
 * DESIGN.md. Also the "did you mean" list for unknown ids.
 */
import { cardFor, type Card } from './cards';
import { CONCEPT_IDS } from './concepts';
import type { Lang } from './text';

export interface CardJson {
  id: string;
  lang: Lang;
  family: string;
  title: string;
  summary: string;
  formula: string;
  shapes: string;
  params: { name: string; meaning: string; default: Card['params'][number]['defaults'] }[];
  pitfalls: string[];
  why: { q: string; a: string }[];
  seeAlso: string[];
  docs: Card['docs'];
  demo: string | null;
}

export function cardJson(card: Card, lang: Lang): CardJson {
  return {
    id: card.id,
    lang,
    family: card.family,
    title: card.title[lang],
    summary: card.summary[lang],
    formula: card.formula,
    shapes: card.shapes[lang],
    params: card.params.map((p) => ({ name: p.name, meaning: p.meaning[lang], default: p.defaults })),
    pitfalls: card.pitfalls.map((p) => p[lang]),
    why: card.why.map((w) => ({ q: w.q[lang], a: w.a[lang] })),
    seeAlso: card.seeAlso,
    docs: card.docs,
    demo: card.demo ?? null,
  };
}

const HEAD: Record<Lang, Record<'formula' | 'shapes' | 'params' | 'pitfalls' | 'why' | 'seeAlso' | 'docs' | 'demo', string>> = {
  en: { formula: 'Formula', shapes: 'Shapes', params: 'Parameters', pitfalls: 'Pitfalls', why: 'Why?', seeAlso: 'See also', docs: 'Docs', demo: 'Walkthrough' },
  'zh-cn': { formula: '公式', shapes: '形状', params: '参数', pitfalls: '常见陷阱', why: '为什么？', seeAlso: '相关概念', docs: '文档', demo: '交互演示' },
};

export function cardMarkdown(card: Card, lang: Lang): string {
  const h = HEAD[lang];
  const out: string[] = [`# ${card.title[lang]}`, '', card.summary[lang], ''];
  if (card.formula || card.formulaText) out.push(`## ${h.formula}`, '', '```text', card.formulaText, '```', '');
  out.push(`## ${h.shapes}`, '', card.shapes[lang], '');
  if (card.params.length) {
    out.push(`## ${h.params}`, '');
    for (const p of card.params) {
      const defaults = Object.entries(p.defaults).map(([fw, v]) => `${fw}: \`${v}\``).join(', ');
      out.push(`- \`${p.name}\` — ${p.meaning[lang]}${defaults ? ` (${defaults})` : ''}`);
    }
    out.push('');
  }
  if (card.pitfalls.length) out.push(`## ${h.pitfalls}`, '', ...card.pitfalls.map((p) => `- ${p[lang]}`), '');
  if (card.why.length) out.push(`## ${h.why}`, '', ...card.why.flatMap((w) => [`**${w.q[lang]}**`, '', w.a[lang], '']));
  if (card.seeAlso.length) out.push(`${h.seeAlso}: ${card.seeAlso.join(', ')}`, '');
  const docs = Object.entries(card.docs);
  if (docs.length) out.push(`${h.docs}: ${docs.map(([fw, url]) => `[${fw}](${url})`).join(' · ')}`, '');
  if (card.demo) out.push(`${h.demo}: \`${card.demo}\``, '');
  return out.join('\n');
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Up to `n` known ids closest to `query` (substring matches first, then by edit distance). */
export function closestIds(query: string, n = 5): string[] {
  const q = query.toLowerCase().replace(/[\s_]+/g, '-');
  return [...CONCEPT_IDS]
    .map((id) => ({ id, score: id.includes(q) || q.includes(id) ? 0 : editDistance(q, id) }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((x) => x.id);
}

export { cardFor };
