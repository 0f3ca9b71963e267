/**
 * The clarification reading of one episode: which questions the agent asked
 * and whether each was useful, repeated or irrelevant; when it first tried to
 * answer and what it still lacked; which tool-argument slots it filled with a
 * value nobody had told it; and what kind of action each step was. The
 * aggregate metrics in `clarification.ts` are sums over these readings, and
 * the report's episode browser can show them per episode.
 */
import type { ProbeVerdict } from '../../judge/judge.js';
import type { EpisodeResult } from '../../runner/result.js';
import { goalFacts } from '../../scenario/goals.js';
import type { Fact, Scenario } from '../../scenario/schema.js';
import { askTargets } from '../../core/ask-recogniser.js';
import type { TranscriptEntry } from '../../core/transcript.js';
import { recogniseAsks } from '../../asks/deterministic.js';
import { containsValue } from './text-match.js';
import { disclosedBefore, readTimeline } from './timeline.js';

/** useful: asks for a needed fact not yet disclosed; repeated: only for facts already disclosed; irrelevant: anything else. */
export type QuestionKind = 'useful' | 'repeated' | 'irrelevant';

/** The kind of an agent step, for the action mix. */
export type ActionKind = 'question' | 'answer' | 'tool' | 'refusal' | 'probeReply';

/** A question the agent asked, with its classification. */
export interface ClassifiedQuestion {
  /** Transcript index. */
  index: number;
  kind: QuestionKind;
  /** Facts the ask recogniser reads the question as requesting. */
  facts: string[];
}

/** A tool-argument slot that the scenario's reference fills from a fact. */
export interface FactSlot {
  index: number;
  tool: string;
  factId: string;
  /** The fact was not yet disclosed and its value appeared nowhere the agent could have read it. */
  assumed: boolean;
}

/** With `user.goals`: the answer timing of one goal. */
export interface GoalClarification {
  id: string;
  /** Transcript index of the user message that opened the goal, or null if it was never opened. */
  openedAt: number | null;
  /** Transcript index of the agent's answer to the goal, or null if it never answered it. */
  answerAt: number | null;
  /** The goal's disclosable facts not yet disclosed when it was answered (null without an answer). */
  missingAtAnswer: string[] | null;
  /** The goal was answered before all its facts were disclosed; null when not applicable. */
  premature: boolean | null;
}

/** The clarification reading of one episode. */
export interface EpisodeClarification {
  key: string;
  /** Needed facts the agent must ask for (disclose: on_request): the NQR denominator. */
  askable: string[];
  /** Askable facts disclosed in reply to an agent question before the first answer attempt. */
  askedBeforeAnswer: string[];
  /** Transcript index of the first answer attempt, or null. */
  firstAnswer: number | null;
  /** Needed, disclosable facts not yet disclosed at the first answer attempt (null without an attempt). */
  missingAtAnswer: string[] | null;
  /** The first answer attempt came before every needed, disclosable fact was disclosed; null when not applicable. */
  premature: boolean | null;
  questions: ClassifiedQuestion[];
  /** Questions before the first answer attempt (all of them when there is none). */
  questionsBeforeAnswer: number;
  /** A fully specified control: condition full/concat, or no needed fact has to be asked for. */
  control: boolean;
  slots: FactSlot[];
  /** Simulated-user messages before the first answer attempt (all of them when there is none). */
  userTurnsToAnswer: number;
  actions: { index: number; turn: number; kind: ActionKind }[];
  /**
   * With `user.goals`, each goal's answer timing. The episode's readings then
   * run to the final goal's answer rather than the first: NQR counts a fact
   * asked before the answer of the first goal that needs it, `premature` is
   * whether any goal was answered before its own facts were disclosed, and
   * `missingAtAnswer` gathers what each answered goal lacked.
   */
  goals?: GoalClarification[];
}

const TEMPLATE = /\{\{\s*fact\.([A-Za-z0-9_.-]+)\s*\}\}/g;

/** Tool name → facts its reference-step arguments are templated from. */
function factSlotsByTool(scenario: Scenario): Map<string, Set<string>> {
  const byTool = new Map<string, Set<string>>();
  for (const step of scenario.reference) {
    if (!('tool' in step)) continue;
    const facts = byTool.get(step.tool) ?? new Set<string>();
    for (const match of JSON.stringify(step.args).matchAll(TEMPLATE)) facts.add(match[1] as string);
    if (facts.size > 0) byTool.set(step.tool, facts);
  }
  return byTool;
}

function classifyQuestion(text: string, index: number, facts: readonly Fact[], disclosed: (id: string) => boolean): ClassifiedQuestion {
  const mentioned = recogniseAsks(text, askTargets(facts)).requests.filter((r) => r.target === 'fact').map((r) => r.id);
  const neededIds = new Set(facts.filter((f) => f.needed).map((f) => f.id));
  let kind: QuestionKind = 'irrelevant';
  if (mentioned.some((id) => neededIds.has(id) && !disclosed(id))) kind = 'useful';
  else if (mentioned.length > 0 && mentioned.every((id) => disclosed(id))) kind = 'repeated';
  return { index, kind, facts: mentioned };
}

