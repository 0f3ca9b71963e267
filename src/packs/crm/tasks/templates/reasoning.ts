/**
 * The CRMArena-Pro task types beyond database querying, in the suites'
 * order: information retrieval and textual reasoning, workflow execution and
 * policy compliance. Each template lives in its own file.
 */
import type { TaskTemplate } from '../task-template.js';
import { activityPriorityTemplate } from './activity-priority.js';
import { caseRoutingTemplate } from './case-routing.js';
import { invalidConfigTemplate } from './invalid-config.js';
import { knowledgeQaTemplate } from './knowledge-qa.js';
import { leadQualificationTemplate } from './lead-qualification.js';
import { leadRoutingTemplate } from './lead-routing.js';
import { namedEntityDisambiguationTemplate } from './named-entity-disambiguation.js';
import { policyViolationIdentificationTemplate } from './policy-violation-identification.js';
import { quoteApprovalTemplate } from './quote-approval.js';
import { salesInsightMiningTemplate } from './sales-insight-mining.js';
import { wrongStageRectificationTemplate } from './wrong-stage-rectification.js';

/** The 11 reasoning, workflow and policy templates. */
export const REASONING_TEMPLATES: TaskTemplate[] = [
  knowledgeQaTemplate,
  salesInsightMiningTemplate,
  namedEntityDisambiguationTemplate,
  activityPriorityTemplate,
  wrongStageRectificationTemplate,
  caseRoutingTemplate,
  leadRoutingTemplate,
  policyViolationIdentificationTemplate,
  quoteApprovalTemplate,
  invalidConfigTemplate,
  leadQualificationTemplate,
];
