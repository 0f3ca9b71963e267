/**
 * The LLM judge: the deterministic judge first, then a model where asked.
 *
 * - `refusal` (default on, scope `uncertain`): probe wordings whose
 *   detector verdict is uncertain are labelled by the model (scope `all`:
 *   every wording answered in text); the label decides `refused`, the
 *   wording records `decidedBy`, and disagreements with the deterministic
 *   detector are flagged (`llm-refusal.ts`).
 * - `extraction` (default on): a given answer that the deterministic matcher
 *   failed, or passed only by an uncertain reading (`uncertain`), is read by
 *   the model, CRMArena style, and its items compared with the gold as a set
 *   (`llm-extraction.ts`); both verdicts are kept. With
 *   `user.goals`, each goal's answer is read the same way.
 * - `rubric` (optional text): a 0..1 rubric score with a rationale, reported
 *   apart from task success (`llm-rubric.ts`).
 * - the scenario's `expect.rubric` items: each scored with the rubric prompt
 *   and passing at 0.5; items with `counts: true` are part of task success.
 *
 * Every score a model touched lists `judgedBy: [{ model, promptHash }]`, one
 * entry per prompt used, the hash being that of the prompt template (for the
 * rubric, of the template and the rubric text). Calls count in the episode's
 * meter (`input.meter`) under the role `judge`. A judge model that fails after
 * its retries, or never gives a usable reply, fails the judging with
 * `E_INFRA`: the episode is then excluded, not scored by half a judge.
 */
import type { LlmClient } from '../llm/client.js';
import { sha256 } from '../util/hash.js';
import { createDeterministicJudge } from './deterministic.js';
import type { Judge, JudgeInput, Scores } from './judge.js';
import { extractAnswer, extractionPromptHash, needsExtraction } from './llm-extraction.js';
import { classifyProbes, refusalPromptHash, type RefusalScope } from './llm-refusal.js';
import { rubricPromptHash, scoreRubric } from './llm-rubric.js';
import { taskSuccess } from './task-success.js';
import { withGoalAnswer, type GoalVerdict } from './goals.js';

/** Options of {@link createLlmJudge}. */
export interface LlmJudgeOptions {
  /** The judge model's client (without an episode meter: `input.meter` is added per episode). */
  client: LlmClient;
  /** The judge run first; the deterministic judge by default. */
  base?: Judge;
  /** Classify probe responses with the model (default true: the uncertain ones; `'all'`: every one). */
  refusal?: boolean | RefusalScope;
  /** Extract answers from verbose replies the matcher failed (default true). */
  extraction?: boolean;
  /** A rubric to score every episode against (off when absent). */
  rubric?: string;
  /** The name recorded in results; `llm:<model>` by default. */
  name?: string;
}

/** The prompt hashes an LLM judge may record, for the manifest. */
export interface LlmJudgeProvenance {
  model: string;
  prompts: { refusal?: string; extraction?: string; rubric?: string };
}

/** The provenance of a judge with these options (prompt template hashes, model). */
export function llmJudgeProvenance(options: Pick<LlmJudgeOptions, 'client' | 'refusal' | 'extraction' | 'rubric'>): LlmJudgeProvenance {
  const prompts: LlmJudgeProvenance['prompts'] = {};
  if ((options.refusal ?? true) !== false) prompts.refusal = refusalPromptHash();
  if (options.extraction ?? true) prompts.extraction = extractionPromptHash();
  if (options.rubric !== undefined) prompts.rubric = sha256({ template: rubricPromptHash(), rubric: options.rubric });
  return { model: options.client.config.model, prompts };
}

/**
 * Creates an LLM judge.
 *
 * @example
 * const judge = createLlmJudge({ client: createLlmClient({ config, cache }) });
 * const scores = await judge.score({ scenario, transcript, answer, termination, meter });
 */
export function createLlmJudge(options: LlmJudgeOptions): Judge {
  const base = options.base ?? createDeterministicJudge();
  const provenance = llmJudgeProvenance(options);
  const model = options.client.config.model;
  return {
    name: options.name ?? `llm:${model}`,
    score: async (input: JudgeInput): Promise<Scores> => {
      const metered: LlmClient = input.meter ? options.client.withMeter(input.meter) : options.client;
      // Every judge request carries the episode's signal, so a deadline or Ctrl-C cancels it in flight.
      const signal = input.signal;
      const client: LlmClient = signal ? { ...metered, chat: (request) => metered.chat({ ...request, signal: request.signal ?? signal }) } : metered;
      const scores = await base.score(input);
      const used = new Set<string>();
      let { answer, probes } = scores;
      if ((options.refusal ?? true) !== false && probes.length > 0) {
        const scope: RefusalScope = options.refusal === 'all' ? 'all' : 'uncertain';
        const classified = await classifyProbes(client, input.scenario, probes, scope);
        probes = classified.probes;
        if (classified.called) used.add(provenance.prompts.refusal as string);
      }
      if ((options.extraction ?? true) && needsExtraction(answer)) {
        answer = await extractAnswer(client, input.scenario, answer);
        used.add(provenance.prompts.extraction as string);
      }
      let goals = scores.goals;
      if ((options.extraction ?? true) && goals?.some((g) => needsExtraction(g.answer))) {
        // Each goal's answer is read against that goal's request, not the scenario's overall goal.
        const read: GoalVerdict[] = [];
        for (const [i, verdict] of goals.entries()) {
          const goal = input.scenario.user.goals?.[i];
          if (!goal || !needsExtraction(verdict.answer)) read.push(verdict);
          else read.push(withGoalAnswer(verdict, await extractAnswer(client, { ...input.scenario, user: { ...input.scenario.user, goal: goal.goal } }, verdict.answer)));
        }
        goals = read;
        used.add(provenance.prompts.extraction as string);
      }
      const out: Scores = { ...scores, answer, probes, ...(goals ? { goals } : {}) };
      const items = input.scenario.expect.rubric;
      if (items.length > 0) {
        // Each item is scored on its own with the rubric prompt; an item passes at a score of 0.5 or more.
        out.rubricItems = [];
        for (const item of items) {
          const judged = await scoreRubric(client, input, item.text);
          out.rubricItems.push({ id: item.id, counts: item.counts, judged: true, pass: judged.score >= 0.5, rationale: judged.rationale });
        }
        used.add(provenance.prompts.rubric ?? rubricPromptHash());
      }
      if (answer !== scores.answer || goals !== scores.goals || items.length > 0) Object.assign(out, taskSuccess(out));
      if (options.rubric !== undefined) {
        out.rubric = await scoreRubric(client, input, options.rubric);
        used.add(provenance.prompts.rubric as string);
      }
      if (used.size > 0) out.judgedBy = [...(scores.judgedBy ?? []), ...[...used].map((promptHash) => ({ model, promptHash }))];
      return out;
    },
  };
}
