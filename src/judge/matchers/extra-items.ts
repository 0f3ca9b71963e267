/**
 * What a list answer names besides the gold items, for the `set` matcher: a
 * short segment between separators that names no gold item counts as an extra
 * item, and so does a capitalised name joined to a gold item by "and" or a
 * comma; a lead-in, a trailing clause ("as the notes show"), a count beside an
 * item or a line of the opposite polarity ("Present: Need") does not.
 */
import { calendarForms } from '../../text/calendar.js';
import { foldText } from '../../text/fold.js';
import { BULLET_MARK } from './list-items.js';
import { continuesAfterItems } from './item-tail.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

const SEPARATOR = /[,;\n|/]|\s&\s|\band\b|\bplus\b|\bas well as\b|\bbut\b/i;
/** Words that may follow an item without changing it ("Budget only", "Need too", "Authority criteria"). */
const FUNCTION_WORD =
  /^(?:(?:19|20)\d{2}|quarters?|is|are|was|were|isn|aren|wasn|weren|doesn|don|didn|hasn|haven|not|unmet|satisfied|fulfilled|covered|only|too|also|both|either|criteria|criterion|items?|ones?|as|and|or|but|not|with|for|in|on|at|by|from|of|to|it|its|which|that|this|these|those|each|all|they|missing|fail(?:s|ed)?|miss(?:es|ed)?|beat|beats|need|needs|require|requires|qualify|qualifies|exceed|exceeds|met|unmet|respectively|zzbulletzz|accounts?|plans?|cards?|class|tiers?|stages?|teams?|options?|products?|had|has|have|contain|contains|include|includes|did|does|do|can|could|will|would|should|may|might|must|exceeded|tie|ties|tied|hit|showed|shows|led|leads|topped|saw|sold|closed|came|got|received|passed|qualified|are|were)$/;
/** Introductory phrases that may stand before a list, set off by a comma. */
const INTRO =
  /^(?:based|according|looking|after|from|in|per|as|given|got it|understood|noted|alright|reviewing|checking|overall|so|well|yes|ok|okay|sure|hi|hello|thanks|thank|of|following|having|to summarize|in summary|short answer|answer|result|here|certainly|absolutely|great|good news|unfortunately|sadly)\b/;
/** Words that open a clause rather than an item. */
const CLAUSE_START =
  /^(?:as|which|because|since|so|but|based|according|per|while|with|though|although|given|i|we|it|its|this|these|that|those|they|there|please|let|all|both|each|both of|in|on|for|from|if|when|where|who|whose|after|before|due|overall|note|respectively|here|total|none|other|of|looking|reviewing|checking|yes|no|sure|okay|ok|well|anything|done|all set|safe travels|enjoy|cheers|take care|have a|got it|understood|noted|perfect|hi|hello|thanks|thank|hope|happy|glad|feel|answer|result|summary|let s|you|your|my|our|is|are|was|were|has|have|had|be|been|being|only|also|then|however|therefore|mainly|mostly|primarily|chiefly|largely|basically|essentially|pending|awaiting|including|following|until|as of|shall|should|would|could|can|will|do|does|did|arguably(?= \S+ \S))\b/;
export const MET_IN = /\b(?:pass(?:es|ed)?|meets?|met|satisf(?:y|ies|ied)|covered|in place|present|confirmed|verified)\b/;
export const FAILING = /\b(?:fail(?:s|ed|ing)?|miss(?:es|ed|ing)?|lacks?|lacking|not met|unmet|short on|(?:doesn|don|didn) t (?:meet|satisfy)|(?:does|do|did) not (?:meet|satisfy))\b/;

