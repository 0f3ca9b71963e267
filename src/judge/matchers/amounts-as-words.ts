/**
 * Amounts written the way the other side may say them in words, for the
 * token comparisons of `f1` and the substitution check: a number is one token
 * however it is grouped ("1,000", "1 000", "1000"), and a currency sign or
 * code reads as its word ("$1,000" is "1000 dollars", "€75" is "75 euros").
 * SQuAD normalisation alone splits "$1,000" into "1" and "000" and drops the
 * sign, so "refunds above $1,000" and "refunds above 1000 dollars" shared no
 * number.
 */

const CURRENCY_WORDS: Readonly<Record<string, string>> = { $: 'dollars', usd: 'dollars', '€': 'euros', eur: 'euros', '£': 'pounds', gbp: 'pounds' };

/** An amount once its separators are gone: digits and a decimal part, so a sentence's full stop stays out ("$5. Then"). */
const AMOUNT = String.raw`\d+(?:\.\d+)?`;

/**
 * A plain space groups thousands only in strict groups that nothing numeric
 * continues: "top 3 100-day" is two numbers, "+1 503 555 0192" a phone
 * number, and "12 345 and 678" a list whose other item is not grouped, so
 * the writer was not grouping. Next to a currency sign or code the amount
 * is one number whatever follows.
 */
function spaceGroupsThousands(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 5);
  if (/(?:[$€£]|\b(?:usd|eur|gbp)) ?$/i.test(before) || /^ ?(?:[$€£]|(?:usd|eur|gbp)\b)/i.test(after)) return true;
  if (/^(?:[-\d]| \d|[.,]\d)/.test(text.slice(end))) return false;
  // A list item beside it: "678 and 12 345", "12 345 and 678", unless that item is grouped the same way ("1 500 and 2 000").
  const ungroupedSibling = String.raw`\d+(?!\d)(?! \d{3}(?!\d))`;
  if (new RegExp(String.raw`^(?:,| and| or| &) ${ungroupedSibling}`, 'i').test(text.slice(end))) return false;
  return !/(?:^|[^\d ])\d+(?:,| and| or| &) $/i.test(text.slice(0, start));
}

/**
 * The text with thousands separators dropped and currency signs and codes
 * written as words after their amount.
 *
 * @example amountsAsWords('over $1,000 or €75') // 'over 1000 dollars or 75 euros'
 */
export function amountsAsWords(text: string): string {
  return (
    text
      // "1,000", "1,234.56" and "1 000" with a narrow or no-break space: a group of three digits after a separator.
      .replace(/(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?!\d|,\d)/g, (m) => m.replace(/[,\u00a0\u202f]/g, ''))
      // "1 000" with a plain space: only where nothing around says the space parts two numbers.
      .replace(/(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)/g, (m, offset: number, whole: string) =>
        spaceGroupsThousands(whole, offset, offset + m.length) ? m.replace(/ /g, '') : m,
      )
      // "$1000", "€ 75", "USD 1000", "1000 USD": the currency's word after the amount.
      .replace(new RegExp(String.raw`([$€£])\s?(${AMOUNT}(?:\s?(?:k|m|bn|million|billion)\b)?)`, 'gi'), (_m, sign: string, amount: string) => `${amount} ${CURRENCY_WORDS[sign] ?? ''}`)
      .replace(new RegExp(String.raw`\b(usd|eur|gbp)\s?(${AMOUNT})`, 'gi'), (_m, code: string, amount: string) => `${amount} ${CURRENCY_WORDS[code.toLowerCase()] ?? ''}`)
      .replace(/(\d)\s?(usd|eur|gbp)\b/gi, (_m, digit: string, code: string) => `${digit} ${CURRENCY_WORDS[code.toLowerCase()] ?? ''}`)
  );
}
