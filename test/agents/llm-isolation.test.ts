// Isolation on the wire: every request an LLM or HTTP agent sends carries
// nothing from the hidden side. The texts the harness writes into a request
// (system prompt, tool specs, user messages that are not tool observations)
// are searched for fact values not yet disclosed, the expected answer and
// probe canaries, for every request of whole episodes.
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, Observation } from '../../src/agents/agent.js';
import { createHttpAgent } from '../../src/agents/http.js';
import { createOpenAiToolsAgent } from '../../src/agents/openai-tools.js';
import { createReactAgent } from '../../src/agents/react.js';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { runEpisode } from '../../src/runner/run-episode.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import { mentionsValue } from '../../src/core/cues.js';
import { createManualClock } from '../../src/util/clock.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';
import { agentContractScenario, playAgent } from '../contracts/agent.contract.js';
import { reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, RecordedRequest, ScriptedReply } from '../fixtures/openai-server.js';
import { contentOf, contractReactModel, contractSqlCall, contractSqlTool, contractToolsModel, harnessTexts } from '../llm/fake-models.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Hidden values a text must not hold, given the facts disclosed so far. */
function hiddenIn(text: string, scenario: Scenario, disclosed: ReadonlySet<string>): string[] {
  const told = scenario.user.facts.filter((f) => disclosed.has(f.id)).map((f) => String(f.value));
  const hidden = [
    ...scenario.user.facts.filter((f) => !disclosed.has(f.id)).map((f) => ({ what: `fact ${f.id}`, value: f.value })),
    ...[scenario.expect.answer ?? []].flat().filter((v) => !told.includes(String(v))).map((v) => ({ what: 'expected answer', value: v })),
    ...scenario.probes.flatMap((p) => p.protected.map((v) => ({ what: `canary of ${p.id}`, value: v }))),
  ];
  return hidden.filter(({ value }) => mentionsValue(text, value)).map(({ what, value }) => `${what} (${value})`);
}

/** Facts whose value the observation's user messages show (the agenda user states exactly what it discloses). */
function disclosedIn(observation: Observation, scenario: Scenario): Set<string> {
  const said = observation.messages.flatMap((m) => (m.role === 'user' ? [m.text] : [])).join('\n');
  return new Set(scenario.user.facts.filter((f) => mentionsValue(said, f.value)).map((f) => f.id));
}

/** Wraps an agent so each act() knows which requests it caused. */
function recording(agent: Agent, count: () => number) {
  const steps: { observation: Observation; from: number; to: number }[] = [];
  const wrapped: Agent = {
    name: agent.name,
    act: async (observation, options) => {
      const from = count();
      const action = await agent.act(observation, options);
      steps.push({ observation, from, to: count() });
      return action;
    },
  };
  return { wrapped, steps };
}

function client(server: OpenAiTestServer) {
  return createLlmClient({ config: ModelConfigSchema.parse({ model: 'iso', baseURL: server.baseURL, maxRetries: 0 }), env: {} });
}

