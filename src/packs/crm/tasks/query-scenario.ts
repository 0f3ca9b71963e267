/**
 * Assembles the scenario of one database-querying task instance. A template
 * decides the question, the facts the user holds, the gold answer and the
 * SOQL query that reaches it; this module turns that into the scenario shape
 * every such task shares: withheld facts disclosed on request (volunteered in
 * the opening when the instance is fully specified), the agent context, a
 * reference that asks for each withheld fact, runs the query through the
 * agent's own `soql` tool and answers from its result.
 */
import { UsersimError } from '../../../errors.js';
import type { MatcherKind, ScenarioInput } from '../../../scenario/schema.js';
import type { Rng } from '../../../util/rng.js';
import { crmAgentContext, type ContextAudience } from './context-text.js';
import { crmToolText, hiddenGold, type PromptTexts } from './prompt-visibility.js';
import type { CrmSkill, TaskContext } from './task-template.js';

/** A fact the user holds at the start. */
export interface QueryFact {
  id: string;
  /** What it is, from the user's side ("the product"). */
  text: string;
  value: string | number;
  cues: string[];
  /** Disclosed only when asked (true) or volunteered in the opening (false). */
  withheld: boolean;
}

/** One instance, as a template describes it. */
export interface QueryInstance {
  title: string;
  persona: string;
  goal: string;
  /** The user's first message; it must not carry the value of a withheld fact. */
  opening: string;
  facts: QueryFact[];
  audience: ContextAudience;
  /** Task definitions appended to the shared context. */
  sections: string[];
  /** The reference SOQL query, with `{{fact.ID}}` templates. */
  query: string;
  /** The reference answer, a template over the query's result such as `{{last.OwnerId}}`. */
  answer: string;
  /** The gold answer; for a list, the first item is the form `answer` renders and the rest are accepted spellings. */
  gold: string | number | (string | number)[];
  match: MatcherKind;
  tolerance?: number;
  /** Whether the gold is "None" (no matching record). */
  none: boolean;
  tags?: string[];
}

/** `crm-b2b.handle_time.03` for the third instance. */
export function instanceId(world: string, taskType: string, index: number): string {
  return `${world}.${taskType}.${String(index + 1).padStart(2, '0')}`;
}

function contextOf(ctx: TaskContext, instance: QueryInstance): string {
  return crmAgentContext({ org: ctx.org, today: ctx.today, audience: instance.audience, sections: instance.sections });
}

function promptTexts(ctx: TaskContext, instance: QueryInstance, context: string): PromptTexts {
  const said = [instance.opening, instance.goal, ...instance.facts.map((f) => `${f.text} ${f.value}`)].join('\n');
  return { context, tools: crmToolText(ctx.org), said };
}

/**
 * Whether an instance's gold stays hidden from the prompt (see
 * `prompt-visibility.ts`); templates pass this to `planInstances` as `accept`.
 */
export function goldIsHidden(ctx: TaskContext, instance: QueryInstance): boolean {
  const gold = instance.none ? 'None' : instance.gold;
  return hiddenGold(gold, promptTexts(ctx, instance, contextOf(ctx, instance))) !== undefined;
}

/**
 * The scenario of one instance; `index` counts from 0. Accepted spellings of
 * the gold that the prompt shows are dropped.
 *
 * @throws UsersimError `E_INTERNAL` when the gold itself is visible (the template should not have accepted the instance).
 */
export function buildQueryScenario(
  ctx: TaskContext,
  template: { taskType: string; skill: CrmSkill },
  index: number,
  instance: QueryInstance,
): ScenarioInput {
  const withheld = instance.facts.filter((f) => f.withheld);
  const context = contextOf(ctx, instance);
  const gold = hiddenGold(instance.none ? 'None' : instance.gold, promptTexts(ctx, instance, context));
  if (gold === undefined) {
    throw new UsersimError('E_INTERNAL', `${template.taskType} instance ${index + 1}: the gold answer is visible in the prompt`);
  }
  // A "None" gold is judged by the no-record rule whatever the matcher, and `number` would reject it as non-numeric.
  const expect: ScenarioInput['expect'] = instance.none ? { answer: 'None', match: 'exact' } : { answer: gold, match: instance.match };
  if (!instance.none && instance.tolerance !== undefined) expect.tolerance = instance.tolerance;
  return {
    id: instanceId(ctx.world, template.taskType, index),
    title: instance.title,
    tags: crmTags(ctx, template.taskType, instance, [...(instance.tags ?? [])]),
    skill: template.skill,
    task_type: template.taskType,
    world: ctx.world,
    persona: instance.persona,
    user: crmUser(instance),
    // Read-only: the query tasks change nothing, so they get no write tools (and episodes skip the before-snapshot).
    agent: { context, tools: ['soql', 'sosl'] },
    expect,
    reference: [
      ...withheld.map((f) => ({ ask: f.id })),
      { tool: 'soql', args: { query: instance.query } },
      { answer: instance.answer },
    ],
  };
}

/**
 * Which facts of a regular (non-None) instance to withhold: each with
 * probability 3/4, and at least one, so the instance is underspecified and a
 * naive agent cannot answer it.
 */
export function chooseWithheld(rng: Rng, count: number): boolean[] {
  const out = Array.from({ length: count }, () => rng.next() < 0.75);
  if (!out.some(Boolean)) out[rng.int(count)] = true;
  return out;
}

/** What both CRM scenario builders know of an instance's user side. */
export interface CrmUserSide {
  goal: string;
  opening: string;
  none?: boolean;
  facts: readonly { id: string; text: string; value: string | number; withheld: boolean; cues: string[] }[];
}

/** The tags every CRM scenario carries, then `extra`. */
export function crmTags(ctx: TaskContext, taskType: string, instance: CrmUserSide, extra: readonly string[]): string[] {
  const withheld = instance.facts.filter((f) => f.withheld).length;
  return ['crm', ctx.org, taskType, withheld > 0 ? 'underspecified' : 'fully-specified', `facts-${withheld}`, ...(instance.none ? ['none-answer'] : []), ...extra];
}

/** The user block: withheld facts are told on request, the rest up front; every fact is needed. */
export function crmUser(instance: CrmUserSide): ScenarioInput['user'] {
  return {
    goal: instance.goal,
    opening: instance.opening,
    facts: instance.facts.map((f) => ({
      id: f.id,
      text: f.text,
      value: f.value,
      disclose: f.withheld ? 'on_request' : 'volunteer',
      cues: f.cues,
      needed: true,
    })),
    // Two, so that one question about "the period" can get both of its dates.
    max_disclosures_per_turn: 2,
  };
}
