/**
 * Checklist answers for the `set` matcher: lines or table rows marked ✅/❌,
 * ☑/☐, [x]/[ ] or a table's last cell of yes/no split the items into ticked and crossed ones, and the gold
 * must be exactly one group.
 */
import { BULLET, itemKey } from './list-items.js';
import { outcome, type MatchOutcome } from './outcome.js';

/** Marks that tick an item off or cross it out, in checklists and tables. */
const TICK = /✅|✔|✓|☑|\[x\]|🟢/iu;
const CROSS = /❌|✗|✘|✖|☐|❎|⛔|🚫|🔴|\[ \]/u;

/**
 * A checklist answer ("- Budget ❌\n- Need ✅", "☐ Budget\n☑ Need", or a table
 * with a ✅/❌ column) splits its items into ticked and crossed ones; the
 * question decides which group is the answer, so the gold must be exactly
 * one of them. `null` when fewer than two lines carry a mark.
 */
export function checklistMatch(gold: readonly string[], actual: string): MatchOutcome | null {
  const ticked: string[] = [];
  const crossed: string[] = [];
  // "Authority ✗, Need ✗, Budget ✓" on one line: each marked item is a line of the checklist.
  const marks = (line: string): number => [...line.matchAll(new RegExp(`${TICK.source}|${CROSS.source}`, 'giu'))].length;
  const splitMarked = (l: string): string[] => l.split(new RegExp(`[,;]|(?<=(?:${TICK.source}|${CROSS.source})\ufe0f?)\\s+`, 'iu'));
  // "| L-2201 | 17.3 GB | 15 GB | yes |": a table row whose last cell says yes or no is ticked or crossed.
  const rows = actual.split('\n').map((l) => (/^\s*\|/.test(l) ? l.replace(/\|\s*(?:yes|true)\s*\|\s*$/i, '| ✅ |').replace(/\|\s*(?:no|false)\s*\|\s*$/i, '| ❌ |') : l));
  for (const line of rows.flatMap((l) => (marks(l) >= 2 ? splitMarked(l) : [l]))) {
    const tick = TICK.test(line);
    const cross = CROSS.test(line);
    if (tick === cross) continue;
    // The item is the line's first cell, without bullets, marks and emphasis; a mark after the item ends it ("Boots ✅ returned").
    const beforeMark = line.split(new RegExp(`${TICK.source}|${CROSS.source}`, 'iu'))[0] ?? '';
    const cells = (itemKey(beforeMark.replace(BULLET, '').replace(/^\s*\|/, '').split('|')[0] ?? '') !== '' ? beforeMark : line).replace(/^\s*\|/, '').split('|');
    const cell = cells.map((c) => c.replace(TICK, '').replace(CROSS, '')).find((c) => itemKey(c.replace(BULLET, '')) !== '') ?? '';
    // "| Wall Mount Kit | 01t5… | ❌ |": a row names its item in any cell that holds a gold item (an id beside the name).
    const goldCell = line.split('|').map((c) => itemKey(c)).find((c) => gold.includes(c));
    // "Over budget → Cardiology ✅": a label before an arrow introduces the item.
    const unlabelled = cell.replace(/^[^→\n]*(?:→|->)\s*(?=\S)/, '');
    // "INV-88: refunded ✅": after a colon, the line gives the item's state, not more of the item, unless the gold item
    // holds the colon ("Phase 2: Rollout — late ❌"), when only a dash ends it.
    const cut = (text: string): string[] => [text.replace(/\s[-:—–]\s.*$|(?<=\S):\s.*$/, ''), text.replace(/\s[-—–]\s.*$/, '')].map(itemKey);
    const [written = '', ...keys] = cut(unlabelled.replace(BULLET, ''));
    // "✅ Budget ($48k approved)": a parenthesis after the item describes it, unless the gold item holds it ("Unlimited Plus (5G)").
    keys.push(...cut(unlabelled.replace(BULLET, '').replace(/\s*\([^)]*\)\s*$/, '')));
    const item = goldCell ?? [written, ...keys].find((key) => gold.includes(key)) ?? written;
    if (item !== '') (tick ? ticked : crossed).push(item);
  }
  if (ticked.length + crossed.length < 2) return null;
  const same = (group: readonly string[]): boolean => group.length === gold.length && gold.every((g) => group.includes(g));
  if (same(crossed)) return outcome(true, `set: the crossed-out items of the checklist are ${JSON.stringify(crossed)}`);
  if (same(ticked)) return outcome(true, `set: the ticked items of the checklist are ${JSON.stringify(ticked)}`);
  return outcome(false, `set: the checklist ticks ${JSON.stringify(ticked)} and crosses ${JSON.stringify(crossed)}, neither of which is ${JSON.stringify(gold)}`);
}
