import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchAnswer } from '../../../../src/judge/match.js';
import { createDeterministicJudge } from '../../../../src/judge/deterministic.js';
import { checkScenarios, withheldNeededFacts } from '../../../../src/runner/check.js';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';
import { DATABASE_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/database.js';
import type { TemplateScenarios } from '../../../../src/packs/crm/tasks/crm-scenarios.js';
import { crmToolText, visibleInPrompt } from '../../../../src/packs/crm/tasks/prompt-visibility.js';
import { sha256 } from '../../../../src/util/hash.js';
import { ScenarioSchema, type ScenarioInput } from '../../../../src/scenario/schema.js';
import { referenceAnswer, runTemplates, smallOrg, testWorld, type SmallOrg } from './small-orgs.js';

const PER_TASK = 5;
const orgs: SmallOrg[] = [];
const suites = new Map<string, TemplateScenarios[]>();

beforeAll(() => {
  for (const org of ['b2b', 'b2c'] as const) {
    const small = smallOrg(org);
    orgs.push(small);
    suites.set(org, runTemplates(small, DATABASE_TEMPLATES, PER_TASK, 7));
  }
});
afterAll(() => {
  for (const small of orgs) small.db.close();
});

function scenariosOf(taskType: string): ScenarioInput[] {
  return [...suites.values()].flatMap((suite) => suite.find((s) => s.taskType === taskType)?.scenarios ?? []);
}

const isNone = (s: ScenarioInput): boolean => s.expect?.answer === 'None';

describe.each(DATABASE_TEMPLATES.map((t) => t.taskType))('template %s on small orgs', (taskType) => {
  it('yields instances of its task type with ids, tags and a SOQL reference', () => {
    for (const org of ['b2b', 'b2c']) {
      const scenarios = suites.get(org)?.find((s) => s.taskType === taskType)?.scenarios ?? [];
      expect(scenarios.length, `${org} ${taskType}`).toBeGreaterThanOrEqual(3);
      scenarios.forEach((s, i) => {
        expect(s.id).toBe(`test-crm-${org}.${taskType}.${String(i + 1).padStart(2, '0')}`);
        expect(s.task_type).toBe(taskType);
        expect(s.skill).toBe('database_querying');
        const tools = s.reference.filter((step) => 'tool' in step);
        expect(tools.at(-1)).toMatchObject({ tool: 'soql' });
        expect(s.reference.at(-1)).toHaveProperty('answer');
      });
    }
  });

  it('computes a gold that the reference query, run through the soql tool, answers', async () => {
    for (const input of scenariosOf(taskType)) {
      const { scenario, answer, tools } = await referenceAnswer(input);
      expect(tools).toEqual(['soql']);
      const expectation = { answer: scenario.expect.answer!, match: scenario.expect.match, tolerance: scenario.expect.tolerance };
      expect(matchAnswer(expectation, answer).pass, `${scenario.id}: reference answered ${answer}, gold ${JSON.stringify(scenario.expect.answer)}`).toBe(true);
      // The reference answer is the gold itself (its first form), not merely something the matcher lets through.
      const gold = Array.isArray(scenario.expect.answer) ? scenario.expect.answer : [scenario.expect.answer];
      if (scenario.expect.match !== 'number') expect(gold.map(String)).toContain(answer);
    }
  });

  it('includes "None" cases, fully specified, and withholds a needed fact in every other case', () => {
    const all = scenariosOf(taskType);
    expect(all.filter(isNone).length).toBeGreaterThanOrEqual(1);
    for (const input of all) {
      const withheld = withheldNeededFacts(ScenarioSchema.parse(input));
      if (isNone(input)) expect(withheld, input.id).toEqual([]);
      else expect(withheld.length, input.id).toBeGreaterThan(0);
    }
  });

  it('passes check: the reference gets full marks and the naive agent fails where facts are withheld', async () => {
    const loaded = scenariosOf(taskType).map((input) => {
      const scenario = ScenarioSchema.parse(input);
      return { scenario, file: `${scenario.id}.yaml`, hash: sha256(scenario) };
    });
    const rows = await checkScenarios(loaded, { environmentFor: (s) => createSqliteEnvironment(testWorld(s.world)), judge: createDeterministicJudge() });
    for (const row of rows) expect(row.ok, `${row.scenarioId}: ${row.reference.detail} / ${row.naive?.detail ?? 'naive not expected to fail'}`).toBe(true);
    expect(rows.some((r) => r.naive?.failed === true)).toBe(true);
  });
});

describe('database templates', () => {
  it('are deterministic: the same seed gives the same scenarios, another seed other ones', () => {
    const small = orgs[0]!;
    const again = runTemplates(small, DATABASE_TEMPLATES, PER_TASK, 7);
    expect(again).toEqual(suites.get(small.org));
    const other = runTemplates(small, DATABASE_TEMPLATES, PER_TASK, 8);
    expect(other).not.toEqual(again);
  });

  it('sample each template from its own stream: dropping a template leaves the others unchanged', () => {
    const small = orgs[1]!;
    const rest = runTemplates(small, DATABASE_TEMPLATES.slice(1), PER_TASK, 7);
    expect(rest).toEqual(suites.get(small.org)?.slice(1));
  });

  it('never shows an accepted answer in the prompt: context, tool descriptions or what the user says', () => {
    for (const [org, suite] of suites) {
      for (const input of suite.flatMap((s) => s.scenarios)) {
        const said = [input.user.opening ?? '', input.user.goal, ...(input.user.facts ?? []).map((f) => `${f.text} ${f.value}`)].join('\n');
        const texts = { context: input.agent?.context ?? '', tools: crmToolText(org as 'b2b' | 'b2c'), said };
        for (const value of [input.expect?.answer ?? []].flat()) expect(visibleInPrompt(value, texts), `${input.id}: ${value}`).toBe(false);
      }
    }
  });

  it('never puts a withheld value in the agent context or the user goal', () => {
    for (const suite of suites.values()) {
      for (const input of suite.flatMap((s) => s.scenarios)) {
        for (const fact of input.user.facts ?? []) {
          if (fact.disclose !== 'on_request') continue;
          const value = String(fact.value).toLowerCase();
          expect(input.agent?.context?.toLowerCase().includes(value), `${input.id} context has ${fact.id}`).toBe(false);
          expect(input.user.goal.toLowerCase().includes(value), `${input.id} goal has ${fact.id}`).toBe(false);
        }
      }
    }
  });
});
