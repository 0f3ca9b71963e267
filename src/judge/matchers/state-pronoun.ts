/**
 * A `contains` gold that names a thing in a state ("quote approved"), said as the agent's own completed action on a
 * pronoun for the thing: "The quote meets every discount rule, so I've approved it." The pronoun stands for the gold's
 * thing when the answer names the thing before it in the same sentence. A modal ("the quote can be approved") says only that it may be done; the agent's
 * perfect or past ("I've approved it", "I approved it") says it was. Negations and failures ("I haven't closed it",
 * "I couldn't cancel it") are not the form, and `contains` reads its usual checks around it.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';
import { thingAndState } from './state-phrase.js';

/** The agent, saying it has done something: "i ve", "we have just", "i". */
const AGENT = '(?:i|we)(?: (?:ve|have|had|just|already|successfully|now|also|went ahead and))*';

/**
 * The agent's action on "it" that gives the gold's thing its state: its index and words in `answer` (the comparable
 * answer, padded with spaces), or `null`. `written` is the answer as written, read sentence by sentence for the thing
 * before the pronoun; `read` is how `contains` makes text comparable.
 *
 * @example pronounState('quote approved', "The quote meets every rule, so I've approved it.", ' quote meets every rule so i ve approved it ', comparable)?.phrase // 'i ve approved it'
 */
export function pronounState(gold: string, written: string, answer: string, read: (text: string) => string): { index: number; phrase: string } | null {
  const parts = thingAndState(gold);
  if (parts === null || parts.rest.length > 0) return null;
  const thing = new RegExp(` ${parts.thing.map(escapeRegExp).join(' ')} `);
  const action = new RegExp(` (${AGENT} ${escapeRegExp(parts.state)} it)(?= )`, 'u');
  let earlier = '';
  for (const sentence of written.split(/(?<=[.!?;])\s+|\n+/)) {
    const words = ` ${read(sentence)} `;
    const m = action.exec(words);
    // The thing before the pronoun, in the same sentence.
    if (m === null || !thing.test(words.slice(0, m.index + 1))) {
      earlier += words;
      continue;
    }
    // The phrase where this sentence says it, not an earlier sentence's ("The invoice: without a doubt I approved it.").
    const phrase = ` ${m[1] ?? ''} `;
    const index = occurrence(answer, phrase, occurrences(earlier, phrase));
    if (index >= 0) return { index, phrase: m[1] ?? '' };
    earlier += words;
  }
  return null;
}

/** Where `needle` occurs in `text` for the `n`th time (from 0), counting occurrences that share a space; -1 if it does not. */
function occurrence(text: string, needle: string, n: number): number {
  let at = text.indexOf(needle);
  for (let i = 0; i < n && at >= 0; i += 1) at = text.indexOf(needle, at + needle.length - 1);
  return at;
}

/** How many times `needle` occurs in `text`, counting occurrences that share a space. */
function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length - 1)) count += 1;
  return count;
}
