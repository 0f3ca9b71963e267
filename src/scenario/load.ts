/**
 * Reads scenario YAML into validated `Scenario`s, or fails with every problem
 * at once. Each problem is an `Issue` pointing at the node to fix:
 * `scenarios/x.yaml:7:11 user.facts[1].disclose: expected one of volunteer,
 * on_request, never (got "sometimes")`. Three layers run in order, and a file
 * stops at the first that fails, since later layers need the earlier ones'
 * output: YAML syntax (`E_SCENARIO_YAML`), the schema (`E_SCENARIO_INVALID`)
 * and the meaning lints (`E_SCENARIO_LINT`). Loading many files collects the
 * issues of all of them before throwing, so one run of `usersim validate`
 * shows the whole list.
 */
import { readFileSync } from 'node:fs';
import { scenarioText } from './text-checks.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, isCollection, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { ErrorCode, Issue } from '../errors.js';
import { UsersimError, formatIssue } from '../errors.js';
import { sha256 } from '../util/hash.js';
import { findScenarioFiles } from './find-scenario-files.js';
import { lintScenario } from './lint.js';
import type { LintOptions } from './lint.js';
import { createLocator } from './locator.js';
import type { Locator } from './locator.js';
import { formatPath } from './problem.js';
import type { ScenarioProblem } from './problem.js';
import { schemaProblems } from './schema-problems.js';
import { ScenarioSchema } from './schema.js';
import { resolveWorldRef } from './world-ref.js';
import { applyExtends, sourceOf, type ScenarioSource } from './extends.js';
import type { LoadedScenario } from './schema.js';

/** How scenarios are loaded. */
export interface LoadOptions extends LintOptions {
  /** Directory that `file` names are made relative to (default: the working directory). */
  cwd?: string;
  /** Run the meaning lints after schema validation (default true). */
  lint?: boolean;
}

interface Analysis {
  loaded?: LoadedScenario;
  issues: Issue[];
  code?: ErrorCode;
  locate?: Locator;
}

/** Worst first: a file that does not parse cannot be validated, nor an invalid one linted. */
const severity: ErrorCode[] = ['E_SCENARIO_YAML', 'E_SCENARIO_INVALID', 'E_SCENARIO_LINT'];

/**
 * Loads one scenario from YAML text; `file` is the name used in issues.
 * Throws a `UsersimError` whose `issues` list every problem found.
 *
 * @example loadScenarioText(text, 'scenarios/demo/refund.yaml', { toolsFor: () => ['sql'] })
 */
export function loadScenarioText(text: string, file: string, options: LoadOptions = {}): LoadedScenario {
  const analysis = analyse(text, file, options);
  if (analysis.loaded === undefined || analysis.issues.length > 0) throw collected([analysis]);
  return analysis.loaded;
}

/** Loads one scenario file. Throws `E_IO` when it cannot be read, otherwise as `loadScenarioText`. */
export function loadScenarioFile(path: string, options: LoadOptions = {}): LoadedScenario {
  return loadScenarioText(read(path, options), displayPath(path, options.cwd), options);
}

/**
 * Loads every scenario named by `paths` (files, or directories searched
 * recursively for `*.yaml`/`*.yml` in sorted order). All files are checked
 * before anything is thrown, and two files sharing a scenario id is an issue
 * too, since ids key results and resumes.
 */
export function loadScenarios(paths: readonly string[], options: LoadOptions = {}): LoadedScenario[] {
  const analyses = findScenarioFiles(paths).map((path) => analyse(read(path, options), displayPath(path, options.cwd), options));
  const firstFile = new Map<string, string>();
  for (const analysis of analyses) {
    const loaded = analysis.loaded;
    if (loaded === undefined || analysis.locate === undefined) continue;
    const other = firstFile.get(loaded.scenario.id);
    if (other === undefined) {
      firstFile.set(loaded.scenario.id, loaded.file);
      continue;
    }
    const problem = { path: ['id'], message: `duplicate scenario id "${loaded.scenario.id}" (also in ${other})` };
    analysis.issues.push(toIssue(problem, loaded.file, analysis.locate));
    analysis.code ??= 'E_SCENARIO_LINT';
  }
  if (analyses.some((a) => a.issues.length > 0)) throw collected(analyses);
  return analyses.map((a) => a.loaded).filter((l): l is LoadedScenario => l !== undefined);
}

