/**
 * Reproducible ids. Episode and message ids come from nanoid's `customRandom`
 * fed by the episode's seeded generator, so two runs with the same seed produce
 * the same ids; only the run id in the manifest may be truly random.
 */
import { customRandom } from 'nanoid';
import type { Rng } from './rng.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export type IdGenerator = () => string;

/** Ids of `size` characters drawn from `rng`. */
export function createIdGenerator(rng: Rng, size = 10): IdGenerator {
  return customRandom(ALPHABET, size, (bytes) => {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i++) out[i] = rng.int(256);
    return out;
  });
}

/** Ids `prefix1`, `prefix2`, … for tests. */
export function createCounterIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}${++n}`;
}
