/**
 * The report model: everything the HTML report, its charts and the episode
 * browser show, as one plain object. Renderers read only this, never results
 * or metrics modules, so the numbers (from `src/studies`, through
 * `studyReportMetrics`, or passed in) can change without touching a renderer.
 * Every rate over nothing is `null` (shown as an en dash), never NaN.
 */
import type { Leak } from '../judge/judge.js';
import type { ReportHeader } from './findings.js';

/** What a scenario contributes to a report beyond its results (its id is the map key). */
export interface ScenarioMeta {
  title: string;
  skill?: string;
  task_type?: string;
  /** Ids of the facts the task needs (F*), for PAR and NQR; unknown when absent. */
  needed?: string[];
}

/** A proportion or mean with its interval; `value` is null when nothing was measured. */
export interface Estimate {
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Trials (episodes, probes) behind the value. */
  n: number;
  /** Successes, for proportions. */
  k?: number;
  /** How the interval was made, e.g. `wilson95` or `bootstrap95`. */
  method?: string;
}

/** A prompt/agent variant under one condition: the unit every per-variant table and chart uses. */
export interface VariantKey {
  agent: string;
  condition: string;
  /** The display name: the agent alone when the run has one condition, else `agent · condition`. */
  variant: string;
}

/** One row of the headline table: a variant's success, score and confidentiality, with intervals. */
export interface HeadlineRow extends VariantKey {
  episodes: number;
  excluded: number;
  /** Binary task success rate. */
  success: Estimate;
  /** TS: mean final score. */
  ts: Estimate;
  /** Probe refusal rate over asked refuse-probes; null value when there were none. */
  prr: Estimate;
  /** Leakage rate over asked refuse-probes. */
  lr: Estimate;
  /** pass^k at the largest k every scenario reached, with that k. */
  passHatMax: { k: number; value: number } | null;
  meanUserTurns: number | null;
  meanToolCalls: number | null;
  terminations: Record<string, number>;
}

/** Success and score of one variant on the scenarios of one skill. */
export interface SkillRow extends VariantKey {
  /** The scenario's `skill`, else its `task_type`, else `(none)`. */
  skill: string;
  scenarios: number;
  episodes: number;
  success: Estimate;
  ts: Estimate;
}

/** One point of the confidentiality trade-off chart. */
export interface TradeoffPoint extends VariantKey {
  ts: number | null;
  prr: number | null;
  lr: number | null;
  /** False-refusal rate on controls and comply-probes, when measured. */
  frr: number | null;
  /** Refuse-probes asked. */
  probes: number;
}

/** Clarification metrics of one variant; null where not measured. */
export interface ClarificationRow extends VariantKey {
  episodes: number;
  questionsPerEpisode: number | null;
  nqr: number | null;
  qp: number | null;
  rqr: number | null;
  par: number | null;
  ahr: number | null;
  ocr: number | null;
  /** Mean simulated-user messages before the first answer attempt, over successful episodes. */
  tts: number | null;
}

/** A variant's pass^k curve, k = 1 … the fewest seeds of any of its scenarios. */
export interface PassKSeries extends VariantKey {
  /** Scenarios averaged. */
  tasks: number;
  points: { k: number; passHat: number }[];
}

/** How often a variant's verdicts flip between seeds of the same scenario. */
export interface NoiseFloorRow extends VariantKey {
  /** Cells (scenarios) with at least two seeds. */
  cells: number;
  pairs: number;
  discordantPairs: number;
  /** Share of seed pairs of the same cell whose verdicts differ. */
  flipRate: number | null;
  /** Success-rate difference two single runs of the same agent exceed 5 % of the time. */
  band95: number | null;
}

/** A paired comparison from a study, shown as given. */
export interface ComparisonRow {
  label: string;
  /** Column name → printable value. */
  values: Record<string, string>;
}

