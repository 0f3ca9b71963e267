import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestion } from '../../src/scenario/did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('answr', 'answer')).toBe(1);
    expect(editDistance('after_trun', 'after_turn')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('didYouMean', () => {
  const keys = ['answer', 'match', 'tolerance', 'threshold', 'state'];

  it('suggests the closest candidate within a third of the word', () => {
    expect(didYouMean('answr', keys)).toBe('answer');
    expect(didYouMean('Match', keys)).toBe('match');
    expect(didYouMean('treshold', keys)).toBe('threshold');
  });

  it('suggests nothing for a distant word or an exact match', () => {
    expect(didYouMean('max_turns', ['max_user_turns'])).toBeUndefined();
    expect(didYouMean('zzz', keys)).toBeUndefined();
    expect(didYouMean('state', ['state'])).toBeUndefined();
  });

  it('breaks ties by candidate order', () => {
    expect(didYouMean('cat', ['bat', 'hat'])).toBe('bat');
    expect(didYouMean('cat', ['hat', 'bat'])).toBe('hat');
  });

  it('formats a suggestion for a message', () => {
    expect(suggestion('sqll', ['sql'])).toBe(' (did you mean "sql"?)');
    expect(suggestion('xyz', ['sql'])).toBe('');
  });
});
