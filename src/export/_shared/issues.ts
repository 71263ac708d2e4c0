import { CivicsError } from "../../errors.js";

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

/** Records an issue for the question at hand. */
export type Report = (kind: ExportIssueKind, code: ExportIssueCode, message: string) => void;

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
  /** Always `"ExportError"`, so errors can be told apart across realms. */
  override name = "ExportError";

  constructor(code: string, message: string, line?: number) {
    super(code, line === undefined ? message : `line ${line}: ${message}`);
    this.line = line;
  }
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
