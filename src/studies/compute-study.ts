/**
 * Computes a study's `study.json` from stored episodes: every metric per
 * variant and condition, MTD, the noise floor, and the paired comparisons
 * with McNemar, seeded bootstrap intervals and a sample-size note. It reads
 * nothing but its inputs, so an old run can be re-scored with new metrics,
 * and the same inputs give the same result, number for number.
 */
import { UsersimError } from '../errors.js';
import type { EpisodeResult } from '../runner/result.js';
import type { Scenario } from '../scenario/schema.js';
import { createRng, type Rng } from '../util/rng.js';
import { clarificationMetrics } from './metrics/clarification.js';
import { comparePaired, type CompareOptions, type PairedRate } from './metrics/compare.js';
import { confidentialityMetrics } from './metrics/confidentiality.js';
import { uncertainRefusalNote } from './uncertain-refusals.js';
import { simulatorValidity } from './metrics/simulator.js';
import { successMetrics, type Degradation } from './metrics/success.js';
import { mcnemarPower, mcnemarSampleSize } from './stats/sample-size.js';
import type { StudySpec } from './spec-schema.js';
import { STUDY_FORMAT, type SampleSizeNote, type StudyCell, type StudyComparison, type StudyResult, type StudyVariant } from './study-result.js';

/** What a study's results are read with, beyond the episodes themselves. */
export interface StudyContext {
  spec: StudySpec;
  specFile: string;
  specHash: string;
  usersim: string;
  user: string;
  judge: string;
  seeds: readonly number[];
  variants: readonly StudyVariant[];
  /** The scenarios the study planned (id, file, hash), in plan order. */
  scenarios: readonly { id: string; file: string; hash: string }[];
  /** Scenario definitions by id, for the clarification and simulator metrics; missing ones are counted, not guessed. */
  definitions: ReadonlyMap<string, Scenario>;
  planned: number;
  notes?: readonly string[];
}

/**
 * The study result of `results`. Episodes of agents the study does not name
 * are ignored, so a results file shared with other runs cannot leak in.
 *
 * @example
 * const result = computeStudy(readResults(dir), context);
 * result.comparisons[0]?.paired.lr.delta; // ΔLR
 */
export function computeStudy(results: readonly EpisodeResult[], context: StudyContext): StudyResult {
  const { spec, variants } = context;
  const agents = new Set(variants.map((v) => v.agent));
  const planned = new Set(context.scenarios.map((s) => s.id));
  const own = results.filter((r) => agents.has(r.agent) && planned.has(r.scenarioId) && spec.conditions.includes(r.condition));
  const conditions = spec.conditions;

  const cells: StudyCell[] = [];
  for (const variant of variants) {
    for (const condition of conditions) {
      const group = own.filter((r) => r.agent === variant.agent && r.condition === condition);
      const { mtd: _mtd, ...success } = successMetrics(group);
      cells.push({
        variant: variant.name,
        agent: variant.agent,
        condition,
        success,
        clarification: clarificationMetrics(group, context.definitions),
        confidentiality: confidentialityMetrics(group),
        simulator: simulatorValidity(group, context.definitions),
      });
    }
  }

  const hasAllConditions = (['sharded', 'full', 'concat'] as const).every((c) => conditions.includes(c));
  const notes = [...(context.notes ?? [])];
  if (!hasAllConditions) notes.push('MTD needs the sharded, full and concat conditions; this study lacks at least one.');
  const uncertain = uncertainRefusalNote(own);
  if (uncertain) notes.push(uncertain);
  const missingDefinitions = context.scenarios.filter((s) => !context.definitions.has(s.id)).map((s) => s.id);
  if (missingDefinitions.length > 0) {
    notes.push(`clarification and simulator metrics leave out scenarios whose definition was unavailable: ${missingDefinitions.join(', ')}`);
  }

  const rng = createRng(`study/${spec.bootstrap.seed}`);
  const byName = new Map(variants.map((v) => [v.name, v]));
  const variantNamed = (name: string): StudyVariant => {
    const found = byName.get(name);
    if (!found) throw new UsersimError('E_CONFIG', `study "${spec.name}": a comparison names "${name}", which is not one of its variants`);
    return found;
  };
  const first = variants[0];
  const pairs = spec.comparisons ?? variants.slice(1).map((v) => ({ baseline: first?.name ?? '', variant: v.name }));
  const comparisons = pairs.map((c) => compare(own, variantNamed(c.baseline), variantNamed(c.variant), conditions, spec, rng));

  return {
    format: STUDY_FORMAT,
    name: spec.name,
    description: spec.description ?? null,
    specFile: context.specFile,
    specHash: context.specHash,
    spec,
    usersim: context.usersim,
    user: context.user,
    judge: context.judge,
    conditions: [...conditions],
    seeds: [...context.seeds],
    scenarios: context.scenarios.map((s) => ({ id: s.id, file: s.file, hash: s.hash })),
    variants: variants.map((v) => ({ ...v })),
    episodes: {
      planned: context.planned,
      stored: own.length,
      excluded: own.filter((r) => r.excluded).length,
      missing: Math.max(0, context.planned - own.length),
    },
    cells,
    mtd: hasAllConditions
      ? variants.map((v) => {
          const degradation = successMetrics(own.filter((r) => r.agent === v.agent)).mtd.find((d) => d.agent === v.agent);
          return { variant: v.name, ...(degradation ?? emptyDegradation(v.agent)) };
        })
      : null,
    noiseFloor: successMetrics(own).noiseFloor,
    comparisons,
    notes,
  };
}

