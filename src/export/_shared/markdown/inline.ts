/** A piece of inline Markdown once parsed. */
export type Inline =
  | { kind: "text"; text: string }
  | { kind: "slot"; id: string; text: string }
  | { kind: "element"; tag: "em" | "strong" | "code" | "a"; href?: string; children: Inline[] }
  | { kind: "delimiter"; char: "*" | "_"; count: number; canOpen: boolean; canClose: boolean };

type Delimiter = Extract<Inline, { kind: "delimiter" }>;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const HTTPS_URL = /^https:\/\/[^\s<>"'`\\]+$/;
const SLOT = /\{\{([^{}]*)\}\}/y;
const MARKER = /\{\{[^{}]*\}\}/;

/**
 * Parses one block's inline Markdown: backslash escapes, code spans, links to `https://` URLs,
 * `*`/`_` emphasis and, when `slots` is set, `{{id}}` markers. Everything else is text.
 *
 * @example
 * parseInline("a *b*", false)
 * //=> [{ kind: "text", text: "a " }, { kind: "element", tag: "em", children: [{ kind: "text", text: "b" }] }]
 */
export function parseInline(text: string, slots: boolean): Inline[] {
  return emphasize(tokenize(text, slots));
}

function tokenize(text: string, slots: boolean): Inline[] {
  const tokens: Inline[] = [];
  // Plain text accumulates as slices of `text` (from `from` to the current position), plus the
  // characters of escapes, so long runs are never built one character at a time.
  let buffer = "";
  let from = 0;
  const flush = (at: number) => {
    buffer += text.slice(from, at);
    if (buffer !== "") tokens.push({ kind: "text", text: buffer });
    buffer = "";
  };
  // Backtick run lengths with no closing run further on: searching again could only fail.
  const unclosed = new Set<number>();
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (slots && char === "{") {
      SLOT.lastIndex = i;
      const marker = SLOT.exec(text);
      if (marker) {
        flush(i);
        tokens.push({ kind: "slot", id: (marker[1] as string).trim(), text: marker[0] });
        i += marker[0].length;
        from = i;
        continue;
      }
    }
    if (char === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1] as string)) {
      buffer += text.slice(from, i) + text[i + 1];
      i += 2;
      from = i;
      continue;
    }
    if (char === "`") {
      const length = runLength(text, i, "`");
      const close = unclosed.has(length) ? -1 : closingBackticks(text, i + length, length);
      if (close === -1) unclosed.add(length);
      const content = text.slice(i + length, Math.max(close, i + length));
      if (close !== -1 && !(slots && MARKER.test(content))) {
        flush(i);
        tokens.push({ kind: "element", tag: "code", children: [{ kind: "text", text: codeText(content) }] });
        i = close + length;
        from = i;
        continue;
      }
      i += length;
      continue;
    }
    if (char === "[") {
      const link = linkAt(text, i);
      if (link) {
        flush(i);
        tokens.push({ kind: "element", tag: "a", href: link.href, children: parseInline(link.label, false) });
        i = link.end;
        from = i;
        continue;
      }
    }
    if (char === "*" || char === "_") {
      const count = runLength(text, i, char);
      flush(i);
      tokens.push(delimiter(char, count, text[i - 1], text[i + count]));
      i += count;
      from = i;
      continue;
    }
    i += 1;
  }
  flush(text.length);
  return tokens;
}

function runLength(text: string, from: number, char: string): number {
  let end = from;
  while (text[end] === char) end++;
  return end - from;
}

function closingBackticks(text: string, from: number, length: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf("`", i);
    if (at === -1) return -1;
    const run = runLength(text, at, "`");
    if (run === length) return at;
    i = at + run;
  }
  return -1;
}

/** A code span's text: line breaks become spaces, and one space is stripped from each side when both have one. */
function codeText(content: string): string {
  const code = content.replace(/\n/g, " ");
  const padded = code.length > 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "";
  return padded ? code.slice(1, -1) : code;
}

/** `[label](https://...)` at `start`: the label has no brackets, the URL no parentheses or spaces. */
function linkAt(text: string, start: number): { label: string; href: string; end: number } | null {
  let close = start + 1;
  while (close < text.length && text[close] !== "]" && text[close] !== "[") close++;
  if (text[close] !== "]" || text[close + 1] !== "(") return null;
  let end = close + 2;
  while (end < text.length && !/[()\s]/.test(text[end] as string)) end++;
  if (text[end] !== ")") return null;
  const href = text.slice(close + 2, end);
  if (!HTTPS_URL.test(href)) return null;
  return { label: text.slice(start + 1, close), href, end: end + 1 };
}

/** A `*` or `_` run with CommonMark's flanking rules (so `snake_case` stays literal; `2*3*4` is emphasis). */
function delimiter(char: "*" | "_", count: number, before: string | undefined, after: string | undefined): Delimiter {
  const spaceBefore = isSpace(before);
  const spaceAfter = isSpace(after);
  const punctBefore = isPunctuation(before);
  const punctAfter = isPunctuation(after);
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

/** Whitespace, or the start or end of the text (which counts as whitespace). */
function isSpace(char: string | undefined): boolean {
  if (char === undefined) return true;
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(char);
}

/** Unicode punctuation or symbol; ASCII letters and digits are neither. */
function isPunctuation(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128)
    return (
      !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) &&
      code > 32 &&
      code !== 127
    );
  return PUNCTUATION.test(char);
}

/**
 * Pairs delimiter runs into `em`/`strong` elements, each closer with the nearest open opener of
 * its character. Openers between a matched pair end up inside the element and are no longer
 * candidates, as in CommonMark; unpaired delimiters stay as literal text. A closer that finds no
 * opener records how far down the stack there is none, so later closers do not search again.
 */
function emphasize(tokens: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  const openers: number[] = []; // indices into `out` of delimiters that may open
  const bottom = { "*": 0, _: 0 }; // stack heights below which no opener of that character is left
  for (const token of tokens) {
    if (token.kind !== "delimiter") {
      out.push(token);
      continue;
    }
    const closer = token; // a fresh token from tokenize, so it may be changed in place
    while (closer.canClose && closer.count > 0) {
      let k = openers.length - 1;
      while (k >= bottom[closer.char] && (out[openers[k] as number] as Delimiter).char !== closer.char) k--;
      if (k < bottom[closer.char]) {
        bottom[closer.char] = openers.length;
        break;
      }
      const at = openers[k] as number;
      const opener = out[at] as Delimiter;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      const element: Inline = { kind: "element", tag: use === 2 ? "strong" : "em", children: out.splice(at + 1) };
      opener.count -= use;
      closer.count -= use;
      openers.length = k;
      if (opener.count === 0) out.pop();
      else openers.push(at);
      out.push(element);
      for (const c of ["*", "_"] as const) bottom[c] = Math.min(bottom[c], openers.length);
    }
    if (closer.count > 0) {
      if (closer.canOpen) openers.push(out.length);
      out.push(closer);
    }
  }
  return out;
}
