/**
 * `explain-ask`: what the deterministic recogniser makes of one message in
 * one scenario, as data and as text, so a scenario author can see why a
 * question did or did not reveal a fact before running anything.
 */
import type { Scenario } from '../scenario/schema.js';
import { askTargets, type AskRecognition } from '../core/ask-recogniser.js';
import { recogniseAsks } from './deterministic.js';

/**
 * The recogniser's decision on `message` against a scenario's facts and unknowns.
 *
 * @example
 * explainAsk(scenario, 'Which of your orders?').requests[0]?.why; // '"which/what" + object "orders"'
 */
export function explainAsk(scenario: Scenario, message: string): AskRecognition {
  return recogniseAsks(message, askTargets(scenario.user.facts, scenario.user.unknowns));
}

/** A recognition as lines of text: the requests with their reasons, then the reading of each clause. */
export function formatAskExplanation(recognition: AskRecognition): string {
  const lines = [recognition.requests.length === 0 ? 'asks for nothing the user holds' : 'asks for:'];
  for (const r of recognition.requests) lines.push(`  ${r.id} (${r.target}, confidence ${r.confidence.toFixed(2)}): ${r.why}`);
  lines.push('clauses:');
  for (const line of recognition.explanation) lines.push(`  ${line}`);
  return lines.join('\n');
}
