/**
 * Which entries of an NCHW tensor share one mean and variance, for each norm kind (pure: no DOM).
 * A statistic is addressed by its flat index into the model's `mean`/`var`/`std` outputs, whose shapes are
 * batch (C), layer (N), group (N, groups), instance (N, C).
 */
import type { NormKind } from '../../src/models/norm';

export interface NormLayout {
  kind: NormKind;
  /** x's dims [N, C, H, W]. */
  dims: readonly number[];
  /** Channel groups (group norm only; must divide C). */
  groups: number;
}

export interface Nchw {
  n: number;
  c: number;
  h: number;
  w: number;
}

export function nchwOf(dims: readonly number[], flat: number): Nchw {
  const [, C, H, W] = dims;
  return { n: Math.floor(flat / (C * H * W)), c: Math.floor(flat / (H * W)) % C, h: Math.floor(flat / W) % H, w: flat % W };
}

export function flatOf(dims: readonly number[], { n, c, h, w }: Nchw): number {
  const [, C, H, W] = dims;
  return ((n * C + c) * H + h) * W + w;
}

/** The statistic's shape (as the model outputs it). */
export function statDims({ kind, dims, groups }: NormLayout): number[] {
  const [N, C] = dims;
  return kind === 'batch' ? [C] : kind === 'layer' ? [N] : kind === 'group' ? [N, groups] : [N, C];
}

export const statCount = (layout: NormLayout): number => statDims(layout).reduce((a, b) => a * b, 1);

/** The statistic (flat index into mean/var/std) that normalizes the entry at `flat`. */
export function statOf(layout: NormLayout, flat: number): number {
  const { n, c } = nchwOf(layout.dims, flat);
  const C = layout.dims[1];
  switch (layout.kind) {
    case 'batch':
      return c;
    case 'layer':
      return n;
    case 'group':
      return n * layout.groups + Math.floor(c / (C / layout.groups));
    case 'instance':
      return n * C + c;
  }
}

/** Every entry (flat index into x, ascending) that shares statistic `stat`. */
export function membersOf(layout: NormLayout, stat: number): number[] {
  const size = layout.dims.reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (statOf(layout, i) === stat) out.push(i);
  return out;
}

/** The samples and channels a statistic covers (it always spans all of H and W). */
export function statSpan(layout: NormLayout, stat: number): { samples: number[]; channels: number[] } {
  const [N, C] = layout.dims;
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  switch (layout.kind) {
    case 'batch':
      return { samples: range(0, N), channels: [stat] };
    case 'layer':
      return { samples: [stat], channels: range(0, C) };
    case 'group': {
      const per = C / layout.groups;
      return { samples: [Math.floor(stat / layout.groups)], channels: range((stat % layout.groups) * per, per) };
    }
    case 'instance':
      return { samples: [Math.floor(stat / C)], channels: [stat % C] };
  }
}

/** The statistic's index written the way the model's output is indexed, e.g. "c=1" or "n=0, g=1". */
export function statIndexLabel(layout: NormLayout, stat: number): string {
  const C = layout.dims[1];
  switch (layout.kind) {
    case 'batch':
      return `c=${stat}`;
    case 'layer':
      return `n=${stat}`;
    case 'group':
      return `n=${Math.floor(stat / layout.groups)}, g=${stat % layout.groups}`;
    case 'instance':
      return `n=${Math.floor(stat / C)}, c=${stat % C}`;
  }
}

/** The divisors of C: the group counts GroupNorm accepts. */
export function groupChoices(channels: number): number[] {
  return Array.from({ length: channels }, (_, i) => i + 1).filter((g) => channels % g === 0);
}
