/**
 * Where an answer's structure says which of its numbers is the answer, for
 * the `number` matcher: a number reached by a change ("35% in Q2 but dropped
 * to 29%") replaces the one before it, a number in the clause a "so" opens
 * concludes even when words stand between ("so the line should use
 * $1,124.10"), a bold labelled line ("**Conversion rate: 24.0%**") singles
 * its number out of a breakdown, and a numbered list's enumerators ("1.",
 * "2)") count nothing.
 */
import type { Quantity } from '../../text/quantities.js';

/** A change that ends at the number after it: "dropped to", "has since risen to", "was revised to". */
const CHANGED_TO = /\b(?:(?:has|have|had)\s+(?:since\s+|now\s+)?)?(?:dropped|fell|fallen|rose|risen|climbed|increased|decreased|grew|grown|declined|slipped|slid|dipped|jumped|improved|worsened|recovered|rebounded|bounced back|climbed back|went (?:up|down|back)|gone (?:up|down)|moved|changed|shrank|(?:(?:was|were|has been|have been) )?(?:lowered|raised|revised|updated|corrected|adjusted|cut|reduced|increased|bumped|changed|moved)(?:\s+(?:it|that|this|them|the\s+\p{L}+))?)\s+(?:back\s+)?to\s*(?:\*\*)?\s*$/iu;

/**
 * Whether a later number of the same kind in `q`'s sentence is the value a
 * change reached ("The win rate was 35% in Q2 but dropped to 29% in Q3"):
 * `q` is then the value before the change.
 */
export function changedLater(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  return candidates.some((r) => r.start > q.end && r.kind === q.kind && r.value !== q.value && !/[.!?\n](?:\s|$)/.test(actual.slice(q.end, r.start)) && CHANGED_TO.test(actual.slice(Math.max(0, r.start - 40), r.start)));
}

/** A clause that opens on a condition or an option: "; with the express add-on it's", ", if you upgrade, it's". */
const CONDITION = /(?:^|[;.!?\n]|,\s*(?:and|or)?)\s*(?:(?:with|using)\s+(?:the\s+|an?\s+|your\s+)?\p{L}|if\s+(?:the|an?|your|you)\b)[^.;!?\n\d]{1,40}$/iu;

/**
 * Whether `q` is the value under a condition or option the answer adds after another value ("Shipping takes 72 hours;
 * with the express add-on it's 24"): an alternative, not the answer, when a number comes before it.
 */
export function underCondition(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  // "… with the gift wrap it's 4 in total" adds to the answer: a total is no alternative.
  if (/^\s*(?:\w+\s+)?(?:in total|in all|total|altogether|overall)\b/i.test(actual.slice(q.end, q.end + 24))) return false;
  return candidates.some((r) => r.end <= q.start && r.value !== q.value) && CONDITION.test(actual.slice(Math.max(0, q.start - 60), q.start));
}

/**
 * "so the line should use", "which means the rate is", "… minus the $24.99 portion, gives a card refund of": a concluding
 * clause, with words but no other number before `q`.
 */
const SO_CLAUSE = /\b(?:so(?!\s+far\b)|thus|hence|therefore|which (?:means|makes|gives|puts)|gives|giving|leaves|leaving|yields|yielding)\b(?:[^.;!?\n\d]|(?<=\p{L})\d){1,50}$/iu;

/**
 * Whether `q` stands in a clause that a "so" (thus, hence, which means) or an arrow and a label opens, or closes its
 * sentence as a figure of another kind after a dash ("$42,640 against a list total of $52,000 — an 18% discount"): what the numbers make.
 */
