import { describe, expect, it } from 'vitest';
import { mentionsValue } from '../../src/core/cues.js';

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
