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
 */
import { calendarForms } from '../../text/calendar.js';
import { foldText } from '../../text/fold.js';
import { isUsStateName, withStateNames } from '../../text/us-states.js';
import { normalizeAnswer } from '../normalize.js';
import { outcome, type MatchOutcome } from './outcome.js';

/** Bullets and enumerators that may open a list line: "-", "*", "•", "1.", "2)". */
const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/gm;
const SEPARATOR = /[,;\n|/]|\s&\s|\band\b|\bplus\b|\bas well as\b|\bbut\b/i;
/** Stands for a bullet through normalisation (a word, so it survives). */
const BULLET_MARK = 'zzbulletzz';
/** Words that may follow an item without changing it ("Budget only", "Need too", "Authority criteria"). */
const FUNCTION_WORD =
  /^(?:(?:19|20)\d{2}|quarters?|is|are|was|were|isn|aren|wasn|weren|doesn|don|didn|hasn|haven|not|unmet|satisfied|fulfilled|covered|only|too|also|both|either|criteria|criterion|items?|ones?|as|and|or|but|not|with|for|in|on|at|by|from|of|to|it|its|which|that|this|these|those|each|all|they|missing|fail(?:s|ed)?|met|unmet|respectively|zzbulletzz|accounts?|plans?|cards?|class|tiers?|stages?|teams?|options?|products?|had|has|have|contain|contains|include|includes|did|does|do|can|could|will|would|should|may|might|must|exceeded|hit|showed|shows|led|leads|topped|saw|sold|closed|came|got|received|passed|qualified|are|were)$/;
/** Introductory phrases that may stand before a list, set off by a comma. */
const INTRO =
  /^(?:based|according|looking|after|from|in|per|as|given|reviewing|checking|overall|so|well|yes|ok|okay|sure|hi|hello|thanks|thank|of|following|having|to summarize|in summary|short answer|answer|result|here|certainly|absolutely|great|good news|unfortunately|sadly)\b/;
/** Words that open a clause rather than an item. */
const CLAUSE_START =
  /^(?:as|which|because|since|so|but|based|according|per|while|with|though|although|given|i|we|it|its|this|these|that|those|they|there|please|let|all|both|each|both of|in|on|for|from|if|when|where|who|whose|after|before|due|overall|note|respectively|here|total|none|other|of|looking|reviewing|checking|yes|no|sure|okay|ok|well|hi|hello|thanks|thank|hope|happy|glad|feel|answer|result|summary|let s|you|your|my|our|is|are|was|were|has|have|had|be|been|being|only|also|then|however|therefore|mainly|mostly|primarily|chiefly|largely|basically|essentially|arguably(?= \S+ \S))\b/;
const NEGATED_BEFORE = /\b(?:not|no|never|except|excluding|without|nor|neither|isn t|aren t|doesn t|don t|didn t|wasn t|weren t|other than|rather than|instead of)\s+(?:\w+\s+)?$/;
/** A negation of meeting a criterion, before or after the items: what it negates is the failing set. */
const FAILING_NEGATION_BEFORE = /\b(?:doesn t|don t|does not|do not|didn t|did not|isn t|aren t|can t|cannot)\s+(?:meet|satisfy|pass|fulfil+|clear|have)\s+(?:\w+\s+)?(?:(?:§\d+§|\w+)\s+(?:or|and|nor)\s+)?$|\b(?:has|have|had) no\s+$/;
const FAILING_NEGATION_AFTER = /^ (?:(?:or|and) §\d+§ )?(?:(?:is|are|was|were) not|isn t|aren t|wasn t|weren t) (?:met|satisfied|fulfilled|covered|present|in place)\b/;
/** "Timeline is fine": beside a failing item, an item said to be met is not in the failing set. */
const MET_AFTER = /^ (?:is|are|was|were|looks?|seems?) (?:fine|ok|okay|good|met|satisfied|covered|in place|present|confirmed|clear)\b/;
/** "and possibly Tom Ode": an item the answer only guesses at is not named. */
const HEDGED_BEFORE = /\b(?:possibly|maybe|perhaps|probably|potentially)\s+$/;
/** "meets Need but fails Budget": when the answer also says what fails, an item that is met is not in the failing set. */
const MET_BEFORE = /\b(?:pass(?:es|ed)?|meets?|met|satisf(?:y|ies|ied))\s+(?:\w+\s+)?$/;
const MET_IN = /\b(?:pass(?:es|ed)?|meets?|met|satisf(?:y|ies|ied)|covered|in place|present)\b/;
const FAILING = /\b(?:fail(?:s|ed|ing)?|miss(?:es|ed|ing)?|lacks?|lacking|not met|unmet|short on)\b/;

