/**
 * Where the CLI writes. Commands take an `Io` rather than touching process
 * streams, so tests can run `main()` in-process and read what it printed.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (for the progress bar). */
  isTTY: boolean;
  /** Where progress goes; `isTTY` and `columns` as on a terminal stream. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: Boolean(process.stderr.isTTY),
  stderr: process.stderr,
};

/** Exit codes: 0 success, 1 a check or run failed, 2 invalid input or usage. */
export const EXIT = { ok: 0, failed: 1, invalid: 2 } as const;
