/**
 * Tables and lists that name several records when the question asks for one.
 * An agent that answers "which account has the highest revenue?" with a
 * table of two accounts has not said which one; a reader passes it only when
 * the answer singles the gold out: in bold, with a check mark or an arrow,
 * or in a sentence outside the table that states it. A table of one
 * record's fields ("| Account | Northwind |", "| Id | 001… |") names one
 * record, since its other cells are of another kind (ids, numbers, dates).
 */
import { foldText } from '../../text/fold.js';
import { mentionOf } from './mention.js';

/** What a table or list says about the gold. */
export interface ListedRecords {
  /** The gold and at least one peer value sit in the same column or list. */
  several: boolean;
  /** The gold is marked (bold, ✅, ←) or stated in the prose around the table or list. */
  singledOut: boolean;
  /** A peer value, for the reason. */
  peer?: string;
}

const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,2}[.)]|(?:[☐☑✅❌➡✔✓]\ufe0f?)+)\s+(.+)$/u;
/** Marks that single out one row or item. */
const MARK = /\*\*|__|[✅✔✓⭐🏆👉←]|<-|\(winner\)|\(top\)|\(highest\)|\(answer\)/u;
/** The end of a list item's value: "Acme Corp — $1.2M", "Acme Corp: 12 cases", "Acme Corp (12)". */
const VALUE_END = /\s+(?:[-–—]|\|)\s+|\s*[:(,]\s*/;

/** Folded, without markdown and the marks above, for comparing a cell with the gold. */
function key(text: string): string {
  return foldText(text.replace(/\*\*|__|`|~~/g, '').replace(MARK, ''))
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cell that is a name or label rather than an id, number, amount or date. */
function isName(cell: string): boolean {
  const k = key(cell);
  return /\p{L}{2,}/u.test(k) && !/\d/.test(k);
}

/**
 * How a table or list in `answer` treats `gold`, or `null` when the answer
 * has none, or the gold is not one of its values.
 *
 * @example listedRecords('Acme Corp', '- Acme Corp\n- Globex')?.several // true
 */
export function listedRecords(gold: string, answer: string): ListedRecords | null {
  const target = key(gold);
  if (target === '') return null;
  const lines = answer.split('\n');
  const prose: string[] = [];
  const rows: string[][] = [];
  const items: string[] = [];
  for (const [i, line] of lines.entries()) {
    const row = TABLE_ROW.exec(line);
    if (row && !TABLE_RULE.test(line)) {
      // A row followed by a rule is the header.
      if (!TABLE_RULE.test(lines[i + 1] ?? '')) rows.push((row[1] ?? '').split('|').map((c) => c.trim()));
      continue;
    }
    if (TABLE_RULE.test(line)) continue;
    const item = LIST_ITEM.exec(line);
    if (item) items.push(item[0]);
    else prose.push(line);
  }
  // Beside a table, a line after a bullet or an arrow ("➡️ Route to **Priya**") is prose about it too.
  const inProse = (extra: readonly string[] = []): boolean => {
    const text = [...prose, ...extra].join('\n').trim();
    return text !== '' && mentionOf(gold, text)?.pass === true;
  };
  for (const [at, row] of rows.entries()) {
    const column = row.findIndex((cell) => key(cell) === target);
    if (column < 0) continue;
    const peers = rows.filter((_, i) => i !== at).map((r) => r[column] ?? '').filter((cell) => isName(cell) && key(cell) !== target);
    if (peers.length === 0) return { several: false, singledOut: true };
    const marked = MARK.test(row.join('|')) && !rows.every((r) => MARK.test(r.join('|')));
    return { several: true, singledOut: marked || inProse(items), peer: key(peers[0] ?? '') };
  }
  const values = items.map((item) => (LIST_ITEM.exec(item)?.[1] ?? '').split(VALUE_END)[0] ?? '');
  const at = values.findIndex((v) => key(v) === target);
  if (at < 0) return null;
  const peers = values.filter((v, i) => i !== at && isName(v) && key(v) !== target);
  if (peers.length === 0) return { several: false, singledOut: true };
  const marked = MARK.test(items[at] ?? '') && !items.every((item) => MARK.test(item));
  return { several: true, singledOut: marked || inProse(), peer: key(peers[0] ?? '') };
}
