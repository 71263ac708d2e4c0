import { el, inline, type RenderOptions, render, text, type XmlElement, type XmlNode } from "../xml.js";
import { parseBlocks } from "./blocks.js";
import { type Inline, parseInline } from "./inline.js";

/**
 * Turns a `{{id}}` marker into a node (a cloze blank's interaction, say). Markers it returns
 * undefined for stay literal text.
 */
export type Slot = (id: string) => XmlNode | undefined;

/**
 * Lesson Markdown as XHTML elements, for the XML builder: paragraphs, `*emphasis*`,
 * `**strong**`, `` `code` ``, links to `https://` URLs, and bulleted or numbered lists (one
 * level). Everything else, HTML included, is text, so the output can never carry markup or
 * scripts that were not in that list, nor a link of another scheme.
 *
 * @param markdown - Markdown text from a lesson.
 * @param slot - Replaces `{{id}}` markers (only when given).
 * @returns `p`, `ul` and `ol` elements, each written on one line.
 *
 * @example
 * render(markdownToNodes("A *veto* <b>now</b>")[0])
 * //=> "<p>A <em>veto</em> &lt;b&gt;now&lt;/b&gt;</p>"
 */
export function markdownToNodes(markdown: string, slot?: Slot): XmlElement[] {
  const content = (part: string) => nodesOf(parseInline(part, slot !== undefined), slot);
  return parseBlocks(markdown).map((block) => {
    if (block.kind === "paragraph") return inline("p", {}, content(block.text));
    const items = block.items.map((item) => el("li", {}, content(item)));
    return inline(block.ordered ? "ol" : "ul", {}, items);
  });
}

/**
 * Lesson Markdown serialised: one line per block, escaped by `options.escape` (XML by default).
 *
 * @example
 * markdownToMarkup("A *veto* <b>now</b>")
 * //=> "<p>A <em>veto</em> &lt;b&gt;now&lt;/b&gt;</p>"
 */
export function markdownToMarkup(markdown: string, options: RenderOptions & { slot?: Slot } = {}): string {
  return markdownToNodes(markdown, options.slot)
    .map((node) => render(node, options))
    .join("\n");
}

/**
 * Markdown reduced to the text a reader sees, on one line: markup removed, blocks and list items
 * separated by a space, whitespace collapsed, cut at `max` characters (with an ellipsis).
 *
 * @example
 * markdownToText("Is **this** [right](https://x.org)? snake_case, `a_b`")
 * //=> "Is this right? snake_case, a_b"
 */
export function markdownToText(markdown: string, max = Number.POSITIVE_INFINITY): string {
  const line = readMarkdown(markdown).text;
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join("")
    .trimEnd()}…`;
}

/**
 * The text a reader sees (as {@link markdownToText}) and whether the Markdown had formatting a
 * plain text loses (emphasis, code, links or lists).
 *
 * @example
 * readMarkdown("a \\* *b*")
 * //=> { text: "a * b", formatted: true }
 */
export function readMarkdown(markdown: string): { text: string; formatted: boolean } {
  let formatted = false;
  const parts: string[] = [];
  for (const block of parseBlocks(markdown)) {
    if (block.kind === "list") formatted = true;
    for (const part of block.kind === "paragraph" ? [block.text] : block.items) {
      const tokens = parseInline(part, false);
      if (tokens.some((token) => token.kind === "element")) formatted = true;
      parts.push(plain(tokens));
    }
  }
  return { text: parts.join(" ").replace(/\s+/g, " ").trim(), formatted };
}

function nodesOf(tokens: readonly Inline[], slot: Slot | undefined): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const token of tokens) {
    switch (token.kind) {
      case "text":
        nodes.push(text(token.text));
        break;
      case "slot":
        nodes.push(slot?.(token.id) ?? text(token.text));
        break;
      case "delimiter":
        nodes.push(text(token.char.repeat(token.count)));
        break;
      case "element":
        nodes.push(el(token.tag, token.tag === "a" ? { href: token.href } : {}, nodesOf(token.children, slot)));
    }
  }
  return nodes;
}

function plain(tokens: readonly Inline[]): string {
  let out = "";
  for (const token of tokens) {
    if (token.kind === "element") out += plain(token.children);
    else if (token.kind === "delimiter") out += token.char.repeat(token.count);
    else out += token.text;
  }
  return out;
}
