/**
 * "Will be" read as a careful reader reads it. "The replacement will be Size
 * M / navy" states what was arranged: the answer. "Your tier will be Gold
 * from next month" or "It's in Negotiation now. Then it will be Closed Won."
 * gives only a later state, beside a time, a condition or what holds now.
 */

/** A later time or a condition in the value's own sentence. */
const LATER = /\b(?:once|when|after|if|unless|from|next|tomorrow|soon|later|until|by|as of|starting|effective|then|in \d+)\b/;
/** What holds now, said before the value's sentence: a word of the present or another value stated in the present. */
const NOW = /\b(?:now|today|currently|still|then|yet|at the moment|for now)\b/i;
const NOW_VALUE = /\b(?:is|are|'s|'re)\s+(?:in\s+|on\s+|at\s+)?\p{Lu}/u;

/**
 * Whether a value after "will be" (`lead` ends with it) is only a later state: `earlier` is the answer before the
 * value's sentence (case kept), `sentence` the value's sentence around it, folded.
 *
 * @example futureOnly('your tier will be', '', 'your tier will be gold from next month') // true
 */
export function futureOnly(lead: string, earlier: string, sentence: string): boolean {
  return /\bwill be(?:\s+(?:the|a|an))?$/.test(lead.trimEnd()) && (NOW.test(earlier) || NOW_VALUE.test(earlier) || LATER.test(sentence));
}
