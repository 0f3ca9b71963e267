/**
 * The noise floor: how often a verdict flips between seeds of the same cell
 * (same scenario, condition and agent). τ-bench found 32–46 % of task verdicts
 * flip between identical runs; a difference between two agents smaller than
 * the run-to-run noise means nothing.
 *
 * Definition. For a cell with n ≥ 2 seeds of which c succeeded, every
 * unordered pair of seeds is compared: c·(n − c) of the n·(n − 1)/2 pairs
 * disagree. The flip rate is the sum of disagreeing pairs over the sum of
 * pairs across cells (with equal seeds per cell, the mean of the per-cell
 * rates). It estimates the chance f that one cell's verdict differs between
 * two single runs.
 *
 * The 95 % band follows from it: between two single runs over T cells, each
 * cell contributes −1, 0 or +1 to the difference in success counts, non-zero
 * with chance f and with mean 0, so the difference in success rate has
 * variance f/T; two runs of the same agent differ by more than
 * z₀.₉₇₅·√(f/T) only 5 % of the time (normal approximation).
 */
import { normalQuantile } from './normal.js';

/** Success verdicts of one cell, one per seed. */
export interface CellOutcomes {
  cell: string;
  outcomes: readonly boolean[];
}

/** The noise floor of a set of cells, with its counts. */
export interface NoiseFloor {
  /** Cells with at least two seeds. */
  cells: number;
  /** Cells left out for having a single seed. */
  skipped: number;
  /** Pairs of seeds compared, over all cells. */
  pairs: number;
  /** Pairs whose verdicts differ. */
  discordantPairs: number;
  /** discordantPairs / pairs; null when no pairs. */
  flipRate: number | null;
  /** Success-rate difference that two single runs of the same agent exceed 5 % of the time; null when no pairs. */
  band95: number | null;
  /** Cells whose verdict is not the same on every seed. */
  unstableCells: number;
}

/**
 * The noise floor of a set of cells.
 *
 * @example
 * noiseFloor([{ cell: 'a', outcomes: [true, true, false, false] }]); // 4 of 6 pairs flip
 */
export function noiseFloor(cells: readonly CellOutcomes[]): NoiseFloor {
  let used = 0;
  let pairs = 0;
  let discordantPairs = 0;
  let unstableCells = 0;
  for (const { outcomes } of cells) {
    const n = outcomes.length;
    if (n < 2) continue;
    const c = outcomes.filter(Boolean).length;
    used++;
    pairs += (n * (n - 1)) / 2;
    discordantPairs += c * (n - c);
    if (c > 0 && c < n) unstableCells++;
  }
  const flipRate = pairs === 0 ? null : discordantPairs / pairs;
  return {
    cells: used,
    skipped: cells.length - used,
    pairs,
    discordantPairs,
    flipRate,
    band95: flipRate === null ? null : normalQuantile(0.975) * Math.sqrt(flipRate / used),
    unstableCells,
  };
}
