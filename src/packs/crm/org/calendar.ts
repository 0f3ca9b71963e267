/**
 * Calendar arithmetic for the generator, all in UTC epoch milliseconds so that
 * no local time zone can change a byte. Dates are written as `YYYY-MM-DD` and
 * datetimes as `YYYY-MM-DDTHH:MM:SSZ`, the storage convention of the org schema.
 */
import type { Rng } from '../../../util/rng.js';

/** Milliseconds in an hour. */
export const HOUR = 3_600_000;
/** Milliseconds in a day. */
export const DAY = 24 * HOUR;

/** Epoch ms of a `YYYY-MM-DD` at midnight UTC. */
export function parseDay(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`bad date: ${day}`);
  return ms;
}

/** `YYYY-MM-DD` of an instant. */
export function fmtDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM:SSZ` of an instant (seconds precision). */
export function fmtDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `YYYY-MM` of an instant. */
export function fmtMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The first instant of each of the `count` calendar months ending with the month of `todayMs`. */
export function monthStarts(todayMs: number, count: number): number[] {
  const d = new Date(todayMs);
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
  return out;
}

/** Rounds an instant down to whole seconds. */
export function wholeSeconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** A time on the same day as `dayMs` during office hours (13:00–23:00 UTC, i.e. US business hours). */
export function officeTime(dayMs: number, rng: Rng): number {
  const day = Math.floor(dayMs / DAY) * DAY;
  return wholeSeconds(day + 13 * HOUR + rng.next() * 10 * HOUR);
}
