/**
 * Answers that name a set's items without writing each one as the gold does,
 * rewritten so the `set` matcher finds them: a 15-character Salesforce id for
 * its 18-character gold, a span of months or weekdays ("January through
 * March", "Mon–Fri") for the items in it, an acronym whose letters are the
 * gold items' initials ("all four BANT factors") for those items, and a
 * JSON field that holds a flag (`"qualified": false`), which is no item.
 */
import { calendarForms, calendarSpan } from '../../text/calendar.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { sameSalesforceId } from './salesforce-id.js';

const MONTH_OR_DAY = '[A-Za-z]{3,9}\\.?';
const SPAN = new RegExp(`(\\(\\s*)?\\b(${MONTH_OR_DAY})\\s*(?:[-\\u2013\\u2014]|\\s(?:to|through|thru|until|till)\\s)\\s*(${MONTH_OR_DAY})(?![A-Za-z])(\\s*\\))?`, 'g');
/** Words beside an acronym that say it is met rather than failed: "meets all four BANT criteria". */
const MET = /\b(?:meets?|met|pass(?:es|ed)?|satisf(?:y|ies|ied)|qualif(?:y|ies|ied))\b/i;

/**
 * The answer with indirectly named items written out; `gold` holds the
 * items as the scenario writes them.
 *
 * @example withItemsSpelledOut('Every month of Q1 (January through March)', ['January', 'February', 'March']) // 'Every month of Q1 January, February and March'
 */
export function withItemsSpelledOut(answer: string, gold: readonly string[]): string {
  // "5006T00000Bw9xY" for "5006T00000Bw9xYQAR": the same record in its 15-character form.
  let out = answer.replace(/(?<![0-9A-Za-z])[0-9A-Za-z]{15}(?![0-9A-Za-z])/g, (token) => gold.find((item) => sameSalesforceId(token, item)) ?? token);
  // "January through March", "Mon–Fri": the span names every month or day in it (so "Mon to Fri" is not "Mon, Wed, Fri").
  out = out.replace(SPAN, (whole, open: string | undefined, from: string, to: string, close: string | undefined) => {
    const span = calendarSpan(from, to);
    if (span === null) return whole;
    const named = span.map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    const list = `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''}`;
    // A span in parentheses restates what it follows ("Q1 (January through March)"): it is the list.
    return open !== undefined && close !== undefined ? ` ${list}` : `${open ?? ''}${list}${close ?? ''}`;
  });
  // "It fails all four BANT factors": an acronym whose letters are the gold items' initials, in order, names them all.
  const initials = gold.map((item) => item.trim().charAt(0).toUpperCase()).join('');
  if (gold.length >= 3) {
    out = out.replace(new RegExp(`\\ball(?:\\s+(?:the\\s+)?(?:\\d+|three|four|five|six|seven|eight))?\\s+(?:of\\s+the\\s+)?${initials}\\b(?:\\s+(?:factors?|criteria|criterion|items?|boxes|requirements?|elements?|checks?|areas?))?`, 'g'), (whole, at: number) => {
      const sentence = out.slice(Math.max(0, out.lastIndexOf('.', at) + 1), at);
      // "… except Need", "… but not Need": the acronym does not stand for all its items.
      const rest = out.slice(at + whole.length).split(/[.!?\n]/)[0] ?? '';
      if (MET.test(sentence) || /\b(?:except|excluding|but not|other than|apart from|besides|save)\b/i.test(rest)) return whole;
      return `${gold.slice(0, -1).join(', ')} and ${gold[gold.length - 1] ?? ''}`;
    });
  }
  // "2026-03, 2026-07" for March and July: a year and month in ISO form is that month, when the gold names months.
  if (gold.every((item) => MONTHS.includes(calendarForms(item.trim())?.[0] ?? ''))) {
    out = out.replace(/\b(?:19|20)\d{2}[-/](0[1-9]|1[0-2])\b(?![-/]\d)/g, (whole, month: string) => MONTHS[Number(month) - 1] ?? whole);
  }
  out = withIdsOutOfParentheses(out, gold);
  // `{"qualified": false, "failed_factors": […]}` read as prose: a field that holds a flag or a count is no item.
  // A field named after a gold item ("Budget: false") is a checklist line, not a flag.
  const named = (key: string): boolean => gold.some((item) => item.trim().toLowerCase() === key.trim().toLowerCase());
  out = out.replace(/^\s*([\w ]{1,40}):\s*(?:true|false|null|-?\d[\d.,]*)\s*$/gm, (line, key: string) => (named(key) ? line : ''));
  // "lead_id: 00Q5…", "Quote ID: 0Q0…", "order: W5512": the record the answer is about, on a line of its own, is no item.
  const isGold = (token: string): boolean => gold.some((item) => item.trim().toLowerCase() === token.toLowerCase());
  return out.replace(/^\s*(?:[\w ]{0,30}[\s_])?(?:id|Id|ID|number|no|ref|reference|order|case|ticket|quote|lead|account|opportunity|invoice|booking|reservation)\s*:\s*(\S*\d\S*)\s*$/gim, (line, token: string) => (isGold(token) ? line : ''));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "Battery Drain (a0B5…, 58 cases)" for a gold of ids: the id in parentheses after a name is the item, and the name
 * describes it, so it is written "a0B5… (Battery Drain, 58 cases)". Only gold ids move; another record's id stays
 * inside its parenthesis.
 */
function withIdsOutOfParentheses(answer: string, gold: readonly string[]): string {
  const ids = gold.map((item) => item.trim()).filter((item) => /\d/.test(item) && /\p{L}/u.test(item) && !/\s/.test(item));
  if (ids.length === 0) return answer;
  const name = '(?:(?!\\band\\b)[^\\n,;:()]|\\([^()\\n]*\\))+?';
  const pattern = new RegExp(`((?:^|[\\n,;:]|\\band\\b)[ \\t]*(?:(?:[-*\\u2022]|\\d+[.)])[ \\t]+)?)(${name})\\s*\\(\\s*(?:[\\w ]{0,12}:\\s*)?(${ids.map(escapeRegExp).join('|')})\\s*([,;:\\u2013\\u2014-][^)]*)?\\)`, 'giu');
  return answer.replace(pattern, (_whole, lead: string, named: string, id: string, rest: string | undefined) => `${lead}${id} (${named.trim()}${rest ?? ''})`);
}
