/**
 * The `number` matcher, for counts, amounts, durations and rates. It reads
 * every quantity in the answer (see `findQuantities`) and picks the one the
 * question is about: years, ids and date parts are skipped, a quantity of the
 * gold's kind (percent, currency) is preferred, and a single number after
 * "is", "so", "=", ":" or "total" wins over numbers in the working. A range
 * or an alternative ("between 40 and 60", "7 or 8") is refused: it does not
 * commit to an answer. Percent and fraction forms of a rate are the same
 * answer ("8%" for 0.08), but a bare "25" is not "25%".
 */
import { findQuantities, type Quantity } from '../../text/quantities.js';
import { SECONDS_PER_UNIT } from '../../text/durations.js';
import { saysNoRecord } from './no-record.js';
import { foldText } from '../../text/fold.js';
import { APPROXIMATE_BEFORE, BOUND_BEFORE, hedgeOn } from './number-hedges.js';
import { outcome, type MatchOutcome } from './outcome.js';
import { roundedPastTolerance } from './number-rounding.js';
import { parallelStatistics } from './number-statistics.js';
import { shareOf } from './number-share.js';
import { dataUnitReadings } from './number-data-units.js';
import { underRateName } from './number-rate-label.js';
import { noneInAskedPeriod } from './number-contrast.js';
import { superseded } from './number-superseded.js';
import { leftToChoose } from './number-choice.js';
import { frequencyCount } from './number-frequency.js';
import { ratioAt, sameRounded } from './number-ratio.js';
import { conversionNote, foreignUnit, inUnit, singularUnit } from './number-unit.js';
import type { AnswerUnit } from '../../scenario/schema.js';
import { findCalendarValues } from '../../text/dates.js';
import { askedAbout, otherStatistic } from './number-context.js';
import { closingConclusion, concludingLabel, enumerator, onlyOrdinal, inBold, inConcludingClause, noneOfTotal, openingPlace, otherGroupLabel, soleRate, unmarkedTable } from './number-conclusion.js';

