/**
 * Draws a template's instances: regular ones, plus about one in five whose
 * gold answer is "None" (no record matches), as CRMArena mixes them in. The
 * template supplies one-attempt samplers that return undefined when a draw has
 * no clear answer (a tie, too little data); attempts are bounded, so a small
 * org yields fewer instances rather than looping. Duplicates (same key) are
 * skipped, and the None instances land at seeded positions.
 */
import type { Rng } from '../../../util/rng.js';

/** One-attempt samplers of a template. */
export interface InstanceSampler<T> {
  /** An instance with a real answer, or undefined when this draw has none that is clear. */
  regular(rng: Rng): T | undefined;
  /** An instance whose answer is "None", or undefined; omit when None makes no sense for the task. */
  none?(rng: Rng): T | undefined;
  /** Two instances with the same key ask the same question. */
  key(instance: T): string;
  /** A last check on a drawn instance (for example that its answer is not visible in the prompt); rejected draws count as failed attempts. */
  accept?(instance: T, none: boolean): boolean;
}

/** A drawn instance and whether its gold is "None". */
export interface PlannedInstance<T> {
  instance: T;
  none: boolean;
}

/** How many of `count` instances are None cases: one in five, at least one from two instances on. */
export function noneCount(count: number): number {
  return count < 2 ? 0 : Math.max(1, Math.round(count / 5));
}

/**
 * Up to `count` instances. Each slot gets `attempts` draws; a None slot whose
 * draws all fail falls back to a regular instance.
 */
export function planInstances<T>(rng: Rng, count: number, sampler: InstanceSampler<T>, attempts = 200): PlannedInstance<T>[] {
  const nones = sampler.none ? noneCount(count) : 0;
  const slots = rng.shuffle(Array.from({ length: count }, (_, i) => i < nones));
  const seen = new Set<string>();
  const out: PlannedInstance<T>[] = [];
  const draw = (fn: (r: Rng) => T | undefined, label: 'none' | 'regular'): T | undefined => {
    for (let a = 0; a < attempts; a++) {
      const found = fn(rng.fork(`${label}/${out.length}/${a}`));
      if (found === undefined || (sampler.accept && !sampler.accept(found, label === 'none'))) continue;
      const key = sampler.key(found);
      if (seen.has(key)) continue;
      seen.add(key);
      return found;
    }
    return undefined;
  };
  for (const wantsNone of slots) {
    const none = wantsNone && sampler.none ? draw(sampler.none, 'none') : undefined;
    if (none !== undefined) {
      out.push({ instance: none, none: true });
      continue;
    }
    const regular = draw(sampler.regular, 'regular');
    if (regular !== undefined) out.push({ instance: regular, none: false });
  }
  return out;
}
