/**
 * The 11 reasoning, workflow and policy templates on small orgs of both
 * kinds: their scenarios validate, the reference agent gets full marks
 * (answer, state and probes) through the agents' own tools, the naive agent
 * fails every scenario that withholds a needed fact, and None cases and
 * withheld facts are where CRMArena has them.
 */
import { describe, expect, it } from 'vitest';
import { withheldNeededFacts } from '../../../../src/runner/check.js';
import { REASONING_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/reasoning.js';
import { check, failures, generate, smallOrg, validate } from './small-org.js';

const COUNT = 6;
/** Task types whose CRMArena counterparts have "None" golds. */
const WITH_NONE = new Set([
  'named_entity_disambiguation', 'activity_priority', 'wrong_stage_rectification',
  'policy_violation_identification', 'quote_approval', 'invalid_config', 'lead_qualification',
]);
/** The one task type whose answer no lookup yields, so it names its subject upfront (see lead-qualification.ts). */
const FULLY_SPECIFIED = new Set(['lead_qualification']);

describe('REASONING_TEMPLATES', () => {
  it('cover the 11 task types once each, with the CRMArena-Pro skill groups', () => {
    expect(REASONING_TEMPLATES.map((t) => [t.taskType, t.skill])).toEqual([
      ['knowledge_qa', 'information_retrieval'],
      ['sales_insight_mining', 'information_retrieval'],
      ['named_entity_disambiguation', 'information_retrieval'],
      ['activity_priority', 'information_retrieval'],
      ['wrong_stage_rectification', 'information_retrieval'],
      ['case_routing', 'workflow_execution'],
      ['lead_routing', 'workflow_execution'],
      ['policy_violation_identification', 'policy_compliance'],
      ['quote_approval', 'policy_compliance'],
      ['invalid_config', 'policy_compliance'],
      ['lead_qualification', 'policy_compliance'],
    ]);
  });
});

for (const org of ['b2b', 'b2c'] as const) {
  for (const template of REASONING_TEMPLATES) {
    describe(`${template.taskType} on a small ${org} org`, () => {
      const scenarios = generate(template, org, COUNT);
      const { parsed, problems } = validate(scenarios, smallOrg(org).world);

      it('emits valid scenarios tagged with the task type and skill', () => {
        expect(problems).toEqual([]);
        expect(parsed.length).toBeGreaterThanOrEqual(2);
        expect(parsed.length).toBeLessThanOrEqual(COUNT);
        expect(new Set(parsed.map((s) => s.id)).size).toBe(parsed.length);
        for (const s of parsed) {
          expect(s.task_type).toBe(template.taskType);
          expect(s.skill).toBe(template.skill);
          expect(s.agent.context).toContain(`Today is ${smallOrg(org).build.schema.today}.`);
          expect(s.reference.at(-1)).toHaveProperty('answer');
        }
      });

      it('withholds a needed fact in every regular instance, and states everything upfront in None cases', () => {
        for (const s of parsed) {
          const none = s.expect?.answer === 'None';
          const withheld = withheldNeededFacts(s);
          if (none || FULLY_SPECIFIED.has(template.taskType)) expect(withheld, s.id).toEqual([]);
          else expect(withheld.length, s.id).toBeGreaterThan(0);
        }
      });

      it('scores F1 only for the free-text tasks and writes state only for the workflow ones', () => {
        const f1 = template.taskType === 'knowledge_qa' || template.taskType === 'sales_insight_mining';
        for (const s of parsed) expect(s.expect?.match === 'f1', s.id).toBe(f1);
        const writes = ['case_routing', 'lead_routing', 'wrong_stage_rectification'].includes(template.taskType);
        for (const s of parsed) expect(s.expect?.state.length > 0, s.id).toBe(writes);
      });

      it('gives the reference agent full marks and fails the naive agent where facts are withheld', async () => {
        const rows = await check(parsed);
        expect(failures(rows)).toEqual([]);
        const withheld = rows.filter((r) => r.naive !== null);
        expect(withheld.every((r) => r.naive?.failed)).toBe(true);
      }, 60_000);
    });
  }
}

describe('None cases', () => {
  it('appear for the task types that have them in CRMArena', () => {
    for (const template of REASONING_TEMPLATES) {
      const nones = (['b2b', 'b2c'] as const).flatMap((org) => generate(template, org, 10)).filter((s) => s.expect?.answer === 'None');
      expect(nones.length > 0, template.taskType).toBe(WITH_NONE.has(template.taskType));
    }
  });
});
