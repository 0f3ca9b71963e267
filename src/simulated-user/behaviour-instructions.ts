/**
 * `user.rules` and the persona's style as instructions for the LLM user, so
 * the same scenario asks the same behaviour of both simulators. The agenda
 * user applies them exactly; a model is told them in words and its replies
 * are still checked against the ledger.
 */
import type { Fact, Goal, UserRule, UserStyle } from '../scenario/schema.js';

function trigger(rule: UserRule, facts: readonly Fact[]): string {
  const { when } = rule;
  if ('asks' in when) return `the assistant asks for ${facts.find((f) => f.id === when.asks)?.text ?? when.asks}`;
  if ('phrases' in when) return `the assistant says ${when.phrases.map((p) => JSON.stringify(p)).join(' or ')}`;
  return `the assistant's message matches the pattern /${when.regex}/i`;
}

/** The extra section of the LLM user's system prompt, or '' when the scenario asks for nothing extra. */
export function behaviourInstructions(rules: readonly UserRule[], style: UserStyle | undefined, facts: readonly Fact[]): string {
  const lines: string[] = [];
  rules.forEach((rule) => {
    const actions: string[] = [];
    if (rule.reply !== undefined) actions.push(`say: ${JSON.stringify(rule.reply)}`);
    const disclose = facts.find((f) => f.id === rule.disclose);
    if (disclose) actions.push(`give item "${disclose.id}" (${disclose.text}) even if its rule says otherwise`);
    const correct = facts.find((f) => f.id === rule.correct);
    if (correct) actions.push(`apologise and give the correct value of item "${correct.id}" (${correct.text}), replacing what you said before`);
    lines.push(`- When ${trigger(rule, facts)}: ${actions.join('; ')}${rule.once ? ' (only the first time)' : ''}.`);
  });
  if (style?.verbosity === 'terse') lines.push('- Write very short messages: a few words, no greetings or pleasantries.');
  if (style?.verbosity === 'verbose') lines.push('- Write long, rambling messages with some irrelevant detail around what matters.');
  if (style && style.typos > 0) lines.push(`- Make typing mistakes in about ${Math.round(style.typos * 100)}% of longer words, but never in the values of the items above.`);
  return lines.length === 0 ? '' : `\n\nSpecial behaviour for this chat (it takes precedence over "How to behave"; apply at most one "When" rule per reply):\n${lines.join('\n')}`;
}

/**
 * The LLM user's instructions for several requests (`user.goals`), or '' without
 * them: one request at a time, in order, the next once the assistant has
 * answered the one before, and no stop before the last is answered.
 */
export function goalInstructions(goals: readonly Goal[] | undefined): string {
  if (!goals) return '';
  const lines = goals.map((g, i) => `${i + 1}. ${g.goal}${g.request === undefined ? '' : ` (open it with exactly: ${JSON.stringify(g.request)})`}`);
  return (
    '\n\nYou have several requests. Make them one at a time, in this order; open the next only once the assistant has given its answer to the one before, and do not stop before the last one is answered:\n' +
    lines.join('\n')
  );
}