function analyse(text: string, file: string, options: LoadOptions): Analysis {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locate = createLocator(doc, lineCounter);
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    // The yaml package may report a badly indented line at its first column; the eye looks for its first token.
    let offset = syntax.pos[0];
    while (text[offset] === ' ') offset++;
    const { line, col } = lineCounter.linePos(offset);
    return { issues: [{ file, line, column: col, path: '', message: yamlMessage(syntax, text) }], code: 'E_SCENARIO_YAML' };
  }
  const unconvertible = unconvertibleNode(doc);
  if (unconvertible !== undefined) {
    const { line, col } = lineCounter.linePos(unconvertible.node.range?.[0] ?? 0);
    return { issues: [{ file, line, column: col, path: '', message: unconvertible.message }], code: 'E_SCENARIO_YAML' };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases expand only here; a runaway alias (a "billion laughs" document) is refused by the yaml package.
    const message = error instanceof Error ? error.message : String(error);
    return { issues: [{ file, line: 1, column: 1, path: '', message: lowerFirst(message) }], code: 'E_SCENARIO_YAML' };
  }
  if (doc.contents === null) {
    return { issues: [{ file, line: 1, column: 1, path: '', message: 'empty file: expected a scenario mapping' }], code: 'E_SCENARIO_INVALID' };
  }
  let sources: ScenarioSource[] = [{ file, data, locate }];
  if (isRecord(data) && 'extends' in data) {
    const extended = applyExtends(data, { file, data, locate }, options.cwd);
    if ('issues' in extended) return { issues: extended.issues, code: 'E_SCENARIO_INVALID', locate };
    data = extended.data;
    sources = extended.sources;
  }
  // With extends:, a problem is reported in the file that wrote the key.
  const place = (p: ScenarioProblem): Issue => {
    const source = sourceOf(sources, p.path);
    return toIssue(p, source.file, source.locate);
  };
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error.issues, data, ScenarioSchema);
    return { issues: sorted(problems.map(place)), code: 'E_SCENARIO_INVALID', locate };
  }
  // The hash is of the scenario as written, so moving a suite with its world does not change it.
  const scenario = { ...parsed.data, world: resolveWorldRef(parsed.data.world, sourceOf(sources, ['world']).file, options.cwd) };
  const loaded: LoadedScenario = { scenario, file, hash: sha256(parsed.data) };
  const lint = options.lint === false ? [] : lintScenario(scenario, options);
  const issues = sorted(lint.map(place));
  return issues.length > 0 ? { loaded, issues, code: 'E_SCENARIO_LINT', locate } : { loaded, issues, locate };
}

/**
 * The first node that parses but cannot become plain data: an alias with no
 * earlier anchor, or a list or mapping used as a key. The yaml package only
 * notices these while converting, and then throws or warns on stderr.
 */
function unconvertibleNode(doc: Document): { node: Node; message: string } | undefined {
  let found: { node: Node; message: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = { node, message: `undefined alias "*${node.source}" (an anchor "&${node.source}" must come before it)` };
      return visit.BREAK;
    },
    Scalar(_, node) {
      if (node.tag !== 'tag:yaml.org,2002:binary') return undefined;
      found = { node, message: 'binary values (!!binary) are not supported: write the value as text' };
      return visit.BREAK;
    },
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      found = { node: pair.key, message: 'a key must be a plain value, not a list or mapping' };
      return visit.BREAK;
    },
  });
  return found;
}

function toIssue(problem: ScenarioProblem, file: string, locate: Locator): Issue {
  const { line, column } = locate(problem.path, problem.key);
  return { file, line, column, path: formatPath(problem.path), message: problem.message };
}

/** By file, then position, so a file's issues read top to bottom; stable for ties. */
function sorted(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collected(analyses: readonly Analysis[]): UsersimError {
  const issues = analyses.flatMap((a) => a.issues);
  const codes = analyses.flatMap((a) => (a.code === undefined ? [] : [a.code]));
  const code = severity.find((c) => codes.includes(c)) ?? 'E_SCENARIO_INVALID';
  return new UsersimError(code, issues.map(formatIssue).join('\n'), { issues });
}

function yamlMessage(error: YAMLError, text: string): string {
  if (error.code === 'DUPLICATE_KEY') return `duplicate key "${keyAt(text, error.pos[0])}"`;
  if (error.code === 'MULTIPLE_DOCS') return 'a scenario file holds one YAML document (found a second "---")';
  return lowerFirst(error.message);
}

/** The key text starting at `offset`, for naming a duplicate key. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset).split(/\r?\n/, 1)[0] ?? '';
  const colon = line.search(/\s*:(\s|$)/);
  return (colon === -1 ? line : line.slice(0, colon)).replace(/^["']|["']$/g, '');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function read(path: string, options: LoadOptions = {}): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsersimError('E_IO', `cannot read scenario file "${path}": ${message}`, { cause: error });
  }
  return scenarioText(bytes, displayPath(path, options.cwd));
}

/** Relative to `cwd` when the file is beneath it, so issues stay short and machine-independent. */
function displayPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(path);
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}
