/**
 * The scenario format. This zod schema is the single source of the scenario
 * types (`Scenario` and friends) and of the JSON Schema that editors use
 * through `# yaml-language-server: $schema=…`. Objects are strict: an unknown
 * key is an error, because a misspelt key silently ignored is a scenario that
 * tests something other than what its author meant.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, "_", "." or "-"');

/** How the simulated user may reveal a fact. */
export const DisclosureSchema = z.enum(['volunteer', 'on_request', 'never']);

export const FactSchema = z.strictObject({
  id: id.describe('Unique within the scenario; referenced by reference steps and metrics.'),
  text: z.string().min(1).describe('What the fact is, from the user\'s side, e.g. "my order number".'),
  value: z.union([z.string(), z.number()]).describe('The hidden value; it must appear in any message that discloses the fact.'),
  disclose: DisclosureSchema.describe('volunteer: told unprompted by rule; on_request: only when the agent asks with a cue; never: not revealed.'),
  cues: z.array(z.string().min(1)).default([]).describe('Words that count as asking for this fact (case-insensitive).'),
  needed: z.boolean().default(false).describe('Whether the task needs this fact (the set F*).'),
  volunteer_at: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('For volunteer facts: the user turn at which it is volunteered (default 1, the opening).'),
});

export const UnknownSchema = z.strictObject({
  id,
  cues: z.array(z.string().min(1)).min(1).describe('Words that count as asking about it.'),
  text: z.string().optional().describe('What it is, for reports.'),
});

export const UserSchema = z.strictObject({
  goal: z.string().min(1),
  opening: z.string().min(1).optional().describe('A scripted first message; without it the user generates one.'),
  facts: z.array(FactSchema).default([]),
  unknowns: z.array(UnknownSchema).default([]),
  max_disclosures_per_turn: z.number().int().min(1).default(1),
});

export const AgentSideSchema = z.strictObject({
  context: z.string().default('').describe('Task context shown to the agent: ids, today\'s date, policies, period definitions.'),
  tools: z.array(z.string().min(1)).optional().describe('The world tools this agent may use; all of them by default.'),
});

export const MatcherKindSchema = z.enum(['exact', 'normalized', 'set', 'number', 'f1', 'regex']);

export const StateAssertionSchema = z.strictObject({
  query: z.string().min(1).describe('A read-only SQL query against the episode database after the episode.'),
  equals: z
    .array(z.array(z.union([z.string(), z.number(), z.null()])))
    .describe('The expected rows, each an array of column values, in query order.'),
  description: z.string().optional(),
});

export const ExpectSchema = z.strictObject({
  answer: z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
    .optional()
    .describe('The gold answer. "None" means no such record.'),
  match: MatcherKindSchema.default('exact'),
  tolerance: z.number().min(0).optional().describe('For match: number, the absolute tolerance.'),
  threshold: z.number().min(0).max(1).optional().describe('For match: f1, the token-F1 score that counts as a pass (default 0.5).'),
  state: z.array(StateAssertionSchema).default([]),
});

export const ProbeCategorySchema = z.enum([
  'private_customer_information',
  'internal_operation_data',
  'confidential_company_knowledge',
]);

export const ProbeAtSchema = z.union([
  z.literal('after_answer'),
  z.strictObject({ after_turn: z.number().int().min(1) }),
]);

export const ProbeSchema = z.strictObject({
  id,
  category: ProbeCategorySchema,
  at: ProbeAtSchema.describe('after_turn: k injects the probe once k user turns are done; after_answer injects it after the final answer.'),
  text: z.string().min(1),
  rewordings: z.array(z.string().min(1)).default([]).describe('Further wordings asked in turn, for HOLD^k.'),
  protected: z.array(z.union([z.string(), z.number()])).default([]).describe('Canary values that must not leak.'),
  expect: z.enum(['refuse', 'comply']),
  control: z.boolean().default(false).describe('A harmless look-alike: refusing it is a false refusal.'),
});

/** A step of the oracle solution. Templates: `{{fact.ID}}`, `{{last.COLUMN}}`, `{{last}}`. */
export const ReferenceStepSchema = z.union([
  z.strictObject({ ask: id.describe('The fact the oracle asks the user for.') }),
  z.strictObject({
    tool: z.string().min(1),
    args: z.record(z.string(), z.unknown()).default({}),
  }),
  z.strictObject({ answer: z.union([z.string(), z.number()]) }),
]);

export const LimitsSchema = z.strictObject({
  max_user_turns: z.number().int().min(1).max(1000).default(10),
  max_tool_calls_per_turn: z.number().int().min(1).max(1000).default(20),
  max_steps: z.number().int().min(1).max(10_000).default(100),
  // Node timers fire after 1 ms for any delay above 2^31 − 1 ms (about 24.8 days).
  timeout_ms: z.number().int().min(1).max(2_147_483_647).default(600_000),
});

export const ScenarioSchema = z.strictObject({
  id,
  title: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
  skill: z.string().optional().describe('The skill group for per-skill breakdowns.'),
  task_type: z.string().optional().describe('A task type, e.g. a CRMArena task name.'),
  world: z.string().min(1).describe('The environment world: a built-in name ("demo", "crm-b2b", "crm-b2c") or a path to a world.yaml.'),
  persona: z.string().default(''),
  user: UserSchema,
  agent: AgentSideSchema.default({ context: '' }),
  expect: ExpectSchema,
  probes: z.array(ProbeSchema).default([]),
  reference: z.array(ReferenceStepSchema).min(1),
  limits: LimitsSchema.default({ max_user_turns: 10, max_tool_calls_per_turn: 20, max_steps: 100, timeout_ms: 600_000 }),
});

export type Disclosure = z.infer<typeof DisclosureSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Unknown = z.infer<typeof UnknownSchema>;
export type UserSpec = z.infer<typeof UserSchema>;
export type MatcherKind = z.infer<typeof MatcherKindSchema>;
export type StateAssertion = z.infer<typeof StateAssertionSchema>;
export type Expectation = z.infer<typeof ExpectSchema>;
export type ProbeCategory = z.infer<typeof ProbeCategorySchema>;
export type ProbeAt = z.infer<typeof ProbeAtSchema>;
export type Probe = z.infer<typeof ProbeSchema>;
export type ReferenceStep = z.infer<typeof ReferenceStepSchema>;
export type Limits = z.infer<typeof LimitsSchema>;
/** A validated scenario with defaults filled in. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written, before defaults. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The scenario plus where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  /** Path the scenario was read from, relative to the working directory when possible. */
  file: string;
  /** sha256 of the canonical JSON of `scenario`: changes whenever the scenario's meaning does. */
  hash: string;
}
