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
  'E_MERGE',
  'E_IO',
]);

/**
 * Prints one line for an error and returns the exit code. A `UsersimError` is
 * its message; anything else is a bug or an unforeseen input, shown as one
 * line with a hint, and with its stack trace only under `--debug`.
 */
export function reportError(error: unknown, io: Io, options: { debug?: boolean } = {}): number {
  if (error instanceof UsersimError) {
    io.err(`usersim: ${error.message}`);
    if (options.debug && error.cause instanceof Error && error.cause.stack) io.err(error.cause.stack);
    return INVALID.has(error.code) ? EXIT.invalid : EXIT.failed;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  io.err(`usersim: unexpected error: ${firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine}`);
  if (options.debug && error instanceof Error && error.stack) io.err(error.stack);
  else io.err('usersim: run again with --debug for the stack trace, and please report it');
  return EXIT.failed;
}
