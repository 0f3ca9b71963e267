/**
 * The two CRM worlds, `crm-b2b` and `crm-b2c`, as world kinds a registry
 * lists (through `crmPack()`), so that scenarios can name them in `world:`.
 * Listing them is cheap: the org is built (or read from the on-disk cache)
 * only when a world is first loaded.
 */
import type { WorldKind } from '../../../environment/world.js';
import { loadCrmImage } from './build-crm-org.js';
import { CRM_TODAY, crmOrgSchema, type CrmOrgKind } from './crm-org-schema.js';
import { crmToolDeclarations } from './crm-tools.js';
import { crmCatalog } from './catalog.js';

/** The seed and scale of the shipped CRM worlds; the suites in `scenarios/crm-*` are generated from these orgs. */
export const CRM_WORLD_BUILD = { seed: 1, scale: 1 } as const;

/** Options of {@link crmWorldKinds}. */
export interface CrmWorldsOptions {
  /** Where built orgs are cached; by default `.usersim/cache/worlds` under the working directory. */
  cacheDir?: string;
}

/** The world name of an org: `crm-b2b` or `crm-b2c`. */
export function crmWorldName(org: CrmOrgKind): string {
  return `crm-${org}`;
}

/**
 * `crm-b2b` and `crm-b2c` (seed 1, scale 1) as world kinds.
 *
 * @example
 * createRegistry({ worlds: crmWorldKinds() }).worlds.load('crm-b2b').tools.map((t) => t.name); // ['soql', 'sosl', 'assign_case_owner', …]
 */
export function crmWorldKinds(options: CrmWorldsOptions = {}): WorldKind[] {
  return (['b2b', 'b2c'] as const).map((org) => ({
    name: crmWorldName(org),
    create: () => ({
      image: loadCrmImage({ org, ...CRM_WORLD_BUILD, ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }) }),
      tools: crmToolDeclarations(),
      orgSchema: crmOrgSchema(org),
      today: CRM_TODAY[org],
      description: `The ${org.toUpperCase()} org of ${crmCatalog(org).company}: a Salesforce-shaped CRM generated from seed ${CRM_WORLD_BUILD.seed}.`,
    }),
  }));
}
