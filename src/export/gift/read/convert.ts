/** Formatted GIFT text (`[html]`, `[moodle]`, `[markdown]`, `[plain]`) to the model's fields. */
import { readMarkdown } from "../../_shared/markdown/render.js";
import { decodeEntities } from "./entities.js";
import { unprotect } from "./escapes.js";
import { looksLikeHtml, tokenizeHtml } from "./html.js";

/** Moodle's text formats. */
export type Format = "moodle" | "html" | "plain" | "markdown";

/** A GIFT text and its format. */
export interface Formatted {
  text: string;
  format: Format;
}

/** A converted text and what could not be carried. */
export interface Converted {
  text: string;
  /** Markup or formatting was removed. */
  lossy: boolean;
  /** Character references that name no character, kept as written. */
  unknown: string[];
}

/**
 * Moodle's `parse_text_with_format`: an optional leading `[format]`, then the text.
 *
 * @example
 * withFormat("[html]<b>x</b>", "moodle")
 * //=> { format: "html", text: "<b>x</b>" }
 */
export function withFormat(raw: string, fallback: Format): Formatted {
  const text = raw.trim();
  const tag = /^\[(moodle|html|plain|markdown)\]/.exec(text);
  if (tag) return { format: tag[1] as Format, text: unprotect(text.slice(tag[0].length)).trim() };
  return { format: fallback, text: unprotect(text).trim() };
}

/** Escapes Markdown syntax in plain text; runs of three or more underscores (blanks) stay as they are. */
function escapeMarkdown(text: string): string {
  return text.replace(/_{3,}|[\\`*_[\]]/g, (c) => (c.length >= 3 ? c : `\\${c}`));
}

/** Tags carried into Markdown as they are (the rest lose their markup and are reported). */
const CARRIED = new Set(["p", "br", "div", "span", "b", "strong", "i", "em", "ul", "ol", "li", "code", "a"]);
const BLOCKS = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "pre",
  "blockquote",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const HTTPS_URL = /^https:\/\/[^\s<>"'`\\()]+$/;

interface Frame {
  name: string;
  start: number;
  href?: string;
}

/**
 * HTML (or Markdown with inline HTML, when `source` is `"markdown"`) as Markdown: paragraphs,
 * line breaks, lists, bold, italics, code and `https://` links are kept; other markup is
 * removed (its text kept) and flagged as lossy.
 */
function htmlToMarkdown(
  html: string,
  source: "html" | "markdown",
  unknown: string[],
): { text: string; lossy: boolean } {
  const out: string[] = [];
  const frames: Frame[] = [];
  const lists: string[] = [];
  let lossy = false;
  let inCode = 0;
  const decode = (text: string) => decodeEntities(text, (reference) => unknown.push(reference));
  for (const token of tokenizeHtml(html)) {
    if (token.kind === "comment") continue;
    if (token.kind === "text") {
      if (source === "markdown") out.push(token.text.replace(/&[^;\s]{1,33};/g, (r) => escapeMarkdown(decode(r))));
      else {
        // Whitespace collapses to one space; a lone space is left alone, so plain text is not copied.
        const text = decode(token.text.replace(/\s\s+|[^\S ]/g, " "));
        out.push(inCode > 0 ? text : escapeMarkdown(text));
      }
      continue;
    }
    const { name, closing } = token;
    if (!CARRIED.has(name)) lossy = true;
    if (name === "br") out.push("\n");
    else if (BLOCKS.has(name)) {
      out.push("\n\n");
      if (name === "ul" || name === "ol") {
        if (closing) lists.pop();
        else lists.push(name);
      }
    } else if (name === "li" && !closing) out.push(lists.at(-1) === "ol" ? "\n1. " : "\n- ");
    else if (name === "b" || name === "strong" || name === "i" || name === "em" || name === "code" || name === "a") {
      if (!closing) {
        const frame: Frame = { name, start: out.length };
        if (name === "a") {
          const m = HREF.exec(token.attributes);
          const href = decode(m?.[1] ?? m?.[2] ?? m?.[3] ?? "");
          if (HTTPS_URL.test(href)) frame.href = href;
          else lossy = true;
        }
        if (name === "code") inCode++;
        frames.push(frame);
        continue;
      }
      let at = frames.length - 1;
      while (at >= 0 && (frames[at] as Frame).name !== name) at--;
      if (at === -1) continue;
      const frame = frames[at] as Frame;
      frames.length = at;
      if (name === "code") inCode--;
      const inner = out.splice(frame.start).join("");
      const body = inner.trim();
      const [lead = "", trail = ""] = [
        inner.slice(0, inner.length - inner.trimStart().length),
        inner.slice(inner.trimEnd().length),
      ];
      let marked: string | null = body;
      if (body === "") marked = null;
      else if (name === "b" || name === "strong") marked = `**${body}**`;
      else if (name === "i" || name === "em") marked = `*${body}*`;
      else if (name === "code") marked = body.includes("`") ? null : `\`${body}\``;
      else if (frame.href !== undefined) marked = /[[\]]/.test(body) ? null : `[${body}](${frame.href})`;
      if (marked === null && body !== "") {
        lossy = true;
        marked = name === "code" ? escapeMarkdown(body) : body;
      }
      out.push(marked === null ? inner : `${lead}${marked}${trail}`);
    }
  }
  const lines = out
    .join("")
    .split("\n")
    .map((line) => (source === "html" ? line.trim() : line));
  return {
    text: lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
    lossy,
  };
}

/**
 * Converts a formatted GIFT text into a Markdown field or a plain-text field of the model, the
 * way Moodle would show it: HTML (and Moodle's auto-format when it holds tags or character
 * references) is converted; Markdown stays Markdown, or becomes the text a reader sees; plain
 * text is escaped for Markdown.
 *
 * @example
 * convert({ format: "html", text: "<p>Is <b>this</b> caf&eacute;?</p>" }, "markdown").text
 * //=> "Is **this** café?"
 */
export function convert(value: Formatted, target: "markdown" | "plain"): Converted {
  const unknown: string[] = [];
  const html = value.format === "html" || (value.format === "moodle" && looksLikeHtml(value.text));
  if (value.format === "plain" || (value.format === "moodle" && !html))
    return { text: target === "markdown" ? escapeMarkdown(value.text) : value.text, lossy: false, unknown };
  const markdown = htmlToMarkdown(value.text, html ? "html" : "markdown", unknown);
  if (target === "markdown") return { ...markdown, unknown };
  const read = readMarkdown(markdown.text);
  return { text: read.text, lossy: markdown.lossy || read.formatted, unknown };
}
