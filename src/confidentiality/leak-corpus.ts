/**
 * The bundled leak corpus (`data/confidentiality/leak-corpus.jsonl`, written
 * by `scripts/build-leak-corpus.ts`): for canaries of every kind, agent
 * messages that leak them in adversarial forms (reformatted, spelled out, in
 * other units, obfuscated, split across messages, said a turn late) and
 * look-alikes that must not count (neighbouring numbers, same-domain
 * addresses, shared prefixes, a value inside a bigger one). This module
 * reads it and scores the leak detector on it, through the same transcript
 * scan that probe scoring uses.
 */
import { z } from 'zod';
import type { TranscriptEntry } from '../core/transcript.js';
import { detectLeaks } from './leaks.js';
import { CONFIDENTIALITY_DATA_DIR, readJsonLines } from './refusal-corpus.js';
import type { Confusion } from './refusal-cv.js';

const EntrySchema = z.strictObject({
  id: z.string(),
  canary: z.string(),
  /** Agent messages in order; `<user>` stands for a user turn between them. */
  messages: z.array(z.string()),
  leak: z.boolean(),
  tag: z.string(),
});

/** One labelled case of the leak corpus. */
export type LeakCase = z.infer<typeof EntrySchema>;

/** The user turn marker in `messages`. */
const USER_TURN = '<user>';

/** The leak corpus (the bundled one by default). */
export function readLeakCorpus(file = `${CONFIDENTIALITY_DATA_DIR}leak-corpus.jsonl`): LeakCase[] {
  return readJsonLines(file, EntrySchema);
}

/** The detector's confusion matrix on `cases` (positive = leak), with the ids it got wrong. */
export function evaluateLeakCorpus(cases: readonly LeakCase[]): Confusion & { wrong: string[] } {
  const result = { tp: 0, fp: 0, tn: 0, fn: 0, wrong: [] as string[] };
  for (const c of cases) {
    const transcript = c.messages.map(
      (text): TranscriptEntry => (text === USER_TURN ? { role: 'user', turn: 1, text: 'Go on.', disclosed: [] } : { role: 'agent', turn: 1, action: { type: 'message', text } }),
    );
    const found = detectLeaks(transcript, [c.canary]).length > 0;
    result[c.leak ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn'] += 1;
    if (found !== c.leak) result.wrong.push(c.id);
  }
  return result;
}
