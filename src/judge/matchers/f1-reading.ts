/**
 * Readings of an `f1` answer that token overlap cannot see: the gold named
 * only as the runner-up ("offline mode … was a distant second"), a gold whose
 * opening words (what it is about) the answer replaces while keeping the rest
 * ("It covers accidental damage for two years …" for "manufacturing defects
 * for two years …"), and a long answer that states the gold word for word as
 * its claim, which F1 punishes only for its length.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { stemmedTokens } from './substitution.js';

/** After the gold's phrase: "was a distant second", "came next", "(6) was runner-up". */
const RANKED_BELOW_AFTER = /^\W*(?:\([^)]*\)\s*)?(?:was|is|came|comes|ranked|ranks|placed|finished|followed)\s+(?:in\s+)?(?:a\s+)?(?:distant\s+|close\s+|clear\s+)?(?:second|third|next|runner[- ]up|behind)\b/i;
/** Before it: "Runner-up:", "second most requested was", "followed by". */
const RANKED_BELOW_BEFORE = /\b(?:runner[- ]up|second(?:[- ]most\s+\w+)?|next(?:\s+most\s+\w+)?|followed by|trailed by)\s*(?:was|is|:|,)?\s*$/i;
/** Before it, words that make the phrase one of alternatives or a contrast: "either", "rather than", "not". */
const NOT_THE_CLAIM_BEFORE = /\b(?:either|rather than|instead of|not|no|never|nobody|no one|none|neither|nor|\w+n't|except|other than|unlike|compared (?:to|with)|whether|if|between|toss-up)\s+(?:\w+\s+){0,2}$/i;

/** Where the gold's words occur in the folded answer, in order, with only punctuation or spaces between. */
function phraseAt(gold: string, answer: string): RegExpExecArray | null {
  const words = foldText(gold).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(foldText(answer).toLowerCase());
}

/**
 * Whether the answer names the gold only as ranked below another ("…; X was a distant second"), or `null`.
 *
 * @example rankedBelow('offline mode', 'Dashboards lead; offline mode was a distant second.') // 'names the gold as ranked below ("was a distant second")'
 */
export function rankedBelow(gold: string, answer: string): string | null {
  const m = phraseAt(gold, answer);
  if (m === null) return null;
  const text = foldText(answer).toLowerCase();
  const after = RANKED_BELOW_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
  const before = RANKED_BELOW_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
  // "… was only a minor complaint behind pricing": ranked below later in its clause.
  const clause = text.slice(m.index + m[0].length).split(/[.;!?\n]/)[0] ?? '';
  const trailing = /\b(?:behind|trail(?:s|ed|ing)|second to|a minor|secondary|less (?:common|often|frequent))\b/.exec(clause);
  const said = after?.[0] ?? before?.[0] ?? trailing?.[0];
  return said === undefined ? null : `names the gold as ranked below ("${said.replace(/^\W+/, '').trim()}")`;
}

/**
 * Whether a gold of three or more words (two, when called the top one) stands word for word in the answer as its claim: not negated, not one of
 * alternatives ("either X or Y", "X or Y"), not ranked below. A long answer that says exactly the gold and more
 * about it is a paraphrase that F1 underrates.
 */
export function statesGold(gold: string, answer: string): boolean {
  const words = foldText(gold).match(/[\p{L}\p{N}]+/gu) ?? [];
  const m = phraseAt(gold, answer);
  if (m === null || words.length < 2) return false;
  const text = foldText(answer).toLowerCase();
  // A two-word gold must be stated as the top one in its sentence ("Shipping delays were the top complaint").
  const sentence = `${text.slice(0, m.index).split(/[.;!?\n]/).pop() ?? ''}${text.slice(m.index).split(/[.;!?\n]/)[0] ?? ''}`;
  if (words.length < 3 && !/\b(?:top|main|biggest|most (?:common|frequent|often|cited|requested)|primary|leading|number one|#1|dominant)\b/.test(sentence)) return false;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // "X and single sign-on", "X or Y": the gold joined to another claim is not the answer's one claim.
  if (NOT_THE_CLAIM_BEFORE.test(before) || /^\W*(?:or|and|and\/or|vs\.?|versus)\b/.test(after) || /\b(?:or|and)\s+$/.test(before)) return false;
  return rankedBelow(gold, answer) === null;
}

/** Words of four letters or more that carry no content of their own: relations, quantifiers, pronouns. */
export const FRAME = /^(?:over|under|abov|below|than|that|with|from|into|onto|about|after|before|within|without|most|some|many|much|more|less|anyth\w*|everyth\w*|someth\w*|every|this|these|those|their|there|they|them|have|been|were|what|when|where|which|while|also|just|only|very|your|yours|mine|ours|will|would|should|could)$/;
/**
 * Whether the answer goes on to say that most are otherwise ("A few customers want faster delivery, but most want
 * lower prices"), when the gold itself makes no claim about most.
 */
export function majorityElsewhere(gold: string, answer: string): string | null {
  if (/\b(?:most|majority|mostly|mainly)\b/i.test(gold)) return null;
  const m = /\b(?:but|however|whereas|while)\b[^.;!?]*?\b(?:most|the majority|mostly|mainly|primarily)\b[^.;!?]*/i.exec(foldText(answer));
  return m === null ? null : `says most are otherwise ("${m[0].trim()}")`;
}

/** Content words: four letters or more (not a relation or quantifier), or with a digit. */
const content = (tokens: readonly string[]): string[] => tokens.filter((t) => (t.length > 3 && !FRAME.test(t)) || (t.length === 3 && !SHORT_FRAME.test(t)) || /\d/.test(t));
/** Three-letter words without content (stems may be three letters: "bil" for "billing"). */
const SHORT_FRAME = /^(?:for|and|the|but|not|any|all|can|may|was|are|has|had|you|our|its|his|her|who|how|why|yes|per|via|off|out|one|two|use|get|got|let|see|say|now|too|own|new|old|few)$/;
/** Whether two stems share their first four letters ("complain", "complaint"). */
const akin = (a: string, b: string): boolean => a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);

/**
 * Whether the answer keeps the gold's frame but replaces its opening content words ("It covers accidental damage for
 * two years from the date of purchase" for "manufacturing defects for two years from the date of purchase"): the
 * gold opens with two or more content words the answer never uses, and the answer, before the first word it shares
 * with the gold, has two or more content words of its own. `null` when it does not.
 */
export function headSwap(gold: string, answer: string): string | null {
  const g = stemmedTokens(gold);
  const a = stemmedTokens(answer);
  const inAnswer = new Set(a);
  const firstShared = g.findIndex((t) => inAnswer.has(t));
  if (firstShared < 0) return null;
  const goldHead = content(g.slice(0, firstShared));
  const at = a.indexOf(g[firstShared] ?? '');
  const inGold = new Set(g);
  const answerHead = content(a.slice(0, at)).filter((t) => !inGold.has(t));
  // The rest of the gold must be kept, or this is a paraphrase that shares little, which F1 itself judges.
  const rest = content(g.slice(firstShared));
  const kept = rest.filter((t) => inAnswer.has(t)).length;
  if (kept < 2 || kept * 4 < rest.length * 3) return null;
  // "a partial refund within 14 days" for "a full refund within 14 days": one modifier after an article, in the same
  // slot before the shared words, on both sides.
  const slot = a[at - 1];
  const modifier = (text: string, word: string): boolean => new RegExp(`\\b(?:a|an|the)\\s+${escapeRegExp(word.slice(0, 4))}\\p{L}*\\s+\\p{L}`, 'iu').test(foldText(text));
  if (goldHead.length === 1 && slot !== undefined && content([slot]).length === 1 && !inGold.has(slot) && !a.some((w) => akin(w, goldHead[0] ?? '')) && modifier(gold, goldHead[0] ?? '') && modifier(answer, slot)) {
    return `replaces "${goldHead[0] ?? ''}" with "${slot}"`;
  }
  if (goldHead.length < 2 || answerHead.length < 2) return null;
  if (goldHead.some((t) => a.some((w) => akin(t, w))) || answerHead.some((t) => g.some((w) => akin(t, w)))) return null;
  return `replaces the gold's opening "${goldHead.join(' ')}" with "${answerHead.join(' ')}"`;
}
