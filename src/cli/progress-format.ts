/**
 * What a progress display says, as plain functions of counts and time: the
 * episodes done, the rate, the time left, failures and spend. Kept apart from
 * the terminal handling in `progress.ts` so the wording is tested without a
 * clock or a terminal.
 */
import type { RunProgress } from '../runner/runner.js';

/** Running totals a progress display shows. */
export interface ProgressStats {
  done: number;
  /** Episodes this run has to do (the plan less those a resume skipped). */
  todo: number;
  /** Episodes whose task failed (judged, not successful). */
  failed: number;
  /** Episodes excluded from scores (infrastructure failures). */
  excluded: number;
  elapsedMs: number;
  /** Dollars spent on model calls so far; null when no model is involved. */
  spentUsd: number | null;
}

/** Adds one finished episode to the totals. */
export function countEpisode(stats: ProgressStats, p: RunProgress): void {
  stats.done = p.done;
  stats.todo = p.total - p.skipped;
  if (p.result.excluded) stats.excluded += 1;
  else if (p.result.scores && !p.result.scores.success) stats.failed += 1;
}

/** `1:05`, `12:03`, `1:02:03`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Episodes per second, or null before any time has passed. */
export function rateOf(stats: ProgressStats): number | null {
  return stats.elapsedMs > 0 && stats.done > 0 ? (stats.done * 1000) / stats.elapsedMs : null;
}

/** The parts after the count: rate, ETA, failures, spend. */
function details(stats: ProgressStats): string[] {
  const rate = rateOf(stats);
  const left = stats.todo - stats.done;
  return [
    rate === null ? 'rate –' : `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} ep/s`,
    left <= 0 ? `took ${formatDuration(stats.elapsedMs)}` : rate === null ? 'ETA –' : `ETA ${formatDuration((left / rate) * 1000)}`,
    `${stats.failed} failed`,
    ...(stats.excluded ? [`${stats.excluded} excluded`] : []),
    ...(stats.spentUsd === null ? [] : [`$${stats.spentUsd.toFixed(stats.spentUsd < 1 ? 4 : 2)}`]),
  ];
}

function percent(stats: ProgressStats): number {
  return stats.todo === 0 ? 100 : Math.floor((stats.done / stats.todo) * 100);
}

/** One log line, for output that is not a terminal: `progress 120/2520 (4%) · 21 ep/s · ETA 1:54 · 30 failed`. */
export function progressLine(stats: ProgressStats): string {
  return [`progress ${stats.done}/${stats.todo} (${percent(stats)}%)`, ...details(stats)].join(' · ');
}

/** The live bar for a terminal, fitted to `columns`: `[█████░░░] 50% 1260/2520 · 21 ep/s · ETA 0:59 · 3 failed`. */
export function progressBar(stats: ProgressStats, columns: number): string {
  const text = ` ${percent(stats)}% ${stats.done}/${stats.todo} · ${details(stats).join(' · ')}`;
  const width = Math.max(10, Math.min(30, columns - text.length - 3));
  const filled = stats.todo === 0 ? width : Math.min(width, Math.round((stats.done / stats.todo) * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${text}`.slice(0, Math.max(20, columns - 1));
}
