/**
 * The LLM path: conversations between an LLM agent (`openai-tools`) and the
 * LLM simulated user, both through the real session, clients, cache and
 * runner, against the in-process stub (`llm-stub.ts`) on 127.0.0.1. Each
 * conversation runs the demo order-tracking scenario, without its scripted
 * opening, for its ten user turns: twenty model calls.
 *
 * Figures, all from one run:
 * - latency 0: usersim's wall against a bare loop that sends the same
 *   request bodies with the `openai` client at the same concurrency (the floor);
 * - latency 100 ms: wall against the bound, calls × latency ÷ concurrency;
 * - a cached re-run against the cold run that filled the cache, and how many
 *   requests (chat and `GET /models`) the re-run sent: it must send none.
 *
 * The latency-0 and cache runs go in two interleaved rounds and each figure
 * is the faster round's; the process's CPU time is printed beside wall time,
 * since on a shared machine wall time measures the scheduler as much as usersim.
 *
 * The concurrency is declared in the model config (`concurrency: 16`), and the
 * run takes the session's derived default, so the bench also shows that the
 * default does not cap the run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { createLlmSession } from '../src/llm/session.js';
import { createRegistry } from '../src/registry/registry.js';
import { llmKinds } from '../src/registry/llm-kinds.js';
import { createRunner } from '../src/runner/runner.js';
import { worldEnvironments } from '../src/runner/world-environments.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import type { LoadedScenario } from '../src/scenario/schema.js';
import { createManualClock } from '../src/util/clock.js';
import { startLlmStub, type LlmStub } from './llm-stub.js';

const CONCURRENCY = 16;
const CALLS_PER_CONVERSATION = 20;
/** Interleaved rounds of the latency-0 and cache runs; each figure is the fastest round. */
const ROUNDS = 2;

export interface LlmBench {
  conversations: number;
  concurrency: number;
  calls: number;
  /** Latency 0, --no-cache. */
  zero: { wallMs: number; cpuMs: number; conversationsPerSecond: number; bareWallMs: number; bareCpuMs: number };
  /** Latency 100 ms, --no-cache. */
  slow: { latencyMs: number; wallMs: number; boundMs: number; conversationsPerSecond: number };
  /** Latency 0: a cold run filling a fresh cache, then the same run again. */
  cached: { coldMs: number; warmMs: number; coldCpuMs: number; warmCpuMs: number; networkCalls: number; identical: boolean };
}

interface RunFigures {
  wallMs: number;
  /** CPU time of this process (user + system) during the run: less swayed than wall by other load on the machine. */
  cpuMs: number;
  chat: number;
  modelLists: number;
  episodes: string;
}

const worlds = worldEnvironments();

function benchScenario(): LoadedScenario {
  const loaded = loadScenarioFile(resolve(import.meta.dirname, '../scenarios/demo/order-tracking.yaml'), { toolsFor: worlds.toolsFor });
  // Without the scripted opening the user's first message is a model call too: 10 user + 10 agent calls.
  const { opening: _opening, ...user } = loaded.scenario.user;
  return { ...loaded, scenario: { ...loaded.scenario, user, limits: { ...loaded.scenario.limits, max_user_turns: 10 } } };
}

/** One run of `conversations` episodes through the library API, timed from preflight to the last stored line. */
async function usersimRun(stub: LlmStub, dir: string, conversations: number, cache: { dir: string } | 'off'): Promise<RunFigures> {
  const session = createLlmSession({
    configFile: join(dir, 'usersim.config.yaml'),
    ...(cache === 'off' ? { noCache: true } : { cacheDir: cache.dir }),
    env: {},
  });
  const outDir = mkdtempSync(join(dir, 'run-'));
  const before = { chat: stub.chatRequests, models: stub.modelListRequests };
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const registry = createRegistry(llmKinds(session));
    const agent = registry.agent('openai-tools:bench');
    const user = registry.user('llm:bench');
    if (!agent || !user) throw new Error('bench: the session did not resolve its own specs');
    await session.preflight();
    const { episodes } = session.concurrency();
    if (episodes !== CONCURRENCY) throw new Error(`bench: the session derived ${episodes} episodes at once from a config declaring ${CONCURRENCY}`);
    await createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'bench' }).run({
      scenarios: [benchScenario()],
      agents: [agent],
      user,
      judge: registry.judge(),
      seeds: Array.from({ length: conversations }, (_, i) => i + 1),
      concurrency: episodes,
      outDir,
      provenance: session.provenance(),
    });
  } finally {
    session.close();
  }
  const wallMs = performance.now() - started;
  return { wallMs, cpuMs: cpuMsSince(cpu), chat: stub.chatRequests - before.chat, modelLists: stub.modelListRequests - before.models, episodes: readFileSync(join(outDir, 'episodes.jsonl'), 'utf8') };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The floor: the same bodies sent with the `openai` client alone, `concurrency` at a time. */
async function bareLoop(stub: LlmStub, bodies: readonly string[], concurrency: number): Promise<{ wallMs: number; cpuMs: number }> {
  const client = new OpenAI({ apiKey: 'unused', baseURL: stub.baseURL, maxRetries: 0, logLevel: 'off' });
  const parsed = bodies.map((b) => JSON.parse(b) as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming);
  const limit = pLimit(concurrency);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(parsed.map((body) => limit(() => client.chat.completions.create(body))));
  return { wallMs: performance.now() - started, cpuMs: cpuMsSince(cpu) };
}

