/**
 * The `f1` matcher: SQuAD token F1 between the normalised gold and answer, the
 * metric CRMArena reports for its free-text tasks (knowledge_qa,
 * sales_insight_mining). Tokens are counted as a multiset, so a repeated word
 * only matches as often as it occurs on both sides. Token overlap is blind to
 * negation ("not covered by the warranty" shares every word of "covered by the
 * warranty"), so an answer with more negations than the gold fails whatever
 * its F1.
 */
import { answerTokens } from '../normalize.js';
import { foldText } from '../../text/fold.js';
import type { MatchOutcome } from './outcome.js';
import { assertedNegations, stanceChange, stemmedTokens, substitutionIn } from './substitution.js';
import { oppositeWord } from './f1-opposite.js';
import { coversGold } from './f1-coverage.js';
import { headSwap, majorityElsewhere, rankedBelow, statesGold } from './f1-reading.js';
import { spellingKey } from './spelling-variants.js';
import { slotSwap } from './f1-slot-swap.js';
import { claimSentences } from './f1-claim.js';

/** Words that deny without a negation word: "water damage is excluded", "the warranty is void", "non-refundable". */
const EXCLUSION = /\b(?:exclude[sd]?|exclusions?|void|voids|voided|denied|denies|refused|ineligible|prohibited|forbidden|non-?[a-z]{4,})\b/gi;

/**
 * The score at or above which an `f1` answer passes when the scenario sets no
 * `threshold`. 0.5 means at least half the tokens overlap in both directions:
 * a paraphrase of the gold passes, an answer that shares a few common words
 * with it does not. The score itself is always reported.
 */
export const DEFAULT_F1_THRESHOLD = 0.5;

/**
 * Token F1 in 0..1 between `expected` and `actual` after SQuAD normalisation.
 * Two answers that are both empty after normalisation score 1; one empty side
 * scores 0. (The scenario generator uses this raw score; the matcher adds
 * folding and the negation rule.)
 *
 * @example tokenF1('the quick brown fox', 'quick brown dog') // 0.666…
 */
export function tokenF1(expected: string | number, actual: string): number {
  const gold = answerTokens(String(expected));
  const predicted = answerTokens(actual);
  if (gold.length === 0 || predicted.length === 0) return gold.length === predicted.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const token of gold) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      remaining.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * The `f1` verdict: token F1 on folded text (diacritics, width, quotes),
 * passing at `threshold`; an empty side, or an answer that negates where the
 * gold does not, fails with score 0.
 *
 * @example f1Match('covered by the warranty', 'Not covered by the warranty.', 0.5).pass // false
 */
