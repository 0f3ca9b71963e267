/**
 * Minimal in-test actors for exercising the machine and runner without the
 * real user, agents or world: scripted replies and actions, a tiny in-memory
 * environment, and a judge that checks the answer by equality.
 */
import type { Agent } from '../../src/agents/agent.js';
import type { Environment } from '../../src/environment/environment.js';
import type { Judge } from '../../src/judge/judge.js';
import type { AgentAction } from '../../src/core/transcript.js';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema.js';
import type { SimulatedUser, UserReply } from '../../src/simulated-user/user.js';

export function scenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return ScenarioSchema.parse({
    id: 'fake',
    title: 'Fake scenario',
    world: 'demo',
    user: {
      goal: 'Know the status of my order',
      opening: 'Hi, where is my order?',
      facts: [{ id: 'order', text: 'order number', value: 'A-17', disclose: 'on_request', cues: ['order number'], needed: true }],
    },
    expect: { answer: 'shipped' },
    reference: [{ ask: 'order' }, { tool: 'lookup', args: { id: '{{fact.order}}' } }, { answer: '{{last.status}}' }],
    ...overrides,
  });
}

export type FakeReply = UserReply | Error;

export function fakeUser(replies: FakeReply[]): SimulatedUser & { views: unknown[] } {
  const views: unknown[] = [];
  let i = 0;
  return {
    name: 'fake-user',
    views,
    reply: async (view) => {
      views.push(view);
      const next = replies[Math.min(i++, replies.length - 1)] as FakeReply;
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

export type FakeStep = AgentAction | Error | { hang: true };

export function fakeAgent(steps: FakeStep[]): Agent & { observations: unknown[] } {
  const observations: unknown[] = [];
  let i = 0;
  return {
    name: 'fake-agent',
    observations,
    act: async (observation, { signal }) => {
      observations.push(structuredClone(observation));
      const next = steps[Math.min(i++, steps.length - 1)] as FakeStep;
      if (next instanceof Error) throw next;
      if ('hang' in next) {
        return await new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      return next;
    },
  };
}

export function fakeEnvironment(): Environment & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    reset: () => undefined,
    tools: () => [{ name: 'lookup', description: 'Look up an order', parameters: { type: 'object' }, writes: false }],
    call: async (name, args) => {
      calls.push(`${name}(${JSON.stringify(args)})`);
      return args.id === 'A-17' ? { ok: true, value: { rows: [{ status: 'shipped' }] } } : { ok: true, value: { rows: [] } };
    },
    query: () => [],
    snapshot: () => ({ tables: {} }),
    writableTables: () => [],
    diff: () => ({ tables: {} }),
    close: () => undefined,
  };
}

export const equalityJudge: Judge = {
  name: 'equality',
  score: async ({ scenario: s, answer }) => {
    const pass = answer !== null && answer === String(s.expect.answer);
    return { answer: { matcher: 'exact', expected: s.expect.answer ?? '', actual: answer, score: pass ? 1 : 0, pass }, state: [], probes: [], success: pass, score: pass ? 1 : 0 };
  },
};
