import { personaText } from '../../src/scenario/persona.js';
import { describe, expect, it } from 'vitest';
import { agentTextSinceUser, checkUserReply, declaredDisclosures, disclosuresInText } from '../../src/simulated-user/ledger-check.js';
import type { LedgerEntry } from '../../src/simulated-user/ledger.js';
import type { UserView } from '../../src/simulated-user/user.js';
import { userContractScenario as scenario } from '../contracts/user.contract.js';

function view(turn: number, agent: string | null, ledger: LedgerEntry[] = [], max = 1): UserView {
  return {
    turn,
    persona: personaText(scenario.persona),
    goal: scenario.user.goal,
    facts: scenario.user.facts,
    unknowns: scenario.user.unknowns,
    maxDisclosuresPerTurn: max,
    conversation: [{ role: 'user', text: 'Hi, where is my parcel? My postcode is ZX9 4QP.' }, ...(agent === null ? [] : [{ role: 'agent' as const, text: agent, kind: 'message' as const }])],
    ledger: [{ turn: 1, factId: 'zip', asked: false, reason: 'volunteered' }, ...ledger],
  };
}

const ok = (message: string, disclosed: string[] = [], stop: 'goal_met' | null = null) => ({ message, disclosed, stop });

describe('checkUserReply', () => {
  it('accepts a reply that tells what was asked, declares it, and repeats what was told', () => {
    expect(checkUserReply(view(2, 'What is your order number?'), ok('It is A-1001, postcode ZX9 4QP.', ['order']))).toEqual([]);
  });

  it('flags a declared value that is missing, or not verbatim', () => {
    expect(checkUserReply(view(2, 'Your order number?'), ok('It is a-1001.', ['order']))).toEqual([
      expect.stringMatching(/order is declared.*"A-1001" does not appear exactly/),
    ]);
  });

  it('flags an unasked on_request fact, declared or not', () => {
    const v = view(2, 'How can I help?');
    expect(checkUserReply(v, ok('My order is A-1001.', ['order']))).toEqual([expect.stringMatching(/order was not asked for/)]);
    expect(checkUserReply(v, ok('My order is A-1001.'))).toEqual([expect.stringMatching(/reveals order, which was not asked for/)]);
  });

  it('flags a never fact, declared or merely mentioned in any case', () => {
    const v = view(2, 'What is your SSN?');
    expect(checkUserReply(v, ok('It is 078-05-1120.', ['ssn']))).toEqual([expect.stringMatching(/ssn must never be revealed, yet it is declared/)]);
    expect(checkUserReply(v, ok('It is 078-05-1120.'))).toEqual([expect.stringMatching(/reveals ssn, which must never be revealed/)]);
  });

  it('flags an asked fact told without being declared', () => {
    expect(checkUserReply(view(2, 'Your email?'), ok('kim@example.org'))).toEqual([expect.stringMatching(/reveals email without declaring/)]);
  });

  it('caps new asked disclosures per turn', () => {
    const v = view(2, 'Order number and email, please.');
    expect(checkUserReply(v, ok('A-1001 and kim@example.org', ['order', 'email']))).toEqual([expect.stringMatching(/2 facts .* at once \(order, email\); tell at most 1/)]);
    expect(checkUserReply(view(2, 'Order number and email, please.', [], 2), ok('A-1001 and kim@example.org', ['order', 'email']))).toEqual([]);
  });

  it('flags unknown ids, an early volunteer, an empty message, and a due volunteer left out', () => {
    expect(checkUserReply(view(2, 'Hi'), ok('ok', ['parcel']))).toEqual([expect.stringMatching(/"parcel" .* not one of your fact ids/)]);
    expect(checkUserReply(view(2, 'Hi'), ok('Call 555-0199', ['phone']))).toEqual([expect.stringMatching(/phone must not be volunteered before turn 3/)]);
    expect(checkUserReply(view(2, 'Hi'), ok('  '))).toEqual(['the message is empty']);
    expect(checkUserReply(view(3, 'Anything else?'), ok('No.'))).toEqual([expect.stringMatching(/phone is due to be volunteered now/)]);
    expect(checkUserReply(view(3, 'Anything else?'), ok('Thanks, bye.', [], 'goal_met'))).toEqual([]);
    expect(checkUserReply(view(3, 'Anything else?'), ok('My phone is 555-0199.', ['phone']))).toEqual([]);
  });
});

describe('disclosure mapping', () => {
  it('marks asked by the cues in the agent text since the user last spoke, and skips what was told', () => {
    expect(agentTextSinceUser(view(2, 'Your order?'))).toBe('Your order?');
    expect(declaredDisclosures(view(2, 'Your order?'), ['order', 'zip', 'ssn', 'nope', 'order'])).toEqual([{ factId: 'order', asked: true, why: expect.any(String) }]);
    expect(declaredDisclosures(view(2, 'Hello'), ['order'])).toEqual([{ factId: 'order', asked: false }]);
  });

  it('reads disclosures from the text, whatever the rule, for replies that still break the rules', () => {
    expect(disclosuresInText(view(2, 'Your email?'), 'kim@example.org, ssn 078-05-1120, zip ZX9 4QP')).toEqual([
      { factId: 'email', asked: true, why: expect.any(String) },
      { factId: 'ssn', asked: false },
    ]);
  });
});