/** The faster of each kind over `rounds` interleaved rounds, so a burst of load on a shared machine hits both sides alike. */
function fastest<T extends { wallMs: number; cpuMs: number }>(runs: readonly T[]): T {
  return runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

/**
 * Runs the LLM workload with `conversations` conversations (200 in the
 * issue's workload; fewer for a quick look).
 */
export async function benchLlm(conversations = 200, slowLatencyMs = 100): Promise<LlmBench> {
  const dir = mkdtempSync(join(tmpdir(), 'usersim-bench-llm-'));
  const stub = await startLlmStub();
  try {
    writeFileSync(
      join(dir, 'usersim.config.yaml'),
      `models:\n  bench: { baseURL: "${stub.baseURL}", model: bench-model, concurrency: ${CONCURRENCY}, maxRetries: 0 }\n`,
    );
    // Warm-up (JIT, sockets, the world image), not counted.
    await usersimRun(stub, dir, Math.min(conversations, 2 * CONCURRENCY), 'off');

    const expected = conversations * CALLS_PER_CONVERSATION;
    const zeros: RunFigures[] = [];
    const bares: { wallMs: number; cpuMs: number }[] = [];
    const colds: RunFigures[] = [];
    const warms: RunFigures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      stub.record = true;
      const zero = await usersimRun(stub, dir, conversations, 'off');
      stub.record = false;
      if (zero.chat !== expected) throw new Error(`bench: expected ${expected} model calls, the stub saw ${zero.chat}`);
      zeros.push(zero);
      bares.push(await bareLoop(stub, stub.bodies.splice(0), CONCURRENCY));
      const cacheDir = join(dir, `cache-${round}`);
      colds.push(await usersimRun(stub, dir, conversations, { dir: cacheDir }));
      warms.push(await usersimRun(stub, dir, conversations, { dir: cacheDir }));
    }
    const [zero, bare, cold, warm] = [fastest(zeros), fastest(bares), fastest(colds), fastest(warms)];

    stub.latencyMs = slowLatencyMs;
    const slow = await usersimRun(stub, dir, conversations, 'off');
    stub.latencyMs = 0;

    return {
      conversations,
      concurrency: CONCURRENCY,
      calls: expected,
      zero: { wallMs: zero.wallMs, cpuMs: zero.cpuMs, conversationsPerSecond: conversations / (zero.wallMs / 1000), bareWallMs: bare.wallMs, bareCpuMs: bare.cpuMs },
      slow: {
        latencyMs: slowLatencyMs,
        wallMs: slow.wallMs,
        boundMs: (expected * slowLatencyMs) / CONCURRENCY,
        conversationsPerSecond: conversations / (slow.wallMs / 1000),
      },
      cached: {
        coldMs: cold.wallMs,
        warmMs: warm.wallMs,
        coldCpuMs: cold.cpuMs,
        warmCpuMs: warm.cpuMs,
        networkCalls: Math.max(...warms.map((w) => w.chat + w.modelLists)),
        identical: warms.every((w, i) => w.episodes === colds[i]?.episodes),
      },
    };
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints for the LLM workload. */
export function formatLlmBench(b: LlmBench): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `LLM path (${b.conversations} conversations × 10 turns, LLM agent + LLM user, ${b.calls} calls, concurrency ${b.concurrency}, in-process stub)`,
    `  latency 0: conversations/s   ${b.zero.conversationsPerSecond.toFixed(1)}  (wall ${s(b.zero.wallMs)}; bare openai loop ${s(b.zero.bareWallMs)}; usersim ÷ bare ${(b.zero.wallMs / b.zero.bareWallMs).toFixed(2)} wall, ${(b.zero.cpuMs / b.zero.bareCpuMs).toFixed(2)} CPU; target ≤ 1.3)`,
    `  latency ${b.slow.latencyMs} ms: conversations/s ${b.slow.conversationsPerSecond.toFixed(1)}  (wall ${s(b.slow.wallMs)}; bound ${s(b.slow.boundMs)}; wall ÷ bound ${(b.slow.wallMs / b.slow.boundMs).toFixed(3)}, target ≤ 1.05)`,
    `  cached re-run                ${(b.cached.coldMs / b.cached.warmMs).toFixed(1)}× faster than cold (cold ${s(b.cached.coldMs)}, cached ${s(b.cached.warmMs)}; CPU ${(b.cached.coldCpuMs / b.cached.warmCpuMs).toFixed(1)}×; ${b.cached.networkCalls} network calls on the re-run; results ${b.cached.identical ? 'byte-identical' : 'DIFFERENT'}; target ≥ 20×, 0 calls)`,
  ];
}

// `npx tsx bench/llm.ts [conversations]` runs this workload alone.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const n = Number(process.argv[2] ?? process.env.BENCH_LLM_CONVERSATIONS ?? 200);
  for (const line of formatLlmBench(await benchLlm(n))) console.log(line);
}
