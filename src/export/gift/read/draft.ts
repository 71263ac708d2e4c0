import type { Question } from "../../../schema/types.js";
import { type ExportIssue, type ExportIssueCode, type ExportIssueKind, issue } from "../../_shared/issues.js";
import type { Block } from "./blocks.js";
import { convert, type Format, type Formatted, withFormat } from "./convert.js";
import { IdMaker } from "./ids.js";

/** Settings every imported question gets. */
export interface Placeholders {
  objectiveIds?: string[];
  sourceIds?: string[];
  difficulty?: 1 | 2 | 3;
  explanation?: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The question being read: where it is, its texts, and helpers that convert them and report losses. */
export class Draft {
  /** Issues met so far, each once. */
  readonly issues: ExportIssue[] = [];
  private seen: Set<string> | undefined;
  private optionIds: IdMaker | undefined;

  /** The block of the file it is in. */
  readonly block: Block;
  /** The 1-based line its text starts on. */
  readonly line: number;
  /** The id it was given. */
  readonly id: string;
  /** The question text, whose format is the default of the question's other texts. */
  private readonly stem: Formatted;
  /** The general feedback (`####`), if any. */
  private readonly general: string | null;
  /** Its `// [tag:…]` comments. */
  private readonly tags: readonly string[];
  private readonly placeholders: Placeholders;

  constructor(fields: {
    block: Block;
    line: number;
    id: string;
    stem: Formatted;
    general: string | null;
    tags: readonly string[];
    placeholders: Placeholders;
  }) {
    this.block = fields.block;
    this.line = fields.line;
    this.id = fields.id;
    this.stem = fields.stem;
    this.general = fields.general;
    this.tags = fields.tags;
    this.placeholders = fields.placeholders;
  }

  /** The question text's format. */
  get format(): Format {
    return this.stem.format;
  }

  /** Unique option ids within the question, independent of position and key. */
  get ids(): IdMaker {
    this.optionIds ??= new IdMaker();
    return this.optionIds;
  }

  /** Records an issue for the question (once). */
  report(kind: ExportIssueKind, code: ExportIssueCode, message: string): void {
    this.seen ??= new Set();
    const key = `${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issue(this.id, kind, code, message, this.line));
  }

  /** A formatted text as a Markdown field (`what` names it in issues). */
  markdown(value: Formatted, what: string): string {
    return this.converted(value, "markdown", what);
  }

  /** A formatted text as a plain-text field (`what` names it in issues). */
  plain(value: Formatted, what: string): string {
    return this.converted(value, "plain", what);
  }

  /** Fields every question has: id, prompt, placeholders, explanation, tags. */
  base(): Pick<Question, "id" | "prompt" | "difficulty" | "objectiveIds" | "sourceIds" | "explanation"> & {
    tags?: string[];
  } {
    const explanation =
      this.general === null ? "" : this.markdown(withFormat(this.general, this.format), "general feedback");
    const prompt = this.markdown(this.stem, "question text");
    const out: ReturnType<Draft["base"]> = {
      id: this.id,
      prompt: prompt === "" ? "TODO: write the question." : prompt,
      difficulty: this.placeholders.difficulty ?? 2,
      objectiveIds: [...(this.placeholders.objectiveIds ?? ["todo-objective"])],
      sourceIds: [...(this.placeholders.sourceIds ?? ["todo-source"])],
      explanation: explanation === "" ? (this.placeholders.explanation ?? "TODO: explain the answer.") : explanation,
    };
    const tags = this.kebabTags();
    if (tags.length > 0) out.tags = tags;
    return out;
  }

  private converted(value: Formatted, target: "markdown" | "plain", what: string): string {
    const result = convert(value, target);
    if (result.lossy) this.report("approximated", "html_converted", `Markup in the ${what} was removed.`);
    for (const reference of result.unknown)
      this.report(
        "approximated",
        "html_converted",
        `The character reference ${reference} in the ${what} names no character; it was kept as written.`,
      );
    return result.text;
  }

  /** The tags as kebab-case ids, reporting any that have no letters or digits left. */
  private kebabTags(): string[] {
    if (this.tags.length === 0) return [];
    const out = new Set<string>();
    for (const tag of this.tags) {
      const kebab = tag
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      if (KEBAB.test(kebab) && kebab.length <= 80) out.add(kebab);
      else this.report("dropped", "feature_dropped", `The tag "${tag}" has no kebab-case form and is not kept.`);
    }
    return [...out];
  }
}

/** A part of the answer block and its offset in the block text (for line numbers). */
export interface Part {
  text: string;
  offset: number;
}

/**
 * Splits `text` before each of the `separators` characters, with offsets.
 *
 * @example
 * split("=a =b", "=", 0).map((p) => p.text)
 * //=> ["=a ", "=b"]
 */
export function split(text: string, separators: string, offset: number): Part[] {
  const codes = Array.from(separators, (c) => c.charCodeAt(0));
  const parts: Part[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || codes.includes(text.charCodeAt(i))) {
      if (i > start || parts.length > 0) parts.push({ text: text.slice(start, i), offset: offset + start });
      start = i;
    }
  }
  if (parts.length > 0 && (parts[0] as Part).text.trim() === "") parts.shift();
  return parts;
}

const WEIGHT = /^%(-?(?:\d+\.?\d*|\.\d+))%/;

/**
 * A `%weight%` prefix, as a fraction, and the rest of the answer.
 *
 * @example
 * weighed("%50%half")
 * //=> { fraction: 0.5, rest: "half" }
 */
export function weighed(answer: string): { fraction: number | null; rest: string } {
  const w = WEIGHT.exec(answer);
  return w ? { fraction: Number(w[1]) / 100, rest: answer.slice(w[0].length) } : { fraction: null, rest: answer };
}

/**
 * Moodle's `commentparser`: the answer, then its feedback after the first `#`.
 *
 * @example
 * comment("yes#Right!", "moodle").feedback?.text
 * //=> "Right!"
 */
export function comment(answer: string, format: Format): { answer: Formatted; feedback: Formatted | null } {
  const at = answer.indexOf("#");
  if (at === -1) return { answer: withFormat(answer, format), feedback: null };
  const feedback = withFormat(answer.slice(at + 1), format);
  return { answer: withFormat(answer.slice(0, at), format), feedback: feedback.text === "" ? null : feedback };
}
