/**
 * Progress while a run goes: a live bar on a terminal, and on anything else
 * (a file, a pipe, a CI log) one plain line every few seconds or every 10% of
 * the plan, so a long run never looks hung. `--progress=auto` picks the bar
 * on a TTY and lines elsewhere; `bar`, `lines` and `none` force a choice.
 * Progress goes to stderr, so stdout keeps only the results.
 */
import { UsersimError } from '../errors.js';
import type { RunProgress } from '../runner/runner.js';
import { countEpisode, progressBar, progressLine, type ProgressStats } from './progress-format.js';

/** How progress is shown. */
export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';
export const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'bar', 'lines', 'none'];

export interface ProgressOptions {
  mode?: ProgressMode;
  /** Milliseconds since some fixed point (the CLI passes the wall clock; tests a fake). */
  now?: () => number;
  /** Lines mode: at most this long between lines (default 5 s). */
  intervalMs?: number;
  /** Lines mode: also a line each time this share of the plan is crossed (default 10%). */
  stepPercent?: number;
  /** Dollars spent so far, when models are involved. */
  spent?: () => number | null;
}

export interface ProgressReporter {
  update(p: RunProgress): void;
  done(): void;
}

/** Parses `--progress`. */
export function progressMode(value: string): ProgressMode {
  if (!PROGRESS_MODES.includes(value as ProgressMode)) {
    throw new UsersimError('E_USAGE', `--progress: expected one of ${PROGRESS_MODES.join(', ')} (got "${value}")`);
  }
  return value as ProgressMode;
}

/** A progress reporter on `stream` in the given mode. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, options: ProgressOptions = {}): ProgressReporter {
  const mode = options.mode ?? 'auto';
  const shown = mode === 'auto' ? (stream.isTTY ? 'bar' : 'lines') : mode;
  if (shown === 'none') return { update: () => undefined, done: () => undefined };
  const now = options.now ?? (() => performance.now());
  const started = now();
  const stats: ProgressStats = { done: 0, todo: 0, failed: 0, excluded: 0, elapsedMs: 0, spentUsd: null };
  const refresh = () => {
    stats.elapsedMs = now() - started;
    stats.spentUsd = options.spent?.() ?? null;
  };
  if (shown === 'bar') {
    let drawn = false;
    let lastDraw = -Infinity;
    const draw = () => {
      refresh();
      stream.write(`\r\u001b[2K${progressBar(stats, stream.columns ?? 80)}`);
      drawn = true;
      lastDraw = now();
    };
    return {
      update(p) {
        countEpisode(stats, p);
        // Redraw at most ten times a second: a terminal flooded with redraws slows the run down.
        if (now() - lastDraw >= 100 || stats.done >= stats.todo) draw();
      },
      done() {
        if (drawn) stream.write('\r\u001b[2K');
      },
    };
  }
  const interval = options.intervalMs ?? 5000;
  const step = options.stepPercent ?? 10;
  let lastLine = started;
  let lastStep = 0;
  let printedFinal = false;
  return {
    update(p) {
      countEpisode(stats, p);
      const stepNow = stats.todo === 0 ? 100 : Math.floor((stats.done / stats.todo) * (100 / step));
      const finished = stats.done >= stats.todo;
      if (now() - lastLine >= interval || stepNow > lastStep || finished) {
        refresh();
        stream.write(`${progressLine(stats)}\n`);
        lastLine = now();
        lastStep = stepNow;
        printedFinal = finished;
      }
    },
    done() {
      if (stats.done > 0 && !printedFinal) {
        refresh();
        stream.write(`${progressLine(stats)}\n`);
      }
    },
  };
}

/** Spend to show beside progress: null until a model has been called, so offline runs show none. */
export function spendOf(session: {
  usage(): { total: { requests: number; failedRequests: number } };
  budget(): { maxUsd: number | null; spentUsd: number };
}): () => number | null {
  return () => {
    const { total } = session.usage();
    const budget = session.budget();
    return budget.maxUsd !== null || total.requests + total.failedRequests > 0 ? budget.spentUsd : null;
  };
}
