/**
 * How far two ask recognisers agree, message by message: typically the
 * deterministic one against an LLM-backed one, over a set of agent messages
 * (a corpus, or the agent messages of stored episodes). Agreement is counted
 * per (message, target) decision and per message (same set of ids), with
 * Cohen's kappa over the per-target decisions, and every message where they
 * differ is listed so the disagreements can be read.
 */
import type { AskRecogniser, AskTarget } from '../core/ask-recogniser.js';

/** One message to compare on, with the targets it is read against. */
export interface AgreementItem {
  message: string;
  targets: readonly AskTarget[];
}

/** The agreement of recogniser `a` with recogniser `b`. */
export interface AgreementReport {
  a: string;
  b: string;
  messages: number;
  /** Messages where both return the same set of ids. */
  sameMessages: number;
  /** (message, target) decisions: both requested, only a, only b, neither. */
  decisions: { both: number; onlyA: number; onlyB: number; neither: number };
  /** Share of (message, target) decisions that agree. */
  agreement: number;
  /** Cohen's kappa over those decisions (null when undefined: one side never varies). */
  kappa: number | null;
  /** The messages where they differ. */
  differences: { message: string; a: string[]; b: string[] }[];
}

/**
 * Runs both recognisers over `items` (in order, one call each per message) and compares them.
 *
 * @example
 * const report = await askAgreement(createDeterministicAskRecogniser(), llmAsks, items);
 * report.kappa; // 0.91
 */
export async function askAgreement(a: AskRecogniser, b: AskRecogniser, items: readonly AgreementItem[], options: { signal?: AbortSignal } = {}): Promise<AgreementReport> {
  const decisions = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  const differences: AgreementReport['differences'] = [];
  let sameMessages = 0;
  for (const item of items) {
    const ra = new Set((await a.recognise(item.message, item.targets, options)).requests.map((r) => r.id));
    const rb = new Set((await b.recognise(item.message, item.targets, options)).requests.map((r) => r.id));
    let same = true;
    for (const t of item.targets) {
      const inA = ra.has(t.id);
      const inB = rb.has(t.id);
      if (inA && inB) decisions.both++;
      else if (inA) decisions.onlyA++;
      else if (inB) decisions.onlyB++;
      else decisions.neither++;
      if (inA !== inB) same = false;
    }
    if (same) sameMessages++;
    else differences.push({ message: item.message, a: [...ra], b: [...rb] });
  }
  const n = decisions.both + decisions.onlyA + decisions.onlyB + decisions.neither;
  const observed = n === 0 ? 1 : (decisions.both + decisions.neither) / n;
  const pa = n === 0 ? 0 : (decisions.both + decisions.onlyA) / n;
  const pb = n === 0 ? 0 : (decisions.both + decisions.onlyB) / n;
  const expected = pa * pb + (1 - pa) * (1 - pb);
  return {
    a: a.name,
    b: b.name,
    messages: items.length,
    sameMessages,
    decisions,
    agreement: observed,
    kappa: expected === 1 ? null : (observed - expected) / (1 - expected),
    differences,
  };
}
