// An agent kind in one file: `echo` answers with whatever the user said last.
// Register it with one line: createRegistry({ agents: [echoAgentKind] }).
import type { AgentKind } from '../../src/index.js';

export const echoAgentKind: AgentKind<'echo'> = {
  kind: 'echo',
  usage: 'echo',
  parse: (spec) => (spec === 'echo' ? 'echo' : undefined),
  name: () => 'echo',
  create: () => ({
    name: 'echo',
    act: async ({ messages }) => {
      const last = messages.filter((m) => m.role === 'user').at(-1);
      return { type: 'answer', text: last?.role === 'user' ? last.text : '' };
    },
  }),
};
