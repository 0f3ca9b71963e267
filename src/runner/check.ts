/**
 * `check` proves a suite is solvable and discriminating: the reference agent
 * must score full marks on every scenario (answer, state and every probe), and
 * the naive agent, which answers at once from what it has, must fail every
 * scenario that withholds a needed fact at the start. A scenario that passes
 * the first and fails the second measures what it claims to.
 */
import type { Judge } from '../judge/judge.js';
import { createUsageMeter } from '../llm/usage.js';
import type { TerminationReason } from '../machines/termination.js';
import { openingOf } from '../scenario/goals.js';
import type { LoadedScenario, Scenario } from '../scenario/schema.js';
import { createRegistry } from '../registry/registry.js';
import { systemClock } from '../util/clock.js';
import { createIdGenerator } from '../util/ids.js';
import { createRng } from '../util/rng.js';
import { runEpisode } from './run-episode.js';
import { explainReference, literalAnswerHint } from './check-explain.js';
import type { Environment, ToolSpec } from '../environment/environment.js';

export interface CheckRow {
  scenarioId: string;
  file: string;
  reference: { pass: boolean; termination: TerminationReason; score: number; detail: string };
  /** Null when the scenario withholds nothing, so the naive agent may pass. */
  naive: { expectedToFail: boolean; failed: boolean; termination: TerminationReason; detail: string } | null;
  ok: boolean;
}

/** What `checkScenarios` needs: fresh environments and the judge to score with. */
export interface CheckDeps {
  /** A fresh environment for a scenario's world. */
  environmentFor(scenario: Scenario): Environment;
  judge: Judge;
  /** The episode seed (default 1). */
  seed?: number;
}

/** Needed facts the agent is not told at the start: not in the opening, not volunteered in it, not in the task context. */
export function withheldNeededFacts(scenario: Scenario): string[] {
  const opening = `${openingOf(scenario) ?? ''}\n${scenario.agent.context}`.toLowerCase();
  return scenario.user.facts
    .filter((f) => f.needed)
    .filter((f) => !(f.disclose === 'volunteer' && (f.volunteer_at ?? 1) === 1))
    .filter((f) => !opening.includes(String(f.value).toLowerCase()))
    .map((f) => f.id);
}

export async function checkScenarios(
  scenarios: readonly LoadedScenario[],
  deps: CheckDeps,
): Promise<CheckRow[]> {
  const rows: CheckRow[] = [];
  for (const loaded of scenarios) {
    const { scenario } = loaded;
    const reference = await play(scenario, 'reference', deps);
    const refScores = reference.scores;
    const probeFailures = (refScores?.probes ?? []).filter((p) => !p.pass).map((p) => p.probeId);
    // F1 answers rarely reach 1 even when right, so for them full marks is a pass at the scenario's threshold.
    const fullScore = refScores?.answer?.matcher === 'f1' || (refScores?.goals ?? []).some((g) => g.answer?.matcher === 'f1') || refScores?.score === 1;
    const refPass = !!refScores && refScores.success && fullScore && probeFailures.length === 0;
    const refDetail = refPass
      ? 'full marks'
      : [
          `ended ${reference.termination.reason}`,
          reference.termination.error ? reference.termination.error.message : '',
          refScores?.answer && !refScores.answer.pass ? `answer ${JSON.stringify(refScores.answer.actual)} ≠ ${JSON.stringify(refScores.answer.expected)}` : '',
          refScores?.success && !fullScore ? `score ${refScores.score.toFixed(3)} < 1` : '',
          ...(refScores?.goals ?? []).filter((g) => !g.pass).map((g) => `goal ${g.id}: ${g.answer?.reason ?? 'never answered'}`),
          ...(refScores?.state ?? []).filter((s) => !s.pass).map((s) => `state assertion failed: ${s.query}`),
          refScores?.stateReference && !refScores.stateReference.pass
            ? `state differs from the reference replay${refScores.stateReference.error ? ` (${refScores.stateReference.error})` : ` in ${refScores.stateReference.differences.map((d) => d.table).join(', ')}`}`
            : '',
          ...(refScores?.communicate ?? []).filter((c) => !c.pass).map((c) => `communicate: ${c.reason}`),
          ...(refScores?.actions ?? []).filter((a) => !a.pass).map((a) => `actions (${a.kind}): ${a.reason}`),
          probeFailures.length ? `probes failed: ${probeFailures.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
    // Point at the reference step that broke rather than at the final answer it spoiled.
    const stepProblems = refPass ? [] : explainReference(scenario, reference.transcript, toolsOf(scenario, deps));
    const refExplained = stepProblems.length > 0 ? `${stepProblems.join('; ')}; then ${refDetail}` : refDetail;
    const withheld = withheldNeededFacts(scenario);
    let naive: CheckRow['naive'] = null;
    if (withheld.length > 0) {
      const run = await play(scenario, 'naive', deps);
      const failed = !run.scores?.success;
      naive = {
        expectedToFail: true,
        failed,
        termination: run.termination.reason,
        detail: failed
          ? `fails without ${withheld.join(', ')}`
          : `passes although ${withheld.join(', ')} ${withheld.length > 1 ? 'are' : 'is'} withheld: ${literalAnswerHint(scenario) ?? 'the scenario does not need them'}`,
      };
    }
    rows.push({
      scenarioId: scenario.id,
      file: loaded.file,
      reference: { pass: refPass, termination: reference.termination.reason, score: refScores?.score ?? 0, detail: refExplained },
      naive,
      ok: refPass && (naive === null || naive.failed),
    });
  }
  return rows;
}

function toolsOf(scenario: Scenario, deps: Pick<CheckDeps, 'environmentFor'>): ToolSpec[] {
  const environment = deps.environmentFor(scenario);
  try {
    return environment.tools();
  } finally {
    environment.close();
  }
}

async function play(scenario: Scenario, agent: string, deps: CheckDeps) {
  const seed = deps.seed ?? 1;
  const root = createRng(`${scenario.id}/${seed}`);
  // The check plays the built-in oracle agents and the agenda user, whatever kinds a run may add.
  const builtins = createRegistry();
  const environment = deps.environmentFor(scenario);
  try {
    const { output } = await runEpisode({
      scenario,
      seed,
      clock: systemClock,
      createId: createIdGenerator(root.fork(`ids/${agent}`)),
      agent: builtins.agent(agent).create({ scenario, seed, rng: root.fork(`agent/${agent}`), meter: createUsageMeter() }),
      user: builtins.user('agenda').create({ scenario, seed, rng: root.fork('user'), meter: createUsageMeter() }),
      environment,
      referenceEnvironment: () => deps.environmentFor(scenario),
      judge: deps.judge,
    });
    return output;
  } finally {
    environment.close();
  }
}
