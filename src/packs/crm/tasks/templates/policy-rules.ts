/**
 * The company policies as the policy tasks state them to the agent, in the
 * templates' own words: the thresholds come from the org's structured
 * policies (the same numbers the generator planted violations against), so
 * the context an agent reads and the gold a template computes never drift.
 * Each rule names the internal knowledge article that states it.
 */
import type { CrmOrgKind } from '../../org/crm-org-schema.js';
import type { CrmPolicies } from '../../org/policies.js';

const money = (n: number): string => `$${n.toLocaleString('en-US')}`;

/** The discount approval limits as one sentence. */
export function discountLimitsText(policies: CrmPolicies): string {
  const limits = policies.discountApproval.map((r) => `${r.title} ${r.maxDiscountPercent}%`).join(', ');
  return `The largest line discount each role may approve: ${limits}; no line may ever exceed ${policies.hardDiscountCapPercent}%.`;
}

/** The service and sales rules a conversation is checked against, for policy_violation_identification. */
export function policyRulesSection(org: CrmOrgKind, policies: CrmPolicies): string {
  const { refund } = policies;
  const rules = [
    `Returns and refunds (article internal-refund-returns): a purchase may be refunded in full only within ${refund.returnWindowDays} days ` +
      'of its delivery, counted to the day the case was opened; refunding a duplicate charge is always allowed.' +
      (org === 'b2b' ? ` A software license may be refunded only within ${refund.licenseRefundDays} days of its delivery.` : ''),
    `Goodwill credits (article internal-goodwill-credit): an agent may grant at most ${money(refund.maxGoodwillCredit)} per case.`,
    'Warranty (article internal-warranty-coverage): a free replacement may be offered only within the product\'s warranty, ' +
      'counted in months (of 30.4 days) from delivery and stated in the product\'s description; damage the customer caused, such as water damage, is never covered.',
    ...(org === 'b2b'
      ? [
          'Support response times (article internal-support-sla): an account is entitled to the fastest first response among the ' +
            `support plans it had received when the case was opened (${policies.supportResponseHours.map((s) => `${s.plan} ${s.hours} hours`).join(', ')}), ` +
            'and to the first of these without a plan; promising a faster response breaks the policy.',
        ]
      : []),
    `Discount approval (article internal-discount-approval): a sales rep may offer a discount only up to their own role's limit. ${discountLimitsText(policies)}`,
  ];
  return (
    'Policies: the internal policy articles are Knowledge__kav records with Category__c Policy, named by UrlName. ' +
    rules.join(' ') +
    ' A service agent\'s offer is in the chat transcript (LiveChatTranscript.Body, linked by CaseId) or in their e-mail reply ' +
    '(EmailMessage with Incoming false, linked by ParentId); the delivery date is stated in the case and its conversation. A rep\'s ' +
    'offer is in their calls (VoiceCallTranscript__c, linked by OpportunityId__c; the caller is its OwnerId). Reply with the Id ' +
    'of the policy article that was broken, or None when every policy was followed.'
  );
}
