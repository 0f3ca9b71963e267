import { describe, expect, it } from 'vitest';
import { datetimeBounds, periodWindows, samplePeriod } from '../../../../src/packs/crm/tasks/period-window.js';
import { createRng } from '../../../../src/util/rng.js';

describe('periodWindows', () => {
  it('gives calendar quarters that are over before today, inside the look-back', () => {
    expect(periodWindows('2025-06-15', 'quarter', 12).map((w) => `${w.start}..${w.end}`)).toEqual([
      '2024-07-01..2024-09-30',
      '2024-10-01..2024-12-31',
      '2025-01-01..2025-03-31',
    ]);
  });

  it('ends months on their last day, leap years included', () => {
    const months = periodWindows('2024-04-10', 'month', 3);
    expect(months.map((w) => w.end)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
  });

  it('aligns halves to January and July and lets rolling runs start in any month', () => {
    expect(periodWindows('2025-09-15', 'half', 18).map((w) => w.start)).toEqual(['2024-07-01', '2025-01-01']);
    const runs = periodWindows('2025-09-15', 'months6', 8);
    expect(runs.map((w) => w.start)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(runs.at(-1)?.end).toBe('2025-08-31');
  });
});

describe('samplePeriod and datetimeBounds', () => {
  it('draws deterministically among the kinds asked for', () => {
    const a = samplePeriod(createRng('x'), '2025-06-15', ['month', 'months12']);
    expect(samplePeriod(createRng('x'), '2025-06-15', ['month', 'months12'])).toEqual(a);
    expect(['month', 'months12']).toContain(a.kind);
  });

  it('covers whole days in the stored datetime form', () => {
    expect(datetimeBounds({ kind: 'month', start: '2025-02-01', end: '2025-02-28' })).toEqual(['2025-02-01T00:00:00Z', '2025-02-28T23:59:59Z']);
  });
});
