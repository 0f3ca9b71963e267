import { describe, expect, it } from 'vitest';
import { containsValue, normalizeText } from '../../../src/studies/metrics/text-match.js';

describe('text matching for metrics', () => {
  it('normalises case, width and whitespace', () => {
    expect(normalizeText('  Order\n\tNUMBER  ')).toBe('order number');
    expect(normalizeText('Ｏｒｄｅｒ')).toBe('order'); // full-width letters fold under NFKC
  });

  it('finds values case-insensitively, numbers also with digit grouping', () => {
    expect(containsValue('my mail is ANN@example.com', 'ann@example.com')).toBe(true);
    expect(containsValue('The total was 1,200,000 dollars', 1200000)).toBe(true);
    expect(containsValue('The total was 1,200 dollars', 1200)).toBe(true);
    expect(containsValue('The total was 12 00 dollars', 1200)).toBe(false);
    expect(containsValue('anything', '')).toBe(false);
  });
});
