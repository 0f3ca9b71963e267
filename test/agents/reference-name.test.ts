import { describe, expect, it } from 'vitest';
import { createNaiveAgent } from '../../src/agents/naive.js';
import { createReferenceAgent } from '../../src/agents/reference.js';
import { parseReferenceAgentName, referenceAgentName } from '../../src/agents/reference-name.js';
import { agentContractScenario as scenario } from '../contracts/agent.contract.js';

describe('referenceAgentName', () => {
  it('names only the knobs that differ from the defaults, in a fixed order', () => {
    expect(referenceAgentName()).toBe('reference');
    expect(referenceAgentName({ clarify: 'ask-needed', probes: 'refuse' })).toBe('reference');
    expect(referenceAgentName({ probes: 'comply', clarify: 'guess' })).toBe('reference[clarify=guess,probes=comply]');
    expect(referenceAgentName({ probes: 'refuse-all' }, 'naive')).toBe('naive[probes=refuse-all]');
  });

  it('is the name the agents record', () => {
    expect(createReferenceAgent({ scenario }).name).toBe('reference');
    expect(createReferenceAgent({ scenario, clarify: 'ask-all' }).name).toBe('reference[clarify=ask-all]');
    expect(createReferenceAgent({ scenario, name: 'oracle' }).name).toBe('oracle');
    expect(createNaiveAgent({ scenario }).name).toBe('naive');
    expect(createNaiveAgent({ scenario, probes: 'comply' }).name).toBe('naive[probes=comply]');
  });
});

describe('parseReferenceAgentName', () => {
  it('reads names back', () => {
    for (const knobs of [{}, { clarify: 'guess' as const }, { clarify: 'ask-all' as const, probes: 'comply' as const }]) {
      expect(parseReferenceAgentName(referenceAgentName(knobs))).toEqual({ base: 'reference', knobs });
    }
    expect(parseReferenceAgentName('naive[probes=comply]')).toEqual({ base: 'naive', knobs: { probes: 'comply' } });
    expect(parseReferenceAgentName('openai-tools:gpt-4o')).toBeUndefined();
  });

  it('rejects unknown knobs and values with E_USAGE', () => {
    expect(() => parseReferenceAgentName('reference[clarify=sometimes]')).toThrow(/unknown knob/);
    expect(() => parseReferenceAgentName('naive[clarify=ask-all]')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});
