/**
 * Answers that name the gold without deciding on it: a tie the gold shares
 * ("Marisol Eberhardt (31.4 min) and Renata Szabo (31.4 min) are tied for
 * …"), a question back to the user about which of several records was
 * meant ("There are two matches: … Which one did you mean?"), a choice left
 * to the user ("Let me know which metric you prefer and I'll pick one", "could
 * you confirm …? If not, Aiko Marsh"), or the gold only among the
 * candidates the answer found ("I found two candidates: A and B."). A
 * careful reader fails them all for a question that has one answer.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** "Which one did you mean?", "Did you mean A or B?", "Can you confirm which account …?", "let me know which one you'd like". */
const WHICH_ONE = /\bwhich (?:one|of (?:these|them|the two|those|the (?:two|three) \w+))\b[^.?!]{0,40}\?|\bdid you mean\b[^.?!]{0,80}\bor\b[^.?!]{0,80}\?|\b(?:can|could) you (?:confirm|clarify|tell me) which\b|\b(?:let me know|tell me) which (?:one|of (?:them|the two|these|those))\b/i;
/**
 * "Let me know which metric you prefer and I'll pick one", "could you confirm whether we should respect the cap? If
 * not, Aiko Marsh is better": the answer leaves the choice to the user, or makes it hang on the user's reply.
 */
const USER_DECIDES = /\b(?:let me know|tell me)\s+which\b[^.?!]{0,40}\b(?:you(?:'d)?\s+(?:prefer|want|like)|to use)\b|\bi(?:'ll|\s+will|\s+can)\s+(?:then\s+)?pick\s+one\b/i;
const ASKS_TO_CONFIRM = /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:confirm|clarify|check|tell me|let me know)\b[^?]{0,120}\?/i;
const OTHER_BRANCH = /(?:^|[.?!;]\s+)(?:[Ii]f not|[Oo]therwise|[Ii]f so|[Ii]f yes|[Ii]f you do|[Ii]f you don'?t)\b,?[^.?!]{0,60}?(?<![\p{L}'’])(?!I\b|I['’])\p{Lu}/u;
/** "I found two candidates: …", "There are three possible matches: …": candidates the answer lists after a colon. */
const CANDIDATES = /\b(?:two|three|four|several|multiple|\d+)\s+(?:possible\s+|potential\s+|candidate\s+)?(?:candidates|matches|options|possibilities|contenders)\b[^.;:!?]{0,40}:/i;
/** "It's basically a tie: …", "it's essentially a dead heat": the answer calls it a tie without breaking it. */
const CALLED_A_TIE = /\b(?:it'?s|it is|that'?s|that is|this is)\s+(?:basically|essentially|practically|effectively|virtually|pretty much|more or less|almost|nearly|roughly)\s+(?:a\s+)?(?:tie|dead heat|draw|toss-up|coin flip)\b/i;
/** "so I can't say yet who leads Q3": the answer says it cannot tell the value asked for. */
const CANNOT_TELL = /\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to)\s+(?:yet\s+)?(?:say|tell|determine|identify|know)\s+(?:yet\s+)?(?:who|which|what)\b/i;
/**
 * One value per criterion or condition, in parallel clauses: "By skill it's Priya; by workload it's Fenella", "If queue
 * transfers count, it's Yuki; if not, it's Beatriz". The answer leaves the choice to the reader.
 */
const PER_CRITERION =
  /(?:^|[.;:!?]\s*|\?\s*)(?:by|for|under|using|if|counting|with)\b[^.;!?]{1,50}?,?\s*it(?:'s|\s+is|\s+would be)\s+[^.;!?]{2,60}[;,.]\s*(?:and\s+|but\s+|while\s+)?(?:by|for|under|using|if not|if|otherwise|counting|with)\b[^.;!?]{0,50}?,?\s*it(?:'s|\s+is|\s+would be)\s+\S/i;

/**
 * Why the answer leaves the gold undecided, or `null` when it does not.
 *
 * @example undecided('Ana Ruiz', 'Ana Ruiz and Tom Ode are tied with 12 each.') // 'reports a tie …'
 */
export function undecided(gold: string, answer: string): string | null {
  if (WHICH_ONE.test(answer)) return 'asks which of several records was meant';
  if (CALLED_A_TIE.test(answer)) return 'calls it a tie';
  // "note: tied with Kofi Mensah on volume": a tie the answer reports and does not break.
  if (/\btied with (?!(?:nobody|no one|none|anyone)\b)\p{Lu}/u.test(answer) && !/\b(?:but|ahead|breaks? the tie|tie-?break(?:er)?|wins on|edges?)\b/i.test(answer.slice(answer.search(/\btied with\b/)))) return 'reports a tie the gold shares';
  if (CANNOT_TELL.test(answer)) return 'says it cannot tell which';
  if (USER_DECIDES.test(answer)) return 'leaves the choice to the user';
  if (ASKS_TO_CONFIRM.test(answer) && OTHER_BRANCH.test(answer)) return "asks the user to confirm and names another value for the other reply";
  const reported = candidatesOnly(gold, answer);
  if (reported !== null) return reported;
  if (PER_CRITERION.test(answer)) return 'gives one value per criterion and leaves the choice open';
  const text = foldText(answer);
  const name = escapeRegExp(foldText(gold));
  if (name.trim() === '') return null;
  const aside = '(?:\\s*\\([^)]{0,30}\\))?';
  const tie = new RegExp(`${name}${aside}\\s*(?:,|and|&)\\s+(?:[^.;!?]|\\.\\d){1,60}?\\b(?:are|were|is|was) (?:all )?tied\\b|\\b(?:and|&)\\s+${name}${aside}\\s+(?:are|were) (?:all )?tied\\b|${name}${aside}\\s+(?:is|was) tied with\\b(?! (?:nobody|no one|none|anyone))|\\btie between\\b[^.;!?]{0,60}${name}`);
  return tie.test(text) ? 'reports a tie the gold shares' : null;
}

/** The gold named only in the sentence that reports several candidates; a later sentence does not name it. */
function candidatesOnly(gold: string, answer: string): string | null {
  const sentences = answer.split(/(?<=[.!?])\s+|\n+/);
  const at = sentences.findIndex((x) => CANDIDATES.test(x));
  const key = foldText(gold).trim();
  if (at < 0 || key === '') return null;
  const named = sentences.map((x, i) => (foldText(x).includes(key) ? i : -1)).filter((i) => i >= 0);
  return named.length > 0 && named.every((i) => i === at) ? 'names it only among the candidates it found' : null;
}
