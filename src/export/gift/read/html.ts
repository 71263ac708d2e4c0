/**
 * Imported HTML to the model's Markdown or plain text, in one left-to-right pass (linear in the
 * input: every `<` is looked at once, and a search that found no `>` or `-->` is never repeated).
 */

/** A piece of HTML: text, a tag, or a comment. */
export type HtmlToken =
  | { kind: "text"; text: string }
  | { kind: "tag"; name: string; closing: boolean; attributes: string }
  | { kind: "comment" };

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9]*/y;

/**
 * Splits HTML into text, tags and comments. A `<` that starts no tag (no name, or no `>` after
 * it) and an unterminated `<!--` are text.
 *
 * @example
 * tokenizeHtml("a<b>c</b>").map((t) => t.kind)
 * //=> ["text", "tag", "text", "tag"]
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textFrom = 0; // start of the text not yet emitted
  let commentsClose = true; // false once a "<!--" had no "-->" after it
  let tagsClose = true; // false once a "<" had no ">" after it
  const emit = (until: number, token: HtmlToken, next: number) => {
    if (until > textFrom) tokens.push({ kind: "text", text: html.slice(textFrom, until) });
    tokens.push(token);
    textFrom = next;
  };
  for (let lt = html.indexOf("<"); lt !== -1; lt = html.indexOf("<", lt + 1)) {
    if (commentsClose && html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end !== -1) {
        emit(lt, { kind: "comment" }, end + 3);
        lt = end + 2;
        continue;
      }
      commentsClose = false;
    }
    if (!tagsClose) continue;
    const closing = html[lt + 1] === "/";
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html)?.[0];
    if (name === undefined) continue;
    const after = TAG_NAME.lastIndex;
    const boundary = html[after] ?? "";
    if (boundary !== ">" && boundary !== "/" && !/\s/.test(boundary)) continue;
    const gt = html.indexOf(">", after);
    if (gt === -1) {
      tagsClose = false;
      continue;
    }
    emit(lt, { kind: "tag", name: name.toLowerCase(), closing, attributes: html.slice(after, gt) }, gt + 1);
    lt = gt;
  }
  if (textFrom < html.length) tokens.push({ kind: "text", text: html.slice(textFrom) });
  return tokens;
}

/**
 * True when text has a tag or a character reference, so that Moodle's auto-format would show it
 * as HTML.
 *
 * @example
 * looksLikeHtml("a &amp; b")
 * //=> true
 */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes("<") && !text.includes("&")) return false;
  return (
    /&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{0,31});/.test(text) ||
    tokenizeHtml(text).some((t) => t.kind === "tag")
  );
}
