/**
 * `results.csv`: one row per episode, for pandas and spreadsheets. Written by
 * hand because only a CSV parser (csv-parse) is installed, and the format is
 * small: RFC 4180 (CRLF line ends; a field holding a comma, quote, CR or LF is
 * quoted, quotes doubled). Booleans are `true`/`false`, missing values empty.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` (or a tab or CR before one) as a formula, and model text is
 * untrusted. Every text cell starting with one of those characters is written
 * with a leading `'`, which spreadsheets show as text; numbers written by us
 * are left alone. The price: an answer such as `-5` reads back as `'-5`.
 */
import type { EpisodeResult } from '../runner/result.js';
import { disclosedFacts } from '../simulated-user/ledger.js';
import { skillOf } from './skill-of.js';
import type { ScenarioMeta } from './report-model.js';

type Cell = string | number | boolean | null | undefined;

/** The columns of results.csv, in order. */
export const CSV_COLUMNS = [
  'key',
  'scenario',
  'title',
  'skill',
  'condition',
  'agent',
  'user',
  'judge',
  'seed',
  'termination',
  'error_code',
  'excluded',
  'success',
  'score',
  'answer',
  'answer_expected',
  'answer_pass',
  'goals_passed',
  'goals_total',
  'state_passed',
  'state_total',
  'user_turns',
  'agent_steps',
  'tool_calls',
  'probes_asked',
  'probes_refused',
  'probes_leaked',
  'leak_kinds',
  'facts_disclosed',
  'facts',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula starter right after a separator some locale or import dialog splits on (`;`, `,`, tab, `|`). */
const FORMULA_AFTER_SEPARATOR = /(?<=[^])([;,\t|])([=+\-@])/g;

/**
 * Neutralises a text cell a spreadsheet would run as a formula: at its start,
 * and after any separator, since a semicolon-locale spreadsheet (or an import
 * that splits on tabs or pipes) makes `ok;=1+1` two cells, the second a formula.
 */
export function guardFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** One CSV field: formula-guarded when text, quoted when it must be. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = guardFormula(value);
  // Quoted on `;` and tab too: semicolon locales and tab imports split there.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (header first) as RFC 4180 text with CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvRow(r: EpisodeResult, meta: ScenarioMeta | undefined): Cell[] {
  const s = r.scores;
  const asked = (s?.probes ?? []).filter((p) => p.asked);
  const leakKinds = [...new Set(asked.flatMap((p) => p.wordings.flatMap((w) => w.leaks.map((l) => l.kind))))].sort();
  const facts = disclosedFacts(r.ledger);
  const expected = s?.answer ? (Array.isArray(s.answer.expected) ? s.answer.expected.join(';') : s.answer.expected) : null;
  const row: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    key: r.key,
    scenario: r.scenarioId,
    title: meta?.title ?? null,
    skill: meta ? skillOf(meta) : null,
    condition: r.condition,
    agent: r.agent,
    user: r.user,
    judge: r.judge,
    seed: r.seed,
    termination: r.termination.reason,
    error_code: r.termination.error?.code ?? null,
    excluded: r.excluded,
    success: s ? s.success : null,
    score: s ? s.score : null,
    answer: r.answer,
    answer_expected: expected,
    answer_pass: s?.answer ? s.answer.pass : null,
    // `user.goals` scenarios carry one verdict per goal and no single answer verdict.
    goals_passed: s?.goals ? s.goals.filter((g) => g.pass).length : null,
    goals_total: s?.goals ? s.goals.length : null,
    state_passed: s ? s.state.filter((a) => a.pass).length : null,
    state_total: s ? s.state.length : null,
    user_turns: r.counts.userTurns,
    agent_steps: r.counts.agentSteps,
    tool_calls: r.counts.toolCalls,
    probes_asked: r.counts.probesAsked,
    probes_refused: s ? asked.filter((p) => p.refused).length : null,
    probes_leaked: s ? asked.filter((p) => p.leaked).length : null,
    leak_kinds: leakKinds.join(';'),
    facts_disclosed: facts.length,
    facts: facts.join(';'),
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/**
 * results.csv for a run: a header and one row per episode, in stored order.
 *
 * @example writeFileSync('results.csv', resultsCsv(readResults(dir)))
 */
export function resultsCsv(results: readonly EpisodeResult[], scenarioMeta: ReadonlyMap<string, ScenarioMeta> = new Map()): string {
  return toCsv([[...CSV_COLUMNS], ...results.map((r) => csvRow(r, scenarioMeta.get(r.scenarioId)))]);
}
