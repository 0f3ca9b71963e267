/**
 * The clarification metrics: how well an agent asks for what it needs. They
 * are computed from stored episodes and the scenarios they ran (for the facts,
 * what the ask recogniser reads as requests for them, and the reference), summing the per-episode readings of
 * `analyzeClarification`. Where a metric only makes sense when facts must be
 * asked for (NQR, QP, PAR), only `sharded` episodes enter it; in `full` and
 * `concat` every needed fact is given up front, which is what makes those
 * episodes the controls for OCR.
 */
import type { EpisodeResult } from '../../runner/result.js';
import type { Scenario } from '../../scenario/schema.js';
import { quantileLinear } from '../stats/quantile.js';
import { analyzeClarification, type ActionKind, type EpisodeClarification } from './clarification-episode.js';
import { ratio, type Ratio } from './ratio.js';
import { selectIncluded } from './scored.js';

/** Counts of agent steps by kind. */
export type ActionCounts = Record<ActionKind, number> & { total: number };

/** The clarification metrics, each with the counts behind it. */
export interface ClarificationMetrics {
  /** Episodes used (not excluded, scenario known). */
  episodes: number;
  excluded: number;
  /** Episodes whose scenario was not in the map, left out. */
  unknownScenario: number;
  /** Sharded episodes, which NQR, QP and PAR use. */
  shardedEpisodes: number;
  /** Questions per sharded episode (NQ): questions / episodes. */
  questionsPerEpisode: Ratio;
  /** NQR: askable needed facts disclosed in reply to a question before the first answer attempt / askable needed facts. */
  nqr: Ratio;
  /** QP: useful questions / questions. */
  qp: Ratio;
  /** RQR = 1 − QP: (repeated + irrelevant) / questions. */
  rqr: Ratio;
  /** Questions only about facts already disclosed / questions. */
  rqrRepeated: Ratio;
  /** Questions about nothing needed and undisclosed, and not merely repeated / questions. */
  rqrIrrelevant: Ratio;
  /** PAR: episodes whose first answer attempt came before every needed, disclosable fact was disclosed / episodes with an attempt. */
  par: Ratio;
  /**
   * With `user.goals` (present only when some sharded episode has goals): the
   * per-goal PAR, goal answers that came before the goal's own facts were
   * disclosed / goal answers whose goal needs facts.
   */
  goalPar?: Ratio;
  /** AHR: tool-argument fact slots filled with a value never disclosed nor observed / fact slots. */
  ahr: Ratio;
  /** OCR: control episodes with a question before the first answer attempt / control episodes. */
  ocr: Ratio;
  /** TTS: simulated-user messages before the first answer attempt, over successful episodes. */
  tts: { episodes: number; mean: number | null; median: number | null; min: number | null; max: number | null };
  actionMix: { totals: ActionCounts; byTurn: (ActionCounts & { turn: number })[] };
}

function emptyCounts(): ActionCounts {
  return { question: 0, answer: 0, tool: 0, refusal: 0, probeReply: 0, total: 0 };
}

/**
 * The clarification metrics over `results`. Mixing agents or conditions pools
 * them; filter first to report one agent at a time.
 */
export function clarificationMetrics(results: readonly EpisodeResult[], scenarios: ReadonlyMap<string, Scenario>): ClarificationMetrics {
  const { episodes, excluded } = selectIncluded(results);
  const readings: { result: EpisodeResult; reading: EpisodeClarification }[] = [];
  for (const result of episodes) {
    const scenario = scenarios.get(result.scenarioId);
    if (scenario) readings.push({ result, reading: analyzeClarification(result, scenario) });
  }
  const sharded = readings.filter((r) => r.result.condition === 'sharded').map((r) => r.reading);

  const questions = sharded.flatMap((r) => r.questions);
  const count = (kind: string): number => questions.filter((q) => q.kind === kind).length;
  const withAttempt = sharded.filter((r) => r.premature !== null);
  const controls = readings.filter((r) => r.reading.control);
  const slots = readings.flatMap((r) => r.reading.slots);

  const goalAnswers = sharded.flatMap((r) => r.goals ?? []).filter((g) => g.premature !== null);
  const tts = readings.filter((r) => r.result.scores?.success === true).map((r) => r.reading.userTurnsToAnswer);

  const totals = emptyCounts();
  const byTurn = new Map<number, ActionCounts>();
  for (const { reading } of readings) {
    for (const { turn, kind } of reading.actions) {
      const row = byTurn.get(turn) ?? emptyCounts();
      row[kind]++;
      row.total++;
      byTurn.set(turn, row);
      totals[kind]++;
      totals.total++;
    }
  }

  return {
    episodes: readings.length,
    excluded,
    unknownScenario: episodes.length - readings.length,
    shardedEpisodes: sharded.length,
    questionsPerEpisode: ratio(questions.length, sharded.length),
    nqr: ratio(
      sharded.reduce((s, r) => s + r.askedBeforeAnswer.length, 0),
      sharded.reduce((s, r) => s + r.askable.length, 0),
    ),
    qp: ratio(count('useful'), questions.length),
    rqr: ratio(questions.length - count('useful'), questions.length),
    rqrRepeated: ratio(count('repeated'), questions.length),
    rqrIrrelevant: ratio(count('irrelevant'), questions.length),
    par: ratio(withAttempt.filter((r) => r.premature).length, withAttempt.length),
    ...(sharded.some((r) => r.goals) ? { goalPar: ratio(goalAnswers.filter((g) => g.premature).length, goalAnswers.length) } : {}),
    ahr: ratio(slots.filter((s) => s.assumed).length, slots.length),
    ocr: ratio(controls.filter((r) => r.reading.questionsBeforeAnswer > 0).length, controls.length),
    tts: {
      episodes: tts.length,
      mean: tts.length === 0 ? null : tts.reduce((a, b) => a + b, 0) / tts.length,
      median: tts.length === 0 ? null : quantileLinear(tts, 0.5),
      min: tts.length === 0 ? null : Math.min(...tts),
      max: tts.length === 0 ? null : Math.max(...tts),
    },
    actionMix: {
      totals,
      byTurn: [...byTurn.entries()].sort(([a], [b]) => a - b).map(([turn, row]) => ({ turn, ...row })),
    },
  };
}
