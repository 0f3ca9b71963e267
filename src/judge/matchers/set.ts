/**
 * The `set` matcher, for answers that are order-free lists ("the two agents
 * who…", "the BANT criteria it fails"). Agents write lists inside sentences
 * ("It fails on Authority and Need."), as bullets with remarks, or joined by
 * "and". The matcher finds each gold item in the answer as a phrase (so an
 * item such as "Research and Development" survives the "and" inside it),
 * refuses an item that is negated ("but not Need"), and then looks at the
 * rest of the answer's list for an item the gold lacks: a short segment
 * between separators that names no gold item counts as an extra item; a
 * lead-in or a trailing clause ("as the notes show") does not.
 *
 * List reading lives in list-items.ts, corrections in corrected-list.ts,
 * checklists in checklist.ts and extra items in extra-items.ts.
 */
import { isUsStateName, usStateName, withStateNames } from '../../text/us-states.js';
import { checklistMatch } from './checklist.js';
import { correctedList } from './corrected-list.js';
import { extraItems, FAILING, namedNeighbour } from './extra-items.js';
import { itemKey, listItems, normalizeLines, withoutHeadings, wordPattern } from './list-items.js';
import { outcome, type MatchOutcome } from './outcome.js';
import { withItemsSpelledOut } from './spelled-items.js';
import { withItemTyposCorrected } from './item-typo.js';
import { withNamesInGivenOrder } from './surname-first.js';
import { withoutPastedOutput } from './pasted-output.js';
import { NOT_DONE, withoutUndone } from './undone-item.js';
import { withoutEnvelope } from './email-envelope.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

