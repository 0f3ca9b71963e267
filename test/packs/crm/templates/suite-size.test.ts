/**
 * What the suite writer relies on: the same seed gives the same scenarios,
 * byte for byte, and the shipped orgs (scale 1) yield at least 5 instances of
 * every reasoning, workflow, policy and confidentiality type.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { crmOrgSchema, CRM_TODAY } from '../../../../src/packs/crm/org/crm-org-schema.js';
import { generateCrmOrg } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';
import { PROBE_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/probes.js';
import { REASONING_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/reasoning.js';
import { createRng } from '../../../../src/util/rng.js';
import { generate } from './small-org.js';
import { answerScorer } from '../../../../src/judge/answer-scorer.js';

const TEMPLATES = [...REASONING_TEMPLATES, ...PROBE_TEMPLATES];

describe('determinism', () => {
  it('gives the same scenarios for the same seed', () => {
    for (const org of ['b2b', 'b2c'] as const) {
      for (const template of TEMPLATES) {
        expect(JSON.stringify(generate(template, org, 5)), `${org} ${template.taskType}`).toBe(JSON.stringify(generate(template, org, 5)));
      }
    }
  });
});

describe('instances on the shipped orgs', () => {
  for (const org of ['b2b', 'b2c'] as const) {
    it(`reach 5 per task type on the full ${org} org`, () => {
      const build = generateCrmOrg({ org, seed: 1, scale: 1 });
      const db = new Database(build.image, { readonly: true });
      try {
        const counts = Object.fromEntries(TEMPLATES.map((template) => {
          const ctx = {
            org, world: `crm-${org}`, db, schema: crmOrgSchema(org), latent: build.latent, policies: crmPolicies(org),
            rng: createRng(1).fork(template.taskType), today: CRM_TODAY[org], scorer: answerScorer,
          };
          return [template.taskType, template.generate(ctx, 5).length];
        }));
        expect(counts).toEqual(Object.fromEntries(TEMPLATES.map((t) => [t.taskType, 5])));
      } finally {
        db.close();
      }
    }, 60_000);
  }
});