/**
 * Splits a list into normalised items on commas, semicolons, newlines,
 * bullets and (unless `splitOnAnd` is false) "and" and "&". A comma that
 * groups digits ("12,500") does not split.
 *
 * @example listItems('Q1, Q3 and the Q4') // ['q1', 'q3', 'q4']
 */
export function listItems(text: string, splitOnAnd = true): string[] {
  const ungrouped = foldText(text, { case: false }).replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(BULLET, '\n');
  const separator = splitOnAnd ? /[,;\n]|\s&\s|\band\b/i : /[,;\n]/;
  return ungrouped
    .split(separator)
    .map((item) => itemKey(item.replace(/^\s*(?:and|or)\s+/i, '')))
    .filter((item) => item !== '');
}

/** An item's comparison key: normalised, or its letter when it is only an article ("A", an option label). */
function itemKey(item: string): string {
  return normalizeAnswer(foldText(item)) || item.trim().toLowerCase();
}

/**
 * Whether the answer names exactly the gold items, in any order. An array
 * gold is taken item by item; a string gold is split like a list (with and
 * without "and" as a separator, either reading may match).
 *
 * @example setMatch(['Authority', 'Need'], 'It fails on Authority and Need.').pass // true
 */
export function setMatch(expected: string | number | readonly (string | number)[], written: string): MatchOutcome {
  // Struck-through items ("Alice, ~~Tom~~, Ravi") are removed from the list.
  // Struck-through items go; so do quantity marks ("×2") and a short label before the list ("2 items: …").
  const readings = Array.isArray(expected) ? [expected.map((item) => itemKey(String(item)))] : [listItems(String(expected), true), listItems(String(expected), false)];
  // "CA & TX" for California and Texas: state codes read as names when the gold names states.
  const answer = readings.flat().some(isUsStateName) ? withStateNames(written) : written;
  const label = /^([^:\n]{1,30}):\s*(?=\S)/.exec(answer);
  const namesItem = (text: string): boolean => readings.flat().some((item) => ` ${itemKey(text)} `.includes(` ${item} `));
  const unstruck = answer
    .replace(/~~[^~\n]+~~/g, ' ')
    // "×2", " x2", but not the "x" ending a name ("AeroMix 300").
    .replace(/\s[×x]\s?\d+\b|×\s?\d+\b/g, ' ')
    // Only a one-line answer's label, or a count ("2 items:"): labelled lines ("Missing: …\nPresent: …") say which group is which.
    .replace(label && (!answer.trim().includes('\n') || /\d/.test(label[1] ?? '')) && !/^\s*(?:[-*•]|\d+[.)])\s/.test(label[0]) && !namesItem(label[1] ?? '') ? label[0] : '\u0000', '');
  const actual = correctedList(unstruck, readings.flat());
  const checklist = Array.isArray(expected) ? checklistMatch(expected.map((item) => itemKey(String(item))), actual) : null;
  if (checklist) return checklist;
  let last: MatchOutcome = outcome(false, 'set: the gold has no items');
  for (const gold of readings) {
    const items = [...new Set(gold.filter((item) => item !== ''))];
    if (items.length === 0) continue;
    last = matchItems(items, actual);
    if (last.pass) return last;
  }
  return last;
}

