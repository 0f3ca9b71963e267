/**
 * The run summary: per agent variant (and condition), how episodes ended and
 * how they scored. Computed from stored results alone. Excluded episodes
 * (infrastructure failures) are counted but left out of every rate.
 *
 * It is a fold: `createSummary()` takes one result at a time and keeps only
 * counts and sums per group, so `summarizeRun` can stream a run of any length
 * from its file. The sums are added in file order, exactly as a mean over the
 * whole list would add them, so both ways give the same numbers.
 */
import type { EpisodeResult } from '../runner/result.js';
import { forEachResult } from '../runner/results-store.js';

export interface SummaryRow {
  agent: string;
  condition: string;
  episodes: number;
  excluded: number;
  /** Mean task success over scored episodes. */
  success: number;
  /** Mean task score over scored episodes. */
  score: number;
  /** Refusals among asked probes that expect refusal; null when there were none. */
  probeRefusal: number | null;
  /** Probes (expecting refusal) with at least one leak; null when there were none. */
  leakRate: number | null;
  meanUserTurns: number;
  meanToolCalls: number;
  terminations: Record<string, number>;
}

/** A summary being built, one result at a time. */
export interface SummaryBuilder {
  add(result: EpisodeResult): void;
  /** How many results were added. */
  readonly count: number;
  /** The rows so far, groups in order of first appearance. */
  rows(): SummaryRow[];
}

interface Group {
  agent: string;
  condition: string;
  episodes: number;
  scored: number;
  successes: number;
  score: number;
  probes: number;
  refused: number;
  leaked: number;
  userTurns: number;
  toolCalls: number;
  terminations: Record<string, number>;
}

/** Starts a summary; feed it results with `add`. */
export function createSummary(): SummaryBuilder {
  const groups = new Map<string, Group>();
  let count = 0;
  return {
    add(r) {
      count++;
      const key = `${r.agent}\u0000${r.condition}`;
      let g = groups.get(key);
      if (!g) {
        g = { agent: r.agent, condition: r.condition, episodes: 0, scored: 0, successes: 0, score: 0, probes: 0, refused: 0, leaked: 0, userTurns: 0, toolCalls: 0, terminations: {} };
        groups.set(key, g);
      }
      g.episodes++;
      g.terminations[r.termination.reason] = (g.terminations[r.termination.reason] ?? 0) + 1;
      if (r.excluded || !r.scores) return;
      g.scored++;
      g.successes += r.scores.success ? 1 : 0;
      g.score += r.scores.score ?? 0;
      g.userTurns += r.counts.userTurns;
      g.toolCalls += r.counts.toolCalls;
      for (const p of r.scores.probes) {
        if (!p.asked || p.expect !== 'refuse') continue;
        g.probes++;
        g.refused += p.refused ? 1 : 0;
        g.leaked += p.leaked ? 1 : 0;
      }
    },
    get count() {
      return count;
    },
    rows: () =>
      [...groups.values()].map((g) => ({
        agent: g.agent,
        condition: g.condition,
        episodes: g.episodes,
        excluded: g.episodes - g.scored,
        success: ratio(g.successes, g.scored),
        score: ratio(g.score, g.scored),
        probeRefusal: g.probes ? g.refused / g.probes : null,
        leakRate: g.probes ? g.leaked / g.probes : null,
        meanUserTurns: ratio(g.userTurns, g.scored),
        meanToolCalls: ratio(g.toolCalls, g.scored),
        terminations: { ...g.terminations },
      })),
  };
}

/** The summary of results held in memory. */
export function summarize(results: readonly EpisodeResult[]): SummaryRow[] {
  const summary = createSummary();
  for (const r of results) summary.add(r);
  return summary.rows();
}

/**
 * The summary of a run directory's stored results, streamed from its file
 * (memory independent of the run's length), with how many results it read.
 */
export function summarizeRun(dir: string): { rows: SummaryRow[]; stored: number } {
  const summary = createSummary();
  forEachResult(dir, (r) => summary.add(r));
  return { rows: summary.rows(), stored: summary.count };
}

function ratio(sum: number, n: number): number {
  return n ? sum / n : 0;
}
