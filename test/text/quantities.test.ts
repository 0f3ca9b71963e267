import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/text/quantities.js';

const values = (text: string): number[] => findQuantities(text).map((q) => q.value);
const only = (text: string): Quantity => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0] as Quantity;
};

describe('findQuantities', () => {
  it('reads thousands separators in their unambiguous forms', () => {
    expect(values('7,400 calls')).toEqual([7400]);
    expect(values('12 345 records')).toEqual([12345]);
    expect(values('1.234,5')).toEqual([1234.5]);
    expect(values('1.234.567')).toEqual([1234567]);
    expect(values('1.234')).toEqual([1.234]);
    expect(values('.5 and 3.25')).toEqual([0.5, 3.25]);
    expect(values('1 234,56 EUR')).toEqual([1234.56]);
  });

  it('reads time units glued on, and hours with minutes as one duration in hours', () => {
    expect(findQuantities('Delivery takes 24h.').map((q) => [q.value, q.unit])).toEqual([[24, 'hour']]);
    expect(findQuantities('45min').map((q) => [q.value, q.unit])).toEqual([[45, 'minute']]);
    expect(findQuantities('1h 30m').map((q) => [q.value, q.unit])).toEqual([[1.5, 'hour']]);
    expect(findQuantities('2 hours and 15 minutes').map((q) => [q.value, q.unit])).toEqual([[2.25, 'hour']]);
    expect(values('30m')).toEqual([30e6]);
    expect(findQuantities('48-72h').map((q) => q.range)).toEqual([true, true]);
  });

  it('reads "business", "working" and "calendar" days as days', () => {
    expect(findQuantities('within 4 business days').map((q) => [q.value, q.unit])).toEqual([[4, 'day']]);
    expect(findQuantities('10 working days or 14 calendar days').map((q) => q.unit)).toEqual(['day', 'day']);
  });

  it('scales k, M, bn and the words thousand, million, billion', () => {
    expect(values('2.5k')).toEqual([2500]);
    expect(values('$3M')).toEqual([3e6]);
    expect(values('1.2bn')).toEqual([1.2e9]);
    expect(values('2.5 million')).toEqual([2.5e6]);
    expect(values('7 thousand')).toEqual([7000]);
  });

  it('reads spelled-out numbers', () => {
    expect(values('seven')).toEqual([7]);
    expect(values('twenty-one')).toEqual([21]);
    expect(values('two hundred and five')).toEqual([205]);
    expect(values('three thousand four hundred')).toEqual([3400]);
    expect(values('a dozen')).toEqual([12]);
    expect(values('five six')).toEqual([5, 6]);
    expect(only('seven').spelled).toBe(true);
  });

  it('does not read "one" as a pronoun', () => {
    expect(values('no one knows')).toEqual([]);
    expect(values('the one with the most cases')).toEqual([]);
    expect(values('one of them')).toEqual([]);
  });

  it('recognises currency by symbol, code and word', () => {
    expect(only('$12.50')).toMatchObject({ value: 12.5, kind: 'currency', currency: 'USD' });
    expect(only('EUR 300')).toMatchObject({ value: 300, kind: 'currency', currency: 'EUR' });
    expect(only('300 €')).toMatchObject({ kind: 'currency', currency: 'EUR' });
    expect(only('£40')).toMatchObject({ currency: 'GBP' });
    expect(only('2.5 million dollars')).toMatchObject({ value: 2.5e6, currency: 'USD', raw: '2.5 million dollars' });
    expect(only('30 bucks')).toMatchObject({ value: 30, currency: 'USD' });
    expect(only('45 euros')).toMatchObject({ currency: 'EUR' });
  });

  it('recognises percent in symbol and words, keeping the written number', () => {
    expect(only('8%')).toMatchObject({ value: 8, kind: 'percent' });
    expect(only('8 percent')).toMatchObject({ kind: 'percent' });
    expect(only('8 per cent')).toMatchObject({ kind: 'percent' });
    expect(only('12.5 pct')).toMatchObject({ value: 12.5, kind: 'percent' });
  });

  it('reads negatives: hyphen, minus sign, accounting parentheses', () => {
    expect(values('-3')).toEqual([-3]);
    expect(values('\u22123')).toEqual([-3]);
    expect(values('-$5')).toEqual([-5]);
    expect(values('$-5')).toEqual([-5]);
    expect(values('($1,234)')).toEqual([-1234]);
    expect(values('(1,234.00)')).toEqual([-1234]);
    expect(values('see note (3) below')).toEqual([3]);
    expect(findQuantities('ZX-3')).toMatchObject([{ value: 3, id: true }]);
    expect(findQuantities('INV-2024-001').every((q) => q.id && q.value > 0)).toBe(true);
  });

  it('reads full-width digits, reporting offsets in the original text', () => {
    const q = only('合計 １２３ 件');
    expect(q.value).toBe(123);
    expect(q.raw).toBe('１２３');
    expect(q.start).toBe(3);
  });

  it('ignores digits glued to letters', () => {
    expect(values('Q3, A113, the 3rd, at 10am, ZX0099812')).toEqual([]);
  });

  it('flags years, ids and date parts', () => {
    const [year, count] = findQuantities('Back in 2023 we logged 7 escalations.');
    expect(year).toMatchObject({ value: 2023, year: true });
    expect(count).toMatchObject({ value: 7 });
    expect(count?.year).toBeUndefined();
    expect(findQuantities('March 2024')[0]?.year).toBe(true);
    expect(findQuantities('order #5023 has 3 items')[0]?.id).toBe(true);
    expect(findQuantities('case 00042')[0]?.id).toBe(true);
    expect(findQuantities('on 2024-03-14 at 10:30').every((q) => q.date)).toBe(true);
    expect(findQuantities('We have 2000 accounts')[0]?.year).toBeUndefined();
  });

  it('flags the ends of ranges and alternatives, but not changes', () => {
    for (const text of ['40-60', '40 - 60', 'between 40 and 60', '40 to 60', '7 or 8']) {
      expect(findQuantities(text).map((q) => q.range), text).toEqual([true, true]);
    }
    expect(findQuantities('rose from 40 to 60').some((q) => q.range)).toBe(false);
    expect(findQuantities('fell 8% to $2.5M').some((q) => q.range)).toBe(false);
    expect(findQuantities('40 and 60').some((q) => q.range)).toBe(false);
  });
});
