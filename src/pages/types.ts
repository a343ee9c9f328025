/**
 * Concept pages: card-level walkthroughs drawn from an architecture's own arithmetic (layer sizes, receptive
 * fields, window partitions) rather than from one ONNX model. They open in the walkthrough panel like demos and
 * share its id space, request format and validation: `prepare` checks the request's params and returns the
 * picture's model, or throws a DemoInputError naming the problem. Pure (no `vscode`, no DOM).
 */
import type { DemoRequest, LocalText, ParamValue } from '../models/demo';

export interface PreparedPage<M = unknown> {
  page: string;
  /** The params in effect, defaults filled in (the panel's controls show them). */
  params: Record<string, ParamValue>;
  /** What the page draws. */
  model: M;
}

export interface PageDefinition<M = unknown> {
  /** Walkthrough id, distinct from every demo id (the panel opens either). */
  id: string;
  /** The concept card this page belongs to (CONCEPTS.md id). */
  concept: string;
  title: LocalText;
  summary: LocalText;
  /** Where the page's numbers come from, for the panel's status line. */
  source: LocalText;
  prepare(request: DemoRequest): PreparedPage<M>;
}
