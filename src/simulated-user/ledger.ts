/**
 * The fact ledger: which fact was revealed in which user turn, and why. It is
 * the structured record of disclosure that CRMArena lacks, and the input to
 * the clarification metrics.
 */

export interface LedgerEntry {
  /** The user turn that disclosed the fact (1 is the opening). */
  turn: number;
  factId: string;
  /** Whether the agent asked for it (a cue in the agent's preceding message). */
  asked: boolean;
  /** Why it was disclosed; `corrected` when the user gave its true value after a wrong one. */
  reason: 'asked' | 'volunteered' | 'condition' | 'corrected';
}

/** Fact ids disclosed so far, in ledger order. */
export function disclosedFacts(ledger: readonly LedgerEntry[]): string[] {
  return [...new Set(ledger.map((e) => e.factId))];
}
