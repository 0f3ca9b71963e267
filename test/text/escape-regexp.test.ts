import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-regexp.js';

describe('escapeRegExp', () => {
  it('makes a value with regular-expression characters match itself and nothing wider', () => {
    const value = 'C++ (v2.0) [beta] $5 ^a|b* {x}? \\';
    expect(new RegExp(`^${escapeRegExp(value)}$`).test(value)).toBe(true);
    expect(new RegExp(escapeRegExp('v2.0')).test('v2x0')).toBe(false);
    expect(escapeRegExp('plain words')).toBe('plain words');
  });
});
