/**
 * Near-miss free-text answers that token F1 scores well: the answer keeps the
 * gold's frame and swaps out what it says. "The warranty covers accidental
 * damage for two years" shares five of seven words with "The warranty covers
 * manufacturing defects for two years" and means something else. A careful
 * reader fails it; so does this check, with three general rules:
 *
 * - a number is replaced ("above $500" for "above $100");
 * - between two words both texts share, the gold's content words are all
 *   replaced by other content words (two or more on each side);
 * - between two shared words, the answer inserts a contrast ("onboarding is
 *   quick but support takes too long").
 *
 * Negations are counted outside conditions: "if that doesn't fix it, reset
 * …" asserts nothing negative.
 */
import { findQuantities } from '../../text/quantities.js';
import { SECONDS_PER_UNIT } from '../../text/durations.js';
import { findNumberWords } from '../../text/number-words.js';
import { answerTokens } from '../normalize.js';
import { countNegations } from './answer-text.js';
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { phrasesAsWords, SYNONYMS } from './synonyms.js';
import { amountsAsWords } from './amounts-as-words.js';

/** Function words: a gap made only of these changes nothing a reader cares about (the one-slot check in f1-slot-swap.ts ignores them too). */
export const FUNCTION_WORDS = new Set(
  'a an the to of for in on at by with from as into onto over under above below within about than then and or but so if is are was were be been being am do does did has have had will would can could shall should may might must it its this that these those there here their they them you your we our us i me my he she his her all any some each every very just also only usually generally typically mostly mainly first then after before up down out off not no'.split(
    ' ',
  ),
);
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet', 'except']);

/**
 * Stemmed words of time, order, cause and comparison that frame a claim rather than fill one of its slots, for the
 * slot checks here and in f1-slot-swap.ts: "after" for "before" changes a relation, which other checks read.
 */
export const RELATION_WORD = /^(?:until|unless|when|whil|while|compar|compared|versu|versus|after|befor|before|becaus|because|since|unlik|unlike|releas|then|first|last|next|dur)$/;

/**
 * Tokens for comparison: SQuAD-normalised, number words as digits, with a
 * light stemmer (plural and verb endings) so that "returns are accepted"
 * and "you can return" share "return".
 *
 * @example stemmedTokens('Two returns accepted') // ['2', 'return', 'accept']
 */
