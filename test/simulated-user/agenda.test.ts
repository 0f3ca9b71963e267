import { describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { FactSchema, UnknownSchema, type Fact } from '../../src/scenario/schema.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import type { LedgerEntry } from '../../src/simulated-user/ledger.js';
import type { UserView } from '../../src/simulated-user/user.js';
import { playUser } from '../contracts/user.contract.js';

const fact = (input: Parameters<typeof FactSchema.parse>[0]): Fact => FactSchema.parse(input);

const FACTS: Fact[] = [
  fact({ id: 'order', text: 'my order number', value: 'A-1001', disclose: 'on_request', cues: ['order number'], needed: true }),
  fact({ id: 'email', text: 'my email address', value: 'kim@example.org', disclose: 'on_request', cues: ['email', 'e-mail'] }),
  fact({ id: 'zip', text: 'my postcode', value: 'ZX9 4QP', disclose: 'volunteer', cues: ['postcode'] }),
  fact({ id: 'phone', text: 'my phone number', value: 5550199, disclose: 'volunteer', volunteer_at: 3, cues: ['phone'] }),
  fact({ id: 'ssn', text: 'my social security number', value: '078-05-1120', disclose: 'never', cues: ['social security'] }),
];
const UNKNOWNS = [
  UnknownSchema.parse({ id: 'date', cues: ['purchase date'], text: 'when exactly I bought it' }),
  UnknownSchema.parse({ id: 'courier', cues: ['courier'] }),
];
const GOAL = 'I want to know where my parcel is';
const signal = new AbortController().signal;

/** A view at `turn` where the agent's latest message is `agent` (kind message unless said). */
function view(turn: number, agent: string | string[], extra: Partial<UserView> = {}): UserView {
  const agentTexts = Array.isArray(agent) ? agent : [agent];
  return {
    turn,
    persona: '',
    goal: GOAL,
    facts: FACTS,
    unknowns: UNKNOWNS,
    maxDisclosuresPerTurn: 1,
    conversation: turn === 1 ? [] : [{ role: 'user', text: 'Hello.' }, ...agentTexts.map((text) => ({ role: 'agent' as const, text, kind: 'message' as const }))],
    ledger: [{ turn: 1, factId: 'zip', asked: false, reason: 'volunteered' }],
    ...extra,
  };
}

const reply = (v: UserView, seed = 1, maxPerTurn?: number) =>
  createAgendaUser(maxPerTurn === undefined ? { seed } : { seed, maxPerTurn }).reply(v, { signal });

describe('agenda user: opening', () => {
  it('builds an opening from the goal and volunteers turn-1 facts only', async () => {
    const r = await reply(view(1, [], { ledger: [] }));
    expect(r.message).toContain(GOAL);
    expect(r.message).toContain('ZX9 4QP');
    expect(r.message).not.toContain('5550199');
    expect(r.disclosed).toEqual([{ factId: 'zip', asked: false }]);
    expect(r.stop).toBeUndefined();
  });

  it('uses a scripted opening verbatim and does not repeat a value it already holds', async () => {
    const r = await reply(view(1, [], { ledger: [], opening: 'Hi, I live at ZX9 4QP and my parcel is late.' }));
    expect(r.message).toBe('Hi, I live at ZX9 4QP and my parcel is late.');
    expect(r.disclosed).toEqual([{ factId: 'zip', asked: false }]);
  });

  it('declares an on_request fact written into the scripted opening, and refuses one that is never to be told', async () => {
    const r = await reply(view(1, [], { ledger: [], opening: 'Order A-1001 has not arrived.' }));
    expect(r.disclosed).toContainEqual({ factId: 'order', asked: false });
    await expect(reply(view(1, [], { ledger: [], opening: 'My SSN is 078-05-1120.' }))).rejects.toMatchObject({ code: 'E_USER' });
  });
});

describe('agenda user: answering questions', () => {
  it('reveals an asked on_request fact, matching cues case-insensitively and in the plural', async () => {
    for (const question of ['What is your ORDER NUMBER?', 'Any order numbers?', 'Your e-mail, please.']) {
      const r = await reply(view(2, question));
      expect(r.disclosed).toHaveLength(1);
      const id = r.disclosed[0]?.factId;
      expect(r.disclosed[0]?.asked).toBe(true);
      expect(r.message).toContain(String(FACTS.find((f) => f.id === id)?.value));
    }
  });

  it('does not fire a cue inside another word', async () => {
    const r = await reply(view(2, 'Is the parcel stuck at the border numbering station?'));
    expect(r.disclosed).toEqual([]);
    expect(r.message).toContain(GOAL);
  });

  it('reveals at most maxDisclosuresPerTurn facts, in order of appearance in the agent text', async () => {
    const one = await reply(view(2, 'What is your email, and your order number?'));
    expect(one.disclosed).toEqual([{ factId: 'email', asked: true, why: expect.any(String) }]);
    expect(one.message).not.toContain('A-1001');
    const two = await reply(view(2, 'What is your email, and your order number?', { maxDisclosuresPerTurn: 2 }));
    expect(two.disclosed).toEqual([{ factId: 'email', asked: true, why: expect.any(String) }, { factId: 'order', asked: true, why: expect.any(String) }]);
    expect(two.message.indexOf('kim@example.org')).toBeLessThan(two.message.indexOf('A-1001'));
  });

  it('lets the maxPerTurn option override the scenario limit', async () => {
    const r = await reply(view(2, 'Email and order number, please.'), 1, 2);
    expect(r.disclosed.map((d) => d.factId)).toEqual(['email', 'order']);
    expect(() => createAgendaUser({ seed: 1, maxPerTurn: 0 })).toThrow(UsersimError);
  });

  it('restates a fact already disclosed without declaring it again', async () => {
    const ledger: LedgerEntry[] = [
      { turn: 1, factId: 'zip', asked: false, reason: 'volunteered' },
      { turn: 2, factId: 'order', asked: true, reason: 'asked' },
    ];
    const r = await reply(view(3, 'Sorry, what was the order number again?', { ledger }));
    expect(r.message).toContain('A-1001');
    expect(r.disclosed).toEqual([{ factId: 'phone', asked: false }]);
  });

  it('answers unknowns with "don\'t know", using the description or else the cue', async () => {
    const described = await reply(view(2, 'What was the purchase date?'));
    expect(described.message).toMatch(/don't know when exactly I bought it/);
    const bare = await reply(view(2, 'Which courier did you pick?'));
    expect(bare.message).toMatch(/don't know the courier/);
    expect([...described.disclosed, ...bare.disclosed]).toEqual([]);
  });

  it('never reveals a never fact, even when asked for it by cue', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = await reply(view(2, 'To verify you, I need your social security number.'), seed);
      expect(r.disclosed).toEqual([]);
      expect(r.message).not.toContain('078-05-1120');
      expect(r.message).toMatch(/social security number/);
      expect(r.message).toMatch(/rather not|can't share|prefer not/);
    }
  });

  it('nudges with the goal when the agent asks for nothing it recognises, revealing nothing', async () => {
    const r = await reply(view(2, 'Let me see what I can do.'));
    expect(r.message).toContain(GOAL);
    expect(r.disclosed).toEqual([]);
    for (const f of FACTS.filter((x) => x.id !== 'zip')) expect(r.message).not.toContain(String(f.value));
  });

  it('thanks the agent and stops once it answers', async () => {
    const v = view(2, 'x');
    const r = await reply({ ...v, conversation: [...v.conversation.slice(0, 1), { role: 'agent', text: 'Your order number is on its way.', kind: 'answer' }] });
    expect(r.stop).toBe('goal_met');
    expect(r.disclosed).toEqual([]);
    expect(r.message).toMatch(/thank/i);
  });

  it('answers only the agent messages since its own last message', async () => {
    const conversation: UserView['conversation'] = [
      { role: 'user', text: 'Hello.' },
      { role: 'agent', text: 'What is your email?', kind: 'message' },
      { role: 'user', text: 'Hmm.' },
      { role: 'agent', text: 'One moment.', kind: 'message' },
      { role: 'agent', text: 'And the order number?', kind: 'message' },
    ];
    const r = await reply(view(2, [], { conversation }));
    expect(r.disclosed).toEqual([{ factId: 'order', asked: true, why: expect.any(String) }]);
  });
});

describe('agenda user: volunteering', () => {
  it('volunteers a fact at its volunteer_at turn, unasked, and not before', async () => {
    expect((await reply(view(2, 'Let me check.'))).disclosed).toEqual([]);
    const at3 = await reply(view(3, 'Let me check.'));
    expect(at3.disclosed).toEqual([{ factId: 'phone', asked: false }]);
    expect(at3.message).toContain('5550199');
  });

  it('still volunteers a fact whose turn went by without the user speaking', async () => {
    expect((await reply(view(4, 'Let me check.'))).disclosed).toEqual([{ factId: 'phone', asked: false }]);
  });

  it('gives a volunteer fact early when asked for it, as an asked disclosure', async () => {
    const r = await reply(view(2, 'What is your phone number?'));
    expect(r.disclosed).toEqual([{ factId: 'phone', asked: true, why: expect.any(String) }]);
  });
});

describe('agenda user: determinism and wording', () => {
  it('gives the same replies for the same seed', async () => {
    const a = await playUser(createAgendaUser({ seed: 9 }));
    const b = await playUser(createAgendaUser({ seed: 9 }));
    expect(b.map((t) => t.reply)).toEqual(a.map((t) => t.reply));
  });

  it("words turn k the same whatever was said before (the Rng is forked per turn)", async () => {
    const played = await playUser(createAgendaUser({ seed: 3 }));
    for (const { view: v, reply: r } of played) {
      expect((await createAgendaUser({ seed: 3 }).reply(v, { signal })).message).toBe(r.message);
    }
  });

  it('varies the wording across seeds but never the disclosures', async () => {
    const runs = await Promise.all([1, 2, 3, 4, 5].map((seed) => playUser(createAgendaUser({ seed }))));
    const wordings = new Set(runs.map((run) => run.map((t) => t.reply.message).join('\n')));
    expect(wordings.size).toBeGreaterThan(1);
    const disclosures = new Set(runs.map((run) => JSON.stringify(run.map((t) => t.reply.disclosed))));
    expect(disclosures.size).toBe(1);
  });

  it('keeps every disclosed value verbatim under many seeds', async () => {
    for (let seed = 0; seed < 40; seed++) {
      const r = await reply(view(3, 'Your email and your phone, please?'), seed);
      expect(r.message).toContain('kim@example.org');
      expect(r.message).toContain('5550199');
    }
  });

  it('refuses to speak a value the ledger would not account for', async () => {
    const leaky = [
      fact({ id: 'locker', text: 'the locker, number 77', value: 'L-4', disclose: 'on_request', cues: ['locker'] }),
      fact({ id: 'code', text: 'the door code', value: 77, disclose: 'on_request', cues: ['door code'] }),
    ];
    await expect(reply(view(2, 'Which locker?', { facts: leaky, ledger: [] }))).rejects.toMatchObject({ code: 'E_USER' });
  });
});
