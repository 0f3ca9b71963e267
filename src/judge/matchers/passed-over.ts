/**
 * A value the answer names but passes over. A careful reader takes the
 * statement that answers the question, not every value in the text: an
 * answer that opens by stating another value as the answer ("Routing to
 * Marcus Oyelaran.", "Web converts best at 18%; …") names the gold later
 * only as the candidate it set aside; a value in a clause the answer moved
 * on from ("It was logged as High but re-triaged to Medium"), one it says
 * was removed ("the São Paulo leg was removed"), one it says belongs
 * elsewhere ("It's in Negotiation, but it really belongs in Proposal"), one
 * only inside the parenthesis of another value's line, and one under a
 * condition with an "otherwise" are not the answer either; nor is one
 * before a closing sentence that assigns or routes to another value ("I'd
 * assign the lead to Aiko Brennan."), nor one only on offer beside what
 * holds ("You're in economy; business is available for $420 more").
 * `exact` and `normalized` fail such a gold.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A capitalised name of up to six words, perhaps with an inner dash ("Kestrel Foods - Cold Chain Expansion"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:-\s+)?(?:of\s+|de\s+|da\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,5}`;
/** "Routing to Marcus Oyelaran", "Assigned it to …", "I've routed this to …": the opening sentence acts on a value. */
const OPENING_ACTION = new RegExp(String.raw`^\W*(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:route|routing|routed|assign|assigning|assigned|send|sending|sent|escalate|escalating|escalated|transfer|transferring|transferred|hand|handing|handed|give|rebooking|rebooked|booking|booked|moving|moved)\s+(?:(?:it|this|them|the\s+\w+)\s+)?(?:over\s+)?(?:to|with|on|into)\s+(?:the\s+)?(${NAME})`, 'u');
/** "Web converts best at 18%", "Kestrel Foods - Cold Chain Expansion was the largest": a value the opening ranks first. */
const OPENING_RANK = new RegExp(String.raw`^\W*(${NAME})\s+(?:is|was|has|had|converts|performs|did|does|came|comes|ranks|ranked|leads|led|wins|won|scores|scored)\s+(?:\w+\s+)?(?:the\s+)?(?:best|highest|largest|biggest|most|top|first|lowest|fastest|shortest|longest|leader|winner|strongest)\b`, 'u');
/** "That would be O'Reilly Freight Partners.": an opening sentence that is only a value, given as the answer. */
const OPENING_STATED = new RegExp(String.raw`^\W*(?:that would be|that'd be|it would be|it'd be|the answer is|the answer would be|that must be|it must be)\s+(?:the\s+)?(${NAME})\s*[.!]?\s*$`, 'iu');
/**
 * A later word that changes what the opening said, a later period, or a holder named after a team ("Escalated to
 * Tier 2. Noor Haddad will handle it."): then the gold's clause may be the answer.
 */
const TURN = /\b(?:however|actually|instead|wait|sorry|correction|rather|on second thought|final|answer|will (?:own|handle|take|pick|work)|takes? (?:it |this )?over|picks? (?:it |this )?up|is (?:now )?(?:handling|the owner)|now owns)\b|(?:^\s*|[,;.]\s*|\bbut\s+)(?:now|currently|today|this (?:year|quarter|month|week))\b/i;

