/**
 * The run's cost budget (`--max-cost`). Every LLM client of a run adds what it
 * spends; the runner asks `exhausted()` before it starts each episode and stops
 * scheduling once it is true. Episodes already running are allowed to finish,
 * so a run can end somewhat over budget: by at most what its in-flight
 * episodes spend. Cached replies spend nothing, so a cached re-run is never stopped.
 */
import { UsersimError } from '../errors.js';

export interface Budget {
  /** The cap in US dollars, or null for no cap. */
  readonly maxUsd: number | null;
  /** Dollars spent so far. */
  readonly spent: number;
  add(usd: number): void;
  /** True once `spent` has reached the cap. */
  exhausted(): boolean;
  /** For the manifest: the cap, what was spent, and whether the cap stopped scheduling. */
  snapshot(): { maxUsd: number | null; spentUsd: number; exhausted: boolean };
}

/**
 * Creates a budget; without `maxUsd` it only counts.
 *
 * @example
 * const budget = createBudget(5);
 * if (budget.exhausted()) break; // before scheduling the next episode
 */
export function createBudget(maxUsd?: number): Budget {
  if (maxUsd !== undefined && !(Number.isFinite(maxUsd) && maxUsd >= 0)) {
    throw new UsersimError('E_USAGE', `--max-cost expects a non-negative number of dollars, got ${maxUsd}`);
  }
  const cap = maxUsd ?? null;
  let spent = 0;
  const exhausted = (): boolean => cap !== null && spent >= cap;
  return {
    maxUsd: cap,
    get spent() {
      return spent;
    },
    add: (usd) => {
      if (usd > 0) spent += usd;
    },
    exhausted,
    snapshot: () => ({ maxUsd: cap, spentUsd: Math.round(spent * 1e9) / 1e9, exhausted: exhausted() }),
  };
}
