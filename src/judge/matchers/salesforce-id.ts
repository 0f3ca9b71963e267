/**
 * Salesforce record ids as a reader compares them. The same record has a
 * 15-character, case-sensitive id and an 18-character form whose last three
 * characters encode the case of the first fifteen, so that case-insensitive
 * tools can still tell records apart. An agent may give either form; both
 * name the same record.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
/** A plausible id: alphanumeric, 15 or 18 characters, starting with a three-character key prefix that holds a digit. */
const ID_SHAPE = /^(?=[0-9A-Za-z]{0,2}\d)[0-9A-Za-z]{15}(?:[0-9A-Za-z]{3})?$/;

function suffixOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let flags = 0;
    for (let i = 0; i < 5; i += 1) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) flags |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[flags] ?? '';
  }
  return suffix;
}

/** Whether a token has the shape of a Salesforce id (15 or 18 alphanumerics, a digit in the key prefix). */
export function looksLikeSalesforceId(token: string): boolean {
  return ID_SHAPE.test(token);
}

/**
 * Whether two tokens name the same Salesforce record: equal 15-character ids
 * (case-sensitive), a 15-character id and its 18-character form, or two
 * 18-character forms equal ignoring case (the suffix carries the case).
 *
 * @example sameSalesforceId('001Wt00000AbCdEIAV', '001Wt00000AbCdE') // true when IAV is the suffix of the 15-character id
 */
export function sameSalesforceId(a: string, b: string): boolean {
  if (!looksLikeSalesforceId(a) || !looksLikeSalesforceId(b)) return false;
  if (a.length === 15 && b.length === 15) return a === b;
  if (a.length === 18 && b.length === 18) return a.toLowerCase() === b.toLowerCase();
  const [short, long] = a.length === 15 ? [a, b] : [b, a];
  return long.slice(0, 15).toLowerCase() === short.toLowerCase() && long.slice(15).toUpperCase() === suffixOf(short);
}
