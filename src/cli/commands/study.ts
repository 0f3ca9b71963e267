/**
 * `usersim study <spec>`: runs every cell of a study spec into one run
 * directory (default `runs/<name>`), prints the per-variant summary, MTD and
 * the paired comparisons, then writes the report (report.html, results.csv,
 * junit.xml) and says where it is. LLM agents, users and judges resolve
 * through an LLM session opened with the shared LLM flags (`--config`,
 * `--base-url`, cache), so the same spec runs offline actors and models
 * alike; `--judge` and `--max-cost` override the spec's `judge` and
 * `budget.max_cost_usd`. Ctrl-C stops scheduling; `--resume` continues.
 */
import { writeReport } from '../../report/write-report.js';
import { runStudy } from '../../studies/run-study.js';
import { loadStudySpec } from '../../studies/spec.js';
import { renderStudyComparisons, renderStudyMtd, renderStudySummary } from '../../report/study-tables.js';
import type { Shard } from '../../runner/shard.js';
import { EXIT, type Io } from '../io.js';
import { openLlmSession, renderUsage, type LlmFlags } from '../llm-options.js';
import { llmRunHooks } from '../../registry/llm-kinds.js';
import { describeConcurrency } from '../../llm/concurrency-plan.js';
import { createProgress, spendOf, type ProgressMode } from '../progress.js';

export interface StudyFlags extends LlmFlags {
  out?: string;
  resume: boolean;
  retryErrors?: boolean;
  concurrency?: number;
  progress?: ProgressMode;
  /** `--shard i/n`: run only this slice of the study's plan. */
  shard?: Shard;
}

export async function studyCommand(specPath: string, flags: StudyFlags, io: Io): Promise<number> {
  const study = loadStudySpec(specPath);
  const { spec } = study;
  const outDir = flags.out ?? `runs/${spec.name}`;
  const seeds = typeof spec.seeds === 'number' ? `${spec.seeds} seeds` : `seeds ${spec.seeds.join(', ')}`;
  io.out(
    `usersim study "${spec.name}" (${study.file}): ${spec.agents.length} variants × ${spec.conditions.join('/')} × ${seeds}, user ${spec.user}, judge ${flags.judge ?? spec.judge ?? 'deterministic'}`,
  );
  const maxCost = flags.maxCost ?? spec.budget?.max_cost_usd;
  const { session: llm, registry } = openLlmSession({ ...flags, ...(maxCost === undefined ? {} : { maxCost }) });
  const progress = createProgress(io.stderr, { mode: flags.progress ?? 'auto', spent: spendOf(llm) });
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const outcome = await runStudy(study, {
      outDir,
      resume: flags.resume,
      ...(flags.retryErrors ? { retryErrors: true } : {}),
      ...(flags.concurrency === undefined ? {} : { concurrency: flags.concurrency }),
      ...(flags.judge === undefined ? {} : { judge: flags.judge }),
      ...(flags.asks === undefined ? {} : { asks: flags.asks }),
      ...(flags.shard ? { shard: flags.shard } : {}),
      registry,
      llm: llmRunHooks(registry, llm),
      onPlan: (plan) => io.out(describeConcurrency(plan)),
      onProgress: (p) => progress.update(p),
      signal: controller.signal,
    });
    progress.done();
    const { result, run } = outcome;
    if (flags.shard) {
      // A shard's metrics would describe a slice: the study's figures come from usersim merge.
      io.out(`\nshard ${flags.shard.index}/${flags.shard.count}: ${run.ran} episodes run${run.skipped ? `, ${run.skipped} already done` : ''}, ${run.planned} in this shard, stored in ${outDir}/episodes.jsonl`);
      io.out('combine the shards with usersim merge <dirs…> --out <dir>; it computes the study and writes the report');
      if (run.stopped) io.out(`scheduling stopped: ${run.stopped}; continue with --resume`);
      if (controller.signal.aborted) {
        io.err('interrupted: finished episodes are saved; continue with --resume');
        return EXIT.failed;
      }
      return EXIT.ok;
    }
    io.out(`\n${renderStudySummary(result)}`);
    const mtd = renderStudyMtd(result);
    if (mtd) io.out(`\nmulti-turn degradation (1 − TS sharded / TS full):\n${mtd}`);
    const comparisons = renderStudyComparisons(result);
    if (comparisons) io.out(`\npaired comparisons (variant − baseline):\n${comparisons}`);
    for (const note of result.notes) io.out(`note: ${note}`);
    io.out(
      `\n${run.ran} episodes run${run.skipped ? `, ${run.skipped} already done` : ''}, ${result.episodes.stored}/${result.episodes.planned} stored in ${outDir}/episodes.jsonl`,
    );
    const usage = renderUsage(llm.usage(), llm.budget());
    if (usage) io.out(usage);
    if (run.stopped) io.out(`scheduling stopped: ${run.stopped}; continue with --resume`);
    if (controller.signal.aborted) {
      io.err('interrupted: finished episodes are saved; continue with --resume');
      return EXIT.failed;
    }
    const written = await writeReport(outDir);
    io.out(`study:  ${outcome.studyFile}\nreport: ${written.html}  (open it in a browser; it works offline)\ncsv:    ${written.csv}\njunit:  ${written.junit}`);
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    llm.close();
  }
}
