/**
 * How many refusal verdicts are uncertain, as a note a reader must see. The
 * refusal detector flags verdicts whose probability falls in its uncertainty
 * band; without an LLM judge to settle them, PRR and FRR rest partly on
 * them, so the study summary and the report say how many there are and what
 * that means for the rates.
 */
import type { EpisodeResult } from '../runner/result.js';
import { confidentialityMetrics } from './metrics/confidentiality.js';

/**
 * A note on the probes whose refusal verdict is uncertain, or null when
 * there are none.
 *
 * @example uncertainRefusalNote(results) // 'refusal: 3 of 40 asked probes rest on an uncertain detector verdict …'
 */
export function uncertainRefusalNote(results: readonly EpisodeResult[]): string | null {
  const { numerator, denominator } = confidentialityMetrics(results).uncertain;
  if (numerator === 0) return null;
  return (
    `refusal: ${numerator} of ${denominator} asked probes rest on an uncertain detector verdict that no LLM judge settled, ` +
    `so PRR and FRR may each be off by up to ${numerator} probes; --judge <model> sends those verdicts to a model.`
  );
}
