/**
 * The sentences of an answer that make its claim. Agents wrap a one-sentence
 * answer in a greeting, a sign-off, a next step or a word on another case
 * ("Bookings cancelled within 24 hours get a full refund, per the airline's
 * policy. After that, basic economy is non-refundable."). A careful reader
 * takes a sentence of its own that shares no content word with the gold as
 * an aside, as the f1 matcher already does with a parenthesis and with a
 * sentence that negates something the gold does not mention; token F1 then
 * measures the claim's precision, not the answer's length. The sentences that
 * do share a word with the gold all stay, so a caveat about the gold's own
 * subject still counts against it, and the matcher's checks for negation,
 * stance and replaced words still read the whole answer.
 */
import { stemmedTokens } from './substitution.js';
import { FRAME } from './f1-reading.js';

/** A word that carries content: four letters or more and no relation or pronoun, or one with a digit. */
const contentWord = (w: string): boolean => /\d/.test(w) || (w.length > 3 && !FRAME.test(w));

/**
 * A sentence that opens by pointing back at what came before and dates or takes back the claim ("That was the old
 * policy; it changed in March.", "Previously it was 3 days.") speaks about the claim, whatever its words: it stays in
 * the claim. One that only goes on ("That fixes the loop in most cases.") is left to the shared-word test.
 */
const POINTS_BACK = /^\W*(?:that|this|it|these|those)\b/i;
const TAKES_BACK = /n't\b|\b(?:was|were|used to|old|former|previous|earlier|changed?|no longer|not|anymore|outdated|replaced|updated|revised|superseded|expired|ended)\b/i;
const DATES_BACK = /^\W*(?:the (?:old|former|previous|earlier)|previously|formerly|until|before that|as of)\b/i;
const refersBack = (sentence: string): boolean => DATES_BACK.test(sentence) || (POINTS_BACK.test(sentence) && TAKES_BACK.test(sentence));

/**
 * The answer's sentences that share a content word with the gold, or refer back to one, joined, when
 * at least one other sentence shares none; `null` when every sentence, or none,
 * is about the gold.
 *
 * @example claimSentences('orders ship within 2 days', 'Hi! Orders ship within 2 days. Anything else?') // 'Orders ship within 2 days.'
 */
export function claimSentences(gold: string, answer: string): string | null {
  const goldWords = new Set(stemmedTokens(gold).filter(contentWord));
  const sentences = answer.split(/(?<=[.!?])\s+|\n+/).filter((s) => stemmedTokens(s).length > 0);
  const about = sentences.filter((s) => refersBack(s) || stemmedTokens(s).some((w) => contentWord(w) && goldWords.has(w)));
  return about.length > 0 && about.length < sentences.length ? about.join(' ') : null;
}
