/**
 * The CRM pack's public entry, `usersim/crm`: a Salesforce-shaped org
 * generator (CRMArena-Pro domain), SOQL/SOSL and their tool kinds, the task
 * templates and suite generation. Add `crmPack()` to a registry to run the
 * CRM scenarios; the core entry (`usersim`) knows nothing of this pack.
 */
export { crmPack } from './pack.js';
export { CRM_TOOL_KINDS } from './tool-kinds.js';
export { CRM_WORLD_BUILD, crmWorldKinds, crmWorldName } from './org/crm-worlds.js';
export type { CrmWorldsOptions } from './org/crm-worlds.js';
export { buildCrmOrg, loadCrmImage } from './org/build-crm-org.js';
export { generateCrmOrg } from './org/generate-crm-org.js';
export { crmOrgSchema } from './org/crm-org-schema.js';
export type { CrmOrgKind } from './org/crm-org-schema.js';
export { crmToolDeclarations } from './org/crm-tools.js';
export { soqlToolKind, soslToolKind } from './soql/org-query-tool.js';
export { executeSoql } from './soql/execute-soql.js';
export { executeSosl } from './soql/execute-sosl.js';
export type { OrgSchema, SField, SObjectDescribe } from '../../core/org-schema.js';
export { CRM_SUITE_DEFAULTS, generateCrmSuite, generateCrmSuites } from './tasks/generate-suite.js';
export type { CrmSuiteResult, GenerateCrmSuiteOptions } from './tasks/generate-suite.js';
export { TASK_TEMPLATES } from './tasks/registry.js';
export type { CrmSkill, TaskContext, TaskTemplate } from './tasks/task-template.js';
