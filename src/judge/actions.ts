/**
 * `expect.actions`: assertions over the agent's tool calls, as τ²-bench
 * checks them after converting its retail and airline tasks. A call must
 * happen (`required`, with an argument subset), must not happen
 * (`forbidden`: a write tool, any `cancel_*`), or must come after another
 * (`order`: an identity lookup before any write). Argument values compare
 * format-tolerantly: case and surrounding space of strings, numbers by value
 * ("5023" is 5023), lists and objects element by element.
 */
import type { TranscriptEntry } from '../core/transcript.js';
import type { ActionPattern, ActionsSpec } from '../scenario/schema.js';

/** One action assertion's verdict. */
export interface ActionVerdict {
  kind: 'required' | 'forbidden' | 'order';
  /** The pattern(s), as written. */
  pattern: ActionPattern | { first: ActionPattern; then: ActionPattern };
  pass: boolean;
  reason: string;
}

interface Call {
  name: string;
  args: Record<string, unknown>;
  entry: number;
}

/**
 * Checks every action assertion against the calls in the transcript.
 * `writeTools` names the tools declared as writing (for `writes:` patterns).
 *
 * @example checkActions({ required: [], forbidden: ['cancel_*'], order: [] }, transcript, ['cancel_order'])
 */
export function checkActions(spec: ActionsSpec, transcript: readonly TranscriptEntry[], writeTools: readonly string[]): ActionVerdict[] {
  const calls: Call[] = transcript.flatMap((e, entry) => (e.role === 'agent' && e.action.type === 'tool' ? [{ name: e.action.call.name, args: e.action.call.args, entry }] : []));
  const writes = new Set(writeTools);
  const matching = (pattern: ActionPattern): Call[] => calls.filter((c) => matches(pattern, c, writes));
  const out: ActionVerdict[] = [];
  for (const pattern of spec.required) {
    const hit = matching(pattern)[0];
    out.push({ kind: 'required', pattern, pass: !!hit, reason: hit ? `called ${hit.name} at entry ${hit.entry}` : `no call matches ${describe(pattern)}` });
  }
  for (const pattern of spec.forbidden) {
    const hit = matching(pattern)[0];
    out.push({ kind: 'forbidden', pattern, pass: !hit, reason: hit ? `forbidden call ${hit.name} at entry ${hit.entry}` : `no call matches ${describe(pattern)}` });
  }
  for (const rule of spec.order) {
    const firsts = matching(rule.first).map((c) => c.entry);
    const early = matching(rule.then).find((c) => !firsts.some((f) => f < c.entry));
    out.push({
      kind: 'order',
      pattern: rule,
      pass: !early,
      reason: early ? `${early.name} at entry ${early.entry} comes before any ${describe(rule.first)}` : `every ${describe(rule.then)} follows a ${describe(rule.first)}`,
    });
  }
  return out;
}

function matches(pattern: ActionPattern, call: Call, writes: ReadonlySet<string>): boolean {
  const spec = typeof pattern === 'string' ? { tool: pattern } : pattern;
  if (spec.tool !== undefined && !glob(spec.tool).test(call.name)) return false;
  if (spec.writes !== undefined && writes.has(call.name) !== spec.writes) return false;
  return Object.entries(spec.args ?? {}).every(([key, value]) => key in call.args && sameValue(value, call.args[key]));
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Format-tolerant equality of an expected and an actual argument value. */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length === actual.length && expected.every((v, i) => sameValue(v, actual[i]));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).every(([k, v]) => k in a && sameValue(v, a[k]));
  }
  const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v) ? Number(v) : null);
  const [x, y] = [asNumber(expected), asNumber(actual)];
  if (x !== null && y !== null) return x === y;
  if (typeof expected === 'string' && typeof actual === 'string') return expected.trim().toLowerCase() === actual.trim().toLowerCase();
  return expected === actual;
}

function describe(pattern: ActionPattern): string {
  if (typeof pattern === 'string') return pattern;
  const parts = [pattern.tool ?? (pattern.writes === true ? 'write tool' : pattern.writes === false ? 'read tool' : 'tool')];
  if (pattern.tool !== undefined && pattern.writes !== undefined) parts.push(pattern.writes ? '(writes)' : '(reads)');
  if (pattern.args) parts.push(JSON.stringify(pattern.args));
  return parts.join(' ');
}
