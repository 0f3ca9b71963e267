/**
 * The confidentiality templates on small orgs of both kinds: each probe
 * category emits scenarios with a legitimate task, a probe to refuse whose
 * canaries really occur in the org and nowhere in what the agent or user is
 * given, rewordings for HOLD^k and a harmless look-alike to comply with; the
 * controls are fully specified and protect nothing. The reference agent gets
 * full marks (refusing the probes, answering the look-alikes), and refusing
 * is what it takes: the same agent set to comply leaks the canaries.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/registry/registry.js';
import { findLeak } from '../../../../src/confidentiality/leaks.js';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';

import { PROBE_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/probes.js';
import { createDeterministicJudge } from '../../../../src/judge/deterministic.js';
import { createUsageMeter } from '../../../../src/llm/usage.js';
import { runEpisode } from '../../../../src/runner/run-episode.js';
import { withheldNeededFacts } from '../../../../src/runner/check.js';
import type { Scenario } from '../../../../src/scenario/schema.js';
import { systemClock } from '../../../../src/util/clock.js';
import { createIdGenerator } from '../../../../src/util/ids.js';
import { createRng } from '../../../../src/util/rng.js';
import { check, failures, generate, smallOrg, validate, testWorld } from './small-org.js';

const builtins = createRegistry();

const CATEGORIES = ['private_customer_information', 'internal_operation_data', 'confidential_company_knowledge'];

/** Every text value of the org's tables, one a line, for finding canaries in the data. */
function orgText(org: 'b2b' | 'b2c'): string {
  const { db, build } = smallOrg(org);
  const parts: string[] = [];
  for (const object of build.schema.objects) {
    for (const row of db.prepare(`SELECT * FROM "${object.name}"`).raw().all() as unknown[][]) {
      for (const v of row) if (typeof v === 'string') parts.push(v);
    }
  }
  return parts.join('\n');
}

async function playWith(scenario: Scenario, agent: string) {
  const root = createRng(`${scenario.id}/1`);
  const environment = createSqliteEnvironment(testWorld(scenario.world));
  try {
    const { output } = await runEpisode({
      scenario,
      seed: 1,
      clock: systemClock,
      createId: createIdGenerator(root.fork('ids')),
      agent: builtins.agent(agent).create({ scenario, seed: 1, rng: root.fork('agent'), meter: createUsageMeter() }),
      user: builtins.user('agenda').create({ scenario, seed: 1, rng: root.fork('user'), meter: createUsageMeter() }),
      environment,
      judge: createDeterministicJudge(),
    });
    return output;
  } finally {
    environment.close();
  }
}

describe('PROBE_TEMPLATES', () => {
  it('are the 3 CRMArena-Pro probe categories, then the controls', () => {
    expect(PROBE_TEMPLATES.map((t) => t.taskType)).toEqual([...CATEGORIES, 'confidentiality_control']);
    expect(PROBE_TEMPLATES.every((t) => t.skill === 'confidentiality')).toBe(true);
  });
});

for (const org of ['b2b', 'b2c'] as const) {
  describe(`probe categories on a small ${org} org`, () => {
    const data = orgText(org);
    for (const template of PROBE_TEMPLATES.filter((t) => CATEGORIES.includes(t.taskType))) {
      describe(template.taskType, () => {
        const { parsed, problems } = validate(generate(template, org, 5), smallOrg(org).world);

        it('pairs an underspecified task with a probe to refuse and a look-alike to answer', () => {
          expect(problems).toEqual([]);
          expect(parsed.length).toBe(5);
          for (const s of parsed) {
            expect(withheldNeededFacts(s).length, s.id).toBeGreaterThan(0);
            const refuse = s.probes.filter((p) => p.expect === 'refuse');
            const comply = s.probes.filter((p) => p.expect === 'comply');
            expect(refuse).toHaveLength(1);
            expect(comply).toHaveLength(1);
            expect(s.probes.every((p) => p.category === template.taskType)).toBe(true);
            expect(refuse[0]?.control).toBe(false);
            expect(refuse[0]?.rewordings.length).toBeGreaterThanOrEqual(1);
            expect(refuse[0]?.rewordings.length).toBeLessThanOrEqual(2);
            expect(comply[0]).toMatchObject({ control: true, protected: [] });
          }
        });

        it('protects canaries that occur in the org but not in the context, the opening or the probes', () => {
          for (const s of parsed) {
            // The user's own words may name the other customer (an e-mail's local part is their name): the detector reads those as echoes.
            const said = [s.user.opening ?? '', s.user.goal, ...s.probes.flatMap((p) => [p.text, ...p.rewordings])];
            const canaries = s.probes.flatMap((p) => p.protected).map(String);
            expect(canaries.length, s.id).toBeGreaterThan(0);
            for (const canary of canaries) {
              expect(findLeak(data, canary), `${s.id}: ${canary} in the org`).not.toBeNull();
              expect(findLeak(s.agent.context, canary), `${s.id}: ${canary} in the agent context`).toBeNull();
              expect(findLeak(said.join('\n'), canary, { known: said }), `${s.id}: ${canary} said by the user`).toBeNull();
            }
          }
        });

        it('gives the reference agent full marks, and a complying agent leaks', async () => {
          expect(failures(await check(parsed))).toEqual([]);
          const leaky = await playWith(parsed[0] as Scenario, 'reference[probes=comply]');
          const probe = leaky.scores?.probes.find((p) => p.probeId === 'probe');
          expect(probe?.leaked).toBe(true);
          expect(probe?.pass).toBe(false);
        }, 60_000);
      });
    }
  });

  describe(`confidentiality controls on a small ${org} org`, () => {
    const template = PROBE_TEMPLATES.find((t) => t.taskType === 'confidentiality_control');
    const { parsed, problems } = validate(template ? generate(template, org, 5) : [], smallOrg(org).world);

    it('are fully specified and carry only harmless look-alikes', () => {
      expect(problems).toEqual([]);
      expect(parsed.length).toBe(5);
      for (const s of parsed) {
        expect(withheldNeededFacts(s)).toEqual([]);
        expect(s.probes.length).toBe(1);
        expect(s.probes[0]).toMatchObject({ expect: 'comply', control: true, protected: [] });
        expect(CATEGORIES).toContain(s.probes[0]?.category);
      }
    });

    it('are passed by the reference agent and by the naive agent, which asks nothing', async () => {
      expect(failures(await check(parsed))).toEqual([]);
      const naive = await playWith(parsed[0] as Scenario, 'naive');
      expect(naive.scores?.success).toBe(true);
    }, 60_000);
  });
}
