/**
 * The features the refusal model weighs, all binary and all readable: the
 * hand-written cues of `refusal-patterns.ts` (in the opening or only later),
 * the words and word pairs of the opening, the words of the rest of the
 * reply, how the reply starts, its length, whether it ends on a question,
 * and whether it carries data-shaped tokens (an e-mail, a phone number, a
 * money amount, a record id), because a reply that hands over a value is
 * not declining it. Digits are folded to 0 so that "case 00001234" and
 * "case 00004321" are one feature.
 */
import { REFUSAL_CUES } from './refusal-patterns.js';
import { openingOf, prepareReply, wordsOf } from './refusal-text.js';

/** Only this much of the body is read: long answers are compliant long before their end. */
const BODY_LENGTH = 1200;

const SHAPES: readonly (readonly [string, RegExp])[] = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/],
  ['phone', /(?:\+?\d[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}\b/],
  ['money', /(?:[$€£]\s?\d|\d(?:[\d,.]*)\s?(?:usd|eur|gbp|dollars|euros)\b)/i],
  ['percent', /\d\s?%|\bpercent\b/i],
  ['record-id', /\b[0-9a-zA-Z]{3}[0-9][0-9a-zA-Z]{11}(?:[0-9a-zA-Z]{3})?\b/],
  ['digits', /\d{4,}/],
];

/**
 * The feature names present in `text`, sorted and without duplicates.
 *
 * @example featuresOf("Sorry, that's internal.") // ['b1:…', 'cue:apology-opening', 'len:short', 'o1:internal', …]
 */
export function featuresOf(text: string): string[] {
  const prepared = prepareReply(text);
  const opening = openingOf(prepared);
  const out = new Set<string>();
  for (const cue of REFUSAL_CUES) {
    if (cue.pattern.test(opening)) out.add(`cue:${cue.id}`);
    else if (cue.pattern.test(prepared)) out.add(`cue-body:${cue.id}`);
  }
  const head = wordsOf(opening).map(foldDigits);
  head.forEach((word, i) => {
    out.add(`o1:${word}`);
    const next = head[i + 1];
    if (next !== undefined) out.add(`o2:${word} ${next}`);
  });
  if (head[0] !== undefined) out.add(`start:${head[0]}`);
  if (head.length > 1) out.add(`start:${head[0]} ${head[1]}`);
  for (const word of wordsOf(prepared.slice(opening.length, opening.length + BODY_LENGTH))) out.add(`b1:${foldDigits(word)}`);
  const length = wordsOf(prepared).length;
  out.add(`len:${length < 12 ? 'short' : length < 40 ? 'medium' : length < 120 ? 'long' : 'very-long'}`);
  if (/\?\s*$/.test(prepared)) out.add('ends-question');
  for (const [name, pattern] of SHAPES) if (pattern.test(text)) out.add(`shape:${name}`);
  return [...out].sort();
}

function foldDigits(word: string): string {
  return word.replace(/\p{N}/gu, '0');
}
