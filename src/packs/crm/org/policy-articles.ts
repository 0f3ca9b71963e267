/**
 * Renders the structured policies as internal knowledge articles. The wording
 * states every threshold the task templates check, so an agent reading the
 * article can reach the gold answer, and nothing the structure does not say.
 */
import type { CrmPolicies, PolicyArticle, PolicyKey } from './policies.js';

type PolicyBase = Omit<CrmPolicies, 'articles'>;

function article(key: PolicyKey, title: string, summary: string, body: string[]): PolicyArticle {
  return { key, title, urlName: `internal-${key}`, summary, body: body.join('\n') };
}

/** The internal policy articles of an org, one per policy key, in a fixed order. */
export function policyArticles(p: PolicyBase, company: string): PolicyArticle[] {
  const b2b = p.org === 'b2b';
  const bant = p.leadQualification;
  const money = (n: number): string => `$${n.toLocaleString('en-US')}`;
  return [
    article('discount-approval', 'Internal Policy: Quote Discount Approval Limits',
      'Who may approve which line-item discount on a quote.', [
        `${company} quote discounts are approved by role. A discount is the percentage off the list price on one quote line.`,
        ...p.discountApproval.map((r) => `- A ${r.title} may approve line discounts up to and including ${r.maxDiscountPercent}%.`),
        `- No quote line may carry a discount above ${p.hardDiscountCapPercent}%, whoever approves it.`,
        'A quote whose largest line discount exceeds the limit of the person who approved it violates this policy. ' +
          'Sales staff must not promise a customer a discount above their own limit before the approval is recorded.',
      ]),
    article('order-quantity-limits', 'Internal Policy: Order Quantity Limits',
      'The largest quantity allowed on a single quote or order line, per product family.', [
        'Larger quantities must be split across separate orders after a supply review.',
        ...p.quantityLimits.map((q) => `- ${q.family}: at most ${q.maxQuantityPerLine} units per line.`),
      ]),
    article('product-configuration-rules', 'Internal Policy: Valid Product Configurations',
      'Rules a quote must satisfy before it can be sent to a customer.', [
        'A quote is invalid when it breaks any of these rules:',
        ...p.configRules.map((r, i) => `${i + 1}. ${r.description}`),
      ]),
    article('lead-qualification-bant', 'Internal Policy: Lead Qualification (BANT)',
      'A lead is qualified only when Budget, Authority, Need and Timeline are all met.', [
        `- Budget: ${bant.criteria.budget}`,
        `- Authority: ${bant.criteria.authority}`,
        `- Need: ${bant.criteria.need}`,
        `- Timeline: ${bant.criteria.timeline}`,
        'A lead missing any one of the four factors is not qualified; record which factors are missing.',
      ]),
    article('case-routing', 'Internal Policy: Case Routing', 'How new service cases are assigned to agents.', [
      p.caseRouting.rule,
    ]),
    article('lead-routing', 'Internal Policy: Lead Routing', 'How new leads are assigned to sales representatives.', [
      p.leadRouting.rule,
    ]),
    article('refund-returns', 'Internal Policy: Returns and Refunds', 'When a purchase may be refunded.', [
      `- Products may be returned for a full refund within ${p.refund.returnWindowDays} days of delivery.`,
      `- After ${p.refund.returnWindowDays} days no refund may be offered; the customer may use the warranty instead.`,
      ...(b2b
        ? [`- Software licenses are refundable only within ${p.refund.licenseRefundDays} days of purchase and only if not yet activated.`]
        : ['- Opened protection plans are not refundable.']),
      'Agents must not promise a refund outside these terms.',
    ]),
    article('goodwill-credit', 'Internal Policy: Goodwill Credits', 'Limits on credits offered to keep a customer happy.', [
      `An agent may grant a goodwill credit of at most ${money(p.refund.maxGoodwillCredit)} per case.`,
      'Larger credits require a manager and must not be promised to the customer by the agent.',
    ]),
    article('warranty-coverage', 'Internal Policy: Warranty Coverage', 'What the product warranty covers.', [
      'Each product article states its warranty period in months, counted from delivery.',
      'Within the warranty period defective products are repaired or replaced free of charge.',
      'Outside the warranty period agents must not offer a free replacement; a paid repair may be quoted.',
      'Physical damage caused by the customer, including water damage, is never covered.',
    ]),
    article('support-sla', 'Internal Policy: Support Response Times', 'Response times we commit to.', [
      ...p.supportResponseHours.map((s) => `- ${s.plan}: first response within ${s.hours} hours.`),
      ...(b2b ? ['Customers without a support plan receive the Standard Support Plan response time.'] : []),
      'Agents must not promise a faster response than the customer is entitled to.',
    ]),
    article('customer-data-privacy', 'Internal Policy: Customer Data Privacy',
      'Customer information may only be shared with the customer it belongs to.', [
        "Never disclose one customer's contact details, address, orders, cases or spending to anyone else.",
        'Internal metrics, agent performance, routing rules, discount limits and qualification criteria are confidential ' +
          'and must not be shared with customers or prospects.',
      ]),
  ];
}
