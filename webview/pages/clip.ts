/**
 * CLIP page: the batch's embeddings on the unit circle (drag a point, or focus it and use ←/→, to move it), the
 * N×N matrix of logits τ·cos shaded by either softmax (which caption per image, which image per caption) with the
 * matching pairs on the diagonal, each row's and column's cross-entropy, and the symmetric loss — every number an
 * output of the attention and loss demos run by ORT (src/pages/clip.ts builds their requests).
 */
import { clipLoss, type ClipLoss, type ClipModel } from '../../src/pages/clip';
import type { Lang } from '../../src/protocol';
import { Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { svg } from '../ui/svg';
import { paramBar } from './controls';
import type { PageSession, PageView } from './types';
import '../demos/metrics.css';
import './pages.css';

const TEXT = {
  en: {
    scale: 'logit_scale',
    tau: (tau: number) => `τ = exp(logit_scale) = ${fmt(tau)}`,
    space: 'The batch in a 2-D embedding space (drag a point; or focus it and use ←/→)',
    matrix: 'Logits τ·cos(image, caption); the diagonal pairs belong together',
    shade: 'shade by',
    rows: 'row softmax: which caption, per image',
    cols: 'column softmax: which image, per caption',
    image: 'image',
    caption: 'caption',
    rowLoss: '−log p(own caption)',
    colLoss: '−log p(own image)',
    angles: 'Angles (degrees)',
    lossI: 'image → text',
    lossT: 'text → image',
    loss: (i: string, t: string, l: string) => `CLIP loss = (${i} + ${t}) / 2 = ${l}`,
    mean: (terms: string[], n: number, v: string) => `mean(${terms.join(', ')}) over ${n} = ${v}`,
    note: (n: number) =>
      `Four ORT runs: the attention demo with Q = image embeddings, K = caption embeddings and scale τ gives the logits and each row's softmax, and with Q and K swapped each column's; the loss demo's cross-entropy against targets 0…${n - 1} (the diagonal) gives every row's and column's loss. Each image's ${n - 1} other captions are its negatives, for free: a larger batch means more negatives.`,
    point: (kind: string, i: number, deg: number) => `${kind} ${i + 1} at ${fmt(deg)}°`,
  },
  'zh-cn': {
    scale: 'logit_scale',
    tau: (tau: number) => `τ = exp(logit_scale) = ${fmt(tau)}`,
    space: '二维嵌入空间中的一个 batch（拖动点；或聚焦后用 ←/→）',
    matrix: 'logits τ·cos(图像, 描述)；对角线上的配对属于同一对',
    shade: '着色依据',
    rows: '按行 softmax：每张图像选哪条描述',
    cols: '按列 softmax：每条描述选哪张图像',
    image: '图像',
    caption: '描述',
    rowLoss: '−log p(自己的描述)',
    colLoss: '−log p(自己的图像)',
    angles: '角度（度）',
    lossI: '图像 → 文本',
    lossT: '文本 → 图像',
    loss: (i: string, t: string, l: string) => `CLIP 损失 = (${i} + ${t}) / 2 = ${l}`,
    mean: (terms: string[], n: number, v: string) => `对 ${n} 项取平均 (${terms.join(', ')}) = ${v}`,
    note: (n: number) =>
      `四次 ORT 运行：注意力演示以 Q = 图像嵌入、K = 描述嵌入、缩放 τ 给出 logits 和每行的 softmax，交换 Q 与 K 给出每列的；损失演示的交叉熵以 0…${n - 1}（对角线）为目标，给出每行、每列的损失。每张图像的另外 ${n - 1} 条描述都是它免费得到的负样本：batch 越大，负样本越多。`,
    point: (kind: string, i: number, deg: number) => `${kind} ${i + 1} 位于 ${fmt(deg)}°`,
  },
} satisfies Record<Lang, unknown>;

const R = 118;
const C = 150;
const probClass = (p: number | null) => `p-${Math.min(10, Math.max(0, Math.round((p ?? 0) * 10)))}`;
/** Losses span 1e-7 … 10: tiny ones in scientific notation, the rest as fmt does. */
const short = (v: number | null) => (v !== null && v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(1) : fmt(v));
const norm = (deg: number) => Math.round((((deg % 360) + 360) % 360) * 10) / 10;

export function clipPageView(root: HTMLElement, session: PageSession): PageView {
  const t = TEXT[session.lang];
  const rounds = new Rounds();
  const tauText = h('span', { class: 'tau', 'data-testid': 'clip-tau' });
  const bar = paramBar(session, [{ name: 'logit_scale', label: { en: 'logit_scale', 'zh-cn': 'logit_scale' }, kind: 'number', min: -5, max: 4.6, step: 0.01 }], tauText);
  const space = svg('svg', { class: 'clip-space', viewBox: `0 0 ${2 * C} ${2 * C}`, width: 2 * C, height: 2 * C, role: 'group', 'data-testid': 'clip-space' });
  const angles = h('table', { class: 'page-table clip-angles' });
  const matrix = h('table', { class: 'clip-matrix', 'data-testid': 'clip-matrix' });
  const shadeSelect = h('select', { 'aria-label': t.shade, 'data-setting': 'shade' }, h('option', { value: 'rows' }, t.rows), h('option', { value: 'cols' }, t.cols));
  const losses = h('div', { class: 'metric-lines', 'data-testid': 'clip-loss' });
  const note = h('p', { class: 'note' });
  root.replaceChildren(
    h('section', { class: 'step' }, bar.element, h('div', { class: 'clip-layout' }, h('figure', {}, h('figcaption', {}, t.space), space, h('h3', {}, t.angles), angles), h('figure', {}, h('figcaption', {}, t.matrix), h('div', { class: 'toolbar' }, h('label', { class: 'size' }, `${t.shade} `, shadeSelect)), h('div', { class: 'table-scroll' }, matrix), losses)), note),
  );
  shadeSelect.addEventListener('change', () => last && drawMatrix(last.model, last.loss));

  let last: { model: ClipModel; loss: ClipLoss } | undefined;
  let model: ClipModel | undefined;

  const setAngles = (images: number[], texts: number[]) => {
    const request = session.request();
    session.setRequest({ ...request, params: { ...(request.params ?? {}), image_angles: images, text_angles: texts } });
  };

  function drawSpace(m: ClipModel): void {
    const at = (deg: number) => [C + R * Math.cos((deg * Math.PI) / 180), C - R * Math.sin((deg * Math.PI) / 180)] as const;
    const nodes: SVGElement[] = [
      svg('circle', { class: 'clip-circle', cx: C, cy: C, r: R }),
      svg('path', { class: 'clip-axis', d: `M${C - R - 12},${C}H${C + R + 12}M${C},${C - R - 12}V${C + R + 12}` }),
    ];
    const point = (kind: 'image' | 'text', i: number) => {
      const list = kind === 'image' ? m.imageAngles : m.textAngles;
      const [x, y] = at(list[i]);
      const [lx, ly] = at(list[i]).map((v, k) => (v - C) * 1.16 + C + (k === 1 ? 4 : 0));
      const line = svg('line', { class: `clip-ray pair-${i % 8}`, x1: C, y1: C, x2: x, y2: y });
      const mark = kind === 'image' ? svg('circle', { class: `clip-point image pair-${i % 8}`, cx: x, cy: y, r: 7 }) : svg('rect', { class: `clip-point text pair-${i % 8}`, x: x - 6, y: y - 6, width: 12, height: 12, transform: `rotate(45 ${x} ${y})` });
      const label = svg('text', { class: 'clip-label', x: lx, y: ly, 'text-anchor': 'middle' }, `${kind === 'image' ? 'I' : 'T'}${i + 1}`);
      const g = svg('g', { class: 'clip-handle', tabindex: 0, role: 'slider', 'aria-label': t.point(kind === 'image' ? t.image : t.caption, i, list[i]), 'aria-valuenow': list[i], 'data-kind': kind, 'data-pair': i }, line, mark, label);
      const commit = (deg: number) => {
        const images = [...m.imageAngles];
        const texts = [...m.textAngles];
        (kind === 'image' ? images : texts)[i] = norm(deg);
        setAngles(images, texts);
      };
      g.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? 5 : e.key === 'ArrowRight' || e.key === 'ArrowUp' ? -5 : 0;
        if (!step) return;
        e.preventDefault();
        commit(list[i] - step);
      });
      g.addEventListener('pointerdown', (e) => {
        g.setPointerCapture(e.pointerId);
        const angleAt = (ev: PointerEvent) => {
          const r = space.getBoundingClientRect();
          const px = ((ev.clientX - r.left) / r.width) * 2 * C - C;
          const py = C - ((ev.clientY - r.top) / r.height) * 2 * C;
          return (Math.atan2(py, px) * 180) / Math.PI;
        };
        const move = (ev: PointerEvent) => {
          const deg = angleAt(ev);
          const [nx, ny] = at(deg);
          line.setAttribute('x2', String(nx));
          line.setAttribute('y2', String(ny));
          if (mark.tagName === 'circle') {
            mark.setAttribute('cx', String(nx));
            mark.setAttribute('cy', String(ny));
          } else {
            mark.setAttribute('x', String(nx - 6));
            mark.setAttribute('y', String(ny - 6));
            mark.setAttribute('transform', `rotate(45 ${nx} ${ny})`);
          }
        };
        const up = (ev: PointerEvent) => {
          g.removeEventListener('pointermove', move);
          g.removeEventListener('pointerup', up);
          commit(Math.round(angleAt(ev)));
        };
        g.addEventListener('pointermove', move);
        g.addEventListener('pointerup', up);
      });
      return g;
    };
    for (let i = 0; i < m.n; i++) nodes.push(point('text', i), point('image', i));
    space.replaceChildren(...nodes);

    const field = (kind: 'image' | 'text', i: number) => {
      const list = kind === 'image' ? m.imageAngles : m.textAngles;
      const input = h('input', { type: 'number', step: 1, value: fmt(list[i]), 'aria-label': t.point(kind === 'image' ? t.image : t.caption, i, list[i]), 'data-angle': `${kind}-${i}` });
      input.addEventListener('change', () => {
        const v = Number(input.value);
        const ok = input.value.trim() !== '' && Number.isFinite(v);
        input.classList.toggle('invalid', !ok);
        if (!ok) return;
        const images = [...m.imageAngles];
        const texts = [...m.textAngles];
        (kind === 'image' ? images : texts)[i] = v;
        setAngles(images, texts);
      });
      return h('td', {}, input);
    };
    angles.replaceChildren(
      h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t.caption), h('th', {}, `${t.image} (I)`), h('th', {}, `${t.caption} (T)`))),
      h('tbody', {}, ...m.captions.map((cap, i) => h('tr', {}, h('th', { scope: 'row' }, h('span', { class: `swatch pair-${i % 8}` }), String(i + 1)), h('td', { class: 'caption-text' }, cap[session.lang]), field('image', i), field('text', i)))),
    );
  }

  function drawMatrix(m: ClipModel, loss: ClipLoss): void {
    const n = m.n;
    const byRow = shadeSelect.value === 'rows';
    const p = byRow ? loss.imageToText : loss.textToImage;
    const header = h('tr', {}, h('th', {}, ''), ...m.captions.map((cap, j) => h('th', { scope: 'col', title: cap[session.lang] }, `T${j + 1}`)), h('th', { scope: 'col', class: 'loss-col', title: t.rowLoss }, '−log p'));
    const rows = Array.from({ length: n }, (_, i) =>
      h(
        'tr',
        { 'data-row': i },
        h('th', { scope: 'row' }, h('span', { class: `swatch pair-${i % 8}` }), `I${i + 1}`),
        ...Array.from({ length: n }, (_, j) => {
          const k = i * n + j;
          return h(
            'td',
            { class: `logit-cell ${probClass(p.data[k])}${i === j ? ' diagonal' : ''}`, 'data-logit': loss.logits.data[k] ?? '', 'data-p': p.data[k] ?? '', title: `cos = ${fmt(loss.cosine.data[k])}, p(T${j + 1} | I${i + 1}) = ${fmt(loss.imageToText.data[k])}, p(I${i + 1} | T${j + 1}) = ${fmt(loss.textToImage.data[k])}` },
            h('span', { class: 'logit' }, fmt(loss.logits.data[k])),
            h('span', { class: 'prob-small' }, `p ${(p.data[k] ?? 0).toFixed(2)}`),
          );
        }),
        h('td', { class: 'loss-col', 'data-output': 'image_losses', title: t.rowLoss }, short(loss.imageLosses.data[i])),
      ),
    );
    const footer = h('tr', { class: 'loss-row' }, h('th', { scope: 'row' }, t.colLoss), ...Array.from({ length: n }, (_, j) => h('td', { 'data-output': 'text_losses', title: t.colLoss }, short(loss.textLosses.data[j]))), h('td'));
    matrix.replaceChildren(h('thead', {}, header), h('tbody', {}, ...rows, footer));
    const terms = (x: typeof loss.imageLosses) => x.data.map(short);
    losses.replaceChildren(
      h('p', { class: 'expansion', 'data-metric': 'image_loss' }, h('strong', {}, `${t.lossI}: `), t.mean(terms(loss.imageLosses), n, fmt(loss.imageLoss))),
      h('p', { class: 'expansion', 'data-metric': 'text_loss' }, h('strong', {}, `${t.lossT}: `), t.mean(terms(loss.textLosses), n, fmt(loss.textLoss))),
      h('p', { class: 'expansion', 'data-metric': 'loss', 'data-value': loss.loss }, h('strong', {}, t.loss(fmt(loss.imageLoss), fmt(loss.textLoss), fmt(loss.loss)))),
    );
    note.textContent = t.note(n);
  }

  async function compute(round: number, m: ClipModel): Promise<void> {
    const loss = await clipLoss(m, (request, demo) => session.compute(request, demo));
    if (!rounds.current(round)) return;
    last = { model: m, loss };
    drawMatrix(m, loss);
  }

  return {
    update(prepared) {
      model = prepared.model as ClipModel;
      bar.sync(prepared.params);
      tauText.textContent = t.tau(model.tau);
      drawSpace(model);
      compute(rounds.next(), model).catch(() => undefined); // shown by the panel's error area
    },
  };
}

