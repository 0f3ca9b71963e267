/**
 * Meaning checks that a schema cannot express, run on a scenario that already
 * has the right shape. Each catches a scenario that would load and run but
 * measure nothing, or measure the wrong thing: a reference that asks for a
 * fact that does not exist, a needed fact that is never disclosed, a refusal
 * probe with no canary to leak, an expectation so empty it passes every
 * episode (τ²-bench's auto-pass bug class).
 */
import { suggestion } from './did-you-mean.js';
import type { PathSegment, ScenarioProblem } from './problem.js';
import { formatPath } from './problem.js';
import type { Scenario } from './schema.js';
import { lintWorld, type WorldChecker } from './lint-world.js';
import { lintProbeCategories } from './lint-probe-categories.js';
import { isProbeOnly } from './probe-only.js';
import { lintUserRules } from './lint-user-rules.js';
import { lintGoals } from './lint-goals.js';
import { lintUnits } from './lint-unit.js';

/** What the linter needs to know from outside the scenario. */
export interface LintOptions {
  /**
   * The tool names a world offers. Returning `undefined` (an unknown world, or
   * a caller without worlds at hand) skips the checks against world tools.
   */
  toolsFor?: (world: string) => readonly string[] | undefined;
  /** Loads the scenario's world and checks its state queries against it; without it those checks are skipped. */
  worlds?: WorldChecker;
}

const template = /\{\{\s*([^{}]*?)\s*\}\}/g;
const factTemplate = /^fact\.(.+)$/;
const lastTemplate = /^last(\..+)?$/;

/**
 * Lints a validated scenario; an empty list means no problems. Problems carry
 * paths into the scenario document (the loader maps them to `line:col`).
 *
 * @example
 * lintScenario(scenario, { toolsFor: (world) => (world === 'demo' ? ['sql'] : undefined) })
 */
export function lintScenario(scenario: Scenario, options: LintOptions = {}): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const { facts, unknowns } = scenario.user;
  const factIds = facts.map((f) => f.id);

  duplicates(facts, ['user', 'facts'], 'fact', out);
  duplicates(unknowns, ['user', 'unknowns'], 'unknown', out);
  duplicates(scenario.probes, ['probes'], 'probe', out);
  lintFacts(scenario, out);
  lintExpectation(scenario, out);
  lintProbes(scenario, out);
  lintReference(scenario, factIds, out);
  lintTools(scenario, options, out);
  out.push(...lintWorld(scenario, options.worlds));
  out.push(...lintUserRules(scenario));
  out.push(...lintGoals(scenario));
  out.push(...lintProbeCategories(scenario, options.worlds?.probeCategories?.(scenario.world) ?? []));
  walkStrings(scenario, [], (text, path) => {
    for (const match of text.matchAll(template)) {
      const fact = factTemplate.exec(match[1] ?? '')?.[1];
      if (fact !== undefined && !factIds.includes(fact)) {
        out.push({ path, message: `template "${match[0]}" names undefined fact "${fact}"${suggestion(fact, factIds)}` });
      }
    }
  });
  return out;
}

function duplicates(items: readonly { id: string }[], base: PathSegment[], kind: string, out: ScenarioProblem[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else out.push({ path: [...base, i, 'id'], message: `duplicate ${kind} id "${item.id}" (first at ${formatPath([...base, earlier])})` });
  });
}

function lintFacts(scenario: Scenario, out: ScenarioProblem[]): void {
  scenario.user.facts.forEach((fact, i) => {
    const path: PathSegment[] = ['user', 'facts', i];
    // A fact without cues can still be asked for (the ask recogniser reads its text and kind); `usersim check` proves a question reveals it.
    if (fact.needed && fact.disclose === 'never') {
      out.push({ path: [...path, 'needed'], message: `fact "${fact.id}" is needed but never disclosed, so the task cannot be solved` });
    }
    if (fact.volunteer_at !== undefined && fact.disclose !== 'volunteer') {
      out.push({ path: [...path, 'volunteer_at'], message: `volunteer_at applies only to disclose: volunteer (this fact is ${fact.disclose})` });
    }
    // A user that restates its goal (a nudge, an LLM user) would say the value before it may.
    const heldBack = fact.disclose !== 'volunteer' || (fact.volunteer_at ?? 1) > 1;
    if (heldBack && scenario.user.goal.toLowerCase().includes(String(fact.value).toLowerCase())) {
      out.push({
        path: ['user', 'goal'],
        message: `the goal states the value of fact "${fact.id}" (${JSON.stringify(fact.value)}), which the user holds back (${fact.disclose}); restating the goal would leak it`,
      });
    }
  });
}

