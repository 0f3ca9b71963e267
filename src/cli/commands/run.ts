/**
 * `usersim run <paths…>`: plan and run episodes, append results to
 * `<out>/episodes.jsonl`, show progress on a terminal and a summary at the end.
 * Ctrl-C stops scheduling and cancels in-flight episodes; `--resume` picks up
 * where a stopped or killed run left off. `--dry-run` prints the plan and a
 * cost estimate without running anything.
 */
import { llmAgentName, parseLlmAgentSpec } from '../../agents/llm-agent-name.js';
import { renderSummaryTable } from '../../report/summary-table.js';
import { summarizeRun } from '../../report/summary.js';
import { renderTable } from '../../report/terminal-table.js';
import { defaultSeeds, planEpisodes } from '../../runner/plan.js';
import type { Condition } from '../../runner/result.js';
import { shardSlice, type Shard } from '../../runner/shard.js';
import { createRunner } from '../../runner/runner.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { loadScenarios } from '../../scenario/load.js';
import { estimateRunCost } from '../../runner/estimate-plan.js';
import type { Registry } from '../../registry/registry.js';
import { llmProvenance } from '../../registry/llm-kinds.js';
import { systemClock } from '../../util/clock.js';
import { EXIT, type Io } from '../io.js';
import { describeConcurrency } from '../../llm/concurrency-plan.js';
import { openLlmSession, renderUsage, type LlmFlags } from '../llm-options.js';
import { createProgress, spendOf, type ProgressMode } from '../progress.js';

export interface RunFlags extends LlmFlags {
  agent: string[];
  user: string;
  seeds: number;
  /** Episodes at once; without it, derived from the model configs (see `planConcurrency`). */
  concurrency?: number;
  out?: string;
  resume: boolean;
  retryErrors?: boolean;
  traces: boolean;
  conditions: Condition[];
  dryRun?: boolean;
  progress?: ProgressMode;
  /** `--shard i/n`: run only this slice of the plan. */
  shard?: Shard;
}

/** A fresh run directory name from the wall clock (only the CLI reads it). */
export function defaultOutDir(): string {
  return `runs/${new Date(systemClock.now()).toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19)}`;
}

export async function runCommand(paths: string[], flags: RunFlags, io: Io): Promise<number> {
  const { session, registry } = openLlmSession(flags);
  try {
    const worlds = worldEnvironments({ registry });
    const scenarios = loadScenarios(paths, worlds);
    // A dry run makes no requests, so it must not build clients that insist on a key.
    if (flags.dryRun) return dryRun(session, scenarios, flags, [...new Set(flags.agent.map((spec) => variantName(spec, registry)))], flags.user, worlds, io);
    const agents = [...new Set(flags.agent)].map((spec) => registry.agent(spec));
    const user = registry.user(flags.user);
    const judge = registry.judge(flags.judge);
    const asks = registry.asks(flags.asks);
    const seeds = defaultSeeds(flags.seeds);
    await session.preflight();
    const concurrency = session.concurrency(flags.concurrency);
    io.out(describeConcurrency(concurrency));

    const outDir = flags.out ?? defaultOutDir();
    const progress = createProgress(io.stderr, { mode: flags.progress ?? 'auto', spent: spendOf(session) });
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once('SIGINT', onSignal);
    try {
      const outcome = await createRunner({ environmentFor: worlds.environmentFor }).run({
        scenarios,
        agents,
        user,
        ...(asks ? { asks } : {}),
        judge,
        seeds,
        conditions: flags.conditions,
        concurrency: concurrency.episodes,
        finalStretch: concurrency.finalStretch,
        outDir,
        resume: flags.resume,
        traces: flags.traces,
        onProgress: (p) => progress.update(p),
        shouldSchedule: () => session.shouldSchedule(),
        provenance: llmProvenance(registry, session),
        usage: () => session.usage(),
        retryErrors: flags.retryErrors ?? false,
        ...(flags.shard ? { shard: flags.shard } : {}),
        signal: controller.signal,
      });
      progress.done();
      const summary = summarizeRun(outDir);
      io.out(renderSummaryTable(summary.rows));
      const usage = renderUsage(session.usage(), session.budget());
      if (usage) io.out(usage);
      const slice = flags.shard ? ` (shard ${flags.shard.index}/${flags.shard.count}; combine the shards with usersim merge)` : '';
      io.out(`\n${outcome.ran} episodes run${outcome.skipped ? `, ${outcome.skipped} already done` : ''}, ${summary.stored}/${outcome.planned} stored in ${outDir}/episodes.jsonl${slice}`);
      if (outcome.stopped) io.out(`scheduling stopped: ${outcome.stopped} (continue later with --resume)`);
      if (controller.signal.aborted) {
        io.err('interrupted: finished episodes are saved; continue with --resume');
        return EXIT.failed;
      }
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
    }
  } finally {
    session.close();
  }
}

/** The canonical variant name of a spec, without building a model client. */
function variantName(spec: string, registry: Registry): string {
  const llm = parseLlmAgentSpec(spec);
  return llm ? llmAgentName(llm) : registry.agent(spec).name;
}

function dryRun(
  session: ReturnType<typeof openLlmSession>['session'],
  scenarios: ReturnType<typeof loadScenarios>,
  flags: RunFlags,
  agents: string[],
  user: string,
  worlds: ReturnType<typeof worldEnvironments>,
  io: Io,
): number {
  const seeds = defaultSeeds(flags.seeds);
  const whole = planEpisodes({ scenarios, conditions: flags.conditions, agents, user, seeds });
  const plan = shardSlice(whole, flags.shard);
  const perAgent = agents.map((a) => [a, plan.filter((p) => p.agent === a).length] as const);
  const slice = flags.shard ? ` (shard ${flags.shard.index}/${flags.shard.count}: ${plan.length} of ${whole.length})` : '';
  io.out(`${whole.length} episodes planned: ${scenarios.length} scenarios × ${flags.conditions.length} conditions × ${agents.length} agents × ${seeds.length} seeds, user ${user}${slice}`);
  io.out(renderTable(['agent', 'episodes'], perAgent.map(([a, n]) => [a, n])));
  const shown = plan.slice(0, 20).map((p) => `  ${p.key}`);
  io.out(`\n${shown.join('\n')}${plan.length > shown.length ? `\n  … and ${plan.length - shown.length} more` : ''}`);
  const estimate = estimateRunCost(session, {
    scenarios,
    agents,
    user,
    judge: flags.judge,
    asks: flags.asks,
    seeds,
    conditions: flags.conditions,
    tools: (scenario) => {
      const env = worlds.environmentFor(scenario);
      try {
        return env.tools();
      } finally {
        env.close();
      }
    },
  });
  io.out(
    `\ncost estimate\n${renderTable(
      ['role', 'requests', 'input tokens', 'output tokens', 'cost $'],
      (['agent', 'user', 'judge'] as const).map((r) => [r, estimate.byRole[r].requests, estimate.byRole[r].inputTokens, estimate.byRole[r].outputTokens, estimate.byRole[r].costUsd.toFixed(4)]),
    )}\ntotal ≈ $${estimate.totalCostUsd.toFixed(4)}${estimate.unpriced.length ? ` (no prices configured for: ${estimate.unpriced.join(', ')})` : ''}`,
  );
  io.out(`assumptions:\n${estimate.assumptions.map((a) => `  - ${a}`).join('\n')}`);
  return EXIT.ok;
}
