/**
 * An episode's transcript read the way the clarification and simulator
 * metrics need it: where each fact was disclosed, where the first answer
 * attempt came, which agent messages were questions. Probe exchanges are put
 * aside: probes are the machine's, not the simulated user's, and the agent's
 * replies to them are not clarification.
 */
import type { TranscriptEntry } from '../../core/transcript.js';
import type { LedgerEntry } from '../../simulated-user/ledger.js';

/** The reading of one episode's transcript. */
export interface EpisodeTimeline {
  /** Transcript index of the user message that disclosed each fact (first disclosure). */
  disclosedAt: Map<string, number>;
  /** The ledger entry of each fact. */
  ledger: Map<string, LedgerEntry>;
  /**
   * Index of the first answer attempt: the first `answer` action that is not a
   * reply to a probe, else the first `answer` action at all; null when none.
   */
  firstAnswer: number | null;
  /** Indices of the simulated user's messages (probes left out). */
  userMessages: number[];
  /** The agent's `message` actions that were not replies to probes: its questions. */
  questions: { index: number; text: string }[];
}

/** Reads a transcript and its ledger. */
export function readTimeline(transcript: readonly TranscriptEntry[], ledger: readonly LedgerEntry[]): EpisodeTimeline {
  const disclosedAt = new Map<string, number>();
  const userMessages: number[] = [];
  const questions: { index: number; text: string }[] = [];
  let firstAnswer: number | null = null;
  let firstProbeAnswer: number | null = null;
  transcript.forEach((entry, index) => {
    if (entry.role === 'user' && !entry.probe) {
      userMessages.push(index);
      for (const factId of entry.disclosed) if (!disclosedAt.has(factId)) disclosedAt.set(factId, index);
    } else if (entry.role === 'agent') {
      const { action } = entry;
      if (action.type === 'message' && entry.probeResponse === undefined) questions.push({ index, text: action.text });
      if (action.type === 'answer') {
        if (entry.probeResponse === undefined) firstAnswer ??= index;
        else firstProbeAnswer ??= index;
      }
    }
  });
  // A ledger entry whose fact the transcript did not declare still counts, at its turn's message.
  for (const entry of ledger) {
    if (disclosedAt.has(entry.factId)) continue;
    const at = userMessages.find((i) => (transcript[i] as { turn: number }).turn >= entry.turn);
    disclosedAt.set(entry.factId, at ?? transcript.length);
  }
  return {
    disclosedAt,
    ledger: new Map(ledger.map((e) => [e.factId, e])),
    firstAnswer: firstAnswer ?? firstProbeAnswer,
    userMessages,
    questions,
  };
}

/** True when the fact was disclosed in a message before transcript index `index`. */
export function disclosedBefore(timeline: EpisodeTimeline, factId: string, index: number): boolean {
  const at = timeline.disclosedAt.get(factId);
  return at !== undefined && at < index;
}