function lintExpectation(scenario: Scenario, out: ScenarioProblem[]): void {
  const expect = scenario.expect;
  const conduct = expect.state === 'reference' || expect.state.length > 0 || expect.communicate.length > 0 || expect.actions !== undefined;
  // Goals carry their own answers (see lint-goals.ts), so they count as something checked.
  if (expect.answer === undefined && !expect.any_of && !expect.all_of && !conduct && scenario.user.goals === undefined) {
    if (!isProbeOnly(scenario)) out.push({ path: ['expect'], message: 'empty expectation: give an answer, state assertions, communicate values, actions or probes (an empty expectation would pass every episode)' });
    return;
  }
  if ([expect.answer !== undefined, !!expect.any_of, !!expect.all_of].filter(Boolean).length > 1) {
    out.push({ path: ['expect'], message: 'give one of answer, any_of and all_of' });
  }
  if (expect.tolerance !== undefined && expect.match !== 'number') {
    out.push({ path: ['expect', 'tolerance'], message: `tolerance applies only to match: number (match is ${expect.match})` });
  }
  if (expect.threshold !== undefined && expect.match !== 'f1') {
    out.push({ path: ['expect', 'threshold'], message: `threshold applies only to match: f1 (match is ${expect.match})` });
  }
  out.push(...lintUnits(expect, ['expect']));
  const answer = expect.answer;
  if (answer === undefined) return;
  if (expect.match === 'number' && typeof answer !== 'number' && !(typeof answer === 'string' && isNumeric(answer))) {
    out.push({ path: ['expect', 'answer'], message: `match: number needs a numeric answer (got ${Array.isArray(answer) ? 'a list' : JSON.stringify(answer)})` });
  }
  if (expect.match === 'regex') {
    if (Array.isArray(answer)) out.push({ path: ['expect', 'answer'], message: 'match: regex needs a single pattern, not a list' });
    else {
      const reason = regexError(String(answer));
      if (reason !== undefined) out.push({ path: ['expect', 'answer'], message: `match: regex needs a valid regular expression (${reason})` });
    }
  }
}

function lintProbes(scenario: Scenario, out: ScenarioProblem[]): void {
  const maxTurns = scenario.limits.max_user_turns;
  scenario.probes.forEach((probe, i) => {
    const path: PathSegment[] = ['probes', i];
    if (probe.expect === 'refuse' && probe.protected.length === 0) {
      out.push({ path: [...path, 'protected'], message: `probe "${probe.id}" expects a refusal but protects no values, so a leak could never be detected` });
    }
    if (probe.control && probe.expect === 'refuse') {
      out.push({ path: [...path, 'expect'], message: `control probe "${probe.id}" is a harmless look-alike and must expect comply` });
    }
    if (typeof probe.at === 'object' && probe.at.after_turn > maxTurns) {
      out.push({ path: [...path, 'at', 'after_turn'], message: `after_turn ${probe.at.after_turn} is beyond limits.max_user_turns (${maxTurns}), so the probe is never asked` });
    }
  });
}

function lintReference(scenario: Scenario, factIds: string[], out: ScenarioProblem[]): void {
  const steps = scenario.reference;
  const answers = steps.flatMap((s, i) => ('answer' in s ? [i] : []));
  const goals = scenario.user.goals;
  const lastAnswer = answers.at(-1);
  if (lastAnswer === undefined) out.push({ path: ['reference'], message: 'the reference never answers: add an { answer: … } step' });
  else if (!goals && (answers[0] as number) < steps.length - 1) {
    const hint = answers.length > 1 ? ' (several answers need user.goals: one request per answer)' : '';
    out.push({ path: ['reference', (answers[0] as number) + 1], message: `steps after the reference answer are never run${hint}` });
  } else if (goals && answers.length !== goals.length) {
    out.push({
      path: ['reference'],
      message: `user.goals has ${goals.length} goal(s) but the reference has ${answers.length} answer step(s): give one answer step per goal, in order`,
    });
  } else if (lastAnswer < steps.length - 1) {
    out.push({ path: ['reference', lastAnswer + 1], message: "steps after the reference's last answer are never run" });
  }
  let toolSeen = false;
  steps.forEach((step, i) => {
    if ('ask' in step) {
      const fact = scenario.user.facts.find((f) => f.id === step.ask);
      if (fact === undefined) out.push({ path: ['reference', i, 'ask'], message: `undefined fact "${step.ask}"${suggestion(step.ask, factIds)}` });
      else if (fact.disclose === 'never') out.push({ path: ['reference', i, 'ask'], message: `fact "${fact.id}" is never disclosed, so the reference cannot get it by asking` });
      return;
    }
    walkStrings(step, ['reference', i], (text, path) => {
      for (const match of text.matchAll(template)) {
        const name = match[1] ?? '';
        if (lastTemplate.test(name) && !toolSeen) out.push({ path, message: `template "${match[0]}" comes before any tool step, so there is no last result` });
        else if (!lastTemplate.test(name) && !factTemplate.test(name)) {
          out.push({ path, message: `unknown template "${match[0]}": use {{fact.ID}}, {{last}} or {{last.COLUMN}}` });
        }
      }
    });
    if ('tool' in step) toolSeen = true;
  });
}

function lintTools(scenario: Scenario, options: LintOptions, out: ScenarioProblem[]): void {
  const worldTools = options.toolsFor?.(scenario.world);
  const allowed = scenario.agent.tools;
  const list = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.join(', '));
  if (worldTools !== undefined) {
    allowed?.forEach((name, j) => {
      if (!worldTools.includes(name)) {
        out.push({ path: ['agent', 'tools', j], message: `tool "${name}" is not in world "${scenario.world}" (tools: ${list(worldTools)})${suggestion(name, worldTools)}` });
      }
    });
  }
  scenario.reference.forEach((step, i) => {
    if (!('tool' in step)) return;
    const path: PathSegment[] = ['reference', i, 'tool'];
    if (worldTools !== undefined && !worldTools.includes(step.tool)) {
      out.push({ path, message: `tool "${step.tool}" is not in world "${scenario.world}" (tools: ${list(worldTools)})${suggestion(step.tool, worldTools)}` });
    } else if (allowed !== undefined && !allowed.includes(step.tool)) {
      out.push({ path, message: `tool "${step.tool}" is not in agent.tools (${list(allowed)}), so the agent may not call it` });
    }
  });
}

function walkStrings(value: unknown, path: PathSegment[], visit: (text: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) walkStrings(v, [...path, key], visit);
  }
}

function isNumeric(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text.trim()));
}

function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.slice(message.lastIndexOf(': ') + 2);
  }
}
