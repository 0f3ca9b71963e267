/**
 * Maps errors to messages and exit codes. Invalid input (bad scenarios,
 * worlds, configs, flags) exits 2; anything else that stops a command exits 1.
 */
import { UsersimError, type ErrorCode } from '../errors.js';
import { EXIT, type Io } from './io.js';

const INVALID: ReadonlySet<ErrorCode> = new Set([
  'E_USAGE',
  'E_SCENARIO_YAML',
  'E_SCENARIO_INVALID',
  'E_SCENARIO_LINT',
  'E_WORLD',
  'E_CONFIG',
  'E_RESUME_MISMATCH',
  'E_IO',
]);

export function reportError(error: unknown, io: Io): number {
  if (error instanceof UsersimError) {
    io.err(`usersim: ${error.message}`);
    return INVALID.has(error.code) ? EXIT.invalid : EXIT.failed;
  }
  io.err(`usersim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.failed;
}
