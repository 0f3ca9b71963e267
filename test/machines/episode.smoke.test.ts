import { describe, expect, it } from 'vitest';
import { runEpisode } from '../../src/runner/run-episode.js';
import { createManualClock } from '../../src/util/clock.js';
import { createCounterIds } from '../../src/util/ids.js';
import { equalityJudge, fakeAgent, fakeEnvironment, fakeUser, scenario } from '../helpers/fakes.js';

describe('episode smoke', () => {
  it('runs ask → tool → answer', async () => {
    const user = fakeUser([
      { message: 'Hi, where is my order?', disclosed: [] },
      { message: 'It is A-17', disclosed: [{ factId: 'order', asked: true }] },
    ]);
    const agent = fakeAgent([
      { type: 'message', text: 'What is your order number?' },
      { type: 'tool', call: { id: 'c1', name: 'lookup', args: { id: 'A-17' } } },
      { type: 'answer', text: 'shipped' },
    ]);
    const run = await runEpisode({ scenario: scenario(), seed: 1, clock: createManualClock(), createId: createCounterIds(), agent, user, environment: fakeEnvironment(), judge: equalityJudge, trace: true });
    expect(run.output.termination.reason).toBe('agent_answered');
    expect(run.output.scores?.success).toBe(true);
    expect(run.output.ledger).toEqual([{ turn: 2, factId: 'order', asked: true, reason: 'asked' }]);
    console.log(run.trace.map((l) => JSON.stringify(l)).join('\n'));
  });
});
