/**
 * A value ranked below the one the answer puts first. "The fastest region was WA at 1.9 days; CA came in second"
 * answers WA: a value whose every clause ranks it second, next, runner-up or behind, beside a clause that gives another
 * value a superlative ("fastest", "top", "best"), is the runner-up, not the answer.
 */
import { foldText } from '../../text/fold.js';
import { namesValue } from './names-value.js';

/** A rank below the first: "came in second", "was the runner-up", "followed by", "in second place", "second-best". */
const BELOW = /\b(?:(?:came|comes|was|is|were|are|finished|placed|ranked|ranks|sits|sat|trails|trailed)\s+(?:in\s+)?(?:at\s+)?(?:a\s+|the\s+)?(?:close\s+|distant\s+|clear\s+)?(?:second|third|2nd|3rd|next|runner[- ]?up)|runner[- ]?up|(?:in\s+)?(?:second|2nd|third|3rd)\s+place|followed by|trailed by|(?:came|comes|finished|finishes|placed|ranked|ranks|sits|sat|trails|trailed|landed|ended up)\s+(?:\w+\s+){0,2}?behind|(?:next|second)[- ](?:best|highest|lowest|fastest|slowest|quickest|most|largest|biggest|busiest|longest|shortest))\b/i;
/**
 * A superlative or first place: what the answer puts first. "Most", "best", "top" and "led" are ranks only in a
 * ranking phrase ("the most", "the top seller", "came out on top", "led the pack"): "Most tickets came from
 * Initech" and "the spike led Sales to renew" rank nothing.
 */
const FIRST = /\b(?:fastest|slowest|quickest|highest|lowest|fewest|least|worst|largest|biggest|smallest|longest|shortest|busiest|quietest|strongest|weakest|leader|first place|number one|(?:the|its|their|our|your)\s+(?:most|best|top)|best[- ](?:selling|seller|performing|performer|rated)|(?:did|performed|sold|scored|ranked|rated)\s+best|^\W*top|(?:was|is|were|are|came|finished|ranked|ended|sits|sat)\s+(?:out\s+|up\s+)?(?:on\s+|at\s+the\s+)?top|topped|(?:led|leads)\s+(?:the|all|every|with)|in the lead)\b/i;

/**
 * Why `pattern` (the gold, over folded text) is only the runner-up to another value, or `null`.
 *
 * @example runnerUp('The fastest region was WA; CA came in second.', /\bca\b/) // 'ranks it below "The fastest region was WA"'
 */
export function runnerUp(answer: string, pattern: RegExp): string | null {
  const clauses = answer.split(/[;.!?]\s+|\n+|,\s+(?=followed by|trailed by|with\s+\S+(?:\s+\S+)?\s+(?:second|next|behind))/i).filter((c) => c.trim() !== '');
  const withGold = clauses.filter((c) => pattern.test(foldText(c)));
  if (withGold.length === 0 || !withGold.every((c) => BELOW.test(c) && !FIRST.test(c.replace(BELOW, ' ')))) return null;
  const first = clauses.find((c) => !pattern.test(foldText(c)) && FIRST.test(c) && !BELOW.test(c) && namesValue(c.replace(/^\W*(?:The|A|An|This|That|Our|Your)\s+/, '')));
  return first === undefined ? null : `ranks it below "${first.trim()}"`;
}
