/**
 * The hover card as Markdown text. Pure (no `vscode`), so it is unit-tested in Node. Everything that comes
 * from the user's code is put in code spans with a fence longer than any backtick run inside it, so it can
 * neither close the span nor form links, HTML or command URIs.
 */
import { interpretCall, showValue, type Detection } from '../analysis';
import { cardFor, firstSentences, type Lang, type LocalText } from '../catalog';
import { FRAMEWORK_NAMES } from '../catalog/symbols';

/** A code span that the content cannot break out of. */
export function codeSpan(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').slice(0, 120);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean || ' '}${pad}${fence}`;
}

/** A code span for a table cell: `|` would end the cell even inside a code span, so it is escaped. */
export function cellSpan(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

export interface HoverLinks {
  /** Command URI to open the walkthrough of this call, if one exists. */
  walkthrough?: string;
  /** Command URI that shows the full card. */
  card?: string;
  /** Command URI that explains the shapes of the model class around this construct. */
  shapes?: string;
  /** Command URI that selects the concept in the ML Lens explorer. */
  explorer?: string;
}

const L: Record<Lang, Record<string, string>> = {
  en: { yourCall: 'Your call', param: 'parameter', value: 'value', given: 'yours', dflt: 'default', required: 'required', shapes: 'Shapes', pitfall: 'Pitfall', why: 'Why?', walkthrough: 'Open walkthrough', explainShapes: 'Explain shapes', explorer: 'Show in explorer', card: 'Full card', docs: 'Docs' },
  'zh-cn': { yourCall: '你的调用', param: '参数', value: '取值', given: '你设置的', dflt: '默认', required: '必填', shapes: '形状', pitfall: '常见陷阱', why: '为什么？', walkthrough: '打开交互演示', explainShapes: '推断张量形状', explorer: '在资源管理器中显示', card: '完整卡片', docs: '文档' },
};


export function hoverMarkdown(d: Detection, lang: Lang, links: HoverLinks = {}): string {
  const l = L[lang];
  const card = cardFor(d.concept);
  const loc = (t: LocalText) => t[lang];
  const out: string[] = [];
  const title = card ? loc(card.title) : d.concept;
  out.push(`**${title}** · ${codeSpan(d.symbol)} · ${FRAMEWORK_NAMES[d.framework] ?? d.framework}`, '');
  if (card) {
    out.push(firstSentences(loc(card.summary), 1), '');
    if (card.formulaText) out.push('```text', card.formulaText, '```', '');
  }

  const call = interpretCall(d);
  const rows = call.args.filter((a) => a.given || a.value !== undefined).slice(0, 10);
  if (d.kind === 'call' || d.kind === 'decorator' || d.kind === 'tensor-method') {
    if (rows.length) {
      out.push(`**${l.yourCall}**`, '', `| ${l.param} | ${l.value} | |`, '|---|---|---|');
      for (const a of rows) out.push(`| ${cellSpan(a.name)} | ${a.value === undefined ? l.required : cellSpan(showValue(a.value))} | ${a.given ? l.given : l.dflt} |`);
      out.push('');
    }
    for (const f of call.facts) out.push(`- ${loc(f)}`);
    if (call.facts.length) out.push('');
  }
  if (card) out.push(`**${l.shapes}:** ${loc(card.shapes)}`, '');
  for (const w of call.warnings) out.push(`⚠️ ${loc(w)}`, '');
  if (card && !call.warnings.length && card.pitfalls[0]) out.push(`**${l.pitfall}:** ${loc(card.pitfalls[0])}`, '');
  if (card?.why[0]) out.push(`**${l.why}** *${loc(card.why[0].q)}* ${loc(card.why[0].a)}`, '');

  const actions: string[] = [];
  if (links.walkthrough) actions.push(`[${l.walkthrough}](${links.walkthrough})`);
  if (links.shapes) actions.push(`[${l.explainShapes}](${links.shapes})`);
  if (links.card) actions.push(`[${l.card}](${links.card})`);
  if (links.explorer) actions.push(`[${l.explorer}](${links.explorer})`);
  const docs = card ? (card.docs[d.framework] ?? Object.values(card.docs)[0]) : undefined;
  if (docs && /^https:\/\//.test(docs)) actions.push(`[${l.docs}](${docs})`);
  if (actions.length) out.push(actions.join(' · '));
  return out.join('\n');
}
