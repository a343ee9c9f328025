/** Every concept page, by id, and the walkthrough id space they share with the demos. */
import { findDemo } from '../models/registry';
import { clipPage } from './clip';
import { patchGanPage } from './patchgan';
import { resnetPage } from './resnet';
import { swinPage } from './swin';
import type { PageDefinition } from './types';
import { unetPage } from './unet';

export type { PageDefinition, PreparedPage } from './types';

export const PAGES: readonly PageDefinition[] = [resnetPage, unetPage, patchGanPage, swinPage, clipPage];

export function findPage(id: string): PageDefinition | undefined {
  return PAGES.find((p) => p.id === id);
}

/** The concept page of a card, if it has one. */
export function pageForConcept(concept: string): PageDefinition | undefined {
  return PAGES.find((p) => p.concept === concept);
}

/** What a walkthrough panel can open: a demo (ONNX models) or a concept page; undefined for unknown ids. */
export function findWalkthrough(id: string): { kind: 'demo' | 'page'; title: PageDefinition['title']; summary: PageDefinition['summary'] } | undefined {
  const demo = findDemo(id);
  if (demo) return { kind: 'demo', title: demo.title, summary: demo.summary };
  const page = findPage(id);
  return page && { kind: 'page', title: page.title, summary: page.summary };
}
