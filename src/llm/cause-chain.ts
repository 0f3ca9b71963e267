/**
 * An error and the errors down its `cause` chain. The `openai` client wraps a
 * failed fetch (APIConnectionError → TypeError('fetch failed') → the system
 * error), so what went wrong (ECONNREFUSED, a TLS verdict, a dropped socket)
 * sits a few links down; retry.ts and preflight.ts read it from there.
 */

/** `error` and its causes, outermost first, at most `most` of them, stopping at the first that is not an Error. */
export function causeChain(error: unknown, most = 5): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < most; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/** The `code` of an error in the chain, if it is a string. */
export function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
