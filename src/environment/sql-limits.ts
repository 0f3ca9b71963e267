/**
 * The limits on one agent-written query: how long it may run and how much of
 * its result comes back. They are a world's settings (`limits:` in
 * world.yaml, or `limits` in a registered world's source), because what is
 * reasonable depends on the size of the data. A query over the time limit is
 * stopped and reported to the agent as `E_SQL_TIMEOUT`; a result over a size
 * limit comes back cut, with a note saying what was cut.
 */
import { z } from 'zod';

/** The largest delay a Node timer honours; longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;

/** `limits:` in world.yaml. */
export const SqlLimitsSchema = z.strictObject({
  sql_timeout_ms: z
    .number()
    .int()
    .min(10)
    .max(600_000)
    .default(5000)
    .describe('The longest one agent query may run, in ms; past it the query is stopped and the agent sees E_SQL_TIMEOUT.'),
  max_cell_chars: z
    .number()
    .int()
    .min(16)
    .max(1_000_000)
    .default(2000)
    .describe('A text cell longer than this comes back cut, with a marker.'),
  max_result_bytes: z
    .number()
    .int()
    .min(1024)
    .max(16_000_000)
    .default(65_536)
    .describe('Rows stop once the result, as JSON, would pass this many bytes; a note says so.'),
});

/** A world's query limits, defaults filled in. */
export type SqlLimits = z.infer<typeof SqlLimitsSchema>;

/** The defaults: 5 s per query, 2,000 characters per cell, 64 KiB per result. */
export const DEFAULT_SQL_LIMITS: SqlLimits = SqlLimitsSchema.parse({});