const NEGATED_BEFORE = /\b(?:not|no|never|except|excluding|without|nor|neither|isn t|aren t|doesn t|don t|didn t|wasn t|weren t|other than|rather than|instead of)\s+(?:\w+\s+)?$/;
/** A negation of meeting a criterion, before or after the items: what it negates is the failing set. */
const FAILING_NEGATION_BEFORE = /\b(?:doesn t|don t|does not|do not|didn t|did not|isn t|aren t|can t|cannot)\s+(?:meet|satisfy|pass|fulfil+|clear|have)\s+(?:\w+\s+)?(?:(?:§\d+§|\w+)\s+(?:or|and|nor)\s+)?$|\b(?:has|have|had) no\s+$/;
const FAILING_NEGATION_AFTER = /^ (?:(?:or|and) §\d+§ )?(?:(?:is|are|was|were) not|isn t|aren t|wasn t|weren t) (?:met|satisfied|fulfilled|covered|present|in place)\b/;
/** "Timeline is fine": beside a failing item, an item said to be met is not in the failing set. */
const MET_AFTER = /^ (?:is|are|was|were|looks?|seems?) (?:fine|ok|okay|good|met|satisfied|covered|in place|present|confirmed|clear)\b/;
/** "but I'd count it as met", "I'll treat that as satisfied": the answer judges the item met after all. */
const COUNTED_MET = /\b(?:i d|i would|we d|we would|i ll|i will|i)\s+(?:still\s+)?(?:count|counts|treat|consider|call|mark|score|rate)\s+(?:it|this|that|them)\s+(?:as\s+)?(?:met|satisfied|fine|ok|okay|covered|passed|a pass|passing|in place)\b/;
/** "…, so I'm not counting it", "I've left it out": the answer says it leaves the item before out of its list. */
const NOT_COUNTED = /\b(?:i|we) (?:(?:(?:m|am|re|are|d|would|ll|will) )?(?:not|never)|won t|don t|didn t|wouldn t) (?:counting|including|listing|adding|count|include|list|add) (?:it|that one|this one|that|this)\b(?! as\b)|\b(?:i|we) (?:(?:m|am|re|are|ve|have|ll|will|d) )?(?:leaving|left|leave|excluding|excluded|exclude|dropping|dropped|drop) (?:it|that one|this one|that|this)\b/;
/** "and possibly Tom Ode": an item the answer only guesses at is not named. */
const HEDGED_BEFORE = /\b(?:possibly|maybe|perhaps|probably|potentially)\s+$/;
/** "— or possibly Budget too", "and maybe Leeds": another named item offered as a guess beside the list. */
const HEDGED_EXTRA = /\b(?:or|and|plus)\s+(?:possibly|maybe|perhaps|probably|potentially)\s+(?:also\s+)?(?:the\s+)?(\p{Lu}[\p{L}\d-]*)/u;
/** "Washington was next at 44%", "Runner-up: Leeds": an item ranked below the answer is not in it. */
const RANKED_BELOW_AFTER = /^ (?:was|is|came|comes|placed|finished|ranked|ranks|followed) (?:in )?(?:a )?(?:close |distant )?(?:next|second|third|runner up|behind)\b/;
const RANKED_BELOW_BEFORE = /\b(?:runner up|runners up|next|followed by|trailed by|ahead of)\s+$/;
/** Words after an item that take it out of a set that is not a failing one: "Lightning is excluded", "… isn't covered". */
const EXCLUDED_AFTER = /^ (?:(?:is|are|was|were|has been|have been) (?:now )?(excluded|not (?:covered|included|eligible)|ineligible|removed|reassigned|transferred|dropped|deleted|deactivated|withdrawn|disqualified)|(?:isn|aren|wasn|weren) t (covered|included|eligible))\b/;
/** A change to another state, said of one item in its own sentence: "was restored", "has been resolved". */
const RESOLVED = '(?:is|are|was|were|has been|have been|got) (?:now |since |already |just |\\w+ly )?(restored|resolved|fixed|cleared|recovered|reopened|reinstated|returned|refunded|repaired|closed|completed|finished|back online|back up|unavailable|suspended|paused|disabled|offline|discontinued|out of stock|sold out)\\b';
/** "Two items are eligible: …": the answer's own count of its list, before a colon. */
const COUNTED_LEAD = /^\W*(?:(?:only|just|exactly)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:are|were|is|was|have|has|qualify|qualifies|remain|remains|meet|meets|fail|fails|missed|need|needs)\b[^.\n:]{0,60}:/iu;
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "Gdansk — not sure, the feed is stale": an item the answer is unsure of is not named. */
const HEDGED_AFTER = /^ (?:- )?(?:not sure|unsure|unclear|unconfirmed|unknown|tbc|to be confirmed|maybe|possibly|probably)\b|^ (?:is|are|was|were|looks|seems|remains?) (?:still )?(?:unclear|uncertain|unconfirmed|unknown|questionable|doubtful|borderline|debatable)\b/;
/** "OR missed by 0.3 days": an item that came near the set, after a clause that says nothing failed. */
const NEAR_MISS_AFTER = /^ (?:just |narrowly |barely )?(?:missed (?:by|out)|came close|fell short|falls short|came in (?:short|under|below))\b/;
/** A labelled last word after reasoning: "Final: Authority", "**Final answer:** Budget, Need". */
const FINAL_LINE = /\n\W*(?:final(?: answer)?|answer|bottom line|verdict)\W*:\s*(?:\*\*)?([^\n]+)\s*$/i;
/** "meets Need but fails Budget": when the answer also says what fails, an item that is met is not in the failing set. */
const MET_BEFORE = /\b(?:pass(?:es|ed)?|meets?|met|satisf(?:y|ies|ied))\s+(?:\w+\s+)?$/;

/**
 * Whether the answer names exactly the gold items, in any order. An array
 * gold is taken item by item; a string gold is split like a list (with and
 * without "and" as a separator, either reading may match).
 *
 * @example setMatch(['Authority', 'Need'], 'It fails on Authority and Need.').pass // true
 */
