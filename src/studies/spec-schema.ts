/**
 * The study spec format: a zod schema that is the single source of the
 * `StudySpec` type. A study names the scenarios, the conditions they run
 * under, the agent variants to compare, the simulated user and judge, the
 * seeds, a cost budget, the paired comparisons to make and the bootstrap
 * settings. Objects are strict, as in scenarios: a misspelt key silently
 * ignored would be a study that measures something other than its author
 * meant.
 */
import { z } from 'zod';

/** A condition name (see `src/runner/conditions.ts`). */
export const ConditionSchema = z.enum(['sharded', 'full', 'concat']);

/** One agent variant: a display name and the agent spec it runs. */
export const StudyVariantSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .describe('The label shown in tables and named by comparisons, e.g. "baseline" or "baseline + confidentiality".'),
  agent: z
    .string()
    .trim()
    .min(1)
    .describe('An agent spec as `usersim run --agent` takes it: reference, reference[clarify=guess], openai-tools:<model>[prompts=baseline+confidentiality], …'),
});

/** A paired comparison between two variants, named by their `name`. */
export const StudyComparisonSchema = z.strictObject({
  baseline: z.string().trim().min(1).describe('The variant differences are measured from.'),
  variant: z.string().trim().min(1).describe('The variant compared with the baseline (differences are variant − baseline).'),
});

/** The seeded bootstrap behind every interval of the study. */
export const StudyBootstrapSchema = z.strictObject({
  resamples: z.number().int().min(1).max(100_000).default(2000).describe('Bootstrap replicates.'),
  seed: z.number().int().min(0).default(1).describe('Seeds the bootstrap, so the same results give the same intervals.'),
  level: z.number().min(0.5).max(0.999).default(0.95).describe('Confidence level of the intervals (0.5 to 0.999).'),
});

/** What the study may spend on model calls. */
export const StudyBudgetSchema = z.strictObject({
  max_cost_usd: z.number().min(0).max(1_000_000).describe('Stop scheduling episodes once model calls have cost this much (list prices, US dollars).'),
});

export const StudySpecSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected a name of letters, digits, "_", "." or "-"')
    .describe('The study name; the default output directory is runs/<name>.'),
  description: z.string().optional(),
  scenarios: z
    .array(z.string().trim().min(1))
    .min(1)
    .describe('Scenario files, folders or globs (*, **, ?, {a,b}), relative to the spec file. Each must match something.'),
  conditions: z.array(ConditionSchema).min(1).default(['sharded']).describe('Conditions each scenario runs under.'),
  agents: z.array(StudyVariantSchema).min(1).describe('The agent variants; the first is the default baseline of comparisons.'),
  user: z.string().trim().min(1).default('agenda').describe('The simulated user: agenda, or llm:<model>.'),
  judge: z.string().trim().min(1).optional().describe('The judge: deterministic (default) or a model for the LLM judge.'),
  seeds: z
    .union([z.number().int().min(1).max(10_000), z.array(z.number().int().min(0).max(2_147_483_647)).min(1).max(10_000)])
    .default(3)
    .describe('Seeds per cell: n for seeds 1…n, or an explicit list. pass^k and the noise floor need at least 2.'),
  budget: StudyBudgetSchema.optional(),
  comparisons: z.array(StudyComparisonSchema).optional().describe('Paired comparisons; by default every variant against the first.'),
  bootstrap: StudyBootstrapSchema.default({ resamples: 2000, seed: 1, level: 0.95 }),
  concurrency: z.number().int().min(1).max(256).default(4).describe('Episodes at once.'),
});

/** A validated study spec with defaults filled in. */
export type StudySpec = z.infer<typeof StudySpecSchema>;
/** A study spec as written, before defaults. */
export type StudySpecInput = z.input<typeof StudySpecSchema>;
export type StudyVariantSpec = z.infer<typeof StudyVariantSchema>;
export type StudyComparisonSpec = z.infer<typeof StudyComparisonSchema>;