/** Lead-ins that mark the number the sentence concludes with; "→ 18.4%" and "i.e. 3" end a calculation or restate it, "you'll be refunded $109.99" gives what a deduction leaves. */
const CONCLUDES = /(?:\b(?:is|are|was|were|'s|so|thus|hence|therefore|total(?:s|led|ing)?|comes? to|came to|(?:brings?|brought) (?:it|that|this|the (?:total|balance|sum|amount)) to|equals?|answer|result|gives?|(?:total|average|rate|sum|count|mean|median) of|refunded|(?:get|gets|got) back)\b|\bi\.e\.,?|[=:~≈→⇒]|->)\s*(?:\*\*)?\s*(?:about|approximately|around|roughly|exactly|just|only|~)?\s*$/i;
/** A negation just before a number: "not 7", "isn't 7". */
const NEGATED = /\b(?:not|never|no|isn't|wasn't|aren't|weren't|rather than|instead of)\s+(?:\w+\s+)?$/i;

/** What the gold says: a value and whether it is a percent or a currency amount. */
interface GoldNumber {
  value: number;
  kind: Quantity['kind'];
  currency?: string;
  /** The time unit a gold such as "4.5 hours" states; a bare number leaves it to the answer. */
  unit?: string;
  /** A gold with a tolerance is measured, not counted: a whole 46 may be the rate 0.46. */
  measured?: boolean;
}

function readGold(expected: string | number): GoldNumber | null {
  if (typeof expected === 'number') return { value: expected, kind: 'plain' };
  const q = findQuantities(expected)[0];
  return q ? { value: q.value, kind: q.kind, ...(q.currency ? { currency: q.currency } : {}), ...(q.unit ? { unit: q.unit } : {}) } : null;
}

/** Placeholders for a missing value (a template's null, "not applicable"): never read as 0. */
const NO_VALUE = /^\W*(?:null|nil|undefined|nan|n\.?\s?\/?\s?a\.?)\W*$/i;

/**
 * Compares the answer's number with the gold within an absolute `tolerance`
 * (plus a tiny relative slack for floating-point noise). A declared `unit` converts
 * the answer's duration to it (number-unit.ts); a gold that writes its own ("4.5 hours") keeps that.
 *
 * @example numberMatch(7, 'Back in 2023 we logged seven escalations.').pass // true
 */
export function numberMatch(expected: string | number, actual: string, tolerance = 0, declaredUnit?: AnswerUnit): MatchOutcome {
  const read = readGold(expected);
  if (!read) return outcome(false, `number: the gold ${JSON.stringify(expected)} holds no number`);
  const declared = declaredUnit === undefined ? undefined : (read.unit ?? singularUnit(declaredUnit));
  const gold = { ...read, measured: tolerance > 0, ...(declared === undefined ? {} : { unit: declared }) };
  const all = findQuantities(actual);
  const goldLooksLikeYear = Number.isInteger(gold.value) && gold.value >= 1900 && gold.value <= 2100;
  // "Not a single one", "not one": a negated "one" counts nothing.
  const counted = all.filter((q) => !enumerator(actual, q) && !(q.spelled && q.value === 1 && /\bnot\s+(?:a\s+single\s+|even\s+)?$/i.test(actual.slice(Math.max(0, q.start - 16), q.start))));
  const current = corrected(actual, counted.filter((q) => !q.id && !q.date && (!q.year || goldLooksLikeYear)));
  if (leftToChoose(actual, current)) return { ...outcome(false, 'number: the answer gives a value under each of two readings and asks which one to use'), uncertain: true };
  let candidates = askedAbout(actual, superseded(actual, current));
  const frequency = gold.kind === 'plain' ? frequencyCount(actual, candidates) : null;
  if (frequency !== null) return outcome(frequency.value === gold.value, `number: read ${JSON.stringify(frequency.raw)} as ${frequency.value}`);
  if (noneOfTotal(actual, candidates)) return outcome(gold.value === 0, 'number: the answer says none of its number, which is 0');
  if (candidates.length > 0 && candidates.every((q) => noneInAskedPeriod(actual, q))) return outcome(gold.value === 0, 'number: the answer gives its numbers for another period and none for this one, which is 0');
  // "FY2024", "FY24": a fiscal year answers a year.
  if (candidates.length === 0 && goldLooksLikeYear && gold.kind === 'plain') {
    const years = findCalendarValues(actual).filter((v) => v.kind === 'fiscal-year');
    if (years.length === 1) return outcome(years[0]?.year === gold.value, `number: the answer names the fiscal year ${JSON.stringify(actual.slice(years[0]?.start, years[0]?.end))}`);
  }
  // "No escalations were recorded" answers a count of 0. It does not answer a rate or a measured
  // quantity (a gold with a tolerance, a unit or %): "None" there means no data, not zero. A bare
  // "null" or "N/A" says there is no value at all.
  const goldIsCount = gold.kind === 'plain' && tolerance === 0;
  if (candidates.length === 0 && gold.value === 0 && goldIsCount && !NO_VALUE.test(actual) && saysNoRecord(actual)) return outcome(true, 'number: the answer says there are none, which is 0');
  // "an hour", "a fortnight": a duration written as a word, when no number is written.
  const worded = candidates.length === 0 && tolerance === 0 && gold.kind === 'plain' ? WORDED_DURATION.exec(actual) : null;
  if (worded && !APPROXIMATE_BEFORE.test(actual.slice(0, worded.index)) && !BOUND_BEFORE.test(actual.slice(0, worded.index))) {
    const [value, unit] = /fortnight/i.test(worded[0]) ? [14, 'day'] : [1, (worded[1] ?? '').toLowerCase()];
    const scale = UNIT_SCALE[unit];
    const readings = declared !== undefined ? [inUnit(value, unit, declared)] : [value, ...(scale ? [value * scale[0], value / scale[1]] : []), ...(unit === 'day' && value === 14 ? [2] : [])];
    const hit = readings.some((r) => Math.abs(r - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value)));
    return outcome(hit, `number: read ${JSON.stringify(worded[0])} as ${readings.join(' or ')}`);
  }
  if (candidates.length === 0) {
    const place = onlyOrdinal(actual);
    if (place !== null && gold.kind === 'plain') return outcome(place.value === gold.value, `number: the answer's only number is the ordinal ${JSON.stringify(place.raw)} (${place.value})`);
    const skipped = all.length > 0 ? ` (skipped ${all.map((q) => q.raw).join(', ')})` : '';
    return outcome(false, `number: no number in the answer${skipped}`);
  }
  const sameKind = candidates.filter((q) => q.kind === gold.kind);
  if (gold.kind !== 'plain' && sameKind.length > 0) candidates = sameKind;
  // "- Open cases: 27\n- Closed: 14\n- Escalated: 3": a breakdown of labelled numbers commits to none of them.
  // "Average: 52 days. Median: 47 days.": sentences that open with a label are such a breakdown too; a bold line singles one out.
  const labelled = candidates.filter((q) => !otherGroupLabel(actual, q) && /(?:^|\n|[.;|][ \t]+)\s*(?:[-*•]\s+|\d+[.)]\s+)?(?:\*\*)?[\p{L}][^:\n.;|]{0,40}:\s*(?:\*\*)?\s*$/u.test(actual.slice(Math.max(0, q.start - 50), q.start)));
  const rate = soleRate(gold.value, gold.kind === 'percent', candidates);
  // "…\nSo the answer is 35 percent.": a closing conclusion settles a breakdown, as a concluding label does ("Final: 64").
  const concluded = labelled.length >= 2 ? (concludingLabel(actual, labelled) ?? closingConclusion(actual, candidates)) : null;
  if (rate !== null && (labelled.length >= 2 || unmarkedTable(actual, candidates))) candidates = [rate];
  else if (concluded !== null) candidates = [concluded];
  else if ((labelled.length >= 2 && new Set(labelled.map((q) => q.value)).size >= 2 && !candidates.some((q) => inBold(actual, q))) || unmarkedTable(actual, candidates)) {
    return { ...outcome(false, `number: the answer lists several labelled numbers (${(labelled.length >= 2 ? labelled : candidates).map((q) => q.raw).join(', ')}) and commits to none`), uncertain: true };
  }
  const statistics = parallelStatistics(actual, candidates);
  if (statistics !== null) return { ...outcome(false, `number: the answer names several statistics (${statistics.join(', ')}) and commits to none`), uncertain: true };
  const picked = pick(actual, candidates);
  if (picked.range) return outcome(false, `number: ${JSON.stringify(picked.raw)} is one end of a range or alternative, not an answer`);
  const foreign = declared === undefined ? null : foreignUnit(actual, picked);
  if (foreign !== null) return outcome(false, `number: ${JSON.stringify(picked.raw)} is ${foreign}, not a duration in ${declared}s`);
  // "About 11 weeks (78.25 days)": a duration restated in another unit in parentheses is the same answer, more precisely.
  const found = restatementOf(actual, candidates, picked);
  const restated = found !== null && (tolerance !== 0 || hedgeOn(actual, found) === null) ? found : null;
  const hedge = tolerance === 0 ? hedgeOn(actual, picked) : null;
  // "About two weeks" for 14, "Around 1 008 hours" for 42: a hedge on a duration that converts exactly to the gold in
  // another unit covers the unit's coarseness, not the figure; only the question knows the unit, so it is uncertain.
  const scale = picked.unit === undefined ? undefined : UNIT_SCALE[picked.unit];
  if (hedge !== null && restated === null && scale !== undefined && (declared !== undefined ? [inUnit(picked.value, picked.unit, declared)] : [picked.value * scale[0], picked.value / scale[1]]).some((v) => v !== picked.value && Math.abs(v - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value)))) {
    return { ...outcome(true, `number: read ${JSON.stringify(picked.raw)} as ${gold.value} in another unit; the hedge is on the unit`), uncertain: true };
  }
  if (hedge !== null && restated === null) return outcome(false, `number: ${JSON.stringify(picked.raw)} is hedged ("${hedge}"), not an exact answer`);
  const other = otherStatistic(actual, picked);
  if (other !== null) return { ...outcome(false, `number: ${JSON.stringify(picked.raw)} is another statistic; the answer says it did not work out the ${other}`), uncertain: true };
  if (NEGATED.test(actual.slice(Math.max(0, picked.start - 20), picked.start))) return outcome(false, `number: ${JSON.stringify(picked.raw)} is negated`);
  if (gold.kind === 'currency' && picked.kind === 'currency' && gold.currency && picked.currency && gold.currency !== picked.currency) {
    return outcome(false, `number: ${picked.currency} is not ${gold.currency}`);
  }
  const slack = tolerance + 1e-9 * Math.max(1, Math.abs(gold.value));
  const readings = [...(hedge === null ? readingsOf(picked, gold, actual) : []), ...(restated !== null ? readingsOf(restated, gold, actual) : [])];
  const hit = readings.find((value) => Math.abs(value - gold.value) <= slack && !roundedPastTolerance(picked, value, gold.value, tolerance));
  const skipped = all.filter((q) => q !== picked && (q.year || q.id || q.date)).map((q) => q.raw);
  const note = `${declared === undefined ? '' : conversionNote(picked, declared)}${skipped.length > 0 ? ` (skipped ${skipped.join(', ')})` : ''}`;
  // "3.75 days" for a bare 3.75: only the question knows whether days were asked, so the LLM judge may re-read it.
  if (hit !== undefined) return { ...outcome(true, `number: read ${JSON.stringify(picked.raw)} as ${hit}${note}`), ...(picked.unit !== undefined && gold.unit === undefined ? { uncertain: true } : {}) };
  // "64 cases; that's 30% of the 212": an answer that opens with a count commits to it; the rest explains it.
  const opening = candidates[0];
  if (opening && opening !== picked && opening.kind === 'plain' && gold.kind === 'plain' && picked.kind !== 'plain' && /^\W{0,3}$/.test(actual.slice(0, opening.start)) && Math.abs(opening.value - gold.value) <= slack) {
    return { ...outcome(true, `number: the answer opens with ${JSON.stringify(opening.raw)}`), uncertain: true };
  }
  const ratio = ratioAt(actual, all, picked);
  const goldFraction = gold.kind === 'percent' ? gold.value / 100 : gold.value;
  if (ratio !== null && goldFraction > 0 && goldFraction < 1 && sameRounded(ratio.value, goldFraction, slack)) {
    return outcome(true, `number: ${JSON.stringify(ratio.raw)} is the rate ${ratio.value.toFixed(4)}`);
  }
  // "35% (14 of 40 deals)": the count behind the rate answers a question about how many.
  if (picked.kind === 'percent' && gold.kind === 'plain' && Number.isInteger(gold.value) && gold.value >= 1) {
    const behind = candidates.find((q) => q.value === gold.value && q.kind === 'plain' && ratioAt(actual, all, q) !== null);
    const rate = behind ? ratioAt(actual, all, behind) : null;
    if (behind && rate && Math.abs(rate.value * 100 - picked.value) < 1) return outcome(true, `number: ${JSON.stringify(rate.raw)} is the count behind ${JSON.stringify(picked.raw)}`);
  }
  const share = shareOf(actual, candidates, picked);
  if (share !== null && Math.abs(share.value - gold.value) <= slack) return outcome(true, `number: ${JSON.stringify(share.raw)} is ${share.value}`);
  // "7th place, with 12 points": an answer that opens with a place commits to it.
  if (gold.kind === 'plain' && openingPlace(actual) === gold.value) return outcome(true, `number: the answer opens with place ${gold.value}`);
  const count = countInCalculation(actual, candidates, picked);
  if (count !== null && gold.kind === 'plain' && Math.abs(count.value - gold.value) <= slack) {
    return outcome(true, `number: ${JSON.stringify(count.raw)} is the count the calculation prices (${JSON.stringify(picked.raw)} is its cost)`);
  }
  return outcome(false, `number: read ${JSON.stringify(picked.raw)} as ${readings.join(' or ')}, not ${gold.value}${gold.kind === 'percent' ? '%' : ''}${note}`);
}

