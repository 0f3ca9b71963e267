/**
 * Time windows for task instances: whole calendar months, quarters, halves
 * and rolling runs of months, all ending before the org's today and starting
 * inside its history, so every window is over and holds data. The user of a
 * scenario holds a window as two dates (its first and last day), the form a
 * SOQL date literal takes, so the reference query can use the facts as told.
 */
import type { Rng } from '../../../util/rng.js';

/** The shapes a window can take. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'months6' | 'months12';

/** A closed range of whole days. */
export interface PeriodWindow {
  kind: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  end: string;
}

const SPAN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, months6: 6, months12: 12 };

function day(year: number, monthIndex: number, date: number): string {
  return new Date(Date.UTC(year, monthIndex, date)).toISOString().slice(0, 10);
}

/**
 * Every window of a kind that ends before `today` and starts no earlier than
 * `lookbackMonths` months before today's month, oldest first. Quarters and
 * halves are calendar-aligned; `months6` and `months12` may start in any month.
 */
export function periodWindows(today: string, kind: PeriodKind, lookbackMonths: number): PeriodWindow[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const thisMonth = y * 12 + (m - 1);
  const span = SPAN[kind];
  const step = kind === 'quarter' ? 3 : kind === 'half' ? 6 : 1;
  const out: PeriodWindow[] = [];
  for (let first = thisMonth - lookbackMonths; first + span <= thisMonth; first++) {
    if (first % step !== 0) continue;
    const year = Math.floor(first / 12);
    const month = first % 12;
    out.push({ kind, start: day(year, month, 1), end: day(year, month + span, 0) });
  }
  return out;
}

/** One window of one of the kinds, drawn uniformly over kinds then windows. */
export function samplePeriod(rng: Rng, today: string, kinds: readonly PeriodKind[], lookbackMonths = 18): PeriodWindow {
  const kind = rng.pick(kinds);
  return rng.pick(periodWindows(today, kind, lookbackMonths));
}

/** The window as a datetime range for comparing `…THH:MM:SSZ` text: `[start 00:00:00, end 23:59:59]`. */
export function datetimeBounds(window: PeriodWindow): [string, string] {
  return [`${window.start}T00:00:00Z`, `${window.end}T23:59:59Z`];
}
