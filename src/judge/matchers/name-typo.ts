/**
 * Typos in a name of several words. Agents misspell names the way people do:
 * a letter dropped or doubled ("Tobias Lindqvst", "Meridan Dental Group") or
 * two letters swapped ("Priyanka Osie"). A careful reader still knows the
 * record when every other word of the name is right and the misspelt word is
 * one such slip away from the gold's. A letter changed in a word of six or
 * more ("Vasquex" for "Vasquez") is a slip too; a vowel changed for a vowel
 * ("Hanson" for "Hansen", "Mario" for "Maria"), a changed letter in a
 * shorter word ("Lopez" for "Lopes") and a drop that leaves four letters
 * ("Lang" for "Liang") are not: they often spell another name.
 */
import { foldText } from '../../text/fold.js';

/**
 * Whether the written word `a` is the gold's word `b` with one slip: a letter dropped inside the word or from a
 * doubled one ("Lindqvst", "Caldwel"), a letter doubled ("Lassalle"), two neighbours swapped ("Osie"), or one letter
 * changed in a longer word ("Vasquex"). A letter
 * added that doubles none ("Rodgers" for "Rogers") or one added or dropped at the end ("Adriana" for "Adrian") is
 * not a slip: such words are often names of their own.
 */
function oneSlip(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    // "Lang" for "Liang": a word of four letters left after a drop is often a name of its own.
    if (short.length < 5) return false;
    for (let i = 1; i < long.length; i += 1) {
      const doubled = long[i] === long[i - 1] || long[i] === long[i + 1];
      if (long.slice(0, i) + long.slice(i + 1) !== short) continue;
      if (a.length > b.length ? doubled : i < long.length - 1 || doubled) return true;
    }
    return false;
  }
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  // "Vasquex" for "Vasquez", "Adeyemy" for "Adeyemi": one letter changed in a word of six or more. A vowel changed
  // for a vowel spells a name's variant ("Hanson" for "Hansen", "Patil" for "Patel"), and so does a changed letter in a
  // shorter word ("Lopez" for "Lopes").
  const at = diff[0] ?? 0;
  const vowel = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);
  if (diff.length === 1 && a.length >= 6 && !(vowel(a[at]) && vowel(b[at]))) return true;
  return diff.length === 2 && diff[1] === (diff[0] as number) + 1 && a[diff[0] as number] === b[diff[1] as number] && a[diff[1] as number] === b[diff[0] as number];
}

/**
 * The answer with a misspelt form of the multi-word name `gold` written as the
 * gold, or `null` when the answer has none (or already writes the gold).
 *
 * @example typoCorrected('Tobias Lindqvist', 'Assign to: Tobias Lindqvst') // 'Assign to: Tobias Lindqvist'
 */
export function typoCorrected(gold: string, answer: string): string | null {
  const target = gold.trim().split(/\s+/);
  if (target.length < 2 || !target.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) return null;
  const keys = target.map((w) => foldText(w));
  const words = [...answer.matchAll(/\p{L}[\p{L}'’-]*/gu)];
  for (let i = 0; i + target.length <= words.length; i += 1) {
    const run = words.slice(i, i + target.length);
    const slips = run.map((m, k) => (foldText(m[0]) === keys[k] ? 0 : /^\p{Lu}/u.test(m[0]) && (keys[k] ?? '').length >= 4 && oneSlip(foldText(m[0]), keys[k] ?? '') ? 1 : 2));
    if (slips.some((s) => s === 2) || slips.filter((s) => s === 1).length !== 1) continue;
    const k = slips.indexOf(1);
    const m = run[k] as RegExpMatchArray;
    const at = m.index ?? 0;
    return `${answer.slice(0, at)}${target[k] ?? ''}${answer.slice(at + m[0].length)}`;
  }
  return null;
}
