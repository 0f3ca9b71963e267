/**
 * The LLM path: conversations between an LLM agent (`openai-tools`) and the
 * LLM simulated user, both through the real session, clients, cache and
 * runner, against the stub (`llm-stub.ts`), in its own process on 127.0.0.1. Each
 * conversation runs the demo order-tracking scenario, without its scripted
 * opening, for its ten user turns: twenty model calls.
 *
 * Figures, all from one run:
 * - latency 0: usersim's wall against a bare loop that sends the same
 *   request bodies with the `openai` client at the endpoint's concurrency (the floor),
 *   and against the same loop with usersim's node:http fetch (`http-fetch.ts`), which
 *   leaves usersim's own work as the difference;
 * - latency 100 ms: wall against the bound, calls × latency ÷ the endpoint's concurrency;
 * - a cached re-run against the cold run that filled the cache, at latency 0
 *   and at 100 ms, and how many requests (chat and `GET /models`) the
 *   re-runs sent: they must send none.
 *
 * The latency-0 and cache runs go in three interleaved rounds and each figure
 * is the faster round's; the process's CPU time is printed beside wall time,
 * since on a shared machine wall time measures the scheduler as much as usersim.
 *
 * The endpoint's concurrency is declared in the model config (`concurrency: 16`),
 * and the run takes the session's derived default (twice that many episodes
 * at once, and the last of them started together, see `concurrency-plan.ts`),
 * so the bench also shows that the default does not cap the run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { createHttpFetch } from '../src/llm/http-fetch.js';
import { createLlmSession } from '../src/llm/session.js';
import { createRegistry } from '../src/registry/registry.js';
import { llmKinds } from '../src/registry/llm-kinds.js';
import { createRunner } from '../src/runner/runner.js';
import { worldEnvironments } from '../src/runner/world-environments.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import type { LoadedScenario } from '../src/scenario/schema.js';
import { createManualClock } from '../src/util/clock.js';
import { startLlmStub, type LlmStub } from './llm-stub.js';

/** Requests in flight the endpoint takes, as the model config declares it. */
const CONCURRENCY = 16;
const CALLS_PER_CONVERSATION = 20;
/** Interleaved rounds of the latency-0 and cache runs; each figure is the fastest round. */
const ROUNDS = 3;

export interface LlmBench {
  conversations: number;
  concurrency: number;
  calls: number;
  /** Latency 0, --no-cache. */
  zero: {
    wallMs: number;
    cpuMs: number;
    conversationsPerSecond: number;
    bareWallMs: number;
    bareCpuMs: number;
    /** The same bare loop with usersim's node:http fetch: what usersim's own work costs on top of its transport. */
    bareNodeWallMs: number;
    bareNodeCpuMs: number;
  };
  /** Latency 100 ms: a cold run filling a fresh cache (the default), its wall against the bound. */
  slow: { latencyMs: number; wallMs: number; boundMs: number; conversationsPerSecond: number; allAtOnceWallMs: number };
  /** A cold run filling a fresh cache, then the same run again: at latency 0 and at the slow latency. */
  cached: { coldMs: number; warmMs: number; coldCpuMs: number; warmCpuMs: number; slowColdMs: number; slowWarmMs: number; networkCalls: number; identical: boolean };
  /** Episodes at once, as the session derived them from the config. */
  episodes: number;
}

interface RunFigures {
  wallMs: number;
  /** CPU time of this process (user + system) during the run: less swayed than wall by other load on the machine. */
  cpuMs: number;
  chat: number;
  modelLists: number;
  /** The run's episodes.jsonl. */
  results: string;
  /** Episodes at once. */
  episodes: number;
}

const worlds = worldEnvironments();

function benchScenario(): LoadedScenario {
  const loaded = loadScenarioFile(resolve(import.meta.dirname, '../scenarios/demo/order-tracking.yaml'), { toolsFor: worlds.toolsFor });
  // Without the scripted opening the user's first message is a model call too: 10 user + 10 agent calls.
  const { opening: _opening, ...user } = loaded.scenario.user;
  return { ...loaded, scenario: { ...loaded.scenario, user, limits: { ...loaded.scenario.limits, max_user_turns: 10 } } };
}

