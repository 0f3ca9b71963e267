/**
 * What makes two tokens of an answer identifiers of one kind. `exact` finds
 * an identifier gold inside a sentence only when no other token of its shape
 * competes: another id, code or number of similar length, with or without
 * letters as the gold has them, and not a date.
 */
import { looksLikeSalesforceId } from './salesforce-id.js';

/** A token that may be an identifier: letters and digits, with inner separators ("HX-55120", "lon-db-07.corp"). */
export const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\-_./#]*[\p{L}\p{N}])?/gu;

const DATE_TOKEN = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$/;

/** Two identifiers compete when both hold digits, have similar length and agree on holding letters. */
export function sameShape(token: string, gold: string): boolean {
  if (!/\d/.test(token)) return false;
  // A date ("3/4/2025", "2025-02-11", "03.04.2025") names a day, not another record.
  if (DATE_TOKEN.test(token) && !DATE_TOKEN.test(gold)) return false;
  // Salesforce ids open with their object's key prefix: a lead (00Q…) does not compete with a user (005…).
  if (looksLikeSalesforceId(gold) && looksLikeSalesforceId(token)) return token.slice(0, 3) === gold.slice(0, 3);
  const letters = (s: string): boolean => /\p{L}/u.test(s);
  return letters(token) === letters(gold) && Math.abs(token.length - gold.length) <= 2;
}
