/**
 * Why `check` failed, in terms of the scenario an author wrote. A reference
 * that fails usually fails early: a step passes an argument the tool does
 * not have, a tool call errors, or a template reads a column the previous
 * result lacks, and the final answer then renders "None". Pointing at that
 * step saves the author from working back from the answer. A naive agent
 * that passes usually does so because the reference's answer is a literal
 * that any agent can repeat without looking anything up.
 */
import type { ToolSpec } from '../environment/environment.js';
import type { TranscriptEntry } from '../core/transcript.js';
import type { Scenario } from '../scenario/schema.js';

const TEMPLATE = /\{\{\s*(fact|last)(?:\.([^\s}]+))?\s*\}\}/g;

/**
 * Problems with the reference steps, found by walking them beside the
 * reference agent's transcript, each naming its step (`reference[2] get_order: …`).
 */
export function explainReference(scenario: Scenario, transcript: readonly TranscriptEntry[], tools: readonly ToolSpec[]): string[] {
  const problems: string[] = [];
  const facts = new Set(scenario.user.facts.map((f) => f.id));
  const calls = transcript.flatMap((e) => (e.role === 'agent' && e.action.type === 'tool' ? [e.action.call] : []));
  const outcomes = new Map(transcript.flatMap((e) => (e.role === 'tool' ? [[e.callId, e.outcome] as const] : [])));
  let cursor = 0;
  let last: { step: number; tool: string; columns: string[] | null } | null = null;
  scenario.reference.forEach((step, i) => {
    const text = JSON.stringify('tool' in step ? step.args : 'answer' in step ? step.answer : '');
    for (const m of text.matchAll(TEMPLATE)) {
      const [whole, kind, name] = m;
      if (kind === 'fact' && name && !facts.has(name)) problems.push(`reference[${i}] uses ${whole}, which is not a fact of this scenario`);
      if (kind === 'last' && name && last?.columns && !hasColumn(last.columns, name)) {
        problems.push(`reference[${i}] uses ${whole}, but reference[${last.step}] ${last.tool} returns ${last.columns.length ? `columns ${last.columns.join(', ')}` : 'no rows'}`);
      }
    }
    if (!('tool' in step)) return;
    const spec = tools.find((t) => t.name === step.tool);
    if (!spec) {
      problems.push(`reference[${i}]: no tool "${step.tool}" (tools: ${tools.map((t) => t.name).join(', ')})`);
      return;
    }
    const params = Object.keys((spec.parameters.properties as Record<string, unknown> | undefined) ?? {});
    for (const key of Object.keys(step.args)) {
      if (params.length > 0 && !params.includes(key)) problems.push(`reference[${i}] ${step.tool}: no parameter "${key}" (parameters: ${params.join(', ')})`);
    }
    const index = calls.findIndex((c, k) => k >= cursor && c.name === step.tool);
    if (index < 0) return;
    cursor = index + 1;
    const outcome = outcomes.get(calls[index]?.id ?? '');
    if (outcome && !outcome.ok) problems.push(`reference[${i}] ${step.tool} failed: ${outcome.error.message}`);
    last = { step: i, tool: step.tool, columns: outcome?.ok ? columnsOf(outcome.value) : null };
  });
  return problems;
}

/**
 * A hint when the reference's answer is a literal: then the naive agent
 * passes without looking anything up. Null when the answer is computed.
 */
export function literalAnswerHint(scenario: Scenario): string | null {
  const step = scenario.reference.findLast((s) => 'answer' in s);
  if (!step || !('answer' in step)) return null;
  const answer = String(step.answer);
  if (/\{\{/.test(answer)) return null;
  return `the reference answer is the literal ${JSON.stringify(answer)}, so an agent can give it without the facts; compute it from a tool result (e.g. "{{last.COLUMN}}")`;
}

function hasColumn(columns: readonly string[], name: string): boolean {
  const head = name.split('.')[0] ?? name;
  return columns.some((c) => c.toLowerCase() === name.toLowerCase() || c.toLowerCase() === head.toLowerCase());
}

/** The columns of a tool result's first row (SQLite `rows`, Salesforce `records`, a bare list or object), or null when unknown. */
function columnsOf(value: unknown): string[] | null {
  const record = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const rows = Array.isArray(value) ? value : record(value) ? (value.rows ?? value.records ?? value.searchRecords ?? null) : null;
  if (Array.isArray(rows)) {
    const first: unknown = rows[0];
    if (rows.length === 0) return record(value) ? Object.keys(value).filter((k) => k !== 'records' && k !== 'rows') : [];
    return record(first) ? Object.keys(first) : null;
  }
  return record(value) ? Object.keys(value) : null;
}