export function inConcludingClause(actual: string, q: Quantity, candidates: readonly Quantity[] = []): boolean {
  if (SO_CLAUSE.test(actual.slice(Math.max(0, q.start - 60), q.start))) return true;
  // "with an average handle time of 18.4 minutes": a statistic named with its measure, before "of".
  if (/\b(?:average|mean|median)\s+(?:[a-z-]+\s+){1,2}of\s*$/i.test(actual.slice(Math.max(0, q.start - 40), q.start))) return true;
  // "→ average 47.5 minutes": an arrow and a lower-case label end a calculation ("→ Hub 2" names a place).
  if (/(?:[→⇒]|->|=>)[ \t]*(?:[a-z][a-z-]*[ \t]+){1,2}$/.test(actual.slice(Math.max(0, q.start - 30), q.start))) return true;
  const sentence = actual.slice(0, q.start).split(/[.!?\n](?:\s|$)/).pop() ?? '';
  const closes = /\s[\u2014\u2013-]\s*(?:an?\s+|i\.e\.,?\s+|that'?s\s+(?:an?\s+)?)?$/i.test(sentence) && /^\s*(?:[\p{L}-]+\s*){0,3}(?:[.!]|$)/u.test(actual.slice(q.end));
  return closes && candidates.some((r) => r.end <= q.start && sentence.length >= q.start - r.start && r.kind !== q.kind) && candidates.every((r) => r === q || r.kind !== q.kind);
}

/**
 * "…\nSo the answer is 35 percent.": a closing sentence that concludes ("So …", "Therefore …", "The answer is …") with
 * one value settles a breakdown of labelled numbers before it. `null` when there is no such sentence.
 */
export function closingConclusion(actual: string, candidates: readonly Quantity[]): Quantity | null {
  const text = actual.trimEnd();
  const start = Math.max(text.lastIndexOf('\n'), ...['. ', '! '].map((mark) => text.lastIndexOf(mark, text.length - 2) + 1)) + 1;
  if (!/^\s*(?:so|thus|hence|therefore|overall|in total|all in all|(?:the |my )?(?:final )?answer(?: is)?)\b/i.test(text.slice(start))) return null;
  const inside = candidates.filter((q) => q.start >= start);
  return inside.length >= 1 && inside.every((q) => q.value === inside[0]?.value && q.kind === inside[0]?.kind) && candidates.length > inside.length ? (inside[0] ?? null) : null;
}

/** Whether `q` is inside a bold span on its line: "**Conversion rate: 24.0%**", "**24.0%**". */
export function inBold(actual: string, q: Quantity): boolean {
  const lineStart = actual.lastIndexOf('\n', q.start - 1) + 1;
  const lineEnd = actual.indexOf('\n', q.end);
  const before = actual.slice(lineStart, q.start);
  const after = actual.slice(q.end, lineEnd < 0 ? undefined : lineEnd);
  return (before.match(/\*\*/g) ?? []).length % 2 === 1 && after.includes('**');
}

/** Whether `q` is the enumerator of a numbered list line ("1. Tier 1 → Billing"), not a quantity. */
export function enumerator(actual: string, q: Quantity): boolean {
  return q.kind === 'plain' && /(?:^|\n)[ \t]*$/.test(actual.slice(Math.max(0, q.start - 8), q.start)) && /^[.)][ \t]+[^\d\s]/.test(actual.slice(q.end, q.end + 4));
}

/** Whether `q` stands in a markdown table row ("| P1 | 9 |"). */
function inTableRow(actual: string, q: Quantity): boolean {
  const lineStart = actual.lastIndexOf('\n', q.start - 1) + 1;
  return /^\s*\|/.test(actual.slice(lineStart, q.start));
}

/**
 * Whether the answer is a table of several numbers that singles none out: no bold value and no number outside the
 * table ("| P1 | 9 |\n| P2 | 23 |"). Like a breakdown of labelled numbers, it commits to none of them.
 */
export function unmarkedTable(actual: string, candidates: readonly Quantity[]): boolean {
  const rows = candidates.filter((q) => inTableRow(actual, q));
  // "_Caveat: excludes 3 opportunities …_" under the table is a footnote, not another figure beside the table's.
  const footnote = (q: Quantity): boolean => /^\s*(?:_|\*(?!\*)|>|(?:note|caveat|nb|n\.b\.)\b)/i.test(actual.slice(actual.lastIndexOf('\n', q.start) + 1, q.start));
  return rows.length >= 2 && new Set(rows.map((q) => q.value)).size >= 2 && rows.length === candidates.filter((q) => !footnote(q)).length && !candidates.some((q) => inBold(actual, q));
}