/** One run of `conversations` episodes through the library API, timed from preflight to the last stored line. */
async function usersimRun(stub: LlmStub, dir: string, conversations: number, cache: { dir: string } | 'off', episodesAtOnce?: number): Promise<RunFigures> {
  const session = createLlmSession({
    configFile: join(dir, 'usersim.config.yaml'),
    ...(cache === 'off' ? { noCache: true } : { cacheDir: cache.dir }),
    env: {},
  });
  const outDir = mkdtempSync(join(dir, 'run-'));
  const before = await stub.counts();
  let episodes = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const registry = createRegistry(llmKinds(session));
    const agent = registry.agent('openai-tools:bench');
    const user = registry.user('llm:bench');
    if (!agent || !user) throw new Error('bench: the session did not resolve its own specs');
    await session.preflight();
    const plan = session.concurrency();
    episodes = episodesAtOnce ?? plan.episodes;
    if (episodesAtOnce === undefined && episodes < CONCURRENCY) throw new Error(`bench: the session derived ${episodes} episodes at once from a config declaring ${CONCURRENCY}`);
    await createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'bench' }).run({
      scenarios: [benchScenario()],
      agents: [agent],
      user,
      judge: registry.judge(),
      seeds: Array.from({ length: conversations }, (_, i) => i + 1),
      concurrency: episodes,
      // As `usersim run` does without --concurrency: the plan's final stretch (the last episodes start together).
      finalStretch: episodesAtOnce === undefined && plan.finalStretch,
      outDir,
      provenance: session.provenance(),
    });
  } finally {
    session.close();
  }
  const wallMs = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const after = await stub.counts();
  return { wallMs, cpuMs, chat: after.chat - before.chat, modelLists: after.modelLists - before.modelLists, results: readFileSync(join(outDir, 'episodes.jsonl'), 'utf8'), episodes };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

type Timing = { wallMs: number; cpuMs: number };

/**
 * The floor: the same bodies sent with the `openai` client alone, `concurrency` at a time, with its
 * default fetch (Node's global one); given `fetch`, with that one instead.
 */
