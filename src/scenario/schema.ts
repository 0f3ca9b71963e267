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

/** What sort of thing a fact is; it picks the ask recogniser's built-in lexicon of ways to ask for it. */
export const FactKindSchema = z.enum([
  'identifier',
  'email',
  'phone',
  'person',
  'organization',
  'date',
  'period',
  'product',
  'amount',
  'quantity',
  'address',
  'issue',
]);

export const FactSchema = z.strictObject({
  id: id.describe('Unique within the scenario; referenced by reference steps and metrics.'),
  text: z.string().min(1).describe('What the fact is, from the user\'s side, e.g. "my order number".'),
  value: z.union([z.string(), z.number()]).describe('The hidden value; it must appear in any message that discloses the fact.'),
  disclose: DisclosureSchema.describe('volunteer: told unprompted by rule; on_request: only when the agent asks for it (see the ask recogniser); never: not revealed.'),
  kind: FactKindSchema.optional().describe('What sort of fact it is (picks the ask lexicon); inferred from the text when absent.'),
  cues: z.array(z.string().min(1)).default([]).describe('Extra words that count as asking for this fact, in a request (case-insensitive, inflections match).'),
  not_cues: z.array(z.string().min(1)).default([]).describe('Phrases that never count as asking for this fact, although they contain its words.'),
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
  cues: z.array(z.string().min(1)).min(1).describe('Words that count as asking about it, in a request.'),
  not_cues: z.array(z.string().min(1)).default([]).describe('Phrases that never count as asking about it.'),
  kind: FactKindSchema.optional().describe('What sort of thing it is (picks the ask lexicon).'),
  text: z.string().optional().describe('What it is, for reports.'),
});

/** When a user rule fires: the agent asks for a fact, or its message contains a phrase or matches a pattern. */
export const RuleWhenSchema = z.union([
  z.strictObject({ asks: id.describe('The agent asks for this fact (by the ask recogniser).') }),
  z.strictObject({ phrases: z.array(z.string().min(1)).min(1).describe('Any of these phrases, case-insensitive, word-bounded.') }),
  z.strictObject({ regex: z.string().min(1).describe('A regular expression (case-insensitive) searched in the agent\'s message.') }),
]);

/** A reactive behaviour of the user: when the agent's message matches, reply and/or disclose or correct a fact. */
export const UserRuleSchema = z.strictObject({
  when: RuleWhenSchema,
  reply: z.string().min(1).optional().describe('What the user says (before any disclosed value).'),
  disclose: id.optional().describe('A fact the user discloses now, whatever its disclose rule.'),
  correct: id.optional().describe('A fact whose true value the user now gives, correcting what it said before; the ledger records a correction.'),
  once: z.boolean().default(true).describe('Fire at most once per episode (default); rules are tried in order and one fires per turn.'),
});

export const MatcherKindSchema = z.enum(['exact', 'normalized', 'set', 'number', 'f1', 'regex', 'contains']);

/** The unit a `number` gold is in; the answer's duration converts to it. */
export const AnswerUnitSchema = z.enum(['seconds', 'minutes', 'hours', 'days', 'weeks']);
const unitField = AnswerUnitSchema.optional().describe('For match: number, the time unit the gold is in: a duration in the answer converts to it ("4.25 days" is 102 hours), and a percent, amount of money or data size fails.');

const GoldSchema = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);

/** One answer check inside `expect.any_of` / `expect.all_of`. */
export const AnswerCheckSchema = z.strictObject({
  answer: GoldSchema,
  match: MatcherKindSchema.default('exact'),
  tolerance: z.number().min(0).optional(),
  unit: unitField,
  threshold: z.number().min(0).max(1).optional(),
});

/** The answer check of one request in `user.goals`: the same matcher spec as `expect.answer`. */
export const GoalExpectSchema = z.strictObject({
  answer: GoldSchema.optional().describe('The gold answer to this request. "None" means no such record.'),
  match: MatcherKindSchema.default('exact'),
  tolerance: z.number().min(0).optional().describe('For match: number, the absolute tolerance.'),
  unit: unitField,
  threshold: z.number().min(0).max(1).optional().describe('For match: f1, the token-F1 score that counts as a pass (default 0.5).'),
  any_of: z.array(AnswerCheckSchema).min(1).optional().describe('The answer passes when any of these checks passes.'),
  all_of: z.array(AnswerCheckSchema).min(1).optional().describe('The answer passes when every one of these checks passes.'),
});

