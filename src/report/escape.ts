/**
 * Escaping for every place model text reaches a report: HTML text and
 * attributes, JSON embedded in a `<script>` data block, and XML. Model text
 * is untrusted input (an agent can be prompted to emit markup), so nothing
 * from a result is ever written into a page or file without passing here.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` block. `<`, `>` and `&` become
 * `\u003c`, `\u003e` and `\u0026`, so neither `</script>` nor `<!--` in model
 * text can end or confuse the block; U+2028/2029 are escaped for old parsers.
 * `JSON.parse` of the block's text gives back the original value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF). They cannot be escaped, only removed.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML content and double-quoted attributes, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : (HTML[c] ?? c)))
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Escapes text for XML element content: like `escapeXml` but keeps line breaks and tabs readable. */
export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>]/g, (c) => HTML[c] ?? c);
}
