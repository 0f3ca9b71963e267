/**
 * Made-up identities: person and company names, phone numbers in the
 * fictional 555 exchange, e-mail addresses on `.example` domains, and states
 * weighted so that populous states hold more customers (square-root of
 * population, which keeps small states from being empty).
 */
import type { Rng } from '../../../util/rng.js';
import { cumulative, pickCumulative } from './sampling.js';
import { COMPANY_BODIES, COMPANY_HEADS, COMPANY_SUFFIXES, FIRST_NAMES, LAST_NAMES, STATES } from './vocabulary.js';

// Rough 2020s populations in millions, in the order of STATES.
const POPULATION = [
  5.1, 0.7, 7.4, 3.0, 39, 5.8, 3.6, 1.0, 22, 11, 1.4, 1.9, 12.5, 6.8, 3.2, 2.9, 4.5, 4.6, 1.4, 6.2, 7.0, 10, 5.7,
  2.9, 6.2, 1.1, 2.0, 3.2, 1.4, 9.3, 2.1, 20, 10.7, 0.8, 11.8, 4.0, 4.2, 13, 1.1, 5.3, 0.9, 7.0, 30, 3.4, 0.6,
  8.7, 7.8, 1.8, 5.9, 0.6,
];
const STATE_CUM = cumulative(POPULATION.map((p) => Math.sqrt(p)));

/** A first and last name. */
export function personName(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

/** A state, weighted towards populous ones, with one of its cities. */
export function pickState(rng: Rng): { code: string; city: string } {
  const s = STATES[pickCumulative(rng, STATE_CUM)] ?? STATES[0]!;
  return { code: s.code, city: rng.next() < 0.65 ? s.cities[0] : s.cities[1] };
}

/** A city of a state. */
export function cityOf(code: string, rng: Rng): string {
  const s = STATES.find((x) => x.code === code) ?? STATES[0]!;
  return rng.next() < 0.65 ? s.cities[0] : s.cities[1];
}

/** A phone number in the reserved 555-01xx range, formatted the US way. */
export function phone(rng: Rng): string {
  const area = 201 + rng.int(780);
  return `(${area}) 555-01${String(rng.int(100)).padStart(2, '0')}`;
}

/** A lower-case mailbox name from a person's names. */
export function mailbox(first: string, last: string): string {
  return `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
}

/** A company name not yet in `used` (which it extends). */
export function companyName(rng: Rng, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const head = rng.pick(COMPANY_HEADS);
    const body = rng.pick(COMPANY_BODIES);
    const name = attempt < 50 ? `${head} ${body} ${rng.pick(COMPANY_SUFFIXES)}` : `${head} ${body} ${attempt}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The web domain of a company name (`Apex Logistics Inc.` → `apexlogisticsinc.example.com`). */
export function companyDomain(company: string): string {
  return `${company.toLowerCase().replace(/[^a-z0-9]/g, '')}.example.com`;
}
