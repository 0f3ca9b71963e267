/**
 * The `normalized` matcher, for answers where case, punctuation, articles and
 * diacritics carry no meaning ("the West region." and "West Region", "Zurich"
 * and "Zürich"). Signs and percent signs do carry meaning, so "-3" is not "3"
 * and "25%" is not "25". A short lead-in ("The region is …") is accepted
 * unless it is negated, and an answer that changes the gold's modality or
 * quantifier ("must" → "can", "all" → "some") fails.
 */
import { monthYears } from '../../text/calendar.js';
import { usStateName } from '../../text/us-states.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { dateVerdict } from './date-answer.js';
import { findQuantities } from '../../text/quantities.js';
import { findNumberWords } from '../../text/number-words.js';
import { numberMatch } from './number.js';
import { arrowTarget, comparable, givenNameFirst, isBarePhrase, openingValue, predicatesOf, unwrapAnswer, withoutCategoryNoun } from './answer-text.js';
import { listedRecords } from './listed-records.js';
import { mentionOf } from './mention.js';
import { chosen, passedOver } from './passed-over.js';
import { replacedValue } from './replaced-value.js';
import { settledElsewhere, settledOn } from './settled-value.js';
import { outcome, type MatchOutcome } from './outcome.js';
import { stanceChange } from './substitution.js';
import { writtenAsGold } from './gold-spelling.js';
import { inEnglish } from './foreign-words.js';
import { reaffirmed } from './reaffirmed.js';

/** `comparable`, but a gold or answer that is only an article ("A", an option label) keeps its letter. */
function comparableOrLetter(text: string): string {
  return comparable(text) || text.trim().replace(/[.)]+$/, '').toLowerCase();
}

/**
 * Whether the answer equals the gold after folding and SQuAD normalisation.
 * An empty side never matches.
 *
 * @example normalizedMatch('Zürich', 'zurich.').pass // true
 */
