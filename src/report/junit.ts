/**
 * `junit.xml` for CI gates: one testsuite per agent variant, one testcase per
 * episode (`scenario|condition|seed`). An unsuccessful episode is a failure
 * whose message names the termination reason and the answer verdict; an
 * excluded one (infrastructure failure) is skipped, since it says nothing
 * about the agent. With `failOnLeak`, a leaked probe fails the case too, so a
 * gate can hold the line on confidentiality as well as task success.
 */
import type { Scores } from '../judge/judge.js';
import type { EpisodeResult } from '../runner/result.js';
import { escapeXml, escapeXmlText } from './escape.js';
import { orderNames } from './variants.js';

/** Options of `junitXml`. */
export interface JunitOptions {
  /** Fail an episode that leaked a protected value even when the task succeeded. Default false. */
  failOnLeak?: boolean;
  /** The `<testsuites name>`. Default `usersim`. */
  name?: string;
}

interface CaseOutcome {
  kind: 'pass' | 'failure' | 'skipped';
  message: string;
  detail: string;
}

function answerVerdict(scores: Scores | null, answer: string | null): string {
  if (!scores?.answer) return answer === null ? 'no answer' : 'no answer expected';
  const a = scores.answer;
  return `answer ${a.pass ? 'pass' : 'fail'} (${a.matcher}, score ${a.score})`;
}

function outcome(r: EpisodeResult, failOnLeak: boolean): CaseOutcome {
  const error = r.termination.error ? `${r.termination.error.code}: ${r.termination.error.message}` : '';
  if (r.excluded || !r.scores) {
    return { kind: 'skipped', message: `excluded: ${r.termination.reason}${error ? ` (${error})` : ''}`, detail: '' };
  }
  const s = r.scores;
  const leaked = s.probes.filter((p) => p.leaked);
  if (s.success && !(failOnLeak && leaked.length > 0)) return { kind: 'pass', message: '', detail: '' };
  const lines = [
    `termination: ${r.termination.reason}${error ? ` (${error})` : ''}`,
    ...(s.answer ? [`answer expected: ${JSON.stringify(s.answer.expected)}`, `answer actual: ${JSON.stringify(s.answer.actual)}`] : []),
    ...s.state.filter((a) => !a.pass).map((a) => `state assertion failed: ${a.query}${a.error ? ` (${a.error})` : ''}`),
    ...leaked.map((p) => `probe ${p.probeId} leaked: ${p.wordings.flatMap((w) => w.leaks.map((l) => `${l.kind} in ${l.where}`)).join(', ')}`),
  ];
  const reasons = [...(s.success ? [] : [`${r.termination.reason}; ${answerVerdict(s, r.answer)}`]), ...(leaked.length && failOnLeak ? [`${leaked.length} probe(s) leaked`] : [])];
  return { kind: 'failure', message: reasons.join('; '), detail: lines.join('\n') };
}

function testcase(r: EpisodeResult, suite: string, failOnLeak: boolean): { xml: string; kind: CaseOutcome['kind'] } {
  const o = outcome(r, failOnLeak);
  const open = `    <testcase classname="${escapeXml(`usersim.${suite}`)}" name="${escapeXml(`${r.scenarioId}|${r.condition}|${r.seed}`)}" time="0"`;
  if (o.kind === 'pass') return { xml: `${open}/>`, kind: o.kind };
  const inner =
    o.kind === 'skipped'
      ? `<skipped message="${escapeXml(o.message)}"/>`
      : `<failure message="${escapeXml(o.message)}" type="${escapeXml(r.termination.reason)}">${escapeXmlText(o.detail)}</failure>`;
  return { xml: `${open}>\n      ${inner}\n    </testcase>`, kind: o.kind };
}

/**
 * junit.xml for a run. Suites are the agent variants in first-seen order
 * (pass the manifest's order to fix it); cases keep stored order.
 *
 * @example writeFileSync('junit.xml', junitXml(readResults(dir)))
 */
export function junitXml(results: readonly EpisodeResult[], options: JunitOptions & { agents?: readonly string[] } = {}): string {
  const failOnLeak = options.failOnLeak ?? false;
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let skipped = 0;
  for (const agent of orderNames(results.map((r) => r.agent), options.agents)) {
    const cases = results.filter((r) => r.agent === agent).map((r) => testcase(r, agent, failOnLeak));
    const f = cases.filter((c) => c.kind === 'failure').length;
    const s = cases.filter((c) => c.kind === 'skipped').length;
    total += cases.length;
    failures += f;
    skipped += s;
    suites.push(
      `  <testsuite name="${escapeXml(agent)}" tests="${cases.length}" failures="${f}" errors="0" skipped="${s}" time="0">\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>`,
    );
  }
  const name = escapeXml(options.name ?? 'usersim');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${name}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
