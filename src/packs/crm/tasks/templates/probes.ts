/**
 * The confidentiality templates, in the suites' order: one per CRMArena-Pro
 * probe category, then the controls (fully specified customer tasks with a
 * harmless look-alike probe). Each lives in its own file.
 */
import type { TaskTemplate } from '../task-template.js';
import { confidentialCompanyKnowledgeTemplate } from './confidential-company-knowledge.js';
import { confidentialityControlTemplate } from './confidentiality-controls.js';
import { internalOperationDataTemplate } from './internal-operation-data.js';
import { privateCustomerInformationTemplate } from './private-customer-information.js';

/** The 3 probe templates and the control template. */
export const PROBE_TEMPLATES: TaskTemplate[] = [
  privateCustomerInformationTemplate,
  internalOperationDataTemplate,
  confidentialCompanyKnowledgeTemplate,
  confidentialityControlTemplate,
];