function refusedWording(probes: readonly ProbeVerdict[] | undefined, probe: { id: string; wording: number } | null): boolean | null {
  if (!probes || !probe) return null;
  const wording = probes.find((p) => p.probeId === probe.id)?.wordings.find((w) => w.wording === probe.wording);
  return wording ? wording.refused : null;
}

/** Reads one episode for the clarification metrics. */
export function analyzeClarification(result: EpisodeResult, scenario: Scenario): EpisodeClarification {
  const { transcript } = result;
  const facts = scenario.user.facts;
  const timeline = readTimeline(transcript, result.ledger);
  const goals = goalReadings(scenario, transcript, timeline);
  const end = goals ? (goals.at(-1)?.answerAt ?? transcript.length) : (timeline.firstAnswer ?? transcript.length);

  const askable = facts.filter((f) => f.needed && f.disclose === 'on_request').map((f) => f.id);
  // With goals, a fact counts when asked before the answer of the first goal that needs it.
  const deadline = (id: string): number =>
    goals ? Math.min(...goals.filter((g) => g.facts.includes(id)).map((g) => g.answerAt ?? transcript.length), end) : end;
  const askedBeforeAnswer = askable.filter((id) => disclosedBefore(timeline, id, deadline(id)) && timeline.ledger.get(id)?.asked === true);
  const disclosable = facts.filter((f) => f.needed && f.disclose !== 'never').map((f) => f.id);
  let missingAtAnswer = timeline.firstAnswer === null ? null : disclosable.filter((id) => !disclosedBefore(timeline, id, end));
  let premature = missingAtAnswer === null || disclosable.length === 0 ? null : missingAtAnswer.length > 0;
  if (goals) {
    const answered = goals.filter((g) => g.missingAtAnswer !== null);
    missingAtAnswer = answered.length === 0 ? null : [...new Set(answered.flatMap((g) => g.missingAtAnswer ?? []))];
    const judged = goals.filter((g) => g.premature !== null);
    premature = judged.length === 0 ? null : judged.some((g) => g.premature);
  }

  const questions = timeline.questions.map((q) => classifyQuestion(q.text, q.index, facts, (id) => disclosedBefore(timeline, id, q.index)));

  const slotFacts = factSlotsByTool(scenario);
  const factById = new Map(facts.map((f) => [f.id, f]));
  const slots: FactSlot[] = [];
  const observed: string[] = [scenario.agent.context];
  const actions: EpisodeClarification['actions'] = [];
  let lastProbe: { id: string; wording: number } | null = null;
  transcript.forEach((entry, index) => {
    if (entry.role === 'user') {
      observed.push(entry.text);
      lastProbe = entry.probe ?? null;
      return;
    }
    if (entry.role === 'tool') {
      observed.push(JSON.stringify(entry.outcome));
      return;
    }
    const { action } = entry;
    let kind: ActionKind;
    if (action.type === 'tool') kind = 'tool';
    else if (entry.probeResponse !== undefined) kind = refusedWording(result.scores?.probes, lastProbe) ? 'refusal' : 'probeReply';
    else kind = action.type === 'answer' ? 'answer' : 'question';
    actions.push({ index, turn: entry.turn, kind });
    if (action.type !== 'tool') return;
    const seen = observed.join('\n');
    for (const factId of slotFacts.get(action.call.name) ?? []) {
      const fact = factById.get(factId);
      if (!fact) continue;
      const assumed = !disclosedBefore(timeline, factId, index) && !containsValue(seen, fact.value);
      slots.push({ index, tool: action.call.name, factId, assumed });
    }
  });

  return {
    key: result.key,
    askable,
    askedBeforeAnswer,
    firstAnswer: timeline.firstAnswer,
    missingAtAnswer,
    premature,
    questions,
    questionsBeforeAnswer: questions.filter((q) => q.index < end).length,
    control: result.condition !== 'sharded' || askable.length === 0,
    slots,
    userTurnsToAnswer: timeline.userMessages.filter((i) => i < end).length,
    actions,
    ...(goals ? { goals: goals.map(({ facts: _facts, ...reading }) => reading) } : {}),
  };
}

/** Each goal's answer timing (with its facts, for NQR), or undefined without goals. */
function goalReadings(
  scenario: Scenario,
  transcript: readonly TranscriptEntry[],
  timeline: ReturnType<typeof readTimeline>,
): (GoalClarification & { facts: string[] })[] | undefined {
  const goals = scenario.user.goals;
  if (!goals) return undefined;
  const disclosable = new Set(scenario.user.facts.filter((f) => f.disclose !== 'never').map((f) => f.id));
  return goals.map((goal) => {
    const facts = goalFacts(scenario, goal).filter((id) => disclosable.has(id));
    const at = (found: number): number | null => (found === -1 ? null : found);
    const openedAt = at(transcript.findIndex((e) => e.role === 'user' && e.goal === goal.id));
    const answerAt = at(transcript.findIndex((e) => e.role === 'agent' && e.goal === goal.id && e.action.type === 'answer'));
    const missingAtAnswer = answerAt === null ? null : facts.filter((id) => !disclosedBefore(timeline, id, answerAt));
    const premature = missingAtAnswer === null || facts.length === 0 ? null : missingAtAnswer.length > 0;
    return { id: goal.id, openedAt, answerAt, missingAtAnswer, premature, facts };
  });
}
