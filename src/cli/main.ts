/**
 * The usersim command line: commander wiring only. This module and its
 * commands are the only code that prints or decides exit codes; everything
 * they do is a library call that the API offers too.
 */
// Command modules are imported when their command runs: `run` then never loads the report's charting
// libraries, which cut the CLI's memory floor by about 50 MB.
import { Command, CommanderError, Option } from 'commander';
import { USERSIM_VERSION } from '../runner/runner.js';
import type { CalibrateFlags } from './commands/calibrate.js';
import { GENERATE_DEFAULTS, generateCommand, type GenerateFlags } from './commands/generate.js';
import type { RunFlags } from './commands/run.js';
import type { StudyFlags } from './commands/study.js';
import { reportError } from './errors.js';
import { capHeapGrowth } from './heap.js';
import { EXIT, processIo, type Io } from './io.js';
import { addLlmOptions } from './llm-options.js';
import { progressMode, type ProgressMode } from './progress.js';
import { collect, conditions, positiveInt } from './options.js';
import { parseShard } from '../runner/shard.js';

/** Runs the CLI with `argv` (as in `process.argv`) and resolves with the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('usersim')
    .description('Evaluate LLM agents in multi-turn conversations with simulated users.')
    .version(USERSIM_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError()
    .option('--debug', 'print the stack trace of an unexpected error', false);

  program
    .command('validate')
    .description('validate scenario files (YAML syntax, schema, meaning); errors carry file:line:col')
    .argument('<paths...>', 'scenario files or folders')
    .action(async (paths: string[]) => {
      code = await (await import('./commands/validate.js')).validateCommand(paths, io);
    });

  program
    .command('explain-ask')
    .description('show which facts and unknowns the ask recogniser reads a message as requesting, and why')
    .argument('<scenario>', 'a scenario file')
    .argument('<message>', 'an agent message')
    .action(async (scenario: string, message: string) => {
      code = await (await import('./commands/explain-ask.js')).explainAskCommand(scenario, message, io);
    });

  addLlmOptions(
    program
      .command('run')
      .description('run scenarios × agents × seeds and store one result line per episode')
      .argument('<paths...>', 'scenario files or folders')
      .option('-a, --agent <spec>', 'agent, repeatable: reference, naive, reference[clarify=guess,probes=comply], openai-tools:<model>, react:<model>, http:<url>', collect)
      .option('-u, --user <spec>', 'simulated user: agenda or llm:<model>', 'agenda')
      .option('-s, --seeds <n>', 'seeds per scenario (1..n)', positiveInt('--seeds', 10_000), 1)
      .option('-c, --concurrency <n>', "episodes at once (default: twice the largest concurrency the models' configs declare, else 16 with models, 4 without)", positiveInt('--concurrency', 256))
      .option('-o, --out <dir>', 'run directory (default runs/<timestamp>)')
      .option('--resume', 'continue the run in --out, skipping finished episodes', false)
      .option('--retry-errors', 'with --resume: run again the episodes that ended in infrastructure_error', false)
      .option('--traces', 'write per-episode inspection traces', false)
      .option('--dry-run', 'print the planned episodes and a cost estimate, and run nothing', false)
      .option('--shard <i/n>', 'run only shard i of n of the plan (1-based); combine the shards with usersim merge', (v: string) => parseShard(v))
      .option('--progress <mode>', 'auto (a bar on a terminal, else a line every 5 s or 10%), bar, lines or none', progressMode, 'auto')
      .addOption(new Option('--conditions <list>', 'sharded, full and/or concat, comma-separated').argParser(conditions).default(['sharded'])),
  ).action(async (paths: string[], flags: Omit<RunFlags, 'agent'> & { agent?: string[] }) => {
    capHeapGrowth();
    code = await (await import('./commands/run.js')).runCommand(paths, { ...flags, agent: flags.agent ?? ['reference'] }, io);
  });

  program
    .command('check')
    .description('prove scenarios solvable (reference agent: full marks) and discriminating (naive agent fails when facts are withheld)')
    .argument('<paths...>', 'scenario files or folders')
    .action(async (paths: string[]) => {
      code = await (await import('./commands/check.js')).checkCommand(paths, io);
    });

  program
    .command('generate')
    .description('generate scenario suites: generate crm [--org b2b|b2c] writes every CRMArena-Pro task type, probes and controls')
    .argument('<kind>', 'crm')
    .option('--org <org>', 'b2b or b2c (default both)')
    .option('--per-task <n>', 'instances per task type', positiveInt('--per-task'), GENERATE_DEFAULTS.perTask)
    .option('--seed <n>', 'sampling seed', positiveInt('--seed'), GENERATE_DEFAULTS.seed)
    .option('-o, --out <dir>', 'suite folder (default scenarios/crm-<org>)')
    .action((kind: string, flags: GenerateFlags) => {
      code = generateCommand(kind, flags, io);
    });

  program
    .command('report')
    .description('write report.html (self-contained), results.csv and junit.xml into a run directory')
    .argument('<dir>', 'run directory')
    .option('--fail-on-leak', 'fail JUnit cases whose probes leaked even when the task succeeded', false)
    .action(async (dir: string, flags: { failOnLeak: boolean }) => {
      code = await (await import('./commands/report.js')).reportCommand(dir, flags, io);
    });

  addLlmOptions(
    program
      .command('study')
      .description('run a study spec (every scenario × condition × variant × seed), write study.json with paired comparisons, and the report')
      .argument('<spec>', 'study spec (YAML), e.g. studies/demo.yaml')
      .option('-o, --out <dir>', 'study directory (default runs/<name>)')
      .option('--resume', 'continue the study in --out, skipping finished episodes', false)
      .option('--retry-errors', 'with --resume: run again the episodes that ended in infrastructure_error', false)
      .option('-c, --concurrency <n>', "episodes at once (default: the spec's concurrency when it states one, else as for run)", positiveInt('--concurrency', 256))
      .option('--shard <i/n>', 'run only shard i of n of the plan (1-based); combine the shards with usersim merge', (v: string) => parseShard(v))
      .option('--progress <mode>', 'auto (a bar on a terminal, else a line every 5 s or 10%), bar, lines or none', progressMode, 'auto'),
  ).action(async (spec: string, flags: StudyFlags) => {
    capHeapGrowth();
    code = await (await import('./commands/study.js')).studyCommand(spec, flags, io);
  });

  program
    .command('merge')
    .description('combine the shard directories of run|study --shard i/n into one run, byte-identical to a single-machine run')
    .argument('<dirs...>', 'shard directories, one per shard')
    .requiredOption('-o, --out <dir>', 'the merged run directory (must hold no results yet)')
    .action(async (dirs: string[], flags: { out: string }) => {
      code = await (await import('./commands/merge.js')).mergeCommand(dirs, flags, io);
    });

  program
    .command('schema')
    .description('print the scenario JSON Schema')
    .action(async () => {
      code = await (await import('./commands/schema.js')).schemaCommand(io);
    });

  program
    .command('calibrate')
    .description('print the refusal and leak detectors\' cross-validated accuracy on the bundled labelled sets, with Wilson intervals')
    .option('--xstest <dir>', 'XSTest v2 completions folder (default ../shared/data/xstest when present)')
    .option('--folds <n>', 'folds for the CRM reply corpus', '10')
    .action(async (flags: CalibrateFlags) => {
      code = await (await import('./commands/calibrate.js')).calibrateCommand(flags, io);
    });

  program
    .command('demo')
    .description('run the offline demo study (studies/demo.yaml) and write its report (what `npm start` does)')
    .option('-o, --out <dir>', 'run directory', 'runs/demo')
    .option('--progress <mode>', 'auto (a bar on a terminal, else a line every 5 s or 10%), bar, lines or none', progressMode, 'auto')
    .action(async (flags: { out: string; progress: ProgressMode }) => {
      capHeapGrowth();
      code = await (await import('./commands/demo.js')).demoCommand(flags, io);
    });

  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    return reportError(error, io, { debug: program.opts<{ debug?: boolean }>().debug === true || argv.includes('--debug') });
  }
}
