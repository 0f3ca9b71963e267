/**
 * `usersim run <paths…>`: plan and run episodes, append results to
 * `<out>/episodes.jsonl`, show progress on a terminal and a summary at the end.
 * Ctrl-C stops scheduling and cancels in-flight episodes; `--resume` picks up
 * where a stopped or killed run left off.
 */
import { agentVariant } from '../../agents/variants.js';
import { createDeterministicJudge } from '../../judge/deterministic.js';
import { renderSummaryTable } from '../../report/summary-table.js';
import { summarize } from '../../report/summary.js';
import { defaultSeeds } from '../../runner/plan.js';
import type { Condition } from '../../runner/result.js';
import { readResults } from '../../runner/results-store.js';
import { createRunner } from '../../runner/runner.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { loadScenarios } from '../../scenario/load.js';
import { userVariant } from '../../simulated-user/variants.js';
import { systemClock } from '../../util/clock.js';
import { EXIT, type Io } from '../io.js';
import { createProgressBar } from '../progress.js';

export interface RunFlags {
  agent: string[];
  user: string;
  seeds: number;
  concurrency: number;
  out?: string;
  resume: boolean;
  traces: boolean;
  conditions: Condition[];
}

/** A fresh run directory name from the wall clock (only the CLI reads it). */
export function defaultOutDir(): string {
  return `runs/${new Date(systemClock.now()).toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19)}`;
}

export async function runCommand(paths: string[], flags: RunFlags, io: Io): Promise<number> {
  const worlds = worldEnvironments();
  const scenarios = loadScenarios(paths, { toolsFor: worlds.toolsFor });
  const agents = [...new Set(flags.agent)].map(agentVariant);
  const outDir = flags.out ?? defaultOutDir();
  const progress = createProgressBar(io.stderr);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const outcome = await createRunner({ environmentFor: worlds.environmentFor }).run({
      scenarios,
      agents,
      user: userVariant(flags.user),
      judge: createDeterministicJudge(),
      seeds: defaultSeeds(flags.seeds),
      conditions: flags.conditions,
      concurrency: flags.concurrency,
      outDir,
      resume: flags.resume,
      traces: flags.traces,
      onProgress: (p) => progress.update(p),
      signal: controller.signal,
    });
    progress.done();
    const results = readResults(outDir);
    io.out(renderSummaryTable(summarize(results)));
    io.out(
      `\n${outcome.ran.length} episodes run${outcome.skipped ? `, ${outcome.skipped} already done` : ''}, ${results.length}/${outcome.planned} stored in ${outDir}/episodes.jsonl`,
    );
    if (outcome.stopped) io.out(`scheduling stopped: ${outcome.stopped}`);
    if (controller.signal.aborted) {
      io.err('interrupted: finished episodes are saved; continue with --resume');
      return EXIT.failed;
    }
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
  }
}