/**
 * The values an answer quantity may stand for, in the gold's unit. A percent
 * answer is its number and its fraction; against a percent gold, a plain
 * answer counts only as a fraction (0.25 for 25%), never as the bare number.
 */
function readingsOf(q: Quantity, gold: GoldNumber, actual: string): number[] {
  // "Sales dropped 12%" states a change of -12%.
  if (gold.kind === 'percent') return q.kind === 'percent' ? [q.value, ...(gold.value < 0 && q.value > 0 && DECREASE.test(actual.slice(Math.max(0, q.start - 30), q.start)) ? [-q.value] : [])] : [q.value * 100];
  // "Cases fell 12.5%" states a change of -12.5.
  // A gold that states its unit ("4.5 hours") takes an answer's duration in that unit only: "4.5 days" is 108 hours.
  const [from, to] = [SECONDS_PER_UNIT[q.unit ?? ''], SECONDS_PER_UNIT[gold.unit ?? '']];
  if (from !== undefined && to !== undefined) return [(q.value * from) / to];
  // "0.15%" is not the fraction 0.15 (15%): a percent reads as its own number only for a gold of 1 or more.
  if (q.kind === 'percent') return [...(Math.abs(gold.value) < 1 && gold.value !== 0 ? [] : [q.value]), q.value / 100, ...(gold.value < 0 && q.value > 0 && DECREASE.test(actual.slice(Math.max(0, q.start - 30), q.start)) ? [-q.value] : [])];
  // "0.2388" for a rate of 23.88 (a percent gold written without "%"): the same rate as a fraction.
  const fraction = q.kind === 'plain' && q.unit === undefined && q.value > 0 && q.value < 1 && (!Number.isInteger(gold.value) || gold.measured === true || underRateName(actual, q)) && Math.abs(gold.value) > 1 && Math.abs(gold.value) <= 100 ? [q.value * 100] : [];
  // "{"win_rate": 35}" for a fraction gold of 0.35: under a rate's name, a number up to 100 is its percent.
  const percent = q.kind === 'plain' && q.unit === undefined && q.value > 1 && q.value <= 100 && gold.value > 0 && gold.value < 1 && underRateName(actual, q) ? [q.value / 100] : [];
  // "went down by $450" states a change of -450.
  const decrease = gold.value < 0 && q.value > 0 && DECREASE.test(actual.slice(Math.max(0, q.start - 30), q.start)) ? [-q.value] : [];
  // "an hour and a half" is 90 minutes, "a year and a half" 18 months: the gold's unit is not written, so both count.
  const scale = q.unit === undefined ? undefined : UNIT_SCALE[q.unit];
  return [q.value, ...decrease, ...fraction, ...percent, ...(scale ? [q.value * scale[0], q.value / scale[1]] : []), ...dataUnitReadings(actual, q)];
}

