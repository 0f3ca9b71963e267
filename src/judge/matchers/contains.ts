/**
 * The `contains` matcher, for golds that must appear somewhere in a longer
 * answer ("the refund was approved", a confirmation code). The gold must
 * occur as whole words after folding case, width, quotes and diacritics
 * (numbers and ordinals count as digits: "two-year" = "2-year"), not right
 * after a negation ("not approved"), and not be superseded by the same
 * phrase with another value ("seat 14C was taken, so … seat 14D").
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';
import { findNumberWords } from '../../text/number-words.js';
import { comparable, countNegations } from './answer-text.js';
import { outcome, type MatchOutcome } from './outcome.js';

const NEGATED_BEFORE = /\b(?:not|no|never|without|cannot|\w+n t|can t|won t)\s+(?:\w+\s+){0,2}$/;

/**
 * Whether the answer contains the gold as a phrase, not negated.
 *
 * @example containsMatch('refund approved', 'Good news: your refund approved today.').pass // true
 */
export function containsMatch(expected: string | number, actual: string): MatchOutcome {
  const gold = comparable(withDigits(String(expected)));
  const answer = ` ${comparable(withDigits(actual))} `;
  if (gold === '' || answer.trim() === '') return outcome(false, 'contains: an empty side never matches');
  const at = answer.indexOf(` ${gold} `);
  if (at < 0) return outcome(false, `contains: ${JSON.stringify(normalizeAnswer(foldText(String(expected))))} does not occur in the answer`);
  if (NEGATED_BEFORE.test(answer.slice(Math.max(0, at - 40), at + 1))) return outcome(false, `contains: ${JSON.stringify(gold)} occurs only negated`);
  // "A SIM swap isn't possible": a negation in the words right after the phrase denies it too.
  const after = answer.slice(at + gold.length + 1).split(' ').filter(Boolean).slice(0, 3).join(' ');
  if (countNegations(after.replace(/ t\b/g, "'t")) > 0) return outcome(false, `contains: ${JSON.stringify(gold)} is denied ("… ${after}")`);
  const rival = laterRival(gold, answer);
  if (rival !== null) return outcome(false, `contains: the answer settles on ${JSON.stringify(rival)}, not ${JSON.stringify(gold)}`);
  return outcome(true, `contains: the answer contains ${JSON.stringify(gold)}`);
}

const ORDINALS: Readonly<Record<string, string>> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th',
};

/** Spelled-out numbers and ordinals as digits, on both sides: "a two-year warranty" contains "2-year warranty". */
function withDigits(text: string): string {
  let out = text;
  for (const w of findNumberWords(text).reverse()) out = `${out.slice(0, w.start)}${w.value}${out.slice(w.end)}`;
  return out.replace(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/gi, (m) => ORDINALS[m.toLowerCase()] ?? m);
}

/**
 * When the gold phrase holds a value with a digit ("seat 14C", "3rd floor"),
 * the same phrase with another value later in the answer supersedes it:
 * "Seat 14C was taken, so I assigned you seat 14D." Returns that phrase.
 */
function laterRival(gold: string, answer: string): string | null {
  const words = gold.split(' ');
  const slot = words.findIndex((w) => /\d/.test(w));
  if (slot < 0 || words.length < 2) return null;
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(` ${words.map((w, i) => (i === slot ? '([\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*)' : escape(w))).join(' ')}(?= )`, 'gu');
  const last = [...answer.matchAll(pattern)].pop();
  return last !== undefined && last[1] !== words[slot] ? last[0].trim() : null;
}
