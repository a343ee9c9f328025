import * as assert from 'node:assert/strict';
import { analyzeText, PythonParser } from '../../src/analysis';
import { codeSpan, hoverMarkdown } from '../../src/editor/hoverMarkdown';
import { nodeWasm } from './analysis/nodeWasm';

let parser: PythonParser;
suiteSetup(async () => {
  parser = await PythonParser.load(nodeWasm);
});
const hover = (src: string, lang: 'en' | 'zh-cn' = 'en') => hoverMarkdown(analyzeText(parser, src)[0], lang, { card: 'command:mlLens.showCard?%5B%22layer-norm%22%5D' });

suite('hover Markdown', () => {
  test('LayerNorm: title, symbol, formula, the call with defaults, shapes, why, links', () => {
    const md = hover('import torch.nn as nn\nnorm = nn.LayerNorm(512, eps=1e-6)');
    assert.match(md, /^\*\*Layer normalization\*\* · `torch\.nn\.LayerNorm` · PyTorch/);
    assert.match(md, /```text\ny = \(x − E\[x\]\)/);
    assert.match(md, /\| `normalized_shape` \| `512` \| yours \|/);
    assert.match(md, /\| `eps` \| `0\.000001` \| yours \|/);
    assert.match(md, /\| `elementwise_affine` \| `True` \| default \|/);
    assert.match(md, /last dimension only \(size 512\)/);
    assert.match(md, /\*\*Shapes:\*\*/);
    assert.match(md, /\*\*Why\?\*\* \*Why LayerNorm, not BatchNorm, in Transformers\?\*/);
    assert.match(md, /\[Full card\]\(command:mlLens\.showCard\?/);
    assert.match(md, /\[Docs\]\(https:\/\/docs\.pytorch\.org\//);
  });

  test('Chinese', () => {
    const md = hover('import torch.nn as nn\nnorm = nn.LayerNorm(512)', 'zh-cn');
    assert.match(md, /\*\*层归一化（LayerNorm）\*\*/);
    assert.match(md, /\*\*你的调用\*\*/);
    assert.match(md, /\[完整卡片\]/);
  });

  test('hostile code cannot inject links, commands or HTML', () => {
    const src = 'import torch.nn as nn\nnorm = nn.LayerNorm(f"``](command:workbench.action.quit)", eps=x` <img src=x onerror=alert(1)> [a](command:evil))';
    const md = hover(src);
    // Remove code spans the way CommonMark reads them (a fence closes only on a run of the same length).
    const outside = md.replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1(?!`)/g, '');
    const commands = outside.match(/\]\((command:[^)]*)\)/g) ?? [];
    assert.deepEqual(commands, ['](command:mlLens.showCard?%5B%22layer-norm%22%5D)'], md);
    assert.ok(!/<img|onerror/.test(outside), 'HTML only inside code spans');
    assert.match(md, /\| `normalized_shape` \| ```"``\]\(command:workbench\.action\.quit\)"``` \| yours \|/);
    const piped = hover('import torch.nn as nn\nnorm = nn.LayerNorm(a | b)');
    assert.match(piped, /\| `normalized_shape` \| `a \\\| b` \| yours \|/);
  });

  test('codeSpan fences and pads', () => {
    assert.equal(codeSpan('a'), '`a`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x'), '`` `x ``');
    assert.equal(codeSpan('multi\nline'), '`multi line`');
  });
});