/** The gold as a whole-word pattern over folded text. */
function goldPattern(gold: string): RegExp {
  const words = foldText(gold).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Why the answer passes over `gold`, or `null` when it does not. Only for golds of letters.
 *
 * @example passedOver('Priya Raman', 'Routing to Marcus Oyelaran. Priya Raman is at her cap.') // 'opens with …'
 */
export function passedOver(gold: string, answer: string): string | null {
  if (!/\p{L}/u.test(gold)) return null;
  const pattern = goldPattern(gold);
  const folded = foldText(answer);
  if (!pattern.test(folded)) return null;
  return openedWithOther(pattern, answer) ?? closedWithOther(pattern, answer) ?? movedOn(pattern, answer) ?? onlyInParenthesis(pattern, answer) ?? otherwiseCondition(pattern, answer) ?? onlyOffered(pattern, answer);
}

/** "I'd assign the lead to Aiko Brennan.", "Routing it to …": a closing sentence that assigns or routes to a value. */
const CLOSING_ACTION = new RegExp(String.raw`^\W*(?:so\s*,?\s*)?(?:(?:i|we)(?:['’]d|['’]ll|['’]ve|\s+would|\s+will|\s+have)?\s+)?(?:(?:go\s+ahead\s+and|recommend|suggest)\s+)?(?:route|routing|routed|assign|assigning|assigned|reassign|reassigning|reassigned)\s+(?:(?:it|this|them|the\s+\w+)\s+)?(?:over\s+)?(?:to|with)\s+(?:the\s+)?(${NAME})`, 'u');

/**
 * The value the answer's last sentence assigns or routes the work to, when that value is one of the candidates the
 * answer named before it ("Top two by conversion were Tobias Lindqvist (31%) and Aiko Brennan (33%). I'd assign the
 * lead to Aiko Brennan."): the answer chose among them. `null` for a closing action on a value named only there
 * ("Dana Whitfield owns it. Routing to Tier 2 for review."), which is a next step, not a choice.
 */
function closingChoice(answer: string): string | null {
  const sentences = answer.replace(/\*\*|__|`/g, '').trim().split(/(?<=[.;!?])\s+|\n+/).filter((x) => x.trim() !== '');
  const last = sentences[sentences.length - 1] ?? '';
  const chosen = CLOSING_ACTION.exec(last.replace(/^\W*\p{Lu}/u, (c) => c.toLowerCase()))?.[1]?.trim();
  if (chosen === undefined || sentences.length < 2) return null;
  return goldPattern(chosen).test(foldText(sentences.slice(0, -1).join(' '))) ? chosen : null;
}

/** Whether the answer's closing choice among its candidates is `gold` ("… I'd route the ticket to Omar Haddad."). */
export function chosen(gold: string, answer: string): boolean {
  const choice = closingChoice(answer);
  return choice !== null && foldText(choice).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === foldText(gold).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The last sentence chooses another candidate, so the gold named before it is one the answer set aside. */
function closedWithOther(pattern: RegExp, answer: string): string | null {
  const other = closingChoice(answer);
  return other === null || pattern.test(foldText(other)) ? null : `closes by choosing ${JSON.stringify(other)} after naming the gold`;
}

/**
 * "You're in economy; business is available for $420 more per passenger": the gold only as an option the answer
 * offers (available, bookable, an upgrade for a price), beside another clause that states what holds.
 */
function onlyOffered(pattern: RegExp, answer: string): string | null {
  const clauses = answer.split(/(?<=[.!?])\s+|[;\n]+/).filter((c) => c.trim() !== '');
  const withGold = clauses.filter((c) => pattern.test(foldText(c)));
  const offered = (c: string): boolean =>
    /\b(?:is|are)\s+(?:still\s+|also\s+)?(?:available|an option|on offer|offered|bookable|open)\b|\bfor\s+(?:an?\s+)?(?:extra\s+|additional\s+)?[$€£]?\d[\d,.]*\s*(?:more|extra)\b|\b(?:you|we)\s+(?:can|could|may)\s+(?:still\s+)?(?:upgrade|switch|move|change)\b/i.test(c) &&
    !/\b(?:booked|moved|upgraded|switched|changed|confirmed|rebooked|assigned)\b/i.test(c);
  if (withGold.length === 0 || !withGold.every(offered) || clauses.length === withGold.length) return null;
  return 'gives it only as an option on offer, beside what holds';
}

/** The first sentence (or clause before ";") states another value as the answer, and the gold comes only after it. */
function openedWithOther(pattern: RegExp, answer: string): string | null {
  const text = answer.replace(/\*\*|__|`/g, '').trim();
  const first = /^[^.;!?\n]*(?:[.;!?](?=\s|$)|\n|$)/.exec(text)?.[0] ?? '';
  if (pattern.test(foldText(first))) return null;
  const other = OPENING_ACTION.exec(first.replace(/^\W*\p{Lu}/u, (c) => c.toLowerCase()))?.[1] ?? OPENING_RANK.exec(first)?.[1] ?? OPENING_STATED.exec(first)?.[1];
  const rest = text.slice(first.length);
  // "…, but Priya Raman is the better fit": a "but" that brings the gold in turns the answer to it.
  if (other === undefined || TURN.test(rest) || rest.split(/[.;!?\n]/).some((c) => /\bbut\b/i.test(c) && pattern.test(foldText(c.slice(c.search(/\bbut\b/i)))))) return null;
  return `opens with ${JSON.stringify(other.trim())} and names the gold only after it`;
}

/** Clauses of one sentence: "It was logged as High but re-triaged to Medium yesterday". */
function movedOn(pattern: RegExp, answer: string): string | null {
  for (const sentence of answer.split(/(?<=[.;!?])\s+|\n+/)) {
    const folded = foldText(sentence);
    const at = folded.search(pattern);
    if (at < 0) continue;
    const after = folded.slice(at).replace(pattern, '');
    const before = folded.slice(0, at);
    // "It was logged as High but re-triaged to Medium": a past value and a change after "but", without a verb of being.
    if (/\b(?:was|were)\b/.test(before) && /^[^.;]{0,30}?\bbut\s+(?:(?:later|then|since|was|got)\s+)?(?:re-?\w+ed|changed|moved|switched|lowered|raised|downgraded|upgraded|bumped|dropped)\s+(?:back\s+)?(?:to|into)\s+\S/.test(after)) return 'gives it as a value the answer moved on from';
    // "It was booked in Y but reissued in M": a verb that files it again names where it went with "in", "as" or "under".
    const raw = sentence.slice(Math.max(0, sentence.search(/\bbut\b/i)));
    if (/\b(?:was|were)\b/.test(before) && /^[^.;]{0,30}?\bbut\b/.test(after) && /^but\s+(?:(?:later|then|since|was|got)\s+)?re-?(?:issued|booked|ticketed|classified|categori[sz]ed|filed|labell?ed|assigned|routed|triaged|graded|tiered|coded)\s+(?:in|as|under|into|to)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}\p{N}]/u.test(raw.replace(/^But/, 'but'))) return 'gives it as a value the answer moved on from';
    // "It's currently in Negotiation, but … it really belongs back in Proposal": the value it should have instead.
    const belongs = /\bbut\b[^.;]*?\b(?:belongs|should (?:be|go|sit)|ought to be|needs to be)\s+(?:back\s+)?(?:in|to|at|on|under)?\s*(?:the\s+)?(\p{Lu}[^.;,]{1,60})/u.exec(sentence);
    if (belongs && !pattern.test(foldText(belongs[1] ?? '')) && foldText(sentence).indexOf(foldText(belongs[0])) > at) return `says it belongs elsewhere ("${(belongs[1] ?? '').trim()}")`;
    // "the São Paulo leg was removed": the gold's own clause says it is gone, beside another clause of the answer.
    if (/^(?:\s+[a-z]+){0,2}\s+(?:was|were|has been|have been|got|is being)\s+(?:\w+\s+)?(?:removed|dropped|cancell?ed|deleted|taken off|struck off|excluded|disqualified)\b/.test(after) && answer.split(/[.;]\s+|\n+/).filter((c) => c.trim() !== '').length >= 2) return 'says it was removed';
  }
  return null;
}

