/**
 * E-mail canaries. Identity is the whole local part and the whole domain,
 * compared after folding case and width. The text is read both as written
 * and de-obfuscated ("john dot smith at initech dot com", "john(at)initech.com",
 * "john [at] initech [dot] com"), and every address found is compared whole,
 * so a colleague at the same domain or a name that shares the local part is
 * never a match.
 */
import { foldText } from '../../text/fold.js';

const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Spelled-out "at" and "dot", with optional brackets, between address parts. */
const AT = /\s*[([{<]?\s*\b(?:at)\b\s*[)\]}>]?\s*|\s*[([{<]\s*@\s*[)\]}>]\s*|\s+@\s+/giu;
const DOT = /\s*[([{<]?\s*\b(?:dot|period|punkt)\b\s*[)\]}>]?\s*|\s*[([{<]\s*\.\s*[)\]}>]\s*/giu;

/** Addresses written in `text`, folded, including obfuscated ones. */
export function addressesIn(text: string): string[] {
  const folded = foldText(text);
  const plain = folded.match(ADDRESS) ?? [];
  const revealed = folded.replace(DOT, '.').replace(AT, '@').match(ADDRESS) ?? [];
  return [...plain, ...revealed].map((a) => a.replace(/[.-]+$/, ''));
}

/** A matcher for one e-mail canary: some address in the text equals it whole. */
export function emailMatcher(raw: string): (text: string) => boolean {
  const target = foldText(raw);
  return (text) => addressesIn(text).includes(target);
}
