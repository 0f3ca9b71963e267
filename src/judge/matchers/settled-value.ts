/**
 * Which value an answer settles on when it names several. A careful reader
 * looks for the sentence that answers the question: a conclusion ("so I'd
 * call Connectivity Loss the current top issue", "Final answer: …"), a label
 * that marks the value as the real one ("the final destination is Granada"),
 * or an action that went elsewhere because the value was not to be had
 * ("The São Paulo desk is closed until Monday, so I routed it to Lisbon").
 * A value the answer gives only under a condition ("If you restrict to
 * agents with 20+ leads, Svetlana Orlova leads"), beside another it states
 * plainly or another condition, is not the answer either. `exact` and
 * `normalized` fail a gold the answer does not settle on.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { withoutCategoryNoun } from './answer-text.js';
import { clearedValue } from './cleared-value.js';
import { namesValue } from './names-value.js';
import { otherPeriod } from './other-period.js';
import { runnerUp } from './runner-up.js';

/** Markers after a clause boundary: "so I'd call …", "Final answer:", "Final:", "**Bottom line:**", "so the answer is …", "…, so X." */
const AFTER_BOUNDARY = [
  String.raw`(?:so|therefore|thus|hence|overall|in short|all in all|on balance)\s*,?\s*(?:i'd|i would|i'll|i will|we'd|we would)\s+(?:call|say|go with|pick|choose|recommend|name|treat|count|(?:route|assign|send|give|hand|escalate|reassign)(?:\s+(?:it|this|them|the\s+\w+))?\s+to)\b`,
  String.raw`(?:so|therefore|thus|hence)\s*,?\s*the (?:answer|winner|result) (?:is|would be)\b`,
  // "…, and only Supply ordered those, it must be **Halvorsen Marine Supply**": what the reasoning leaves.
  String.raw`(?:so\s+)?it\s+(?:must|has to)\s+be\b`,
  String.raw`\*{0,2}(?:final answer|final|answer|short answer|bottom line|tl;?dr|verdict|conclusion|recommendation|my (?:recommendation|pick|answer))\*{0,2}\s*:\*{0,2}`,
  // "… Lowest remains OR.\n=> Oregon": a double arrow that opens the answer's last line or sentence gives its result.
  String.raw`(?:=>|⇒)(?=[^\n]*$)`,
  String.raw`(?:so|therefore|thus|hence)\s*,?\s*(?:the\s+|its\s+|their\s+)?(?:final|actual|real|correct|right|true|current)\s+(?:\w+\s+){1,2}(?:is|would be)\b`,
  // A bare "so" before the answer's last few words; kept apart (group 1) so that only a name counts.
  String.raw`(so)\s+(?=[^.;!?\n,]{1,50}[.!]?\s*$)`,
];
/** Markers anywhere: "I'd go with …", "You'd file this under …", "the final destination is …". */
const ANYWHERE = [
  String.raw`\b(?:i'd|i would|we'd|we would)\s+(?:call|go with|pick|choose|name)\b`,
  String.raw`\b(?:you'd|you would|you should|you can|please|i'd|i would)\s+(?:file|log|submit|classify|categori[sz]e|book|code)\s+(?:this|it|them|the\s+\w+)\s+(?:under|as)\b`,
  String.raw`\bthe (?:final|actual|real|correct|true|ultimate)\s+(?:\w+\s+)?(?:destination|owner|stage|value|answer|record|account|agent|winner|status|tier|plan|city|issue|product)\s+(?:is|would be|:)`,
];
/** Clauses that conclude: what follows the marker (group 2) is the answer. */
const CONCLUSION = new RegExp(`(?:(?:^|[.;:!?\\n—–]\\s*|,\\s*)(?:${AFTER_BOUNDARY.join('|')})|${ANYWHERE.join('|')})\\s*([^.;!?\\n]{1,100})`, 'giu');
/** After a value, before "so I routed …": the value was not to be had. */
const UNAVAILABLE = /^[^.;!?]{0,40}?\b(?:is|was|are|were)\s+(?:\w+\s+)?(?:closed|full|fully booked|booked up|unavailable|offline|down|out|away|on leave|at capacity|sold out|out of stock|not (?:available|staffed|taking))\b[^.;!?]{0,60}?,?\s*so\s+(?:[iI]|[wW]e)(?:'ve|\s+have)?\s+(?:routed|sent|assigned|reassigned|transferred|moved|booked|rebooked|switched|escalated|forwarded|gave|put)\b[^.;!?]{0,40}?\b(?:to|with|on|into|in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})/u;
/** A sentence that gives its value only under a condition: "If you restrict to …, Svetlana Orlova leads". */
const CONDITIONAL_OPENING = /^\s*(?:if|assuming|provided|when|counting only|excluding|restricting)\b/i;

/** What the answer's concluding clauses say; a bare "…, so X." only when X is a name ("so Tessa Morrow."). */
function conclusionsOf(answer: string): string[] {
  return [...answer.matchAll(CONCLUSION)].filter((m) => m[1] === undefined || /^(?:it'?s\s+)?(?!I\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}[.!]?\s*$/u.test(m[2] ?? '')).map((m) => m[2] ?? '');
}

/** The gold as a whole-word pattern over folded text. */
function goldPattern(gold: string): RegExp {
  const words = foldText(gold).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Why the answer settles on another value than `gold`, or `null` when it does
 * not (or names no other). Only for golds of letters: a number is for
 * `number` to read.
 *
 * @example settledElsewhere('Málaga', 'Your connection is through Málaga; the final destination is Granada.') // 'concludes on …'
 */
export function settledElsewhere(gold: string, answer: string): string | null {
  if (!/\p{L}/u.test(gold)) return null;
  const pattern = goldPattern(gold);
  const concluded = concludedElsewhere(gold, answer);
  if (concluded !== null) return concluded;
  const folded = foldText(answer);
  const at = folded.search(pattern);
  if (at < 0) return null;
  // "WHERE Owner.Name = 'Dorothea Kline' returned nothing": a value only in a query's filter is not stated.
  if (!pattern.test(foldText(answer.replace(/(?:=|\blike|\bin)\s*\(?\s*'[^'\n]*'/gi, ' ')))) return 'gives it only as a query filter';
  // "Refund request escalations — 12 this week": an opening phrase that runs the gold on into a longer value.
  const head = /^\W*([^—–(:\n]{1,60}?)\s+(?:—|–|-|\(|:)\s/u.exec(answer)?.[1] ?? '';
  const goldWords = foldText(gold).split(/\s+/);
  const headWords = foldText(head).split(/\s+/);
  if (headWords.length === goldWords.length + 1 && goldWords.every((w, i) => headWords[i] === w) && /^\p{Ll}+$/u.test(head.trim().split(/\s+/).pop() ?? '') && !/^(?:only|too|also|again|now|today|overall|first|mostly|mainly)$/.test(headWords[goldWords.length] ?? '') && foldText(withoutCategoryNoun(head)) !== foldText(gold)) return `opens with the longer value ${JSON.stringify(head)}`;
  const field = FIELD_OPENING.exec(answer.trim());
  if (field && !answer.includes('\n') && !pattern.test(foldText(field[1] ?? '')) && foldText(withoutCategoryNoun(field[1] ?? '')) !== foldText(gold)) return `opens with the field value ${JSON.stringify(field[1])}`;
  if (field && !answer.includes('\n') && pattern.test(foldText(field[1] ?? '')) && foldText(withoutCategoryNoun(field[1] ?? '')) !== foldText(withoutCategoryNoun(gold)) && /\p{Lu}/u.test(gold)) return `opens with the field value ${JSON.stringify(field[1])}, a longer value`;
  // "Level 2 for now; once the review clears it goes to Level 3": what happens once something else does is not the state.
  const clause = folded.slice(0, at).split(/[.;:!?\n]\s|,\s*(?=once|when|after|as soon as|until)/).pop() ?? '';
  if (/^\s*(?:once|when|after|as soon as|until)\b[^,]*\b(?:goes|go|will go|moves|will move|will be|gets|would go|would move)\s+(?:up\s+)?(?:to|into)\s+(?:the\s+)?$/.test(clause)) return 'gives it as what happens once something else does';
  const after = (folded.slice(at).split(/[.;!?\n]\s|[.;!?]$/)[0] ?? '').slice(folded.slice(at).match(pattern)?.[0].length ?? 0);
  // "Zurich only if you take the later flight", "You'd be Ruby tier if you had 3 more nights": only under a condition.
  if (/^[^,;]{0,40}?\b(?:only if|only when|unless)\b/.test(after) || (/(?:'d|\bwould)\s+be\s+(?:the\s+|a\s+|an\s+|on\s+|in\s+)?$/.test(clause) && /^[^,;]{0,40}?\bif\b/.test(after))) return 'gives it only under a condition';
  // "Pavel Novak owned it until Tuesday", "Earlier it sat with Pavel Novak" (beside who holds it now): a past holder.
  if (/^\s+(?:owned|held|had|handled|managed|ran|led|covered)\s+(?:it|this|that|the\s+\w+)\s+(?:until|till)\b/.test(after)) return 'gives it as what held until a time';
  if (/\b(?:was|were|had been|sat)\b[^,;]*$/.test(clause.split(/\bbut\b|,/).pop() ?? '') && /^\s+(?:until|till)\b/.test(after)) return 'gives it as what held until a time';
  // "I've asked them to release it to Claims Intake": a request, not what happened.
  if (/\b(?:asked|requested|told)\s+(?:\w+\s+){0,2}to\s+(?:\w+\s+){1,3}(?:to|into)\s+(?:the\s+)?$/.test(clause)) return 'gives it as what was only requested';
  const inner = clause.split(/,|\bbut\b|\band\b/).pop() ?? '';
  if (/\b(?:earlier|previously|before that|before then|at first|originally|initially|formerly)\b/.test(inner) && /\b(?:was|were|sat|belonged|had|lay|stayed)\b/.test(inner) && !/\b(?:now|currently|today|since)\b/.test(inner) && /\b(?:now|currently|today|these days)\b/.test(folded)) return 'gives it as an earlier value';
  // "Agent: Kowalczyk (…; the other was Brandt)": only in an aside after another value.
  if (onlyInAside(answer, pattern)) return 'gives it only in an aside after another value';
  // "though the storm may divert you to Akureyri": only a possibility.
  if (/\b(?:may|might|could)\s+(?:\w+\s+){0,3}(?:to|into)\s+(?:the\s+)?$/.test(clause)) return 'gives it only as a possibility';
  const away = UNAVAILABLE.exec(answer.slice(at));
  if (away && !pattern.test(foldText(away[1] ?? ''))) return `says it was not to be had and went to ${JSON.stringify(away[1])}`;
  return conditionalOnly(gold, answer, pattern) ?? otherPeriod(answer, pattern) ?? runnerUp(answer, pattern) ?? clearedValue(answer, pattern);
}

/**
 * Why the answer's last conclusion ("Answer: Ravi Castellanos", "so I'd route it to …") names another value than
 * `gold`, or `null`. Also for identifier golds, whose other readings are `exact`'s.
 */
export function concludedElsewhere(gold: string, answer: string): string | null {
  const conclusions = conclusionsOf(answer);
  const last = conclusions[conclusions.length - 1];
  // "Answer: Mendoza (the San Juan warehouse was the backup)": an aside in the conclusion is not what it concludes.
  const main = last?.replace(/\([^)]*\)?/g, ' ');
  return main !== undefined && !goldPattern(gold).test(foldText(main)) && namesValue(main) ? `concludes on ${JSON.stringify(main.trim())}` : null;
}

/** The gold only inside a parenthesis that follows another name ("Agent: Kowalczyk (…; the other was Brandt)"). */
function onlyInAside(answer: string, pattern: RegExp): boolean {
  if (pattern.test(foldText(answer.replace(/\([^)]*\)?/g, ' ')))) return false;
  return [...answer.matchAll(/\(([^)]*)\)?/g)].some((m) => pattern.test(foldText(m[1] ?? '')) && /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+\s*$/u.test(answer.slice(0, m.index)));
}

/**
 * A one-line "Label: Value" answer whose value is followed by a description, not another value: "Warehouse: Dallas →
 * shipped via Memphis hub", "Cabin: Premium Economy ✅ (upgrade from Economy applied)". The field's value is the answer.
 */
const FIELD_OPENING = /^(?:[-*•]\s*)?\p{Lu}[\p{L} ]{1,30}:\s*\**(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\**\s*(?:✅|✔|\ufe0f)*\s*(?:(?:→|->|—|–)\s*(?!(?:escalated|moved|transferred|reassigned|changed|upgraded|downgraded|passed|handed|routed|switched|rebooked|promoted|converted|updated)\s+(?:\w+\s+)?(?:to|into)\b)\p{Ll}|\(\s*\p{Ll})/u;

/**
 * Whether the answer's conclusion is the gold itself: "…, but Maria closed hers faster, so Maria Lopez.", "Final
 * answer: Marisol Ekwueme." Such a conclusion settles what came before (a tie, a first guess).
 */
export function settledOn(gold: string, answer: string): boolean {
  if (!/\p{L}/u.test(gold)) return false;
  // "A and B tied on count, but A wins on resolution time": the tie broken for the gold.
  const words = foldText(gold).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
  if (/\btie|\btied\b/.test(foldText(answer)) && new RegExp(`\\b(?:but|and)\\s+${words}\\s+(?:wins|edges|leads|takes it|comes out ahead|is ahead|pulls ahead|breaks the tie)\\b`, 'u').test(foldText(answer))) return true;
  const conclusions = conclusionsOf(answer);
  const last = conclusions[conclusions.length - 1];
  const value = foldText(last ?? '').replace(/^(?:it(?:'s| is)|the answer is|that(?:'s| is))\s+/, '').replace(/[*_`.!\s]+$|^[*_`\s]+/g, '');
  return value === foldText(gold);
}

/** The gold stated only in sentences that open with a condition, while the answer states another value or condition. */
function conditionalOnly(gold: string, answer: string, pattern: RegExp): string | null {
  const sentences = answer.split(/(?<=[.;!?])\s+|\n+/);
  const withGold = sentences.filter((s) => pattern.test(foldText(s)));
  if (withGold.length === 0 || !withGold.every((s) => CONDITIONAL_OPENING.test(s.replace(/^[\W_]+/, '')))) return null;
  const others = sentences.filter((s) => !withGold.includes(s));
  // Another value in bold, or another sentence under a condition of its own ("if not, it's …", "otherwise …").
  const bold = [...answer.matchAll(/\*\*([^*\n]{2,60})\*\*/g)].map((m) => m[1] ?? '').find((b) => !pattern.test(foldText(b)) && /\p{Lu}/u.test(b));
  if (bold !== undefined) return `gives ${JSON.stringify(gold)} only under a condition, beside ${JSON.stringify(bold)}`;
  if (others.some((s) => /^\s*(?:if not|otherwise|else|if\b)/i.test(s) && namesValue(s))) return `gives ${JSON.stringify(gold)} only under one of several conditions`;
  return null;
}
