/**
 * The concept index behind the explorer: every concept with its family, card title and summary in both
 * languages, the API symbols that resolve to it and its walkthrough; grouped by family with the seed topics
 * first; searched by title, id, symbol and summary in either language. Pure (no `vscode`).
 */
import { CARDS } from './cards';
import { FAMILIES, type Family } from './concepts';
import { isSeedConcept } from './seed';
import { allSymbols, type Framework } from './symbols';
import { LANGS, type Lang, type LocalText } from './text';

export interface ConceptEntry {
  id: string;
  family: Family;
  title: LocalText;
  summary: LocalText;
  /** Canonical API paths that resolve to this concept (directly or through an argument rule). */
  symbols: readonly string[];
  frameworks: readonly Framework[];
  /** The card's walkthrough id (the caller checks it is registered). */
  demo?: string;
  /** One of the topics of the user's notes (src/catalog/seed.ts). */
  seed: boolean;
}

export interface ConceptGroup {
  family: Family;
  concepts: readonly ConceptEntry[];
}

let cached: readonly ConceptEntry[] | undefined;

/** Every concept, family by family, seed topics first within a family (each in the family's own order). */
export function conceptEntries(): readonly ConceptEntry[] {
  if (cached) return cached;
  const cards = new Map(CARDS.map((c) => [c.id, c]));
  const symbols = new Map<string, { symbols: string[]; frameworks: Set<Framework> }>();
  const add = (concept: string, symbol: string, framework: Framework) => {
    let s = symbols.get(concept);
    if (!s) symbols.set(concept, (s = { symbols: [], frameworks: new Set() }));
    if (!s.symbols.includes(symbol)) s.symbols.push(symbol);
    s.frameworks.add(framework);
  };
  for (const e of allSymbols()) {
    add(e.concept, e.symbol, e.framework);
    for (const r of e.rules) add(r.concept, e.symbol, e.framework);
  }
  const out: ConceptEntry[] = [];
  for (const family of FAMILIES) {
    const ordered = [...family.concepts.filter(isSeedConcept), ...family.concepts.filter((c) => !isSeedConcept(c))];
    for (const id of ordered) {
      const card = cards.get(id);
      const s = symbols.get(id);
      out.push({
        id,
        family,
        title: card?.title ?? { en: id, 'zh-cn': id },
        summary: card?.summary ?? { en: '', 'zh-cn': '' },
        symbols: s?.symbols ?? [],
        frameworks: [...(s?.frameworks ?? [])],
        demo: card?.demo,
        seed: isSeedConcept(id),
      });
    }
  }
  cached = out;
  return out;
}

/** Lower case, `-`/`_` as spaces, single spaces: "Layer_Norm" and "layer-norm" both read "layer norm". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

export type MatchField = 'title' | 'id' | 'symbol' | 'other-title' | 'summary' | 'words';

export interface ConceptHit {
  entry: ConceptEntry;
  /** Lower is better: exact name 0, name prefix 1, word in name 2, inside name 3, symbol / other language 4, summary 5, words spread over fields 6 (one in the name) or 7. */
  score: number;
  field: MatchField;
  /** What matched when it is not visible in the title: the symbol, the other language's title or the summary. */
  matched?: string;
}

function nameScore(name: string, q: string): number | undefined {
  const n = normalize(name);
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  const at = n.indexOf(q);
  if (at < 0) return undefined;
  return /[\s(（.]/.test(n[at - 1]) ? 2 : 3;
}

/** `F.cross_entropy`, `tf.keras.layers.Dense`: the user's alias is not part of the canonical path, its last name is. */
function lastName(q: string): string | undefined {
  const dot = q.lastIndexOf('.');
  return dot > 0 && dot < q.length - 1 ? q.slice(dot + 1) : undefined;
}

function endsWithName(symbol: string, name: string): boolean {
  const s = normalize(symbol);
  return s.endsWith(name) && /(^|\.)$/.test(s.slice(0, -name.length));
}

function match(e: ConceptEntry, q: string, lang: Lang, summaries: boolean): Omit<ConceptHit, 'entry'> | undefined {
  const title = nameScore(e.title[lang], q);
  const id = nameScore(e.id, q);
  if (title !== undefined || id !== undefined) {
    const best = Math.min(title ?? 9, id ?? 9);
    return { score: best, field: title === best ? 'title' : 'id' };
  }
  // `LayerNorm`, `nn.LayerNorm` and `torch.nn.LayerNorm` all name the symbol exactly.
  const symbol = e.symbols.find((s) => endsWithName(s, q));
  if (symbol) return { score: 0, field: 'symbol', matched: symbol };
  const partial = e.symbols.find((s) => normalize(s).includes(q));
  if (partial) return { score: 4, field: 'symbol', matched: partial };
  const name = lastName(q);
  const aliased = name && e.symbols.find((s) => endsWithName(s, name));
  if (aliased) return { score: 4, field: 'symbol', matched: aliased };
  for (const other of LANGS) {
    if (other !== lang && nameScore(e.title[other], q) !== undefined) return { score: 4, field: 'other-title', matched: e.title[other] };
  }
  if (!summaries) return undefined;
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    if (normalize(e.summary[l]).includes(q)) return { score: 5, field: 'summary', matched: e.summary[l] };
  }
  // Several words: each must appear somewhere (title, id, symbols, summaries, either language).
  const words = q.split(' ');
  if (words.length > 1) {
    const haystack = normalize([e.id, ...LANGS.flatMap((l) => [e.title[l], e.summary[l]]), ...e.symbols].join(' \n '));
    if (!words.every((w) => haystack.includes(w))) return undefined;
    const named = words.some((w) => normalize(e.title[lang]).includes(w) || normalize(e.id).includes(w));
    return { score: named ? 6 : 7, field: 'words' };
  }
  return undefined;
}

/**
 * Concepts matching `query`, best first (ties: seed topics first, then catalog order). An empty query
 * matches nothing; callers show the full list instead. `summaries: false` matches names and symbols only.
 */
export function searchConcepts(entries: readonly ConceptEntry[], query: string, lang: Lang, { summaries = true } = {}): ConceptHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: (ConceptHit & { order: number })[] = [];
  entries.forEach((entry, order) => {
    const m = match(entry, q, lang, summaries);
    if (m) hits.push({ entry, order, ...m });
  });
  hits.sort((a, b) => a.score - b.score || Number(b.entry.seed) - Number(a.entry.seed) || a.order - b.order);
  return hits.map(({ order: _order, ...hit }) => hit);
}

/**
 * The concepts grouped by family; with a filter, only the concepts whose names or symbols match (summaries
 * would keep half the tree for a word like "norm") and the families that hold them.
 */
export function conceptGroups(entries: readonly ConceptEntry[], filter: string, lang: Lang): ConceptGroup[] {
  const keep = normalize(filter) ? new Set(searchConcepts(entries, filter, lang, { summaries: false }).map((h) => h.entry.id)) : undefined;
  const groups: ConceptGroup[] = [];
  for (const family of FAMILIES) {
    const concepts = entries.filter((e) => e.family === family && (!keep || keep.has(e.id)));
    if (concepts.length) groups.push({ family, concepts });
  }
  return groups;
}
