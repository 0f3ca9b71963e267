/**
 * Checks of a scenario file's bytes before YAML sees them. A UTF-16 file (as
 * some Windows editors save) or one with classic-Mac CR-only line endings
 * parses into nonsense, and the YAML error then points somewhere unhelpful;
 * these name the real problem and its fix.
 */
import { UsersimError } from '../errors.js';

/** The file's text, or `E_SCENARIO_YAML` at `file:1:1` for bytes that are not a UTF-8 text file with LF or CRLF lines. */
export function scenarioText(bytes: Buffer, file: string): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0)) {
    const what = utf16 ? 'is UTF-16' : 'holds NUL bytes (UTF-16 or a binary file)';
    throw new UsersimError('E_SCENARIO_YAML', `${file}:1:1 the file ${what}; save it as UTF-8`);
  }
  const text = bytes.toString('utf8');
  if (text.includes('\r') && !text.includes('\n')) {
    throw new UsersimError('E_SCENARIO_YAML', `${file}:1:1 the file ends its lines with CR alone (classic Mac); save it with LF or CRLF line endings`);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
