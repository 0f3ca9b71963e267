/**
 * The `regex` matcher, for answers with a known shape but free wording. The
 * gold is a JavaScript regular expression, written either bare (`^Q[1-4]$`,
 * compiled without flags) or in slash form with flags (`/closed won/i`). It is
 * searched for in the answer after trimming, so authors anchor it with `^…$`
 * when the whole answer must match.
 */
import { UsersimError } from '../../errors.js';
import { outcome, type MatchOutcome } from './outcome.js';

const SLASH_FORM = /^\/(.*)\/([dgimsuvy]*)$/s;

/**
 * Compiles a scenario's answer pattern. The loader can call this to reject a
 * bad pattern before any episode runs.
 *
 * @throws UsersimError `E_SCENARIO_INVALID` when the pattern does not compile.
 * @example compileAnswerPattern('/^closed won$/i').test('Closed Won') // true
 */
export function compileAnswerPattern(pattern: string): RegExp {
  const slash = SLASH_FORM.exec(pattern);
  // The g and y flags make `test` stateful, which would make matching depend on call order.
  const source = slash ? (slash[1] ?? '') : pattern;
  const flags = slash ? (slash[2] ?? '').replace(/[gy]/g, '') : '';
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new UsersimError('E_SCENARIO_INVALID', `expect.answer: invalid regular expression ${JSON.stringify(pattern)}`, {
      cause: error,
    });
  }
}

/**
 * Whether the pattern is found in the trimmed answer.
 *
 * @example regexMatch('^\\d{3}-\\d{4}$', ' 555-0142 ') // true
 */
export function regexMatch(pattern: string | number, actual: string): boolean {
  return compileAnswerPattern(String(pattern)).test(actual.trim());
}

/** `regexMatch` as a verdict with its reason. */
export function regexVerdict(pattern: string | number, actual: string): MatchOutcome {
  const pass = regexMatch(pattern, actual);
  return outcome(pass, `regex: ${String(pattern)} ${pass ? 'found' : 'not found'} in the answer`);
}
