/**
 * An answer written as an email: a subject line, a greeting ("Hi Sam,", "Hey Jo —"), the body, then a sign-off
 * ("Thanks,", "Best regards,") and a signature ("LeadBot", "Amex Support Bot"). The envelope frames the answer; a
 * reader of a list does not take the greeting or the signature for an item of it.
 */

const SUBJECT = /^\s*subject\s*:[^\n]*$/i;
/**
 * A greeting line: a salutation and at most three name words, ending the line ("Hi Dana,", "Hello team,", "Dear
 * Ms. Ode,", "Hey Jo —"). A sentence after the salutation ("Hi Sam — Budget and Need are missing.") is body.
 */
const SALUTATION = String.raw`^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))`;
const GREETING = new RegExp(String.raw`${SALUTATION}(?:,?\s+[\p{L}.'’-]+){0,3}\s*[,:!\u2014\u2013-]?\s*$`, 'iu');
/** A greeting that opens the body's first line ("Hey, Fax and Portal both failed.", "Hi Sam — Budget …"): cut, the sentence kept. */
const GREETING_OPENING = new RegExp(String.raw`${SALUTATION}(?:\s+[\p{L}.'’-]+){0,3}?\s*[,!\u2014\u2013-]\s+(?=\S)`, 'iu');
/** A sign-off line: "Thanks,", "Best regards,", "Cheers!". */
const SIGN_OFF = /^\s*(?:thanks|thank you|many thanks|thanks again|cheers|best|best regards|kind regards|warm regards|regards|all the best|sincerely|talk soon|br)\s*[,.!]*\s*$/i;

/**
 * The answer without its email envelope, when it has one: a subject line and a greeting before the body, a
 * sign-off and at most two signature lines after it. Answers of one line are left as they are.
 *
 * @example withoutEnvelope('Hi Sam,\n\nBudget and Need.\n\nThanks,\nLeadBot') // 'Budget and Need.'
 */
export function withoutEnvelope(answer: string): string {
  const lines = answer.split('\n');
  if (lines.filter((line) => line.trim() !== '').length < 3) return answer;
  let start = 0;
  const skipBlank = (): void => {
    while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  };
  skipBlank();
  if (SUBJECT.test(lines[start] ?? '')) start += 1;
  skipBlank();
  if (GREETING.test(lines[start] ?? '')) start += 1;
  else if (start < lines.length) lines[start] = (lines[start] ?? '').replace(GREETING_OPENING, '');
  // The sign-off: within the last three non-empty lines, with only short signature lines after it.
  let end = lines.length;
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== '');
  const signOff = filled.slice(-3).find(({ line }) => SIGN_OFF.test(line));
  if (signOff !== undefined && filled.filter(({ i }) => i > signOff.i).every(({ line }) => line.trim().split(/\s+/).length <= 4)) end = signOff.i;
  const body = lines.slice(start, end).join('\n').trim();
  return body === '' ? answer : body;
}
