/**
 * Finding the words that could ask for something in one clause: lexicon
 * terms (with their kind and strength), targets' cues, not-cues and text
 * phrases, and object words. Phrases match on stems and may skip articles
 * and possessives between their words ("name of your company" matches "name
 * of company"). When a longer phrase covers a shorter one, the shorter one is
 * dropped: "email address" is not also an address, "order number" not also a
 * bare "number".
 */
import type { FactKind } from '../scenario/schema.js';
import { LEXICONS } from './lexicons.js';
import type { TargetProfile } from './profile.js';
import { phraseStems, SKIPPABLE, type Token } from './tokens.js';

/** One match of a term in a clause: tokens [from, to). */
export interface Occurrence {
  from: number;
  to: number;
  source: 'kind' | 'cue' | 'text' | 'notCue';
  /** The words as written in the message. */
  words: string;
  kind?: FactKind;
  strength?: 'strong' | 'weak';
  /** For cues, texts and not-cues: the target's index. */
  target?: number;
}

interface Term {
  stems: string[];
  kind: FactKind;
  strength: 'strong' | 'weak';
}

const TERMS: Term[] = (Object.keys(LEXICONS) as FactKind[]).flatMap((kind) => [
  ...LEXICONS[kind].strong.map((t) => ({ stems: phraseStems(t), kind, strength: 'strong' as const })),
  ...LEXICONS[kind].weak.map((t) => ({ stems: phraseStems(t), kind, strength: 'weak' as const })),
]);
/** Lexicon terms by their first stem, so a message is scanned once rather than once per term. */
const TERMS_BY_FIRST = new Map<string, Term[]>();
for (const term of TERMS) {
  const first = term.stems[0];
  if (first !== undefined) TERMS_BY_FIRST.set(first, [...(TERMS_BY_FIRST.get(first) ?? []), term]);
}

/**
 * End (exclusive) of `stems` matched at token `at`, or -1. Skippable words
 * may sit between the phrase's words, not before its first.
 */
export function matchAt(tokens: readonly Token[], at: number, stems: readonly string[]): number {
  let i = at;
  for (let j = 0; j < stems.length; j++) {
    while (j > 0 && i < tokens.length && tokens[i]?.stem !== stems[j] && SKIPPABLE.has(tokens[i]?.word as string)) i++;
    if (tokens[i]?.stem !== stems[j]) return -1;
    i++;
  }
  return i;
}

/** Every occurrence of a lexicon term, cue, not-cue or text phrase in `tokens`, shorter ones covered by longer ones removed. */
export function findOccurrences(tokens: readonly Token[], profiles: readonly TargetProfile[]): Occurrence[] {
  const found: Occurrence[] = [];
  const addAt = (at: number, stems: readonly string[], base: Omit<Occurrence, 'from' | 'to' | 'words'>): void => {
    const to = matchAt(tokens, at, stems);
    if (to < 0) return;
    if (stems.length === 2 && stems[0] === 'number' && stems[1] === 'of' && !pluralFollows(tokens, to)) return;
    found.push({ ...base, from: at, to, words: tokens.slice(at, to).map((t) => t.word).join(' ') });
  };
  const add = (stems: readonly string[], base: Omit<Occurrence, 'from' | 'to' | 'words'>): void => {
    if (stems.length === 0) return;
    for (let at = 0; at < tokens.length; at++) if (tokens[at]?.stem === stems[0]) addAt(at, stems, base);
  };
  tokens.forEach((token, at) => {
    for (const term of TERMS_BY_FIRST.get(token.stem) ?? []) addAt(at, term.stems, { source: 'kind', kind: term.kind, strength: term.strength });
  });
  profiles.forEach((p, target) => {
    for (const cue of p.cues) add(cue, { source: 'cue', target });
    for (const notCue of p.notCues) add(notCue, { source: 'notCue', target });
    if (p.textPhrase) add(p.textPhrase, { source: 'text', target });
  });
  return dropCovered(found);
}

/** "number of" counts things ("number of travellers"), not "number of the ticket". */
function pluralFollows(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < tokens.length && SKIPPABLE.has(tokens[i]?.word as string)) i++;
  const word = tokens[i];
  if (!word || i > at) return false;
  return ['people', 'children', 'adults', 'men', 'women'].includes(word.word) || (word.word !== word.stem && /s$/u.test(word.word));
}

function dropCovered(found: Occurrence[]): Occurrence[] {
  const sorted = [...found].sort((a, b) => b.to - b.from - (a.to - a.from));
  const kept: Occurrence[] = [];
  for (const occ of sorted) {
    if (occ.source === 'notCue') {
      kept.push(occ);
      continue;
    }
    const covered = kept.some((k) => k.source !== 'notCue' && k.to - k.from > occ.to - occ.from && k.from <= occ.from && k.to >= occ.to);
    if (!covered) kept.push(occ);
  }
  return kept.sort((a, b) => a.from - b.from || a.to - b.to);
}
