/** One problem found in lesson content: where it is and what is wrong. */
export interface ValidationIssue {
  /** Readable path such as `questions[3].choices`; empty for the root. */
  path: string;
  /** The same path as segments. */
  segments: (string | number)[];
  /** What is wrong, in words a lesson author can act on. */
  message: string;
  /** zod's issue code (`custom` for cross-field rules). */
  code: string;
}

/**
 * Marks the library's errors. A registered symbol, so the mark is the same in every realm and in
 * every copy of the package that is loaded.
 */
const BRAND = Symbol.for("civics-lessons.error");

/**
 * Base class of every error the library throws; `code` is stable and machine-readable.
 *
 * @example
 * try { parseLesson(data) } catch (e) { if (isCivicsError(e)) console.log(e.code) }
 * //=> "invalid_content"
 */
export class CivicsError extends Error {
  /** A stable snake_case code. */
  readonly code: string;
  /** Always `"CivicsError"`, so errors can be told apart across realms. */
  override name = "CivicsError";

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Thrown when lesson or question content does not match the content model. The message lists
 * every problem on its own line as `path: message`; `issues` holds the same as data.
 *
 * @example
 * try { parseLesson({}) } catch (e) { if (e instanceof LessonValidationError) console.log(e.issues[0].path) }
 * //=> "id"
 */
export class LessonValidationError extends CivicsError {
  /** Every problem found. */
  readonly issues: ValidationIssue[];
  /** Always `"LessonValidationError"`, so errors can be told apart across realms. */
  override name = "LessonValidationError";

  constructor(subject: string, issues: ValidationIssue[]) {
    super(
      "invalid_content",
      `Invalid ${subject} (${issues.length} problem${issues.length === 1 ? "" : "s"}):${issues.map((issue) => `\n${issue.path || "(root)"}: ${issue.message}`).join("")}`,
    );
    this.issues = issues;
  }
}

/**
 * Thrown by `createQuiz` and `startAttempt` when a quiz cannot be built as specified.
 *
 * @example
 * try { createQuiz({ questions: [], draw: [{ count: 3 }] }) } catch (e) { console.log((e as QuizError).code) }
 * //=> "unsatisfiable_quiz"
 */
export class QuizError extends CivicsError {
  /** Always `"QuizError"`, so errors can be told apart across realms. */
  override name = "QuizError";
}

/**
 * True when `error` is one of the library's errors, even across realms or duplicated copies of the
 * package: every such error carries a mark under `Symbol.for("civics-lessons.error")`, so no list
 * of class names is needed.
 *
 * @example
 * isCivicsError(new Error("x"))
 * //=> false
 */
export function isCivicsError(error: unknown): error is CivicsError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { [BRAND]?: unknown })[BRAND] === true &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
