/**
 * Scoring the targets of one request clause and choosing between them.
 *
 * A target scores 3 for one of its cues or its text phrase ("order number"),
 * or for a term of its kind together with one of its objects ("reference" +
 * "purchase"); 2 for a strong term of its kind alone ("e-mail") or for its
 * object picked out by "which/what" ("which of your orders"); 1 for a weak
 * term alone ("when", "number"). Targets are then taken best first, and one
 * whose words were all used by a better-scoring target is dropped: in "when
 * did the problem start?" the word "problem" belongs to the start date, not
 * to the problem. A weak match counts only when nothing better used its words
 * and no other target shares it ("what's the number?" with an order and a
 * phone number asks for neither). A period's start or end is kept alone when
 * the clause says which ("start date", "up to which day").
 */
import { ALSO_ACCEPTS, PERIOD_ROLES } from './lexicons.js';
import { findOccurrences, type Occurrence } from './evidence.js';
import type { TargetProfile } from './profile.js';
import { SKIPPABLE, type Token } from './tokens.js';

/** A target chosen in a clause. */
export interface Choice {
  target: number;
  score: number;
  /** First token of its evidence. */
  at: number;
  why: string;
}

interface Evidence {
  score: number;
  tokens: Set<number>;
  why: string;
  at: number;
  /** For a weak match: the kind word was an interrogative ("when", "who"), which may stand beside other questions. */
  wh?: boolean;
}

const WH_WEAK = new Set(['when', 'where', 'who', 'whom', 'whose', 'since']);
/** Words after which an interrogative still opens a question ("…and when?", "tell me when"). */
const WH_LEAD = new Set(['and', 'or', 'but', 'so', 'then', 'me', 'us', 'know', 'tell', 'say', 'remember', 'recall', 'exactly', 'also', 'ok', 'okay', 'now', 'just', 'from', 'since', 'until', 'till', 'to']);

const SELECTORS = new Set(['which', 'what', 'whose', "what's"]);
const FILLER = new Set([...SKIPPABLE, 'exact', 'exactly', 'specific', 'particular', 'two', 'both', 'other', 'open', 'recent', 'latest', 'last']);
const PREFERENCE = [['would', 'you', 'like'], ['would', 'you', 'prefer'], ['do', 'you', 'want'], ['do', 'you', 'prefer'], ['shall', 'we'], ['should', 'we'], ['shall', 'i'], ['should', 'i'], ['would', 'it', 'suit']];
const ANAPHORA = [['which', 'one'], ['which', 'ones'], ['which', 'of', 'them'], ['which', 'of', 'those'], ['which', 'of', 'these'], ['which', 'is', 'it'], ['what', 'one']];

/** The targets a request clause asks for, with their evidence. `previous` is the clause before it, for "which one do you mean?". */
export function chooseTargets(tokens: readonly Token[], profiles: readonly TargetProfile[], previous: readonly Token[] | undefined): Choice[] {
  const preference = PREFERENCE.some((seq) => hasSeq(tokens, seq));
  // "When would you like us to call you?" offers a choice; it asks for no date and no phone number.
  const occurrences = findOccurrences(tokens, profiles).filter(
    (o) => !preference || o.source !== 'kind' || (o.strength === 'strong' && !(o.kind === 'phone' && o.words.split(' ').includes('you'))),
  );
  const anaphora = previous !== undefined && ANAPHORA.some((seq) => seq.every((w, j) => tokens.some((_, i) => tokens[i + j]?.word === w) && hasSeq(tokens, seq)));
  const evidence = profiles.map((p, i) => evidenceFor(i, p, tokens, occurrences, anaphora ? previous : undefined));
  const order = evidence.map((e, i) => ({ e, i })).filter((x) => x.e.score > 0).sort((a, b) => b.e.score - a.e.score || a.e.at - b.e.at);
  const chosen: Choice[] = [];
  const claimed = new Map<number, number>();
  for (const { e, i } of order) {
    if (e.score >= 2) {
      const stolen = [...e.tokens].every((t) => (claimed.get(t) ?? 0) > e.score);
      if (stolen) continue;
    } else if (!weakStands(e, i, order, chosen, claimed, profiles, previous)) continue;
    chosen.push({ target: i, score: e.score, at: e.at, why: e.why });
    for (const t of e.tokens) claimed.set(t, Math.max(claimed.get(t) ?? 0, e.score));
  }
  return keepPeriodRole(chosen, profiles, tokens);
}

