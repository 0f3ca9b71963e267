/**
 * `study.json`: everything a study measured, computed from the stored
 * episodes alone. It is deterministic (the same results and spec give the
 * same bytes): no timestamps, run ids or absolute paths, which live in the
 * manifest, and every interval comes from the spec's seeded bootstrap. The
 * normalised spec is kept inside, so a finished study can be re-scored
 * (`rescoreStudy`) without its YAML.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import type { Condition } from '../runner/result.js';
import type { ClarificationMetrics } from './metrics/clarification.js';
import type { PairedComparison } from './metrics/compare.js';
import type { ConfidentialityMetrics } from './metrics/confidentiality.js';
import type { SimulatorValidity } from './metrics/simulator.js';
import type { Degradation, SuccessMetrics } from './metrics/success.js';
import type { NoiseFloor } from './stats/noise-floor.js';
import type { StudySpec } from './spec-schema.js';

/** The file name, beside `episodes.jsonl`. */
export const STUDY_FILE = 'study.json';

/** The format tag, bumped when the shape changes incompatibly. */
export const STUDY_FORMAT = 'usersim-study/1';

/** A variant as the study ran it. */
export interface StudyVariant {
  /** The spec's label. */
  name: string;
  /** The canonical agent name: the `agent` of episode keys and results. */
  agent: string;
  /** The agent spec as written. */
  spec: string;
}

/** Every metric of one variant under one condition. */
export interface StudyCell {
  variant: string;
  agent: string;
  condition: Condition;
  /** Success and reliability (MTD is per variant, in `StudyResult.mtd`). */
  success: Omit<SuccessMetrics, 'mtd'>;
  clarification: ClarificationMetrics;
  confidentiality: ConfidentialityMetrics;
  simulator: SimulatorValidity;
}

/** How many pairs a paired binary outcome would need to show the observed difference. */
export interface SampleSizeNote {
  /** Pairs observed. */
  pairs: number;
  /** Observed discordant shares: baseline true & variant false, and the reverse. */
  p10: number | null;
  p01: number | null;
  /** Pairs needed for 80 % power at α = 0.05 (Connor 1987); null when there is no difference to detect. */
  pairsNeeded: number | null;
  /** Power of the observed number of pairs against the observed difference; null without one. */
  power: number | null;
  note: string;
}

/** A paired comparison between two variants (differences are variant − baseline). */
export interface StudyComparison {
  /** `variant vs baseline`. */
  label: string;
  baseline: string;
  variant: string;
  baselineAgent: string;
  variantAgent: string;
  /** Pooled over the study's conditions; the bootstrap resamples whole scenarios. */
  paired: PairedComparison;
  /** The same comparison within each condition (when the study has more than one). */
  byCondition: { condition: Condition; paired: PairedComparison }[];
  sampleSize: { success: SampleSizeNote; prr: SampleSizeNote; lr: SampleSizeNote; frr: SampleSizeNote };
}

/** The content of `study.json`. */
export interface StudyResult {
  format: typeof STUDY_FORMAT;
  name: string;
  description: string | null;
  /** The spec file as given and the hash of its validated content. */
  specFile: string;
  specHash: string;
  /** The validated spec with defaults filled in. */
  spec: StudySpec;
  usersim: string;
  user: string;
  judge: string;
  conditions: Condition[];
  seeds: number[];
  scenarios: { id: string; file: string; hash: string }[];
  variants: StudyVariant[];
  episodes: {
    planned: number;
    stored: number;
    excluded: number;
    /** Planned episodes with no stored result (a stopped or budget-capped run). */
    missing: number;
  };
  cells: StudyCell[];
  /** MTD per variant; null when the study lacks one of the three conditions. */
  mtd: (Degradation & { variant: string })[] | null;
  /** How often a verdict flips between seeds of the same cell, over the whole study. */
  noiseFloor: NoiseFloor;
  comparisons: StudyComparison[];
  /** Caveats a reader must see, e.g. scenarios whose files changed since the run. */
  notes: string[];
}

/** Writes `study.json` atomically; two writes of the same result give the same bytes. */
export function writeStudyResult(dir: string, result: StudyResult): string {
  const path = join(dir, STUDY_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return path;
}

/** Reads `study.json` from a study directory, or undefined when there is none. */
export function readStudyResult(dir: string): StudyResult | undefined {
  const path = join(dir, STUDY_FILE);
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsersimError('E_IO', `${path}: not valid JSON`, { cause: error });
  }
  if (!isStudyResult(value)) throw new UsersimError('E_IO', `${path}: not a ${STUDY_FORMAT} file`);
  return value;
}

/** Whether a parsed value is a study result of this format (checked loosely: its tag and main lists). */
export function isStudyResult(value: unknown): value is StudyResult {
  const v = value as Partial<StudyResult> | null;
  return v !== null && typeof v === 'object' && v.format === STUDY_FORMAT && Array.isArray(v.cells) && Array.isArray(v.comparisons);
}
