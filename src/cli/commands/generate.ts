/**
 * `usersim generate crm`: writes CRM scenario suites from the task templates
 * (all 19 CRMArena-Pro task types, the three probe categories and their
 * controls). Regenerating with the same options is byte-identical.
 */
import type { CrmOrgKind } from '../../packs/crm/org/crm-org-schema.js';
import { crmWorldName } from '../../packs/crm/org/crm-worlds.js';
import { CRM_SUITE_DEFAULTS, generateCrmSuite, type CrmSuiteResult } from '../../packs/crm/tasks/generate-suite.js';
import { answerScorer } from '../../judge/answer-scorer.js';
import { UsersimError } from '../../errors.js';
import { renderTable } from '../../report/terminal-table.js';
import { EXIT, type Io } from '../io.js';

export interface GenerateFlags {
  org?: string;
  perTask: number;
  seed: number;
  out?: string;
}

export function generateCommand(kind: string, flags: GenerateFlags, io: Io): number {
  if (kind !== 'crm') throw new UsersimError('E_USAGE', `unknown generator "${kind}" (expected crm)`);
  if (flags.org !== undefined && flags.org !== 'b2b' && flags.org !== 'b2c') throw new UsersimError('E_USAGE', `--org expects b2b or b2c (got "${flags.org}")`);
  if (flags.org === undefined && flags.out !== undefined) throw new UsersimError('E_USAGE', '--out needs --org: each org is its own suite folder');
  const orgs: readonly CrmOrgKind[] = flags.org ? [flags.org as CrmOrgKind] : ['b2b', 'b2c'];
  const results: CrmSuiteResult[] = orgs.map((org) =>
    generateCrmSuite({ org, perTask: flags.perTask, seed: flags.seed, outDir: flags.out ?? `scenarios/${crmWorldName(org)}`, scorer: answerScorer }),
  );
  const types = Object.keys(results[0]?.counts ?? {});
  io.out(renderTable(['task type', ...results.map((r) => r.org)], types.map((t) => [t, ...results.map((r) => r.counts[t] ?? 0)])));
  for (const r of results) io.out(`\n${r.org}: ${r.total} scenarios in ${r.outDir}`);
  return EXIT.ok;
}

export const GENERATE_DEFAULTS = CRM_SUITE_DEFAULTS;
