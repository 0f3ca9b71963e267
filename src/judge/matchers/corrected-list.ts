/**
 * The list an answer settles on when it corrects itself: "Alice, Ravi, Tom —
 * wait, Tom left, so just Alice and Ravi" is read from its conclusion; "—
 * actually, also Tom" adds to the list; a caveat that concludes with a
 * narrower list ("though …, so strictly it's just Dana") replaces it.
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';

/** A correction after a list: "— wait, …", "correction: …", "actually …", "sorry, I mean …", "scratch that", "Hmm, no: …". */
const CORRECTION = /(?:^|[\s,.;:(\-\u2013\u2014])(?:wait|correction|actually|sorry|scratch that|i mean|make that|update|on second thought)\b|(?<=[.!?]\s+(?:hmm|hm|um|uh|oh)?[,.]?\s*)no\s*[:,\u2013\u2014-]/gi;
/** The words in a correction that add to the list rather than replace it. */
const ADDITION = /\b(?:also|too|as well|in addition|plus|add|forgot)\b/i;
/** A caveat after the list that concludes with a narrower one: "— though …, so strictly it's just Dana", "although …, so really only Alice". */
const CAVEAT_CONCLUSION = /\b(?:though|although|but|however)\b[^.;!?]*?\bso\s+(?:(?:strictly|really|technically|actually|in fact|strictly speaking)\s*,?\s+)?(?:(?:it's|it is|that's|that is|that leaves|it'd be|it would be)\s+)?(?:just|only)\b/gi;
/** Where a correction states its conclusion: "…, so only Alice and Ravi", "… . Just Budget." */
const CONCLUSION = /\b(?:so|that leaves|leaving|which leaves|meaning|i\.e\.|the list is|it's|it is)\b|(?<=[.!?:]\s*)(?:just|only)\b/gi;

/**
 * The list the answer settles on. After a correction that follows a list,
 * the corrected list replaces the first one (its conclusion after "so", when
 * it gives one); a correction that adds ("actually, also Tom") keeps both.
 */
export function correctedList(actual: string, gold: readonly string[]): string {
  // "Dana and Rafael — though Rafael's count drops to 7, so strictly it's just Dana": a caveat that concludes with "just"/"only" replaces the list.
  const caveat = [...actual.matchAll(CAVEAT_CONCLUSION)].pop();
  if (caveat !== undefined) return actual.slice(caveat.index + caveat[0].length);
  const marks = [...actual.matchAll(CORRECTION)].filter((m) => m.index > 0 && /\p{L}/u.test(actual.slice(0, m.index)));
  const last = marks[marks.length - 1];
  if (last === undefined) return actual;
  const tail = actual.slice(last.index + last[0].length);
  // "Actually, both joined in May" corrects nothing in the list: a correction names an item (a word of one will do).
  const words = new Set(gold.flatMap((item) => item.split(' ')));
  if (!normalizeAnswer(foldText(tail)).split(' ').some((w) => words.has(w)) && !ADDITION.test(tail)) return actual;
  if (ADDITION.test(tail)) return `${actual.slice(0, last.index).replace(/[\s,;:(\-\u2013\u2014]+$/, '')}, ${tail.replace(new RegExp(ADDITION.source, 'gi'), ' ').replace(/^[\s,;:]+/, '')}`;
  const conclusion = [...tail.matchAll(CONCLUSION)].pop();
  return conclusion ? tail.slice(conclusion.index + conclusion[0].length) : tail;
}