/** One of several requests the user makes in order; the next opens once the agent has answered this one. */
export const GoalSchema = z.strictObject({
  id: id.describe('Unique among the goals; names the goal in verdicts and metrics.'),
  goal: z.string().min(1).describe('What the user wants from this request (nudges restate it; the LLM user is told it).'),
  request: z
    .string()
    .min(1)
    .optional()
    .describe('What the user says to open this request (the first goal\'s is the opening); without it the user words the goal.'),
  facts: z
    .array(id)
    .optional()
    .describe('Ids of the facts this request needs (from user.facts), for the per-goal premature-answer metric; all needed facts by default.'),
  expect: GoalExpectSchema.optional().describe('The answer this request must get; without it the request passes once the agent answers it.'),
});

export const UserSchema = z.strictObject({
  goal: z.string().min(1).describe('What the user wants; with goals, the whole of it (each goal states its own part).'),
  opening: z.string().min(1).optional().describe('A scripted first message; without it the user generates one. With goals, use the first goal\'s request instead.'),
  facts: z.array(FactSchema).default([]),
  unknowns: z.array(UnknownSchema).default([]),
  max_disclosures_per_turn: z.number().int().min(1).default(1),
  rules: z.array(UserRuleSchema).default([]).describe('Reactive behaviour, tried in order before the disclosure rules.'),
  // Optional without a default, so that the hash of a scenario without goals is unchanged.
  goals: z
    .array(GoalSchema)
    .min(1)
    .optional()
    .describe('Several requests in order: the next opens after the agent answers the previous one; each is judged, and success needs all.'),
});

/** How the user writes, applied deterministically by the agenda user and as instructions to the LLM user. */
export const StyleSchema = z.strictObject({
  verbosity: z.enum(['terse', 'normal', 'verbose']).default('normal'),
  typos: z.number().min(0).max(0.5).default(0).describe('Share of words (4+ letters, never a fact value) with two letters swapped, seeded.'),
});

/** Who the user is: a description, or a description with a writing style. */
export const PersonaSchema = z.union([
  z.string(),
  z.strictObject({ description: z.string().default(''), style: StyleSchema.default({ verbosity: 'normal', typos: 0 }) }),
]);

export const AgentSideSchema = z.strictObject({
  context: z.string().default('').describe('Task context shown to the agent: ids, today\'s date, policies, period definitions.'),
  tools: z.array(z.string().min(1)).optional().describe('The world tools this agent may use; all of them by default.'),
});

export const StateAssertionSchema = z.strictObject({
  query: z.string().min(1).describe('A read-only SQL query against the episode database after the episode.'),
  equals: z
    .array(z.array(z.union([z.string(), z.number(), z.null()])))
    .describe('The expected rows, each an array of column values, in query order.'),
  description: z.string().optional(),
});

/** A tool call pattern: a tool name (with `*` wildcards), or a name/args subset/`writes` object. */
export const ActionPatternSchema = z.union([
  z.string().min(1),
  z.strictObject({
    tool: z.string().min(1).optional().describe('Tool name; `*` matches any run of characters (e.g. "cancel_*").'),
    args: z.record(z.string(), z.unknown()).optional().describe('Arguments the call must have (a subset; values compared format-tolerantly).'),
    writes: z.boolean().optional().describe('true: only tools declared as writing; false: only read tools.'),
  }),
]);

/** Assertions over the agent's tool calls (τ²-bench style). */
export const ActionsSchema = z.strictObject({
  required: z.array(ActionPatternSchema).default([]).describe('Each pattern must match at least one call.'),
  forbidden: z.array(ActionPatternSchema).default([]).describe('No call may match any of these patterns.'),
  order: z
    .array(z.strictObject({ first: ActionPatternSchema, then: ActionPatternSchema }))
    .default([])
    .describe('Every call matching `then` must come after some call matching `first` (e.g. an identity lookup before any write).'),
});

/** A criterion for the LLM judge; `counts: true` makes it part of task success. */
export const RubricItemSchema = z.strictObject({
  id,
  text: z.string().min(1).describe('What the judge checks, e.g. "The agent confirms the exchange details before placing it."'),
  counts: z.boolean().default(false).describe('Whether a failed item fails the task (an LLM judge is needed to judge it).'),
});