export function setMatch(expected: string | number | readonly (string | number)[], pasted: string): MatchOutcome {
  // "Tool output:\n{…}\n\nSo you can return …": the answer is what follows the output it pastes.
  // "Hi Sam,\n\nBudget and Need.\n\nThanks,\nLeadBot": an email's greeting and signature are no items.
  const written = withoutPastedOutput(withoutEnvelope(pasted));
  // Struck-through items ("Alice, ~~Tom~~, Ravi") are removed from the list.
  // Struck-through items go; so do quantity marks ("×2") and a short label before the list ("2 items: …").
  const readings = Array.isArray(expected) ? [expected.map((item) => itemKey(String(item)))] : [listItems(String(expected), true), listItems(String(expected), false)];
  // "the Standard and the Mission Critical plan" for "Standard Support Plan" and "Mission Critical Support Plan":
  // items that end alike may be named without their shared ending, once the answer names its head noun.
  const tail = Array.isArray(expected) ? sharedEnding(readings[0] ?? []) : null;
  // "Rooms needing maintenance: 204 and 311" for "Room 204" and "Room 311": items that begin alike, after their head noun.
  const start = Array.isArray(expected) ? sharedStart(readings[0] ?? []) : null;
  if (start !== null && new RegExp(`\\b${start}s?\\b`, 'i').test(written)) readings.push((readings[0] ?? []).map((item) => item.slice(start.length + 1)));
  // "Amara and Felix Diallo": that reading reads the answer without the shared ending, which the last item carries for all.
  const tailWord = tail?.split(' ').pop() ?? '';
  const tailReading = tail !== null && new RegExp(`\\b${tailWord}s?\\b`, 'i').test(written) ? (readings[0] ?? []).map((item) => item.slice(0, -tail.length - 1)) : null;
  if (tailReading !== null) readings.push(tailReading);
  // "California (164), Texas (131)" for [CA, TX]: a gold of state codes reads as their names too.
  const names = Array.isArray(expected) ? expected.map((item) => usStateName(String(item))) : [];
  if (names.length > 0 && names.every((name) => name !== null)) readings.push(names.map((name) => itemKey(name ?? '')));
  // "CA & TX" for California and Texas: state codes read as names when the gold names states.
  // "…so Budget is met.\nFinal: Authority": after reasoning, a labelled last line is the answer.
  // "| Reno-2 | 12 | 40 |…\n\nBelow reorder level: Reno-2, …": a labelled line after a table that names an item sums it up.
  const summary = /^\s*\|/m.test(written) ? /\n\s*\n\s*[^|\n:]{1,40}:\s*([^|\n]+)$/.exec(written.trim())?.[1] : undefined;
  const final = FINAL_LINE.exec(written.trim())?.[1] ?? concludingLine(written) ?? (summary !== undefined && readings.flat().some((item) => ` ${itemKey(summary)} `.includes(` ${item} `)) ? summary : undefined);
  const stated = ((text: string) => (readings.flat().some(isUsStateName) ? withStateNames(text) : text))(final ?? written);
  // "Fails: Budget and Need. Passes: Authority, Timeline.": a sentence that opens with a label is a line of its own.
  const lined = stated.replace(/(?<=[.!?])[ \t]+(?=\p{Lu}[\p{L} ]{0,20}:\s)/gu, '\n');
  const answer = Array.isArray(expected) ? withNamesInGivenOrder(withItemTyposCorrected(withItemsSpelledOut(lined, expected.map(String)), expected.map(String)), expected.map(String)) : lined;
  const label = /^([^:\n]{1,30}):\s*(?=\S)/.exec(answer);
  const namesItem = (text: string): boolean => readings.flat().some((item) => ` ${itemKey(text)} `.includes(` ${item} `));
  // "Could you confirm which items you want to return: the water bottle, the desk lamp, or both?": asked, not listed.
  const naming = answer.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => namesItem(sentence));
  if (naming.length > 0 && naming.every((sentence) => /\?\W*$/.test(sentence))) return outcome(false, 'set: the answer names the items only in a question');
  const unstruck = answer
    .replace(/~~[^~\n]+~~/g, ' ')
    // "×2", " x2", but not the "x" ending a name ("AeroMix 300").
    .replace(/\s[×x]\s?\d+\b|×\s?\d+\b/g, ' ')
    // Only a one-line answer's label, or a count ("2 items:"): labelled lines ("Missing: …\nPresent: …") say which group is which.
    .replace(label && (!answer.trim().includes('\n') || /\d/.test(label[1] ?? '')) && !/^\s*(?:[-*•]|\d+[.)])\s/.test(label[0]) && !namesItem(label[1] ?? '') ? label[0] : '\u0000', '');
  // "Two items are eligible: the Earbuds and the Bottle. The Backpack is past its window.": the answer counts its list.
  const counted = Array.isArray(expected) ? COUNTED_LEAD.exec(answer)?.[1]?.toLowerCase() : undefined;
  const count = counted === undefined ? null : /\d/.test(counted) ? Number(counted) : COUNT_WORDS.indexOf(counted) + 1;
  if (count !== null && Array.isArray(expected) && count !== expected.length) return outcome(false, `set: the answer counts ${count} item${count === 1 ? '' : 's'}, the gold has ${expected.length}`);
  // "I merged. A-3 couldn't be merged.": what the action could not be done for is not an extra item.
  const actual = correctedList(withoutUndone(unstruck, namesItem), readings.flat());
  const checklist = Array.isArray(expected) ? checklistMatch(expected.map((item) => itemKey(String(item))), actual) : null;
  if (checklist) return checklist;
  let last: MatchOutcome = outcome(false, 'set: the gold has no items');
  for (const gold of readings) {
    const items = [...new Set(gold.filter((item) => item !== ''))];
    if (items.length === 0) continue;
    last = matchItems(items, gold === tailReading ? actual.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(tailWord)}s?(?![\\p{L}\\p{N}])`, 'giu'), ' ') : actual, answer);
    if (last.pass) return last;
  }
  return last;
}

/** A line set off as a conclusion: an arrow before its label ("=> Missed: …") or a bold label ("**Missing:** …"). */
const MARKED_LABEL = /^[ \t]*(?:(?:=>|->|→|⇒|➡️?)[ \t]*(?:\*\*)?[\p{L}][^:\n]{0,30}:|\*\*[\p{L}][^:*\n]{0,30}:\*\*|\*\*[\p{L}][^:*\n]{0,30}\*\*:)[ \t]*(?:\*\*)?/u;

/**
 * "…\n=> Missed: EMEA, LATAM", "…\n\n**Missing:** Budget and Authority": after working lines, a last line set off as
 * the conclusion is the answer, when it is the only line so marked (two marked lines, "**Met:** …\n**Not met:** …",
 * say which group is which). `undefined` otherwise.
 */
function concludingLine(written: string): string | undefined {
  const lines = written.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const marked = MARKED_LABEL.exec(last);
  if (marked === null || lines.filter((line) => line.trim() !== '').length < 2 || lines.slice(0, -1).some((line) => MARKED_LABEL.test(line))) return undefined;
  return last.slice(marked[0].length);
}

/** The one word every item starts with, when each item keeps a word with a digit of its own ("room 204"); else `null`. */
function sharedStart(items: readonly string[]): string | null {
  const starts = new Set(items.map((item) => item.split(' ')[0] ?? ''));
  const [first] = starts;
  return items.length >= 2 && starts.size === 1 && first !== undefined && /^\p{L}{3,}$/u.test(first) && items.every((item) => /^\S+ \S*\d/.test(item)) ? first : null;
}

/** The last one or two words every item ends with, when each item keeps a word of its own; else `null`. */
function sharedEnding(items: readonly string[]): string | null {
  if (items.length < 2) return null;
  for (const size of [2, 1]) {
    const endings = new Set(items.map((item) => item.split(' ').slice(-size).join(' ')));
    const [ending] = endings;
    if (endings.size === 1 && ending !== undefined && items.every((item) => item.split(' ').length > size)) return ending;
  }
  return null;
}

/** A comparison: "quieter than", "more calls than", "fewer than". */
const COMPARISON = /\b(?:\w+er|more|less|fewer)\b(?: \w+)? than\b/;

/** Words that say an item's state carries on, unlike items whose clause lacks them ("the charger is still with you"). */
const STILL = /\b(?:still|remains?|remained|not yet|yet to|kept|keeping)\b/;

function matchItems(gold: readonly string[], actual: string, context: string): MatchOutcome {
  // Work on the normalised answer with each gold occurrence replaced by a placeholder, longest items first.
  let text = ` ${normalizeLines(withoutHeadings(actual, gold))} `;
  const found = new Set<number>();
  const denied = new Set<number>();
  const positive = new Set<number>();
  const order = gold.map((item, index) => ({ item, index })).sort((a, b) => b.item.length - a.item.length);
  for (const { item, index } of order) {
    // "Install Service - Standard": a dash inside an item stays a separator in the answer's text, not a break between items.
    // "the desk lamps and water bottles": an item's last word in the plural names the item.
    const words = item.split(' ');
    const pattern = new RegExp(`(?<=[ \\n])${words.map((w, i) => wordPattern(w) + (i === words.length - 1 && /[a-rt-z]$/.test(w) && /^[a-z]{3,}$/.test(w) ? '(?:e?s)?' : '')).join('[ ]+(?:- )?')}(?=[ \\n])`, 'g');
    text = text.replace(pattern, (match, offset: number) => {
      const before = text.slice(Math.max(0, offset - 30), offset);
      const afterItem = text.slice(offset + match.length, offset + match.length + 30);
      // "It doesn't meet Budget or Timeline", "Budget and Timeline aren't satisfied": the negation is what the listed items fail.
      const failing = FAILING_NEGATION_BEFORE.test(before) || FAILING_NEGATION_AFTER.test(afterItem);
      // Unless that state is what the list itself says ("Transferred: A and B. B was transferred on Monday").
      const excludedAs = EXCLUDED_AFTER.exec(afterItem)?.[1];
      if (!FAILING.test(text) && excludedAs !== undefined && context.toLowerCase().split(excludedAs.slice(0, 6)).length <= 2) denied.add(index);
      if (!failing && (MET_AFTER.test(afterItem) && FAILING.test(text))) return match;
      // "Authority is borderline (…), but I'd count it as met": a judgement later on the item's line that it is met.
      if (!failing && FAILING.test(text) && COUNTED_MET.test(text.slice(offset + match.length).split('\n')[0] ?? '')) return match;
      // "EMEA sits at 99.6%, which rounds to 100%, so I'm not counting it": later in its clause, with no other subject between.
      const uncounted = NOT_COUNTED.exec(text.slice(offset + match.length).split('\n')[0] ?? '');
      const between = uncounted === null ? '' : text.slice(offset + match.length, offset + match.length + uncounted.index);
      if (uncounted !== null && !/ ; |\b(?!(?:it|which|that|this|she|he)\b)\w+ (?:is|are|was|were) /.test(between) && !gold.some((g) => ` ${between} `.includes(` ${g} `))) return match;
      if (!failing && NEAR_MISS_AFTER.test(afterItem) && !FAILING.test(text.slice(0, offset))) return match;
      if (!failing && (NEGATED_BEFORE.test(before) || HEDGED_BEFORE.test(before) || HEDGED_AFTER.test(afterItem) || RANKED_BELOW_BEFORE.test(before) || RANKED_BELOW_AFTER.test(afterItem) || (MET_BEFORE.test(before) && FAILING.test(text)))) return match;
      // "Luis Ortega did not": denied right after the item.
      // "- PRD-2: 9 units (below the reorder point)": a parenthesis later on the item's line that says it falls short.
      if (!failing && denied.has(index) && EXCLUDED_AFTER.test(afterItem)) return match;
      if (!failing && / is excluded /.test(text.slice(offset + match.length).split(/\n| ; |§/)[0] ?? '')) return match;
      // "HAT045 and HAT219 are cancelled": a state said of the whole list, every item in its clause, is what the list says.
      const clause = text.slice(0, offset).split(/ ; |\n/).pop() ?? '';
      const listState = / (?:and|&) $/.test(before) && /^ (?:are|were|have been) /.test(afterItem) && gold.every((g, i) => i === index || clause.includes(`§${i}§`) || ` ${clause} `.includes(` ${g} `));
      if (!failing && !listState && /^ (?:(?:did|does|do|is|are|was|were|has|have|had) not|(?:didn|doesn|don|isn|wasn|aren|weren|hasn|haven) t|(?:is|are|was|were|has been|have been) (?:excluded|removed|cancelled|canceled|inactive|reassigned|transferred|dropped|deleted|deactivated|terminated|withdrawn|disqualified)|expired)\b/.test(text.slice(offset + match.length, offset + match.length + 30))) return match;
      found.add(index);
      if (!failing) positive.add(index);
      return `§${index}§`;
    });
  }
  // "March to June", "Q1 through Q3": a range of items includes those between them.
  if (/§\d+§ (?:to|through|thru|until|till) §\d+§/.test(text)) return outcome(false, 'set: the answer gives a range of items, which includes those between them');
  const missing = gold.filter((_, index) => !found.has(index));
  // "Outages: Maple St and Birch Ave. Cedar Rd was restored at 14:10.": an item whose own sentence says it changed to
  // another state is not in a list that does not say so.
  const lines = text.split(/\n| ; /);
  const moved = gold.find((_, index) => lines.some((line) => {
    const state = new RegExp(`^\\s*(?:\\S+ )?§${index}§ ${RESOLVED}`).exec(line)?.[1];
    return state !== undefined && (line.match(/§/g) ?? []).length === 2 && lines.some((other) => other !== line && other.includes('§') && !other.includes(state));
  }));
  if (moved !== undefined) return outcome(false, `set: ${JSON.stringify(moved)} is said on its own to have changed state`);
  // "I've returned the desk lamp. The water bottle is past its window, so I couldn't include it.": an item whose own
  // sentence says it could not be done is not in the set the other sentence gives.
  const undone = gold.find((_, index) => lines.some((line) => line.includes(`§${index}§`) && (line.match(/§/g) ?? []).length === 2 && NOT_DONE.test(line)) && lines.some((line) => line.includes('§') && !NOT_DONE.test(line)));
  if (undone !== undefined) return outcome(false, `set: ${JSON.stringify(undone)} is said on its own not to be done`);
  // "The rider covers hail and lightning. Lightning is excluded.": an item later said to be out of the set is not in it.
  const excluded = gold.filter((_, index) => denied.has(index) && positive.has(index));
  if (excluded.length > 0) return outcome(false, `set: ${excluded.map((m) => JSON.stringify(m)).join(', ')} is also said to be excluded`);
  if (missing.length > 0) return outcome(false, `set: missing ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  // "You returned the headphones; the charger is still with you": items in clauses that say different things.
  const clauses = text.split(/ ; |\n|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b/).filter((clause) => clause.includes('§'));
  if (clauses.some((c) => STILL.test(c)) && clauses.some((c) => !STILL.test(c))) return outcome(false, 'set: the answer says different things about the items (one clause says "still")');
  // "Highest call volume: Monday. Friday is quieter than you'd expect.": an item named in a comparison is a contrast, not an item.
  if (clauses.some((c) => COMPARISON.test(c)) && clauses.some((c) => !COMPARISON.test(c))) return outcome(false, 'set: one item is only compared with the others ("… than …")');
  // "Only order #W1 contains the charger; #W2 has the cable": "only" before one item leaves out the items said about otherwise.
  // "CA only; NV was flat" too.
  const only = /\bonly (?:\S+ ){0,2}§\d+§((?:(?!§)[^])*)§|§\d+§ only\b((?:(?!§)[^])*)§/.exec(text);
  if (only && (only[1] ?? only[2] ?? '').replace(/\b(?:and|or|also|as well as|plus)\b|[, \t]/g, '') !== '') return outcome(false, 'set: "only" singles out one item; the others are said to be otherwise');
  // "Authority and Need — or possibly Budget too": another item the answer leaves open hedges on the set.
  const hedged = HEDGED_EXTRA.exec(context)?.[1];
  if (hedged !== undefined && !gold.some((g) => g.split(' ').includes(hedged.toLowerCase()))) return outcome(false, `set: the answer leaves open whether ${JSON.stringify(hedged)} belongs too`);
  const named = namedNeighbour(actual, gold);
  if (named !== null) return outcome(false, `set: extra item ${JSON.stringify(named)} listed beside a gold item`);
  // "Only #W1 has the blender; #W2 has the lid": once "only" singles out the items, a clause about another record is no item.
  const singled = /\bonly (?:\S+ ){0,2}§\d+§/.test(text);
  // "Visa, Amex and — as of this month — Mastercard": a remark between two dashes is an aside, like a parenthesis.
  const extra = extraItems(text.replace(/ - (?:(?!§)[^\n-]){1,40} - /g, ' '), gold, context).filter((segment) => !(singled && /\b(?:has|have|had|is|are|was|were|contains?|holds?|includes?)\b/.test(segment)));
  if (extra.length > 0) return outcome(false, `set: extra item ${JSON.stringify(extra[0])}`);
  return outcome(true, `set: all ${gold.length} item${gold.length > 1 ? 's' : ''} named, nothing else listed`);
}
