/**
 * The CRM pack as a registry part: the `soql`/`sosl` tool kinds and the
 * `crm-b2b`/`crm-b2c` worlds. The pack depends on the core; the core never
 * names it, so a run sees the CRM worlds only when its registry lists the pack.
 *
 * @example
 * import { createRegistry, createRunner } from 'usersim';
 * import { crmPack } from 'usersim/crm';
 * const registry = createRegistry(crmPack());
 * await createRunner({ registry }).run({ … });
 */
import type { RegistryParts } from '../../registry/registry.js';
import { crmWorldKinds, type CrmWorldsOptions } from './org/crm-worlds.js';
import { CRM_TOOL_KINDS } from './tool-kinds.js';

/** The CRM tool kinds and worlds. */
export function crmPack(options: CrmWorldsOptions = {}): RegistryParts {
  return { tools: CRM_TOOL_KINDS, worlds: crmWorldKinds(options) };
}