async function bareLoop(stub: LlmStub, bodies: readonly string[], concurrency: number, fetch?: typeof globalThis.fetch): Promise<Timing> {
  const client = new OpenAI({ apiKey: 'unused', baseURL: stub.baseURL, maxRetries: 0, logLevel: 'off', ...(fetch ? { fetch } : {}) });
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

/** The stub, a config file declaring its concurrency, and a full-size warm-up run, for `work`. */
async function withWarmStub<T>(conversations: number, work: (stub: LlmStub, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'usersim-bench-llm-'));
  const stub = await startLlmStub();
  try {
    writeFileSync(
      join(dir, 'usersim.config.yaml'),
      `models:\n  bench: { baseURL: "${stub.baseURL}", model: bench-model, concurrency: ${CONCURRENCY}, maxRetries: 0 }\n`,
    );
    // Warm-up (JIT, sockets, the world image), not counted: a run of the full size, since a short one left the
    // first timed run still compiling (the same 200 conversations took 7.5, 5.2 and 3.8 s in a row), while the
    // bare loop, timed after a usersim run, always starts warm.
    await usersimRun(stub, dir, conversations, 'off');
    return await work(stub, dir);
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ZeroRound {
  zero: RunFigures;
  bare: Timing;
  /** The bare loop with usersim's node:http fetch. */
  bareNode: Timing;
}

/** One latency-0 round: a --no-cache usersim run, then the bare loop over the bodies it sent, with each fetch. */
async function zeroRound(stub: LlmStub, dir: string, conversations: number): Promise<ZeroRound> {
  const expected = conversations * CALLS_PER_CONVERSATION;
  await stub.record(true);
  const zero = await usersimRun(stub, dir, conversations, 'off');
  await stub.record(false);
  if (zero.chat !== expected) throw new Error(`bench: expected ${expected} model calls, the stub saw ${zero.chat}`);
  const bodies = await stub.takeBodies();
  const bare = await bareLoop(stub, bodies, CONCURRENCY);
  const http = createHttpFetch();
  try {
    return { zero, bare, bareNode: await bareLoop(stub, bodies, CONCURRENCY, http.fetch) };
  } finally {
    http.close();
  }
}

/**
 * The latency-0 comparison alone (`npx tsx bench/llm.ts [conversations] --zero [rounds]`): the
 * same warm-up and rounds as in {@link benchLlm}, without the cache and 100 ms runs, each round's
 * figures beside the fastest, for A/B work on the request path.
 */
export async function benchLlmZero(conversations = 200, rounds = ROUNDS): Promise<{ rounds: ZeroRound[]; episodes: number }> {
  return withWarmStub(conversations, async (stub, dir) => {
    const all: ZeroRound[] = [];
    for (let round = 0; round < rounds; round++) all.push(await zeroRound(stub, dir, conversations));
    return { rounds: all, episodes: all[0]?.zero.episodes ?? 0 };
  });
}

/**
 * Runs the LLM workload with `conversations` conversations (200 in the
 * issue's workload; fewer for a quick look).
 */
export async function benchLlm(conversations = 200, slowLatencyMs = 100): Promise<LlmBench> {
  return withWarmStub(conversations, async (stub, dir) => {
    const expected = conversations * CALLS_PER_CONVERSATION;
    const zeros: RunFigures[] = [];
    const bares: Timing[] = [];
    const bareNodes: Timing[] = [];
    const colds: RunFigures[] = [];
    const warms: RunFigures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { zero, bare, bareNode } = await zeroRound(stub, dir, conversations);
      zeros.push(zero);
      bares.push(bare);
      bareNodes.push(bareNode);
      const cacheDir = join(dir, `cache-${round}`);
      colds.push(await usersimRun(stub, dir, conversations, { dir: cacheDir }));
      warms.push(await usersimRun(stub, dir, conversations, { dir: cacheDir }));
    }
    const [zero, bare, bareNode, cold, warm] = [fastest(zeros), fastest(bares), fastest(bareNodes), fastest(colds), fastest(warms)];

    await stub.setLatency(slowLatencyMs);
    const slowCache = { dir: join(dir, 'cache-slow') };
    const slow = await usersimRun(stub, dir, conversations, slowCache);
    const slowWarm = await usersimRun(stub, dir, conversations, slowCache);
    // Every conversation at once (`--concurrency <conversations>`): no tail of lone conversations at the end.
    const slowAll = await usersimRun(stub, dir, conversations, { dir: join(dir, 'cache-slow-all') }, conversations);
    await stub.setLatency(0);
    if (slow.chat !== expected) throw new Error(`bench: expected ${expected} model calls at ${slowLatencyMs} ms, the stub saw ${slow.chat}`);

    return {
      conversations,
      concurrency: CONCURRENCY,
      calls: expected,
      episodes: zero.episodes,
      zero: {
        wallMs: zero.wallMs,
        cpuMs: zero.cpuMs,
        conversationsPerSecond: conversations / (zero.wallMs / 1000),
        bareWallMs: bare.wallMs,
        bareCpuMs: bare.cpuMs,
        bareNodeWallMs: bareNode.wallMs,
        bareNodeCpuMs: bareNode.cpuMs,
      },
      slow: {
        latencyMs: slowLatencyMs,
        wallMs: slow.wallMs,
        boundMs: (expected * slowLatencyMs) / CONCURRENCY,
        conversationsPerSecond: conversations / (slow.wallMs / 1000),
        allAtOnceWallMs: slowAll.wallMs,
      },
      cached: {
        coldMs: cold.wallMs,
        warmMs: warm.wallMs,
        coldCpuMs: cold.cpuMs,
        warmCpuMs: warm.cpuMs,
        slowColdMs: slow.wallMs,
        slowWarmMs: slowWarm.wallMs,
        networkCalls: Math.max(...[...warms, slowWarm].map((w) => w.chat + w.modelLists)),
        // A cached re-run writes what its cold run wrote, and every run writes what the --no-cache run wrote.
        identical: [...colds, ...warms, slow, slowWarm, slowAll].every((r) => r.results === zero.results),
      },
    };
  });
}

/** The lines `npm run bench` prints for the LLM workload. */
export function formatLlmBench(b: LlmBench): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const c = b.cached;
  return [
    `LLM path (${b.conversations} conversations × 10 turns, LLM agent + LLM user, ${b.calls} calls, endpoint concurrency ${b.concurrency}, ${b.episodes} episodes at once, stub in its own process)`,
    `  latency 0: conversations/s   ${b.zero.conversationsPerSecond.toFixed(1)}  (wall ${s(b.zero.wallMs)}; bare openai loop ${s(b.zero.bareWallMs)}; usersim ÷ bare ${(b.zero.wallMs / b.zero.bareWallMs).toFixed(2)} wall, ${(b.zero.cpuMs / b.zero.bareCpuMs).toFixed(2)} CPU; target ≤ 1.3)`,
    `  latency 0, same transport    bare loop with usersim's node:http fetch ${s(b.zero.bareNodeWallMs)}; usersim ÷ it ${(b.zero.wallMs / b.zero.bareNodeWallMs).toFixed(2)} wall, ${(b.zero.cpuMs / b.zero.bareNodeCpuMs).toFixed(2)} CPU (usersim's own work)`,
    `  latency ${b.slow.latencyMs} ms: conversations/s ${b.slow.conversationsPerSecond.toFixed(1)}  (wall ${s(b.slow.wallMs)}; bound ${s(b.slow.boundMs)}; wall ÷ bound ${(b.slow.wallMs / b.slow.boundMs).toFixed(3)}, target ≤ 1.05)`,
    `  latency ${b.slow.latencyMs} ms, all ${b.conversations} at once  wall ${s(b.slow.allAtOnceWallMs)}; wall ÷ bound ${(b.slow.allAtOnceWallMs / b.slow.boundMs).toFixed(3)}  (--concurrency ${b.conversations}: no lone conversations at the end)`,
    `  cached re-run, latency 0     ${(c.coldMs / c.warmMs).toFixed(1)}× faster than cold (cold ${s(c.coldMs)}, cached ${s(c.warmMs)}; CPU ${(c.coldCpuMs / c.warmCpuMs).toFixed(1)}×; target ≥ 20×)`,
    `  cached re-run, ${b.slow.latencyMs} ms      ${(c.slowColdMs / c.slowWarmMs).toFixed(1)}× faster than cold (cold ${s(c.slowColdMs)}, cached ${s(c.slowWarmMs)}; target ≥ 20×)`,
    `  cached re-runs sent          ${c.networkCalls} network requests; results ${c.identical ? 'byte-identical' : 'DIFFERENT'} across all runs (target 0 requests)`,
  ];
}

