import { CivicsError } from "../errors.js";
import type { Lesson, Question } from "../schema/types.js";

/** What happened to a question, or a part of it, that a format cannot hold as authored. */
export type ExportIssueKind =
  /** The question is not in the output at all. */
  | "skipped"
  /** The question is in the output, but scores or behaves differently (the message says how). */
  | "approximated"
  /** The question is in the output without some part (hints, a unit, points, ...). */
  | "dropped"
  /** The output is faithful, but the target system may refuse or alter it on import. */
  | "warning";

/** Stable codes for export and import issues. */
export type ExportIssueCode =
  /** The format has no question type for this one. */
  | "unsupported_type"
  /** A scoring mode has no exact form; the closest one was used. */
  | "scoring_approximated"
  /** Text-matching options (typo tolerance, ignored punctuation or diacritics) have no exact form. */
  | "text_matching_approximated"
  /** Hints have no place in the format. */
  | "hints_dropped"
  /** The unit label beside a numeric input has no place in the format. */
  | "unit_dropped"
  /** The question's point value has no place in the format. */
  | "points_dropped"
  /** Options pinned in place while shuffling (`fixed`) have no place in the format. */
  | "fixed_order_dropped"
  /** The question asks students to read a source excerpt that was not available or not exportable. */
  | "excerpt_dropped"
  /** A credit fraction is not one of the grades Moodle accepts; the nearest one was written. */
  | "grade_rounded"
  /** The target system needs more options than the question has. */
  | "too_few_options"
  /** Text the format cannot carry safely (for example `->` in a GIFT short answer). */
  | "unsafe_text"
  /** The question was exported as another type (the message names it). */
  | "type_changed"
  /** Imported HTML was converted to Markdown or plain text; some markup was lost. */
  | "html_converted"
  /** An imported feature (catch-all feedback, a title, wildcards, ...) has no place in the model. */
  | "feature_dropped"
  /** An imported question could not be represented and was left out. */
  | "not_representable";

/** One thing an exporter or importer could not carry over exactly. */
export interface ExportIssue {
  /** The question concerned (for importers, the id given to it, or `""` when it was skipped). */
  questionId: string;
  /** Whether the question was skipped, approximated, lost a part, or may be refused. */
  kind: ExportIssueKind;
  /** A stable snake_case code. */
  code: ExportIssueCode;
  /** One sentence for the author, naming what was lost or changed. */
  message: string;
  /** For importers: the 1-based line of the question in the input. */
  line?: number;
}

/** What every exporter returns: its output and the issues met on the way (never silent). */
export interface ExportResult<T> {
  /** The exported data. */
  output: T;
  /** Everything the format could not hold exactly, in question order. */
  issues: ExportIssue[];
}

/** What exporters accept: a whole lesson, or a list of questions. */
export type ExportInput = Readonly<Lesson> | readonly Question[];

/**
 * Thrown by importers for input that is not valid in its format, and by exporters for unusable
 * options. `line` is the 1-based line of the problem when the input is text.
 *
 * @example
 * try { fromGift("What?{=yes") } catch (e) { if (e instanceof ExportError) console.log(e.line) }
 * //=> 1
 */
export class ExportError extends CivicsError {
  /** The 1-based line of the problem in the input, when the input is text. */
  readonly line: number | undefined;

  constructor(code: string, message: string, line?: number) {
    super(code, line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ExportError";
    this.line = line;
  }
}

/**
 * The questions of an export input, in order.
 *
 * @example
 * questionsOf(lesson).length
 * //=> 9
 */
export function questionsOf(input: ExportInput): readonly Question[] {
  return isQuestionList(input) ? input : input.questions;
}

/**
 * The lesson of an export input, or undefined for a bare list of questions.
 *
 * @example
 * lessonOf(lesson.questions)
 * //=> undefined
 */
export function lessonOf(input: ExportInput): Readonly<Lesson> | undefined {
  return isQuestionList(input) ? undefined : input;
}

function isQuestionList(input: ExportInput): input is readonly Question[] {
  return Array.isArray(input);
}

/**
 * The points a question is worth (1 when the author left it out, as the schema defaults).
 *
 * @example
 * pointsOf({})
 * //=> 1
 */
export function pointsOf(question: { points?: number | undefined }): number {
  return question.points ?? 1;
}

/**
 * Rounds away binary floating-point noise, as the engine does, so written numbers stay short.
 *
 * @example
 * round6(0.1 + 0.2)
 * //=> 0.3
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * A number as a plain decimal: the shortest text that reads back as the same double, but never in
 * exponent notation, which GIFT and some XML consumers reject.
 *
 * @example
 * decimal(1e-7)
 * //=> "0.0000001"
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new ExportError("invalid_number", `cannot write ${value} as a number`);
  const text = Object.is(value, -0) ? "0" : String(value);
  if (!text.includes("e")) return text;
  const [mantissa = "", exponent = "0"] = text.split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/** Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML character data and attribute values, replacing characters XML cannot hold.
 *
 * @example
 * escapeXml('<a href="x">&</a>')
 * //=> "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Markdown reduced to one line of plain text (for titles and xAPI names): markup characters of
 * emphasis, code and links removed, whitespace collapsed, cut at `max` characters.
 *
 * @example
 * plainText("Is **this** [right](https://x.org)?")
 * //=> "Is this right?"
 */
export function plainText(markdown: string, max = Number.POSITIVE_INFINITY): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\([\\`*_[\]{}()#+\-.!])/g, "$1")
    .replace(/(\*\*|__|\*|_|`)/g, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, "")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(0, max - 1))
        .join("")
        .trimEnd()}…`;
}

/**
 * A 32-bit FNV-1a hash of a string, for orders that must look shuffled yet never change between
 * runs. Not for security.
 *
 * @example
 * hash32("a") === hash32("a")
 * //=> true
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * Ids in an order derived from a hash of (scope, id): stable across runs and unrelated to the key.
 * If that order happens to equal `avoid` (the answer), it is rotated by one so it never gives the
 * answer away.
 *
 * @example
 * scrambled(["a", "b", "c"], "q1", ["a", "b", "c"])
 * //=> an order other than ["a", "b", "c"], the same on every run
 */
export function scrambled(ids: readonly string[], scope: string, avoid?: readonly string[]): string[] {
  const order = [...ids].sort(
    (a, b) => hash32(`${scope}\u0000${a}`) - hash32(`${scope}\u0000${b}`) || (a < b ? -1 : 1),
  );
  if (avoid && order.length > 1 && order.every((id, i) => id === avoid[i])) order.push(order.shift() as string);
  return order;
}

/**
 * Builds an issue.
 *
 * @example
 * issue("q1", "dropped", "hints_dropped", "GIFT has no hints.")
 * //=> { questionId: "q1", kind: "dropped", code: "hints_dropped", message: "GIFT has no hints." }
 */
export function issue(
  questionId: string,
  kind: ExportIssueKind,
  code: ExportIssueCode,
  message: string,
  line?: number,
): ExportIssue {
  return line === undefined ? { questionId, kind, code, message } : { questionId, kind, code, message, line };
}
