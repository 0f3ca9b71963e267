/**
 * The deterministic ask recogniser through the public API: requests versus
 * statements, lexicons, synonyms, inflections, choosing between facts, the
 * scenario's kind, cues and not_cues, and explanations; and the agenda user
 * built on it.
 */
import { describe, expect, it } from 'vitest';
import { askTargets, createAgendaUser, createDeterministicAskRecogniser, explainAsk, formatAskExplanation, recogniseAsks, ScenarioSchema } from '../../src/index.js';
import type { Fact, UserView } from '../../src/index.js';

const user = ScenarioSchema.shape.user.parse({
  goal: 'I want to return a kettle.',
  facts: [
    { id: 'order', text: 'my order number', value: 'K-552', disclose: 'on_request', needed: true },
    { id: 'email', text: 'the email address on my account', value: 'ana@example.org', disclose: 'on_request' },
    { id: 'callback', text: 'my phone number', value: '555-0142', disclose: 'on_request' },
    { id: 'org', text: 'the company I work for', value: 'Tallis Ltd', disclose: 'on_request' },
    { id: 'from', text: 'the first day of the period', value: '2024-01-01', disclose: 'on_request', kind: 'period' },
    { id: 'to', text: 'the last day of the period', value: '2024-03-31', disclose: 'on_request', kind: 'period' },
  ],
  unknowns: [{ id: 'warranty', cues: ['warranty'], text: 'whether the warranty still runs' }],
});
const targets = askTargets(user.facts, user.unknowns);
const ids = (message: string, t = targets): string[] => recogniseAsks(message, t).requests.map((r) => r.id);

describe('requests versus statements', () => {
  it('reads questions, polite imperatives, needs and invitations as requests', () => {
    expect(ids('Could you confirm your e-mail?')).toEqual(['email']);
    expect(ids('Please share a mobile number we can text.')).toEqual(['callback']);
    expect(ids("I'll need the purchase reference.")).toEqual(['order']);
    expect(ids('If you have the confirmation number handy, that speeds things up.')).toEqual(['order']);
    expect(ids('order no.?')).toEqual(['order']);
  });

  it('asks for nothing in statements that merely contain the words', () => {
    expect(ids('I have sent the label to your email.')).toEqual([]);
    expect(ids('Our mobile team works weekends.')).toEqual([]);
    expect(ids('Your order number is on the receipt.')).toEqual([]);
    expect(ids('Did you get the email we sent yesterday?')).toEqual([]);
    expect(ids('Please wait while I look up your order number.')).toEqual([]);
  });

  it('reads only the question in a message that mixes statements and questions', () => {
    expect(ids('Thanks, I have the order number now. Which email is on the account?')).toEqual(['email']);
  });
});

describe('understanding what is asked for', () => {
  it('uses kind lexicons and object synonyms beyond the literal text', () => {
    expect(ids('What was the ref on your invoice?')).toEqual(['order']);
    expect(ids('Which employer are you with?')).toEqual(['org']);
    expect(ids('What number can we ring you on?')).toEqual(['callback']);
  });

  it('matches inflections of cues and object words', () => {
    const tagged = askTargets([{ ...(user.facts[0] as Fact), cues: ['shipment code'] }]);
    expect(ids('Could you give me the shipment codes?', tagged)).toEqual(['order']);
    expect(ids('Which of the purchases do you mean?')).toEqual(['order']);
  });

  it('chooses between facts: an object picks its own fact, a period asks for both ends unless one is named', () => {
    expect(ids('Which of your orders?')).toEqual(['order']);
    expect(ids('Which quarter should I look at?')).toEqual(['from', 'to']);
    expect(ids('And the end date?')).toEqual(['to']);
    expect(ids('What is your email, and which company are you with?')).toEqual(['email', 'org']);
  });

  it('recognises unknowns like facts', () => {
    expect(recogniseAsks('Do you know whether the warranty still runs?', targets).requests).toMatchObject([{ id: 'warranty', target: 'unknown' }]);
  });

  it('honours a declared kind and not_cues', () => {
    const code = ScenarioSchema.shape.user.parse({
      goal: 'g',
      facts: [{ id: 'door', text: 'the entry code', value: '4711', disclose: 'on_request', kind: 'identifier', cues: ['code'], not_cues: ['discount code'] }],
    });
    const t = askTargets(code.facts);
    expect(ids('What is the code?', t)).toEqual(['door']);
    expect(ids('Do you have a discount code?', t)).toEqual([]);
  });
});

describe('explanations', () => {
  it('says which rule and words made each request, and why other clauses asked nothing', () => {
    const scenario = { user } as Parameters<typeof explainAsk>[0];
    const recognition = explainAsk(scenario, 'Noted. What is the reference on that purchase?');
    expect(recognition.requests).toMatchObject([{ id: 'order', why: 'identifier word "reference" + object "purchase"' }]);
    const text = formatAskExplanation(recognition);
    expect(text).toContain('"Noted.": not a request');
    expect(text).toContain('order (fact, confidence 0.95)');
  });
});

describe('the agenda user on the recogniser', () => {
  const view = (agent: string): UserView => ({
    turn: 2,
    persona: '',
    goal: user.goal,
    facts: user.facts,
    unknowns: user.unknowns,
    maxDisclosuresPerTurn: 2,
    conversation: [
      { role: 'user', text: 'Hi.' },
      { role: 'agent', text: agent, kind: 'message' },
    ],
    ledger: [],
  });
  const signal = new AbortController().signal;

  it('reveals a fact asked for in other words, recording why', async () => {
    const reply = await createAgendaUser({ seed: 1 }).reply(view("What's the reference for your purchase?"), { signal });
    expect(reply.disclosed).toEqual([{ factId: 'order', asked: true, why: 'identifier word "reference" + object "purchase"' }]);
    expect(reply.message).toContain('K-552');
  });

  it('reveals nothing for a statement that contains a fact word, and takes an injected recogniser', async () => {
    const statement = await createAgendaUser({ seed: 1 }).reply(view('Our phone lines open at nine.'), { signal });
    expect(statement.disclosed).toEqual([]);
    const always = { name: 'fixed', recognise: async () => ({ requests: [{ id: 'email', target: 'fact' as const, index: 0, confidence: 1, why: 'fixed' }], explanation: [] }) };
    const injected = await createAgendaUser({ seed: 1, asks: always }).reply(view('Our phone lines open at nine.'), { signal });
    expect(injected.disclosed).toEqual([{ factId: 'email', asked: true, why: 'fixed' }]);
    expect((await createDeterministicAskRecogniser().recognise('Email?', targets)).requests[0]?.id).toBe('email');
  });
});
