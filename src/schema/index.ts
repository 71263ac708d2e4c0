/**
 * `civics-lessons/schema`: the zod schemas of the content model, parsing with readable errors,
 * and the JSON Schema of a lesson.
 *
 * @module
 */
import * as z from "zod";
import { LessonValidationError, type ValidationIssue } from "../errors.js";
import { LessonSchema } from "./lesson.js";
import { QUESTION_TYPES, QuestionSchema } from "./question.js";
import type { ParsedLesson, ParsedQuestion } from "./types.js";

export { LessonValidationError, type ValidationIssue } from "../errors.js";
export { IdSchema, IsoDateSchema, PartialDateSchema } from "./_shared.js";
export { GradeBandSchema, LessonSchema, SourceKindSchema, SourceSchema, TopicSchema } from "./lesson.js";
export { QUESTION_TYPES, QuestionSchema } from "./question.js";
export { CategorizeQuestionSchema } from "./questions/categorize.js";
export { BlankSchema, ClozeQuestionSchema, clozeMarkers } from "./questions/cloze.js";
export { MatchingQuestionSchema } from "./questions/matching.js";
export { MultipleChoiceQuestionSchema, MultipleChoiceScoringSchema } from "./questions/multiple-choice.js";
export { NumericQuestionSchema, NumericTargetSchema } from "./questions/numeric.js";
export { OrderingQuestionSchema, OrderingScoringSchema } from "./questions/ordering.js";
export { AcceptedAnswerSchema, ShortTextQuestionSchema, TextMatchingSchema } from "./questions/short-text.js";
export { SingleChoiceQuestionSchema } from "./questions/single-choice.js";
export { TrueFalseQuestionSchema } from "./questions/true-false.js";
export type * from "./types.js";

/** Result of {@link safeParseLesson} or {@link safeParseQuestion}. */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      success: true;
      /** The parsed value, defaults filled in. */
      data: T;
    }
  | {
      /** The input is invalid. */
      success: false;
      /** An error you can throw, listing every problem. */
      error: LessonValidationError;
      /** Every problem as data. */
      issues: ValidationIssue[];
    };

function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment))) out += out === "" ? String(segment) : `.${String(segment)}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Whether the value at `path` inside `input` is absent (zod does not report inputs by default). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

function friendlyMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === "unrecognized_keys") {
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
  }
  if (issue.code === "invalid_union" && (issue as { note?: string }).note === "No matching discriminator") {
    return `must be one of ${QUESTION_TYPES.map((t) => `"${t}"`).join(", ")}`;
  }
  if (issue.code === "invalid_key" && issue.issues.length > 0) {
    // zod says only "invalid key in record"; the key's own issues say what is wrong with it.
    return issue.issues.map((inner) => friendlyMessage(inner, input)).join("; ");
  }
  if (issue.code === "invalid_type" && isMissing(input, issue.path)) {
    return `is required (expected ${issue.expected})`;
  }
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

function toIssues(error: z.ZodError, input: unknown): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const segments = issue.path.map((s) => (typeof s === "symbol" ? String(s) : s));
    const entry = { path: formatPath(segments), segments, message: friendlyMessage(issue, input), code: issue.code };
    const key = `${entry.path}\u0000${entry.message}`;
    if (!seen.has(key)) out.push(entry); // two checks can say the same thing (url format + https pattern)
    seen.add(key);
  }
  return out;
}

function safeParseWith<T>(schema: z.ZodType, input: unknown, subject: string): SafeParseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data as T };
  const issues = toIssues(result.error, input);
  return { success: false, error: new LessonValidationError(subject, issues), issues };
}

/**
 * Validates lesson content without throwing.
 *
 * @param input - Any value, typically parsed JSON or a lesson module's export.
 * @returns `{ success: true, data }` with defaults filled in, or `{ success: false, error, issues }`.
 * @example
 * const result = safeParseLesson({ id: "Bad Id" });
 * result.success ? result.data.title : result.issues.map((i) => `${i.path}: ${i.message}`)
 * //=> ["id: must be kebab-case (a-z, 0-9 and single hyphens)", "version: is required (expected string)", ...]
 */
export function safeParseLesson(input: unknown): SafeParseResult<ParsedLesson> {
  return safeParseWith<ParsedLesson>(LessonSchema, input, "lesson");
}

/**
 * Validates lesson content and returns it typed, with defaults filled in.
 *
 * @param input - Any value, typically parsed JSON or a lesson module's export.
 * @returns The lesson.
 * @throws {@link LessonValidationError} listing every problem as `path: message`.
 * @example
 * import { lesson } from "civics-lessons/lessons/three-branches-and-checks";
 * parseLesson(lesson).questions[0].points
 * //=> 1
 */
export function parseLesson(input: unknown): ParsedLesson {
  const result = safeParseLesson(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates one question without throwing. Cross-references to a lesson's objectives and sources
 * are checked only by {@link safeParseLesson}.
 *
 * @param input - Any value.
 * @returns A result object, as {@link safeParseLesson}.
 * @example
 * safeParseQuestion({ type: "true-false" }).success
 * //=> false
 */
export function safeParseQuestion(input: unknown): SafeParseResult<ParsedQuestion> {
  return safeParseWith<ParsedQuestion>(QuestionSchema, input, "question");
}

/**
 * Validates one question and returns it typed, with defaults filled in.
 *
 * @param input - Any value.
 * @returns The question.
 * @throws {@link LessonValidationError} listing every problem.
 * @example
 * parseQuestion({ id: "q1", type: "true-false", prompt: "The Senate confirms judges.", answer: true,
 *   difficulty: 1, objectiveIds: ["o1"], sourceIds: ["s1"], explanation: "Art. II, s. 2." }).points
 * //=> 1
 */
export function parseQuestion(input: unknown): ParsedQuestion {
  const result = safeParseQuestion(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The JSON Schema (draft 2020-12) of a lesson as authored, generated from the same zod schema.
 * Cross-field rules (unique ids, references that must resolve, exactly one keyed choice) cannot
 * be written in JSON Schema; run {@link safeParseLesson} for those. The package also ships the
 * result as `civics-lessons/schema/lesson.schema.json`.
 *
 * @returns A JSON Schema object.
 * @example
 * lessonJsonSchema().$schema
 * //=> "https://json-schema.org/draft/2020-12/schema"
 */
export function lessonJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LessonSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