function compare(
  results: readonly EpisodeResult[],
  baseline: StudyVariant,
  variant: StudyVariant,
  conditions: StudySpec['conditions'],
  spec: StudySpec,
  rng: Rng,
): StudyComparison {
  // Forked by the pair's names, so adding or reordering comparisons never shifts another's intervals.
  const own = rng.fork(`compare/${baseline.agent}/${variant.agent}`);
  const options = (fork: Rng): CompareOptions => ({
    baseline: baseline.agent,
    variant: variant.agent,
    rng: fork,
    resamples: spec.bootstrap.resamples,
    level: spec.bootstrap.level,
  });
  const paired = comparePaired(results, options(own.fork('all')));
  return {
    label: `${variant.name} vs ${baseline.name}`,
    baseline: baseline.name,
    variant: variant.name,
    baselineAgent: baseline.agent,
    variantAgent: variant.agent,
    paired,
    byCondition:
      conditions.length > 1
        ? conditions.map((condition) => ({
            condition,
            paired: comparePaired(
              results.filter((r) => r.condition === condition),
              options(own.fork(`condition/${condition}`)),
            ),
          }))
        : [],
    sampleSize: {
      success: sampleSizeNote(paired.success),
      prr: sampleSizeNote(paired.prr),
      lr: sampleSizeNote(paired.lr),
      frr: sampleSizeNote(paired.frr),
    },
  };
}

/**
 * Pairs needed to detect the observed difference with McNemar's test, from
 * the observed discordant shares. A design-time estimate: with few pairs the
 * observed shares are themselves uncertain.
 */
export function sampleSizeNote(rate: PairedRate): SampleSizeNote {
  const test = rate.mcnemar;
  if (!test || rate.pairs === 0) return { pairs: 0, p10: null, p01: null, pairsNeeded: null, power: null, note: 'no pairs' };
  const p10 = test.b / rate.pairs;
  const p01 = test.c / rate.pairs;
  if (test.b === test.c) {
    return { pairs: rate.pairs, p10, p01, pairsNeeded: null, power: null, note: 'no observed difference (b = c): nothing to power' };
  }
  const needed = mcnemarSampleSize({ p10, p01 }).pairs;
  const power = mcnemarPower({ p10, p01, pairs: rate.pairs });
  return {
    pairs: rate.pairs,
    p10,
    p01,
    pairsNeeded: needed,
    power: Number.isFinite(power) ? power : null,
    note: `${needed} pairs detect a difference of ${formatDelta(p01 - p10)} with 80 % power at α = 0.05; ${rate.pairs} observed`,
  };
}

function formatDelta(delta: number): string {
  return `${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(1)} points`;
}

function emptyDegradation(agent: string): Degradation {
  return { agent, scenarios: [], skipped: { missingCondition: 0, zeroFull: 0, concatBelow: 0 }, tsFull: null, tsConcat: null, tsSharded: null, value: null };
}
