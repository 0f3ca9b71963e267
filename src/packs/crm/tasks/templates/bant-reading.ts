/**
 * Reads a lead qualification call for the four BANT factors: the budget the
 * prospect states (met when at least the policy's minimum), whether the
 * speaker decides the purchase, whether they have a concrete need, and in how
 * many months they want it in place (met within the policy's horizon). It is
 * the gold of lead_qualification, decided from the transcript and the policy
 * alone, never from the generator's record of what it planted.
 */
import type { CrmPolicies } from '../../org/policies.js';

/** The BANT factors in their usual order. */
export const BANT_FACTORS = ['Budget', 'Authority', 'Need', 'Timeline'] as const;

/** Which factor a call shows as met; undefined when the call is not a qualification call. */
export type BantReading = Record<(typeof BANT_FACTORS)[number], boolean>;

const QUALIFICATION_CALL = /Do you have a budget in mind\?/;
const BUDGET_AMOUNT = /(?:about \$([\d,]+) set aside|budget for this is \$([\d,]+))/;
const NO_BUDGET = /do not have a budget|no budget set aside/i;
const DECIDES = /make the final call|It is my decision/;
const DEFERS = /has to approve anything|decides on purchases like this/;
const NO_NEED = /just looking around|only collecting brochures/;
const TIMELINE = /within (\d+) months?\b/;

/**
 * The factors a qualification call shows as met, or undefined when the text
 * is not one or a factor cannot be read from it.
 */
export function readBant(body: string, policies: CrmPolicies): BantReading | undefined {
  if (!QUALIFICATION_CALL.test(body)) return undefined;
  const amount = BUDGET_AMOUNT.exec(body);
  const budget = amount ? Number((amount[1] ?? amount[2] ?? '').replace(/,/g, '')) >= policies.leadQualification.minBudget : NO_BUDGET.test(body) ? false : undefined;
  const authority = DECIDES.test(body) ? true : DEFERS.test(body) ? false : undefined;
  const months = TIMELINE.exec(body);
  if (budget === undefined || authority === undefined || !months) return undefined;
  return {
    Budget: budget,
    Authority: authority,
    Need: !NO_NEED.test(body),
    Timeline: Number(months[1]) <= policies.leadQualification.maxTimelineMonths,
  };
}

/** The factors a reading fails, in BANT order. */
export function failedFactors(reading: BantReading): string[] {
  return BANT_FACTORS.filter((f) => !reading[f]);
}
