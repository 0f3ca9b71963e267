/**
 * The quantities of an answer that are not its current value, for the
 * `number` matcher: a value struck through ("~~150~~ 180") or given as the
 * former one ("180 (previously 150)", "(was 240)", "used to be 150"), the
 * window a count covers, a target the actual figure follows, and the
 * readings of number-contrast, number-conclusion, number-context,
 * number-proposed and number-aggregate. Each is a named check so that the
 * list says what the matcher sets aside; none applies when it would leave
 * no value at all.
 */
import type { Quantity } from '../../text/quantities.js';
import { tiedElsewhere } from './number-contrast.js';
import { putForwardThenSettled } from './number-proposed.js';
import { aggregateAgainst } from './number-aggregate.js';
import { contextBeside } from './number-context.js';
import { changedLater, underCondition } from './number-conclusion.js';

/** A check that `q`, among `candidates`, is not the value the answer now gives. */
type SetAside = (actual: string, q: Quantity, candidates: readonly Quantity[]) => boolean;

const FORMER_BEFORE = /(?:\(\s*(?:was|were|previously|formerly|from|prev\.?|old|target|goal|quota|benchmark|budget|limit|threshold)\b|\b(?:previously|formerly|used to be|originally|initially|up from|down from|compared (?:with|to)|versus|vs\.?|last (?:year|month|quarter|week)(?: it)? (?:was|were)))[:\s]*(?:about|around|roughly)?\s*$/i;

/** Struck through: windows keep this linear in the answer's length, as a struck value sits within a short span of its marks. */
const struck: SetAside = (actual, q) => /~~[^~]*$/.test(actual.slice(Math.max(0, q.start - 80), q.start)) && /^[^~]*~~/.test(actual.slice(q.end, q.end + 80));

/**
 * "Over the past 30 days we logged 42": the window the count covers is not the count. "Across the 5 sprints, the
 * team closed 38": nor are the periods or groups a figure spans.
 */
const coveredWindow: SetAside = (actual, q) =>
  (q.unit !== undefined && /\b(?:past|last|previous|preceding)\s*$/i.test(actual.slice(Math.max(0, q.start - 12), q.start))) || /\b(?:across|over) (?:the|all|those|these)\s+$/i.test(actual.slice(Math.max(0, q.start - 14), q.start));

/** "The target was 42, but we only hit 37": the target, when the actual figure follows. */
const target: SetAside = (actual, q, candidates) =>
  /\b(?:target|goal|quota|forecast|projection|plan|budget)(?:\s+for\s+[\w ]{1,15}?)?\s*(?:was|is|of|:)\s*$/i.test(actual.slice(Math.max(0, q.start - 40), q.start)) &&
  candidates.some((r) => r.start > q.end && r.start - q.end < 120 && /\b(?:but|only|actual(?:ly)?|whereas|while|closed|hit|reached|achieved|got|made|delivered|came in at|landed at|ended at|finished at)\b[^.;]{0,30}$/i.test(actual.slice(q.end, r.start)));

/** "180 (previously 150)", "(was 240)", "used to be 150": given as the former value. */
const former: SetAside = (actual, q) => FORMER_BEFORE.test(actual.slice(Math.max(0, q.start - 30), q.start));

/** Every reason a quantity is set aside, in the order they are tried. */
const SET_ASIDE: readonly SetAside[] = [struck, coveredWindow, target, former, tiedElsewhere, changedLater, underCondition, contextBeside, putForwardThenSettled, aggregateAgainst];

/**
 * The candidates no check sets aside, or all of them when every one is.
 *
 * @example superseded('Now 180 (previously 150).', [q180, q150]) // [q180]
 */
export function superseded(actual: string, candidates: readonly Quantity[]): Quantity[] {
  const current = candidates.filter((q) => !SET_ASIDE.some((setAside) => setAside(actual, q, candidates)));
  return current.length > 0 ? current : [...candidates];
}
