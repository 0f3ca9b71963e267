/**
 * Numbers an answer ties to something other than what it answers. Agents set
 * the asked value beside another period's or entity's ("Last quarter her
 * average was 3.5 hours; this quarter it went up to 4.2", "$1.25M was the Q1
 * total; Q2 came in at $1.41M", "45 minutes, better than the team average
 * of 47.5"). A careful reader takes the other value as context, so `number`
 * does not pick it when the answer gives another one.
 */
import type { Quantity } from '../../text/quantities.js';

/** "better than the team average of", "higher than last month's": a comparison's term, with at least one word after "than". */
const COMPARED_TERM = /\b(?:better|worse|higher|lower|faster|slower|quicker|longer|shorter|more|less|fewer|above|below|ahead of|behind)\s+(?:than\s+)?(?:the\s+|a\s+|an\s+|our\s+|your\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:of|at|was|is|:)?\s*$/iu;
/** A clause that opens on another period: "Last quarter …", "The previous month …", "A year ago …". */
const OTHER_PERIOD = /^\W*(?:(?:in\s+)?(?:the\s+)?(?:last|previous|prior)\s+(?:year|quarter|month|week)|(?:a|one)\s+(?:year|quarter|month|week)\s+ago)\b/i;
/** A clause on the period asked about: "this quarter", "now", "currently". */
const THIS_PERIOD = /\b(?:this|the current)\s+(?:year|quarter|month|week)\b|\b(?:now|currently|so far)\b/i;
/** After a number that opens its clause: "was the Q1 total;", "was the team average;", "is Q1,". */
const LABELLED_AS = /^\s*(?:was|were|is|are)\s+(?!\p{L}+ed\s*[;,])(?:the\s+)?[\p{L}\p{N}' ]{1,30}?\s*[;,]/u;

/** A period or an aggregate in a value's label: "Q1", "2023", "last year", "the team average", "the regional rate". */
const PERIOD_OR_AGGREGATE = /\b(?:[QH][1-4]|(?:19|20)\d{2}|last|previous|prior|january|february|march|april|may|june|july|august|september|october|november|december|average|avg|mean|median|rate|benchmark|norm|baseline|budget|target|goal|quota|forecast|plan)\b/i;
/** The clause a quantity stands in, before it: from the last sentence or clause break. */
function clauseBefore(actual: string, q: Quantity): string {
  const text = actual.slice(Math.max(0, q.start - 120), q.start);
  return text.split(/[.;!?\n](?:\s|$)|;/).pop() ?? '';
}

/**
 * Whether `q` is a value the answer ties to another period or entity than
 * the one it answers, given the other candidates.
 *
 * @example tiedElsewhere(text, q, candidates) // true for 47.5 in "45.0 minutes, better than the team average of 47.5"
 */
export function tiedElsewhere(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  const others = candidates.filter((r) => r !== q && r.value !== q.value);
  if (others.length === 0) return false;
  if (COMPARED_TERM.test(actual.slice(Math.max(0, q.start - 60), q.start))) return true;
  const later = others.filter((r) => r.start > q.end);
  if (later.length === 0) return false;
  if (OTHER_PERIOD.test(clauseBefore(actual, q)) && later.some((r) => THIS_PERIOD.test(clauseBefore(actual, r)) || THIS_PERIOD.test(actual.slice(q.end, r.start)))) return true;
  // "35% was the team average; Marcus himself was at 28.6%": a value that opens its clause and is labelled, then another of its kind.
  const opensClause = /(?:^|[.;!?\n])\s*(?:\*\*)?\s*$/.test(actual.slice(Math.max(0, q.start - 4), q.start));
  const label = LABELLED_AS.exec(actual.slice(q.end));
  // The label names another period or an aggregate ("the Q1 total", "the team average"), not the one asked ("for your team").
  const elsewhere = label !== null && PERIOD_OR_AGGREGATE.test(label[0]) && !/\b(?:you|your|yours)\b/i.test(label[0]);
  return opensClause && elsewhere && later.some((r) => r.kind === q.kind && r.start >= q.end + label[0].length);
}

/**
 * Whether `q` belongs to another period and the answer says there were none in the period asked about: "Last week 87
 * orders shipped late; this week, none." The answer's number is then 0.
 */
export function noneInAskedPeriod(actual: string, q: Quantity): boolean {
  return OTHER_PERIOD.test(clauseBefore(actual, q)) && /^[^.!?]*?[;,.]\s*(?:but\s+)?(?:this|the current)\s+(?:year|quarter|month|week)\b[^.;!?]{0,30}?\b(?:none|no|zero|nothing|not a single)\b/i.test(actual.slice(q.end));
}
