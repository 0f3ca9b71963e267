/**
 * Whether a gold answer can be read off what an agent sees before it queries
 * anything: the task context, the tool descriptions (which carry the org's
 * describe and today's date) and what the user says (the opening, the goal,
 * the facts). An answer found there cannot be told apart from one copied from
 * the prompt, and the hidden-side checks of the test suite count it as a
 * leak, so templates draw another instance, or drop an accepted alternative
 * spelling that happens to be visible ("March" when the context defines Q1 as
 * January to March). The rule mirrors those checks: anything in the context
 * counts; in the tool descriptions and user messages only identifier-like
 * values (with a digit or an @, or 12 characters and more) do, since ordinary
 * words recur in prose by chance.
 */
import { BUILTIN_TOOL_KINDS, toolKindMap } from '../../../environment/tool-kinds.js';
import { CRM_TOOL_KINDS } from '../tool-kinds.js';
import { mentionsValue } from '../../../core/cues.js';
import { crmOrgSchema, CRM_TODAY, type CrmOrgKind } from '../org/crm-org-schema.js';
import { crmToolDeclarations } from '../org/crm-tools.js';

/** The texts an agent sees besides tool results. */
export interface PromptTexts {
  context: string;
  /** The tool descriptions, as JSON. */
  tools: string;
  /** Everything the user may say: opening, goal, fact descriptions and values. */
  said: string;
}

const toolTexts = new Map<CrmOrgKind, string>();

/** The tool specs a CRM world shows its agents, as JSON (as the agents receive them). */
export function crmToolText(org: CrmOrgKind): string {
  let text = toolTexts.get(org);
  if (text === undefined) {
    const world = { name: `crm-${org}`, today: CRM_TODAY[org], tables: [], orgSchema: crmOrgSchema(org) };
    const kinds = toolKindMap([...BUILTIN_TOOL_KINDS, ...CRM_TOOL_KINDS]);
    const specs = crmToolDeclarations().map((raw) => {
      const kind = kinds.get(String(raw.type));
      if (!kind) throw new Error(`no tool kind ${String(raw.type)}`);
      return kind.spec(kind.schema.parse(raw), world);
    });
    text = JSON.stringify(specs);
    toolTexts.set(org, text);
  }
  return text;
}

function identifierLike(value: string | number): boolean {
  return /[\d@]/.test(String(value)) || String(value).length >= 12;
}

/** Whether one answer value can be read off the prompt texts. */
export function visibleInPrompt(value: string | number, texts: PromptTexts): boolean {
  if (mentionsValue(texts.context, value)) return true;
  return identifierLike(value) && (mentionsValue(texts.tools, value) || mentionsValue(texts.said, value));
}

/**
 * The gold with visible alternatives dropped, or undefined when that leaves
 * nothing usable. A list's first item is the form the reference answers with,
 * so it must stay hidden; later items are alternative spellings.
 */
export function hiddenGold<T extends string | number>(gold: T | T[], texts: PromptTexts): T | T[] | undefined {
  if (!Array.isArray(gold)) return visibleInPrompt(gold, texts) ? undefined : gold;
  const [first, ...rest] = gold;
  if (first === undefined || visibleInPrompt(first, texts)) return undefined;
  const kept = [first, ...rest.filter((value) => !visibleInPrompt(value, texts))];
  return kept.length === 1 ? first : kept;
}