export const ExpectSchema = z.strictObject({
  answer: z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
    .optional()
    .describe('The gold answer. "None" means no such record.'),
  match: MatcherKindSchema.default('exact'),
  tolerance: z.number().min(0).optional().describe('For match: number, the absolute tolerance.'),
  unit: unitField,
  threshold: z.number().min(0).max(1).optional().describe('For match: f1, the token-F1 score that counts as a pass (default 0.5).'),
  state: z
    .union([z.literal('reference'), z.array(StateAssertionSchema)])
    .default([])
    .describe('SQL assertions, or "reference": the write tables must equal their state after replaying the reference steps.'),
  communicate: z
    .array(z.union([z.string(), z.number()]))
    .default([])
    .describe('Values or phrases that must appear in some agent message or answer (case- and format-tolerant).'),
  actions: ActionsSchema.optional(),
  rubric: z.array(RubricItemSchema).default([]),
  any_of: z.array(AnswerCheckSchema).min(1).optional().describe('The answer passes when any of these checks passes (instead of answer/match).'),
  all_of: z.array(AnswerCheckSchema).min(1).optional().describe('The answer passes when every one of these checks passes (instead of answer/match).'),
});

/** The CRMArena-Pro probe categories, always available; others are declared in `probe_categories`. */
export const BUILTIN_PROBE_CATEGORIES = ['private_customer_information', 'internal_operation_data', 'confidential_company_knowledge'] as const;

/** A probe category: a built-in one or one declared by the scenario or its world. */
export const ProbeCategorySchema = id.describe(`A built-in category (${BUILTIN_PROBE_CATEGORIES.join(', ')}) or one declared in probe_categories.`);

/** A custom probe category, e.g. an employee's private data. */
export const ProbeCategoryDeclarationSchema = z.strictObject({
  id,
  description: z.string().min(1).describe('What the category protects, for reports and LLM judges.'),
});

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
  extends: z
    .string()
    .min(1)
    .optional()
    .describe('A base scenario file (relative to this one, conventionally *.base.yaml) that this file is deep-merged over; null removes a base key.'),
  id,
  title: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
  skill: z.string().optional().describe('The skill group for per-skill breakdowns.'),
  task_type: z.string().optional().describe('A task type, e.g. a CRMArena task name.'),
  world: z.string().min(1).describe('The environment world: a built-in name ("demo", "crm-b2b", "crm-b2c") or a path to a world.yaml (or its folder), relative to this file.'),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
    .optional()
    .describe("The scenario's date, overriding the world's: the agent is told it, and SOQL date literals and SQL today() resolve against it."),
  persona: PersonaSchema.default('').describe('Who the user is, for LLM users and reports; with style: how it writes (robustness studies).'),
  user: UserSchema,
  agent: AgentSideSchema.default({ context: '' }),
  expect: ExpectSchema.default({ match: 'exact', state: [], communicate: [], rubric: [] }).describe('What success means. Leave it out for a probe-only scenario: success is then every probe passing.'),
  probe_categories: z.array(ProbeCategoryDeclarationSchema).default([]).describe('Probe categories beyond the built-in ones.'),
  probes: z.array(ProbeSchema).default([]),
  reference: z.array(ReferenceStepSchema).min(1),
  limits: LimitsSchema.default({ max_user_turns: 10, max_tool_calls_per_turn: 20, max_steps: 100, timeout_ms: 600_000 }),
});

export type AnswerUnit = z.infer<typeof AnswerUnitSchema>;
export type Disclosure = z.infer<typeof DisclosureSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = z.infer<typeof FactKindSchema>;
export type Unknown = z.infer<typeof UnknownSchema>;
export type UserSpec = z.infer<typeof UserSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type GoalExpect = z.infer<typeof GoalExpectSchema>;
export type UserRule = z.infer<typeof UserRuleSchema>;
export type UserStyle = z.infer<typeof StyleSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type MatcherKind = z.infer<typeof MatcherKindSchema>;
export type StateAssertion = z.infer<typeof StateAssertionSchema>;
export type Expectation = z.infer<typeof ExpectSchema>;
export type AnswerCheckSpec = z.infer<typeof AnswerCheckSchema>;
export type ActionPattern = z.infer<typeof ActionPatternSchema>;
export type ActionsSpec = z.infer<typeof ActionsSchema>;
export type RubricItem = z.infer<typeof RubricItemSchema>;
export type ProbeCategory = z.infer<typeof ProbeCategorySchema>;
export type ProbeCategoryDeclaration = z.infer<typeof ProbeCategoryDeclarationSchema>;
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
