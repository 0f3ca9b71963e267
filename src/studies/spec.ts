/**
 * Reads a study spec (YAML) into a validated `StudySpec`, or fails with every
 * problem at once, each pointing at the node to fix, as scenarios do:
 * `studies/x.yaml:7:11 agents[1].agent: unknown knob "clarify=gues" …`.
 * Beyond the schema it checks what a study needs to mean something: each
 * `scenarios:` entry matches at least one file, names are unique, two
 * variants are not the same agent under two names, and comparisons name
 * declared variants. All problems are `E_CONFIG` (`E_IO` when the file cannot
 * be read), so the CLI exits 2.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseLlmAgentSpec, llmAgentName } from '../agents/llm-agent-name.js';
import { parseReferenceAgentName, referenceAgentName } from '../agents/reference-name.js';
import { UsersimError, formatIssue, type Issue } from '../errors.js';
import { didYouMean } from '../scenario/did-you-mean.js';
import { createLocator } from '../scenario/locator.js';
import { formatPath, type ScenarioProblem } from '../scenario/problem.js';
import { schemaProblems } from '../scenario/schema-problems.js';
import { sha256 } from '../util/hash.js';
import { expandScenarioEntry, isGlob } from './scenario-glob.js';
import { StudySpecSchema, type StudySpec } from './spec-schema.js';

/** A study spec read from a file, with what running it needs. */
export interface LoadedStudySpec {
  spec: StudySpec;
  /** The spec file, relative to the working directory when beneath it. */
  file: string;
  /** The absolute folder the spec's scenario entries are relative to. */
  dir: string;
  /** Every scenario file or folder the entries name, absolute, each once, in entry order. */
  scenarioPaths: string[];
  /** sha256 of the validated spec: changes whenever its meaning does. */
  hash: string;
  /**
   * Whether the file states `concurrency`. When it does not, `spec.concurrency`
   * holds the schema's default and a run with an LLM session derives the
   * number from the model endpoints instead, as `usersim run` does.
   */
  concurrencyStated: boolean;
}

/** Options of `loadStudySpecText`. */
export interface StudySpecTextOptions {
  /** Folder that scenario entries are relative to (default: the working directory). */
  baseDir?: string;
}

/**
 * Loads a study spec file.
 *
 * @example
 * const study = loadStudySpec('studies/demo.yaml');
 * study.spec.agents.map((a) => a.name); // ['ask-needed', 'guess', …]
 */
