/**
 * Reactive user behaviour (`user.rules`): when the agent's message asks for a
 * fact (by the ask recogniser), contains a phrase or matches a pattern, the
 * user replies with the rule's text, discloses a fact or corrects one it gave
 * wrongly. Rules are tried in order and at most one fires per turn, so "ask
 * to confirm" can be answered "actually, the white one" the first time and
 * "yes" the next; a `once` rule (the default) fires at most once an episode.
 */
import type { Fact, UserRule } from '../scenario/schema.js';
import { mentionsValue } from '../core/cues.js';

/** A rule that fired, with what it covers so the default disclosure logic leaves those facts alone this turn. */
export interface FiredRule {
  index: number;
  rule: UserRule;
  /** The fact it was asked about, when it fired on `asks`. */
  asked?: Fact;
}

/**
 * The first rule not yet spent that matches `message`. `fired` holds the
 * indexes of `once` rules already used in this episode; `requested` holds the
 * ids the ask recogniser read the message as asking for, so `asks` rules and
 * the disclosure rules agree on what was asked.
 */
export function firstMatchingRule(
  rules: readonly UserRule[],
  facts: readonly Fact[],
  message: string,
  fired: ReadonlySet<number>,
  requested: ReadonlySet<string>,
): FiredRule | undefined {
  for (const [index, rule] of rules.entries()) {
    if (rule.once && fired.has(index)) continue;
    const { when } = rule;
    if ('asks' in when) {
      const fact = facts.find((f) => f.id === when.asks);
      if (fact && requested.has(fact.id)) return { index, rule, asked: fact };
    } else if ('phrases' in when) {
      if (when.phrases.some((p) => mentionsValue(message, p))) return { index, rule };
    } else if (new RegExp(when.regex, 'i').test(message)) {
      return { index, rule };
    }
  }
  return undefined;
}
