/**
 * psnr-ssim view: the built-in image and its five distorted copies side by side, each scored by one ORT run of the
 * psnr-ssim model, with bar charts of PSNR and SSIM and a sentence on where the two disagree (four copies with one
 * MSE, hence one PSNR, and very different SSIM). Picking a copy makes it the panel's b; the steps then show a, b and
 * the maps ORT computed (squared error, window, luminance, contrast-structure, SSIM map) as pictures.
 */
import type { PreparedDemo, RunResult, TensorData } from '../../src/models';
import { DISTORTIONS, type Distortion } from '../../src/models/synthetic';
import type { Lang } from '../../src/protocol';
import { BarChart } from '../ui/chart';
import { chartSection, Rounds } from '../ui/chartSection';
import { fmt, h } from '../ui/dom';
import { Heatmap, type HeatmapStyle } from '../ui/heatmap';
import { genericParts } from './generic';
import { collapseInputs } from './inputsFold';
import type { DemoSession, DemoView } from './types';
import './metrics.css';

const TEXT = {
  en: {
    section: 'Same error, different scores (every number computed by ORT)',
    reference: 'reference a',
    names: { blur: 'blur', noise: 'noise', brightness: 'brighter', contrast: 'more contrast', shift: 'shifted 1 px' } as Record<Distortion, string>,
    pick: (d: string) => `Use the ${d} copy as b in the steps below`,
    useAsB: 'use as b',
    psnrChart: 'PSNR (dB, higher = closer)',
    ssimChart: 'SSIM (1 = identical)',
    copy: 'copy',
    disagree: (names: string, psnr: string, lo: string, loName: string, hi: string, hiName: string) =>
      `Where they disagree: ${names} all have PSNR ${psnr} dB — the same mean squared error — yet SSIM ranges from ${lo} (${loName}) to ${hi} (${hiName}). A uniformly brighter image keeps every edge and texture, so SSIM barely drops; blur and extra contrast change the local structure, and SSIM notices.`,
    shift: (psnr: string, ssim: string) => `The one-pixel shift, which a viewer hardly sees, scores worst on both: PSNR ${psnr} dB, SSIM ${ssim} — neither measure tolerates misalignment.`,
    edit: 'Edit the pixel values of a and b',
    maps: { a: 'a (reference)', b: 'b (distorted)', sq: '(a − b)² per pixel', window: 'Gaussian window w (11×11, σ = 1.5)', l: 'luminance l', cs: 'contrast-structure cs', ssim: 'SSIM map l·cs' },
    hover: 'Point at a map (or focus it and use the arrow keys) to read a value.',
  },
  'zh-cn': {
    section: '误差相同，得分不同（所有数值由 ORT 计算）',
    reference: '参考图 a',
    names: { blur: '模糊', noise: '噪声', brightness: '变亮', contrast: '对比度增强', shift: '平移 1 像素' } as Record<Distortion, string>,
    pick: (d: string) => `在下面的步骤中用"${d}"副本作为 b`,
    useAsB: '设为 b',
    psnrChart: 'PSNR（dB，越高越接近）',
    ssimChart: 'SSIM（1 表示相同）',
    copy: '副本',
    disagree: (names: string, psnr: string, lo: string, loName: string, hi: string, hiName: string) =>
      `两者的分歧：${names} 的 PSNR 都是 ${psnr} dB——均方误差相同——但 SSIM 从 ${lo}（${loName}）到 ${hi}（${hiName}）不等。整体变亮的图像保留了所有边缘和纹理，SSIM 几乎不降；模糊和对比度增强改变了局部结构，SSIM 能察觉。`,
    shift: (psnr: string, ssim: string) => `平移一个像素，人眼几乎看不出来，却在两项上都得分最低：PSNR ${psnr} dB，SSIM ${ssim}——两种指标都不容忍错位。`,
    edit: '编辑 a 和 b 的像素值',
    maps: { a: 'a（参考图）', b: 'b（失真图）', sq: '逐像素 (a − b)²', window: '高斯窗口 w（11×11，σ = 1.5）', l: '亮度项 l', cs: '对比度-结构项 cs', ssim: 'SSIM 图 l·cs' },
    hover: '指向图（或聚焦后用方向键）读取数值。',
  },
} satisfies Record<Lang, unknown>;

interface Scored {
  distortion: Distortion;
  b: TensorData;
  result: RunResult;
}

const scalar = (r: RunResult, name: string): number => r.outputs[name].data[0] ?? Infinity; // null: PSNR of identical images
const decibels = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '∞');
/** The smallest drop below 1 drawn in full colour on the similarity maps. */
const MIN_DROP = 0.02;
const three = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');

