/**
 * An answer that pastes a tool's output before its own words ("Tool output:
 * {…}\n\nSo you can return the Desk Lamp, …"): the output lists every record
 * the tool saw, including those the answer goes on to leave out, so the
 * answer is the text after it. Only an output set off by a label ("Tool
 * output:", "Query result:") or a leading JSON block, and followed by a
 * blank line and the answer's own words, is set aside.
 */

const PASTED = /^\s*(?:(?:(?:tool|query|api|function|search|lookup)\s+)?(?:output|result|results|response)\s*:[ \t]*\n?)?\s*[{[][^\n]*(?:\n[ \t]*[\]}{"[][^\n]*)*\n[ \t]*\n(?=\s*[\p{L}*])/iu;

/**
 * The answer without a tool output pasted at its start, or the answer itself when there is none.
 *
 * @example withoutPastedOutput('Tool output:\n{"items": []}\n\nNothing to return.') // 'Nothing to return.'
 */
export function withoutPastedOutput(answer: string): string {
  const m = PASTED.exec(answer);
  return m === null ? answer : answer.slice(m[0].length).trim();
}
