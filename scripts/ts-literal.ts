/**
 * Writes plain data as TypeScript source that keeps every line short: strings too long for one line
 * become template literals broken after a space with a trailing backslash, which adds nothing to the
 * string. Lesson files use the same convention by hand.
 */

const WIDTH = 100;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A template literal whose value is exactly `text`, each source line at most about WIDTH characters. */
function templateLiteral(text: string): string {
  const escapeTemplate = (s: string) => s.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
  const wrapped = text.split("\n").map((line) => {
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > WIDTH) {
      const cut = rest.lastIndexOf(" ", WIDTH - 2);
      if (cut <= 0) break;
      pieces.push(rest.slice(0, cut + 1));
      rest = rest.slice(cut + 1);
    }
    pieces.push(rest);
    return pieces.map(escapeTemplate).join("\\\n");
  });
  return `\`\\\n${wrapped.join("\n")}\``;
}

/**
 * TypeScript source for a JSON-like value, indented by `indent` levels of two spaces.
 *
 * @example
 * tsLiteral({ id: "a", tags: ["x"] })
 * //=> '{\n  id: "a",\n  tags: ["x"],\n}'
 */
export function tsLiteral(value: unknown, indent = 0): string {
  const pad = "  ".repeat(indent);
  const inner = "  ".repeat(indent + 1);
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length <= WIDTH && !value.includes("\n") ? quoted : templateLiteral(value);
  }
  if (Array.isArray(value)) {
    const short = `[${value.map((item) => tsLiteral(item)).join(", ")}]`;
    if (!short.includes("\n") && short.length <= WIDTH - pad.length - 20) return short;
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, indent + 1)},`).join("\n")}\n${pad}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, member]) => {
      const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${tsLiteral(member, indent + 1)},`;
    });
    return `{\n${lines.join("\n")}\n${pad}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
