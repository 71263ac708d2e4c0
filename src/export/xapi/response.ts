/**
 * Text inside xAPI response patterns. The xAPI interaction formats reserve `[,]` between list
 * items, `[.]` within matching pairs and `[:]` within numeric ranges, and read `{name=value}` at
 * the start of a list or item as a characterstring parameter; they define no way to escape them.
 * So learner and lesson text is written with a backslash escape that keeps every reserved
 * sequence out of it, and {@link parseFillIn} reads it back exactly:
 *
 * - a backslash is doubled;
 * - `[,]`, `[.]` and `[:]` become `[\,]`, `[\.]` and `[\:]`;
 * - a `{` that starts an item becomes `\{`.
 *
 * Text without these sequences is written unchanged.
 */

const RESERVED = /\\|\[[,.:]\]/g;

/**
 * One list item of a fill-in pattern or response, escaped so that no reader can split it or take
 * it for a parameter.
 *
 * @example
 * escapeItem("a[,]b")
 * //=> "a[\\,]b"
 */
export function escapeItem(text: string): string {
  const escaped = text.replace(RESERVED, (match) => (match === "\\" ? "\\\\" : `[\\${match.slice(1)}`));
  return escaped.startsWith("{") ? `\\${escaped}` : escaped;
}

/**
 * Fill-in items as one pattern or response: escaped, joined by `[,]`, after the list's
 * parameters (`{case_matters=true}`).
 *
 * @example
 * fillIn(["a", "{b}"], { case_matters: "true" })
 * //=> "{case_matters=true}a[,]\\{b}"
 */
export function fillIn(items: readonly string[], parameters: Record<string, string> = {}): string {
  const head = Object.entries(parameters)
    .map(([name, value]) => `{${name}=${value}}`)
    .join("");
  return head + items.map(escapeItem).join("[,]");
}

/** A fill-in pattern or response read back: its list parameters and its items, unescaped. */
export interface FillIn {
  /** The characterstring parameters at the start of the list (`case_matters`, `order_matters`). */
  parameters: Record<string, string>;
  /** The items, exactly as the learner typed them or the lesson gives them. */
  items: string[];
}

/**
 * Reads a fill-in response or correct-response pattern written by `toXapiStatements`: the
 * parameters at its start, then the items, with the escapes undone.
 *
 * @param value - `result.response` or one entry of `correctResponsesPattern`.
 * @returns The parameters and the items.
 * @example
 * parseFillIn("{case_matters=true}a[\\,]b[,]\\{c}")
 * //=> { parameters: { case_matters: "true" }, items: ["a[,]b", "{c}"] }
 */
export function parseFillIn(value: string): FillIn {
  const parameters: Record<string, string> = {};
  let rest = value;
  for (let match = /^\{([a-z_]+)=([^{}]*)\}/.exec(rest); match; match = /^\{([a-z_]+)=([^{}]*)\}/.exec(rest)) {
    parameters[match[1] as string] = match[2] as string;
    rest = rest.slice(match[0].length);
  }
  return { parameters, items: rest.split("[,]").map(unescapeItem) };
}

function unescapeItem(item: string): string {
  let out = "";
  for (let i = 0; i < item.length; i++) {
    const char = item[i] as string;
    if (char === "\\" && i + 1 < item.length) {
      out += item[i + 1];
      i++;
    } else out += char;
  }
  return out;
}
