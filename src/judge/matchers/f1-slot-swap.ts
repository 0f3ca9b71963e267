/**
 * One slot of an otherwise identical sentence filled with another word: "Discounts above 20 percent require
 * manager approval" for "… require VP approval", "The account manager must sign …" for "The customer must sign
 * …", "… double points on weekdays" for "… on weekends". Token F1 barely moves, and a careful reader fails it:
 * in a sentence that keeps every other content word of the gold, in order, the one word that changes is what the
 * sentence says (another role, channel, product, region or day). The substitution check (substitution.ts) finds
 * such a slot between two shared words of three letters or more; this check reads the gold's content words as a
 * whole, so the slot may open or close the sentence and may be an acronym ("HR", "IT", "EU").
 *
 * It is strict on purpose: the answer's sentence must hold nothing but the gold's content words and the slot, so
 * an answer that adds or rewords more than the slot is left to F1.
 */
import { foldText } from '../../text/fold.js';
import { FUNCTION_WORDS, RELATION_WORD, stemmedTokens } from './substitution.js';

/** Capitalised acronyms of two to five characters ("VP", "HR", "EU", "CFO"): content words however short. */
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,4}(?![\p{L}\p{N}])/gu;

/** The acronyms a text writes, lowercased; none when the text is shouted (mostly capitals). */
function acronymsIn(text: string): Set<string> {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = text.match(/\p{Lu}/gu) ?? [];
  if (capitals.length * 2 > letters.length) return new Set();
  return new Set((text.match(ACRONYM) ?? []).map((a) => a.toLowerCase()));
}

/** Whether two stems are forms of one word ("complain", "complaint"; "apply", "appli"; "phon", "telephon"). */
function formsOfOneWord(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || a.slice(0, 4) === b.slice(0, 4);
}

/**
 * Why one sentence of the answer is the gold with one slot (one or two content words) filled differently, or
 * `null` when none is. `written` holds the texts as written, for their capitals.
 *
 * @example slotSwap('discounts above 20 percent require VP approval', 'Discounts above 20 percent require manager approval.') // 'replaces "vp" with "manag"'
 */
export function slotSwap(gold: string, answer: string, written: readonly string[] = [gold, answer]): string | null {
  // The acronyms as written: the caller may pass texts already folded to lower case, with the originals in `written`.
  const acronyms = new Set(written.flatMap((text) => [...acronymsIn(text)]));
  const isContent = (t: string): boolean => acronyms.has(t) || (t.length >= 3 && !FUNCTION_WORDS.has(t));
  // Each content word with its place among all the tokens, to tell a qualifier (right before its noun) from a verb.
  const words = (text: string): { word: string; at: number }[] => stemmedTokens(foldText(text)).flatMap((word, at) => (isContent(word) ? [{ word, at }] : []));
  const g = words(gold);
  const everywhere = new Set(stemmedTokens(foldText(answer)));
  for (const sentence of answer.split(/(?<=[.!?;])\s+|\n+/)) {
    const s = words(sentence);
    // The longest common opening and ending, then what is left between them on each side.
    let head = 0;
    while (head < g.length && head < s.length && g[head]?.word === s[head]?.word) head += 1;
    let tail = 0;
    while (tail < g.length - head && tail < s.length - head && g[g.length - 1 - tail]?.word === s[s.length - 1 - tail]?.word) tail += 1;
    const from = g.slice(head, g.length - tail);
    const to = s.slice(head, s.length - tail);
    // Kept words on both sides of a slot of one or two words on each side.
    if (head === 0 || tail === 0 || from.length === 0 || to.length === 0 || from.length > 2 || to.length > 2) continue;
    // The slot qualifies the kept word right after it on both sides ("VP approval", "phone support"); a slot with
    // words between it and the next kept one is a verb or a clause, which agents reword freely ("cuts out during").
    const qualifies = (slot: typeof from, all: typeof g): boolean => (all[all.indexOf(slot[slot.length - 1] as (typeof g)[number]) + 1]?.at ?? -1) === (slot[slot.length - 1]?.at ?? -2) + 1;
    if (!qualifies(from, g) || !qualifies(to, s)) continue;
    const [fromWords, toWords] = [from.map((w) => w.word), to.map((w) => w.word)];
    // Numbers and durations are the substitution check's to compare ("72 hours" is "3 days"); relations are frame.
    if ([...fromWords, ...toWords].some((t) => /\d|^(?:hour|day|week|month|year|minut|second)s?$/.test(t) || RELATION_WORD.test(t))) continue;
    // Not a reordering ("the schedule is reset" for "resets the schedule") or another form of the same word.
    if (fromWords.some((t) => everywhere.has(t) || toWords.some((u) => formsOfOneWord(t, u))) || toWords.some((u) => g.some((w) => w.word === u))) continue;
    return `replaces "${fromWords.join(' ')}" with "${toWords.join(' ')}"`;
  }
  return acronymSwap(written[0] ?? gold, written[1] ?? answer);
}

/**
 * Two acronyms name two teams, roles, regions or systems wherever they stand ("routed to IT" / "get routed to
 * HR"): a sentence that keeps every other content word of the gold and names one acronym of its own in place of
 * the gold's one is the gold with that slot swapped. Both texts as written, with their capitals.
 */
function acronymSwap(gold: string, answer: string): string | null {
  const goldAcronyms = acronymsIn(gold);
  const goldWords = stemmedTokens(foldText(gold)).filter((t) => !goldAcronyms.has(t) && t.length >= 3 && !FUNCTION_WORDS.has(t));
  if (goldWords.length < 2) return null;
  for (const sentence of answer.split(/(?<=[.!?;])\s+|\n+/)) {
    const own = acronymsIn(sentence);
    const lost = [...goldAcronyms].filter((a) => !own.has(a));
    const added = [...own].filter((a) => !goldAcronyms.has(a));
    const words = new Set(stemmedTokens(foldText(sentence)));
    if (lost.length !== 1 || added.length !== 1 || words.has(lost[0] ?? '') || formsOfOneWord(lost[0] ?? '', added[0] ?? '')) continue;
    if (goldWords.every((w) => words.has(w))) return `replaces "${lost[0] ?? ''}" with "${added[0] ?? ''}"`;
  }
  return null;
}
