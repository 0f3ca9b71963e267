/**
 * Answers written as data rather than prose. Agents sometimes return JSON
 * (`{"account": "Acme Corp"}`, `["Alice", "Ravi"]`, `null`), often inside a
 * code fence, or open with a heading that only labels what follows ("##
 * Answer"). A reader takes the value inside; the matchers read prose, so
 * this rewrites such answers into the prose they stand for: a scalar is
 * itself, an empty value is "None", a list is a bulleted list, and an
 * object with one field is that field's value (with several fields, one
 * "field: value" line each).
 */

/** A heading or label line that only announces the answer. */
const LABEL_LINE = /^\s*(?:#{1,6}\s*|\*\*|__)?\s*(?:final\s+)?(?:answer|result|response|summary|output)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/i;

/**
 * The answer as prose: a tag around it ("<respond>…</respond>") dropped, JSON
 * (bare or fenced) rewritten, and a leading label line ("## Answer",
 * "**Result:**") dropped. Other answers are returned
 * unchanged.
 *
 * @example plainAnswer('```json\n{"account": "Acme Corp"}\n```') // 'Acme Corp'
 * @example plainAnswer('{"agents": ["Alice", "Ravi"]}') // '- Alice\n- Ravi'
 */
export function plainAnswer(written: string): string {
  // "<respond>Priyanka Osei</respond>", "<answer>42</answer>": an agent's tool-style tag around the whole answer.
  const tagged = /^\s*<([a-z_]+)>([\s\S]*?)<\/\1>\s*$/i.exec(written);
  // "final_answer(312)", "…working…\nfinal_answer(["HAT118", "HAT305"])": a closing answer call holds the answer; the lines before are working.
  const called = /(?:^|\n)[ \t]*(?:final_?answer|answer|respond|submit_?answer)\s*\(([\s\S]+)\)[ \t]*;?\s*$/i.exec(tagged?.[2] ?? written);
  const actual = called?.[1]?.trim() ?? tagged?.[2]?.trim() ?? written;
  const fenced = /^\s*```[\w-]*\s*\n([\s\S]*?)\n?```\s*$/.exec(actual);
  const body = (fenced?.[1] ?? actual).trim();
  if (/^[[{]/.test(body) || body === 'null') {
    try {
      return prose(JSON.parse(body) as unknown);
    } catch {
      // Not JSON after all: read as written.
    }
  }
  const lines = actual.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first >= 0 && LABEL_LINE.test(lines[first] ?? '') && lines.slice(first + 1).some((line) => line.trim() !== '')) return lines.slice(first + 1).join('\n').trim();
  return actual;
}

function prose(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (items.length === 0) return 'None';
    if (items.length === 1) return prose(items[0]);
    return items.map((v) => `- ${prose(v)}`).join('\n');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 'None';
    if (entries.length === 1) return prose(entries[0]?.[1]);
    return entries.map(([key, v]) => `${key}: ${Array.isArray(v) ? v.map((item) => listed(item)).join(', ') : prose(v)}`).join('\n');
  }
  return String(value);
}

/** A record in a list field: its first value, the other fields describing it in parentheses (`{"article": "kA0…", "reason": "…"}`). */
function listed(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return prose(item);
  const [first, ...rest] = Object.entries(item as Record<string, unknown>);
  if (first === undefined) return 'None';
  return rest.length === 0 ? prose(first[1]) : `${prose(first[1])} (${rest.map(([key, v]) => `${key}: ${prose(v)}`).join('; ')})`;
}
