/**
 * U-Net page: the U itself — encoder levels down the left, the bottleneck at the bottom, decoder levels up the
 * right — with a box per feature map (width by channels, labelled C×H×W) and the skip connections across, each
 * saying how many channels its concatenation adds. An input that is not a multiple of 2^depth breaks one skip:
 * drawn in red with torch.cat's message, and buttons for the nearest sizes that work.
 */
import type { UNetModel } from '../../src/pages/unet';
import type { Lang } from '../../src/protocol';
import { h } from '../ui/dom';
import { svg } from '../ui/svg';
import { paramBar, setParam } from './controls';
import type { PageSession, PageView } from './types';
import './pages.css';

const TEXT = {
  en: {
    size: 'input size',
    depth: 'depth',
    base: 'base channels',
    in: 'in channels',
    out: 'out channels',
    figure: 'Down, across, up',
    down: 'max-pool ↓2',
    up: 'up-conv ↑2',
    concat: (up: number, skip: number) => `concat ${up} + ${skip} = ${up + skip}`,
    input: 'input',
    output: 'output',
    bottleneck: 'bottleneck',
    ok: (m: UNetModel) =>
      `Every skip fits: ${m.size} is a multiple of 2^${m.depth} = ${2 ** m.depth}. The output has the input's height and width (${m.output!.join('×')}): one ${m.outChannels}-class logit vector per pixel. At the bottleneck each position stands for ${2 ** m.depth}×${2 ** m.depth} input pixels — the context; the skips bring back the detail.`,
    broken: (level: number, message: string) => `Level ${level}: torch.cat([up, skip], dim=1) raises "${message}"`,
    why: (m: UNetModel) =>
      `MaxPool2d(2) floors odd sizes on the way down, and the transposed conv exactly doubles on the way up, so the sizes stop matching. Pad or crop the input to a multiple of 2^${m.depth} = ${2 ** m.depth} — or pad the upsampled map to the skip's size before concatenating (F.pad), as many implementations do.`,
    try: (v: number) => `use ${v}`,
  },
  'zh-cn': {
    size: '输入尺寸',
    depth: '深度',
    base: '基础通道数',
    in: '输入通道',
    out: '输出通道',
    figure: '下采样、跨越、上采样',
    down: '最大池化 ↓2',
    up: '上卷积 ↑2',
    concat: (up: number, skip: number) => `拼接 ${up} + ${skip} = ${up + skip}`,
    input: '输入',
    output: '输出',
    bottleneck: '瓶颈',
    ok: (m: UNetModel) =>
      `每条跳跃连接都对得上：${m.size} 是 2^${m.depth} = ${2 ** m.depth} 的倍数。输出与输入同高同宽（${m.output!.join('×')}）：每个像素一个 ${m.outChannels} 类的 logit 向量。在瓶颈处，每个位置代表 ${2 ** m.depth}×${2 ** m.depth} 个输入像素——这是上下文；跳跃连接把细节带回来。`,
    broken: (level: number, message: string) => `第 ${level} 层：torch.cat([up, skip], dim=1) 报错 "${message}"`,
    why: (m: UNetModel) =>
      `下采样时 MaxPool2d(2) 对奇数尺寸向下取整，上采样时转置卷积正好翻倍，于是尺寸对不上了。把输入填充或裁剪到 2^${m.depth} = ${2 ** m.depth} 的倍数——或者像许多实现那样，在拼接前把上采样结果填充到跳跃连接的尺寸（F.pad）。`,
    try: (v: number) => `改用 ${v}`,
  },
} satisfies Record<Lang, unknown>;

type Key = 'size' | 'depth' | 'base' | 'in' | 'out';
const both = (key: Key) => ({ en: TEXT.en[key], 'zh-cn': TEXT['zh-cn'][key] });
const BOX_H = 30;
const ROW = 62;
const boxWidth = (c: number) => 34 + 11 * Math.log2(Math.max(1, c));
/** Wide enough for the channels' share of the picture and for the "C×H×W" text (about 7 px a character). */
const mapWidth = (c: number, size: number) => Math.max(boxWidth(c), 7 * `${c}×${size}×${size}`.length + 14);