/**
 * For a rate gold (a percent, or a fraction below 1), the one rate among a breakdown's numbers ("Converted: 48 …
 * Conversion rate: 24.0%", `{"win_rate": 0.42, "deals_closed": 50}`), or `null` when there are none or several.
 */
export function soleRate(goldValue: number, goldIsPercent: boolean, candidates: readonly Quantity[]): Quantity | null {
  if (!goldIsPercent && !(Math.abs(goldValue) > 0 && Math.abs(goldValue) < 1)) return null;
  const rates = candidates.filter((q) => q.kind === 'percent' || (q.kind === 'plain' && q.unit === undefined && Math.abs(q.value) > 0 && Math.abs(q.value) < 1));
  return rates.length === 1 ? (rates[0] as Quantity) : null;
}

const PLACES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The place an answer opens with ("7th place, with 12 points", "Third in the queue"), or `null`. */
export function openingPlace(actual: string): number | null {
  const m = new RegExp(`^\\W{0,3}(?:(\\d{1,3})(?:st|nd|rd|th)|(${PLACES.join('|')}))\\s+(?:place|position|rank|in (?:line|the queue|the ranking))\\b`, 'i').exec(actual);
  if (m === null) return null;
  return m[1] !== undefined ? Number(m[1]) : PLACES.indexOf((m[2] ?? '').toLowerCase()) + 1;
}

/** Whether the answer's only number is the whole that "none of" counts from ("None of the 14 shipments were late"): 0. */
export function noneOfTotal(actual: string, candidates: readonly Quantity[]): boolean {
  // "each one fails at least one factor": a spelled "one" after "each" or "at least" counts nothing beside "None of the 12".
  const counts = candidates.filter((q) => !(q.spelled && q.value === 1 && /\b(?:each|at least|any|every|a single)\s+$/i.test(actual.slice(Math.max(0, q.start - 12), q.start))));
  const only = counts.length === 1 ? counts[0] : undefined;
  return only !== undefined && /\b(?:none|not one|not a single one|zero) of (?:the |your |our |their |these |those |all )?$/i.test(actual.slice(Math.max(0, only.start - 30), only.start));
}

/** A label that names another group's aggregate or another period: "Team average:", "Industry median:", "Last quarter:". */
const OTHER_GROUP = /\b(?:(?:team|org|organi[sz]ation|company|department|dept|regional|region|industry|peer|group|overall|global|national)\s+(?:average|avg|mean|median|benchmark|norm|rate)|(?:last|previous|prior)\s+(?:year|quarter|month|week))\s*:\s*(?:\*\*)?\s*$/i;

/** Whether `q` is labelled as another group's aggregate or another period's value: context beside the answer's own. */
export function otherGroupLabel(actual: string, q: Quantity): boolean {
  return OTHER_GROUP.test(actual.slice(Math.max(0, q.start - 40), q.start));
}

/** A label that concludes a breakdown: "Final: 64", "**Answer:** 12", "Total: 310". */
const CONCLUDING_LABEL = /\b(?:final(?: answer)?|answer|result|total|overall|bottom line)\s*:\s*(?:\*\*)?\s*$/i;

/** The one labelled number whose label concludes the others ("Step 3: 64 resolved … Final: 64"), or `null`. */
export function concludingLabel(actual: string, labelled: readonly Quantity[]): Quantity | null {
  const concluding = labelled.filter((q) => CONCLUDING_LABEL.test(actual.slice(Math.max(0, q.start - 30), q.start)));
  return concluding.length === 1 && concluding[0] === labelled.at(-1) ? (concluding[0] ?? null) : null;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL = new RegExp(`\\b(?:(${ORDINAL_WORDS.join('|')})|(\\d+)(?:st|nd|rd|th))\\b`, 'gi');

/**
 * An answer with no other number that gives a place ("You're third in the
 * queue", "the 5th") answers a count with it. `null` unless exactly one
 * ordinal occurs.
 */
export function onlyOrdinal(actual: string): { value: number; raw: string } | null {
  const found = [...actual.matchAll(ORDINAL)];
  if (found.length !== 1) return null;
  const m = found[0] as RegExpMatchArray;
  return { value: m[1] ? ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1 : Number(m[2]), raw: m[0] };
}
