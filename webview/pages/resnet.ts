/**
 * ResNet page: the stage diagram (each stage a box whose face follows the spatial size and whose depth follows the
 * channels), the selected stage's detail — the first block's convolutions and shortcut drawn as a small flow —
 * and the table of every stage's output, parameters and MACs with the totals.
 */
import type { ConvSpec, ResNetModel, ResNetStage } from '../../src/pages/resnet';
import { RESNET_VARIANTS } from '../../src/pages/resnet';
import type { Lang } from '../../src/protocol';
import { append, h } from '../ui/dom';
import { svg } from '../ui/svg';
import { paramBar } from './controls';
import type { PageSession, PageView } from './types';
import './pages.css';

const TEXT = {
  en: {
    variant: 'variant',
    size: 'input size',
    classes: 'classes',
    diagram: 'The shape chain (click or focus a stage; ←/→ move)',
    table: 'Every stage',
    cols: ['stage', 'paper', 'output', 'parameters', 'MACs'],
    total: 'total',
    blocks: (n: number) => `×${n} blocks`,
    conv: (c: ConvSpec) => `${c.kernel}×${c.kernel} conv ${c.cin}→${c.cout}${c.stride > 1 ? `, stride ${c.stride}` : ''} → ${c.size}×${c.size}`,
    input: (s: ResNetStage) => `The image: ${shape(s.out)} (RGB). torchvision's pretrained weights expect 224×224 normalised with the ImageNet mean and std; any size of 32 or more runs, since the head pools globally.`,
    stem: (s: ResNetStage, c: ConvSpec) => `A 7×7 conv with ${c.cout} filters, stride 2, padding 3, then BatchNorm and ReLU → ${shape(s.out)}. One conv quarters the number of positions at once.`,
    pool: (s: ResNetStage) => `3×3 max-pool, stride 2, padding 1 → ${shape(s.out)}. No parameters: the resolution is now a quarter of the input's per side.`,
    layer: (s: ResNetStage, block: string, n: number) =>
      `${n} ${block} blocks. The first one changes the shape (its convolutions and shortcut are drawn above); the other ${n - 1} keep it and add their input back through an identity shortcut.`,
    avg: (s: ResNetStage) => `Global average pooling: each of the ${s.out[0]} channels becomes one number, whatever the input size was → ${shape(s.out)}.`,
    fc: (s: ResNetStage, c: number) => `A linear layer ${c}→${s.out[0]}: the class scores (logits). The softmax belongs to the loss (CrossEntropyLoss) or to inference.`,
    identity: 'identity',
    convWord: 'conv',
    projection: (c: ConvSpec) => `1×1 conv ${c.cin}→${c.cout}${c.stride > 1 ? ` /${c.stride}` : ''} + BN`,
    shortcut: 'shortcut',
    add: '+ then ReLU',
    summary: (m: ResNetModel) =>
      `${m.variant}: 1 stem conv + ${m.block === 'bottleneck' ? 3 : 2}·(${m.depths.join(' + ')}) block convs + 1 fc = ${m.layers} weighted layers, ${m.params.toLocaleString('en-US')} parameters, ${giga(m.macs)} GMACs per image — counted from the layer sizes above (torchvision reports the same totals).`,
    bottleneck: 'bottleneck',
    basic: 'basic',
  },
  'zh-cn': {
    variant: '变体',
    size: '输入尺寸',
    classes: '类别数',
    diagram: '形状链（点击或聚焦一个 stage；←/→ 切换）',
    table: '所有 stage',
    cols: ['stage', '论文名称', '输出', '参数量', '乘加次数'],
    total: '合计',
    blocks: (n: number) => `×${n} 个块`,
    conv: (c: ConvSpec) => `${c.kernel}×${c.kernel} 卷积 ${c.cin}→${c.cout}${c.stride > 1 ? `，步长 ${c.stride}` : ''} → ${c.size}×${c.size}`,
    input: (s: ResNetStage) => `输入图像：${shape(s.out)}（RGB）。torchvision 的预训练权重要求 224×224 并用 ImageNet 均值和标准差归一化；由于分类头做全局池化，32 及以上的任意尺寸都能运行。`,
    stem: (s: ResNetStage, c: ConvSpec) => `${c.cout} 个 7×7 卷积核，步长 2，填充 3，随后 BatchNorm 和 ReLU → ${shape(s.out)}。一次卷积就把位置数减为四分之一。`,
    pool: (s: ResNetStage) => `3×3 最大池化，步长 2，填充 1 → ${shape(s.out)}。没有参数：此时每边分辨率只有输入的四分之一。`,
    layer: (s: ResNetStage, block: string, n: number) => `${n} 个${block}块。第一个块改变形状（上图画出了它的卷积和捷径）；其余 ${n - 1} 个保持形状，通过恒等捷径把输入加回去。`,
    avg: (s: ResNetStage) => `全局平均池化：无论输入多大，${s.out[0]} 个通道各变成一个数 → ${shape(s.out)}。`,
    fc: (s: ResNetStage, c: number) => `线性层 ${c}→${s.out[0]}：类别分数（logits）。softmax 属于损失函数（CrossEntropyLoss）或推理阶段。`,
    identity: '恒等',
    convWord: '卷积',
    projection: (c: ConvSpec) => `1×1 卷积 ${c.cin}→${c.cout}${c.stride > 1 ? ` /${c.stride}` : ''} + BN`,
    shortcut: '捷径',
    add: '相加后 ReLU',
    summary: (m: ResNetModel) =>
      `${m.variant}：1 个 stem 卷积 + ${m.block === 'bottleneck' ? 3 : 2}·(${m.depths.join(' + ')}) 个块内卷积 + 1 个全连接 = ${m.layers} 个带权重的层，参数 ${m.params.toLocaleString('en-US')} 个，每张图 ${giga(m.macs)} G 次乘加——由上面的层尺寸算出（与 torchvision 公布的总数一致）。`,
    bottleneck: '瓶颈',
    basic: '基本',
  },
} satisfies Record<Lang, unknown>;

