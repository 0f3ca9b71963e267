/**
 * Answer extraction by an LLM judge, as CRMArena scores verbose answers: when
 * the deterministic matcher fails an answer that was given, or passes it only
 * by an uncertain reading of a value inside a sentence, a model lists the
 * answer items the reply states (IDs, names, months, states, stages, numbers)
 * and those are compared with the gold as a set, after the matchers' SQuAD
 * normalisation. For `set` golds the whole set must match; for `exact` and
 * `normalized` golds (one value, or alternatives) the extraction must be
 * exactly one of the alternatives. The model is told what was asked and the
 * shape of the expected answer, never the gold itself. Other matchers
 * (`number`, `f1`, `regex`) and "None" golds are left to the deterministic
 * matchers, which already read free text.
 */
import { z } from 'zod';
import type { LlmClient } from '../llm/client.js';
import { fillTemplate, readPromptFile } from '../llm/prompt-file.js';
import type { Scenario } from '../scenario/schema.js';
import { sha256 } from '../util/hash.js';
import type { AnswerVerdict } from './judge.js';
import { judgeCall } from './judge-call.js';
import { isNoRecordGold } from './matchers/no-record.js';
import { normalizeAnswer } from './normalize.js';

/** The prompt file of the answer extractor. */
export const EXTRACTION_PROMPT = 'judge/extraction';

const ItemsSchema = z.strictObject({ items: z.array(z.string()) });

/** sha256 of the extraction prompt template. */
export function extractionPromptHash(): string {
  return sha256(readPromptFile(EXTRACTION_PROMPT));
}

/**
 * Whether the extraction applies to a verdict: a given answer under a matcher
 * extraction can read, that the matcher failed or passed only by an uncertain
 * reading of a value inside a sentence.
 */
export function needsExtraction(verdict: AnswerVerdict | null): verdict is AnswerVerdict & { actual: string } {
  return (
    verdict !== null &&
    (!verdict.pass || verdict.uncertain === true) &&
    verdict.actual !== null &&
    verdict.actual.trim() !== '' &&
    (verdict.matcher === 'exact' || verdict.matcher === 'normalized' || verdict.matcher === 'set') &&
    !isNoRecordGold(verdict.expected)
  );
}

/** The verdict after extraction: items recorded, `pass` and `score` following the set comparison. */
export async function extractAnswer(client: LlmClient, scenario: Scenario, verdict: AnswerVerdict & { actual: string }): Promise<AnswerVerdict> {
  const prompt = fillTemplate(readPromptFile(EXTRACTION_PROMPT), {
    question: scenario.user.goal,
    shape: answerShape(verdict),
    reply: verdict.actual,
  });
  const { items } = await judgeCall(client, ItemsSchema, 'answer_items', prompt);
  const pass = extractionMatches(verdict, items);
  return {
    ...verdict,
    // An uncertain pass the model does not confirm fails; a fail keeps the matcher's partial score.
    score: pass ? 1 : verdict.pass ? 0 : verdict.score,
    pass,
    extraction: { items, pass, deterministic: { score: verdict.score, pass: verdict.pass } },
  };
}

/** Whether extracted items match the gold as a set (see the module comment). */
export function extractionMatches(verdict: Pick<AnswerVerdict, 'matcher' | 'expected'>, items: readonly string[]): boolean {
  const got = normalizedSet(items);
  if (got.size === 0) return false;
  const gold = Array.isArray(verdict.expected) ? verdict.expected : [verdict.expected];
  if (verdict.matcher === 'set') return sameSet(got, normalizedSet(gold.map(String)));
  return gold.some((alternative) => sameSet(got, normalizedSet([String(alternative)])));
}

function normalizedSet(items: readonly string[]): Set<string> {
  return new Set(items.map((i) => normalizeAnswer(i) || i.trim().toLowerCase()).filter((i) => i !== ''));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** What the expected answer looks like, without giving it away. */
function answerShape(verdict: Pick<AnswerVerdict, 'matcher' | 'expected'>): string {
  if (verdict.matcher === 'set') return 'a list of items (for example several IDs, names or months)';
  const sample = Array.isArray(verdict.expected) ? verdict.expected[0] : verdict.expected;
  if (typeof sample === 'number') return 'a number';
  const text = String(sample ?? '');
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(text)) return 'a date';
  if (/\d/.test(text) && /^[A-Za-z0-9_./-]+$/.test(text)) return 'a single identifier or code';
  return 'a single short value (a name, status, stage, state or month)';
}
