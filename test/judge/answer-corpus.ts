/**
 * Loads the labelled answer corpus (corpora/answers/{dev,heldout}/*.yaml) and
 * scores the deterministic matchers against its labels: agreement, wrong
 * passes (the matcher passes an answer a careful reader fails) and wrong
 * fails. The README's figures and the floors in answer-corpus.test.ts come
 * from this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

export interface CorpusEntry {
  gold: string | number | (string | number)[];
  match: AnswerCheck['match'];
  answer: string;
  verdict: 'pass' | 'fail';
  tolerance?: number;
  threshold?: number;
  file: string;
}

export interface CorpusScore {
  size: number;
  agree: number;
  wrongPasses: CorpusEntry[];
  wrongFails: CorpusEntry[];
}

/** Every entry of one split ("dev" or "heldout"), or of the named files of that split only. */
export function loadCorpus(split: 'dev' | 'heldout', files?: readonly string[]): CorpusEntry[] {
  const dir = join(import.meta.dirname, '../../corpora/answers', split);
  // Between rounds the held-out folder is empty, and git keeps no empty folder.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (files === undefined || files.includes(f)))
    .sort()
    .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as Omit<CorpusEntry, 'file'>[]).map((e) => ({ ...e, file: `${split}/${f}` })));
}

/** Scores the matchers on `entries`. */
export function scoreCorpus(entries: readonly CorpusEntry[]): CorpusScore {
  const wrongPasses: CorpusEntry[] = [];
  const wrongFails: CorpusEntry[] = [];
  for (const e of entries) {
    const verdict = matchAnswer({ answer: e.gold, match: e.match, tolerance: e.tolerance, threshold: e.threshold }, e.answer);
    const expected = e.verdict === 'pass';
    if (verdict.pass && !expected) wrongPasses.push(e);
    if (!verdict.pass && expected) wrongFails.push(e);
  }
  return { size: entries.length, agree: entries.length - wrongPasses.length - wrongFails.length, wrongPasses, wrongFails };
}