/** A correction after a list: "— wait, …", "correction: …", "actually …", "sorry, I mean …", "scratch that". */
const CORRECTION = /(?:^|[\s,.;:(\-\u2013\u2014])(?:wait|correction|actually|sorry|scratch that|i mean|make that|update|on second thought)\b/gi;
/** The words in a correction that add to the list rather than replace it. */
const ADDITION = /\b(?:also|too|as well|in addition|plus|add|forgot)\b/i;
/** A caveat after the list that concludes with a narrower one: "— though …, so strictly it's just Dana", "although …, so really only Alice". */
const CAVEAT_CONCLUSION = /\b(?:though|although|but|however)\b[^.;!?]*?\bso\s+(?:(?:strictly|really|technically|actually|in fact|strictly speaking)\s*,?\s+)?(?:(?:it's|it is|that's|that is|that leaves|it'd be|it would be)\s+)?(?:just|only)\b/gi;
/** Where a correction states its conclusion: "…, so only Alice and Ravi". */
const CONCLUSION = /\b(?:so|that leaves|leaving|which leaves|meaning|i\.e\.|the list is|it's|it is)\b/gi;

/**
 * The list the answer settles on. After a correction that follows a list,
 * the corrected list replaces the first one (its conclusion after "so", when
 * it gives one); a correction that adds ("actually, also Tom") keeps both.
 */
function correctedList(actual: string, gold: readonly string[]): string {
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

/** A comparison: "quieter than", "more calls than", "fewer than". */
const COMPARISON = /\b(?:\w+er|more|less|fewer)\b(?: \w+)? than\b/;

/** Words that say an item's state carries on, unlike items whose clause lacks them ("the charger is still with you"). */
const STILL = /\b(?:still|remains?|remained|not yet|yet to|kept|keeping)\b/;

function matchItems(gold: readonly string[], actual: string): MatchOutcome {
  // Work on the normalised answer with each gold occurrence replaced by a placeholder, longest items first.
  let text = ` ${normalizeLines(withoutHeadings(actual, gold))} `;
  const found = new Set<number>();
  const order = gold.map((item, index) => ({ item, index })).sort((a, b) => b.item.length - a.item.length);
  for (const { item, index } of order) {
    const pattern = new RegExp(`(?<=[ \\n])${item.split(' ').map(wordPattern).join('[ ]+')}(?=[ \\n])`, 'g');
    text = text.replace(pattern, (match, offset: number) => {
      const before = text.slice(Math.max(0, offset - 30), offset);
      const afterItem = text.slice(offset + match.length, offset + match.length + 30);
      // "It doesn't meet Budget or Timeline", "Budget and Timeline aren't satisfied": the negation is what the listed items fail.
      const failing = FAILING_NEGATION_BEFORE.test(before) || FAILING_NEGATION_AFTER.test(afterItem);
      if (!failing && (MET_AFTER.test(afterItem) && FAILING.test(text))) return match;
      if (!failing && (NEGATED_BEFORE.test(before) || HEDGED_BEFORE.test(before)) || (MET_BEFORE.test(before) && FAILING.test(text))) return match;
      // "Luis Ortega did not": denied right after the item.
      // "- PRD-2: 9 units (below the reorder point)": a parenthesis later on the item's line that says it falls short.
      if (!failing && / is excluded /.test(text.slice(offset + match.length).split(/\n| ; |§/)[0] ?? '')) return match;
      if (!failing && /^ (?:(?:did|does|do|is|are|was|were|has|have|had) not|(?:didn|doesn|don|isn|wasn|aren|weren|hasn|haven) t|(?:is|are|was|were|has been|have been) (?:excluded|removed|cancelled|canceled|inactive|reassigned|transferred|dropped|deleted|deactivated|terminated|withdrawn|disqualified)|expired)\b/.test(text.slice(offset + match.length, offset + match.length + 30))) return match;
      found.add(index);
      return `§${index}§`;
    });
  }
  // "March to June", "Q1 through Q3": a range of items includes those between them.
  if (/§\d+§ (?:to|through|thru|until|till) §\d+§/.test(text)) return outcome(false, 'set: the answer gives a range of items, which includes those between them');
  const missing = gold.filter((_, index) => !found.has(index));
  if (missing.length > 0) return outcome(false, `set: missing ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  // "You returned the headphones; the charger is still with you": items in clauses that say different things.
  const clauses = text.split(/ ; |\n|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b/).filter((clause) => clause.includes('§'));
  if (clauses.some((c) => STILL.test(c)) && clauses.some((c) => !STILL.test(c))) return outcome(false, 'set: the answer says different things about the items (one clause says "still")');
  // "Highest call volume: Monday. Friday is quieter than you'd expect.": an item named in a comparison is a contrast, not an item.
  if (clauses.some((c) => COMPARISON.test(c)) && clauses.some((c) => !COMPARISON.test(c))) return outcome(false, 'set: one item is only compared with the others ("… than …")');
  // "Only order #W1 contains the charger; #W2 has the cable": "only" before one item leaves out the items said about otherwise.
  // "CA only; NV was flat" too.
  const only = /\bonly (?:\S+ ){0,2}§\d+§((?:(?!§)[^])*)§|§\d+§ only\b((?:(?!§)[^])*)§/.exec(text);
  if (only && (only[1] ?? only[2] ?? '').replace(/\b(?:and|or|also|as well as|plus)\b|[,\s]/g, '') !== '') return outcome(false, 'set: "only" singles out one item; the others are said to be otherwise');
  const named = namedNeighbour(actual, gold);
  if (named !== null) return outcome(false, `set: extra item ${JSON.stringify(named)} listed beside a gold item`);
  const extra = extraItems(text, gold);
  if (extra.length > 0) return outcome(false, `set: extra item ${JSON.stringify(extra[0])}`);
  return outcome(true, `set: all ${gold.length} item${gold.length > 1 ? 's' : ''} named, nothing else listed`);
}

const NAME = "\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)*(?![\\p{L}\\p{N}])";
const JOIN = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)';
const NEIGHBOUR = new RegExp(`§${JOIN}(${NAME})|(?<![\\p{L}\\p{N}])(${NAME})${JOIN}§`, 'gu');

/**
 * A capitalised name joined to a gold item by "and", "&" or a comma, that is
 * no gold item: "Ravi Patel and Tom Ode follow with 11" lists Tom Ode even
 * inside a longer clause. Gold items are masked first (longest first), so an
 * item that holds "and" ("Research and Development") is one item. Months and
 * weekdays are not names here.
 */
function namedNeighbour(actual: string, gold: readonly string[]): string | null {
  let masked = foldText(actual, { case: false, diacritics: false });
  for (const item of [...gold].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${item.split(' ').map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');
    masked = masked.replace(pattern, '§');
  }
  for (const m of masked.matchAll(NEIGHBOUR)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const words = name.split(/\s+/);
    if (words.every((w) => calendarForms(w) !== null || /^(?:I|The|A|An|And|Both|All|Also|Then|But|Or|Plus)$/.test(w))) continue;
    return name;
  }
  return null;
}

/** Whether a line without gold items says "met" while a line with them says "failed", or the reverse. */
function oppositePolarity(line: string, text: string): boolean {
  const polarity = (l: string): 'met' | 'fail' | null => (FAILING.test(l) ? 'fail' : MET_IN.test(l) ? 'met' : null);
  const own = polarity(line);
  if (own === null) return false;
  return text.split('\n').some((other) => other.includes('§') && polarity(other) !== null && polarity(other) !== own);
}

/** Normalises line by line, so newlines still separate items. */
function normalizeLines(text: string): string {
  // A sentence ends the list: "Alice and Ravi. Actually, both joined in May."
  return foldText(text.replace(/(?<=\p{Ll}{2})[.!?]\s+(?=\p{Lu})/gu, '\n'))
    .replace(/[\u2705\u2714\u2611]\ufe0f?/g, ' met ')
    .replace(/[\u274c\u2717\u2718\u2716]\ufe0f?/g, ' missing ')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(BULLET, `\n${BULLET_MARK} `)
    // "(and arguably Timeline)" adds to the list; other parentheses describe an item.
    .replace(/\(\s*((?:and|also|plus|or|arguably|possibly|maybe|perhaps)\b[^)]*)\)/g, ', $1')
    // "AeroMix 300 (2.6%, just below)": a parenthesis saying the item falls short takes it out of the list.
    .replace(/\(\s*(?:[-+$€£]?\d[\d.,]*\s*%?\s*[,;:\u2013\u2014-]?\s*)?(?:(?:just|slightly|a bit|barely)\s+)?(?:below|under|not (?!counting|including|incl\b|yet\b)\w+|fell short|falls short|short of|excluded|missed|cancell?ed|voided|withdrawn|removed|dropped|doesn't|didn't|does not|did not)\b[^)]*\)/gi, ' is excluded ')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\n/)
    .map((line) => line.split(/([,;|/&]|\s-\s)/).map((part) => (/^(?:[,;|/&]|\s-\s)$/.test(part) ? ` ${part.trim()} ` : normalizeAnswer(part))).join(''))
    .join('\n');
}

/** Segments of the answer's list that name no gold item but look like items. */
function extraItems(text: string, gold: readonly string[]): string[] {
  const limit = Math.max(4, ...gold.map((item) => item.split(' ').length + 1));
  const extras: string[] = [];
  for (const rawLine of text.split('\n')) {
    const bulleted = rawLine.includes(BULLET_MARK);
    const line = rawLine.replace(BULLET_MARK, ' ').trim();
    // A remark after a colon or dash belongs to the item before it ("Authority: no signer").
    // A remark after a dash belongs to the item before it ("Linda Wood - 22 cases"), unless it goes on with the list ("- and Wei Alvarez").
    const remarked = line.split(/\s-\s(?!\s*(?:and|or|plus|also|as well as)\b)/)[0] ?? line;
    // "…; Need and Timeline are covered": a clause about what is met names no failing item.
    const head = FAILING.test(text) ? remarked.split(/( ; |\bbut\b)/).filter((clause) => clause.includes('§') || !MET_IN.test(clause)).join(' ') : remarked;
    const segments = head.split(SEPARATOR).map((s) => s.trim()).filter((s) => s !== '' && !/^[,;|/&]$/.test(s));
    if (!segments.some((s) => s.includes('§'))) {
      // A line marked with the opposite polarity of the items' lines ("Present: Need", "Need ✅" beside "Budget ❌") lists the others.
      if (oppositePolarity(line, text)) continue;
      // A table row names its item in its first cell.
      const cell = /^\|/.test(line) ? segments.find((s) => !/^\d[\d. ]*(?:\s\w+)?$/.test(s)) : undefined;
      const words = (cell ?? line).split(/\s+/).filter(Boolean);
      if (words.length > 0 && (bulleted || words.length <= limit) && !CLAUSE_START.test(words.join(' '))) extras.push(words.join(' '));
      continue;
    }
    segments.forEach((segment, i) => {
      // "Data overage" is not "Data": a content word glued to an item in a short segment makes another item.
      const glued = /§\d+§ (\w+)/.exec(segment);
      // "1. HAT172 JFK → ORD": in a list whose every item line opens with a gold code, what follows the code describes it
      // (a word after a name may make another name: "Data overage").
      if (glued && bulleted && i === 0 && /\d/.test(gold[Number(/^§(\d+)§/.exec(segment)?.[1])] ?? '') && itemLinesOpenWithItems(text)) return;
      if (glued && segment.split(' ').length <= limit && !FUNCTION_WORD.test(glued[1] ?? '')) {
        extras.push(segment);
        return;
      }
      if (segment.includes('§')) return;
      // "Technical Support came close but didn't": a near miss is named as not in the set.
      if (/\b(?:came close|close behind|just missed|narrowly missed|barely missed|fell short|falls short|missed out)\b/.test(segment)) return;
      // "It meets Need but fails Budget", "Need and Timeline are covered": what is met is not in a failing set.
      if (MET_IN.test(segment) && FAILING.test(text)) return;
      // A count or amount beside the items ("| 37 |", "(22 cases)") describes them.
      if (/^\d[\d. ]*(?:\s\w+)?$/.test(segment)) return;
      if (/^(?:not|no|never|except|excluding|without|nor|(?:didn|doesn|don|wasn|isn|aren|weren|hasn|haven) t|(?:did|does|was|is|are|were|has|have) not)\b/.test(segment)) return;
      const words = segment.replace(/^(?:or|and)\s+/, '').split(/\s+/).filter(Boolean);
      if (words.length === 0) return;
      // A first segment before the gold items ends with the list's first item ("It fails on Budget, Authority …")
      // unless it is an introductory phrase ("Based on the notes, …").
      if (i === 0 && !INTRO.test(words.join(' '))) {
        extras.push(words.slice(-2).join(' '));
        return;
      }
      if (words.length > limit || CLAUSE_START.test(words.join(' '))) return;
      extras.push(words.join(' '));
    });
  }
  return extras;
}

/** Whether a list has two or more bulleted or numbered lines and each opens with a distinct gold item. */
function itemLinesOpenWithItems(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.includes(BULLET_MARK)).map((line) => line.replace(BULLET_MARK, ' ').trim());
  const opening = lines.map((line) => /^§(\d+)§/.exec(line)?.[1]);
  return lines.length >= 2 && opening.every((item) => item !== undefined) && new Set(opening).size === opening.length;
}

/** One word of an item as a pattern: a month or weekday also matches its abbreviations ("Wed", "Sept"). */
function wordPattern(word: string): string {
  const forms = calendarForms(word);
  // Quarters also as ordinals ("the first and third quarters").
  const quarter = /^q([1-4])$/.exec(word);
  if (quarter) return `(?:q${quarter[1]}|${['first', 'second', 'third', 'fourth'][Number(quarter[1]) - 1]})`;
  // Weekdays also in the plural ("Mondays").
  return forms ? `(?:${forms.join('|')})${/day$/.test(forms[0] ?? '') ? 's?' : ''}` : escape(word);
}

/**
 * The answer without lines that only introduce the list: a line ending in a
 * colon ("Top two agents:"), a markdown table's header row and its `|---|`
 * rule, unless they name a gold item.
 */
function withoutHeadings(actual: string, gold: readonly string[]): string {
  const lines = actual.split('\n');
  const namesGold = (line: string): boolean => gold.some((item) => ` ${itemKey(line)} `.includes(` ${item} `));
  const rule = (line: string | undefined): boolean => line !== undefined && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
  return lines
    .filter((line, i) => !rule(line) && !((/:\s*$/.test(line) || rule(lines[i + 1])) && !namesGold(line)))
    .join('\n');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks that tick an item off or cross it out, in checklists and tables. */
const TICK = /✅|✔|✓|☑|\[x\]|🟢/iu;
const CROSS = /❌|✗|✘|✖|☐|❎|⛔|🚫|🔴|\[ \]/u;

/**
 * A checklist answer ("- Budget ❌\n- Need ✅", "☐ Budget\n☑ Need", or a table
 * with a ✅/❌ column) splits its items into ticked and crossed ones; the
 * question decides which group is the answer, so the gold must be exactly
 * one of them. `null` when fewer than two lines carry a mark.
 */
function checklistMatch(gold: readonly string[], actual: string): MatchOutcome | null {
  const ticked: string[] = [];
  const crossed: string[] = [];
  // "Authority ✗, Need ✗, Budget ✓" on one line: each marked item is a line of the checklist.
  const marks = (line: string): number => [...line.matchAll(new RegExp(`${TICK.source}|${CROSS.source}`, 'giu'))].length;
  const splitMarked = (l: string): string[] => l.split(new RegExp(`[,;]|(?<=(?:${TICK.source}|${CROSS.source})\ufe0f?)\\s+`, 'iu'));
  for (const line of actual.split('\n').flatMap((l) => (marks(l) >= 2 ? splitMarked(l) : [l]))) {
    const tick = TICK.test(line);
    const cross = CROSS.test(line);
    if (tick === cross) continue;
    // The item is the line's first cell, without bullets, marks and emphasis; a mark after the item ends it ("Boots ✅ returned").
    const beforeMark = line.split(new RegExp(`${TICK.source}|${CROSS.source}`, 'iu'))[0] ?? '';
    const cells = (itemKey(beforeMark.replace(BULLET, '').replace(/^\s*\|/, '').split('|')[0] ?? '') !== '' ? beforeMark : line).replace(/^\s*\|/, '').split('|');
    const cell = cells.map((c) => c.replace(TICK, '').replace(CROSS, '')).find((c) => itemKey(c.replace(BULLET, '')) !== '') ?? '';
    const item = itemKey(cell.replace(BULLET, '').replace(/\s[-:—–]\s.*$/, ''));
    if (item !== '') (tick ? ticked : crossed).push(item);
  }
  if (ticked.length + crossed.length < 2) return null;
  const same = (group: readonly string[]): boolean => group.length === gold.length && gold.every((g) => group.includes(g));
  if (same(crossed)) return outcome(true, `set: the crossed-out items of the checklist are ${JSON.stringify(crossed)}`);
  if (same(ticked)) return outcome(true, `set: the ticked items of the checklist are ${JSON.stringify(ticked)}`);
  return outcome(false, `set: the checklist ticks ${JSON.stringify(ticked)} and crosses ${JSON.stringify(crossed)}, neither of which is ${JSON.stringify(gold)}`);
}
