/**
 * A concept card: what a hover, the explorer, the CLI (`ml-lens explain`) and a walkthrough panel say about
 * one concept, in both languages. One module per family in this folder; `index.ts` merges them.
 */
import type { Framework } from '../symbols';
import type { LocalText } from '../text';

export interface CardParam {
  /** The parameter's name as the frameworks spell it (e.g. `normalized_shape`, `epsilon`). */
  name: string;
  meaning: LocalText;
  /** Default per framework, as written in that framework's docs (e.g. `{ pytorch: '1e-05', keras: '0.001' }`). */
  defaults: Partial<Record<Framework, string>>;
}

export interface WhyQA {
  q: LocalText;
  a: LocalText;
}

export interface Card {
  id: string;
  family: string;
  title: LocalText;
  /** 2–4 sentences of intuition. */
  summary: LocalText;
  /** LaTeX for KaTeX (panels); '' when the concept has no formula. */
  formula: string;
  /** The same formula in plain Unicode, for hovers (VS Code hovers do not render LaTeX). */
  formulaText: string;
  /** Input → output shapes in the frameworks' conventions. */
  shapes: LocalText;
  params: CardParam[];
  /** The mistakes people actually make. */
  pitfalls: LocalText[];
  /** "Why?" questions and answers; the first one is the hover's one-liner. */
  why: WhyQA[];
  seeAlso: string[];
  /** Official documentation per framework. */
  docs: Partial<Record<Framework, string>>;
  /** Walkthrough id, when one exists (DESIGN.md demos). */
  demo?: string;
}