const shape = (out: number[]) => out.join('×');
const both = (key: 'variant' | 'size' | 'classes') => ({ en: TEXT.en[key], 'zh-cn': TEXT['zh-cn'][key] });
const giga = (v: number) => (v / 1e9).toFixed(2);
const mega = (v: number) => (v === 0 ? '0' : v >= 1e9 ? `${giga(v)} G` : `${(v / 1e6).toFixed(1)} M`);
const kind = (s: ResNetStage) => (s.name.startsWith('layer') ? 'stage' : s.name === 'fc' || s.name === 'avgpool' ? 'head' : s.name === 'input' ? 'input' : 'stem');

export function resnetPageView(root: HTMLElement, session: PageSession): PageView {
  const { lang } = session;
  const t = TEXT[lang];
  const bar = paramBar(session, [
    { name: 'variant', label: both('variant'), kind: 'choice', options: RESNET_VARIANTS.map((v) => ({ value: v, label: v })) },
    { name: 'size', label: both('size'), kind: 'number', min: 32, max: 2048, step: 1 },
    { name: 'classes', label: both('classes'), kind: 'number', min: 1, max: 100000, step: 1 },
  ]);
  const diagram = svg('svg', { class: 'stage-diagram', role: 'group', 'data-testid': 'stage-diagram' });
  const detail = h('div', { class: 'stage-detail', 'data-testid': 'stage-detail', 'aria-live': 'polite' });
  const table = h('table', { class: 'page-table', 'data-testid': 'stage-table' });
  const summary = h('p', { class: 'note', 'data-testid': 'resnet-summary' });
  root.replaceChildren(
    h('section', { class: 'step' }, bar.element, h('h2', {}, t.diagram), h('div', { class: 'figure-scroll' }, diagram), detail),
    h('section', { class: 'step' }, h('h2', {}, t.table), h('div', { class: 'table-scroll' }, table), summary),
  );

  let model: ResNetModel | undefined;
  let selected = 'layer1';

  function select(name: string, focus = false): void {
    selected = name;
    if (!model) return;
    diagram.querySelectorAll('.stage').forEach((g) => g.classList.toggle('sel', g.getAttribute('data-stage') === name));
    table.querySelectorAll('tbody tr').forEach((tr) => tr.classList.toggle('sel', tr.getAttribute('data-stage') === name));
    if (focus) (diagram.querySelector(`.stage[data-stage="${name}"]`) as SVGGElement | null)?.focus();
    drawDetail(model, model.stages.find((s) => s.name === name) ?? model.stages[0]);
  }

  function drawDiagram(m: ResNetModel): void {
    const maxH = m.stages[0].out[1];
    const face = (s: ResNetStage) => (s.out.length === 3 ? 14 + 126 * Math.sqrt(s.out[1] / maxH) : 96);
    const depth = (s: ResNetStage) => 3 + 4.2 * Math.log2(Math.max(2, s.out[0]));
    const tallest = Math.max(...m.stages.map(face));
    const deepest = Math.max(...m.stages.map(depth)) * 0.5;
    const top = 8 + deepest;
    const mid = top + tallest / 2;
    let x = 8;
    const nodes: SVGElement[] = [];
    m.stages.forEach((s, i) => {
      const side = face(s);
      const w = s.out.length === 3 ? side : 12;
      const d = depth(s);
      const [dx, dy] = [d * 0.7, -d * 0.5];
      const y0 = mid - side / 2;
      const g = svg('g', { class: `stage kind-${kind(s)}`, 'data-stage': s.name, tabindex: 0, role: 'button', 'aria-label': `${s.name}: ${shape(s.out)}` });
      g.append(
        svg('polygon', { class: 'face-top', points: `${x},${y0} ${x + dx},${y0 + dy} ${x + w + dx},${y0 + dy} ${x + w},${y0}` }),
        svg('polygon', { class: 'face-side', points: `${x + w},${y0} ${x + w + dx},${y0 + dy} ${x + w + dx},${y0 + side + dy} ${x + w},${y0 + side}` }),
        svg('rect', { class: 'face-front', x, y: y0, width: w, height: side }),
        svg('text', { class: 'stage-name', x: x + (w + dx) / 2, y: top + tallest + 18, 'text-anchor': 'middle' }, s.name),
        svg('text', { class: 'stage-shape', x: x + (w + dx) / 2, y: top + tallest + 32, 'text-anchor': 'middle' }, shape(s.out)),
        ...(s.blocks ? [svg('text', { class: 'stage-blocks', x: x + (w + dx) / 2, y: top + tallest + 45, 'text-anchor': 'middle' }, t.blocks(s.blocks))] : []),
      );
      g.addEventListener('click', () => select(s.name));
      g.addEventListener('keydown', (e) => {
        const k = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Enter' || e.key === ' ' ? i : -1;
        if (k < 0 || k >= m.stages.length) return;
        e.preventDefault();
        select(m.stages[k].name, true);
      });
      nodes.push(g);
      const next = x + w + dx + 24;
      if (i < m.stages.length - 1) nodes.push(svg('path', { class: 'stage-arrow', d: `M${x + w + dx + 4},${mid} H${next - 5}`, 'marker-end': 'url(#stage-arrowhead)' }));
      x = next;
    });
    const height = top + tallest + 52;
    diagram.setAttribute('viewBox', `0 0 ${x} ${height}`);
    diagram.setAttribute('width', String(x));
    diagram.setAttribute('height', String(height));
    diagram.replaceChildren(
      svg('defs', {}, svg('marker', { id: 'stage-arrowhead', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'arrowhead' }))),
      ...nodes,
    );
  }

  /** The first block's flow: x → convs → ⊕ (→ ReLU), the shortcut underneath. */
  function blockFlow(s: ResNetStage): SVGSVGElement {
    const convs = s.first!.convs;
    const boxW = 150;
    const gap = 30;
    const [boxY, boxH, mid] = [10, 42, 31];
    const nodes: SVGElement[] = [svg('text', { class: 'flow-label', x: 4, y: mid + 4 }, 'x')];
    convs.forEach((c, i) => {
      const x = 28 + i * (boxW + gap);
      nodes.push(
        svg('path', { class: 'stage-arrow', d: `M${i === 0 ? 14 : x - gap + 2},${mid} H${x - 3}`, 'marker-end': 'url(#stage-arrowhead)' }),
        svg('rect', { class: 'flow-box', x, y: boxY, width: boxW, height: boxH, rx: 4 }),
        svg('text', { class: 'flow-text', x: x + boxW / 2, y: boxY + 17, 'text-anchor': 'middle' }, `${c.kernel}×${c.kernel} ${t.convWord} ${c.cin}→${c.cout}`),
        svg('text', { class: 'flow-sub', x: x + boxW / 2, y: boxY + 33, 'text-anchor': 'middle' }, `${c.stride > 1 ? `/${c.stride} ` : ''}→ ${c.size}×${c.size}`),
      );
    });
    const addX = 28 + convs.length * (boxW + gap) + 6;
    nodes.push(
      svg('path', { class: 'stage-arrow', d: `M${addX - gap - 4},${mid} H${addX - 12}`, 'marker-end': 'url(#stage-arrowhead)' }),
      svg('circle', { class: 'flow-add', cx: addX, cy: mid, r: 9 }),
      svg('text', { class: 'flow-text', x: addX, y: mid + 4, 'text-anchor': 'middle' }, '+'),
      svg('text', { class: 'flow-label', x: addX + 15, y: mid + 4 }, t.add),
      svg('path', { class: `flow-shortcut${s.first!.shortcut === 'identity' ? '' : ' projection'}`, d: `M8,${mid + 8} V72 H${addX} V${mid + 12}`, fill: 'none', 'marker-end': 'url(#stage-arrowhead)' }),
      svg('text', { class: 'flow-label', x: (addX + 8) / 2, y: 68, 'text-anchor': 'middle' }, `${t.shortcut}: ${s.first!.shortcut === 'identity' ? t.identity : t.projection(s.first!.shortcut)}`),
    );
    const width = addX + 110;
    // The arrowhead marker is the diagram's (#stage-arrowhead): ids are shared across the page.
    return svg('svg', { class: 'block-flow', viewBox: `0 0 ${width} 80`, width, height: 80, role: 'img', 'aria-label': convs.map(t.conv).join('; ') }, ...nodes);
  }

  function drawDetail(m: ResNetModel, s: ResNetStage): void {
    const before = m.stages[m.stages.indexOf(s) - 1];
    const text =
      s.name === 'input'
        ? t.input(s)
        : s.name === 'conv1'
          ? t.stem(s, s.first!.convs[0])
          : s.name === 'maxpool'
            ? t.pool(s)
            : s.name === 'avgpool'
              ? t.avg(s)
              : s.name === 'fc'
                ? t.fc(s, before.out[0])
                : t.layer(s, m.block === 'bottleneck' ? t.bottleneck : t.basic, s.blocks!);
    const head = h('h3', {}, `${s.name}${s.paper && s.paper !== s.name ? ` (${s.paper})` : ''}: ${before ? `${shape(before.out)} → ` : ''}${shape(s.out)}`);
    detail.replaceChildren();
    append(detail, head, s.blocks ? h('div', { class: 'figure-scroll' }, blockFlow(s)) : null, h('p', { class: 'note' }, text));
  }

  function drawTable(m: ResNetModel): void {
    const row = (s: ResNetStage) => {
      const tr = h('tr', { 'data-stage': s.name, tabindex: 0 }, h('th', { scope: 'row' }, s.name), h('td', {}, s.paper ?? ''), h('td', { 'data-output': 'shape' }, shape(s.out)), h('td', { 'data-output': 'params' }, s.params.toLocaleString('en-US')), h('td', { 'data-output': 'macs' }, mega(s.macs)));
      tr.addEventListener('click', () => select(s.name));
      tr.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && select(s.name));
      return tr;
    };
    table.replaceChildren(
      h('thead', {}, h('tr', {}, ...t.cols.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...m.stages.map(row)),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, t.total), h('td'), h('td', {}, shape(m.stages[m.stages.length - 1].out)), h('td', { 'data-output': 'total-params' }, m.params.toLocaleString('en-US')), h('td', { 'data-output': 'total-macs' }, mega(m.macs)))),
    );
    summary.textContent = t.summary(m);
  }

  return {
    update(prepared) {
      model = prepared.model as ResNetModel;
      bar.sync(prepared.params);
      drawDiagram(model);
      drawTable(model);
      select(model.stages.some((s) => s.name === selected) ? selected : 'layer1');
    },
  };
}