export function loadStudySpec(path: string, options: { cwd?: string } = {}): LoadedStudySpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsersimError('E_IO', `cannot read study spec "${path}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return loadStudySpecText(text, displayPath(path, options.cwd), { baseDir: dirname(resolve(path)) });
}

/** Loads a study spec from YAML text; `file` is the name used in issues. */
export function loadStudySpecText(text: string, file: string, options: StudySpecTextOptions = {}): LoadedStudySpec {
  const dir = resolve(options.baseDir ?? '.');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    let offset = syntax.pos[0];
    while (text[offset] === ' ') offset++;
    const { line, col } = lineCounter.linePos(offset);
    const message = syntax.code === 'DUPLICATE_KEY' ? 'duplicate key' : syntax.message.split('\n')[0] ?? 'invalid YAML';
    fail([{ file, line, column: col, path: '', message: lowerFirst(message) }]);
  }
  if (doc.contents === null) fail([{ file, line: 1, column: 1, path: '', message: 'empty file: expected a study mapping' }]);
  const locate = createLocator(doc, lineCounter);
  const toIssue = (p: ScenarioProblem): Issue => ({ file, ...locate(p.path, p.key), path: formatPath(p.path), message: p.message });

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    fail([{ file, line: 1, column: 1, path: '', message: lowerFirst(error instanceof Error ? error.message : String(error)) }]);
  }
  const parsed = StudySpecSchema.safeParse(data);
  if (!parsed.success) fail(sorted(schemaProblems(parsed.error.issues, data, StudySpecSchema).map(toIssue)));
  const spec = parsed.data;
  const expanded = spec.scenarios.map((entry) => expandScenarioEntry(entry, dir));
  const problems = [...scenarioProblems(spec, expanded), ...uniquenessProblems(spec), ...agentProblems(spec), ...comparisonProblems(spec)];
  if (problems.length > 0) fail(sorted(problems.map(toIssue)));
  const concurrencyStated = typeof data === 'object' && data !== null && 'concurrency' in data;
  return { spec, file, dir, scenarioPaths: [...new Set(expanded.flat())], hash: sha256(spec), concurrencyStated };
}

function scenarioProblems(spec: StudySpec, expanded: readonly string[][]): ScenarioProblem[] {
  return spec.scenarios.flatMap((entry, i) =>
    (expanded[i] ?? []).length > 0
      ? []
      : [{ path: ['scenarios', i], message: isGlob(entry) ? `"${entry}" matches no scenario files (*.yaml, *.yml)` : `no such file or folder "${entry}"` }],
  );
}

/** Items repeated in a list, reported at their second and later occurrences. */
function repeats<T>(items: readonly T[], path: (i: number) => (string | number)[], what: (item: T, first: number) => string): ScenarioProblem[] {
  const seen = new Map<string, number>();
  const out: ScenarioProblem[] = [];
  items.forEach((item, i) => {
    const key = JSON.stringify(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push({ path: path(i), message: what(item, first) });
  });
  return out;
}

function uniquenessProblems(spec: StudySpec): ScenarioProblem[] {
  return [
    ...repeats(spec.conditions, (i) => ['conditions', i], (c) => `duplicate condition "${c}"`),
    ...(Array.isArray(spec.seeds) ? repeats(spec.seeds, (i) => ['seeds', i], (s) => `duplicate seed ${s}`) : []),
    ...repeats(spec.agents.map((a) => a.name), (i) => ['agents', i, 'name'], (n, first) => `duplicate variant name "${n}" (also agents[${first}])`),
  ];
}

/**
 * Agent specs of the built-in and LLM kinds are parsed here, so a bad knob is
 * reported at its line; two variants naming the same agent (after
 * canonicalisation) would be the same episodes under two labels. Specs of
 * other kinds are left to the run's registry (`registry.agent`) at run time.
 */
function agentProblems(spec: StudySpec): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const canonical = new Map<string, number>();
  spec.agents.forEach((variant, i) => {
    let name: string | undefined;
    try {
      const reference = parseReferenceAgentName(variant.agent);
      const llm = reference ? undefined : parseLlmAgentSpec(variant.agent);
      name = reference ? referenceAgentName(reference.knobs, reference.base) : llm ? llmAgentName(llm) : variant.agent;
    } catch (error) {
      out.push({ path: ['agents', i, 'agent'], message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const first = canonical.get(name);
    if (first === undefined) canonical.set(name, i);
    else out.push({ path: ['agents', i, 'agent'], message: `agents[${first}] already runs "${name}"; one agent under two names would run the same episodes twice` });
  });
  return out;
}

function comparisonProblems(spec: StudySpec): ScenarioProblem[] {
  const names = spec.agents.map((a) => a.name);
  const out: ScenarioProblem[] = [];
  (spec.comparisons ?? []).forEach((c, i) => {
    for (const side of ['baseline', 'variant'] as const) {
      if (names.includes(c[side])) continue;
      const suggestion = didYouMean(c[side], names);
      out.push({ path: ['comparisons', i, side], message: `no variant named "${c[side]}"${suggestion ? ` (did you mean "${suggestion}"?)` : ` (variants: ${names.join(', ')})`}` });
    }
    if (c.baseline === c.variant) out.push({ path: ['comparisons', i], message: `compares "${c.baseline}" with itself` });
  });
  out.push(...repeats(spec.comparisons ?? [], (i) => ['comparisons', i], (c, first) => `duplicate comparison of "${c.variant}" with "${c.baseline}" (also comparisons[${first}])`));
  return out;
}

function fail(issues: Issue[]): never {
  throw new UsersimError('E_CONFIG', issues.map(formatIssue).join('\n'), { issues });
}

function sorted(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text;
}

function displayPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(path);
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}
