import { ExportError } from "../../_shared/issues.js";
import { INTERNAL, protect } from "./escapes.js";

/** A question's text in the file, with a way back from offsets to line numbers. */
export class Block {
  readonly text: string;
  private readonly startLine: number;
  private readonly newlines: number[];

  constructor(text: string, startLine: number) {
    this.text = text;
    this.startLine = startLine;
    this.newlines = [];
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.newlines.push(at);
  }

  /** The 1-based line of the file that `offset` of the block text is on. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.newlines[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return this.startLine + low;
  }

  /** Fails at the line of `offset`. */
  fail(offset: number, message: string): never {
    throw new ExportError("invalid_gift", message, this.lineAt(offset));
  }

  /** Fails at a known line (for problems with a question as a whole). */
  failAt(line: number, message: string): never {
    throw new ExportError("invalid_gift", message, line);
  }
}

/** One question block of the file and the metadata of its comments. */
export interface BlockEntry {
  block: Block;
  /** Moodle 4's `// [tag:…]` comments. */
  tags: string[];
  /** Moodle 4's `// [id:…]` comment. */
  idNumber?: string;
}

/** The `[tag:…]` or `[id:…]` values in a comment line, found without backtracking. */
function bracketed(line: string, prefix: string): string[] {
  const values: string[] = [];
  for (let at = line.indexOf(prefix); at !== -1; at = line.indexOf(prefix, at + 1)) {
    const start = at + prefix.length;
    let end = start;
    while (end < line.length && line[end] !== "]" && line[end] !== "[") end++;
    if (line[end] === "]" && end > start) values.push(line.slice(start, end));
  }
  return values;
}

/**
 * Splits the file into question blocks on blank lines, as Moodle does, keeping line numbers;
 * `//` lines are comments (kept as blank lines, so line numbers stay right).
 *
 * @example
 * splitBlocks("A?{T}\n\nB?{F}").length
 * //=> 2
 */
export function splitBlocks(source: string): BlockEntry[] {
  const lines = source
    .replace(/^\uFEFF/, "")
    .replace(INTERNAL, "\uFFFD")
    .split(/\r\n|\r|\n/);
  const out: BlockEntry[] = [];
  let current: string[] = [];
  let start = 0;
  const none: string[] = [];
  let tags = none; // shared while a block has no tags, so a big bank allocates no empty lists
  let idNumber: string | undefined;
  const flush = () => {
    const first = current.findIndex((line) => line !== "");
    if (first !== -1) {
      const entry: BlockEntry = {
        block: new Block(protect(current.slice(first).join("\n").trim()), start + first + 1),
        tags,
      };
      if (idNumber !== undefined) entry.idNumber = idNumber;
      out.push(entry);
    }
    current = [];
    tags = none;
    idNumber = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      flush();
      return;
    }
    if (current.length === 0) start = index;
    if (line.startsWith("//")) {
      const found = bracketed(line, "[tag:");
      if (found.length > 0) tags = [...tags, ...found];
      idNumber = bracketed(line, "[id:")[0] ?? idNumber;
      current.push("");
      return;
    }
    current.push(line);
  });
  flush();
  return out;
}
