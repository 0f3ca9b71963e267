/**
 * A value the answer labels as a group's aggregate and sets against the
 * figure asked about: "Your close rate was 42%, though the regional average
 * was 38%", "The team median was 7 hours, while your resolution time came in
 * at 5.5 hours". The team's, region's or industry's average is the yardstick;
 * the answer's figure is the other value, whichever comes first. (number-
 * contrast.ts reads the comparison forms: "better than the team average of
 * 47.5", "35% was the team average; …".) When the question asked for the
 * aggregate itself this reads the answer as giving another value: a wrong
 * fail, the safe side of an ambiguous reading.
 */
import type { Quantity } from '../../text/quantities.js';

/**
 * A group's aggregate: "the team average", "the team's average", "regional median", "company-wide mean", "the
 * industry benchmark". Not "overall": "your overall average" is usually the subject's own figure.
 */
const AGGREGATE = /\b(?:team|regional|region|company(?:-wide)?|org(?:anization)?(?:-wide)?|industry|department|dept|peer|global|national|fleet|market|sector|category|group)(?:['’]s|s['’]?)?\s+(?:\p{L}+\s+)?(?:average|avg|mean|median|benchmark|norm|baseline)\b|\bbenchmark\b/iu;

/** Words that set two values against each other. */
const TURN = /\b(?:but|though|although|while|whereas|compared (?:with|to)|versus|vs\.?|against)\b/i;

/** The clause a position stands in, up to it: from the last sentence break, semicolon or turn word. */
function clauseBefore(actual: string, at: number): string {
  return actual.slice(Math.max(0, at - 100), at).split(/[.;!?\n](?:\s|$)|;|\b(?:but|though|although|while|whereas)\b/i).pop() ?? '';
}

/**
 * Whether `q` is labelled as a group's aggregate in its own clause and another
 * value of the same kind and unit, in a clause without such a label, stands
 * across a turn from it in the same sentence.
 *
 * @example aggregateAgainst('Your close rate was 42%, though the regional average was 38%.', q38, [q42, q38]) // true
 */
export function aggregateAgainst(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  if (!AGGREGATE.test(clauseBefore(actual, q.start))) return false;
  return candidates.some((r) => {
    if (r === q || r.value === q.value || r.kind !== q.kind || r.unit !== q.unit || AGGREGATE.test(clauseBefore(actual, r.start))) return false;
    const between = actual.slice(Math.min(q.end, r.end), Math.max(q.start, r.start));
    return !/[.!?](?:\s|$)|\n/.test(between) && TURN.test(between);
  });
}
