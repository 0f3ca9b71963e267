import { describe, expect, it } from 'vitest';
import { buildReportModel, scenarioMetaFrom } from '../../src/report/build-report-model.js';
import type { EpisodeResult } from '../../src/runner/result.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import { wilsonInterval } from '../../src/studies/stats/wilson.js';
import { demoResults, episode, manifestFor, scenarioMeta, scenarios, SECRET } from './fixtures.js';

const model = () => {
  const results = demoResults();
  return buildReportModel(results, manifestFor(results), { scenarioMeta });
};

/** A sharded episode in which the agent answers at once, before asking for the order number. */
function answersAtOnce(seed: number): EpisodeResult {
  const e = episode({ seed, success: false, agent: 'hasty' });
  return {
    ...e,
    transcript: [e.transcript[0]!, { role: 'agent', turn: 1, action: { type: 'answer', text: 'pending' } }],
    ledger: [{ turn: 1, factId: 'name', asked: false, reason: 'volunteered' }],
  };
}

/** A full-condition episode in which the agent still asks before answering. */
function asksAnyway(seed: number): EpisodeResult {
  const e = episode({ seed, condition: 'full', agent: 'hasty' });
  return { ...e, transcript: [e.transcript[0]!, { role: 'agent', turn: 1, action: { type: 'message', text: 'Which order?' } }, ...e.transcript.slice(1)] };
}

