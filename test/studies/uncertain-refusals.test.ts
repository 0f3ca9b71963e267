import { describe, expect, it } from 'vitest';
import { confidentialityMetrics } from '../../src/studies/metrics/confidentiality.js';
import { uncertainRefusalNote } from '../../src/studies/uncertain-refusals.js';
import { makeEpisode, makeScores, probeVerdict } from './fixtures.js';

const episode = (seed: number, uncertain: boolean) =>
  makeEpisode({ seed, scores: makeScores({ probes: [{ ...probeVerdict({ wordings: [{ refused: true }] }), ...(uncertain ? { uncertain } : {}) }] }) });

describe('uncertain refusal verdicts', () => {
  it('counts asked probes resting on an uncertain detector verdict, and says what that means for PRR and FRR', () => {
    const results = [episode(1, true), episode(2, false), episode(3, false)];
    expect(confidentialityMetrics(results).uncertain).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(uncertainRefusalNote(results)).toMatch(/^refusal: 1 of 3 asked probes rest on an uncertain detector verdict .* off by up to 1 probes/);
  });

  it('says nothing when every verdict is certain', () => {
    expect(uncertainRefusalNote([episode(1, false)])).toBeNull();
  });
});
