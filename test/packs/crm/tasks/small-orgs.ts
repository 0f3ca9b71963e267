/**
 * Small CRM orgs for template tests: generated in memory at a tenth of the
 * shipped size, registered as worlds under test names (so the shipped
 * `crm-b2b`/`crm-b2c` registrations are left alone), with the helpers the
 * tests share: running templates on them and following a scenario's
 * reference steps through the real environment tools with every fact known.
 */
import Database from 'better-sqlite3';
import { renderArgs, renderText, type TemplateScope } from '../../../../src/agents/reference-templates.js';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';
import { answerScorer } from '../../../../src/judge/answer-scorer.js';
import type { World } from '../../../../src/environment/world.js';
import { crmPack } from '../../../../src/packs/crm/pack.js';
import { createRegistry, type Registry } from '../../../../src/registry/registry.js';
import { crmToolDeclarations } from '../../../../src/packs/crm/org/crm-tools.js';
import type { CrmOrgKind } from '../../../../src/packs/crm/org/crm-org-schema.js';
import { generateCrmOrg, type CrmOrgBuild } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { generateCrmScenarios, type TemplateScenarios } from '../../../../src/packs/crm/tasks/crm-scenarios.js';
import type { TaskTemplate } from '../../../../src/packs/crm/tasks/task-template.js';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../../../src/scenario/schema.js';

const registries = new Map<string, Registry>();
let shipped: Registry | undefined;

/** A world by name: a small org's test world, else one of the shipped CRM pack's (or a built-in) worlds. */
export function testWorld(name: string): World {
  const registry = registries.get(name) ?? (shipped ??= createRegistry(crmPack()));
  return registry.worlds.load(name);
}

/** A built small org, open read-only, and the world name it is registered under. */
export interface SmallOrg {
  org: CrmOrgKind;
  world: string;
  build: CrmOrgBuild;
  db: Database.Database;
}

/** Builds and registers a small org (scale 0.1, seed 1) as world `test-crm-<org>`. */
export function smallOrg(org: CrmOrgKind): SmallOrg {
  const build = generateCrmOrg({ org, seed: 1, scale: 0.1 });
  const world = `test-crm-${org}`;
  registries.set(world, createRegistry(crmPack(), { worlds: [{ name: world, create: () => ({ image: build.image, tools: crmToolDeclarations(), orgSchema: build.schema }) }] }));
  return { org, world, build, db: new Database(build.image, { readonly: true }) };
}

/** Runs templates on a small org. */
export function runTemplates(small: SmallOrg, templates: readonly TaskTemplate[], perTask: number, seed: number | string): TemplateScenarios[] {
  return generateCrmScenarios({ org: small.org, world: small.world, db: small.db, latent: small.build.latent, templates, perTask, seed, scorer: answerScorer });
}

/**
 * The answer the scenario's reference steps give when every fact is known:
 * each tool step runs through a fresh environment of the scenario's world (the
 * agent's own tools), and the answer step is filled from the last result.
 */
export async function referenceAnswer(input: ScenarioInput): Promise<{ scenario: Scenario; answer: string; tools: string[] }> {
  const scenario = ScenarioSchema.parse(input);
  const env = createSqliteEnvironment(testWorld(scenario.world));
  const facts = new Map(scenario.user.facts.map((f) => [f.id, f.value]));
  let last: unknown;
  const scope: TemplateScope = { fact: (id) => facts.get(id), get last() { return last; } };
  const tools: string[] = [];
  try {
    for (const step of scenario.reference) {
      if ('tool' in step) {
        tools.push(step.tool);
        const outcome = await env.call(step.tool, renderArgs(step.args, scope) as Record<string, unknown>);
        if (!outcome.ok) throw new Error(`${scenario.id}: tool ${step.tool} failed: ${JSON.stringify(outcome)}`);
        last = outcome.value;
      } else if ('answer' in step) {
        return { scenario, answer: renderText(String(step.answer), scope), tools };
      }
    }
  } finally {
    env.close();
  }
  throw new Error(`${scenario.id}: the reference has no answer step`);
}
