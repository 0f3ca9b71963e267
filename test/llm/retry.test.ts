import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultSleep, parseRetryAfter } from '../../src/llm/retry.js';
import type { AttemptFailure } from '../../src/llm/retry.js';
import { createManualClock } from '../../src/util/clock.js';
import { createRng } from '../../src/util/rng.js';

const transient: AttemptFailure = { retryable: true, code: 'E_INFRA', detail: '500 x' };

describe('retry timing', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    const clock = createManualClock(Date.parse('2025-01-01T00:00:00Z'));
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }), clock)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '1.5' }), clock)).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), clock)).toBe(30_000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), clock)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), clock)).toBeUndefined();
  });

  it('doubles the delay per retry up to the cap, and prefers the server’s wait', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, transient, { baseMs: 100, maxMs: 500 }))).toEqual([100, 200, 400, 500]);
    expect(backoffDelay(1, { ...transient, retryAfterMs: 9000 })).toBe(9000);
    expect(backoffDelay(1, { ...transient, retryAfterMs: 1e9 }, { maxRetryAfterMs: 60_000 })).toBe(60_000);
  });

  it('jitters within [half, full] of the delay, reproducibly from a seed', () => {
    const delays = (seed: number) => [1, 2, 3, 4, 5].map((n) => backoffDelay(n, transient, { baseMs: 1000, maxMs: 1e6, rng: createRng(seed) }));
    expect(delays(1)).toEqual(delays(1));
    delays(2).forEach((d, i) => {
      const full = 1000 * 2 ** i;
      expect(d).toBeGreaterThanOrEqual(full / 2);
      expect(d).toBeLessThanOrEqual(full);
    });
  });

  it('the default sleep rejects with the abort reason', async () => {
    const controller = new AbortController();
    const pending = defaultSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(defaultSleep(0)).resolves.toBeUndefined();
  });
});
