/**
 * The readers the policy and reasoning templates compute golds with: offers
 * in service and sales conversations and their verdicts, the stage a call
 * shows, BANT factors, and the look-back window's first day.
 */
import { describe, expect, it } from 'vitest';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';
import { failedFactors, readBant } from '../../../../src/packs/crm/tasks/templates/bant-reading.js';
import { stageShownByCall } from '../../../../src/packs/crm/tasks/templates/call-stage.js';
import { lookbackStart } from '../../../../src/packs/crm/tasks/templates/lookback-start.js';
import { judgeDiscountOffer, judgeServiceOffer, readOffer, warrantyMonthsOf, type CaseFacts } from '../../../../src/packs/crm/tasks/templates/offer-check.js';

const b2b = crmPolicies('b2b');
const facts = (over: Partial<CaseFacts>): CaseFacts => ({
  issue: 'Late delivery', created: '2025-03-31T10:00:00Z', delivered: '2025-03-01', warrantyMonths: 12, entitledHours: 24, ...over,
});

describe('readOffer', () => {
  it('reads each kind of offer a policy limits, and nothing else', () => {
    expect(readOffer('I have issued a full refund of $1,249.00 to your original payment method.')).toEqual({ kind: 'refund', amount: 1249 });
    expect(readOffer('I have processed a refund of $420.00 for the license.')).toEqual({ kind: 'license-refund', amount: 420 });
    expect(readOffer('As an apology I have added a credit of $75.00 to your account.')).toEqual({ kind: 'credit', amount: 75 });
    expect(readOffer('Our engineering team will get back to you within 1 hour.')).toEqual({ kind: 'response-time', hours: 1 });
    expect(readOffer('I have arranged a replacement NX-1200 for you free of charge; it ships soon.')).toEqual({ kind: 'replace-free' });
    expect(readOffer('I can offer you 25% off the Sentinel FW-900 if you sign this month.')).toEqual({ kind: 'discount', percent: 25 });
    expect(readOffer('Please restart the device and reply here.')).toEqual({ kind: 'other' });
  });
});

describe('judgeServiceOffer', () => {
  it('holds refunds to the return window, except for duplicate charges, and leaves the boundary undecided', () => {
    const refund = { kind: 'refund', amount: 10 } as const;
    expect(judgeServiceOffer(refund, facts({ created: '2025-03-10T10:00:00Z' }), b2b)).toEqual({ status: 'ok' });
    expect(judgeServiceOffer(refund, facts({ created: '2025-04-20T10:00:00Z' }), b2b)).toEqual({ status: 'violation', policy: 'refund-returns' });
    expect(judgeServiceOffer(refund, facts({ created: '2025-03-31T10:00:00Z' }), b2b)).toEqual({ status: 'ambiguous' });
    expect(judgeServiceOffer(refund, facts({ issue: 'Double charge on card', created: '2025-06-20T10:00:00Z' }), b2b)).toEqual({ status: 'ok' });
  });

  it('holds credits to the goodwill limit and promises to the entitled response time', () => {
    expect(judgeServiceOffer({ kind: 'credit', amount: 250 }, facts({}), b2b)).toEqual({ status: 'ok' });
    expect(judgeServiceOffer({ kind: 'credit', amount: 251 }, facts({}), b2b)).toEqual({ status: 'violation', policy: 'goodwill-credit' });
    expect(judgeServiceOffer({ kind: 'response-time', hours: 4 }, facts({ entitledHours: 4 }), b2b)).toEqual({ status: 'ok' });
    expect(judgeServiceOffer({ kind: 'response-time', hours: 1 }, facts({ entitledHours: 24 }), b2b)).toEqual({ status: 'violation', policy: 'support-sla' });
    expect(judgeServiceOffer({ kind: 'response-time', hours: 1 }, facts({ entitledHours: null }), b2b)).toEqual({ status: 'ambiguous' });
  });

  it('allows free replacements only within the warranty and never for water damage', () => {
    const replace = { kind: 'replace-free' } as const;
    expect(judgeServiceOffer(replace, facts({ created: '2025-05-01T10:00:00Z' }), b2b)).toEqual({ status: 'ok' });
    expect(judgeServiceOffer(replace, facts({ created: '2026-06-01T10:00:00Z' }), b2b)).toEqual({ status: 'violation', policy: 'warranty-coverage' });
    expect(judgeServiceOffer(replace, facts({ issue: 'Water damage' }), b2b)).toEqual({ status: 'violation', policy: 'warranty-coverage' });
  });
});

