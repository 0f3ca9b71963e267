/**
 * What the recogniser knows about one target before reading any message: its
 * kind (declared, else inferred from its text and cues), the phrase its text
 * names ("order number" from "my order number"), the objects it is about
 * (primary: the thing the text names, "order"; secondary: things it merely
 * mentions, "account" in "the email address on my account"), its cues and
 * not-cues as stems, and for periods whether it is the start or the end.
 */
import type { FactKind } from '../scenario/schema.js';
import type { AskTarget } from '../core/ask-recogniser.js';
import { LEXICONS, PERIOD_ROLES } from './lexicons.js';
import { synonymsOf } from './objects.js';
import { phraseStems, tokenize } from './tokens.js';

/** A target ready for matching. */
export interface TargetProfile {
  target: AskTarget;
  kind: FactKind | undefined;
  /** The text's head phrase as stems, when it has two words or more. */
  textPhrase: string[] | undefined;
  /** Object stems (synonyms included) the text names. */
  primary: Set<string>;
  /** Object stems the text only mentions. */
  secondary: Set<string>;
  cues: string[][];
  notCues: string[][];
  role: 'start' | 'end' | undefined;
}

const STOP = new Set(
  ('my i me we us our your you the a an is was are were be been have had has to of on for in at with which that who what when how many much ' +
    'want did do does it this they she he her his their its and or not keep under by from as full first last exact correct current new old ' +
    'best right main own type kind will would can could should just also where whose there here some any all about into please know')
    .split(' '),
);
const BREAK = new Set(['the', 'a', 'an', 'i', 'we', 'she', 'he', 'they', 'you', 'is', 'was', 'are', 'were', 'that', 'which', 'who', 'on', 'in', 'at', 'for', 'with', 'from', 'under', 'to', 'when']);
const LEAD = new Set(['my', 'the', 'a', 'an', 'our', 'your', 'which', 'what', 'how', 'many', 'much', 'his', 'her', 'their']);

const kindWords = new Map<FactKind, Set<string>>(
  (Object.keys(LEXICONS) as FactKind[]).map((kind) => [
    kind,
    new Set([...LEXICONS[kind].strong, ...LEXICONS[kind].weak].map((t) => phraseStems(t)).filter((s) => s.length === 1).map((s) => s[0] as string)),
  ]),
);

/** Builds the profile of a target; `inferKind` reads a kind off text when none is declared. */
export function profileTarget(target: AskTarget, inferKind: (text: string) => FactKind | undefined): TargetProfile {
  const text = target.text ?? '';
  const kind = target.kind ?? inferKind(text) ?? target.cues.map(inferKind).find((k) => k !== undefined);
  const tokens = tokenize(text);
  const own = kind ? (kindWords.get(kind) as Set<string>) : new Set<string>();
  const whText = ['when', 'where', 'since'].includes(tokens[0]?.word ?? '');
  let i = 0;
  while (i < tokens.length && LEAD.has(tokens[i]?.word as string)) i++;
  const head: string[] = [];
  const headStart = i;
  for (; i < tokens.length && (i === headStart || !BREAK.has(tokens[i]?.word as string)); i++) head.push(tokens[i]?.stem as string);
  // "the date of my flight": the head names the kind, so what follows only qualifies it.
  const firstContent = head.find((s) => !STOP.has(s));
  const qualified = firstContent !== undefined && own.has(firstContent);
  const primary = new Set<string>();
  const secondary = new Set<string>();
  for (const token of tokens) {
    if (STOP.has(token.word) || own.has(token.stem) || /^\d+$/u.test(token.word)) continue;
    const isHead = !whText && !qualified && head.includes(token.stem);
    for (const s of synonymsOf(token.stem)) (isHead ? primary : secondary).add(s);
  }
  for (const s of primary) secondary.delete(s);
  const contentHead = head.filter((s) => !STOP.has(s));
  return {
    target,
    kind,
    textPhrase: contentHead.length >= 2 ? head.filter((s) => !LEAD.has(s)) : undefined,
    primary,
    secondary,
    cues: target.cues.map(phraseStems).filter((s) => s.length > 0),
    notCues: target.notCues.map(phraseStems).filter((s) => s.length > 0),
    role: kind === 'period' ? roleOf(tokens.map((t) => t.word)) : undefined,
  };
}

function roleOf(words: readonly string[]): 'start' | 'end' | undefined {
  const start = words.some((w) => (PERIOD_ROLES.start as readonly string[]).includes(w) && w !== 'since');
  const end = words.some((w) => (PERIOD_ROLES.end as readonly string[]).includes(w) && w !== 'to');
  return start === end ? undefined : start ? 'start' : 'end';
}