/** The lines of {@link benchLlmZero}: every round, then the fastest of each side and their ratio. */
export function formatLlmZero(conversations: number, b: Awaited<ReturnType<typeof benchLlmZero>>): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines = b.rounds.map(
    ({ zero, bare, bareNode }, i) =>
      `  round ${i + 1}: usersim wall ${s(zero.wallMs)}, CPU ${s(zero.cpuMs)}; bare wall ${s(bare.wallMs)}, CPU ${s(bare.cpuMs)}; bare with node:http fetch wall ${s(bareNode.wallMs)}, CPU ${s(bareNode.cpuMs)}`,
  );
  const zero = fastest(b.rounds.map((r) => r.zero));
  const bare = fastest(b.rounds.map((r) => r.bare));
  const bareNode = fastest(b.rounds.map((r) => r.bareNode));
  const cpu = (xs: readonly { cpuMs: number }[]) => Math.min(...xs.map((x) => x.cpuMs));
  const [zeroCpu, bareCpu, bareNodeCpu] = [cpu(b.rounds.map((r) => r.zero)), cpu(b.rounds.map((r) => r.bare)), cpu(b.rounds.map((r) => r.bareNode))];
  return [
    `LLM path, latency 0 only (${conversations} conversations × 10 turns, ${conversations * CALLS_PER_CONVERSATION} calls, endpoint concurrency ${CONCURRENCY}, ${b.episodes} episodes at once)`,
    ...lines,
    `  fastest: usersim wall ${s(zero.wallMs)}, bare ${s(bare.wallMs)}, ratio ${(zero.wallMs / bare.wallMs).toFixed(2)}; least CPU: usersim ${s(zeroCpu)}, bare ${s(bareCpu)}, ratio ${(zeroCpu / bareCpu).toFixed(2)}`,
    `  same transport: bare with node:http fetch wall ${s(bareNode.wallMs)}, ratio ${(zero.wallMs / bareNode.wallMs).toFixed(2)}; least CPU ${s(bareNodeCpu)}, ratio ${(zeroCpu / bareNodeCpu).toFixed(2)}`,
  ];
}

// `npx tsx bench/llm.ts [conversations]` runs this workload alone; with `--zero [rounds]`, only its latency-0 comparison.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const zeroAt = process.argv.indexOf('--zero');
  const n = Number((zeroAt === 2 ? undefined : process.argv[2]) ?? process.env.BENCH_LLM_CONVERSATIONS ?? 200);
  if (zeroAt >= 0) {
    for (const line of formatLlmZero(n, await benchLlmZero(n, Number(process.argv[zeroAt + 1] ?? ROUNDS)))) console.log(line);
  } else {
    for (const line of formatLlmBench(await benchLlm(n))) console.log(line);
  }
}
