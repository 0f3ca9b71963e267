import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/core/transcript.js';
import { simulatorValidity } from '../../../src/studies/metrics/simulator.js';
import { makeEpisode, orderScenario, say } from '../fixtures.js';

const scenario = orderScenario();
const scenarios = new Map([[scenario.id, scenario]]);

describe('simulator validity', () => {
  it('finds a rule-abiding user fully faithful', () => {
    const clean = makeEpisode({
      transcript: [
        say.user(1, "Hi, I'm Ann Lee.", ['name']),
        say.ask(1, 'Your order number?'),
        say.user(2, 'A-1234', ['order_id']),
        say.answer(2, 'Shipped.'),
      ],
    });
    const v = simulatorValidity([clean], scenarios);
    expect(v.turns).toBe(2);
    expect(v.disclosureFidelity).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(v.overDisclosure.value).toBe(0);
    expect(v.hallucinatedFact.value).toBe(0);
    expect(v.prematureStop).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });

  it('counts regenerated replies and the rule breaks they did not fix', () => {
    const withValidity = (entry: TranscriptEntry, validity: { violations: string[]; regenerations: number }): TranscriptEntry =>
      entry.role === 'user' ? { ...entry, validity } : entry;
    const regenerated = makeEpisode({
      transcript: [
        withValidity(say.user(1, "Hi, I'm Ann Lee.", ['name']), { violations: [], regenerations: 1 }),
        say.ask(1, 'Your order number?'),
        withValidity(say.user(2, 'A-1234', ['order_id']), { violations: ['on_request fact email disclosed unasked'], regenerations: 2 }),
        say.answer(2, 'Shipped.'),
      ],
    });
    const v = simulatorValidity([regenerated], scenarios);
    expect(v.regenerated).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(v.unresolvedViolations).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(simulatorValidity([makeEpisode({ transcript: [say.user(1, 'Hi', [])] })], scenarios).regenerated.value).toBe(0);
  });

  it('catches each way a user can break its rules', () => {
    const messy = makeEpisode({
      transcript: [
        // Declares name but never says it: value missing.
        say.user(1, 'Hello there.', ['name']),
        say.ask(1, 'Your order number?'),
        // Two on_request facts in one turn with a limit of 1: too many (and email was not asked for).
        say.user(2, 'A-1234, and ann@example.com', ['order_id', 'email']),
        say.ask(2, 'Anything else?'),
        // Says the pet's name without declaring it, and the never-disclosed SSN.
        say.user(3, 'My dog Rex, SSN 999-12-3456.'),
      ],
      ledger: [
        { turn: 1, factId: 'name', asked: false, reason: 'volunteered' },
        { turn: 2, factId: 'order_id', asked: true, reason: 'asked' },
        { turn: 2, factId: 'email', asked: false, reason: 'volunteered' },
      ],
    });
    const v = simulatorValidity([messy], scenarios);
    expect(v.violations).toEqual({ tooManyPerTurn: 1, valueMissing: 1, undeclaredValue: 1, unaskedOnRequest: 1, neverDeclared: 0, unknownFactId: 0 });
    expect(v.disclosureFidelity).toEqual({ numerator: 0, denominator: 3, value: 0 });
    // Turn 2 over-discloses (too many and unasked); turn 3 says a never fact's value.
    expect(v.overDisclosure).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(v.hallucinatedFact).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
  });

  it('exempts the opening of full and concat episodes from the per-turn limit', () => {
    const full = makeEpisode({
      condition: 'full',
      transcript: [say.user(1, 'Ann Lee, order A-1234, ann@example.com.', ['name', 'order_id', 'email']), say.answer(1, 'Shipped.')],
      ledger: ['name', 'order_id', 'email'].map((factId) => ({ turn: 1, factId, asked: false, reason: 'condition' as const })),
    });
    const v = simulatorValidity([full], scenarios);
    expect(v.disclosureFidelity.value).toBe(1);
    expect(v.overDisclosure.value).toBe(0);
  });

  it('counts a user who stops before any answer as a premature stop', () => {
    const quitter = makeEpisode({
      termination: { reason: 'user_stopped' },
      transcript: [say.user(1, "Hi, I'm Ann Lee.", ['name']), say.ask(1, 'Can you confirm your order number?')],
    });
    const answered = makeEpisode({ seed: 2, termination: { reason: 'user_stopped' }, transcript: [say.user(1, "Hi, I'm Ann Lee.", ['name']), say.answer(1, 'Shipped.')] });
    expect(simulatorValidity([quitter, answered], scenarios).prematureStop).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it('flags a declared fact id the scenario does not have', () => {
    const inventive = makeEpisode({ transcript: [say.user(1, 'I am Ann Lee and I live on Mars.', ['name', 'planet'])] });
    const v = simulatorValidity([inventive], scenarios);
    expect(v.violations.unknownFactId).toBe(1);
    expect(v.hallucinatedFact.value).toBe(1);
  });

  it('leaves out excluded episodes', () => {
    const v = simulatorValidity([makeEpisode({ excluded: true, scores: null, transcript: [say.user(1, 'Hello.', ['name'])] })], scenarios);
    expect(v).toMatchObject({ episodes: 0, excluded: 1, turns: 0 });
    expect(v.disclosureFidelity.value).toBeNull();
  });
});