export function stemmedTokens(text: string): string[] {
  const phrased = phrasesAsWords(amountsAsWords(spelledAsDigits(text)));
  return answerTokens(phrased.replace(/%/g, ' percent ').replace(/(?<=\p{L})'s\b/gu, '')).map((t) => SYNONYMS.get(t) ?? SYNONYMS.get(stem(t)) ?? stem(t));
}

/**
 * A light stemmer: plural, verb and noun endings ("quotes", "quoted",
 * "approval", "approved" → "quot", "approv"). Words of four letters or fewer
 * stay as they are.
 */
function stem(token: string): string {
  if (token.length <= 4 || /\d/.test(token)) return token;
  let t = token
    .replace(/ies$/, 'y')
    .replace(/(?<=ss|x|z|ch|sh)es$/, '')
    .replace(/(?<!s)s$/, '');
  // "cancelling" and "cancelled" stem as "cancel": a doubled consonant left by the ending goes too.
  if (t.length > 5) t = t.replace(/(?:ing|ed|er|est|al|ation|ion)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return t.length > 4 ? t.replace(/e$/, '') : t;
}

/**
 * Negations the text asserts: `countNegations` without the ones inside a
 * condition ("if that doesn't fix it", "unless you can't log in").
 *
 * @example assertedNegations("If that doesn't work, restart it.") // 0
 */
export function assertedNegations(text: string): number {
  return countNegations(text.replace(/\b(?:if|unless|in case|whether)\b[^,.;:!?]*[,.;:!?]?/gi, ' '));
}

/**
 * Why the answer swaps out part of the gold, or `null` when it does not.
 *
 * @example substitutionIn('covers manufacturing defects for two years', 'covers accidental damage for two years') // 'replaces "manufacturing defects" with "accidental damage"'
 */
export function substitutionIn(gold: string, answer: string): string | null {
  // "unhappy" and "happy", "unpaid" and "paid": a negating prefix the other side lacks.
  const goldWords = new Set(stemmedTokens(gold));
  const answerWords = new Set(stemmedTokens(answer));
  for (const [from, to] of [[goldWords, answerWords], [answerWords, goldWords]] as const) {
    for (const w of from) {
      const base = /^(?:un|non|dis|in)(\p{L}{3,})$/u.exec(w)?.[1];
      if (base !== undefined && to.has(base) && !from.has(base)) return `reverses "${w}" as "${base}"`;
    }
  }
  // Durations are compared below, in seconds: "72 hours" says what "3 days" says.
  const goldNumbers = new Set(findQuantities(gold).filter((q) => q.unit === undefined || SECONDS_PER_UNIT[q.unit] === undefined).map((q) => Math.abs(q.value)));
  const answerNumbers = new Set(findQuantities(answer).filter((q) => q.unit === undefined || SECONDS_PER_UNIT[q.unit] === undefined).map((q) => Math.abs(q.value)));
  const lost = [...goldNumbers].filter((n) => !answerNumbers.has(n));
  const added = [...answerNumbers].filter((n) => !goldNumbers.has(n));
  if (lost.length > 0 && added.length > 0) return `says ${added[0]} where the gold says ${lost[0]}`;
  // "delivered in 2 weeks" for "delivered in 2 days": the same number of another time unit is another duration ("48 hours" is "2 days").
  const goldDurations = durationsIn(gold);
  const answerDurations = durationsIn(answer);
  const lostDuration = goldDurations.find((d) => !answerDurations.some((a) => Math.abs(a.seconds - d.seconds) <= 0.01 * d.seconds));
  const addedDuration = answerDurations.find((a) => !goldDurations.some((d) => Math.abs(a.seconds - d.seconds) <= 0.01 * d.seconds));
  if (lostDuration && addedDuration) return `says "${addedDuration.raw}" where the gold says "${lostDuration.raw}"`;
  // Equal durations in other units ("72 hours" for "3 days") are no substitution: their tokens are left out below.
  const sameDurations = goldDurations.length > 0 && lostDuration === undefined && addedDuration === undefined;
  const timeless = (tokens: string[]): string[] => (sameDurations ? tokens.filter((t) => !TIME_TOKEN.test(t)) : tokens);
  const g = timeless(stemmedTokens(gold));
  const a = timeless(stemmedTokens(answer));
  const pairs = alignment(g, a);
  for (let k = 0; k + 1 < pairs.length; k += 1) {
    const [gi, ai] = pairs[k] as [number, number];
    const [gj, aj] = pairs[k + 1] as [number, number];
    const goldGap = g.slice(gi + 1, gj);
    const answerGap = a.slice(ai + 1, aj);
    const goldContent = goldGap.filter((t) => !FUNCTION_WORDS.has(t));
    const answerContent = answerGap.filter((t) => !FUNCTION_WORDS.has(t));
    if (goldContent.length >= 2 && answerContent.length >= 2) return `replaces "${goldGap.join(' ')}" with "${answerGap.join(' ')}"`;
    // "sent to the billing contact" → "sent to the technical contact": one slot of the same frame filled differently.
    // Not when the answer says the gold's word elsewhere ("the schedule is reset" for "resets the schedule"): it reorders.
    if (goldGap.length === 1 && answerGap.length === 1 && goldContent.length === 1 && answerContent.length === 1 && !answerWords.has(goldGap[0] ?? '') && (goldGap[0] ?? '').length >= 3 && (answerGap[0] ?? '').length >= 3 && !FUNCTION_WORDS.has(g[gj] ?? '')) {
      return `replaces "${goldGap[0]}" with "${answerGap[0]}"`;
    }
    // "for first-time offenders" → "for repeat offenders": a slot of one or two content words filled with other ones.
    const slotWord = (t: string): boolean => t.length >= 4 && !RELATION_WORD.test(t);
    if (goldGap.length + answerGap.length === 3 && goldContent.some(slotWord) && answerContent.some(slotWord) && !goldGap.some((t) => answerGap.some((u) => t.slice(0, 4) === u.slice(0, 4))) && !FUNCTION_WORDS.has(g[gj] ?? '')) {
      return `replaces "${goldGap.join(' ')}" with "${answerGap.join(' ')}"`;
    }
    if (answerGap.some((t) => CONTRAST.has(t)) && !goldGap.some((t) => CONTRAST.has(t)) && answerContent.length > 0) return `inserts a contrast ("${answerGap.join(' ')}")`;
  }
  // "… because the price increased" → "… because the service kept failing": the ends after the last shared word differ.
  const last = pairs[pairs.length - 1];
  if (last) {
    const goldTail = g.slice(last[0] + 1).filter((t) => !FUNCTION_WORDS.has(t));
    const answerTail = a.slice(last[1] + 1).filter((t) => !FUNCTION_WORDS.has(t));
    if (goldTail.length >= 2 && answerTail.length >= 2 && !goldTail.some((t) => answerTail.includes(t))) return `ends with "${answerTail.join(' ')}" where the gold ends with "${goldTail.join(' ')}"`;
  }
  return null;
}


/** A number or a time unit among stemmed tokens. */
const TIME_TOKEN = /^(?:\d[\d.,]*|hours?|hrs?|minut\w*|mins?|second\w*|secs?|days?|weeks?|months?|years?)$/;

/** The durations written in a text ("2 days", "48 hours"), in seconds. */
function durationsIn(text: string): { seconds: number; raw: string }[] {
  return findQuantities(text).flatMap((q) => {
    const unit = q.unit === undefined ? undefined : SECONDS_PER_UNIT[q.unit];
    return unit === undefined ? [] : [{ seconds: Math.abs(q.value) * unit, raw: `${q.raw} ${q.unit}${Math.abs(q.value) === 1 ? '' : 's'}` }];
  });
}

/** Index pairs of a longest common subsequence of two token lists. */
function alignment(g: readonly string[], a: readonly string[]): [number, number][] {
  const table = Array.from({ length: g.length + 1 }, () => new Array<number>(a.length + 1).fill(0));
  for (let i = g.length - 1; i >= 0; i -= 1) {
    for (let j = a.length - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] = g[i] === a[j] ? ((table[i + 1] as number[])[j + 1] as number) + 1 : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < g.length && j < a.length) {
    if (g[i] === a[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Words that make a statement an obligation, a permission, or a claim about all, some or none. */
const STANCE: Readonly<Record<string, RegExp>> = {
  obligation: /\b(?:must|shall|required?|requires|requiring|needs?|needed|ha(?:ve|s|d) to|mandatory|obligatory|compulsory|obliged|obligated)\b/,
  permission: /\b(?:can|may|could|might|allowed|permitted|able|optional|free to)\b/,
  universal: /\b(?:all|every|each|always|everyone|everybody|everything)\b/,
  partial: /\b(?:some|several|few|certain|most|many|sometimes|occasionally|usually|often|not all|part of)\b/,
  none: /\b(?:no|none|never|nobody|nothing)\b/,
};

/** The text with its spelled numbers in digits: "over fifty dollars" → "over 50 dollars". */
function spelledAsDigits(text: string): string {
  let out = text;
  for (const w of findNumberWords(text).reverse()) out = `${out.slice(0, w.start)}${w.value}${out.slice(w.end)}`;
  return out;
}

/** A limit on what a statement covers: a bound with a number ("over $50", "at least 3 hours") or an exception ("only charged on"). */
const SCOPE = /\b(?:(?:over|above|under|below|at least|more than|less than|fewer than|up to|exceeding|exceeds?|exceeded|of at least|of over|\w+er than)\s+[$€£]?\d[\d.,]*(?:\s*(?:%|percent|hours?|days?|minutes?|items?|nights?|dollars?|euros?|miles?|km))?|except|excluding|unless|only (?:\w+ed )?(?:if|when|for|on))\b/;

/** An opening "For … over $500," phrase, where a bound states the premise. */
const PREMISE = /^\W*for\b[^,.;:]*,/i;

/**
 * Whether the answer changes the gold's modality (an obligation into a
 * permission: "must be approved by the director" → "can be approved by any
 * rep") or its quantifier ("all refunds" → "some refunds", "no fees" → "all
 * fees"), or `null` when it keeps them. Only a stance the gold states is
 * checked: "usually within 5 days" for a general rule is a paraphrase.
 *
 * @example stanceChange('Refunds must be approved by a manager', 'Refunds can be approved by any agent') // 'says "can" (permission) where the gold states an obligation'
 */
export function stanceChange(gold: string, answer: string): string | null {
  const g = foldText(gold);
  const a = foldText(answer);
  const has = (text: string, kind: string): string | null => (STANCE[kind] as RegExp).exec(text)?.[0] ?? null;
  const modal = (kind: string, other: string): string | null => {
    const said = has(a, other);
    return has(g, kind) !== null && has(a, kind) === null && said !== null ? `says "${said}" (${other}) where the gold states ${kind === 'obligation' ? 'an obligation' : 'a permission'}` : null;
  };
  const modality = modal('obligation', 'permission') ?? modal('permission', 'obligation');
  if (modality !== null) return modality;
  // "on orders over $50" for "on all orders": a bound or an exception the gold lacks narrows what it claims ("over fifty
  // dollars" is the same bound, in words).
  const [gd, ad] = [spelledAsDigits(g), spelledAsDigits(a)];
  // "For refunds over $500, the agent must …": a bound in an opening "for …," phrase states the case the claim is about
  // (the question's premise), not a limit on it.
  const narrowed = SCOPE.exec(ad.replace(PREMISE, ' '));
  // "up to 30 days after delivery" for "30 days from delivery": the window the gold states, given as its limit.
  const window = narrowed !== null && /^up to\s+\d.*\b(?:hours?|days?|minutes?|nights?)$/.test(narrowed[0]) && new RegExp(`(?<![\\d.,])${escapeRegExp(narrowed[0].replace(/^up to\s+/, ''))}\\b`).test(gd);
  if (narrowed !== null && !window && !SCOPE.test(gd)) return `narrows the claim ("${narrowed[0]}") where the gold has no such limit`;
  // "…, but only for new customers" beside a gold with a bound only: an exception the gold lacks still narrows it.
  const exception = /\b(?:except|excluding|unless|but only (?:\w+ed )?(?:if|when|for|on))\b/.exec(ad);
  if (exception !== null && !/\b(?:except|excluding|unless|only)\b/.test(gd)) return `narrows the claim ("${exception[0]}") where the gold has no such exception`;
  // "on all orders" for "on orders above $25": the limit the gold states is dropped ("$25 or more" keeps it, as "until 24
  // hours before" keeps "up to 24 hours before").
  const limit = SCOPE.exec(gd);
  // "excluding accidental damage" is kept by "Accidental damage is excluded" and "(not accidental damage)".
  const excepted = limit !== null && /^(?:except|excluding)$/.test(limit[0]) && /\b(?:exclud\w*|except\w*|not|no)\b/.test(a);
  if (limit !== null && !excepted && !SCOPE.test(ad) && !/\d[\d.,]*\s*(?:[\p{L}$€£%]+\s+){0,2}(?:or more|or over|or above|or higher|or longer|and up|and above|plus)\b|\b(?:minimum|maximum|at most)\b|\b(?:until|till|no later than)\s+\d/u.test(a)) return `drops the gold's limit ("${limit[0]}")`;
  const goldQuantifier = ['universal', 'partial', 'none'].filter((k) => has(g, k) !== null);
  const answerQuantifier = ['universal', 'partial', 'none'].filter((k) => has(a, k) !== null);
  // Only a quantifier the gold states: "usually within 5 days" paraphrases a general rule well enough.
  if (goldQuantifier.length === 0 || answerQuantifier.length === 0 || answerQuantifier.some((k) => goldQuantifier.includes(k))) return null;
  const changed = answerQuantifier[0] as string;
  // "no refunds" → "all refunds" is a reversal; "no" alone in the answer is a negation, which f1 counts separately.
  if (changed === 'none' && !goldQuantifier.includes('none')) return null;
  return `says "${has(a, changed)}" where the gold says "${has(g, goldQuantifier[0] as string)}"`;
  return null;
}
