/** Scores detection against the hand-labelled corpus (test/fixtures/corpus/expected.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBytes, type PythonParser } from '../../../src/analysis';

export const CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'corpus');

export interface Label {
  line: number;
  symbol: string;
  concept: string;
  cell?: number;
}

export interface CorpusScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  perFile: Record<string, { missed: Label[]; extra: Label[]; expected: number }>;
}

const key = (l: Label) => `${l.line}|${l.symbol}|${l.concept}${l.cell === undefined ? '' : `|${l.cell}`}`;

export function scoreCorpus(parser: PythonParser): CorpusScore {
  const expected = JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<string, Label[]>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perFile: CorpusScore['perFile'] = {};
  for (const [file, labels] of Object.entries(expected)) {
    const got = scanBytes(parser, file, readFileSync(join(CORPUS_DIR, file))).map((r) => ({ line: r.line, symbol: r.symbol, concept: r.concept, cell: r.cell }));
    // Multiset matching: the same reference twice on a line counts twice.
    const want = new Map<string, Label[]>();
    for (const l of labels) want.set(key(l), [...(want.get(key(l)) ?? []), l]);
    const extra: Label[] = [];
    for (const g of got) {
      const list = want.get(key(g));
      if (list?.length) {
        list.pop();
        tp++;
      } else {
        extra.push(g);
        fp++;
      }
    }
    const missed = [...want.values()].flat();
    fn += missed.length;
    perFile[file] = { missed, extra, expected: labels.length };
  }
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp / (tp + fp), recall: tp / (tp + fn), perFile };
}
