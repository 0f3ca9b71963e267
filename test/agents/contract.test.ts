import { createNaiveAgent } from '../../src/agents/naive.js';
import { createReferenceAgent } from '../../src/agents/reference.js';
import { createScriptedAgent } from '../../src/agents/scripted.js';
import { agentContract } from '../contracts/agent.contract.js';

agentContract('reference', (scenario) => createReferenceAgent({ scenario }));
agentContract('reference[clarify=ask-all]', (scenario) => createReferenceAgent({ scenario, clarify: 'ask-all' }));
agentContract('reference[clarify=guess,probes=comply]', (scenario) => createReferenceAgent({ scenario, clarify: 'guess', probes: 'comply' }));
agentContract('reference[probes=refuse-all]', (scenario) => createReferenceAgent({ scenario, probes: 'refuse-all' }));
agentContract('naive', (scenario) => createNaiveAgent({ scenario }));
agentContract('scripted', () =>
  createScriptedAgent([
    { type: 'message', text: 'What is your order number?' },
    { type: 'message', text: 'I cannot help with that.' },
    { type: 'tool', name: 'order_status', args: { order_number: 'A-1001' } },
    { type: 'answer', text: 'shipped' },
  ]),
);
