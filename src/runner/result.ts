/**
 * One line of `episodes.jsonl`: everything needed to score, report or replay an
 * episode without re-running it. Wall-clock timings are deliberately absent so
 * that two runs with the same seeds write byte-identical lines.
 */
import type { EnvDiff } from '../environment/environment.js';
import type { Scores } from '../judge/judge.js';
import type { Termination } from '../machines/termination.js';
import type { TranscriptEntry } from '../core/transcript.js';
import type { LedgerEntry } from '../simulated-user/ledger.js';

/** How a scenario is put to the agent (see the clarification study). */
export type Condition = 'sharded' | 'full' | 'concat';

/** One planned episode. */
export interface EpisodeSpec {
  /** `scenarioId|condition|agent|seed`: unique within a run; resume skips keys already stored. */
  key: string;
  scenarioId: string;
  scenarioHash: string;
  file: string;
  condition: Condition;
  agent: string;
  user: string;
  seed: number;
}

export interface EpisodeCounts {
  userTurns: number;
  agentSteps: number;
  toolCalls: number;
  probesAsked: number;
}

export interface EpisodeResult extends EpisodeSpec {
  judge: string;
  termination: Termination;
  answer: string | null;
  transcript: TranscriptEntry[];
  ledger: LedgerEntry[];
  counts: EpisodeCounts;
  /** Null when the episode is excluded from scores. */
  scores: Scores | null;
  /** True for infrastructure failures: kept as data, left out of every metric. */
  excluded: boolean;
  envDiff?: EnvDiff;
  /** Model usage per role, present when an LLM actor made calls. Only re-run-stable figures are kept (no spend, retries or cache hits). */
  usage?: EpisodeUsage;
}

/** Tokens and list cost for one role, identical whether replies came from the cache or the network. */
export interface RoleUsage {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  listCostUsd: number;
}

export type EpisodeUsage = Partial<Record<'agent' | 'user' | 'judge', RoleUsage>>;

export function episodeKey(spec: Pick<EpisodeSpec, 'scenarioId' | 'condition' | 'agent' | 'seed'>): string {
  return `${spec.scenarioId}|${spec.condition}|${spec.agent}|${spec.seed}`;
}
