/**
 * The kind of record an identifier is labelled as. An answer about one record
 * often names records of other kinds beside it ("You're now on HAT217.
 * Reservation 4WQ9ZP has been updated."): a reservation code is no rival to
 * the flight asked about, though both are short codes of letters and digits.
 * `exact` reads these before it lets a token of the gold's shape compete.
 */
import { looksLikeSalesforceId } from './salesforce-id.js';

/** Words that name a kind of record before its identifier. */
const KIND = /(?:^|[^\p{L}])(reservation|booking|confirmation|order|ticket|case|invoice|pnr|account|card|flight|seat|gate|sku|item|quote|contract|return|refund|rma)s?\s*(?:number|no\.?|id|code|#)?\s*[:#]?\s*$/iu;

/**
 * Whether the identifier `rival` names another kind of record than the gold's `hits`.
 * "… now on HAT217 … Reservation 4WQ9ZP has been updated": a token of another pattern, labelled as a kind of record
 * the gold is not labelled as (or the other way round), in another clause and not offered as an alternative, is
 * another record, not a rival answer.
 *
 * @example otherKind('Now on HAT217. Reservation 4WQ9ZP is updated.', { at: 27, text: '4WQ9ZP' }, [{ at: 7, text: 'HAT217' }]) // true
 */
export function otherKind(answer: string, rival: { at: number; text: string }, hits: readonly { at: number; text: string }[]): boolean {
  // Salesforce ids carry their kind in their key prefix, which `sameShape` already compares.
  if (looksLikeSalesforceId(rival.text)) return false;
  const kindAt = (at: number): string | undefined => KIND.exec(answer.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
  const kind = kindAt(rival.at);
  return hits.every((h) => {
    const own = kindAt(h.at);
    // Codes of one pattern ("ORD-5521", "ORD-5530") are records of one kind, whatever the labels say.
    if (pattern(h.text) === pattern(rival.text) || kind === own) return false;
    const between = answer.slice(Math.min(h.at, rival.at), Math.max(h.at, rival.at));
    return /[.;!?]\s/.test(between) && !/\bor\b/i.test(between);
  });
}

/** The letters and digits of a code as A and 9: "ORD-5521" is "AAA-9999". */
function pattern(code: string): string {
  return code.replace(/\p{L}/gu, 'A').replace(/\p{N}/gu, '9');
}
