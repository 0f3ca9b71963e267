/**
 * Parsers for numeric and list flags, so bad values fail as usage errors
 * with the flag's name rather than as NaN somewhere downstream.
 */
import { UsersimError } from '../errors.js';
import type { Condition } from '../runner/result.js';
import { CONDITIONS } from '../runner/conditions.js';

/** A whole number from 1 to `max` (default 1,000,000: beyond it a run or a loop would not end in any useful time). */
export function positiveInt(flag: string, max = 1_000_000) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsersimError('E_USAGE', `${flag} expects a whole number ≥ 1 (got "${value}")`);
    if (n > max) throw new UsersimError('E_USAGE', `${flag} expects at most ${max.toLocaleString('en-US')} (got "${value}")`);
    return n;
  };
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(/,(?![^[]*\])/).map((s) => s.trim()).filter(Boolean)];
}

export function conditions(value: string): Condition[] {
  const list = value.split(',').map((s) => s.trim());
  for (const c of list) {
    if (!CONDITIONS.includes(c as Condition)) throw new UsersimError('E_USAGE', `--conditions: unknown condition "${c}" (expected ${CONDITIONS.join(', ')})`);
  }
  return list as Condition[];
}
