/** Characters XML 1.0 and HTML forbid (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces the characters no XML or HTML document may hold with U+FFFD.
 *
 * @example
 * withoutForbidden("a\u0000b")
 * //=> "a\uFFFDb"
 */
export function withoutForbidden(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD");
}

/**
 * Escapes text for XML character data and attribute values, replacing characters XML cannot hold.
 *
 * @example
 * escapeXml('<a href="x">&</a>')
 * //=> "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
 */
export function escapeXml(text: string): string {
  return withoutForbidden(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Escapes text for HTML character data and double-quoted attribute values, with only the four
 * entities every HTML reader knows.
 *
 * @example
 * escapeHtml('<b title="x">&</b>')
 * //=> "&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return withoutForbidden(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
