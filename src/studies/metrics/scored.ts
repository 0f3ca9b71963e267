/**
 * Which stored episodes a metric may use. Infrastructure failures are kept in
 * `episodes.jsonl` as data but say nothing about the agent, so every metric
 * leaves them out and reports how many it left out. Episodes without scores
 * (the judge did not run) are left out of score-based metrics only.
 */
import type { Scores } from '../../judge/judge.js';
import type { EpisodeResult } from '../../runner/result.js';

/** Episodes kept for a metric, and what was left out. */
export interface EpisodeSelection<T extends EpisodeResult = EpisodeResult> {
  episodes: T[];
  /** Episodes flagged `excluded` (infrastructure failures). */
  excluded: number;
  /** Episodes not excluded but without scores (only counted by score-based metrics). */
  unscored: number;
}

/** Leaves out excluded episodes. */
export function selectIncluded(results: readonly EpisodeResult[]): EpisodeSelection {
  const episodes = results.filter((r) => !r.excluded);
  return { episodes, excluded: results.length - episodes.length, unscored: 0 };
}

/** Leaves out excluded episodes and those without scores. */
export function selectScored(results: readonly EpisodeResult[]): EpisodeSelection<EpisodeResult & { scores: Scores }> {
  const included = results.filter((r) => !r.excluded);
  const episodes = included.filter((r): r is EpisodeResult & { scores: Scores } => r.scores !== null);
  return { episodes, excluded: results.length - included.length, unscored: included.length - episodes.length };
}

/** Groups items by a key, with the keys in sorted order so that output is deterministic. */
export function groupSorted<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
