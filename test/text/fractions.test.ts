import { describe, expect, it } from 'vitest';
import { monthYears, calendarForms } from '../../src/text/calendar.js';
import { findFractions } from '../../src/text/fractions.js';
import { findQuantities } from '../../src/text/quantities.js';

describe('findFractions', () => {
  it.each([
    ['twelve and a half days', 12.5, undefined],
    ['2 and a half hours', 2.5, undefined],
    ['an hour and a half', 1.5, 'hour'],
    ['a year and a half', 1.5, 'year'],
    ['half a dozen', 6, undefined],
    ['half an hour', 0.5, 'hour'],
    ['three quarters of an hour', 0.75, 'hour'],
    ['a quarter of the leads', 0.25, undefined],
    ['3½ hours', 3.5, 'hour'],
    ['¾', 0.75, undefined],
    ['2 ¼ days', 2.25, 'day'],
    ['one eighth', 0.125, undefined],
    ['three quarters', 0.75, undefined],
    ['two-thirds', 2 / 3, undefined],
  ] as const)('reads %j as %s', (text, value, unit) => {
    const [found] = findFractions(text);
    expect(found?.value).toBeCloseTo(value, 10);
    expect(found?.unit).toBe(unit);
  });

  it('does not read a stretch of quarters as a fraction', () => {
    expect(findFractions('the last three quarters')).toEqual([]);
    expect(findFractions('three quarters in a row')).toEqual([]);
  });

  it('leaves fiscal quarters and "the second half" alone', () => {
    expect(findFractions('We closed 5 deals in a quarter.')).toEqual([]);
    expect(findFractions('In the second half sales rose.')).toEqual([]);
  });

  it('replaces the plain numbers inside a fraction phrase in findQuantities, and records time units', () => {
    expect(findQuantities('Roughly twelve and a half days.').map((q) => [q.value, q.unit])).toEqual([[12.5, 'day']]);
    expect(findQuantities('The session lasts 45 minutes.')[0]?.unit).toBe('minute');
  });
});

describe('calendar', () => {
  it('lists the written forms of month and weekday names and abbreviations only', () => {
    expect(calendarForms('September')).toEqual(['september', 'sep', 'sept']);
    expect(calendarForms('Wed')).toEqual(['wednesday', 'wed', 'weds']);
    expect(calendarForms('Sept.')).toEqual(['september', 'sep', 'sept']);
    expect(calendarForms('We')).toBeNull();
    expect(calendarForms('Budget')).toBeNull();
  });

  it.each([
    ['August 2024', [2024, 8]],
    ['Aug. 2024', [2024, 8]],
    ['8/2024', [2024, 8]],
    ['08/2024', [2024, 8]],
    ['2024-08', [2024, 8]],
  ] as const)('reads %j as a month', (text, [year, month]) => {
    expect(monthYears(text).map((m) => [m.year, m.month])).toEqual([[year, month]]);
  });

  it('does not read a full date or a day/month/year date as a month', () => {
    expect(monthYears('2024-08-14')).toEqual([]);
    expect(monthYears('on 3/4/2025')).toEqual([]);
  });
});
