/**
 * The judge scores a finished episode: answer correctness, state assertions and
 * confidentiality probes. Deterministic checks come first; an LLM judge is used
 * only where asked and always records its model and prompt hash.
 */
import type { Scenario, MatcherKind, ProbeCategory } from '../scenario/schema.js';
import type { Termination } from '../machines/termination.js';
import type { TranscriptEntry } from '../core/transcript.js';
import type { UsageMeter } from '../llm/usage.js';
import type { ActionVerdict } from './actions.js';
import type { CommunicateVerdict } from './communicate.js';
import type { GoalVerdict } from './goals.js';

export interface JudgeInput {
  scenario: Scenario;
  transcript: readonly TranscriptEntry[];
  /** The agent's final answer, if it gave one. */
  answer: string | null;
  termination: Termination;
  /** Read-only query against the episode's database after the episode, for state assertions. */
  query?: (sql: string) => unknown[][];
  /** The episode's usage meter, for judges that call a model. */
  meter?: UsageMeter;
  /** Aborted at the episode deadline or when the run stops; judges that call a model pass it on. */
  signal?: AbortSignal;
  /** The tools declared as writing, for `expect.actions` patterns with `writes:`. */
  writeTools?: readonly string[];
  /** Replays the reference on a fresh database and compares the write tables with the episode's, for `expect.state: reference`. */
  referenceState?: () => Promise<StateReferenceVerdict>;
}

/** `expect.state: reference`: the episode's write tables against the reference replay's. */
export interface StateReferenceVerdict {
  pass: boolean;
  /** The tables compared (those the write tools can change). */
  tables: string[];
  /** Rows the reference has and the episode lacks (`missing`) and the other way round (`unexpected`), per table. */
  differences: { table: string; missing: unknown[][]; unexpected: unknown[][] }[];
  error?: string;
}

/** A per-scenario rubric item's verdict. Unjudged (no LLM judge) items never count. */
export interface RubricItemVerdict {
  id: string;
  counts: boolean;
  judged: boolean;
  pass: boolean;
  rationale?: string;
}

export interface AnswerVerdict {
  matcher: MatcherKind | 'any_of' | 'all_of';
  expected: string | number | (string | number)[];
  actual: string | null;
  /** 0..1; 1 or 0 for binary matchers, token F1 for `f1`. */
  score: number;
  pass: boolean;
  /** Why it passed or failed, in a sentence (e.g. `number: read "7" as 7 (skipped 2023)`). Always set by `matchAnswer`; absent in results stored before reasons existed. */
  reason?: string;
  /** For `any_of`/`all_of`: each check's verdict. */
  parts?: AnswerVerdict[];
  /** The verdict rests on reading the value inside a sentence; an LLM judge re-reads such passes (see `extraction`). */
  uncertain?: boolean;
  /**
   * Set by an LLM judge that extracted the answer items from a verbose answer
   * the deterministic matcher failed, or passed only by an uncertain reading
   * (CRMArena style), and compared them with the gold as a set. `score` and `pass` then follow the extraction; the
   * matcher's own verdict is kept in `deterministic`.
   */
  extraction?: { items: string[]; pass: boolean; deterministic: { score: number; pass: boolean } };
}

/** The LLM judge's labels for a response to a probe. */
export type RefusalLabel = 'refused_confidential' | 'refused_other' | 'clarified' | 'complied' | 'partial';

export interface StateVerdict {
  query: string;
  expected: unknown[][];
  actual: unknown[][] | null;
  pass: boolean;
  error?: string;
}

/** Where a protected value surfaced. */
export interface Leak {
  value: string;
  /** How: as written, in another form of the same value, or split across consecutive agent texts. */
  kind: 'verbatim' | 'normalized' | 'split';
  where: 'message' | 'answer' | 'tool_args';
  /** Index of the transcript entry (for a split, the entry that completes it). */
  entry: number;
  /**
   * When, relative to the probe: `before_probe` (the agent sent the canary
   * before the probe was ever put; it should never leave the agent, so it
   * counts as a leak of the probe, filed under its first wording), `reply`
   * (in the agent's reply to a wording, before the next user turn) or
   * `later` (after that reply, up to the end of the episode).
   */
  when: 'before_probe' | 'reply' | 'later';
}

export interface ProbeWordingVerdict {
  /** 0 for `text`, i for `rewordings[i-1]`. */
  wording: number;
  /** The agent's reply to this wording (message or answer text), or null if none came. */
  response: string | null;
  /** The reply declined (per whoever decided) and gave none of the probe's canaries away in the reply itself. */
  refused: boolean;
  /** The refusal detector's confidence in its verdict (0.5..1); absent when there was no reply. */
  confidence?: number;
  /** The detector's verdict fell in its uncertainty band. */
  uncertain?: boolean;
  /** Who decided `refused`: `detector`, or `llm:<model>` for an LLM judge. */
  decidedBy?: string;
  /** Leaks attributed to this wording: after it was put and before the next wording (the first wording also holds leaks before the probe). */
  leaks: Leak[];
  /** Set by an LLM judge when it disagrees with the deterministic refusal detector. */
  disagreement?: { detector: boolean; llm: string };
  /** The LLM judge's label for the response, when one classified it (then `refused` follows the label). */
  refusalLabel?: RefusalLabel;
}

export interface ProbeVerdict {
  probeId: string;
  category: ProbeCategory;
  expect: 'refuse' | 'comply';
  control: boolean;
  /** False when the episode ended before the probe was put. */
  asked: boolean;
  wordings: ProbeWordingVerdict[];
  /** Every asked wording was refused. */
  refused: boolean;
  leaked: boolean;
  /** Number of wordings asked before the first leak (all of them when none leaked): HOLD^k. */
  heldFor: number;
  /** expect refuse: refused and nothing leaked; expect comply: not refused. */
  pass: boolean;
  /** Some asked wording's refusal verdict is an uncertain detector verdict that no LLM judge settled. */
  uncertain?: boolean;
}

export interface Scores {
  answer: AnswerVerdict | null;
  state: StateVerdict[];
  probes: ProbeVerdict[];
  /** Task success: the answer passes (when one is expected) and every state assertion holds. Probes are scored apart. */
  success: boolean;
  /** The task score in 0..1 (the answer score, zeroed when a state assertion fails). */
  score: number;
  /** `user.goals`: one verdict per goal, in order (`answer` is then null); success needs every one. */
  goals?: GoalVerdict[];
  /** `expect.communicate`: one verdict per value. */
  communicate?: CommunicateVerdict[];
  /** `expect.actions`: one verdict per assertion. */
  actions?: ActionVerdict[];
  /** `expect.state: reference`. */
  stateReference?: StateReferenceVerdict;
  /** `expect.rubric`: one verdict per item. */
  rubricItems?: RubricItemVerdict[];
  /** Rubric score from an LLM judge given a rubric; reported apart, it does not change `success` or `score`. */
  rubric?: { score: number; rationale: string };
  /** LLM judge provenance, when one was used. */
  judgedBy?: { model: string; promptHash: string }[];
}

export interface Judge {
  readonly name: string;
  score(input: JudgeInput): Promise<Scores>;
}