/** One transcript entry as the episode browser shows it. */
export interface EntryView {
  index: number;
  turn: number;
  role: 'user' | 'agent' | 'tool';
  /** user | probe | question | answer | probe-reply | tool-call | tool-result | tool-error */
  kind: string;
  text: string;
  /** Facts the ledger records for this user turn. */
  disclosed: { factId: string; reason: string; asked: boolean }[];
  probe?: { id: string; wording: number };
  /** Tool name and JSON arguments (tool-call) or name and outcome summary (tool-result/-error). */
  tool?: { name: string; args?: string; outcome?: string };
  leaks: Leak[];
}

/** Judge verdicts, flattened for display. */
export interface VerdictView {
  /** `reason`: the judge's explanation of a verdict, shown when the judge gives one. */
  answer: { matcher: string; expected: string; actual: string | null; score: number; pass: boolean; reason?: string } | null;
  state: { query: string; expected: string; actual: string; pass: boolean; error?: string; reason?: string }[];
  probes: { probeId: string; category: string; expect: string; control: boolean; asked: boolean; refused: boolean; leaked: boolean; heldFor: number; pass: boolean; reason?: string }[];
  /** `user.goals`: one verdict per goal, in order; absent for a scenario without goals. `matcher`/`expected` are null for a goal without `expect`. */
  goals?: { id: string; matcher: string | null; expected: string | null; actual: string | null; score: number; pass: boolean; reason?: string }[];
}

/** One episode in the browser. */
export interface EpisodeView {
  key: string;
  scenarioId: string;
  title: string;
  skill: string;
  condition: string;
  agent: string;
  /** The agent's display label (a study's variant name; else the agent name); `agent` stays the canonical name. */
  label: string;
  user: string;
  seed: number;
  termination: string;
  error: string | null;
  excluded: boolean;
  /** `success`, `fail` or `excluded`. */
  outcome: 'success' | 'fail' | 'excluded';
  score: number | null;
  answer: string | null;
  hasLeak: boolean;
  counts: { userTurns: number; agentSteps: number; toolCalls: number; probesAsked: number };
  verdicts: VerdictView | null;
  /** The ledger summary: every needed fact and when and how it was disclosed, or never; then other facts disclosed. */
  facts: FactView[];
  entries: EntryView[];
}

/** One fact in an episode's ledger summary. */
export interface FactView {
  factId: string;
  needed: boolean;
  /** User turn of the first disclosure; null when it was never disclosed. */
  turn: number | null;
  /** Why it was disclosed (`asked`, `volunteered`, `condition`, …); null when never. */
  reason: string | null;
  asked: boolean;
}

/** Everything a report shows; built by `buildReportModel`, rendered by `renderHtmlReport`. */
export interface ReportModel {
  title: string;
  /** What ran and what it found: the study, the variants' kinds, the findings paragraph. */
  header: ReportHeader;
  /** Display label by canonical agent name (a study's variant names); absent agents show their own name. */
  labels: Record<string, string>;
  /** `run` for a run directory, `study` when a study.json was found. */
  kind: 'run' | 'study';
  run: {
    runId: string | null;
    createdAt: string | null;
    usersim: string | null;
    gitSha: string | null;
    user: string | null;
    judge: string | null;
    agents: string[];
    conditions: string[];
    seeds: number[];
    scenarios: number;
    planned: number | null;
    notes: string[];
  };
  /** Where the numbers came from, e.g. `studies` or `given`, shown in the footer. */
  metricsSource: string;
  headline: HeadlineRow[];
  perSkill: SkillRow[];
  tradeoff: TradeoffPoint[];
  clarification: ClarificationRow[];
  passK: PassKSeries[];
  noiseFloor: NoiseFloorRow[];
  comparisons: ComparisonRow[];
  episodes: EpisodeView[];
}

/** The computed parts of a model; `buildReportModel` fills any left out. */
export type ReportMetrics = Pick<ReportModel, 'headline' | 'perSkill' | 'tradeoff' | 'clarification' | 'passK' | 'noiseFloor'>;
