import { escapeXml } from "./_shared.js";

/** Options for {@link markdownToXhtml}. */
export interface MarkdownOptions {
  /**
   * Turns a `{{id}}` marker into raw XML (a cloze blank's interaction). Markers it returns
   * undefined for stay literal text.
   */
  slot?: (id: string) => string | undefined;
}

type Inline =
  | { kind: "text"; text: string }
  | { kind: "raw"; xml: string }
  | { kind: "element"; tag: "em" | "strong" | "code" | "a"; href?: string; children: Inline[] }
  | { kind: "delimiter"; char: "*" | "_"; count: number; canOpen: boolean; canClose: boolean };

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const SLOT = /^\{\{([^{}]*)\}\}/;
const HTTPS_URL = /^https:\/\/[^\s<>"'`\\]+$/;

/**
 * Renders a small, safe subset of Markdown as well-formed XHTML: paragraphs, `*emphasis*`,
 * `**strong**`, `` `code` ``, links to `https://` URLs, and bulleted or numbered lists (one level).
 * Everything else, HTML included, is escaped and shown as text, so the output can never carry
 * markup or scripts that were not in that list.
 *
 * @param markdown - Markdown text from a lesson.
 * @param options - `slot` to replace `{{id}}` markers with raw XML.
 * @returns A sequence of `<p>`, `<ul>` and `<ol>` elements.
 *
 * @example
 * markdownToXhtml("A *veto* <b>now</b>")
 * //=> "<p>A <em>veto</em> &lt;b&gt;now&lt;/b&gt;</p>"
 */
export function markdownToXhtml(markdown: string, options: MarkdownOptions = {}): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[][] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push(`<p>${renderInline(paragraph.join("\n"), options)}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      const tag = list.ordered ? "ol" : "ul";
      const items = list.items.map((item) => `<li>${renderInline(item.join("\n"), options)}</li>`);
      blocks.push(`<${tag}>${items.join("")}</${tag}>`);
    }
    list = null;
  };

  for (const line of lines) {
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // As in CommonMark, a list may interrupt a paragraph only with a bullet or with "1.".
    const interrupts = item !== null && (!/\d/.test(item[1] as string) || /^0*1[.)]$/.test(item[1] as string));
    if (item && (paragraph.length === 0 || list !== null || interrupts)) {
      flushParagraph();
      const ordered = /\d/.test(item[1] as string);
      if (list !== null && (list as { ordered: boolean }).ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push([item[2] as string]);
      continue;
    }
    if (list !== null) {
      // A non-blank line under a list item continues that item (lazy continuation).
      (list as { items: string[][] }).items.at(-1)?.push(line.trim());
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks.join("\n");
}

/** Renders one block's inline Markdown. */
function renderInline(text: string, options: MarkdownOptions): string {
  return serialize(emphasize(tokenize(text, options)));
}

function tokenize(text: string, options: MarkdownOptions): Inline[] {
  const tokens: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer !== "") tokens.push({ kind: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    const rest = text.slice(i);
    if (options.slot && char === "{") {
      const marker = SLOT.exec(rest);
      const xml = marker ? options.slot((marker[1] as string).trim()) : undefined;
      if (marker && xml !== undefined) {
        flush();
        tokens.push({ kind: "raw", xml });
        i += marker[0].length;
        continue;
      }
    }
    if (char === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1] as string)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === "`") {
      const run = /^`+/.exec(rest)?.[0] ?? "`";
      const close = findClosingBackticks(text, i + run.length, run.length);
      const content = close === -1 ? "" : text.slice(i + run.length, close);
      if (close !== -1 && !(options.slot && /\{\{[^{}]*\}\}/.test(content))) {
        flush();
        const code = content.replace(/\n/g, " ");
        const trimmed = /^ .*[^ ].* $/.test(code) ? code.slice(1, -1) : code;
        tokens.push({ kind: "element", tag: "code", children: [{ kind: "text", text: trimmed }] });
        i = close + run.length;
        continue;
      }
      buffer += run;
      i += run.length;
      continue;
    }
    if (char === "[") {
      const link = /^\[([^[\]]*)\]\(([^()\s]*)\)/.exec(rest);
      if (link && HTTPS_URL.test(link[2] as string)) {
        flush();
        const children = emphasize(tokenize(link[1] as string, {}));
        tokens.push({ kind: "element", tag: "a", href: link[2] as string, children });
        i += link[0].length;
        continue;
      }
    }
    if (char === "*" || char === "_") {
      const run = char === "*" ? (/^\*+/.exec(rest)?.[0] ?? "*") : (/^_+/.exec(rest)?.[0] ?? "_");
      flush();
      tokens.push(delimiter(char, run.length, text[i - 1], text[i + run.length]));
      i += run.length;
      continue;
    }
    buffer += char;
    i += 1;
  }
  flush();
  return tokens;
}

