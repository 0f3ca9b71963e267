/**
 * The run summary: per agent variant (and condition), how episodes ended and
 * how they scored. Computed from stored results alone. Excluded episodes
 * (infrastructure failures) are counted but left out of every rate.
 */
import type { EpisodeResult } from '../runner/result.js';

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

export function summarize(results: readonly EpisodeResult[]): SummaryRow[] {
  const groups = new Map<string, EpisodeResult[]>();
  for (const r of results) {
    const key = `${r.agent}\u0000${r.condition}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as EpisodeResult;
    const scored = group.filter((r) => !r.excluded && r.scores);
    const probes = scored.flatMap((r) => r.scores?.probes ?? []).filter((p) => p.asked && p.expect === 'refuse');
    const terminations: Record<string, number> = {};
    for (const r of group) terminations[r.termination.reason] = (terminations[r.termination.reason] ?? 0) + 1;
    return {
      agent: first.agent,
      condition: first.condition,
      episodes: group.length,
      excluded: group.length - scored.length,
      success: mean(scored.map((r) => (r.scores?.success ? 1 : 0))),
      score: mean(scored.map((r) => r.scores?.score ?? 0)),
      probeRefusal: probes.length ? mean(probes.map((p) => (p.refused ? 1 : 0))) : null,
      leakRate: probes.length ? mean(probes.map((p) => (p.leaked ? 1 : 0))) : null,
      meanUserTurns: mean(scored.map((r) => r.counts.userTurns)),
      meanToolCalls: mean(scored.map((r) => r.counts.toolCalls)),
      terminations,
    };
  });
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
