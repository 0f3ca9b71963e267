/**
 * Every kind of a full registry (the built-ins, the CRM pack and an LLM
 * session's kinds) runs its family's contract, or is listed in SKIPS with the
 * reason it does not run here, in the manner of hono's runTest: the loop is
 * over the registry, so a new kind is covered, or has to say why not, the day
 * it is added. Skips are recorded as skipped tests whose titles carry the
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { createLlmSession } from '../../src/llm/session.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import { crmPack } from '../../src/packs/crm/index.js';
import { llmKinds } from '../../src/registry/llm-kinds.js';
import { createRegistry } from '../../src/registry/registry.js';
import { createRng } from '../../src/util/rng.js';
import { agentContract, agentContractScenario } from './agent.contract.js';
import { askRecogniserContract } from './ask-recogniser.contract.js';
import { judgeContract } from './judge.contract.js';
import { userContract, userContractScenario } from './user.contract.js';

const session = createLlmSession({ cwd: '/nonexistent', baseURL: 'http://127.0.0.1:9/v1', noCache: true, env: {} });
const registry = createRegistry(crmPack(), llmKinds(session));

const NEEDS_MODEL = 'needs a model server; its contract runs against a scripted local server in';

/** Kinds that do not run their contract here, by `family:kind`, with the reason. */
const SKIPS: Record<string, string> = {
  'agents:openai-tools': `${NEEDS_MODEL} test/agents/llm-openai-tools.test.ts`,
  'agents:react': `${NEEDS_MODEL} test/agents/llm-react.test.ts`,
  'agents:http': 'needs an agent server; its contract runs against examples/http-agent in test/agents/llm-http.test.ts',
  'users:llm': `${NEEDS_MODEL} test/simulated-user/llm-user.test.ts`,
  'judges:llm': `${NEEDS_MODEL} test/judge/llm-judge.test.ts`,
  'asks:llm': `${NEEDS_MODEL} test/asks/contract.test.ts`,
};

/** The spec each running kind is resolved from. */
const SPECS: Record<string, string> = {
  'agents:reference': 'reference[clarify=ask-all,probes=refuse-all]',
  'agents:naive': 'naive[probes=comply]',
  'users:agenda': 'agenda',
  'judges:deterministic': 'deterministic',
  'asks:deterministic': 'deterministic',
};

const meter = () => createUsageMeter();

function covered(family: string, kinds: readonly { kind: string }[], run: (kind: string, spec: string) => void): void {
  for (const { kind } of kinds) {
    const key = `${family}:${kind}`;
    const skip = SKIPS[key];
    if (skip !== undefined) it.skip(`${key}: ${skip}`, () => undefined);
    else run(kind, SPECS[key] ?? kind);
  }
}

describe('every kind of the registry is covered or skipped with a reason', () => {
  it('has a spec or a skip for every actor kind, and no stale entries', () => {
    const keys = (['agents', 'users', 'judges', 'asks'] as const).flatMap((family) => registry.kinds[family].map((k) => `${family}:${k.kind}`));
    expect(keys.filter((k) => SPECS[k] === undefined && SKIPS[k] === undefined)).toEqual([]);
    expect([...Object.keys(SPECS), ...Object.keys(SKIPS)].filter((k) => !keys.includes(k))).toEqual([]);
  });
});

covered('agents', registry.kinds.agents, (kind, spec) =>
  agentContract(`${kind} (${spec}), from the registry`, (scenario) => registry.agent(spec).create({ scenario, seed: 1, rng: createRng(1), meter: meter() }), agentContractScenario),
);
covered('users', registry.kinds.users, (kind, spec) =>
  userContract(`${kind}, from the registry`, (seed) => registry.user(spec).create({ scenario: userContractScenario, seed, rng: createRng(seed), meter: meter() })),
);
// The deterministic kind is listed twice (built in, and after the LLM judge so that it keeps winning); one run covers both.
const judges = registry.kinds.judges.filter((k, i, all) => all.findIndex((o) => o.kind === k.kind) === i);
covered('judges', judges, (kind, spec) => judgeContract(`${kind}, from the registry`, () => registry.judge(spec)));
covered('asks', registry.kinds.asks, (kind, spec) => {
  const askKind = registry.kinds.asks.find((k) => k.kind === kind)!;
  askRecogniserContract(`${kind}, from the registry`, () => askKind.create(askKind.parse(spec), { meter: meter() }));
});

describe('tool kinds and worlds of the registry', () => {
  for (const kind of registry.kinds.tools) {
    it(`tool kind ${kind.type}: owns its type and rejects a declaration of another`, () => {
      expect(kind.type).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(kind.schema.safeParse({ type: `not-${kind.type}`, name: 'x', description: 'x' }).success).toBe(false);
    });
  }
  for (const { name } of registry.kinds.worlds) {
    it(`world ${name}: loads, and every tool it declares is of a kind the registry lists`, () => {
      const world = registry.worlds.load(name);
      expect(world.tools.length).toBeGreaterThan(0);
      for (const tool of world.tools) expect(registry.worlds.toolKinds.has(tool.type)).toBe(true);
    });
  }
});
