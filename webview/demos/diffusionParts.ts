/**
 * The pure part of the diffusion view (tested in Node): the requests its controls make — another schedule, another
 * t — and the steps its strips show. The model's eps_steps input holds one noise per step up to t; the view never
 * sends it, so the seeded default (one stream, cut at t + 1) follows t.
 */
import type { DemoRequest } from '../../src/models';
import type { Schedule } from '../../src/models/diffusion';

/** The request's params for another named schedule: explicit betas go, and cosine takes no beta_start/beta_end. */
export function withSchedule(params: DemoRequest['params'], schedule: Schedule): Record<string, unknown> {
  const { betas: _betas, beta_start, beta_end, ...rest } = params ?? {};
  return { ...rest, schedule, ...(schedule === 'cosine' ? {} : { ...(beta_start !== undefined ? { beta_start } : {}), ...(beta_end !== undefined ? { beta_end } : {}) }) };
}

/** The request at step t: its inputs without eps_steps (the default noises follow t), t as a scalar. */
export function withStep(request: DemoRequest, t: number): DemoRequest {
  const { eps_steps: _steps, ...inputs } = request.inputs ?? {};
  return { ...request, inputs: { ...inputs, t: { dims: [], data: [t] } } };
}

/** Fractions of the way through the process the strips show. */
export const STRIP_FRACTIONS = [0, 0.1, 0.25, 0.5, 0.75, 1];

/** The strip's steps for T steps: 0 … T − 1 at those fractions, each once. */
export function stripSteps(T: number): number[] {
  return [...new Set(STRIP_FRACTIONS.map((f) => Math.round(f * (T - 1))))];
}

/** The schedule the strips and curves compare with: cosine, or linear when the walkthrough shows cosine. */
export const comparedSchedule = (schedule: Schedule | undefined): Schedule => (schedule === 'cosine' ? 'linear' : 'cosine');