/** A thing that came near the set and is not in it: "came close", "missed by 2%", "fell short". */
const NEAR_MISS = /\b(?:came close|close behind|just missed|narrowly missed|barely missed|missed (?:by|out)|fell short|falls short|came in (?:short|under|below))\b/;
/** A thing said to be out of the set: "is excluded", "isn't covered", "was not eligible". */
const DENIED = /\b(?:(?:is|are|was|were) (?:excluded|not \w+|ineligible|out of scope)|(?:isn|aren|wasn|weren) t \w+)\b|\b(?:(?:isn|aren|wasn|weren|doesn|don|didn) t|(?:is|are|does|did) not)$/;
/** A line that labels a figure, not an item: "Refund: $212.40", "Total: 3". */
const FIGURE_LINE = /^(?:total|subtotal|refund|refunded|amount|balance|price|cost|fee|charge|credit|sum|count|average)\b[^§]*\d[\d ]*$/;

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
export function namedNeighbour(actual: string, gold: readonly string[]): string | null {
  // Diacritics fold as in the gold's keys ("Tromsø" is "tromso"); case stays, names are capitalised.
  let masked = foldText(actual, { case: false });
  for (const item of [...gold].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${item.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');
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

/** Whether a line is a sentence with its own predicate, which no line with gold items shares ("Gamma looks fine"). */
function ownStatement(line: string, text: string, answer: string): boolean {
  const clause = /^(?:\S+ ){1,3}(?:is|are|was|were|looks?|seems?|remains?|stays?) (.*)$/.exec(line);
  if (clause === null || /\b(?:also|too|as well|plus)\b/.test(line) || FAILING.test(line)) return false;
  // The list's own words: its lines with gold items, and the answer's other sentences (a label such as "Late:" included).
  const others = [...text.split('\n').filter((l) => l.includes('§')), ...foldText(answer).toLowerCase().split(/[.!?\n]/).filter((s) => !s.includes(line.split(' ')[0] ?? ''))];
  const listed = new Set(others.flatMap((l) => l.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4));
  return !(clause[1] ?? '').split(' ').some((w) => listed.has(w));
}

/** Segments of the answer's list that name no gold item but look like items. */
export function extraItems(text: string, gold: readonly string[], answer = ''): string[] {
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
      // "Flood is excluded.", "Mold isn't covered": a line that says a thing is not in the set names no extra item.
      if (DENIED.test(line) || NEAR_MISS.test(line)) continue;
      if (FIGURE_LINE.test(line)) continue;
      // "- Discovery: 0 stalled": a line that counts none of something names no item.
      if (/^(?:\S+ ){1,3}(?:0|zero|none)\b/.test(line)) continue;
      // "Discovery looks healthy.", "Average was 47.2.": a sentence after the list that says something of its own is no
      // item, unless it adds to the list ("… too", "also"), says it fails, or says what the list's lines say ("Beta is late").
      if (!bulleted && ownStatement(line, text, answer)) continue;
      // "Exchange submitted.", "Refund issued.": a short sentence after the list that ends in a participle reports an action.
      if (!bulleted && /^(?:\p{L}+ ){1,2}(?:\p{L}{3,}ed|sent|done|made|paid)$/u.test(line) && !MET_IN.test(line) && !FAILING.test(line)) continue;
      // "Radiology too, if you count the pending invoice": a sentence that adds a name with "too" lists it.
      const added = /^((?:\S+ ){0,2}\S+) (?:too|as well)\b/.exec(line);
      if (added && !CLAUSE_START.test(added[1] ?? '')) {
        extras.push(added[1] ?? '');
        continue;
      }
      // A table row names its item in its first cell.
      const cell = /^\|/.test(line) ? segments.find((s) => !/^\d[\d. ]*(?:\s\w+)?$/.test(s)) : undefined;
      const words = (cell ?? line).split(/\s+/).filter(Boolean);
      if (words.length > 0 && (bulleted || words.length <= limit) && !CLAUSE_START.test(words.join(' '))) extras.push(words.join(' '));
      continue;
    }
    // "Both escalations, A and B, missed the SLA": a plural noun with a determiner is the head the items stand beside,
    // and what follows the items is its predicate.
    // The predicate follows the last item after a comma, not "and" ("…, A and B, and also C" lists C).
    const appositive = /^(?:both|all|the|these|those|two|three|four|five|six)\s+(?:\w+\s+)?\w+s$/.test(segments[0] ?? '') && /^[^§]*,\s*§.*§\s*,(?!\s*(?:and|or|plus|also|as well as)\b)[^§]+$/.test(head);
    // "| Edge Router X9 | missing support plan |": in a table whose every row opens with a gold item, the other cells describe it.
    const described = /^\|/.test(line) && rowsOpenWithItems(text);
    segments.forEach((segment, i) => {
      if (appositive && (i === 0 || (i === segments.length - 1 && !segment.includes('§')))) return;
      if (described && i > 0) return;
      // "Data overage" is not "Data": a content word glued to an item in a short segment makes another item.
      const glued = /§\d+§ (\w+)/.exec(segment);
      // "1. HAT172 JFK → ORD": in a list whose every item line opens with a gold code, what follows the code describes it
      // (a word after a name may make another name: "Data overage").
      if (glued && bulleted && i === 0 && /\d/.test(gold[Number(/^§(\d+)§/.exec(segment)?.[1])] ?? '') && itemLinesOpenWithItems(text)) return;
      // "Negotiation: 4 stalled": a count glued to the item describes it.
      if (glued && segment.split(' ').length <= limit && !FUNCTION_WORD.test(glued[1] ?? '') && !/^\d+$/.test(glued[1] ?? '') && !continuesAfterItems(segments, i)) {
        extras.push(segment);
        return;
      }
      if (segment.includes('§')) return;
      // "- HAT045 BOS→ORD, May 12": a date after an item on its line describes it, unless the items are months.
      if (/^\p{L}+ \d{1,2}$/u.test(segment) && calendarForms(segment.split(' ')[0] ?? '') !== null && !gold.some((item) => calendarForms(item.split(' ')[0] ?? '') !== null)) return;
      // "Technical Support came close but didn't": a near miss is named as not in the set.
      if (NEAR_MISS.test(segment)) return;
      // "It meets Need but fails Budget", "Need and Timeline are covered": what is met is not in a failing set.
      if (MET_IN.test(segment) && FAILING.test(text)) return;
      // A count or amount beside the items ("| 37 |", "(22 cases)") describes them.
      // A number shaped like the gold's numeric ids ("7602931732" beside "1151293680") is another id, not a count.
      // So is a number of a gold item's own shape ("555 0199" beside "555-0110").
      const shape = (t: string): string => t.replace(/\d/g, '0');
      if (/^\d[\d. ]*(?:\s\w+)?$/.test(segment) && !gold.some((item) => (/^\d{5,}$/.test(item) && item.length === segment.length && /^\d+$/.test(segment)) || (/\d \d/.test(item) && shape(item) === shape(segment))) && !(gold.every((item) => /^\d+$/.test(item)) && /^\d+$/.test(segment))) return;
      // "…; #W9930114 had it but was cancelled": a thing whose own clause goes on to say it is out names no item.
      if (/^(?:is|are|was|were|(?:has|have|had)(?: since| now| later| then)? been|got) (?:since |later |then |now )?(?:cancell?ed|removed|excluded|voided|withdrawn|deleted|dropped|disqualified|returned|refunded)\b/.test(segments[i + 1] ?? '')) return;
      // "…; HAT777 is still on": a thing said to stay as it was is not in a list of what changed.
      if (/^(?:\S+ ){1,3}(?:(?:is|are|was|were) still|remains?|remained|stays?|stayed)\b/.test(segment)) return;
      // "…; Authority is uncertain": a thing the answer is unsure of is not named.
      if (/^(?:\S+ ){1,3}(?:is|are|was|were|remains?|looks?|seems?) (?:still )?(?:unclear|uncertain|unconfirmed|unknown|questionable|doubtful|borderline|debatable)$/.test(segment)) return;
      // "…; Budget isn't.": an elliptical denial names the thing as not in the set.
      if (/ (?:(?:isn|aren|wasn|weren|doesn|didn|don) t|(?:is|are|was|were|does|did|do) not)$/.test(segment)) return;
      if (/^(?:not|no|never|except|excluding|without|nor|(?:didn|doesn|don|wasn|isn|aren|weren|hasn|haven) t|(?:did|does|was|is|are|were|has|have) not)\b/.test(segment)) return;
      const words = segment.replace(/^(?:or|and)\s+/, '').split(/\s+/).filter(Boolean);
      if (words.length === 0) return;
      // A first segment before the gold items ends with the list's first item ("It fails on Budget, Authority …")
      // unless it is an introductory phrase ("Based on the notes, …") or a whole clause with its own verb
      // ("Two support plans can't sit on the same quote, and …").
      const clause = words.length > limit && /\b(?:can|cannot|can t|could|couldn t|should|must|will|won t|would|is|are|isn t|aren t)\s+(?:not\s+)?\w+/.test(words.join(' '));
      // "It went straight from Qualification to Negotiation, skipping Discovery and Quote": a participle after the
      // first segment opens the list, so that segment is a clause of its own.
      const opensList = /^(?:[a-z]+ing|namely|specifically|i e|e g)\b/.test(segments[1] ?? '') && /^\S+ (?:\S+ ){2,}/.test(`${words.join(' ')} `);
      if (i === 0 && !INTRO.test(words.join(' ')) && !clause && !opensList) {
        extras.push(words.slice(-2).join(' '));
        return;
      }
      // "The water bottle, desk lamp and the yoga mat are all being returned", "…, toaster and kettle can all be returned":
      // the last item before the list's predicate.
      const subject = i > 0 && i === segments.length - 1 && segments[i - 1]?.includes('§') ? /^((?:\S+ ){0,2}\S+) (?:are|were|is|was|have|has|will|can|could|may|must|should) (?:all |both |now |also )?(?:be(?:en|ing)? )?\w+(?:ed|en|ing)\b/.exec(words.join(' '))?.[1] : undefined;
      if (subject !== undefined && !CLAUSE_START.test(subject) && !FUNCTION_WORD.test(subject)) {
        extras.push(subject);
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

/** Whether a markdown table has two or more rows and each opens with a distinct gold item in its first cell. */
function rowsOpenWithItems(text: string): boolean {
  const rows = text.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('|'));
  const opening = rows.map((row) => /^\|\s*§(\d+)§\s*\|/.exec(row)?.[1]);
  return rows.length >= 2 && opening.every((item) => item !== undefined) && new Set(opening).size === opening.length;
}
