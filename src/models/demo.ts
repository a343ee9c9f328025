/**
 * The walkthrough contract (DESIGN.md "run"): a demo validates a request, fills in the seed's
 * defaults, builds its ONNX graph and describes the steps a panel walks through.
 */
import type { LocalText } from '../catalog/text';
import type { TensorData } from './tensor';

export type { LocalText } from '../catalog/text';

export type ParamValue = number | string | boolean | number[];

export interface DemoRequest {
  params?: Record<string, unknown>;
  inputs?: Record<string, unknown>;
}

export interface DemoStep {
  id: string;
  title: LocalText;
  /** LaTeX, rendered with KaTeX in the panel. */
  formula: string;
  /** Tensor names (inputs or outputs) this step shows. */
  tensors: string[];
  note: LocalText;
}

export interface InputSpec {
  name: string;
  /** Dimension labels, e.g. ["M", "K"]. */
  dims: string[];
  /** Whether the user supplies it in the panel (false: derived default such as G = ones). */
  editable: boolean;
}

/** A validated request, ready to run: the model depends only on `params`, the feeds on `inputs`. */
export interface PreparedDemo {
  demo: string;
  params: Record<string, ParamValue>;
  inputs: Record<string, TensorData>;
  /** Identifies the model bytes; requests with the same key can share one session. */
  modelKey: string;
  buildModel(): Uint8Array;
  outputNames: string[];
  /**
   * ORT's graph optimization level for this model (default: ORT's own, 'all'). Long unrolled graphs of small ops
   * load an order of magnitude faster with 'disabled', and run the ops exactly as written.
   */
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
}

export interface DemoDefinition {
  id: string;
  title: LocalText;
  summary: LocalText;
  /** The concept card this demo belongs to (CONCEPTS.md id). */
  concept: string;
  inputs: InputSpec[];
  outputs: string[];
  steps: DemoStep[];
  prepare(request: DemoRequest): PreparedDemo;
}

/** Marks a DemoInputError across copies of this module (the Node bundles' sidecars each carry one). */
const INPUT_ERROR = Symbol.for('ml-lens.DemoInputError');

/** Bad dims or params: the message names the problem and is shown as-is to the user. */
export class DemoInputError extends Error {
  override name = 'DemoInputError';
  readonly [INPUT_ERROR] = true;

  /** `instanceof` holds for an error thrown by another copy of this class too (dist/demos.js vs dist/cli.js). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [INPUT_ERROR]?: boolean })[INPUT_ERROR] === true;
  }
}

/** Reads one input tensor (or its default) and checks its rank. */
export function tensorInput(
  inputs: Record<string, unknown> | undefined,
  name: string,
  rank: number,
  fallback: () => TensorData,
): TensorData {
  const raw = inputs?.[name];
  if (raw === undefined) return fallback();
  if (typeof raw !== 'object' || raw === null) throw new DemoInputError(`input ${name} must be {"dims": [...], "data": [...]}`);
  const { dims, data } = raw as Record<string, unknown>;
  if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d > 0 && d <= 4096)) {
    throw new DemoInputError(`input ${name}: dims must be a list of positive integers, got ${JSON.stringify(dims)}`);
  }
  if (dims.length !== rank) throw new DemoInputError(`input ${name} must have ${rank} dims, got ${dims.length} ([${dims.join(', ')}])`);
  const size = dims.reduce((a: number, b: number) => a * b, 1);
  if (size > 1 << 20) throw new DemoInputError(`input ${name} is too large for a walkthrough (${size} values)`);
  if (!Array.isArray(data) || data.length !== size) {
    throw new DemoInputError(`input ${name}: dims [${dims.join(', ')}] need ${size} values, got ${Array.isArray(data) ? data.length : 'none'}`);
  }
  if (!data.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new DemoInputError(`input ${name}: every value must be a finite number`);
  return { dims: dims as number[], data: data as number[] };
}

export function rejectUnknown(what: string, given: Record<string, unknown> | undefined, known: readonly string[]): void {
  for (const key of Object.keys(given ?? {})) {
    if (!known.includes(key)) throw new DemoInputError(`unknown ${what} "${key}" (expected ${known.length ? known.join(', ') : 'none'})`);
  }
}
