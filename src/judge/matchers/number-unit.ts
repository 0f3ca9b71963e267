/**
 * The unit a scenario declares for a `number` gold (`unit: hours`). The
 * matcher never sees the question, so "4.25 days" for a gold of 4.25 passes
 * unless the scenario says which unit its gold is in. With the unit known, an
 * answer's duration converts to it ("4.25 days" is 102 hours), a bare number
 * is read in it, and a quantity of another kind ("50 GB", "$102", "8%") is
 * not an answer in it.
 */
import type { AnswerUnit } from '../../scenario/schema.js';
import type { Quantity } from '../../text/quantities.js';
import { SECONDS_PER_UNIT } from '../../text/durations.js';


/** "hours" → "hour": the form `Quantity.unit` uses. */
export function singularUnit(unit: AnswerUnit): string {
  return unit.slice(0, -1);
}

/** `value` written in `from` ("day"), in the unit `to` ("hour"); the value itself when either is not a time unit. */
export function inUnit(value: number, from: string | undefined, to: string): number {
  const [a, b] = [SECONDS_PER_UNIT[from ?? ''], SECONDS_PER_UNIT[to]];
  return a === undefined || b === undefined ? value : (value * a) / b;
}

const DATA_UNIT = /^\s*(kb|mb|gb|tb)\b/i;

/**
 * What makes `q` a quantity of another kind than a duration ("a percent",
 * "an amount in USD", "an amount in GB"), or null for a duration or a bare number.
 */
export function foreignUnit(actual: string, q: Quantity): string | null {
  if (q.kind === 'percent') return 'a percent';
  if (q.kind === 'currency') return `an amount in ${q.currency ?? 'money'}`;
  const data = DATA_UNIT.exec(actual.slice(q.end, q.end + 4));
  return data ? `an amount in ${(data[1] ?? '').toUpperCase()}` : null;
}

/** " (4.25 days = 102 hours)" when `q` was written in another time unit than `to`; else "". */
export function conversionNote(q: Quantity, to: string): string {
  if (q.unit === undefined || q.unit === to || SECONDS_PER_UNIT[q.unit] === undefined) return '';
  const value = inUnit(q.value, q.unit, to);
  const plural = (n: number, u: string): string => `${n} ${u}${n === 1 ? '' : 's'}`;
  return ` (${plural(q.value, q.unit)} = ${plural(Number(value.toPrecision(12)), to)})`;
}
