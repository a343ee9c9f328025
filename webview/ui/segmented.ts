/** A segmented switch (one pressed button of a few), styled by main.css `.segmented`: kinds, on/off, schedules. */
import { h } from './dom';

export interface Segment<T extends string> {
  value: T;
  label: string;
  title?: string;
}

export class Segmented<T extends string> {
  readonly element: HTMLElement;
  private readonly buttons: { value: T; el: HTMLButtonElement }[];

  /** `attr` names the data attribute each button carries its value in (data-kind="self"), for tests and CSS. */
  constructor(label: string, attr: string, segments: readonly Segment<T>[], onPick: (value: T) => void) {
    this.buttons = segments.map((s) => {
      const el = h('button', { type: 'button', class: 'seg', [`data-${attr}`]: s.value, 'aria-pressed': 'false', title: s.title }, s.label);
      el.addEventListener('click', () => onPick(s.value));
      return { value: s.value, el };
    });
    this.element = h('div', { class: 'segmented', role: 'group', 'aria-label': label }, ...this.buttons.map((b) => b.el));
  }

  set(value: T): void {
    for (const b of this.buttons) b.el.setAttribute('aria-pressed', String(b.value === value));
  }
}
