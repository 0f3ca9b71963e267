/**
 * Text folding shared by every judgement that reads an agent's words (answer
 * matching, leak detection, ask recognition). Agents reformat freely: they
 * write full-width digits, curly quotes, en dashes, "Zurich" for "Zürich" and
 * non-breaking spaces in amounts. Each fold here removes one such difference,
 * so a caller picks the ones that carry no meaning for its judgement.
 *
 * `foldAligned` is the odd one out: it maps every UTF-16 unit to exactly one
 * unit, so offsets found in its output are offsets in the original text. The
 * number scanner relies on that to report where each quantity was written.
 */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** Dashes and minus signs, all read as an ASCII hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
/** Single quotes and apostrophes (curly, prime, modifier letters), all read as `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\uff07`´]/g;
/** Double quotes (curly, low, prime, guillemets), all read as `"`. */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g;
/** Spaces other than U+0020 (no-break, thin, narrow, ideographic …). */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width characters that only break up words. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Unicode compatibility folding (NFKC): full-width letters and digits become
 * ASCII, ligatures are split, "½" becomes "1⁄2", superscripts become digits.
 *
 * @example foldWidth('ＡＢＣ１２３') // 'ABC123'
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Case folding for comparison: lower case, with "ß" as "ss".
 *
 * @example foldCase('STRASSE') === foldCase('Straße') // true
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss');
}

/**
 * Removes diacritics: combining marks are dropped after canonical
 * decomposition, and letters without a decomposition (ß, ø, æ, ł …) are
 * spelled out in ASCII.
 *
 * @example foldDiacritics('Zürich, Ærøskøbing') // 'Zurich, AEroskobing'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßẞøØæÆœŒłŁđĐðÐþÞı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFC');
}

/**
 * Quote, dash and space normalisation: curly and angled quotes become
 * straight ones, every dash and the minus sign become "-", exotic spaces
 * become a plain space, zero-width characters and soft hyphens are removed.
 *
 * @example foldPunctuation('“Closed – Won”') // '"Closed - Won"'
 */
export function foldPunctuation(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ');
}

/** Which folds `foldText` applies; all default to true. */
export interface FoldOptions {
  width?: boolean;
  case?: boolean;
  diacritics?: boolean;
  punctuation?: boolean;
}

/**
 * Applies the chosen folds in a fixed order (width, punctuation, diacritics,
 * case). With no options it applies all of them, the usual choice for
 * comparing two pieces of free text.
 *
 * @example foldText('ＺÜＲＩＣＨ’s') // "zurich's"
 */
export function foldText(text: string, options: FoldOptions = {}): string {
  let out = text;
  if (options.width ?? true) out = foldWidth(out);
  if (options.punctuation ?? true) out = foldPunctuation(out);
  if (options.diacritics ?? true) out = foldDiacritics(out);
  if (options.case ?? true) out = foldCase(out);
  return out;
}

/**
 * A length-preserving fold for scanners that report offsets: full-width ASCII
 * (U+FF01–U+FF5E) becomes ASCII, dashes and minus signs become "-", curly
 * quotes become straight ones and exotic spaces a plain space. Every other
 * unit is kept as it is, so `foldAligned(t).length === t.length` and an
 * offset in the result is an offset in `t`.
 *
 * @example foldAligned('−１２') // '-12'
 */
export function foldAligned(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const unit = text[i] ?? '';
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (/[\u2010-\u2015\u2212\u2043\ufe58\ufe63]/.test(unit)) out += '-';
    else if (/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb]/.test(unit)) out += "'";
    else if (/[\u201c\u201d\u201e\u201f\u2033]/.test(unit)) out += '"';
    else if (/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/.test(unit)) out += ' ';
    else out += unit;
  }
  return out;
}
