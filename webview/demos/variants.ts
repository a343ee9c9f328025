/**
 * Switching a demo's variant (kind / fn): the new variant starts from its own defaults, keeping only the edited
 * inputs it takes too — and only when they fit it (self-attention's W_q is cross-attention's W_q; its X is not).
 * Pure: tested in Node.
 */
import type { DemoDefinition, DemoRequest } from '../../src/models';

/** Params that choose the variant (and with it which other params and inputs apply). */
export const VARIANT_PARAMS: ReadonlySet<string> = new Set(['kind', 'fn']);

/** The request for variant `params`, carrying over those of `given` inputs that the variant accepts. */
export function variantRequest(definition: DemoDefinition, params: Record<string, unknown>, given: DemoRequest['inputs']): DemoRequest {
  if (!given) return { params };
  let takes: string[];
  try {
    takes = Object.keys(definition.prepare({ params }).inputs);
  } catch {
    return { params }; // the variant itself is invalid: its own error will say so
  }
  const kept = Object.fromEntries(Object.entries(given).filter(([name]) => takes.includes(name)));
  if (!Object.keys(kept).length) return { params };
  try {
    definition.prepare({ params, inputs: kept });
    return { params, inputs: kept };
  } catch {
    return { params }; // the inputs do not fit the new variant (other sizes, class indices…): its defaults do
  }
}
