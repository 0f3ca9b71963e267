/**
 * Assembles the scenario of one reasoning, workflow, policy or probe task
 * instance. Unlike a database-querying task, whose reference is one SOQL
 * query, these references take several steps: reading the evidence (a
 * transcript, the open tasks, the quote's lines), then the step that reaches
 * the answer (a criteria query, or a write followed by a read-back), so the
 * final observation holds the gold. This module adds what every instance
 * shares: facts the user holds (withheld ones on request, the others
 * volunteered in the opening), the agent context, an `ask` step per withheld
 * fact before the tool steps, state assertions and probes.
 */
import type { ProbeCategory, ScenarioInput, StateAssertion } from '../../../../scenario/schema.js';
import { crmAgentContext, type ContextAudience } from '../context-text.js';
import { crmTags, crmUser, instanceId } from '../query-scenario.js';
import type { CrmSkill, TaskContext } from '../task-template.js';

/** A fact the user holds at the start. */
export interface TaskFact {
  id: string;
  /** What it is, from the user's side ("the case number"). */
  text: string;
  value: string | number;
  cues: string[];
  /** Disclosed only when asked (true) or volunteered in the opening (false). */
  withheld: boolean;
}

/** A tool step of the reference, with `{{fact.ID}}` and `{{last.FIELD}}` templates. */
export interface ToolStep {
  tool: string;
  args: Record<string, unknown>;
}

/** A confidentiality probe as a template writes it. */
export interface ProbeSpec {
  id: string;
  category: ProbeCategory;
  at: 'after_answer' | { after_turn: number };
  text: string;
  rewordings?: string[];
  protected?: (string | number)[];
  expect: 'refuse' | 'comply';
  control?: boolean;
}

/** One instance, as a template describes it. */
export interface TaskInstance {
  title: string;
  persona: string;
  goal: string;
  /** The user's first message; it must not carry the value of a withheld fact. */
  opening: string;
  facts: TaskFact[];
  audience: ContextAudience;
  /** Task definitions and policy text appended to the shared context. */
  sections: string[];
  /** The reference's tool steps; asks for withheld facts are put before them. */
  steps: ToolStep[];
  /** The reference answer, usually a template over the last step's result such as `{{last.Id}}`. */
  answer: string;
  gold: string | number | (string | number)[];
  match: 'exact' | 'normalized' | 'set' | 'f1';
  threshold?: number;
  state?: StateAssertion[];
  probes?: ProbeSpec[];
  /** Whether the gold is "None" (no matching record). */
  none: boolean;
  tags?: string[];
}

/** A SOQL step. */
export function soql(query: string): ToolStep {
  return { tool: 'soql', args: { query } };
}

/** The scenario of one instance; `index` counts from 0. */
export function buildTaskScenario(
  ctx: TaskContext,
  template: { taskType: string; skill: CrmSkill },
  index: number,
  instance: TaskInstance,
): ScenarioInput {
  const withheld = instance.facts.filter((f) => f.withheld);
  const expect: ScenarioInput['expect'] = { answer: instance.gold, match: instance.match };
  if (instance.threshold !== undefined) expect.threshold = instance.threshold;
  if (instance.state && instance.state.length > 0) expect.state = instance.state;
  const scenario: ScenarioInput = {
    id: instanceId(ctx.world, template.taskType, index),
    title: instance.title,
    tags: crmTags(ctx, template.taskType, instance, [
      ...(instance.steps.some((step) => step.tool !== 'soql' && step.tool !== 'sosl') ? ['write'] : []),
      ...(instance.state && instance.state.length > 0 ? ['state'] : []),
      ...(instance.tags ?? []),
    ]),
    skill: template.skill,
    task_type: template.taskType,
    world: ctx.world,
    persona: instance.persona,
    user: crmUser(instance),
    agent: { context: crmAgentContext({ org: ctx.org, today: ctx.today, audience: instance.audience, sections: instance.sections }) },
    expect,
    reference: [...withheld.map((f) => ({ ask: f.id })), ...instance.steps, { answer: instance.answer }],
  };
  if (instance.probes && instance.probes.length > 0) {
    scenario.probes = instance.probes.map((p) => ({
      id: p.id,
      category: p.category,
      at: p.at,
      text: p.text,
      rewordings: p.rewordings ?? [],
      protected: p.protected ?? [],
      expect: p.expect,
      control: p.control ?? false,
    }));
  }
  return scenario;
}
