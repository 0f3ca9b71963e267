import { describe, expect, it } from 'vitest';
import { factSentence, nudgeMessage, openingMessage } from '../../src/simulated-user/templates.js';
import { nounPhrase } from '../../src/core/fact-phrase.js';
import { createRng } from '../../src/util/rng.js';

describe('nounPhrase', () => {
  it('keeps determiners and possessives, lower-cases a leading capital, and gives bare nouns "the"', () => {
    expect(nounPhrase('My order number.')).toBe('my order number');
    expect(nounPhrase('order number')).toBe('the order number');
    expect(nounPhrase('VIN')).toBe('the VIN');
    expect(nounPhrase("Kim's address")).toBe("kim's address");
    expect(nounPhrase('when exactly I bought it')).toBe('when exactly I bought it');
  });
});

describe('templates', () => {
  it('write the fact value verbatim and the goal as a sentence', () => {
    for (let seed = 0; seed < 20; seed++) {
      const rng = createRng(seed);
      for (const how of ['asked', 'volunteered', 'restated'] as const) expect(factSentence(rng, how, 'order number', 'A-17')).toMatch(/\b[Tt]he order number\b.*A-17/);
      expect(factSentence(rng, 'asked', 'my PIN', 1234)).toContain('1234');
      expect(openingMessage(rng, 'i need my invoice')).toMatch(/I need my invoice\.$/);
      expect(nudgeMessage(rng, 'Where is my parcel?')).toMatch(/Where is my parcel\?$/);
    }
  });
});