/**
 * Whether a weak match is kept: its words are free; an interrogative is not
 * followed closely by a better match (in "who your employer is" the question
 * is about the employer), and any other weak word stands only in a clause that
 * asked for nothing better; among targets sharing the word, one alone wins,
 * or the one whose kind the previous clause named.
 */
function weakStands(
  e: Evidence,
  i: number,
  order: readonly { e: Evidence; i: number }[],
  chosen: readonly Choice[],
  claimed: ReadonlyMap<number, number>,
  profiles: readonly TargetProfile[],
  previous: readonly Token[] | undefined,
): boolean {
  if ([...e.tokens].some((t) => claimed.has(t))) return false;
  if (e.wh) {
    if (chosen.some((c) => c.at > e.at && c.at <= e.at + 3)) return false;
  } else if (chosen.length > 0) return false;
  const rivals = order.filter((x) => x.i !== i && x.e.score === 1 && [...x.e.tokens].some((t) => e.tokens.has(t)));
  const samePeriod = rivals.every((x) => profiles[x.i]?.kind === 'period' && profiles[i]?.kind === 'period');
  if (rivals.length === 0 || samePeriod) return true;
  if (!previous) return false;
  const named = [i, ...rivals.map((x) => x.i)].filter((t) => namedIn(previous, profiles[t] as TargetProfile));
  return named.length === 1 && named[0] === i;
}

/** Whether a clause names a target's kind or its object: "Do you still have the receipt? The number on it would help." */
function namedIn(tokens: readonly Token[], p: TargetProfile): boolean {
  return findOccurrences(tokens, []).some((o) => o.kind === p.kind && o.strength === 'strong') || objectHits(tokens, p).some((h) => h.primary);
}

function hasSeq(tokens: readonly Token[], seq: readonly string[]): boolean {
  return tokens.some((_, i) => seq.every((w, j) => tokens[i + j]?.word === w));
}

function evidenceFor(index: number, p: TargetProfile, tokens: readonly Token[], occurrences: readonly Occurrence[], previous: readonly Token[] | undefined): Evidence {
  const vetoed = new Set<number>();
  for (const o of occurrences) if (o.source === 'notCue' && o.target === index) for (let t = o.from; t < o.to; t++) vetoed.add(t);
  const usable = (o: Occurrence): boolean => !rangeOf(o).some((t) => vetoed.has(t));
  const none: Evidence = { score: 0, tokens: new Set(), why: '', at: -1 };

  const own = occurrences.find((o) => (o.source === 'cue' || o.source === 'text') && o.target === index && usable(o));
  if (own) return { score: 3, tokens: new Set(rangeOf(own)), why: `${own.source === 'cue' ? 'cue' : 'its text'} "${own.words}"`, at: own.from };

  const accepted = p.kind ? [p.kind, ...(ALSO_ACCEPTS[p.kind] ?? [])] : [];
  const kindOccs = occurrences.filter((o) => o.source === 'kind' && o.kind !== undefined && accepted.includes(o.kind) && usable(o));
  const strong = kindOccs.find((o) => o.strength === 'strong');
  const weak = kindOccs.find((o) => o !== strong && o.strength === 'weak' && (!isWh(o) || whOpens(tokens, o.from)));
  const kindOcc = strong ?? weak;

  // Object words, unless a longer phrase of something else already explains them.
  const blockers = occurrences.filter((o) => o.to - o.from > 1 && o.source !== 'notCue' && !(o.target === index) && !(o.source === 'kind' && o.kind === p.kind));
  const objects = objectHits(tokens, p).filter((h) => !vetoed.has(h.at) && !blockers.some((b) => b.from <= h.at && h.at < b.to));
  const outside = kindOcc ? objects.filter((h) => !rangeOf(kindOcc).includes(h.at)) : [];
  const anyObject = outside.find((h) => h.primary) ?? (strong || p.primary.size === 0 ? outside[0] : undefined);

  if (kindOcc && anyObject) {
    return {
      score: 3,
      tokens: new Set([...rangeOf(kindOcc), anyObject.at]),
      why: `${p.kind} word "${kindOcc.words}" + object "${anyObject.word}"`,
      at: Math.min(kindOcc.from, anyObject.at),
    };
  }
  if (strong) return { score: 2, tokens: new Set(rangeOf(strong)), why: `${p.kind} word "${strong.words}"`, at: strong.from };
  const selected = objects.find((h) => h.primary && selectorBefore(tokens, h.at));
  if (selected) return { score: 2, tokens: new Set([selected.at]), why: `"which/what" + object "${selected.word}"`, at: selected.at };
  if (previous) {
    const back = objectHits(previous, p).find((h) => h.primary);
    if (back) {
      const at = tokens.findIndex((t) => t.word === 'which' || t.word === 'what');
      return { score: 2, tokens: new Set([at]), why: `"which one" refers to "${back.word}" just before`, at };
    }
  }
  if (weak) return { score: 1, tokens: new Set(rangeOf(weak)), why: `${weak.kind} word "${weak.words}" (weak; nothing else fits)`, at: weak.from, wh: isWh(weak) };
  return none;
}

