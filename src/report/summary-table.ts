/**
 * The terminal summary printed at the end of a run.
 */
import type { SummaryRow } from './summary.js';
import { percent, renderTable } from './terminal-table.js';

export function renderSummaryTable(rows: readonly SummaryRow[]): string {
  return renderTable(
    ['agent', 'condition', 'episodes', 'excluded', 'success', 'score', 'probe refusal', 'leak rate', 'user turns', 'tool calls', 'terminations'],
    rows.map((r) => [
      r.agent,
      r.condition,
      r.episodes,
      r.excluded,
      percent(r.success),
      r.score.toFixed(3),
      percent(r.probeRefusal),
      percent(r.leakRate),
      r.meanUserTurns.toFixed(1),
      r.meanToolCalls.toFixed(1),
      Object.entries(r.terminations)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    ]),
  );
}