const WORDED_DURATION = /\b(?:an?|one)\s+(hour|minute|day|week|month|year)\b|\ba\s+fortnight\b/i;

/** Words before an amount that make it a decrease. */
const DECREASE = /\b(?:down|decrease[ds]?|decline[ds]?|dropped|drop|fell|fall|slipped|slid|dipped|shrank|sank|plunged|plummeted|tumbled|contracted|lost|loss|lower|reduced|reduction|shortfall|deficit|overdrawn|less)\b(?:\s+by|\s+of)?\s*(?:about|roughly|around)?\s*$/i;
/** Per time unit: the factor to the next smaller unit and the divisor to the next larger one. */
const UNIT_SCALE: Readonly<Record<string, readonly [number, number]>> = {
  hour: [60, 24],
  minute: [60, 60],
  day: [24, 7],
  week: [7, 52],
  month: [1, 12],
  year: [12, 1],
  second: [1, 60],
};

/** The quantity the answer commits to. */
function pick(actual: string, candidates: readonly Quantity[]): Quantity {
  const first = candidates[0] as Quantity;
  if (candidates.length === 1) return first;
  if (candidates.every((q) => q.value === first.value && q.kind === first.kind)) return first;
  // A number in parentheses annotates ("(n = 45)"): it concludes only when nothing outside them does.
  const concludes = candidates.filter((q) => CONCLUDES.test(actual.slice(Math.max(0, q.start - 30), q.start)) || inConcludingClause(actual, q, candidates));
  const outside = concludes.filter((q) => !inParentheses(actual, q.start));
  // "Seventeen … (the section cap is 120)": nor when a number stands outside them at all.
  const concluding = outside.length > 0 ? outside : candidates.some((q) => !inParentheses(actual, q.start)) ? [] : concludes;
  const bold = candidates.filter((q) => inBold(actual, q));
  if (bold.length === 1) return bold[0] as Quantity;
  // "went from $39.99 to $49.99": the value it went to.
  const target = candidates.find((q, i) => i > 0 && /\bto\s*$/i.test(actual.slice(Math.max(0, q.start - 6), q.start)) && /\bfrom\s*$/i.test(actual.slice(Math.max(0, (candidates[i - 1] as Quantity).start - 8), (candidates[i - 1] as Quantity).start)));
  if (target) return target;
  // "Items: 3 (keyboard, …) plus the charger — 4 in total": a later number labelled as the total after it concludes.
  const totalled = candidates.filter((q) => /^\s*(?:\w+\s+)?(?:in total|in all|total|altogether|overall)\b/i.test(actual.slice(q.end, q.end + 24)) && !/\b(?:out of|of)\s*$/i.test(actual.slice(Math.max(0, q.start - 8), q.start)) && (!inParentheses(actual, q.start) || candidates.every((c) => inParentheses(actual, c.start)))).pop();
  const concluded = concluding[concluding.length - 1];
  // "15 in total: 10 open and 5 pending": a total that introduces its breakdown is the answer too.
  // Not a chain of names ("4 owners in total (A → B → C → D), i.e. 3 transfers"): a breakdown has numbers.
  const introduces = totalled !== undefined && /^\s*(?:\w+\s+)?(?:in total|in all|total|altogether|overall)\s*[:\u2014\u2013(-][^.)\n]*\d/i.test(actual.slice(totalled.end));
  if (totalled && (concluded === undefined || totalled.start > concluded.start || introduces)) return totalled;
  if (concluded) return concluded;
  return first;
}


