/**
 * Currencies beside quantities: symbols and codes before a number ("$",
 * "US$", "EUR"), codes and words after it ("USD", "euros", "bucks"), their
 * ISO 4217 codes, and cents written after whole units ("378 dollars and 45
 * cents").
 */
import type { Quantity } from './quantities.js';

export const CURRENCY_AFTER =
  /^\s?(usd|eur|gbp|chf|jpy|cad|aud|inr|us dollars?|dollars?|euros?|pounds?(?: sterling)?|bucks|yen|francs?|rupees?|€|£|\$)(?![\p{L}])/iu;
export const CURRENCY_BEFORE = /(us\$|a\$|c\$|\$|€|£|¥|₹|\b(?:usd|eur|gbp|chf|jpy|cad|aud|inr))\s?$/iu;
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  a$: 'AUD',
  c$: 'CAD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pound sterling': 'GBP',
  'pounds sterling': 'GBP',
  yen: 'JPY',
  franc: 'CHF',
  francs: 'CHF',
  rupee: 'INR',
  rupees: 'INR',
};

export function currencyCode(written: string): string {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  return CURRENCY_CODES[key] ?? written.toUpperCase();
}

/** "378 dollars and 45 cents": an amount in whole units and the cents after it are one amount. */
export function mergeCents(t: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const last = out[out.length - 1];
    if (last && last.kind === 'currency' && Number.isInteger(last.value) && q.kind === 'plain' && Number.isInteger(q.value) && q.value < 100 && /^\s*,?\s*and\s+$/i.test(t.slice(last.end, q.start)) && /^\s*cents?\b/i.test(t.slice(q.end))) {
      const end = q.end + (/^\s*cents?/i.exec(t.slice(q.end))?.[0].length ?? 0);
      out[out.length - 1] = { ...last, value: last.value + Math.sign(last.value || 1) * q.value / 100, end, raw: `${last.raw}${t.slice(last.end, end)}` };
    } else out.push(q);
  }
  return out;
}
