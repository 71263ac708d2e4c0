import type { Lesson, Question } from "../../schema/types.js";

/** What exporters accept: a whole lesson, or a list of questions. */
export type ExportInput = Readonly<Lesson> | readonly Question[];

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
