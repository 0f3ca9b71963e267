import { describe, expect, it } from 'vitest';
import { calendarSpan, calendarForms } from '../../src/text/calendar.js';

describe('calendarForms', () => {
  it('gives a month or weekday its written forms, and nothing for other words', () => {
    expect(calendarForms('Sept.')).toEqual(['september', 'sep', 'sept']);
    expect(calendarForms('Budget')).toBeNull();
  });
});

describe('calendarSpan', () => {
  it('lists the months or weekdays from one to the other', () => {
    expect(calendarSpan('Jan', 'March')).toEqual(['january', 'february', 'march']);
    expect(calendarSpan('Monday', 'Wed')).toEqual(['monday', 'tuesday', 'wednesday']);
  });

  it('is null for a month and a weekday, a backwards span, or other words', () => {
    expect(calendarSpan('January', 'Friday')).toBeNull();
    expect(calendarSpan('March', 'January')).toBeNull();
    expect(calendarSpan('Budget', 'Need')).toBeNull();
  });
});