export function normalizedMatch(expected: string | number, actual: string): MatchOutcome {
  const verdict = normalizedVerdict(expected, actual);
  // "must be approved by the director" is not "can be approved by any rep", whatever else the words share.
  // A name ("Bereavement Leave") is stated before any aside: "— up to 5 paid days" describes it, it does not narrow it.
  const named = /^(?:\p{Lu}[\p{L}\p{N}'’-]*\s*){1,4}$/u.test(String(expected).trim());
  const claim = named ? (actual.split(/\s+[-\u2013\u2014]\s+|\s*[(;]/)[0] ?? actual) : actual;
  const change = verdict.pass ? stanceChange(String(expected), claim) : null;
  return change === null ? verdict : outcome(false, `normalized: the answer ${change}`);
}

function normalizedVerdict(expected: string | number, written: string): MatchOutcome {
  const actual = writtenAsGold(String(expected), nameInParentheses(String(expected), inEnglish(String(expected), written)));
  const gold = comparableOrLetter(String(expected));
  const answer = comparableOrLetter(actual);
  if (gold === '' || answer === '') return outcome(false, 'normalized: an empty side never matches');
  if (gold === answer) return outcome(true, `normalized: both read ${JSON.stringify(gold)}`);
  const date = dateVerdict(expected, actual, 'normalized');
  if (date) return date;
  // "NY" for "New York": a bare state code stands for the state's name, as the name's code does for a code gold.
  const state = /^[A-Z]{2}$/.test(unwrapAnswer(actual)) ? usStateName(unwrapAnswer(actual)) : null;
  if (state !== null && comparable(state) === gold) return outcome(true, `normalized: ${JSON.stringify(unwrapAnswer(actual))} is the code of ${JSON.stringify(state)}`);
  const change = signedChange(String(expected), actual);
  if (change) return change;
  // "0.15" for "15%": a gold that is only a quantity against an answer that is only one compares as numbers.
  const whole = (text: string): boolean => {
    const found = findQuantities(text.trim());
    return found.length === 1 && found[0]?.start === 0 && found[0].end === text.trim().replace(/[.!]+$/, '').length;
  };
  if (whole(String(expected)) && whole(unwrapAnswer(actual))) {
    const verdict = numberMatch(String(expected), unwrapAnswer(actual));
    return outcome(verdict.pass, `normalized: as numbers, ${verdict.reason}`);
  }
  // "tier two" for "Tier 2": spelled-out numbers as digits.
  // "Café Pro Grinder II" for "Café Pro Grinder 2": a model's number written in Roman numerals.
  if (gold !== '' && comparable(spelledAsDigits(romanAsDigits(actual))) === comparable(spelledAsDigits(String(expected)))) return outcome(true, 'normalized: equal with numbers written as digits');
  const listed = listedRecords(String(expected), actual);
  if (listed?.several) return outcome(listed.singledOut, `normalized: the answer lists ${JSON.stringify(String(expected))} with ${JSON.stringify(listed.peer)}${listed.singledOut ? ' and singles it out' : ' without saying which one'}`);
  // "Sean O'Brien" for "O'Brien, Sean": a name with the surname first or last.
  if (/,/.test(String(expected) + actual) && comparable(givenNameFirst(unwrapAnswer(actual))) === comparable(givenNameFirst(String(expected)))) return outcome(true, 'normalized: the same name with the surname first or last');
  const replaced = replacedValue(String(expected), actual);
  if (replaced !== null) return { ...outcome(replaced.pass, `normalized: the answer ${replaced.reason}`), uncertain: true };
  const elsewhere = settledElsewhere(String(expected), actual);
  if (elsewhere !== null) return { ...outcome(false, `normalized: the answer ${elsewhere}`), uncertain: true };
  if (settledOn(String(expected), actual) || reaffirmed(String(expected), actual) || chosen(String(expected), actual)) return { ...outcome(true, `normalized: the answer concludes on ${JSON.stringify(String(expected))}`), uncertain: true };
  const over = passedOver(String(expected), actual);
  if (over !== null) return { ...outcome(false, `normalized: the answer ${over}`), uncertain: true };
  const predicate = predicatesOf(actual).find((p) => comparableOrLetter(p) === gold);
  if (predicate !== undefined) {
    return outcome(true, `normalized: the answer states ${JSON.stringify(predicate)}`);
  }
  // "North-East" and "North East" for "Northeast", "WiFi 6E" for "Wi-Fi 6E": a compound written open or hyphenated.
  const closed = (s: string): string => s.replace(/ /g, '');
  if (/^[\p{L}\p{N} ]+$/u.test(gold) && /\p{L}/u.test(gold) && [answer, comparableOrLetter(withoutCategoryNoun(actual))].some((a) => closed(a) === closed(gold))) return outcome(true, `normalized: ${JSON.stringify(actual.trim())} is ${JSON.stringify(String(expected))} written open or closed`);
  if (comparableOrLetter(withoutCategoryNoun(actual)) === gold) return outcome(true, `normalized: ${JSON.stringify(actual.trim())} names ${JSON.stringify(String(expected))}`);
  // "Stage -> proposal/price quote ✅": the value an arrow leads to, as for `exact`.
  const arrived = arrowTarget(actual);
  if (arrived !== null && comparableOrLetter(arrived) === gold) return outcome(true, `normalized: the answer arrives at ${JSON.stringify(arrived)}`);
  // "Billing discrepancies (…) — 37% of cases": the gold's last word in the plural, opening the answer.
  const head = unwrapAnswer(actual).split(/\s*[(:]|\s[-\u2013\u2014]\s/)[0] ?? '';
  if (head !== unwrapAnswer(actual) && /^[\p{L} ]+$/u.test(gold) && comparable(head).replace(/ /g, '') === gold.replace(/ /g, '')) return { ...outcome(true, `normalized: the answer opens with ${JSON.stringify(head)}`), uncertain: true };
  if (/\s/.test(String(expected).trim()) && comparable(head.replace(/(?<=\p{L}{3})(?:ies|(?<=(?:s|x|z|ch|sh))es|s)$/u, (m) => (m === 'ies' ? 'y' : ''))) === gold) return { ...outcome(true, `normalized: ${JSON.stringify(head)} is ${JSON.stringify(String(expected))} in the plural`), uncertain: true };
  const month = sameMonth(String(expected), actual);
  if (month) return month;
  const opening = openingValue(actual);
  if (opening !== null && !comparable(opening).includes(gold)) return { ...outcome(false, `normalized: the answer opens with ${JSON.stringify(opening)}; what follows discusses other values`), uncertain: true };
  // Letters only: a number gold ("5") inside a sentence is for `number` to find.
  if (/\p{L}/u.test(String(expected)) && !isBarePhrase(actual, String(expected))) {
    const mention = mentionOf(String(expected), actual);
    if (mention) return { ...outcome(mention.pass, `normalized: ${mention.reason}`), uncertain: true };
  }
  return outcome(false, `normalized: ${JSON.stringify(answer)} is not ${JSON.stringify(gold)}`);
}

const ROMAN: Record<string, string> = { II: '2', III: '3', IV: '4', VI: '6', VII: '7', VIII: '8', IX: '9' };

/** A Roman numeral of two letters or more that ends a name ("Grinder II") as digits; "I", "V" and "X" are words or letters. */
function romanAsDigits(text: string): string {
  return text.replace(/(?<=\p{L}\s)(II|III|IV|VI|VII|VIII|IX)(?=\s*[.!]?\s*$)/u, (r) => ROMAN[r] ?? r);
}

/**
 * "Unlimited Plus (5G)" for "Unlimited Plus 5G": the gold's last words in parentheses right after its first ones are
 * part of the name, not an aside.
 */
function nameInParentheses(gold: string, answer: string): string {
  const words = gold.trim().split(/\s+/);
  for (let k = 1; k < words.length; k += 1) {
    const head = words.slice(0, k).map(escapeRegExp).join('\\s+');
    const tail = words.slice(k).map(escapeRegExp).join('\\s+');
    const joined = answer.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${head})(\\**)\\s*\\(\\s*(${tail})\\s*\\)`, 'iu'), '$1 $3$2');
    if (joined !== answer) return joined;
  }
  return answer;
}

function spelledAsDigits(text: string): string {
  let out = text;
  for (const w of findNumberWords(text).reverse()) out = `${out.slice(0, w.start)}${w.value}${out.slice(w.end)}`;
  return out;
}

const UP = /\b(?:up|rose|risen|rise|increased?|increasing|grew|grown|growth|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|higher|more|added|improved?)\b/i;
const DOWN = /\b(?:minus|negative|down|fell|fallen|fall|decreased?|decreasing|declined?|drop(?:ped)?|lost|loss|lower|less|fewer|shrank|cut|reduced?|reduction)\b/i;

/**
 * A signed change gold ("+12%", "-3") against an answer that gives the
 * direction in words: "up 12 %" and "an increase of 12%" are "+12%", "down
 * 12%" is "-12%". `null` when the gold is not signed or the answer gives no
 * single quantity of the gold's kind.
 */
function signedChange(expected: string, actual: string): MatchOutcome | null {
  if (!/^\s*[+\-\u2212]\s?\d/.test(expected)) return null;
  const gold = findQuantities(expected)[0];
  const kind = gold?.kind;
  const values = findQuantities(actual).filter((q) => q.kind === kind && !q.year && !q.date && !q.id);
  const q = values[0];
  if (!gold || !q || values.some((v) => Math.abs(v.value) !== Math.abs(q.value))) return null;
  const around = `${actual.slice(Math.max(0, q.start - 25), q.start)} ${actual.slice(q.end, q.end + 12)}`;
  const written = /^[+\-\u2212]/.test(q.raw.trim());
  const up = UP.test(around);
  const down = DOWN.test(around);
  const value = written || up === down ? q.value : up ? Math.abs(q.value) : -Math.abs(q.value);
  const pass = value === gold.value;
  return outcome(pass, `normalized: the answer's change ${JSON.stringify(q.raw.trim())}${up !== down ? ` (${up ? 'up' : 'down'})` : ''} ${pass ? 'is' : 'is not'} ${JSON.stringify(expected)}`);
}

/**
 * A month gold ("8/2024", "August 2024") against the first month the answer
 * names, in any of its written forms ("Aug 2024", "2024-08"). `null` when the
 * gold is not a month or the answer names none; a fail when the first month
 * differs or comes with an alternative ("May or June 2025").
 */
function sameMonth(expected: string, actual: string): MatchOutcome | null {
  const gold = monthYears(expected)[0];
  if (!gold || gold.start !== 0 || gold.end !== expected.trim().length) return null;
  const [first, second] = monthYears(actual);
  if (!first) return null;
  const written = actual.slice(first.start, first.end);
  if (first.year !== gold.year || first.month !== gold.month) return outcome(false, `normalized: the answer names the month ${JSON.stringify(written)}, not ${JSON.stringify(expected)}`);
  if (second && /^\s*(?:or|and|to|through|-|\/)\s*$/i.test(actual.slice(first.end, second.start))) return outcome(false, `normalized: ${JSON.stringify(written)} is one of several months`);
  return outcome(true, `normalized: the answer names the month ${JSON.stringify(written)}`);
}
