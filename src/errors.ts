/**
 * The one error class of usersim. Library code throws `UsersimError` with a
 * stable `code`; only `src/cli` maps codes to exit statuses. Messages carry the
 * location when there is one (`scenarios/x.yaml:7:11 facts[1].disclose: …`).
 */

/** Stable error codes. Add new ones here rather than inventing strings at call sites. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_IO'
  | 'E_SCENARIO_YAML'
  | 'E_SCENARIO_INVALID'
  | 'E_SCENARIO_LINT'
  | 'E_WORLD'
  | 'E_TOOL_UNKNOWN'
  | 'E_TOOL_ARGS'
  | 'E_TOOL_FAILED'
  | 'E_SQL_READONLY'
  | 'E_SQL'
  | 'E_SQL_TIMEOUT'
  | 'E_AGENT'
  | 'E_USER'
  | 'E_INFRA'
  | 'E_TIMEOUT'
  | 'E_CONFIG'
  | 'E_RESUME_MISMATCH'
  | 'E_MERGE'
  | 'E_BUDGET'
  | 'E_INTERNAL';

/** A problem found at a place in an input file. */
export interface Issue {
  file: string;
  line: number;
  column: number;
  /** Dotted/bracketed path into the document, e.g. `user.facts[1].disclose`. */
  path: string;
  message: string;
}

export class UsersimError extends Error {
  override readonly name = 'UsersimError';
  readonly code: ErrorCode;
  /** Every problem found, for inputs where more than one can be reported at once. */
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; issues?: readonly Issue[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** Formats an issue as `file:line:col path: message` (path omitted when empty). */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

/** True for errors that mean the infrastructure failed, not the actor under test. */
export function isInfrastructureError(error: unknown): boolean {
  return error instanceof UsersimError && error.code === 'E_INFRA';
}