/**
 * "Display Flicker, 22 cases (overheating during charging had 37, but …)": the gold only inside a parenthesis, while
 * the answer outside it opens with another capitalised value.
 */
function onlyInParenthesis(pattern: RegExp, answer: string): string | null {
  const outside = answer.replace(/\([^)]*\)?/g, ' ');
  if (pattern.test(foldText(outside))) return null;
  if (answer.trim().includes('\n')) return null;
  // The head must be the answer's value, closed by a comma or a dash before the figure ("Thought:" is a label).
  const head = (/^\W*([^,(—–:;.\n]{2,60}?)\s*(?:,|\s[-—–]\s)/u.exec(answer)?.[1] ?? '').trim();
  if (head === '') return null;
  const words = head.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || /^(?:The|A|An|It|I|This|That|Yes|No|Done|Sure)$/.test(words[0] ?? '')) return null;
  return `gives it only in a parenthesis after ${JSON.stringify(head)}`;
}

/** "If it's EMEA it would go to Priya Ramanathan, otherwise to Kenji Watanabe": one branch of a condition. */
function otherwiseCondition(pattern: RegExp, answer: string): string | null {
  const sentences = answer.split(/(?<=[.;!?])\s+|\n+/).filter((s) => pattern.test(foldText(s)));
  if (sentences.length === 0) return null;
  const branch = (s: string): boolean => /^\W*(?:if|when|assuming|provided)\b/i.test(s) && /,\s*(?:otherwise|else|if not)\b[^.;]*\p{Lu}/u.test(s);
  return sentences.every(branch) ? 'gives it only as one branch of a condition' : null;
}
