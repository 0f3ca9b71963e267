import { describe, expect, it } from 'vitest';
import { createBudget } from '../../src/llm/budget.js';
import { costOf, createUsageMeter, estimateTokens } from '../../src/llm/usage.js';

describe('cost and usage accounting', () => {
  it('prices tokens per million', () => {
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, { inputPerMTok: 2.5, outputPerMTok: 10 })).toBe(2.5);
    expect(costOf({ inputTokens: 1234, outputTokens: 567 }, { inputPerMTok: 3, outputPerMTok: 15 })).toBeCloseTo(0.003702 + 0.008505, 12);
    expect(costOf({ inputTokens: 1234, outputTokens: 567 }, undefined)).toBe(0);
  });

  it('sums per role, keeps cached calls apart and totals the roles', () => {
    const meter = createUsageMeter();
    meter.record('agent', { usage: { inputTokens: 100, outputTokens: 10 }, cached: false, costUsd: 0.1, listCostUsd: 0.1, attempts: 3 });
    meter.record('agent', { usage: { inputTokens: 50, outputTokens: 5 }, cached: true, costUsd: 0, listCostUsd: 0.05, attempts: 0 });
    meter.record('user', { usage: { inputTokens: 20, outputTokens: 2 }, cached: false, costUsd: 0.2, listCostUsd: 0.2, attempts: 1 });
    meter.recordFailure('judge', 5);
    const snap = meter.snapshot();
    expect(snap.byRole.agent).toEqual({
      requests: 2,
      cachedRequests: 1,
      failedRequests: 0,
      retries: 2,
      inputTokens: 150,
      outputTokens: 15,
      costUsd: 0.1,
      listCostUsd: 0.15,
    });
    expect(snap.byRole.judge).toMatchObject({ requests: 0, failedRequests: 1, retries: 4 });
    expect(snap.total).toEqual({
      requests: 3,
      cachedRequests: 1,
      failedRequests: 1,
      retries: 6,
      inputTokens: 170,
      outputTokens: 17,
      costUsd: 0.3,
      listCostUsd: 0.35,
    });
  });

  it('gives the same snapshot whatever order the calls are recorded in', () => {
    const costs = [0.1, 0.2, 0.3, 1e-7, 0.7];
    const forward = createUsageMeter();
    const backward = createUsageMeter();
    const entry = (c: number) => ({ usage: { inputTokens: 1, outputTokens: 1 }, cached: false, costUsd: c, listCostUsd: c, attempts: 1 });
    costs.forEach((c) => forward.record('agent', entry(c)));
    [...costs].reverse().forEach((c) => backward.record('agent', entry(c)));
    expect(JSON.stringify(forward.snapshot())).toBe(JSON.stringify(backward.snapshot()));
  });

  it('estimates tokens at about four characters each', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('abcdefghi')).toBe(3);
  });
});

describe('budget', () => {
  it('is exhausted once spending reaches the cap', () => {
    const budget = createBudget(0.5);
    budget.add(0.2);
    expect(budget.exhausted()).toBe(false);
    budget.add(0.3);
    expect(budget.exhausted()).toBe(true);
    expect(budget.snapshot()).toEqual({ maxUsd: 0.5, spentUsd: 0.5, exhausted: true });
  });

  it('only counts without a cap, and rejects a negative cap', () => {
    const budget = createBudget();
    budget.add(1e6);
    expect(budget.exhausted()).toBe(false);
    expect(budget.spent).toBe(1e6);
    expect(() => createBudget(-1)).toThrow(/--max-cost/);
    expect(() => createBudget(Number.NaN)).toThrow(/--max-cost/);
  });
});
