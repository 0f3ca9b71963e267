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

/**
 * The text with thousands separators dropped and currency signs and codes
 * written as words after their amount.
 *
 * @example amountsAsWords('over $1,000 or €75') // 'over 1000 dollars or 75 euros'
 */
export function amountsAsWords(text: string): string {
  return (
    text
      // "1,000", "1 000" (also with a narrow or no-break space): a group of three digits after a separator.
      .replace(/(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)/g, (m) => m.replace(/[,\u00a0\u202f ]/g, ''))
      // "$1000", "€ 75", "USD 1000", "1000 USD": the currency's word after the amount.
      .replace(/([$€£])\s?(\d[\d.]*(?:\s?(?:k|m|bn|million|billion)\b)?)/gi, (_m, sign: string, amount: string) => `${amount} ${CURRENCY_WORDS[sign] ?? ''}`)
      .replace(/\b(usd|eur|gbp)\s?(\d[\d.]*)/gi, (_m, code: string, amount: string) => `${amount} ${CURRENCY_WORDS[code.toLowerCase()] ?? ''}`)
      .replace(/(\d)\s?(usd|eur|gbp)\b/gi, (_m, digit: string, code: string) => `${digit} ${CURRENCY_WORDS[code.toLowerCase()] ?? ''}`)
  );
}
