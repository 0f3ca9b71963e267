/**
 * Parser for the ReAct tag protocol (CRMArena style). A well-formed reply has
 * an optional `<thought>…</thought>` and exactly one action tag, closed:
 * `<execute>QUERY</execute>`, `<respond>TEXT</respond>` or
 * `<answer>TEXT</answer>`. Tag names are case-insensitive and may carry
 * spaces inside the brackets (`< execute >`); text outside the tags is
 * ignored. Inside an action, the text up to its closing tag is the body, so a
 * body may mention other tags; a Markdown code fence around an `execute`
 * body is removed. Anything else (no action, two actions, an unclosed tag, an
 * empty body) is malformed, and the reason says what to fix. A missing
 * thought is accepted: the protocol asks for one, but the action is what the
 * episode records.
 */

/** The action of a well-formed reply. */
export type ReactAction = { kind: 'execute'; query: string } | { kind: 'respond'; text: string } | { kind: 'answer'; text: string };

/** A parsed reply, or what is wrong with it (a sentence the corrective message repeats to the model). */
export type ReactParse =
  | { ok: true; thought: string | null; action: ReactAction }
  | { ok: false; problem: string };

const ACTIONS = ['execute', 'respond', 'answer'] as const;
type ActionTag = (typeof ACTIONS)[number];

const openTag = (name: string): RegExp => new RegExp(`<\\s*${name}\\s*>`, 'i');
const closeTag = (name: string): RegExp => new RegExp(`<\\s*/\\s*${name}\\s*>`, 'i');
const ANY_ACTION_OPEN = /<\s*(execute|respond|answer)\s*>/i;

/**
 * Reads one model reply.
 *
 * @example parseReactReply('<thought>Look it up.</thought><execute>SELECT 1</execute>') // { ok: true, thought: 'Look it up.', action: { kind: 'execute', query: 'SELECT 1' } }
 * @example parseReactReply('Sure!').ok // false
 */
export function parseReactReply(text: string): ReactParse {
  // A thought that opens before any action is read first, so that an action tag mentioned inside it is not taken for the action.
  let thought: string | null = null;
  let from = 0;
  const thoughtOpen = openTag('thought').exec(text);
  const firstAction = ANY_ACTION_OPEN.exec(text);
  if (thoughtOpen && (!firstAction || thoughtOpen.index < firstAction.index)) {
    const inner = thoughtOpen.index + thoughtOpen[0].length;
    const thoughtClose = closeTag('thought').exec(text.slice(inner));
    if (!thoughtClose) return { ok: false, problem: '<thought> is not closed: add </thought> before the action' };
    thought = text.slice(inner, inner + thoughtClose.index).trim();
    from = inner + thoughtClose.index + thoughtClose[0].length;
  }
  const tail = text.slice(from);
  const first = ANY_ACTION_OPEN.exec(tail);
  if (!first) {
    const stray = ACTIONS.find((name) => closeTag(name).test(tail));
    return {
      ok: false,
      problem: stray
        ? `found </${stray}> without its opening <${stray}>`
        : 'the reply has no action: end it with exactly one <execute>…</execute>, <respond>…</respond> or <answer>…</answer>',
    };
  }
  const tag = (first[1] as string).toLowerCase() as ActionTag;
  const bodyStart = first.index + first[0].length;
  const close = closeTag(tag).exec(tail.slice(bodyStart));
  if (!close) return { ok: false, problem: `<${tag}> is not closed: add </${tag}> after its content` };
  const body = tail.slice(bodyStart, bodyStart + close.index);
  const rest = tail.slice(bodyStart + close.index + close[0].length);
  const second = ANY_ACTION_OPEN.exec(rest);
  if (second) {
    return { ok: false, problem: `the reply has more than one action (<${tag}> and <${(second[1] as string).toLowerCase()}>): use exactly one per reply` };
  }
  const content = tag === 'execute' ? stripFence(body) : body.trim();
  if (content === '') return { ok: false, problem: `<${tag}> is empty` };
  const action: ReactAction = tag === 'execute' ? { kind: 'execute', query: content } : { kind: tag, text: content };
  return { ok: true, thought, action };
}

/** The body without one surrounding Markdown code fence (```sql … ```), trimmed. */
function stripFence(body: string): string {
  const fenced = /^\s*```[a-z]*\s*\n?([\s\S]*?)\n?\s*```\s*$/i.exec(body);
  return (fenced ? (fenced[1] ?? '') : body).trim();
}

/** The reply a well-formed action would have been written as, for rebuilding a conversation without the model's own text. */
export function formatReactReply(action: ReactAction, thought?: string): string {
  const head = thought ? `<thought>${thought}</thought>\n` : '';
  const body = action.kind === 'execute' ? action.query : action.text;
  return `${head}<${action.kind}>${body}</${action.kind}>`;
}
