/**
 * The last line that singles out an identifier. An answer that works through
 * rows of ids ("| 0Q0…YsKAK | 15% |", "Averages: 005…Wx 2.9, 005…U6 3.4")
 * and then names one in its closing line ("Final answer: 005…", "Lowest AHT:
 * 005…", "**Violating quote:** 0Q0…YtKAK") answers with that one; the rows
 * are how it got there, not rivals.
 */
import { sameSalesforceId } from './salesforce-id.js';
import { sameShape, TOKEN } from './identifier-shape.js';

/** A superlative or an answer's label, then ":", "is" or "goes to" right before the identifier. */
const SUPERLATIVE = /\b(?:(?!(?:request|interest|test|rest|guest|west|latest|suggest|contest|protest|honest|forest|quest)\b)\p{L}{2,}est|most|top|final answer|answer|winner)\b[^.;!?]{0,60}(?::|\bis|\bwas|\bgoes to|\bgo to)\s*\W*$/iu;

/**
 * Whether the answer's last line or sentence singles out the identifier `gold` after its working: "Final answer:
 * 0055…", "Lowest AHT: 0055…", "The agent with the shortest handle time is 005…", "Only **Q-00418** (…) exceeds
 * …". The rows and figures before it are how it got there; no other identifier of the gold's shape may stand in it.
 */
export function closesOn(gold: string, answer: string): boolean {
  const last = answer.replace(/\*\*|__|`/g, '').trim().split(/\n+|(?<=[.!?])\s+/).pop() ?? '';
  const at = [...last.matchAll(TOKEN)].filter((t) => t[0] === gold || sameSalesforceId(t[0], gold) || sameShape(t[0], gold));
  if (at.length === 0 || !at.every((t) => t[0] === gold || sameSalesforceId(t[0], gold))) return false;
  const lead = last.slice(0, at[0]?.index ?? 0);
  return /^\W*only\s*\W*$/i.test(lead) || SUPERLATIVE.test(lead) || labelledApart(gold, answer, last, lead);
}

/** A label that ranks the record below the answer, past it or out of it ("Cancelled: HAT105"): its line does not single the answer out. */
const BELOW_OR_PAST = /\b(?:runner|second|2nd|next|previous|prior|former|old|original|excluded|rejected|duplicate|closest|nearest|other|alternative|backup|cancell?ed|removed|dropped|released|replaced|refunded|ignored|skipped|not|no|without)\b/i;

/**
 * "| … |\n\n**Violating quote:** 0Q0…": a last line of its own that is only a label and the identifier, after rows or
 * working, singles it out, unless another line labels an identifier of the gold's shape too ("Outbound: HAT214 …
 * Return: HAT281"): then the labels make a breakdown, and only the question says which field was asked for.
 */
function labelledApart(gold: string, answer: string, last: string, lead: string): boolean {
  const label = /^\W*(\p{L}[\p{L}\p{N} '’-]{0,40}?)\s*:\s*$/u.exec(lead)?.[1];
  if (label === undefined || BELOW_OR_PAST.test(label) || !answer.replace(/\*\*|__|`/g, '').trim().endsWith(last) || !/\n\s*[^\n]*$/.test(answer.trim())) return false;
  const tail = last.slice(lead.length).replace(TOKEN, '').trim();
  if (!/^(?:[\s.!*_✅✔]|\ufe0f)*$/u.test(tail) || last.slice(lead.length).match(TOKEN)?.length !== 1) return false;
  const others = answer.trim().split(/\n/).slice(0, -1).join('\n');
  return ![...others.matchAll(/(?:^|\n|[.;]\s)\W*\p{L}[\p{L}\p{N} '’-]{0,40}?\s*:[^\p{L}\p{N}\n]*([\p{L}\p{N}][\p{L}\p{N}\-_./#]*)/gu)].some((m) => sameShape(m[1] ?? '', gold) || m[1] === gold);
}
