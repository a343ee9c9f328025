/** Typed readers for demo params: each returns the value or its default, or throws a DemoInputError naming the rule. */
import { DemoInputError } from './demo';

type Params = Record<string, unknown> | undefined;

export interface NumberRule {
  integer?: boolean;
  min?: number;
  /** min is exclusive: the value must be > min. */
  above?: boolean;
  max?: number;
}

function describe(rule: NumberRule): string {
  const what = rule.integer ? 'an integer' : 'a finite number';
  if (rule.min !== undefined && rule.max !== undefined) return `${what} in ${rule.above ? '(' : '['}${rule.min}, ${rule.max}]`;
  if (rule.min !== undefined) return `${what} ${rule.above ? '>' : '≥'} ${rule.min}`;
  if (rule.max !== undefined) return `${what} ≤ ${rule.max}`;
  return what;
}

export function checkNumber(name: string, raw: unknown, rule: NumberRule): number {
  const ok =
    typeof raw === 'number' &&
    Number.isFinite(raw) &&
    (!rule.integer || Number.isInteger(raw)) &&
    (rule.min === undefined || (rule.above ? raw > rule.min : raw >= rule.min)) &&
    (rule.max === undefined || raw <= rule.max);
  if (!ok) throw new DemoInputError(`param ${name} must be ${describe(rule)}, got ${JSON.stringify(raw)}`);
  return raw as number;
}

export function numberParam(params: Params, name: string, fallback: number, rule: NumberRule = {}): number {
  const raw = params?.[name];
  return raw === undefined ? fallback : checkNumber(name, raw, rule);
}

export function boolParam(params: Params, name: string, fallback: boolean): boolean {
  const raw = params?.[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'boolean') throw new DemoInputError(`param ${name} must be true or false, got ${JSON.stringify(raw)}`);
  return raw;
}

export function enumParam<T extends string>(params: Params, name: string, allowed: readonly T[], fallback: T): T {
  const raw = params?.[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new DemoInputError(`param ${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}

/** A list of numbers, each checked against `rule`. */
export function numberListParam(params: Params, name: string, rule: NumberRule, maxLength: number): number[] | undefined {
  const raw = params?.[name];
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > maxLength) {
    throw new DemoInputError(`param ${name} must be a list of 1 to ${maxLength} numbers, got ${Array.isArray(raw) ? `${raw.length} values` : JSON.stringify(raw)}`);
  }
  return raw.map((v, i) => checkNumber(`${name}[${i}]`, v, rule));
}
