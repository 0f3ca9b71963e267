/**
 * The deterministic ask recogniser: no network, a few microseconds a message,
 * and every decision explained. It cuts the message into clauses, keeps the
 * requests (`clauses.ts`), and in each request scores the targets by their
 * cues, text, kind lexicon and objects, choosing between them
 * (`score.ts`). A target asked for in several clauses is reported once, at
 * its first request.
 */
import type { FactKind } from '../scenario/schema.js';
import type { AskRecogniser, AskRecognition, AskRequest, AskTarget } from '../core/ask-recogniser.js';
import { readClauses } from './clauses.js';
import { findOccurrences } from './evidence.js';
import { profileTarget, type TargetProfile } from './profile.js';
import { chooseTargets } from './score.js';
import { tokenize } from './tokens.js';

const CONFIDENCE: Record<number, number> = { 3: 0.95, 2: 0.85, 1: 0.6 };
const profileCache = new WeakMap<readonly AskTarget[], TargetProfile[]>();

/** The kind a text names: its first strong lexicon term, else its first weak one. */
export function inferKind(text: string): FactKind | undefined {
  const occurrences = findOccurrences(tokenize(text), []);
  return (occurrences.find((o) => o.strength === 'strong') ?? occurrences[0])?.kind;
}

function profilesOf(targets: readonly AskTarget[]): TargetProfile[] {
  let profiles = profileCache.get(targets);
  if (!profiles) {
    profiles = targets.map((t) => profileTarget(t, inferKind));
    profileCache.set(targets, profiles);
  }
  return profiles;
}

/**
 * What `message` asks for among `targets`, synchronously. The same function
 * backs {@link createDeterministicAskRecogniser}.
 *
 * @example
 * recogniseAsks("What's the reference on your receipt?", askTargets(scenario.user.facts)).requests;
 * // [{ id: 'order_number', why: 'identifier word "reference" + object "receipt"', … }]
 */
export function recogniseAsks(message: string, targets: readonly AskTarget[]): AskRecognition {
  // The same agent questions come back seed after seed; reading one is pure, so each is read once per target set.
  let cache = recognitionCache.get(targets);
  if (!cache) recognitionCache.set(targets, (cache = new Map()));
  const hit = cache.get(message);
  if (hit) return hit;
  const recognition = freezeRecognition(readAsks(message, targets));
  if (cache.size >= MAX_CACHED_MESSAGES) cache.delete(cache.keys().next().value as string);
  cache.set(message, recognition);
  return recognition;
}

/** Readings of recent messages per target set (bounded: agents' messages are free text); frozen, as they are shared. */
const recognitionCache = new WeakMap<readonly AskTarget[], Map<string, AskRecognition>>();
const MAX_CACHED_MESSAGES = 512;

function freezeRecognition(recognition: AskRecognition): AskRecognition {
  for (const request of recognition.requests) Object.freeze(request);
  Object.freeze(recognition.requests);
  Object.freeze(recognition.explanation);
  return Object.freeze(recognition);
}

function readAsks(message: string, targets: readonly AskTarget[]): AskRecognition {
  const profiles = profilesOf(targets);
  const requests = new Map<string, AskRequest>();
  const explanation: string[] = [];
  let previous: ReturnType<typeof readClauses>[number] | undefined;
  for (const clause of readClauses(message)) {
    if (!clause.request) {
      explanation.push(`"${clause.text}": not a request (${clause.reason})`);
      previous = clause;
      continue;
    }
    const choices = chooseTargets(clause.tokens, profiles, previous?.tokens);
    previous = clause;
    if (choices.length === 0) {
      explanation.push(`"${clause.text}": a request (${clause.reason}) for nothing the user holds`);
      continue;
    }
    const parts: string[] = [];
    for (const choice of choices) {
      const target = targets[choice.target] as AskTarget;
      parts.push(`${target.id} by ${choice.why}`);
      if (requests.has(target.id)) continue;
      requests.set(target.id, {
        id: target.id,
        target: target.target,
        index: clause.tokens[choice.at]?.start ?? clause.start,
        confidence: CONFIDENCE[choice.score] ?? 0.5,
        why: choice.why,
      });
    }
    explanation.push(`"${clause.text}": a request (${clause.reason}) for ${parts.join('; ')}`);
  }
  return { requests: [...requests.values()].sort((a, b) => a.index - b.index), explanation };
}

/**
 * Creates the deterministic recogniser (the default everywhere).
 *
 * @example
 * const asks = createDeterministicAskRecogniser();
 * const { requests } = await asks.recognise('Which of your orders?', askTargets(facts));
 */
export function createDeterministicAskRecogniser(): AskRecogniser {
  return {
    name: 'deterministic',
    recognise: async (message, targets, options) => {
      options?.signal?.throwIfAborted();
      return recogniseAsks(message, targets);
    },
  };
}
