/**
 * A value tied to another period than the one the answer reports on. "In Q1 it was Finch Analytics; in Q2, Harlow
 * Data took the lead": when clauses each open with a period, the later one is the answer's. "NY was fastest this
 * period. Last period it was CA": a value tied to a past period ("last quarter", "previously") beside another value
 * tied to the present ("this period", "now") is context, not the answer. A value tied to the present stays the
 * answer whatever past value follows it ("This quarter it was Email. Last quarter it was Chat.").
 */
import { foldText } from '../../text/fold.js';
import { namesValue } from './names-value.js';

const SPAN = String.raw`(?:quarter|half|year|month|week|period|cycle|term|season|sprint|fiscal year)`;
/** A period that opens a clause: "In Q1", "during 2024", "last quarter", "this month". */
const PERIOD_OPENING = new RegExp(String.raw`^\W*(?:but\s+)?(?:(?:in|during|for|over|back in|as of)\s+(?:the\s+)?(?:q[1-4]|h[12]|fy\s?\d{2,4}|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|(?:first|second|third|fourth|last|previous|prior|this|current)\s+${SPAN})|(?:last|this|previous|prior)\s+${SPAN})\b`, 'i');
/** A past period anywhere in a clause: "last year", "in the previous quarter", "previously". */
const PAST = new RegExp(String.raw`\b(?:(?:last|previous|prior|past)\s+${SPAN}|previously|formerly|used to|(?:a|one)\s+${SPAN}\s+(?:ago|earlier|before))\b`, 'i');
/** The present period: "this period", "the current quarter", "now", "so far this year". */
const CURRENT = new RegExp(String.raw`\b(?:(?:this|current|the current)\s+${SPAN}|now|currently|today|so far|to date|year to date|ytd)\b`, 'i');
/** Words that open a clause without naming a value. */
const PLAIN_OPENING = /^\W*(?:Overall|This|That|These|Those|The|A|An|It|I|We|You|They|He|She|There|Here|So|But|And|Also|In|On|For|Over|During|Across|Last|Next|Now|Currently|Today|Still|Meanwhile|However|Since|As|At|By|Hi|Hello|Hey|Thanks|Best|Regards|Cheers)\b\W*/;

/** Clauses: sentences, lines and ", but …", and a comma before a clause that opens with a period. */
function clausesOf(answer: string): string[] {
  return answer.split(/[;.]\s+|\n+|,\s+(?=but\s|(?:this|last|previous|prior)\s+(?:quarter|half|year|month|week|period)\b)/i);
}

/** A clause names a value other than by its opening word ("Overall, …", "This month …"). */
function valueIn(clause: string): boolean {
  return namesValue(clause.replace(PLAIN_OPENING, ''));
}

/**
 * Why `pattern` (the gold, over folded text) is tied to another period than the answer's value, or `null`.
 *
 * @example otherPeriod('NY was fastest this period. Last period it was CA.', /\bca\b/) // 'ties the gold to a past period …'
 */
export function otherPeriod(answer: string, pattern: RegExp): string | null {
  const clauses = clausesOf(answer);
  const withGold = clauses.filter((c) => pattern.test(foldText(c)));
  if (withGold.length === 0) return null;
  // "NY was fastest this period. Last period it was CA.": the gold only in past clauses, another value in the present.
  if (withGold.every((c) => PAST.test(c) && !CURRENT.test(c))) {
    const present = clauses.find((c) => !pattern.test(foldText(c)) && CURRENT.test(c) && !PAST.test(c) && valueIn(c));
    if (present !== undefined) return `ties the gold to a past period, beside "${present.trim()}"`;
  }
  // "In Q1 it was Finch Analytics; in Q2, Harlow Data took the lead": clauses that open with their periods.
  const at = clauses.findIndex((c) => pattern.test(foldText(c)));
  const own = clauses[at] ?? '';
  // "Northeast had the most last year; this year it's the Southeast": a past period at the clause's end counts too.
  if (!(PERIOD_OPENING.test(own) || PAST.test(own))) return null;
  // "This quarter it was Email. Last quarter it was Chat.": a later clause about a past period does not supersede the present.
  const later = clauses.slice(at + 1).find((c) => PERIOD_OPENING.test(c) && !pattern.test(foldText(c)) && namesValue(c.replace(PERIOD_OPENING, '')) && !(CURRENT.test(own) && PAST.test(c)));
  return later === undefined ? null : `ties the gold to an earlier period than "${later.trim()}"`;
}
