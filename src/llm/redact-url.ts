/**
 * URLs as they may be recorded: a key can hide in a URL as well as in a
 * header (`https://user:sk-…@host/v1`, `…?api-key=…`), and URLs end up in
 * manifests, agent names, error messages and reports. The password (or a lone
 * user name, which is often a token) and the values of key-like query
 * parameters become `***`. Text that is not a URL comes back unchanged.
 */

const SECRET_PARAM = /key|token|secret|passw|pwd|auth|sig|credential|session/i;

/**
 * The URL with credentials masked.
 *
 * @example
 * redactUrl('https://bob:sk-123@api.example.com/v1?api_key=sk-123&x=1'); // 'https://bob:***@api.example.com/v1?api_key=***&x=1'
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  if (parsed.password) {
    parsed.password = '***';
    changed = true;
  } else if (parsed.username) {
    parsed.username = '***';
    changed = true;
  }
  for (const [name] of [...parsed.searchParams]) {
    if (SECRET_PARAM.test(name)) {
      parsed.searchParams.set(name, '***');
      changed = true;
    }
  }
  // Unchanged URLs keep their exact spelling (URL would normalise a trailing slash or case).
  return changed ? parsed.toString().replace(/%2A%2A%2A/g, '***') : url;
}

/** Every URL inside free text, redacted. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/g, (u) => redactUrl(u));
}