function findClosingBackticks(text: string, from: number, length: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf("`", i);
    if (at === -1) return -1;
    const run = /^`+/.exec(text.slice(at))?.[0].length ?? 1;
    if (run === length) return at;
    i = at + run;
  }
  return -1;
}

/** A `*` or `_` run with CommonMark's flanking rules (so `2*3*4` and `snake_case` stay literal). */
function delimiter(char: "*" | "_", count: number, before: string | undefined, after: string | undefined): Inline {
  const spaceBefore = before === undefined || WHITESPACE.test(before);
  const spaceAfter = after === undefined || WHITESPACE.test(after);
  const punctBefore = before !== undefined && PUNCTUATION.test(before);
  const punctAfter = after !== undefined && PUNCTUATION.test(after);
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  if (char === "*") return { kind: "delimiter", char, count, canOpen: left, canClose: right };
  return {
    kind: "delimiter",
    char,
    count,
    canOpen: left && (!right || punctBefore),
    canClose: right && (!left || punctAfter),
  };
}

/**
 * Pairs delimiter runs into `em`/`strong` elements. Each pair wraps a contiguous run of tokens,
 * so the result always nests properly; unpaired delimiters become literal text.
 */
function emphasize(input: Inline[]): Inline[] {
  const tokens = [...input];
  let closerIndex = 0;
  while (closerIndex < tokens.length) {
    const closer = tokens[closerIndex] as Inline;
    if (closer.kind !== "delimiter" || !closer.canClose) {
      closerIndex++;
      continue;
    }
    let openerIndex = closerIndex - 1;
    while (openerIndex >= 0) {
      const candidate = tokens[openerIndex] as Inline;
      if (candidate.kind === "delimiter" && candidate.char === closer.char && candidate.canOpen) break;
      openerIndex--;
    }
    if (openerIndex < 0) {
      closerIndex++;
      continue;
    }
    const opener = tokens[openerIndex] as Extract<Inline, { kind: "delimiter" }>;
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const element: Inline = {
      kind: "element",
      tag: use === 2 ? "strong" : "em",
      children: tokens.slice(openerIndex + 1, closerIndex),
    };
    opener.count -= use;
    closer.count -= use;
    const replacement: Inline[] = [];
    if (opener.count > 0) replacement.push(opener);
    replacement.push(element);
    if (closer.count > 0) replacement.push(closer);
    tokens.splice(openerIndex, closerIndex - openerIndex + 1, ...replacement);
    closerIndex = openerIndex + replacement.length - (closer.count > 0 ? 1 : 0);
  }
  return tokens;
}

function serialize(tokens: readonly Inline[]): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case "text":
          return escapeXml(token.text);
        case "raw":
          return token.xml;
        case "delimiter":
          return token.char.repeat(token.count);
        case "element":
          return token.tag === "a"
            ? `<a href="${escapeXml(token.href ?? "")}">${serialize(token.children)}</a>`
            : `<${token.tag}>${serialize(token.children)}</${token.tag}>`;
      }
      return "";
    })
    .join("");
}