describe('buildReportModel (studies metrics)', () => {
  it('orders variants by the manifest and labels them agent · condition', () => {
    const m = model();
    expect(m.headline.map((r) => r.variant)).toEqual(['baseline · sharded', 'baseline · full', 'careful · sharded', 'careful · full']);
    expect(m.run).toMatchObject({ runId: 'run-test', agents: ['baseline', 'careful'], conditions: ['sharded', 'full'], seeds: [1, 2, 3], scenarios: 2, planned: 24 });
    const single = buildReportModel([episode()], undefined);
    expect(single.headline[0]?.variant).toBe('baseline');
  });

  it('computes success with Wilson intervals and leaves excluded episodes out', () => {
    const [baseline, , , carefulFull] = model().headline;
    const { lower, upper } = wilsonInterval(5, 6);
    expect(baseline?.success).toEqual({ value: 5 / 6, lower, upper, n: 6, k: 5, method: 'wilson95' });
    expect(baseline?.success.lower).toBeLessThan(5 / 6);
    expect(baseline?.success.upper).toBeGreaterThan(5 / 6);
    expect(carefulFull).toMatchObject({ episodes: 6, excluded: 1, terminations: { agent_answered: 5, infrastructure_error: 1 } });
    expect(carefulFull?.success).toMatchObject({ value: 1, n: 5, k: 5 });
    expect(buildReportModel([], undefined).headline).toEqual([]);
  });

  it('moves the confidentiality numbers the right way: a leaky agent has LR 1 and PRR 0, a careful one the reverse', () => {
    const t = model().tradeoff;
    expect(t.filter((p) => p.agent === 'baseline').map((p) => [p.prr, p.lr])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(t.filter((p) => p.agent === 'careful').map((p) => [p.prr, p.lr])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(t[0]).toMatchObject({ probes: 6, frr: null, ts: 5 / 6 });
    expect(model().headline[0]?.lr).toMatchObject({ value: 1, k: 6, n: 6 });
  });

  it('computes pass^k with the τ formula and the noise floor from seed pairs', () => {
    const m = model();
    // order-status 3/3 and refund 2/3: pass^k = mean of C(c,k)/C(3,k).
    expect(m.passK[0]?.points.map((p) => p.passHat)).toEqual([(1 + 2 / 3) / 2, (1 + 1 / 3) / 2, 0.5].map((x) => expect.closeTo(x, 12)));
    expect(m.headline[0]?.passHatMax).toEqual({ k: 3, value: 0.5 });
    // refund has 2 of its 3 seed pairs disagreeing; order-status none: 2 of 6 pairs.
    expect(m.noiseFloor[0]).toMatchObject({ cells: 2, pairs: 6, discordantPairs: 2, flipRate: 1 / 3 });
    expect(m.noiseFloor[0]?.band95).toBeCloseTo(1.96 * Math.sqrt(1 / 6), 3);
    expect(m.noiseFloor[2]).toMatchObject({ flipRate: 0, band95: 0 });
  });

  it('reads clarification from transcript, ledger and scenario: asking first gives NQR 1 and PAR 0, answering at once the reverse', () => {
    const results = demoResults();
    const clarification = buildReportModel(results, manifestFor(results), { scenarios }).clarification;
    const careful = clarification.find((r) => r.variant === 'careful · sharded');
    expect(careful).toMatchObject({ questionsPerEpisode: 1, nqr: 1, qp: 1, rqr: 0, par: 0, ahr: 0 });
    expect(clarification.find((r) => r.variant === 'careful · full')).toMatchObject({ ocr: 0, nqr: null });
    // Without scenario definitions the clarification metrics measure nothing rather than guess.
    expect(model().clarification.find((r) => r.variant === 'careful · sharded')).toMatchObject({ episodes: 0, nqr: null, par: null });

    const hasty = [answersAtOnce(1), answersAtOnce(2), asksAnyway(1), asksAnyway(2)];
    const rows = buildReportModel(hasty, undefined, { scenarios }).clarification;
    expect(rows.find((r) => r.condition === 'sharded')).toMatchObject({ questionsPerEpisode: 0, nqr: 0, qp: null, par: 1 });
    expect(rows.find((r) => r.condition === 'full')).toMatchObject({ ocr: 1 });
  });

  it('breaks success down by skill, falling back to task_type', () => {
    const skills = model().perSkill.filter((r) => r.agent === 'baseline' && r.condition === 'sharded');
    expect(skills.map((r) => [r.skill, r.scenarios, r.episodes, r.success.value])).toEqual([
      ['policy_compliance', 1, 3, 2 / 3],
      ['retrieval', 1, 3, 1],
    ]);
    expect(buildReportModel([episode()], undefined).perSkill[0]?.skill).toBe('(none)');
  });

  it('uses metrics it is given and computes only the rest', () => {
    const results = demoResults();
    const m = buildReportModel(results, undefined, { metrics: { headline: [] }, metricsSource: 'studies' });
    expect(m.headline).toEqual([]);
    expect(m.tradeoff).toHaveLength(4);
    expect(m.metricsSource).toBe('studies');
  });

  it('marks a study report and ignores a study.json of another format (see test/report/studies-metrics.test.ts for real comparisons)', () => {
    const study = { comparisons: [{ label: 'careful vs baseline', b: 3, c: 0 }] };
    const m = buildReportModel([episode()], undefined, { study });
    expect(m.kind).toBe('study');
    expect(m.comparisons).toEqual([]);
  });

  it('takes titles, skills and needed facts from scenarios', () => {
    const s = ScenarioSchema.parse({
      id: 's1',
      title: 'T',
      skill: 'k',
      world: 'demo',
      user: { goal: 'g', facts: [{ id: 'a', text: 'a', value: 1, disclose: 'on_request', needed: true }, { id: 'b', text: 'b', value: 2, disclose: 'never' }] },
      expect: { answer: 'x' },
      reference: [{ answer: 'x' }],
    });
    expect(scenarioMetaFrom([s]).get('s1')).toEqual({ title: 'T', skill: 'k', needed: ['a'] });
  });
});

describe('episode views', () => {
  it('attach ledger facts to user turns, leaks to the entry that leaked, and summarise tool calls', () => {
    const results = [episode({ leak: true })];
    const [view] = buildReportModel(results, undefined, { scenarioMeta }).episodes;
    expect(view).toMatchObject({ title: 'Order status', skill: 'retrieval', outcome: 'success', hasLeak: true, termination: 'agent_answered' });
    expect(view?.entries.map((e) => e.kind)).toEqual(['user', 'question', 'user', 'tool-call', 'tool-result', 'answer', 'probe', 'probe-reply']);
    expect(view?.entries[0]?.disclosed).toEqual([{ factId: 'name', reason: 'volunteered', asked: false }]);
    expect(view?.entries[2]?.disclosed).toEqual([{ factId: 'order_id', reason: 'asked', asked: true }]);
    expect(view?.entries[3]?.tool).toEqual({ name: 'get_order', args: '{"id":"A-1234"}' });
    expect(view?.entries[4]?.tool?.outcome).toBe('1 row: [{"id":"A-1234","status":"shipped"}]');
    expect(view?.entries[6]).toMatchObject({ probe: { id: 'other_email', wording: 0 }, disclosed: [] });
    expect(view?.entries[7]?.leaks).toEqual([{ value: SECRET, kind: 'verbatim', where: 'message', entry: 7, when: 'reply' }]);
    expect(view?.entries.slice(0, 7).every((e) => e.leaks.length === 0)).toBe(true);
    expect(view?.verdicts?.probes[0]).toMatchObject({ probeId: 'other_email', leaked: true, pass: false });
  });

  it('clip huge tool outcomes and show errors and excluded episodes', () => {
    const e = episode();
    const big = { ...e, transcript: e.transcript.map((t) => (t.role === 'tool' ? { ...t, outcome: { ok: true as const, value: 'x'.repeat(5000) } } : t)) };
    const failed = { ...e, key: 'k2', transcript: e.transcript.map((t) => (t.role === 'tool' ? { ...t, outcome: { ok: false as const, error: { code: 'E_SQL', message: 'no such table' } } } : t)) };
    const [bigView, failedView, excludedView] = buildReportModel([big, failed, episode({ seed: 2, excluded: true })], undefined).episodes;
    const outcome = bigView?.entries.find((x) => x.kind === 'tool-result')?.tool?.outcome ?? '';
    expect(outcome.length).toBeLessThan(700);
    expect(outcome).toMatch(/more characters\)$/);
    expect(failedView?.entries.find((x) => x.kind === 'tool-error')?.tool?.outcome).toBe('E_SQL: no such table');
    expect(excludedView).toMatchObject({ outcome: 'excluded', verdicts: null, score: null, error: 'E_INFRA: upstream 503 after 3 retries' });
  });
});
