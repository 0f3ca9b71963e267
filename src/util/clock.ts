/**
 * Time as a dependency. Machines and actors read time only through a `Clock`,
 * so tests can drive deadlines with a manual clock and results stay reproducible.
 */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. Only the runner and CLI should construct it. */
export const systemClock: Clock = { now: () => globalThis.Date.now() };

/** A clock that moves only when told to, for tests and benchmarks. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function createManualClock(start = 0): ManualClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}
