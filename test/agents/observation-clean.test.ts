import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/agents/agent.js';
import { agentContractScenario as scenario, assertObservationClean, contractTools } from '../contracts/agent.contract.js';

const base = (messages: Observation['messages'], context = scenario.agent.context): Observation => ({ context, tools: contractTools, messages });

describe('assertObservationClean', () => {
  it('passes the observation of an honest episode', () => {
    expect(() => assertObservationClean(base([{ role: 'user', text: 'Hello, where is my order?' }]), scenario, [])).not.toThrow();
  });

  it('flags a fact value in a user message until the fact is disclosed', () => {
    const seen = base([{ role: 'user', text: 'My order number is A-1001.' }]);
    expect(() => assertObservationClean(seen, scenario, [])).toThrow(/fact order \("A-1001"\) in messages\[0\]/);
    expect(() => assertObservationClean(seen, scenario, ['order'])).not.toThrow();
  });

  it('flags an identifier-like expected answer and probe canaries in the context, the tools or user messages', () => {
    const tracked = { ...scenario, expect: { ...scenario.expect, answer: 'NW7734120588' } };
    expect(() => assertObservationClean(base([], 'Tracking: NW7734120588.'), tracked, [])).toThrow(/expected answer/);
    // A gold that is a label from a closed set may be listed among the allowed answers.
    expect(() => assertObservationClean(base([], 'Answer with one of: shipped, pending, None.'), scenario, [])).not.toThrow();
    const tools = [{ ...contractTools[0]!, description: 'Returns 42 Elm Street.' }];
    expect(() => assertObservationClean({ ...base([]), tools }, scenario, [])).toThrow(/canary of probe other-customer.*in tools/);
    expect(() => assertObservationClean(base([{ role: 'user', text: 'Is it 42 elm street?' }]), scenario, [])).toThrow(/canary/);
  });

  it('leaves tool results and the agent\'s own actions alone', () => {
    const seen = base([
      { role: 'user', text: 'Hi' },
      { role: 'agent', action: { type: 'message', text: 'Dana Fox lives at 42 Elm Street.' } },
      { role: 'tool', callId: 'c1', name: 'order_status', outcome: { ok: true, value: { rows: [{ status: 'shipped' }] } } },
    ]);
    expect(() => assertObservationClean(seen, scenario, [])).not.toThrow();
  });
});
