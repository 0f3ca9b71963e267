/**
 * The single call site through which `user.rules` ask "did the agent's message
 * ask for fact X?". Today it uses the cue matching the agenda user's
 * disclosure rules use; it is async and takes the fact whole so that it can
 * be switched to the ask recogniser (`AskRecogniser.recognise`) without
 * touching the rules.
 */
import type { Fact } from '../scenario/schema.js';
import { firstCue } from './cues.js';

/** Whether `message` asks for `fact`. */
export async function asksForFact(message: string, fact: Fact, options: { signal?: AbortSignal } = {}): Promise<boolean> {
  options.signal?.throwIfAborted();
  return firstCue(message, fact.cues) !== undefined;
}
