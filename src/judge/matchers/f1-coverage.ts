/**
 * Token F1 punishes a verbose answer for its precision: "Opened electronics can
 * be returned within 30 days from delivery, as long as they're in the
 * original packaging" scores 0.48 against "30 days from delivery with original
 * packaging" though it says all of it. When one sentence of the answer holds
 * every content word of a gold of four or more, the answer states the gold;
 * the f1 matcher's checks for negation, changed stance and replaced words
 * still apply.
 */
import { foldText } from '../../text/fold.js';
import { stemmedTokens } from './substitution.js';
import { FRAME } from './f1-reading.js';

/** Whether one sentence of the answer holds every content word (four letters or more and not a relation or pronoun, or a number) of the gold. */
export function coversGold(gold: string, answer: string): boolean {
  const content = [...new Set(stemmedTokens(foldText(gold)).filter((w) => /\d/.test(w) || (w.length > 3 && !FRAME.test(w))))];
  // The gold word for word is statesGold's to judge (it refuses "either … or …" and the like).
  if (content.length < 4 || foldText(answer).toLowerCase().includes(foldText(gold).toLowerCase())) return false;
  return foldText(answer).split(/[.;!?\n](?:\s|$)/).some((sentence) => {
    // "either … or …", "whether …": a sentence that leaves the claim open does not state it.
    if (/\b(?:either|whether|can ?not tell|can't tell|not sure|unclear)\b/i.test(sentence)) return false;
    const words = new Set(stemmedTokens(sentence));
    return content.every((w) => words.has(w));
  });
}
