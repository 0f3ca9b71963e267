/**
 * Quantity canaries: money, percentages and grouped numbers ("$250",
 * "€300", "10%", "$2,500,000", "12,500"). Identity is the value: the text's
 * quantities are read by the shared quantity scanner (`src/text/quantities.ts`:
 * currency symbols, codes and words, k/M suffixes, spelled-out numbers,
 * percent words), and one matches when its value equals the canary's.
 * Currencies are not compared ("300 bucks" leaks "€300" as surely as "EUR
 * 300"), a percentage also matches the same fraction written as a decimal
 * ("0.1" for 10%), and a plain number matches a money canary. Years, dates
 * and labelled ids are not quantities of this kind, and since whole values
 * are compared, "12,500" is never found inside "$12,500,000".
 */
import { findQuantities, type Quantity } from '../../text/quantities.js';

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A matcher for one quantity canary. */
export function quantityMatcher(canary: Quantity): (text: string) => boolean {
  const value = Math.abs(canary.value);
  return (text) =>
    findQuantities(text).some((q) => {
      if (q.year || q.date || q.id) return false;
      const found = Math.abs(q.value);
      if (canary.kind === 'percent') return (q.kind === 'percent' && same(found, value)) || (q.kind === 'plain' && found < 1 && same(found * 100, value));
      if (q.kind === 'percent') return false;
      return same(found, value);
    });
}
