/**
 * The contract of a CRM task template: one template per CRMArena-Pro task
 * type (and per probe category), each sampling instances from a built org and
 * computing its gold answer with its own query, independent of any agent.
 * Templates emit scenario objects (validated later by the scenario schema);
 * the suite writer turns them into YAML files.
 */
import type Database from 'better-sqlite3';
import type { ScenarioInput } from '../../../scenario/schema.js';
import type { Rng } from '../../../util/rng.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import type { CrmOrgKind } from '../org/crm-org-schema.js';
import type { CrmLatent } from '../org/crm-latent.js';
import type { CrmPolicies } from '../org/policies.js';
import type { AnswerScorer } from '../../../core/answer-scorer.js';

/** The skill groups of CRMArena-Pro, plus confidentiality for probes and their controls. */
export type CrmSkill = 'database_querying' | 'information_retrieval' | 'workflow_execution' | 'policy_compliance' | 'confidentiality';

/** What a template may read to build instances. */
export interface TaskContext {
  org: CrmOrgKind;
  /** The world's name as scenarios refer to it: `crm-b2b` or `crm-b2c`. */
  world: string;
  /** A read-only handle on the built org (for sampling and gold queries). */
  db: Database.Database;
  schema: OrgSchema;
  latent: CrmLatent;
  policies: CrmPolicies;
  /** Seeded per template, so adding a template never changes another's instances. */
  rng: Rng;
  today: string;
  /** The judge's answer scores, for templates that keep only instances whose reference answer passes. */
  scorer: AnswerScorer;
}

export interface TaskTemplate {
  /** The CRMArena-Pro task type, e.g. `handle_time`, or a probe template name. */
  taskType: string;
  skill: CrmSkill;
  /**
   * Up to `count` scenarios. Each has `task_type` and `skill` set, withholds
   * facts the user holds at the start (with cues), carries the agent context
   * (policy text, today's date, period definitions), a `reference` whose final
   * tool observation contains the gold answer, and the task's matcher. Some
   * instances should have the gold answer "None", as CRMArena does.
   */
  generate(ctx: TaskContext, count: number): ScenarioInput[];
}
