/**
 * The fact ledger: which fact was revealed in which user turn, and why. It is
 * the structured record of disclosure that CRMArena lacks, and the input to
 * the clarification metrics.
 */

export interface LedgerEntry {
  /** The user turn that disclosed the fact (1 is the opening). */
  turn: number;
  factId: string;
  /** Whether the agent asked for it (the ask recogniser saw a request in the agent's preceding messages). */
  asked: boolean;
  /** When asked: the ask recogniser's reason, e.g. `identifier word "reference" + object "purchase"`. */
  why?: string;
  /** Why it was disclosed; `corrected` when the user gave its true value after a wrong one. */
  reason: 'asked' | 'volunteered' | 'condition' | 'corrected';
}

/** Fact ids disclosed so far, in ledger order. */
export function disclosedFacts(ledger: readonly LedgerEntry[]): string[] {
  return [...new Set(ledger.map((e) => e.factId))];
}
