/**
 * Registers the two CRM worlds, `crm-b2b` and `crm-b2c`, so that scenarios can
 * name them in `world:`. Registration is cheap: the org is built (or read from
 * the on-disk cache) only when a world is first loaded. Every entry point that
 * loads worlds (the runner's world environments, hence the CLI and the
 * library) calls this once; calling it again is harmless.
 */
import { registerWorld } from '../../../environment/world.js';
import { loadCrmImage } from './build-crm-org.js';
import { CRM_TODAY, crmOrgSchema, type CrmOrgKind } from './crm-org-schema.js';
import { crmToolDeclarations } from './crm-tools.js';
import { crmCatalog } from './catalog.js';

/** The seed and scale of the shipped CRM worlds; the suites in `scenarios/crm-*` are generated from these orgs. */
export const CRM_WORLD_BUILD = { seed: 1, scale: 1 } as const;

/** Options of {@link registerCrmWorlds}. */
export interface RegisterCrmWorldsOptions {
  /** Where built orgs are cached; by default `.usersim/cache/worlds` under the working directory. */
  cacheDir?: string;
}

/** The world name of an org: `crm-b2b` or `crm-b2c`. */
export function crmWorldName(org: CrmOrgKind): string {
  return `crm-${org}`;
}

let registeredWith: string | undefined;

/**
 * Registers `crm-b2b` and `crm-b2c` (seed 1, scale 1). Idempotent: a second
 * call with the same options does nothing, so a cached world survives; a call
 * with another `cacheDir` re-registers both.
 *
 * @example
 * registerCrmWorlds();
 * loadWorld('crm-b2b').tools.map((t) => t.name); // ['soql', 'sosl', 'assign_case_owner', …]
 */
export function registerCrmWorlds(options: RegisterCrmWorldsOptions = {}): void {
  const key = options.cacheDir ?? '';
  if (registeredWith === key) return;
  registeredWith = key;
  for (const org of ['b2b', 'b2c'] as const) {
    registerWorld(crmWorldName(org), () => ({
      image: loadCrmImage({ org, ...CRM_WORLD_BUILD, ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }) }),
      tools: crmToolDeclarations(),
      orgSchema: crmOrgSchema(org),
      today: CRM_TODAY[org],
      description: `The ${org.toUpperCase()} org of ${crmCatalog(org).company}: a Salesforce-shaped CRM generated from seed ${CRM_WORLD_BUILD.seed}.`,
    }));
  }
}
