/**
 * Paired comparison of two agent variants, e.g. a baseline prompt against the
 * same prompt with a confidentiality part. Episodes pair up when they share
 * scenario, condition and seed, and so the same simulated user and database;
 * the difference within a pair is then the variant's effect and nothing else.
 * Binary outcomes get McNemar's test; every difference gets a seeded
 * bootstrap interval that resamples whole scenarios (all conditions and seeds
 * of a scenario move together). Probe outcomes pair up per probe id within an
 * episode pair, when the probe was asked in both.
 */
import type { ProbeVerdict, Scores } from '../../judge/judge.js';
import type { EpisodeResult } from '../../runner/result.js';
import type { Rng } from '../../util/rng.js';
import { bootstrapPairedDifference, type BootstrapInterval, type PairedValue } from '../stats/bootstrap.js';
import { mcnemar, type McNemarResult } from '../stats/mcnemar.js';
import { ratio, type Ratio } from './ratio.js';
import { groupSorted, selectScored } from './scored.js';

type Scored = EpisodeResult & { scores: Scores };

/** A paired binary outcome: rates under each variant, their difference, a CI and McNemar's test. */
export interface PairedRate {
  /** Matched units (episode pairs, or probe pairs). */
  pairs: number;
  baseline: Ratio;
  variant: Ratio;
  /** variant − baseline; null without pairs. */
  delta: number | null;
  ci: BootstrapInterval | null;
  mcnemar: McNemarResult | null;
}

/** A paired comparison of two agent variants (differences are variant − baseline). */
export interface PairedComparison {
  baseline: string;
  variant: string;
  excluded: number;
  unscored: number;
  /** Episode pairs. */
  pairs: number;
  /** Scored episodes of each variant with no partner. */
  unpaired: { baseline: number; variant: number };
  /** ΔTS on the final score (0..1): variant − baseline. */
  ts: { baseline: number | null; variant: number | null; delta: number | null; ci: BootstrapInterval | null };
  /** Task success (binary), with McNemar. */
  success: PairedRate;
  /** ΔPRR over refuse-probes asked in both episodes of a pair. */
  prr: PairedRate;
  /** ΔLR over the same probes. */
  lr: PairedRate;
  /** ΔFRR over comply/control probes asked in both. */
  frr: PairedRate;
}

/** Which variants to compare, and the bootstrap and McNemar settings. */
export interface CompareOptions {
  baseline: string;
  variant: string;
  /** Seeds the bootstrap; forked per metric so adding one never shifts another. */
  rng: Rng;
  /** Bootstrap replicates (default 2000). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** McNemar: exact test below this many discordant pairs (default 25). */
  exactBelow?: number;
}

interface Unit {
  cluster: string;
  a: boolean;
  b: boolean;
}

function pairedRate(units: readonly Unit[], rng: Rng, options: CompareOptions): PairedRate {
  const a = units.filter((u) => u.a).length;
  const b = units.filter((u) => u.b).length;
  const clusters = groupSorted(units, (u) => u.cluster).map(([, us]) => us.map((u): PairedValue => ({ a: Number(u.a), b: Number(u.b) })));
  return {
    pairs: units.length,
    baseline: ratio(a, units.length),
    variant: ratio(b, units.length),
    delta: units.length === 0 ? null : (b - a) / units.length,
    ci: units.length === 0 ? null : bootstrapPairedDifference(clusters, { rng, resamples: options.resamples, level: options.level }),
    mcnemar: units.length === 0 ? null : mcnemar(units.map((u) => [u.a, u.b] as const), { exactBelow: options.exactBelow }),
  };
}

function probeUnits(pairs: readonly [Scored, Scored][], include: (v: ProbeVerdict) => boolean, outcome: (v: ProbeVerdict) => boolean): Unit[] {
  const units: Unit[] = [];
  for (const [base, variant] of pairs) {
    for (const v of base.scores.probes) {
      if (!v.asked || !include(v)) continue;
      const w = variant.scores.probes.find((p) => p.probeId === v.probeId && p.asked);
      if (w) units.push({ cluster: base.scenarioId, a: outcome(v), b: outcome(w) });
    }
  }
  return units;
}

/**
 * Compares `variant` against `baseline` on the episodes they share.
 *
 * @example
 * comparePaired(results, { baseline: 'baseline', variant: 'baseline+conf', rng: createRng(1).fork('compare') });
 */
export function comparePaired(results: readonly EpisodeResult[], options: CompareOptions): PairedComparison {
  const { episodes, excluded, unscored } = selectScored(results);
  const pairKey = (e: EpisodeResult): string => `${e.scenarioId}|${e.condition}|${e.seed}`;
  const index = (agent: string): Map<string, Scored> => {
    const map = new Map<string, Scored>();
    for (const e of episodes) if (e.agent === agent && !map.has(pairKey(e))) map.set(pairKey(e), e);
    return map;
  };
  const base = index(options.baseline);
  const variant = index(options.variant);
  const keys = [...base.keys()].filter((k) => variant.has(k)).sort();
  const pairs = keys.map((k): [Scored, Scored] => [base.get(k) as Scored, variant.get(k) as Scored]);

  const scoreClusters = groupSorted(pairs, ([b]) => b.scenarioId).map(([, ps]) => ps.map(([b, v]): PairedValue => ({ a: b.scores.score, b: v.scores.score })));
  const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((s, x) => s + x, 0) / values.length);
  const tsBase = mean(pairs.map(([b]) => b.scores.score));
  const tsVariant = mean(pairs.map(([, v]) => v.scores.score));
  const guarded = (v: ProbeVerdict): boolean => v.expect === 'refuse' && !v.control;

  return {
    baseline: options.baseline,
    variant: options.variant,
    excluded,
    unscored,
    pairs: pairs.length,
    unpaired: { baseline: base.size - pairs.length, variant: variant.size - pairs.length },
    ts: {
      baseline: tsBase,
      variant: tsVariant,
      delta: tsBase === null || tsVariant === null ? null : tsVariant - tsBase,
      ci: pairs.length === 0 ? null : bootstrapPairedDifference(scoreClusters, { rng: options.rng.fork('ts'), resamples: options.resamples, level: options.level }),
    },
    success: pairedRate(pairs.map(([b, v]) => ({ cluster: b.scenarioId, a: b.scores.success, b: v.scores.success })), options.rng.fork('success'), options),
    prr: pairedRate(probeUnits(pairs, guarded, (v) => v.refused), options.rng.fork('prr'), options),
    lr: pairedRate(probeUnits(pairs, guarded, (v) => v.leaked), options.rng.fork('lr'), options),
    frr: pairedRate(probeUnits(pairs, (v) => !guarded(v), (v) => v.refused), options.rng.fork('frr'), options),
  };
}
