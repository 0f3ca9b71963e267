/**
 * A value the answer names only as what it checked and found kept. "I reviewed the transcript against the Refund
 * Eligibility Window Policy and found no violation" and "I reviewed the Refund Policy; the agent followed it" name the
 * policy to clear it: they do not give it as the one at fault. A careful reader fails such a gold when every
 * sentence naming it clears it, and no clause says it was broken ("No violation of the Refund Policy; the agent did
 * breach the Data Retention Policy" still gives the Data Retention Policy).
 */
import { foldText } from '../../text/fold.js';

/** Nothing wrong found: "found no violation", "no breaches of …", "there were no violations". */
const NONE_FOUND = /\b(?:(?:found|find|saw|see|detected|identified|spotted|flagged|there (?:was|were|is|are))\s+no\s+(?:\w+\s+){0,2}?(?:violations?|breach(?:es)?|infractions?)|no\s+(?:\w+\s+)?(?:violations?|breach(?:es)?|infractions?)\s+(?:found|detected|of|against|under))\b/;
/** Kept: "followed", "complied with", "did not violate", before the gold or a pronoun for it. */
const KEPT_BEFORE = /\b(?:followed|complied with|adhered to|compliant with|in compliance with|(?:did not|didn t|never)\s+(?:violate|breach|break))\s+(?:it|them|this|that|the)?\s*$/;
/** Kept, after the gold: "… was followed", "… wasn't violated". */
const KEPT_AFTER = /^\s*(?:was|were|is|are|has been|had been)\s+(?:fully\s+|properly\s+|correctly\s+)?(?:followed|complied with|adhered to|not (?:violated|breached|broken)|respected|honou?red)\b|^\s*(?:wasn t|weren t|isn t|aren t)\s+(?:violated|breached|broken)\b/;
/** After the gold's sentence names it: "…; the agent followed it", "… and it was fully followed". */
const KEPT_PRONOUN = /\b(?:(?:followed|complied with|adhered to|(?:did not|didn t|never)\s+(?:violate|breach|break))\s+(?:it|them)|(?:it|they)\s+(?:was|were|is|are|has been)\s+(?:\w+ly\s+)?(?:followed|complied with|adhered to|respected|honou?red))\b/;

/** What says it was broken: a clause with one of these, not itself negated, gives the value as at fault. */
const BROKEN = /\b(?:violated|violates|violating|breached|breaches|broke|breaks|in breach of|in violation of|did breach|did violate|failed to follow|did not follow|didn t follow|not followed|ignored|the violation (?:was|is) of)\b/;
const NEGATED = /\b(?:no|not|never|nothing|didn t|wasn t|weren t|isn t|aren t|without)\s+(?:\w+\s+){0,2}$/;

/** Folded, lowercase, apostrophes as spaces, so that "didn't" reads "didn t". */
function plain(text: string): string {
  return foldText(text).toLowerCase().replace(/['’]/g, ' ');
}

/** Whether a clause says, without negating it, that something was broken. */
function saysBroken(clause: string): boolean {
  const m = BROKEN.exec(clause);
  return m !== null && (/^(?:did not|didn t|not followed|failed)/.test(m[0]) || !NEGATED.test(clause.slice(0, m.index)));
}

/**
 * Why `pattern` (the gold, over folded text) is named only as what the answer checked and found kept, or `null`.
 *
 * @example clearedValue('I checked the Refund Policy and found no violation.', /refund policy/) // 'names it only as …'
 */
export function clearedValue(answer: string, pattern: RegExp): string | null {
  const sentences = answer.split(/(?<=[.!?])\s+|\n+/).map(plain).filter((s) => pattern.test(s));
  if (sentences.length === 0) return null;
  const cleared = (sentence: string): boolean => {
    const m = pattern.exec(sentence);
    if (m === null) return false;
    // "I saw no breaches in the log, but the Refund Policy is the one applied wrongly": a finding of nothing clears
    // the gold only on its side of a contrast ("I audited it against X; there were no breaches" is one side).
    const side = sentence.split(/\s*\b(?:but|however|whereas)\b\s*/).find((c) => pattern.test(c)) ?? sentence;
    const kept = NONE_FOUND.test(side) || KEPT_BEFORE.test(sentence.slice(0, m.index)) || KEPT_AFTER.test(sentence.slice(m.index + m[0].length)) || KEPT_PRONOUN.test(sentence.slice(m.index + m[0].length));
    if (!kept) return false;
    // The gold's own clause (between ";", ":", dashes and "but") must not say it was broken.
    const clause = sentence.split(/\s*(?:;|:|\s[-\u2013\u2014]\s|\bbut\b|\bhowever\b)\s*/).find((c) => pattern.test(c)) ?? sentence;
    return !saysBroken(clause);
  };
  return sentences.every(cleared) ? 'names it only as what it checked and found kept' : null;
}
