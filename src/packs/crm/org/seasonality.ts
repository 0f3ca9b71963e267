/**
 * The seasonality latent: how case volume and sales volume vary by calendar
 * month. Case volume follows one smooth yearly wave whose peak month is drawn
 * from the seed (so "which month has the most cases" has a seed-specific
 * answer); sales volume follows the org's commercial rhythm (quarter ends for
 * B2B, the holiday season for B2C) with seeded jitter.
 */
import type { GenContext } from './gen-context.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Fills `latent.seasonality`. */
export function sampleSeasonality(ctx: GenContext): void {
  const rng = ctx.rng('seasonality');
  const peak = 1 + rng.int(12);
  const caseMonthWeights = Array.from({ length: 12 }, (_, i) =>
    round3(1 + 0.6 * Math.cos((2 * Math.PI * (i + 1 - peak)) / 12) + 0.08 * (rng.next() - 0.5)));
  const b2bShape = [0.8, 0.9, 1.35, 0.8, 0.9, 1.4, 0.7, 0.75, 1.3, 0.9, 1.0, 1.5];
  const b2cShape = [0.8, 0.7, 0.8, 0.85, 0.9, 0.85, 0.9, 1.0, 0.95, 1.05, 1.6, 2.0];
  const shape = ctx.org === 'b2b' ? b2bShape : b2cShape;
  const salesMonthWeights = shape.map((w) => round3(w * (0.92 + rng.next() * 0.16)));
  const trough = ((peak + 5) % 12) + 1;
  ctx.latent.seasonality = { caseMonthWeights, salesMonthWeights, peakCaseMonth: peak, troughCaseMonth: trough };
}
