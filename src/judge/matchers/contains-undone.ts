/**
 * Forms in which a `contains` answer says the gold's words about something
 * that did not happen or does not hold now: a checklist line left unchecked
 * ("- [ ] Case assigned to Priya — pending"), and what holds only as a rule
 * the answer then breaks ("Normally I cannot share this, but since you're a
 * manager: …"). The gold's words are there; the answer's own structure says
 * they are not its outcome.
 */

/** A checklist line left open: "- [ ] …", "☐ …". */
const UNCHECKED_LINE = /^\s*(?:[-*+]\s*)?(?:\[\s\]|☐|⬜)/u;
/** A sentence that opens on what usually holds: "Normally …", "As a rule, …". */
const AS_A_RULE = /^\W*(?:normally|usually|ordinarily|typically|generally|as a rule|in general|by default)\b/;
/** Then an exception in the same sentence: "…, but since you're a manager: …", "… except …". */
const EXCEPTION_AFTER = /[,;\s\u2014\u2013-](?:but|except|however|though)\b/;

/**
 * Why the gold's words, found in `line` with `sentenceBefore` and `sentenceAfter` around them (folded, with
 * punctuation), are not what the answer says happened; `null` when nothing says so.
 *
 * @example undoneReason('- [ ] case assigned to priya', '- [ ] ', ' — pending') // 'is an unchecked checklist item'
 */
export function undoneReason(line: string, sentenceBefore: string, sentenceAfter: string): string | null {
  if (UNCHECKED_LINE.test(line)) return 'is an unchecked checklist item';
  if (AS_A_RULE.test(sentenceBefore) && EXCEPTION_AFTER.test(sentenceAfter)) return 'is only what usually holds, and the answer goes on to an exception';
  return null;
}