describe('judgeDiscountOffer', () => {
  it('holds a discount to the limit of the caller\'s title', () => {
    expect(judgeDiscountOffer({ kind: 'discount', percent: 10 }, 'Sales Representative', b2b)).toEqual({ status: 'ok' });
    expect(judgeDiscountOffer({ kind: 'discount', percent: 15 }, 'Sales Representative', b2b)).toEqual({ status: 'violation', policy: 'discount-approval' });
    expect(judgeDiscountOffer({ kind: 'discount', percent: 15 }, 'Sales Manager', b2b)).toEqual({ status: 'ok' });
    expect(judgeDiscountOffer({ kind: 'other' }, 'Sales Representative', b2b)).toEqual({ status: 'ok' });
  });
});

describe('warrantyMonthsOf', () => {
  it('reads the warranty a catalog description states', () => {
    expect(warrantyMonthsOf('NX-1200 supports up to 12 ports. Backed by a 60-month warranty.')).toBe(60);
    expect(warrantyMonthsOf('CloudView Essentials License manages up to 25 devices per license.')).toBe(0);
    expect(warrantyMonthsOf(null)).toBe(0);
  });
});

describe('stageShownByCall', () => {
  it('tells the stages apart, a negotiation before the quote it mentions', () => {
    expect(stageShownByCall('Ann: Sure, we are still figuring out whether we need anything at all.')).toBe('Qualification');
    expect(stageShownByCall('Ann: Yes, we listed the sites and the number of users for each one.')).toBe('Discovery');
    expect(stageShownByCall('Ann: We did, the team is reviewing the quote line by line now.')).toBe('Quote');
    expect(stageShownByCall('Ann: We reviewed your quote and want to negotiate the payment terms and the price.')).toBe('Negotiation');
    expect(stageShownByCall('Ann: We have decided not to move forward.')).toBeUndefined();
  });
});

describe('readBant', () => {
  const call = (lines: string[]): string => ['Rep: Understood. Do you have a budget in mind?', ...lines].join('\n');

  it('reads each factor against the policy thresholds', () => {
    const met = call(['Lead: The budget for this is $30,000.', 'Lead: As CTO, I make the final call on this purchase.', 'Lead: We would like to have it in place within 3 months.']);
    expect(readBant(met, b2b)).toEqual({ Budget: true, Authority: true, Need: true, Timeline: true });
    const failing = call([
      'Lead: We have about $12,000 set aside for this.', 'Lead: I am the IT Manager; my director has to approve anything we buy.',
      'Lead: Honestly we are just looking around; nothing specific needs fixing right now.', 'Lead: We would like to have it in place within 9 months.',
    ]);
    const reading = readBant(failing, b2b);
    expect(reading && failedFactors(reading)).toEqual(['Budget', 'Authority', 'Need', 'Timeline']);
  });

  it('reads nothing from a call that is not a qualification call', () => {
    expect(readBant('Rep: Where do we stand on the proposal?', b2b)).toBeUndefined();
  });
});

describe('lookbackStart', () => {
  it('counts calendar months back, clamped to a shorter month', () => {
    expect(lookbackStart('2025-06-15', 6)).toBe('2024-12-15');
    expect(lookbackStart('2025-08-31', 6)).toBe('2025-02-28');
    expect(lookbackStart('2025-01-10', 1)).toBe('2024-12-10');
  });
});
