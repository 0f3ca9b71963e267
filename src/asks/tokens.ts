/**
 * Words of a message as the ask recogniser reads them: lower-cased, with
 * their character offsets, and a crude stem so that inflections meet
 * ("orders", "ordered" and "order" share a stem; "charged" and "charge" do
 * too). Hand-written: a suffix stripper of a dozen lines is all the lexicons
 * need, and it is applied to both sides of every comparison, so it only has
 * to be consistent, not linguistically right.
 */

/** One word (or `#`, `?`) of a message. */
export interface Token {
  /** The lower-cased surface form ("orders", "i'd", "#"). */
  word: string;
  stem: string;
  /** Character offset in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[#?]/gu;

/** Possessive and article-like words a phrase may skip over between its own words ("name of your company"). */
export const SKIPPABLE = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'of']);

/**
 * The stem of a lower-case word: plural, possessive, -ed, -ing and a final -e
 * stripped, and a final double letter made single.
 *
 * @example
 * stem('deliveries'); // 'delivery'
 * stem('charged') === stem('charge'); // true
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiou])\1$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of `text`, each with its stem and offsets. `no.` becomes the word `no.` (an abbreviation of "number"). */
export function tokenize(text: string, phrase = false): Token[] {
  const normal = text.normalize('NFKC');
  const out: Token[] = [];
  for (const match of normal.matchAll(WORD)) {
    let word = match[0].toLowerCase().replace(/’/gu, "'");
    const start = match.index;
    let end = start + match[0].length;
    if (word === 'no' && normal.charAt(end) === '.') {
      // "order no." and "case no." abbreviate "number"; a bare "No." that opens a sentence does not.
      const prev = out.at(-1);
      if (phrase || (prev && prev.word !== '?')) {
        word = 'no.';
        end += 1;
      }
    }
    out.push({ word, stem: stem(word), start, end });
  }
  return out;
}

/** Stems of a phrase, for matching. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase, true).map((t) => t.stem);
}