export function f1Match(expected: string | number, actual: string, threshold = DEFAULT_F1_THRESHOLD): MatchOutcome {
  // "color" for "colour", "license" for "licence": one spelling for both sides.
  const gold = oneSpelling(foldText(String(expected)));
  const answer = oneSpelling(foldText(actual));
  if (answerTokens(gold).length === 0 || answerTokens(answer).length === 0) {
    return { pass: false, score: 0, reason: 'f1: an empty side never matches' };
  }
  // "rarely", "seldom", "hardly" deny in degree: "Customers rarely complain about delays" for "… complain about delays".
  const rarely = (text: string): number => (text.match(/\b(?:rarely|seldom|hardly|scarcely)\b|(?<!\ba\s)\bfew\b/gi) ?? []).length;
  const extra = assertedNegations(asides(answer, gold)) + rarely(answer) - assertedNegations(gold) - rarely(gold);
  if (extra > 0) return { pass: false, score: 0, reason: `f1: the answer negates where the gold does not (${extra} more negation${extra > 1 ? 's' : ''})` };
  // "The warranty does not cover water damage" ← "water damage is covered": a negation the gold asserts and the answer drops
  // ("excluded", "void" and the like say it in other words).
  const dropped = assertedNegations(gold) - assertedNegations(asides(answer, gold)) - (answer.match(EXCLUSION) ?? []).length;
  if (dropped > 0) return { pass: false, score: 0, reason: `f1: the gold negates where the answer does not (${dropped} fewer negation${dropped > 1 ? 's' : ''})` };
  // "… to the original payment method (usually 5–7 business days)": a parenthesis is an aside; the claim is outside it.
  const unbracketed = answer.replace(/\([^()]*\)/g, ' ');
  const claim = !/\(/.test(gold) && stemmedTokens(unbracketed).length >= 3 ? unbracketed : answer;
  // "… get a full refund, per the airline's policy. After that, basic economy is non-refundable.": sentences of their
  // own that share no content word with the gold are asides too (f1-claim.ts).
  const about = claimSentences(gold, claim);
  const scoreOf = (text: string): number => tokenF1(stemmedTokens(gold).join(' '), stemmedTokens(text).join(' '));
  const score = Math.max(scoreOf(claim), about === null ? 0 : scoreOf(about));
  // "Better reporting dashboards (19 mentions); offline mode for the mobile app was a distant second": the runner-up.
  const below = rankedBelow(gold, answer);
  if (below !== null) return { pass: false, score, reason: `f1: token F1 ${score.toFixed(3)}, but the answer ${below}` };
  const main = asides(answer, gold);
  // "… prospects found our pricing too high compared to competitors (cited in 21 of 37) …": the gold word for word.
  const stated = score < threshold && (statesGold(gold, main) || coversGold(gold, main));
  const pass = score >= threshold || stated;
  const swap = pass ? (stanceChange(gold, main) ?? oppositeWord(gold, main) ?? substitutionIn(gold, main) ?? slotSwap(gold, main, [String(expected), actual]) ?? headSwap(gold, main) ?? majorityElsewhere(gold, main)) : null;
  if (swap !== null) return { pass: false, score, reason: `f1: token F1 ${score.toFixed(3)}, but the answer ${swap}` };
  if (stated) return { pass, score, reason: `f1: token F1 ${score.toFixed(3)} < ${threshold}, but the answer states the gold word for word` };
  return { pass, score, reason: `f1: token F1 ${score.toFixed(3)} ${pass ? '≥' : '<'} ${threshold}` };
}

/**
 * The answer without an opening "No," (it answers a yes/no question; the claim follows, so it neither adds nor
 * keeps a negation) and without asides that
 * negate something the gold does not mention: "(not accidental damage or normal wear)", ", no minimum", or a
 * sentence of its own ("Accidental damage isn't included."). A negation
 * of the gold's own words ("…, not on sale items" for a gold about sale items) stays.
 */
function asides(answer: string, gold: string): string {
  const goldWords = new Set(stemmedTokens(gold));
  const aboutGold = (text: string): boolean => {
    // Short words count only when there is nothing longer ("without a fee").
    const tokens = stemmedTokens(text);
    const long = tokens.filter((w) => /\d/.test(w) || w.length > 3);
    const content = long.length > 0 ? long : tokens;
    return content.filter((w) => goldWords.has(w)).length * 2 > content.length;
  };
  // "… for a period of two years. Accidental damage isn't included.": a sentence of its own that negates something
  // the gold does not mention (none of its content words) is an aside too.
  const sentences = answer.split(/(?<=[.!?])\s+/);
  const apart = (sentence: string): boolean => assertedNegations(sentence) > 0 && !stemmedTokens(sentence).some((w) => (/\d/.test(w) || w.length > 3) && goldWords.has(w));
  const kept = sentences.length > 1 ? sentences.filter((sentence) => !apart(sentence)).join(' ') : answer;
  return kept
    .replace(/^\W*(?:no|nope)\s*[,.!:;\u2014\u2013-]/i, ' ')
    // "no later than Friday", "no more than 3": a bound, not a negation.
    .replace(/\bnot? (?:later|earlier|more|less|fewer) than\b/gi, 'by')
    // "without" negates its own object wherever it stands ("for teams without a dedicated admin").
    .replace(/(?:(?<=^|[,;(\u2014\u2013])\s*(?:(?:but|and|though|yet)\s+)?(?:not|no|never)|\bwithout)\b([^,;()\u2014\u2013.]*)/gi, (whole, rest: string) => {
      // About the gold when most of its content words are the gold's ("not for three years but one"), not one shared word
      // ("(no weekend shipping)" beside "orders ship …").
      return aboutGold(rest) ? whole : ' ';
    });
}

/** The text with each word in American spelling ("colour" → "color"), other words as written. */
function oneSpelling(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    const key = spellingKey(word);
    return key === word.toLowerCase() ? word : key;
  });
}
