import { describe, expect, it } from 'vitest';
import { cueIndex, firstCue, mentionsValue } from '../../src/simulated-user/cues.js';

describe('cueIndex', () => {
  it('finds a cue case-insensitively, across any whitespace, and in the plural', () => {
    expect(cueIndex('What is your Order  Number?', 'order number')).toBe(13);
    expect(cueIndex('All order numbers please', 'order number')).toBe(4);
    expect(cueIndex('Which addresses?', 'address')).toBe(6);
  });

  it('does not fire inside a longer word', () => {
    expect(cueIndex('the border', 'order')).toBe(-1);
    expect(cueIndex('reordering', 'order')).toBe(-1);
    expect(cueIndex('emails', 'email')).toBe(0);
  });

  it('treats regex characters in cues literally', () => {
    expect(cueIndex('Do you use C++ or Go?', 'c++')).toBe(11);
    expect(cueIndex('price (usd)?', '(usd)')).toBe(6);
    expect(cueIndex('anything', '   ')).toBe(-1);
  });
});

describe('firstCue', () => {
  it('returns the earliest cue present', () => {
    expect(firstCue('your e-mail or email', ['email', 'e-mail'])).toEqual({ index: 5, cue: 'e-mail' });
    expect(firstCue('nothing here', ['email'])).toBeUndefined();
  });
});

describe('mentionsValue', () => {
  it('matches values word-bounded, numbers included', () => {
    expect(mentionsValue('my PIN is 4123.', 4123)).toBe(true);
    expect(mentionsValue('my PIN is 41234.', 4123)).toBe(false);
    expect(mentionsValue('order A-1001, thanks', 'A-1001')).toBe(true);
    expect(mentionsValue('order XA-1001', 'A-1001')).toBe(false);
    expect(mentionsValue('it cost $5.00!', '$5.00')).toBe(true);
    expect(mentionsValue('anything', '')).toBe(false);
  });

  it('ignores case unless asked to be exact', () => {
    expect(mentionsValue('code zx9 4qp', 'ZX9 4QP')).toBe(true);
    expect(mentionsValue('code zx9 4qp', 'ZX9 4QP', true)).toBe(false);
  });
});
