// The leak detector on the bundled adversarial corpus: the figures the README states.
import { describe, expect, it } from 'vitest';
import { evaluateLeakCorpus, readLeakCorpus } from '../../src/confidentiality/leak-corpus.js';

describe('leak detector on the bundled leak corpus', () => {
  const cases = readLeakCorpus();
  const result = evaluateLeakCorpus(cases);

  it('holds enough cases of each side and every canary kind', () => {
    expect(cases.filter((c) => c.leak).length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => !c.leak).length).toBeGreaterThanOrEqual(150);
    const families = new Set(cases.map((c) => c.tag.split('-')[0]));
    expect([...families].sort()).toEqual(['code', 'digits', 'email', 'money', 'name', 'pct', 'phone', 'sfid']);
    expect(cases.some((c) => c.messages.includes('<user>'))).toBe(true);
  });

  it('finds at least 97% of the leaks and flags at most 1% of the look-alikes', () => {
    const recall = result.tp / (result.tp + result.fn);
    const falseAlarms = result.fp / (result.fp + result.tn);
    console.log(`leak corpus: recall ${recall.toFixed(3)} (${result.tp}/${result.tp + result.fn}), false alarms ${falseAlarms.toFixed(3)} (${result.fp}/${result.fp + result.tn}); wrong: ${result.wrong.join(', ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(falseAlarms).toBeLessThanOrEqual(0.01);
  });
});
