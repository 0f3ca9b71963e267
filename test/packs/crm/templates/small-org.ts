/**
 * Shared fixture of the CRM template tests: a small org of each kind (seed 1,
 * scale 0.1), registered as a temporary world with the tools the shipped CRM
 * worlds declare, a task context over it, and helpers
 * that validate a template's scenarios and play them with the reference and
 * naive agents through `checkScenarios`.
 */
import Database from 'better-sqlite3';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';
import type { World } from '../../../../src/environment/world.js';
import { crmPack } from '../../../../src/packs/crm/pack.js';
import { createRegistry, type Registry } from '../../../../src/registry/registry.js';
import { crmOrgSchema, CRM_TODAY, type CrmOrgKind } from '../../../../src/packs/crm/org/crm-org-schema.js';
import { generateCrmOrg, type CrmOrgBuild } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { crmToolDeclarations } from '../../../../src/packs/crm/org/crm-tools.js';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';
import type { TaskContext, TaskTemplate } from '../../../../src/packs/crm/tasks/task-template.js';
import { createDeterministicJudge } from '../../../../src/judge/deterministic.js';
import { answerScorer } from '../../../../src/judge/answer-scorer.js';
import { checkScenarios, type CheckRow } from '../../../../src/runner/check.js';
import { lintScenario } from '../../../../src/scenario/lint.js';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../../../src/scenario/schema.js';
import { createRng } from '../../../../src/util/rng.js';

/** The tools of the CRM worlds, as the shipped worlds declare them. */
export const CRM_TEST_TOOLS: Record<string, unknown>[] = crmToolDeclarations();

const TOOL_NAMES = CRM_TEST_TOOLS.map((t) => String(t.name ?? t.type));

const registries = new Map<string, Registry>();
let shipped: Registry | undefined;

/** A world by name: a small org's test world, else one of the shipped CRM pack's (or a built-in) worlds. */
export function testWorld(name: string): World {
  const registry = registries.get(name) ?? (shipped ??= createRegistry(crmPack()));
  return registry.worlds.load(name);
}

/** A small org and everything a test needs to run templates over it. */
export interface SmallOrg {
  org: CrmOrgKind;
  world: string;
  build: CrmOrgBuild;
  db: Database.Database;
  /** A fresh task context (its Rng forked by `label`, as the suite generator forks per template). */
  context(label: string): TaskContext;
}

const cache = new Map<CrmOrgKind, SmallOrg>();

/** The small org of a kind, built once per test file and registered as world `crm-test-<org>`. */
export function smallOrg(org: CrmOrgKind): SmallOrg {
  const hit = cache.get(org);
  if (hit) return hit;
  const build = generateCrmOrg({ org, seed: 1, scale: 0.1 });
  const world = `crm-test-${org}`;
  registries.set(world, createRegistry(crmPack(), { worlds: [{ name: world, create: () => ({ image: build.image, tools: CRM_TEST_TOOLS, orgSchema: build.schema }) }] }));
  const db = new Database(build.image, { readonly: true });
  const small: SmallOrg = {
    org,
    world,
    build,
    db,
    context: (label) => ({
      org,
      world,
      db,
      schema: crmOrgSchema(org),
      latent: build.latent,
      policies: crmPolicies(org),
      rng: createRng(1).fork(label),
      today: CRM_TODAY[org],
      scorer: answerScorer,
    }),
  };
  cache.set(org, small);
  return small;
}

/** Parses and lints each scenario; returns the parsed scenarios and every problem found. */
export function validate(scenarios: readonly ScenarioInput[], world: string): { parsed: Scenario[]; problems: string[] } {
  const parsed: Scenario[] = [];
  const problems: string[] = [];
  for (const input of scenarios) {
    const result = ScenarioSchema.safeParse(input);
    if (!result.success) {
      problems.push(`${String(input.id)}: ${result.error.message}`);
      continue;
    }
    parsed.push(result.data);
    for (const p of lintScenario(result.data, { toolsFor: (w) => (w === world ? TOOL_NAMES : undefined) })) {
      problems.push(`${result.data.id} ${p.path.join('.')}: ${p.message}`);
    }
  }
  return { parsed, problems };
}

/** Runs `usersim check` over the scenarios: the reference must get full marks, the naive agent fail where facts are withheld. */
export async function check(scenarios: readonly Scenario[]): Promise<CheckRow[]> {
  return checkScenarios(
    scenarios.map((scenario) => ({ scenario, file: `${scenario.id}.yaml`, hash: scenario.id })),
    { environmentFor: (s) => createSqliteEnvironment(testWorld(s.world)), judge: createDeterministicJudge() },
  );
}

/** Generates a template's scenarios on a small org. */
export function generate(template: TaskTemplate, org: CrmOrgKind, count: number): ScenarioInput[] {
  return template.generate(smallOrg(org).context(template.taskType), count);
}

/** The rows of `check` that failed, as readable lines. */
export function failures(rows: readonly CheckRow[]): string[] {
  return rows.filter((r) => !r.ok).map((r) => `${r.scenarioId}: reference ${r.reference.detail}; naive ${r.naive ? r.naive.detail : 'not run'}`);
}
