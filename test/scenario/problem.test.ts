import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/scenario/problem.js';

describe('formatPath', () => {
  it('prints dotted keys and bracketed indices', () => {
    expect(formatPath(['user', 'facts', 1, 'disclose'])).toBe('user.facts[1].disclose');
    expect(formatPath(['reference', 0])).toBe('reference[0]');
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['reference', 2, 'args', 'order id'])).toBe('reference[2].args["order id"]');
    expect(formatPath(['args', '1st'])).toBe('args["1st"]');
  });
});
