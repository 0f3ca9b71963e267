import { describe, expect, it } from 'vitest';
import { isUsStateName, withStateNames } from '../../src/text/us-states.js';

describe('US state codes', () => {
  it('writes upper-case codes as names and leaves words and unknown codes alone', () => {
    expect(withStateNames('CA & TX are over quota.')).toBe('California & Texas are over quota.');
    expect(withStateNames('OR and WA, or maybe in ME')).toBe('Oregon and Washington, or maybe in ME'.replace('ME', 'Maine'));
    expect(withStateNames('UK and EU')).toBe('UK and EU');
    expect(withStateNames('CAT and TXL')).toBe('CAT and TXL');
  });

  it('knows state names in any case', () => {
    expect(isUsStateName('new york')).toBe(true);
    expect(isUsStateName('Texas')).toBe(true);
    expect(isUsStateName('Bavaria')).toBe(false);
  });
});