export function psnrSsimView(root: HTMLElement, session: DemoSession): DemoView {
  const { lang } = session;
  const t = TEXT[lang];
  const rounds = new Rounds();
  const mapStyle = (max: number): HeatmapStyle => ({ palette: 'grey', min: 0, max });

  const maps = {
    a: new Heatmap({ name: 'a' }),
    b: new Heatmap({ name: 'b' }),
    sq: new Heatmap({ name: 'sq_error' }),
    window: new Heatmap({ name: 'window' }),
    l: new Heatmap({ name: 'luminance' }),
    cs: new Heatmap({ name: 'contrast_structure' }),
    ssim: new Heatmap({ name: 'ssim_map' }),
  };
  const row = (...els: Heatmap[]) => h('div', { class: 'heatmaps' }, ...els.map((m) => m.element));
  const parts = genericParts(session, {
    ownParams: ['distortion'],
    pictures: { psnr: row(maps.a, maps.b, maps.sq), window: row(maps.window), factors: row(maps.l, maps.cs), ssim: row(maps.ssim) },
    tensors: { psnr: ['mse', 'psnr'], window: [], factors: [], ssim: ['ssim', 'psnr'] },
  });
  collapseInputs(parts.sections[0], t.edit);

  const gallery = h('div', { class: 'gallery', role: 'list' });
  const psnrChart = new BarChart({ id: 'psnr', lang, title: t.psnrChart, xLabel: t.copy, yLabel: 'PSNR (dB)', xName: t.copy, yName: 'PSNR', width: 470, height: 240 });
  const ssimChart = new BarChart({ id: 'ssim', lang, title: t.ssimChart, xLabel: t.copy, yLabel: 'SSIM', xName: t.copy, yName: 'SSIM', width: 470, height: 240 });
  const verdict = h('p', { class: 'chart-note', 'data-testid': 'psnr-ssim-verdict' });
  const shiftNote = h('p', { class: 'chart-note' });
  const section = chartSection('copies', t.section, gallery, h('div', { class: 'charts-row' }, psnrChart.element, ssimChart.element), verdict, shiftNote, h('p', { class: 'hint' }, t.hover));
  root.replaceChildren(parts.sections[0], section, ...parts.sections.slice(1));

  const pick = (d: Distortion) => {
    const request = session.request();
    const inputs = request.inputs?.a ? { inputs: { a: request.inputs.a } } : {};
    session.setRequest({ params: { ...(request.params ?? {}), distortion: d }, ...inputs });
  };

  function card(title: string, image: TensorData, maxValue: number, scores: (Node | string)[], opts: { distortion?: Distortion; selected?: boolean }): HTMLElement {
    const map = new Heatmap({ name: opts.distortion ?? 'a', maxSide: 96 });
    map.set(image, mapStyle(maxValue), []);
    const attrs: Record<string, string | boolean> = { class: `copy${opts.selected ? ' selected' : ''}`, role: 'listitem' };
    if (opts.distortion) attrs['data-distortion'] = opts.distortion;
    const el = h('div', attrs, map.element, h('div', { class: 'copy-name' }, title), h('div', { class: 'copy-scores' }, ...scores));
    if (opts.distortion) {
      const d = opts.distortion;
      const button = h('button', { type: 'button', class: 'copy-pick', 'aria-pressed': opts.selected ? 'true' : 'false', title: t.pick(t.names[d]) }, t.useAsB);
      button.addEventListener('click', () => pick(d));
      el.append(button);
    }
    return el;
  }

  async function score(round: number, p: PreparedDemo): Promise<void> {
    const maxValue = p.params.max_value as number;
    const a = p.inputs.a;
    const requests = DISTORTIONS.map((d) => ({ params: { max_value: maxValue, distortion: d }, inputs: { a } }));
    const results = await Promise.all(requests.map((r) => session.compute(r)));
    if (!rounds.current(round)) return;
    const scored: Scored[] = DISTORTIONS.map((d, i) => ({ distortion: d, b: session.definition.prepare(requests[i]).inputs.b, result: results[i] }));
    const chosen = p.params.distortion as Distortion | undefined;
    gallery.replaceChildren(
      card(t.reference, a, maxValue, ['PSNR ∞', h('br'), 'SSIM 1'], {}),
      ...scored.map((s) =>
        card(
          t.names[s.distortion],
          s.b,
          maxValue,
          [
            h('span', { 'data-metric': 'mse' }, `MSE ${fmt(scalar(s.result, 'mse'))}`),
            h('br'),
            h('span', { 'data-metric': 'psnr', 'data-value': scalar(s.result, 'psnr') }, `PSNR ${decibels(scalar(s.result, 'psnr'))} dB`),
            h('br'),
            h('span', { 'data-metric': 'ssim', 'data-value': scalar(s.result, 'ssim') }, `SSIM ${three(scalar(s.result, 'ssim'))}`),
          ],
          { distortion: s.distortion, selected: s.distortion === chosen },
        ),
      ),
    );
    const names = scored.map((s) => t.names[s.distortion]);
    psnrChart.set(names, [{ id: 'psnr', label: 'PSNR', color: 'blue', values: scored.map((s) => scalar(s.result, 'psnr')) }]);
    ssimChart.set(names, [{ id: 'ssim', label: 'SSIM', color: 'green', values: scored.map((s) => scalar(s.result, 'ssim')) }]);
    describe(scored);
  }

  /** The copies whose PSNR agrees to 0.01 dB, and how far apart their SSIM is (all from the ORT runs). */
  function describe(scored: Scored[]): void {
    const groups = new Map<string, Scored[]>();
    for (const s of scored) {
      const key = decibels(scalar(s.result, 'psnr'));
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const same = [...groups.values()].sort((x, y) => y.length - x.length)[0];
    if (same && same.length > 1) {
      const bySsim = [...same].sort((x, y) => scalar(x.result, 'ssim') - scalar(y.result, 'ssim'));
      const lo = bySsim[0];
      const hi = bySsim[bySsim.length - 1];
      verdict.textContent = t.disagree(
        same.map((s) => t.names[s.distortion]).join(lang === 'zh-cn' ? '、' : ', '),
        decibels(scalar(same[0].result, 'psnr')),
        three(scalar(lo.result, 'ssim')),
        t.names[lo.distortion],
        three(scalar(hi.result, 'ssim')),
        t.names[hi.distortion],
      );
    } else {
      verdict.textContent = '';
    }
    const shift = scored.find((s) => s.distortion === 'shift');
    shiftNote.textContent = shift ? t.shift(decibels(scalar(shift.result, 'psnr')), three(scalar(shift.result, 'ssim'))) : '';
  }

  function drawMaps(p: PreparedDemo, r: RunResult): void {
    const maxValue = p.params.max_value as number;
    const out = r.outputs;
    const peak = (x: TensorData) => Math.max(1e-12, ...x.data.filter((v): v is number => v !== null));
    maps.a.set(p.inputs.a, mapStyle(maxValue), [t.maps.a]);
    maps.b.set(p.inputs.b, mapStyle(maxValue), [t.maps.b]);
    maps.sq.set(out.sq_error, { palette: 'heat', min: 0, max: peak(out.sq_error), color: 'red' }, [t.maps.sq, h('span', { class: 'map-range' }, ` 0 … ${fmt(peak(out.sq_error))}`)]);
    maps.window.set(out.window, { palette: 'heat', min: 0, max: peak(out.window), color: 'blue' }, [t.maps.window]);
    // 1 = no difference, drawn as background; the map's lowest value gets the full colour, so small drops show too —
    // but never less than a MIN_DROP span, or float32 noise around 1 (a brightness shift's cs) would look like structure.
    const similarity = (map: Heatmap, x: TensorData, caption: string) => {
      const values = x.data.filter((v): v is number => v !== null && Number.isFinite(v));
      const lowest = values.length ? Math.min(...values) : 0;
      map.set(x, { palette: 'heat', min: 1, max: Math.min(lowest, 1 - MIN_DROP), color: 'purple' }, [caption, h('span', { class: 'map-range' }, ` ${fmt(lowest)} … ${fmt(values.length ? Math.max(...values) : 1)}`)]);
    };
    similarity(maps.l, out.luminance, t.maps.l);
    similarity(maps.cs, out.contrast_structure, t.maps.cs);
    similarity(maps.ssim, out.ssim_map, t.maps.ssim);
  }

  let scoredKey = '';
  return {
    update(p: PreparedDemo, r: RunResult) {
      parts.update(p, r);
      drawMaps(p, r);
      // The copies depend on a and max_value only: rescored when those change, re-marked otherwise.
      const key = JSON.stringify([p.params.max_value, p.inputs.a.dims, p.inputs.a.data]);
      if (key !== scoredKey) {
        scoredKey = key;
        score(rounds.next(), p).catch(() => undefined); // shown by the panel's error area
      } else {
        gallery.querySelectorAll<HTMLElement>('.copy[data-distortion]').forEach((el) => {
          const on = el.dataset.distortion === p.params.distortion;
          el.classList.toggle('selected', on);
          el.querySelector('.copy-pick')?.setAttribute('aria-pressed', on ? 'true' : 'false');
        });
      }
    },
  };
}