function isWh(o: Occurrence): boolean {
  return o.to - o.from === 1 && WH_WEAK.has(o.words);
}

/** An interrogative opens a question at the start of the clause or after a conjunction or "tell me"; "…you used when ordering" does not. */
function whOpens(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.word;
  return before === undefined || WH_LEAD.has(before);
}

function rangeOf(o: Occurrence): number[] {
  return Array.from({ length: o.to - o.from }, (_, k) => o.from + k);
}

function objectHits(tokens: readonly Token[], p: TargetProfile): { at: number; word: string; primary: boolean }[] {
  const hits: { at: number; word: string; primary: boolean }[] = [];
  tokens.forEach((t, at) => {
    const pair = at + 1 < tokens.length ? `${t.stem} ${tokens[at + 1]?.stem}` : '';
    if (p.primary.has(t.stem) || p.primary.has(pair)) hits.push({ at, word: t.word, primary: true });
    else if (p.secondary.has(t.stem) || p.secondary.has(pair)) hits.push({ at, word: t.word, primary: false });
  });
  return hits;
}

function selectorBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 4; i--) {
    const word = tokens[i]?.word as string;
    if (SELECTORS.has(word)) return true;
    if (!FILLER.has(word)) return false;
  }
  return false;
}

/** Of the chosen period targets, keeps only the start or only the end when the clause names one of them next to a period word. */
function keepPeriodRole(chosen: Choice[], profiles: readonly TargetProfile[], tokens: readonly Token[]): Choice[] {
  const periods = chosen.filter((c) => profiles[c.target]?.kind === 'period' && profiles[c.target]?.role !== undefined);
  if (periods.length < 2) return chosen;
  const words = tokens.map((t) => t.word);
  const has = (list: readonly string[]): boolean =>
    list.some((w) => (w.includes(' ') ? words.join(' ').includes(w) : words.includes(w) && !(w === 'to' && !words.includes('from')) && !(w === 'from' && words.includes('to'))));
  const dayWord = words.some((w) => ['day', 'date', 'dates', 'days'].includes(w));
  const start = has(PERIOD_ROLES.start.filter((w) => w !== 'first' || dayWord));
  const end = has(PERIOD_ROLES.end.filter((w) => w !== 'to' && (w !== 'last' || dayWord)));
  if (start === end) return chosen;
  const role = start ? 'start' : 'end';
  return chosen.filter((c) => !periods.includes(c) || profiles[c.target]?.role === role);
}
