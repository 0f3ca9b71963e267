/**
 * Every metric moves the way it should on reference-agent runs with known
 * behaviour, measured through runStudy on the demo suite: the reference agent
 * is an oracle whose knobs switch one behaviour at a time (never asking,
 * re-asking, leaking, over-refusing), so each knob must move its metric and
 * leave the others where the plain reference agent has them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Condition, EpisodeResult } from '../../src/runner/result.js';
import { readResults } from '../../src/runner/results-store.js';
import { runStudy } from '../../src/studies/run-study.js';
import { loadStudySpec } from '../../src/studies/spec.js';
import type { StudyCell, StudyResult } from '../../src/studies/study-result.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

let result: StudyResult;
let results: EpisodeResult[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'usersim-study-metrics-'));
  const spec = join(dir, 'demo.yaml');
  writeFileSync(
    spec,
    [
      'name: demo-metrics',
      `scenarios: [${join(repoRoot, 'scenarios/demo')}]`,
      'conditions: [sharded, full, concat]',
      'agents:',
      '  - { name: ask-needed, agent: reference }',
      '  - { name: guess, agent: "reference[clarify=guess]" }',
      '  - { name: ask-all, agent: "reference[clarify=ask-all]" }',
      '  - { name: comply, agent: "reference[probes=comply]" }',
      '  - { name: refuse-all, agent: "reference[probes=refuse-all]" }',
      'seeds: 2',
      'bootstrap: { resamples: 300 }',
      '',
    ].join('\n'),
  );
  const outcome = await runStudy(loadStudySpec(spec), { outDir: join(dir, 'out') });
  result = outcome.result;
  results = readResults(join(dir, 'out'));
});

function cell(variant: string, condition: Condition = 'sharded'): StudyCell {
  const found = result.cells.find((c) => c.variant === variant && c.condition === condition);
  if (!found) throw new Error(`no cell ${variant} · ${condition}`);
  return found;
}

const comparison = (variant: string) => result.comparisons.find((c) => c.variant === variant && c.baseline === 'ask-needed');

describe('confidentiality metrics move with the probe knob', () => {
  it('probes: comply leaks: LR > 0 and PRR = 0; the plain agent refuses: PRR = 1, LR = 0', () => {
    const comply = cell('comply').confidentiality;
    const plain = cell('ask-needed').confidentiality;
    expect(comply.prr.denominator).toBeGreaterThan(0);
    expect(comply.lr.value).toBeGreaterThan(0);
    expect(comply.prr.value).toBe(0);
    expect(comply.lrByKind.verbatim.value).toBeGreaterThan(0);
    expect(plain.prr.value).toBe(1);
    expect(plain.lr.value).toBe(0);
    expect(plain.lrZeroBound?.exact).toBeGreaterThan(0);
    expect(comply.lrZeroBound).toBeNull();
  });

  it('HOLD^k and SHR: the complying agent holds no secret past the first wording; the refusing one holds all', () => {
    expect(cell('comply').confidentiality.holdK[0]?.value).toBe(0);
    expect(cell('comply').confidentiality.shr.value).toBe(0);
    expect(cell('ask-needed').confidentiality.holdK.every((p) => p.value === 1)).toBe(true);
    expect(cell('ask-needed').confidentiality.holdK.length).toBeGreaterThan(1);
    expect(cell('ask-needed').confidentiality.shr.value).toBe(1);
  });

  it('probes: refuse-all refuses the harmless look-alikes too: FRR > 0, while the plain agent has FRR = 0', () => {
    expect(cell('refuse-all').confidentiality.frr.denominator).toBeGreaterThan(0);
    expect(cell('refuse-all').confidentiality.frr.value).toBeGreaterThan(0);
    expect(cell('ask-needed').confidentiality.frr.value).toBe(0);
    expect(cell('refuse-all').confidentiality.prr.value).toBe(1);
  });

  it('the paired comparison comply vs ask-needed shows ΔLR > 0 and ΔPRR < 0 with McNemar, and no ΔTS', () => {
    const c = comparison('comply');
    expect(c?.paired.lr.delta).toBeGreaterThan(0);
    expect(c?.paired.prr.delta).toBeLessThan(0);
    expect(c?.paired.lr.mcnemar).toMatchObject({ b: 0 });
    expect(c?.paired.lr.mcnemar?.c).toBe(c?.paired.lr.pairs);
    expect(c?.paired.lr.mcnemar?.pValue).toBeLessThan(0.05);
    expect(c?.paired.lr.ci?.lower).toBeGreaterThan(0);
    expect(c?.sampleSize.lr.pairsNeeded).toBeGreaterThan(0);
    expect(c?.paired.ts.delta).toBe(0);
    expect(comparison('refuse-all')?.paired.frr.delta).toBeGreaterThan(0);
  });
});

describe('clarification metrics move with the clarify knob', () => {
  it('clarify: guess answers before it has the facts: PAR > 0, NQR 0, AHR > 0 and TS lower than ask-needed under sharded', () => {
    const guess = cell('guess').clarification;
    const plain = cell('ask-needed').clarification;
    expect(guess.par.value).toBeGreaterThan(0);
    expect(plain.par.value).toBe(0);
    expect(guess.nqr.value).toBe(0);
    expect(plain.nqr.value).toBe(1);
    expect(guess.ahr.value).toBeGreaterThan(0);
    expect(plain.ahr.value).toBe(0);
    expect(guess.questionsPerEpisode.value).toBe(0);
    expect(guess.actionMix.totals.question).toBe(0);
    expect(plain.actionMix.totals.question).toBeGreaterThan(0);
    expect(cell('guess').success.ts.value).toBeLessThan(cell('ask-needed').success.ts.value as number);
    const c = comparison('guess');
    expect(c?.paired.ts.delta).toBeLessThan(0);
    expect(c?.paired.ts.ci?.upper).toBeLessThan(0);
    expect(c?.paired.success.mcnemar?.b).toBeGreaterThan(0);
    expect(c?.paired.success.mcnemar?.c).toBe(0);
    expect(c?.sampleSize.success.pairsNeeded).toBeGreaterThan(0);
  });

  it('clarify: ask-all re-asks what it was told: repeated questions (RQR) > 0 and QP below 1', () => {
    const askAll = cell('ask-all').clarification;
    const plain = cell('ask-needed').clarification;
    expect(askAll.rqrRepeated.value).toBeGreaterThan(0);
    expect(askAll.rqrIrrelevant.value).toBe(0);
    expect(askAll.qp.value).toBeLessThan(1);
    expect(plain.qp.value).toBe(1);
    expect(plain.rqr.value).toBe(0);
    expect(askAll.nqr.value).toBe(1);
  });

  it('full and concat give every needed fact up front: NQR, QP and PAR are not measured, OCR is 0 for ask-needed and > 0 for ask-all', () => {
    for (const condition of ['full', 'concat'] as const) {
      const plain = cell('ask-needed', condition).clarification;
      expect(plain.shardedEpisodes).toBe(0);
      expect([plain.nqr.value, plain.qp.value, plain.par.value]).toEqual([null, null, null]);
      expect(plain.ocr.denominator).toBe(plain.episodes);
      expect(plain.ocr.value).toBe(0);
      expect(cell('ask-all', condition).clarification.ocr.value).toBeGreaterThan(0);
      // Guessing costs nothing when nothing has to be asked.
      expect(cell('guess', condition).success.ts.value).toBe(cell('ask-needed', condition).success.ts.value);
      expect(cell('guess', condition).clarification.ahr.value).toBe(0);
    }
  });

  it('asking takes turns: TTS under sharded exceeds TTS under full for ask-needed', () => {
    const sharded = cell('ask-needed').clarification.tts.mean as number;
    const full = cell('ask-needed', 'full').clarification.tts.mean as number;
    expect(full).toBe(1);
    expect(sharded).toBeGreaterThan(full);
  });

  it('MTD: the guessing agent degrades from full to sharded, the asking agents do not', () => {
    const mtd = new Map(result.mtd?.map((m) => [m.variant, m]));
    expect(mtd.get('guess')?.value).toBeGreaterThan(0.3);
    expect(mtd.get('ask-needed')?.value).toBe(0);
    expect(mtd.get('ask-all')?.value).toBe(0);
    expect(mtd.get('ask-needed')?.scenarios.length).toBeGreaterThan(0);
  });
});

describe('conditions, reliability and the simulator', () => {
  it('the condition states the needed facts in the opening and the ledger says so', () => {
    const full = results.filter((r) => r.condition === 'full' && r.scenarioId === 'demo.cancel-order');
    expect(full.length).toBeGreaterThan(0);
    for (const r of full) {
      expect(r.ledger.filter((e) => e.reason === 'condition').map((e) => e.factId)).toEqual(['order_id', 'email']);
      expect(r.transcript[0]).toMatchObject({ role: 'user', turn: 1, disclosed: ['order_id', 'email'] });
    }
    const sharded = results.filter((r) => r.condition === 'sharded');
    expect(sharded.some((r) => r.ledger.some((e) => e.reason === 'condition'))).toBe(false);
  });

  it('the agenda user keeps its rules in every condition: full disclosure fidelity, no over-disclosure, no premature stop', () => {
    for (const c of result.cells) {
      expect(c.simulator.turns).toBeGreaterThan(0);
      expect(c.simulator.disclosureFidelity.value).toBe(1);
      expect(c.simulator.overDisclosure.value).toBe(0);
      expect(c.simulator.prematureStop.value).toBe(0);
    }
  });

  it('deterministic agents never flip between seeds: pass^k is flat and the noise floor is 0', () => {
    const plain = cell('ask-needed').success;
    expect(plain.passK.map((p) => p.passHat)).toEqual([plain.successRate.value, plain.successRate.value]);
    expect(plain.reliability.U90_10).toBe(0);
    expect(plain.reliability.P).toBeCloseTo(plain.ts.value as number, 12);
    expect(result.noiseFloor.cells).toBeGreaterThan(0);
    expect(result.noiseFloor.flipRate).toBe(0);
    // The guessing agent fails some tasks on every seed: pass^k below 1 but flat in k.
    const guess = cell('guess').success;
    expect(guess.passK[0]?.passHat).toBeLessThan(1);
    expect(guess.passK[1]?.passHat).toBe(guess.passK[0]?.passHat);
  });
});
