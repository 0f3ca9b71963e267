/**
 * The accuracy floors the README states for the ask recogniser, checked on the
 * held-out part of the labelled corpus (never used while writing the rules).
 */
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreCorpus } from './ask-corpus.js';

describe('ask recogniser on its labelled corpus', () => {
  const heldOut = readCorpus('held-out');
  const tuning = readCorpus('tuning');

  it('is a corpus of the promised size and spread', () => {
    expect(heldOut.length + tuning.length).toBeGreaterThanOrEqual(300);
    expect(heldOut.length * 3).toBeGreaterThanOrEqual(heldOut.length + tuning.length);
    const kinds = new Set([...heldOut, ...tuning].flatMap((i) => i.asks.map((id) => i.kindOf.get(id))));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    expect(heldOut.filter((i) => i.asks.length === 0).length).toBeGreaterThan(20);
    expect(heldOut.filter((i) => i.asks.length > 1).length).toBeGreaterThan(10);
  });

  it('reaches recall ≥ 0.92 and precision ≥ 0.95 on the held-out part', () => {
    const { overall } = scoreCorpus(heldOut);
    expect(overall.recall).toBeGreaterThanOrEqual(0.92);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
