import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/util/rng.js';

describe('createRng', () => {
  // Pinned values: every stored result and every generated world depends on this stream, so a
  // rewrite of the generator must reproduce it exactly.
  it('gives the same stream as it always has', () => {
    const rng = createRng(7);
    expect([rng.next(), rng.int(1000), rng.pick(['a', 'b', 'c', 'd']), rng.shuffle([1, 2, 3, 4, 5])]).toEqual([0.29946461878716946, 846, 'b', [4, 2, 5, 1, 3]]);
    const forked = createRng('7').fork('user').fork('turn-2');
    expect([forked.int(1e9), forked.int(1e9)]).toEqual([180127742, 100346339]);
  });

  it('forks independently of how much the parent was used', () => {
    const fresh = createRng(3);
    const used = createRng(3);
    for (let i = 0; i < 10; i++) used.next();
    expect(used.fork('x').next()).toBe(fresh.fork('x').next());
  });

  it('refuses to pick from an empty array', () => {
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});
