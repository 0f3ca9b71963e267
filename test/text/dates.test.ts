import { describe, expect, it } from 'vitest';
import { dayOrderOf, findCalendarValues, sameCalendarValue } from '../../src/text/dates.js';

const fields = (text: string, order?: 'mdy' | 'dmy'): object[] => findCalendarValues(text, order).map(({ start: _s, end: _e, ...rest }) => rest);
const day = (year: number | undefined, month: number, d: number): object => (year === undefined ? { kind: 'day', month, day: d } : { kind: 'day', year, month, day: d });

describe('findCalendarValues', () => {
  it.each([
    ['2025-03-14'],
    ['2025/03/14'],
    ['03/14/2025'],
    ['14.03.2025'],
    ['14/03/2025'],
    ['Fri, 14 Mar 2025'],
    ['March 14th, 2025'],
    ['Friday, March 14 2025'],
    ['the 14th of March, 2025'],
    ['14-Mar-2025'],
    ['3/14/25'],
  ])('reads %j as 2025-03-14', (text) => {
    expect(fields(text)).toEqual([day(2025, 3, 14)]);
  });

  it('reads ambiguous numeric dates month first with slashes, day first with dots or when told', () => {
    expect(fields('03/04/2025')).toEqual([day(2025, 3, 4)]);
    expect(fields('03/04/2025', 'dmy')).toEqual([day(2025, 4, 3)]);
    expect(fields('03.04.2025')).toEqual([day(2025, 4, 3)]);
  });

  it('keeps only the fields that are written', () => {
    expect(fields('due March 14')).toEqual([day(undefined, 3, 14)]);
    expect(fields('Sept. 2024')).toEqual([{ kind: 'month', year: 2024, month: 9 }]);
    expect(fields('09/2024')).toEqual([{ kind: 'month', year: 2024, month: 9 }]);
  });

  it.each([['Q3 2024'], ['2024-Q3'], ['Q3 FY2024'], ['3Q24'], ["Q3'24"], ['the third quarter of 2024'], ['3rd quarter of FY 2024']])('reads %j as the third quarter of 2024', (text) => {
    expect(fields(text)).toEqual([{ kind: 'quarter', quarter: 3, year: 2024 }]);
  });

  it('reads half years', () => {
    for (const text of ['H2 2024', 'H2 FY24', 'the second half of 2024']) expect(fields(text), text).toEqual([{ kind: 'half', half: 2, year: 2024 }]);
  });

  it('reads fiscal years', () => {
    for (const text of ['FY2023', 'FY 2023', "FY'23", 'fiscal year 2023', 'fiscal 2023']) expect(fields(text), text).toEqual([{ kind: 'fiscal-year', year: 2023 }]);
  });

  it('reads times of day, with am/pm on the 24-hour clock', () => {
    const times = (text: string): object[] => fields(text).filter((v) => (v as { kind: string }).kind === 'time');
    expect(times('departs 08:15')).toEqual([{ kind: 'time', hour: 8, minute: 15 }]);
    expect(times('8:15 p.m.')).toEqual([{ kind: 'time', hour: 20, minute: 15 }]);
    expect(times('8.15am')).toEqual([{ kind: 'time', hour: 8, minute: 15 }]);
    expect(times('at 12 am')).toEqual([{ kind: 'time', hour: 0, minute: 0 }]);
    expect(times('2024-11-05T17:40:00Z')).toEqual([{ kind: 'time', hour: 17, minute: 40 }]);
    expect(times('$3.50 and a 3:1 ratio')).toEqual([]);
  });

  it('finds several values in reading order, a full date winning over the month inside it', () => {
    expect(fields('Due Nov 5, 2024, moved to 2024-11-19; billed in Dec 2024')).toEqual([day(2024, 11, 5), day(2024, 11, 19), { kind: 'month', year: 2024, month: 12 }]);
  });

  it('reads no date in plain numbers or codes', () => {
    expect(fields('42 cases, order 5023, INV-2025-00417, 3.50')).toEqual([]);
  });
});

describe('spans of months', () => {
  it('reads a span that is a quarter or a half year as one', () => {
    expect(fields('January–March 2025')).toEqual([{ kind: 'quarter', quarter: 1, year: 2025 }]);
    expect(fields('Oct to Dec')).toEqual([{ kind: 'quarter', quarter: 4 }]);
    expect(fields('July through December 2024')).toEqual([{ kind: 'half', half: 2, year: 2024 }]);
  });

  it('reads any other span as its months', () => {
    expect(fields('February–April 2025')).toEqual([{ kind: 'month', year: 2025, month: 4 }]);
  });
});

describe('dayOrderOf and sameCalendarValue', () => {
  it('takes day first only from a date that can only be read that way', () => {
    expect(dayOrderOf('14/03/2025')).toBe('dmy');
    expect(dayOrderOf('03/04/2025')).toBe('mdy');
  });

  it('compares the fields the gold gives', () => {
    const [q3] = findCalendarValues('Q3 FY2025');
    expect(q3 && sameCalendarValue({ kind: 'quarter', quarter: 3 }, q3)).toBe(true);
    expect(q3 && sameCalendarValue({ kind: 'quarter', quarter: 3, year: 2024 }, q3)).toBe(false);
    expect(sameCalendarValue({ kind: 'day', year: 2024, month: 11, day: 5 }, { kind: 'month', year: 2024, month: 11 })).toBe(false);
  });
});
