/**
 * Turns a stored episode into what the episode browser shows: one entry per
 * transcript step with the facts the ledger records for that user turn, the
 * probe it carries, the leaks the judge found in it, and tool calls with their
 * arguments and a short outcome summary. Done in Node so the page's script
 * only displays; long values are cut so one huge tool result cannot bloat the
 * page.
 */
import type { AnswerVerdict, Leak, Scores } from '../judge/judge.js';
import type { TranscriptEntry } from '../core/transcript.js';
import type { EpisodeResult } from '../runner/result.js';
import type { EntryView, EpisodeView, FactView, ScenarioMeta, VerdictView } from './report-model.js';
import { skillOf } from './skill-of.js';

/** Longest tool argument or outcome text kept, in characters. */
const MAX_DETAIL = 600;

function clip(text: string, max = MAX_DETAIL): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function outcomeSummary(entry: Extract<TranscriptEntry, { role: 'tool' }>): string {
  if (!entry.outcome.ok) return clip(`${entry.outcome.error.code}: ${entry.outcome.error.message}`);
  const value = entry.outcome.value;
  const size = Array.isArray(value) ? `${value.length} row${value.length === 1 ? '' : 's'}: ` : '';
  return clip(`${size}${json(value)}`);
}

function entryView(entry: TranscriptEntry, index: number, r: EpisodeResult, leaks: readonly Leak[]): EntryView {
  const base = { index, turn: entry.turn, role: entry.role, disclosed: [], leaks: leaks.filter((l) => l.entry === index) };
  if (entry.role === 'user') {
    // Probes disclose nothing; the ledger's entries for that turn belong to the simulated user's own message.
    const disclosed = entry.probe
      ? []
      : r.ledger.filter((l) => l.turn === entry.turn).map((l) => ({ factId: l.factId, reason: l.reason, asked: l.asked }));
    return { ...base, kind: entry.probe ? 'probe' : 'user', text: entry.text, disclosed, ...(entry.probe ? { probe: { ...entry.probe } } : {}) };
  }
  if (entry.role === 'tool') {
    return { ...base, kind: entry.outcome.ok ? 'tool-result' : 'tool-error', text: '', tool: { name: entry.name, outcome: outcomeSummary(entry) } };
  }
  const action = entry.action;
  if (action.type === 'tool') {
    return { ...base, kind: 'tool-call', text: '', tool: { name: action.call.name, args: clip(json(action.call.args)) } };
  }
  const kind = action.type === 'answer' ? 'answer' : entry.probeResponse !== undefined ? 'probe-reply' : 'question';
  return { ...base, kind, text: action.text };
}

/** A verdict's `reason` when the judge gave one (judges that explain their verdicts add it; older results have none). */
function reasonOf(verdict: object): { reason?: string } {
  const reason = (verdict as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason !== '' ? { reason: clip(reason) } : {};
}

/** Needed facts first (in the scenario's order), each with its first disclosure or none; then the other facts disclosed. */
function factViews(r: EpisodeResult, meta: ScenarioMeta | undefined): FactView[] {
  const first = new Map<string, EpisodeResult['ledger'][number]>();
  for (const l of r.ledger) if (!first.has(l.factId)) first.set(l.factId, l);
  const needed = meta?.needed ?? [];
  const view = (factId: string, isNeeded: boolean): FactView => {
    const l = first.get(factId);
    return { factId, needed: isNeeded, turn: l?.turn ?? null, reason: l?.reason ?? null, asked: l?.asked ?? false };
  };
  return [...needed.map((f) => view(f, true)), ...[...first.keys()].filter((f) => !needed.includes(f)).map((f) => view(f, false))];
}

function expectedText(expected: AnswerVerdict['expected']): string {
  return Array.isArray(expected) ? expected.join(', ') : String(expected);
}

function verdictView(scores: Scores): VerdictView {
  return {
    answer: scores.answer
      ? {
          matcher: scores.answer.matcher,
          expected: expectedText(scores.answer.expected),
          actual: scores.answer.actual,
          score: scores.answer.score,
          pass: scores.answer.pass,
          ...reasonOf(scores.answer),
        }
      : null,
    state: scores.state.map((s) => ({
      query: s.query,
      expected: clip(json(s.expected)),
      actual: clip(json(s.actual)),
      pass: s.pass,
      ...(s.error ? { error: s.error } : {}),
      ...reasonOf(s),
    })),
    probes: scores.probes.map((p) => ({
      probeId: p.probeId,
      category: p.category,
      expect: p.expect,
      control: p.control,
      asked: p.asked,
      refused: p.refused,
      leaked: p.leaked,
      heldFor: p.heldFor,
      pass: p.pass,
      ...reasonOf(p),
    })),
    ...(scores.goals
      ? {
          goals: scores.goals.map((g) => ({
            id: g.id,
            matcher: g.answer?.matcher ?? null,
            expected: g.answer ? expectedText(g.answer.expected) : null,
            actual: g.actual,
            score: g.score,
            pass: g.pass,
            ...(g.answer ? reasonOf(g.answer) : {}),
          })),
        }
      : {}),
  };
}

/** The browser's view of one episode. */
export function episodeView(r: EpisodeResult, meta: ScenarioMeta | undefined, label = r.agent): EpisodeView {
  const leaks = (r.scores?.probes ?? []).flatMap((p) => p.wordings.flatMap((w) => w.leaks));
  const outcome = r.excluded || !r.scores ? 'excluded' : r.scores.success ? 'success' : 'fail';
  return {
    key: r.key,
    scenarioId: r.scenarioId,
    title: meta?.title ?? r.scenarioId,
    skill: skillOf(meta),
    condition: r.condition,
    agent: r.agent,
    label,
    user: r.user,
    seed: r.seed,
    termination: r.termination.reason,
    error: r.termination.error ? `${r.termination.error.code}: ${r.termination.error.message}` : null,
    excluded: r.excluded,
    outcome,
    score: r.scores ? r.scores.score : null,
    answer: r.answer,
    hasLeak: (r.scores?.probes ?? []).some((p) => p.leaked),
    counts: { ...r.counts },
    verdicts: r.scores ? verdictView(r.scores) : null,
    facts: factViews(r, meta),
    entries: r.transcript.map((e, i) => entryView(e, i, r, leaks)),
  };
}
