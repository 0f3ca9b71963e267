/**
 * Data amounts in the next unit up or down: "18,300 MB" is 18.3 GB, "1.5 TB"
 * is 1,500 GB. Carriers and storage consoles count in decimal units, so the
 * step is 1,000. The gold states no unit, so the amount counts in the unit it
 * is written in and in its neighbours, as a duration does.
 */
import type { Quantity } from '../../text/quantities.js';

const DATA_UNIT = /^\s*(?:kb|mb|gb|tb)\b/i;

/** The amount in the next larger and smaller data unit, when a data unit follows `q`; else none. */
export function dataUnitReadings(actual: string, q: Quantity): number[] {
  return q.kind === 'plain' && DATA_UNIT.test(actual.slice(q.end, q.end + 4)) ? [q.value / 1000, q.value * 1000] : [];
}