export function unetPageView(root: HTMLElement, session: PageSession): PageView {
  const t = TEXT[session.lang];
  const bar = paramBar(session, [
    { name: 'size', label: both('size'), kind: 'number', min: 2, max: 4096 },
    { name: 'depth', label: both('depth'), kind: 'number', min: 1, max: 6 },
    { name: 'base', label: both('base'), kind: 'number', min: 1, max: 1024 },
    { name: 'in_channels', label: both('in'), kind: 'number', min: 1, max: 64 },
    { name: 'out_channels', label: both('out'), kind: 'number', min: 1, max: 1000 },
  ]);
  const figure = svg('svg', { class: 'unet-diagram', role: 'img', 'data-testid': 'unet-diagram' });
  const verdict = h('div', { class: 'unet-verdict', 'data-testid': 'unet-verdict', 'aria-live': 'polite' });
  root.replaceChildren(h('section', { class: 'step' }, bar.element, h('h2', {}, t.figure), h('div', { class: 'figure-scroll' }, figure), verdict));

  /** A feature map's box, wide enough for its C×H×W text; its name above it, or beside it on the `side` given. */
  function box(x: number, y: number, channels: number, size: number, cls: string, label: string, id: string, side: 'top' | 'left' | 'right' = 'top'): SVGElement[] {
    const text = `${channels}×${size}×${size}`;
    const w = mapWidth(channels, size);
    const name =
      side === 'top'
        ? svg('text', { class: 'fmap-label', x, y: y - 5, 'text-anchor': 'middle' }, label)
        : svg('text', { class: 'fmap-label', x: side === 'left' ? x - w / 2 - 6 : x + w / 2 + 6, y: y + 19, 'text-anchor': side === 'left' ? 'end' : 'start' }, label);
    return [
      svg('rect', { class: `fmap ${cls}`, x: x - w / 2, y, width: w, height: BOX_H, rx: 3, 'data-map': id }),
      svg('text', { class: 'fmap-text', x, y: y + 19, 'text-anchor': 'middle' }, text),
      ...(label ? [name] : []),
    ];
  }
  const arrow = (d: string, cls = '') => svg('path', { class: `unet-arrow ${cls}`, d, 'marker-end': 'url(#unet-arrowhead)' });

  function draw(m: UNetModel): void {
    // Columns: input, encoder, bottleneck, decoder, output; one row per level.
    const inputX = 64;
    const leftX = inputX + 160;
    const midX = leftX + 240;
    const rightX = midX + 240;
    const outX = rightX + 160;
    const top = 34;
    const rowY = (level: number) => top + level * ROW;
    const half = (c: number, size: number) => mapWidth(c, size) / 2;
    const nodes: SVGElement[] = [];
    nodes.push(...box(inputX, top, m.inChannels, m.size, 'io', t.input, 'input'));
    nodes.push(arrow(`M${inputX + half(m.inChannels, m.size) + 4},${top + BOX_H / 2} H${leftX - half(m.base, m.size) - 6}`));
    const by = rowY(m.depth);
    m.levels.forEach((lv) => {
      const y = rowY(lv.level);
      const last = lv.level === m.depth - 1;
      // Level 0's names go on top: the input and output arrows run beside those boxes.
      nodes.push(...box(leftX, y, lv.encoder.channels, lv.encoder.size, 'enc', `e${lv.level}`, `enc-${lv.level}`, lv.level === 0 ? 'top' : 'left'));
      nodes.push(arrow(last ? `M${leftX},${y + BOX_H} V${by + BOX_H / 2} H${midX - half(m.bottleneck.channels, m.bottleneck.size) - 6}` : `M${leftX},${y + BOX_H} V${y + ROW - 6}`, 'down'));
      nodes.push(svg('text', { class: 'unet-op', x: leftX + 8, y: y + BOX_H + 19 }, t.down));
      const skipY = y + BOX_H / 2;
      const from = leftX + half(lv.encoder.channels, lv.encoder.size) + 4;
      const d = lv.decoder;
      if (lv.mismatch) {
        const up = 2 * (m.levels[lv.level + 1]?.decoder?.size ?? m.bottleneck.size);
        nodes.push(svg('path', { class: 'unet-skip broken', d: `M${from},${skipY} H${rightX - 40}` }));
        nodes.push(svg('text', { class: 'unet-skip-label broken', x: (from + rightX) / 2, y: skipY - 6, 'text-anchor': 'middle' }, `✕ skip ${lv.encoder.size}×${lv.encoder.size} ≠ up ${up}×${up}`));
      } else if (d) {
        nodes.push(arrow(`M${from},${skipY} H${rightX - half(d.channels, d.size) - 6}`, 'skip'));
        nodes.push(svg('text', { class: 'unet-skip-label', x: (from + rightX - half(d.channels, d.size)) / 2, y: skipY - 6, 'text-anchor': 'middle' }, t.concat(d.up.channels, lv.encoder.channels)));
        nodes.push(...box(rightX, y, d.channels, d.size, 'dec', `d${lv.level}`, `dec-${lv.level}`, lv.level === 0 ? 'top' : 'right'));
        nodes.push(arrow(last ? `M${midX + half(m.bottleneck.channels, m.bottleneck.size) + 4},${by + BOX_H / 2} H${rightX} V${y + BOX_H + 6}` : `M${rightX},${y + ROW} V${y + BOX_H + 6}`, 'up'));
        nodes.push(svg('text', { class: 'unet-op', x: rightX + 8, y: y + BOX_H + 19 }, t.up));
      }
    });
    nodes.push(...box(midX, by, m.bottleneck.channels, m.bottleneck.size, 'neck', t.bottleneck, 'bottleneck'));
    if (m.output) {
      nodes.push(arrow(`M${rightX + half(m.base, m.size) + 4},${top + BOX_H / 2} H${outX - half(m.outChannels, m.size) - 6}`));
      nodes.push(...box(outX, top, m.outChannels, m.size, 'io', t.output, 'output'));
    }
    const width = outX + 80;
    const height = by + BOX_H + 12;
    figure.setAttribute('viewBox', `0 0 ${width} ${height}`);
    figure.setAttribute('width', String(width));
    figure.setAttribute('height', String(height));
    figure.setAttribute('aria-label', m.levels.map((lv) => `e${lv.level} ${lv.encoder.channels}×${lv.encoder.size}×${lv.encoder.size}`).join(', '));
    figure.replaceChildren(
      svg('defs', {}, svg('marker', { id: 'unet-arrowhead', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'arrowhead' }))),
      ...nodes,
    );

    const failed = m.levels.find((lv) => lv.mismatch);
    if (failed) {
      const tries = [...new Set(m.nearest)].filter((v) => v >= 2 ** m.depth).map((v) => {
        const b = h('vscode-button', { secondary: true, 'data-size': v }, t.try(v));
        b.addEventListener('click', () => setParam(session, 'size', v));
        return b;
      });
      verdict.className = 'unet-verdict broken';
      verdict.replaceChildren(h('p', { class: 'error-line', 'data-testid': 'unet-error' }, t.broken(failed.level, failed.mismatch!)), h('p', { class: 'note' }, t.why(m)), h('div', { class: 'toolbar' }, ...tries));
    } else {
      verdict.className = 'unet-verdict';
      verdict.replaceChildren(h('p', { class: 'note' }, t.ok(m)));
    }
  }

  return {
    update(prepared) {
      bar.sync(prepared.params);
      draw(prepared.model as UNetModel);
    },
  };
}