describe('isolation on the wire (agent contract scenario)', () => {
  const scenario = agentContractScenario;
  const cases: { name: string; model: (r: RecordedRequest) => ScriptedReply; make: (s: OpenAiTestServer) => Agent; react?: boolean }[] = [
    { name: 'openai-tools', model: contractToolsModel, make: (s) => createOpenAiToolsAgent({ client: client(s), rng: createRng(1) }) },
    { name: 'react', model: contractReactModel, make: (s) => createReactAgent({ client: client(s), rng: createRng(1) }), react: true },
  ];
  for (const c of cases) {
    it(`${c.name}: no request holds an undisclosed fact, the expected answer or a canary`, async () => {
      const server = await startOpenAiServer({ replies: (r) => c.model(r) });
      try {
        const { wrapped, steps } = recording(c.make(server), () => server.requests.length);
        const played = await playAgent(wrapped, scenario, c.react ? { tools: [contractSqlTool], call: contractSqlCall } : {});
        expect(played.steps.at(-1)?.action.type).toBe('answer');
        expect(server.requests.length).toBeGreaterThan(2);
        let checked = 0;
        for (const step of steps) {
          const disclosed = disclosedIn(step.observation, scenario);
          for (const request of server.requests.slice(step.from, step.to)) {
            for (const text of harnessTexts(request.body)) {
              expect(hiddenIn(text, scenario, disclosed), text).toEqual([]);
              checked += 1;
            }
          }
        }
        expect(checked).toBeGreaterThan(steps.length);
        // The check can fail: the order number is in later requests, once told.
        expect(server.requests.some((r) => harnessTexts(r.body).some((t) => t.includes('A-1001')))).toBe(true);
      } finally {
        await server.close();
      }
    });
  }

  it('http: no request body holds anything hidden beyond the observation', async () => {
    const bodies: { context: string; tools: unknown; messages: { role: string; text?: string }[] }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as (typeof bodies)[number];
        bodies.push(body);
        const users = body.messages.filter((m) => m.role === 'user').map((m) => m.text ?? '');
        const latest = users.at(-1) ?? '';
        const action = /Dana Fox/.test(latest)
          ? { type: 'message', text: 'I cannot share that.' }
          : users.some((u) => u.includes('A-1001'))
            ? { type: 'answer', text: 'Your order is on its way.' }
            : { type: 'message', text: 'What is your order number?' };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(action));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/act`;
      const { wrapped, steps } = recording(createHttpAgent({ url, rng: createRng(1) }), () => bodies.length);
      await playAgent(wrapped, scenario);
      expect(bodies.length).toBe(steps.length);
      for (const [i, step] of steps.entries()) {
        const body = bodies[i]!;
        const texts = [body.context, JSON.stringify(body.tools), ...body.messages.filter((m) => m.role === 'user').map((m) => m.text ?? '')];
        for (const text of texts) expect(hiddenIn(text, scenario, disclosedIn(step.observation, scenario))).toEqual([]);
        expect(Object.keys(body).sort()).toEqual(['context', 'episode', 'messages', 'protocol', 'tools']);
      }
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('isolation on the wire (a demo probe scenario, through runEpisode)', () => {
  const { scenario } = loadScenarioFile(path.join(repoRoot, 'scenarios/demo/probe-private-customer.yaml'));
  const worlds = worldEnvironments();
  let server: OpenAiTestServer;
  beforeAll(async () => {
    server = await startOpenAiServer({
      replies: (request) => {
        const messages = request.body.messages ?? [];
        const last = messages.at(-1);
        if (last?.role === 'tool') {
          if (contentOf(last) === 'Answer submitted.') return reply.text('Anything else?');
          const rows = (JSON.parse(contentOf(last)) as { rows: { tracking_number?: string }[] }).rows;
          return reply.toolCall('submit_answer', { answer: rows[0]?.tracking_number ?? 'none' });
        }
        const latest = contentOf(last);
        if (/Marcus/.test(latest)) return reply.text("I'm sorry, I can't share details of another customer's account.");
        if (/email address is on my account/.test(latest)) return reply.text('Your account email is dana.whitfield@example.com.');
        return reply.toolCall('sql', { query: "SELECT tracking_number FROM orders WHERE customer_id = 'C-1007' ORDER BY placed_at DESC, id DESC LIMIT 1" });
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('openai-tools: the whole episode, probes included, sends no canary and no expected answer in harness text', async () => {
    const environment = worlds.environmentFor(scenario);
    try {
      const run = await runEpisode({
        scenario,
        seed: 1,
        clock: createManualClock(),
        createId: createCounterIds('id'),
        agent: createOpenAiToolsAgent({ client: client(server), rng: createRng(1) }),
        user: createAgendaUser({ seed: 1 }),
        environment,
        judge: createDeterministicJudge(),
      });
      expect(run.output.termination.reason).toBe('agent_answered');
      expect(run.output.scores?.success).toBe(true);
      expect(run.output.counts.probesAsked).toBe(3);
      expect(run.output.scores?.probes.every((p) => p.pass)).toBe(true);
      for (const request of server.requests) {
        for (const text of harnessTexts(request.body)) expect(hiddenIn(text, scenario, new Set())).toEqual([]);
      }
      // The tracking number did reach the model, but only as a tool result.
      expect(server.requests.some((r) => JSON.stringify(r.body.messages).includes('NW7734120633'))).toBe(true);
    } finally {
      environment.close();
    }
  });
});
