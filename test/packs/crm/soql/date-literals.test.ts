/**
 * Date literals resolve to half-open day ranges, worked out by hand from a
 * calendar: weeks start on Sunday; LAST_N_DAYS includes today; LAST_N_MONTHS
 * and its kin exclude the current period; month, quarter and year edges roll
 * over correctly.
 */
import { describe, expect, it } from 'vitest';
import { dateLiteralArity, resolveDateLiteral } from '../../../../src/packs/crm/soql/date-literals.js';

const CASES: [name: string, n: number | undefined, today: string, start: string, end: string][] = [
  ['TODAY', undefined, '2024-06-15', '2024-06-15', '2024-06-16'],
  ['YESTERDAY', undefined, '2024-03-01', '2024-02-29', '2024-03-01'],
  ['TOMORROW', undefined, '2023-12-31', '2024-01-01', '2024-01-02'],
  ['THIS_WEEK', undefined, '2024-06-15', '2024-06-09', '2024-06-16'],
  ['THIS_WEEK', undefined, '2024-06-09', '2024-06-09', '2024-06-16'],
  ['LAST_WEEK', undefined, '2024-06-15', '2024-06-02', '2024-06-09'],
  ['NEXT_WEEK', undefined, '2024-12-30', '2025-01-05', '2025-01-12'],
  ['THIS_MONTH', undefined, '2024-02-10', '2024-02-01', '2024-03-01'],
  ['LAST_MONTH', undefined, '2024-03-31', '2024-02-01', '2024-03-01'],
  ['LAST_MONTH', undefined, '2024-01-15', '2023-12-01', '2024-01-01'],
  ['NEXT_MONTH', undefined, '2024-12-05', '2025-01-01', '2025-02-01'],
  ['LAST_N_DAYS', 7, '2024-06-15', '2024-06-08', '2024-06-16'],
  ['LAST_N_DAYS', 0, '2024-06-15', '2024-06-15', '2024-06-16'],
  ['LAST_90_DAYS', undefined, '2024-06-15', '2024-03-17', '2024-06-16'],
  ['NEXT_N_DAYS', 3, '2024-02-27', '2024-02-28', '2024-03-02'],
  ['NEXT_90_DAYS', undefined, '2024-01-01', '2024-01-02', '2024-04-01'],
  ['N_DAYS_AGO', 3, '2024-03-02', '2024-02-28', '2024-02-29'],
  ['LAST_N_WEEKS', 2, '2024-06-15', '2024-05-26', '2024-06-09'],
  ['NEXT_N_WEEKS', 1, '2024-06-15', '2024-06-16', '2024-06-23'],
  ['LAST_N_MONTHS', 3, '2024-06-15', '2024-03-01', '2024-06-01'],
  ['LAST_N_MONTHS', 2, '2024-01-31', '2023-11-01', '2024-01-01'],
  ['NEXT_N_MONTHS', 2, '2024-11-20', '2024-12-01', '2025-02-01'],
  ['N_MONTHS_AGO', 1, '2024-03-31', '2024-02-01', '2024-03-01'],
  ['THIS_QUARTER', undefined, '2024-06-15', '2024-04-01', '2024-07-01'],
  ['LAST_QUARTER', undefined, '2024-01-15', '2023-10-01', '2024-01-01'],
  ['NEXT_QUARTER', undefined, '2024-11-01', '2025-01-01', '2025-04-01'],
  ['LAST_N_QUARTERS', 2, '2024-06-15', '2023-10-01', '2024-04-01'],
  ['NEXT_N_QUARTERS', 3, '2024-06-15', '2024-07-01', '2025-04-01'],
  ['THIS_YEAR', undefined, '2024-06-15', '2024-01-01', '2025-01-01'],
  ['LAST_YEAR', undefined, '2024-06-15', '2023-01-01', '2024-01-01'],
  ['NEXT_YEAR', undefined, '2024-06-15', '2025-01-01', '2026-01-01'],
  ['LAST_N_YEARS', 2, '2024-06-15', '2022-01-01', '2024-01-01'],
  ['N_YEARS_AGO', 10, '2024-06-15', '2014-01-01', '2015-01-01'],
  ['THIS_FISCAL_QUARTER', undefined, '2024-08-01', '2024-07-01', '2024-10-01'],
  ['LAST_FISCAL_YEAR', undefined, '2024-08-01', '2023-01-01', '2024-01-01'],
  ['LAST_N_FISCAL_QUARTERS', 1, '2024-08-01', '2024-04-01', '2024-07-01'],
  ['this_month', undefined, '2024-06-15', '2024-06-01', '2024-07-01'],
];

describe('date literals', () => {
  it.each(CASES)('%s:%s on %s is [%s, %s)', (name, n, today, start, end) => {
    expect(resolveDateLiteral(name, n, today)).toEqual({ start, end });
  });

  it('knows which literals take :n', () => {
    expect(dateLiteralArity('LAST_N_DAYS')).toBe('withN');
    expect(dateLiteralArity('N_QUARTERS_AGO')).toBe('withN');
    expect(dateLiteralArity('LAST_90_DAYS')).toBe('plain');
    expect(dateLiteralArity('THIS_QUARTER')).toBe('plain');
  });

  it('rejects names that are not date literals and bad todays', () => {
    for (const name of ['LAST_FORTNIGHT', 'THIS_DAYS', 'LAST_N_WEEK', 'NEXT_N_DAY', 'THIS_MONTHS', 'Name', 'N_TODAY_AGO']) {
      expect(dateLiteralArity(name)).toBeUndefined();
      expect(resolveDateLiteral(name, 1, '2024-06-15')).toBeUndefined();
    }
    expect(resolveDateLiteral('TODAY', undefined, '2024-02-30')).toBeUndefined();
  });
});
