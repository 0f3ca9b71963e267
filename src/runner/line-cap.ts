/**
 * The size cap of one episode line. An episode can carry whatever an agent or
 * a model sent (a 10 MB message, a huge tool argument), and one such line must
 * not blow the results store or the memory of whoever reads it back. A line
 * over the cap is shrunk deterministically: every string longer than a limit
 * is cut with a marker saying how much was cut, the limit halving until the
 * line fits. Keys, numbers and structure are never touched, so the line still
 * parses as a result and is scored as before (answers are cut last: only when
 * cutting everything else was not enough).
 */

/** The default cap: 2 MiB per episode line. */
export const MAX_EPISODE_LINE_BYTES = 2 * 1024 * 1024;

const cut = (text: string, limit: number): string =>
  text.length > limit ? `${text.slice(0, limit)} [… ${text.length - limit} characters cut: episode line over its size cap]` : text;

function shrink(value: unknown, limit: number, keep: ReadonlySet<string>, key = ''): unknown {
  if (typeof value === 'string') return keep.has(key) ? value : cut(value, limit);
  if (Array.isArray(value)) return value.map((v) => shrink(v, limit, keep));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shrink(v, limit, keep, k)]));
  }
  return value;
}

/**
 * The JSON line of `result`, at most `maxBytes` long when strings can be cut
 * that far. `key`, `scenarioId`, `agent` and the like are kept whole.
 */
export function cappedLine(result: unknown, maxBytes = MAX_EPISODE_LINE_BYTES): string {
  let line: string;
  try {
    line = JSON.stringify(result);
    if (Buffer.byteLength(line) <= maxBytes) return line;
  } catch (error) {
    // Past V8's longest string the whole line cannot even be built; shrinking first still can.
    if (!(error instanceof RangeError)) throw error;
  }
  const whole = new Set(['key', 'scenarioId', 'agent', 'user', 'condition', 'judge', 'reason', 'code', 'id', 'callId', 'name', 'factId', 'role', 'type']);
  for (let limit = Math.max(64, Math.floor(maxBytes / 8)); limit >= 16; limit = Math.floor(limit / 2)) {
    line = JSON.stringify(shrink(result, limit, new Set([...whole, 'answer'])));
    if (Buffer.byteLength(line) <= maxBytes) return line;
  }
  for (let limit = 1024; limit >= 16; limit = Math.floor(limit / 2)) {
    line = JSON.stringify(shrink(result, limit, whole));
    if (Buffer.byteLength(line) <= maxBytes) return line;
  }
  return JSON.stringify(shrink(result, 16, whole));
}
