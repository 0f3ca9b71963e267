/**
 * Runs task templates over one built org and returns their scenarios,
 * validated: each must fit the scenario schema and pass the loader's meaning
 * lints against the CRM world's tools, and ids must be unique. Each template
 * draws from its own fork of the seed (`createRng(seed).fork(taskType)`), so
 * adding, removing or changing one template never changes another's
 * instances. This is the file-free core of suite generation, used by
 * `generateCrmSuite` and by tests on small orgs.
 */
import type Database from 'better-sqlite3';
import { UsersimError } from '../../../errors.js';
import { lintScenario } from '../../../scenario/lint.js';
import { formatPath } from '../../../scenario/problem.js';
import { ScenarioSchema, type ScenarioInput } from '../../../scenario/schema.js';
import { createRng } from '../../../util/rng.js';
import { crmOrgSchema, CRM_TODAY, type CrmOrgKind } from '../org/crm-org-schema.js';
import type { CrmLatent } from '../org/crm-latent.js';
import { crmToolDeclarations } from '../org/crm-tools.js';
import { crmPolicies } from '../org/policies.js';
import type { TaskContext, TaskTemplate } from './task-template.js';
import type { AnswerScorer } from '../../../core/answer-scorer.js';

/** Input of {@link generateCrmScenarios}. */
export interface CrmScenariosInput {
  org: CrmOrgKind;
  /** The world name scenarios refer to (`crm-b2b` for the shipped org). */
  world: string;
  /** An open handle on the built org; only read. */
  db: Database.Database;
  latent: CrmLatent;
  templates: readonly TaskTemplate[];
  /** Instances wanted per template (a template may return fewer on a small org). */
  perTask: number;
  /** The sampling seed (not the org's seed). */
  seed: number | string;
  /** The judge's answer scores (`answerScorer` from `usersim`). */
  scorer: AnswerScorer;
}

/** Scenarios of one template. */
export interface TemplateScenarios {
  taskType: string;
  scenarios: ScenarioInput[];
}

/** The names of the tools every CRM world declares, for the lints. */
export function crmToolNames(): string[] {
  return crmToolDeclarations().map((d) => String(d.name ?? d.type));
}

/**
 * Runs every template and validates what it returns.
 *
 * @throws UsersimError `E_SCENARIO_INVALID` naming the template and the problem when a scenario does not validate.
 */
export function generateCrmScenarios(input: CrmScenariosInput): TemplateScenarios[] {
  const root = createRng(input.seed);
  const tools = crmToolNames();
  const ids = new Set<string>();
  return input.templates.map((template) => {
    const ctx: TaskContext = {
      org: input.org,
      world: input.world,
      db: input.db,
      schema: crmOrgSchema(input.org),
      latent: input.latent,
      policies: crmPolicies(input.org),
      rng: root.fork(template.taskType),
      today: CRM_TODAY[input.org],
      scorer: input.scorer,
    };
    const scenarios = template.generate(ctx, input.perTask);
    for (const scenario of scenarios) {
      const where = `template ${template.taskType}, scenario ${JSON.stringify(scenario.id)}`;
      const parsed = ScenarioSchema.safeParse(scenario);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${formatPath(i.path as (string | number)[])}: ${i.message}`).join('; ');
        throw new UsersimError('E_SCENARIO_INVALID', `${where}: ${detail}`);
      }
      const problems = lintScenario(parsed.data, { toolsFor: (world) => (world === input.world ? tools : undefined) });
      if (problems.length > 0) {
        throw new UsersimError('E_SCENARIO_INVALID', `${where}: ${problems.map((p) => `${formatPath(p.path)}: ${p.message}`).join('; ')}`);
      }
      if (ids.has(parsed.data.id)) throw new UsersimError('E_SCENARIO_INVALID', `${where}: duplicate scenario id`);
      ids.add(parsed.data.id);
    }
    return { taskType: template.taskType, scenarios };
  });
}