/** The duration in parentheses right after `q` that restates it in another unit (within 10%), or `null`. */
function restatementOf(actual: string, candidates: readonly Quantity[], q: Quantity): Quantity | null {
  const next = candidates[candidates.indexOf(q) + 1];
  if (!next || q.unit === undefined || next.unit === undefined || q.unit === next.unit) return null;
  if (!/^\s*(?:\p{L}+\.?\s*)?\(\s*(?:i\.e\.,?\s*|or\s+|exactly\s+)?$/iu.test(actual.slice(q.end, next.start))) return null;
  const a = q.value * (SECONDS_PER_UNIT[q.unit] ?? Number.NaN);
  const b = next.value * (SECONDS_PER_UNIT[next.unit] ?? Number.NaN);
  return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b)) ? next : null;
}

function inParentheses(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at - 1);
}

/**
 * "250 units @ $12.00 = $3,000.00" states both the count and its cost: when
 * the concluding number is an amount of money after "=", the one plain
 * number before it that counts something ("250 units", "12 items") is also
 * an answer, to a question about how many.
 */
function countInCalculation(actual: string, candidates: readonly Quantity[], picked: Quantity): Quantity | null {
  if (picked.kind !== 'currency' || !/=\s*(?:\*\*)?\s*$/.test(actual.slice(Math.max(0, picked.start - 6), picked.start))) return null;
  const counts = candidates.filter((q) => q.end <= picked.start && q.kind === 'plain' && !q.unit && /^\s+\p{L}{2,}/u.test(actual.slice(q.end)));
  return counts.length === 1 ? (counts[0] as Quantity) : null;
}

/** Words between two numbers that take the first back: "15 — no, 16", "24, sorry, I mean 42", "42? No — it's 39" (not the noun "wait"). */
const CORRECTION = /(?:(?:^|[\s\-,.;:?!])(?:no|nope)\s*[,\-.!—–]|\b(?:sorry|actually|correction|i mean|or rather|make that|scratch that)\b|\bwait\b(?=\s*[,.!;\u2014\u2013-]|\s+(?:no|that|actually|i)\b))/i;

/** The quantities without those a later correction replaces. */
function corrected(actual: string, candidates: readonly Quantity[]): Quantity[] {
  return candidates.filter((q, i) => {
    const next = candidates[i + 1];
    return next === undefined || !CORRECTION.test(foldText(actual.slice(q.end, next.start)));
  });
}
