/**
 * GIFT escapes become noncharacters (Unicode's "internal use" code points) while parsing, as
 * Moodle does with its `&&058;` placeholders, so escaped control characters are never mistaken
 * for syntax. Noncharacters in the input are replaced first (see `splitBlocks`), so they cannot
 * collide.
 */
const ESCAPES: Record<string, string> = {
  ":": "\uFDD0",
  "#": "\uFDD1",
  "=": "\uFDD2",
  "{": "\uFDD3",
  "}": "\uFDD4",
  "~": "\uFDD5",
  n: "\uFDD6",
};
const UNESCAPES: Record<string, string> = {
  "\uFDD0": ":",
  "\uFDD1": "#",
  "\uFDD2": "=",
  "\uFDD3": "{",
  "\uFDD4": "}",
  "\uFDD5": "~",
  "\uFDD6": "\n",
};

/** The noncharacters this reader uses internally, which input text may not keep. */
export const INTERNAL = /[\uFDD0-\uFDEF]/g;

/**
 * Replaces GIFT's escapes (`\:`, `\#`, `\=`, `\{`, `\}`, `\~`, `\n`) with placeholders and `\\`
 * with a backslash.
 *
 * @example
 * unprotect(protect("a\\=b"))
 * //=> "a=b"
 */
export function protect(text: string): string {
  let out = "";
  let from = 0;
  for (let i = text.indexOf("\\"); i !== -1 && i + 1 < text.length; i = text.indexOf("\\", i)) {
    const next = text[i + 1] as string;
    const replacement = next === "\\" ? "\\" : ESCAPES[next];
    if (replacement === undefined) {
      i++;
      continue;
    }
    out += text.slice(from, i) + replacement;
    i += 2;
    from = i;
  }
  return out + text.slice(from);
}

/**
 * Turns placeholders back into the characters they stand for.
 *
 * @example
 * unprotect("\uFDD2")
 * //=> "="
 */
export function unprotect(text: string): string {
  return text.replace(/[\uFDD0-\uFDD6]/g, (c) => UNESCAPES[c] as string);
}

/** A placeholder that marks where a missing-word blank was, while its text is converted. */
export const BLANK_MARK = "\uFDDF";
