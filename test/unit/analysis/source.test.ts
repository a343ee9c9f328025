import * as assert from 'node:assert/strict';
import { cellOfLine, decodePython, notebookText, ParsedDocument, PythonParser, scanBytes, SourceError, type TextChange } from '../../../src/analysis';
import { nodeWasm } from './nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});

const enc = (s: string) => new TextEncoder().encode(s);

function notebook(cells: { cell_type: string; source: string | string[] }[]): string {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map((c) => ({ ...c, metadata: {}, outputs: [], execution_count: null })) });
}

suite('analysis: notebooks', () => {
  const nb = notebook([
    { cell_type: 'markdown', source: '# Title\nnn.Linear in markdown' },
    { cell_type: 'code', source: ['import torch.nn as nn\n', '%matplotlib inline\n', '!pip install torch'] },
    { cell_type: 'code', source: 'x = 1' },
    { cell_type: 'markdown', source: 'text' },
    { cell_type: 'code', source: 'conv = nn.Conv2d(3, 8, 3)\nact = nn.ReLU()' },
  ]);

  test('imports from earlier cells resolve in later cells; lines count across code cells; magics ignored', () => {
    const records = scanBytes(parser, 'nb.ipynb', enc(nb));
    assert.deepEqual(records.map((r) => [r.line, r.cell, r.symbol]), [
      [5, 4, 'torch.nn.Conv2d'],
      [6, 4, 'torch.nn.ReLU'],
    ]);
  });

  test('code cell text and line → cell mapping', () => {
    const text = notebookText(nb);
    assert.deepEqual(text.cells, [
      { index: 1, firstLine: 0 },
      { index: 2, firstLine: 3 },
      { index: 4, firstLine: 4 },
    ]);
    assert.equal(text.text.split('\n')[1], '', 'the magic line is blanked');
    assert.equal(cellOfLine(text, 5)?.index, 4);
  });

  test('a malformed notebook is a clear error', () => {
    assert.throws(() => scanBytes(parser, 'bad.ipynb', enc('{"cells": ')), (e: Error) => e instanceof SourceError && /not a valid notebook/.test(e.message));
    assert.throws(() => scanBytes(parser, 'bad.ipynb', enc('{"nbformat": 4}')), /no "cells" list/);
  });
});

suite('analysis: encodings and limits', () => {
  test('UTF-8 BOM, UTF-16 with BOM, a latin-1 coding cookie, invalid UTF-8', () => {
    assert.equal(decodePython(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('x = 1')])), 'x = 1');
    const utf16 = Buffer.from('\ufeffimport torch\n', 'utf16le');
    assert.equal(decodePython(utf16), 'import torch\n');
    const latin1 = Uint8Array.from([...enc('# -*- coding: latin-1 -*-\ns = "'), 0xe9, ...enc('"\n')]);
    assert.match(decodePython(latin1), /s = "é"/);
    assert.match(decodePython(Uint8Array.from([0x61, 0xff, 0x62])), /a\ufffdb/);
  });

  test('files over the size limit are declined with a message', () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    assert.throws(() => scanBytes(parser, 'big.py', big), (e: Error) => e instanceof SourceError && /3\.0 MB; ML Lens analyses files up to 2\.0 MB/.test(e.message));
  });
});

suite('analysis: incremental re-parse', () => {
  /** A change as VS Code reports it, computed from offsets in `before`. */
  function change(before: string, start: number, end: number, text: string): TextChange {
    const pos = (offset: number) => {
      const lines = before.slice(0, offset).split('\n');
      return { line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    return { rangeOffset: start, rangeLength: end - start, range: { start: pos(start), end: pos(end) }, text };
  }

  test('edits give the same detections as a fresh parse', () => {
    let text = 'import torch.nn as nn\n\nclass M(nn.Module):\n    def __init__(self):\n        self.a = nn.Linear(4, 4)\n';
    const doc = new ParsedDocument(parser, text, 1);
    assert.deepEqual(doc.detections.map((d) => d.symbol), ['torch.nn.Linear']);
    const edits: [string, string][] = [
      ['nn.Linear(4, 4)', 'nn.LayerNorm(4)'],
      ['\n', '\nimport torch.optim as optim\nopt = optim.SGD([], lr=0.1, momentum=0.9)\n'],
      ['LayerNorm', 'Layer'],
      ['Layer(4)', 'GELU()  # 激活 😀'],
    ];
    let version = 1;
    for (const [find, replace] of edits) {
      const start = text.indexOf(find);
      const c = change(text, start, start + find.length, replace);
      text = text.slice(0, start) + replace + text.slice(start + find.length);
      doc.update([c], text, ++version);
      const fresh = new ParsedDocument(parser, text, version);
      assert.deepEqual(doc.detections.map((d) => [d.symbol, d.concept, d.start]), fresh.detections.map((d) => [d.symbol, d.concept, d.start]), `after "${replace}"`);
      fresh.dispose();
    }
    assert.deepEqual(doc.detections.map((d) => d.symbol), ['torch.optim.SGD', 'torch.nn.GELU']);
    assert.equal(doc.detections[0].concept, 'sgd-momentum');
    doc.dispose();
  });
});
