/**
 * The database-querying and numerical-computation templates of CRMArena-Pro,
 * in the order of its task table. Each answers from aggregates over the org
 * and proves its gold reachable with one SOQL query through the agent's tool.
 */
import type { TaskTemplate } from '../task-template.js';
import { bestRegionTemplate } from './best-region.js';
import { conversionRateTemplate } from './conversion-rate.js';
import { handleTimeTemplate } from './handle-time.js';
import { monthlyTrendTemplate } from './monthly-trend.js';
import { salesAmountTemplate } from './sales-amount.js';
import { salesCycleTemplate } from './sales-cycle.js';
import { topIssueTemplate } from './top-issue.js';
import { transferCountTemplate } from './transfer-count.js';

/** handle_time, transfer_count, top_issue_identification, monthly_trend_analysis, best_region_identification, sales_amount_understanding, sales_cycle_understanding, conversion_rate_comprehension. */
export const DATABASE_TEMPLATES: readonly TaskTemplate[] = [
  handleTimeTemplate,
  transferCountTemplate,
  topIssueTemplate,
  monthlyTrendTemplate,
  bestRegionTemplate,
  salesAmountTemplate,
  salesCycleTemplate,
  conversionRateTemplate,
];
