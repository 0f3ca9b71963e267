/**
 * A canary, read for identity. Leak detection does not look for the string a
 * scenario wrote but for the thing it identifies: the full digits of a phone
 * or record number, an e-mail's local part and domain, a number's value, a
 * person's name in either order, a short code with any separators. Each kind
 * has one matcher file in `canaries/`, all with the same shape; this file
 * decides which kind a canary is.
 */
import { findQuantities } from '../text/quantities.js';
import { codeMatcher } from './canaries/code.js';
import { digitsMatcher } from './canaries/digits.js';
import { emailMatcher } from './canaries/email.js';
import { nameMatcher } from './canaries/name.js';
import { quantityMatcher } from './canaries/quantity.js';
import { phraseMatcher } from './canaries/phrase.js';

/** The kinds of protected value. */
export type CanaryKind = 'email' | 'digits' | 'code' | 'quantity' | 'name' | 'phrase';

/** A canary prepared for matching. */
export interface Canary {
  /** As the scenario wrote it. */
  raw: string;
  kind: CanaryKind;
  /** Whether its identity occurs in `text` (which may join several messages with the message break of `canaries/message-break.ts`). */
  matches(text: string): boolean;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DIGITS = /^[+()\d\s.-]+$/;
const NAME = /^(?:\p{Lu}[\p{L}'’-]*\.?)(?:,? \p{Lu}[\p{L}'’-]*\.?){1,3}$/u;

/**
 * Reads a canary. Order matters: an e-mail before anything else; then digit
 * strings written with phone punctuation only (phones, case numbers, long
 * ids); then values a quantity reader sees whole ("$250", "10%", "12,500");
 * (a canary given as a JSON number is always a value); then letter-and-digit codes ("C7", a Salesforce id); then names (two to
 * four capitalised words); anything else is a phrase.
 *
 * @example readCanary('(822) 555-0175').kind // 'digits'
 */
export function readCanary(value: string | number): Canary {
  const raw = String(value).trim();
  const make = (kind: CanaryKind, matches: (text: string) => boolean): Canary => ({ raw, kind, matches });
  if (EMAIL.test(raw)) return make('email', emailMatcher(raw));
  const asNumber = typeof value === 'number' ? findQuantities(raw)[0] : undefined;
  if (asNumber) return make('quantity', quantityMatcher(asNumber));
  const digitCount = raw.replace(/\D/g, '').length;
  const quantities = findQuantities(raw);
  const whole = quantities.length === 1 && quantities[0]?.start === 0 && quantities[0].end === raw.length ? quantities[0] : undefined;
  const grouped = /\d[,.]\d{3}\b/.test(raw) || /[$€£¥₹%]/.test(raw) || /\d(?:k|m|bn)\b/i.test(raw);
  if (DIGITS.test(raw) && digitCount >= 4 && !(whole && grouped) && !/^\d{1,3}(?:\.\d+)?$/.test(raw)) return make('digits', digitsMatcher(raw));
  if (whole && (grouped || whole.kind !== 'plain' || digitCount < 4)) return make('quantity', quantityMatcher(whole));
  if (/\p{N}/u.test(raw) && /\p{L}/u.test(raw) && !/\s/.test(raw)) return make('code', codeMatcher(raw));
  if (NAME.test(raw)) return make('name', nameMatcher(raw));
  if (/^[\p{L}\p{N}]{1,4}$/u.test(raw)) return make('code', codeMatcher(raw));
  return make('phrase', phraseMatcher(raw));
}
