/**
 * `civics-lessons`: the quiz engine. Pure functions over plain data; no zod at run time.
 *
 * @module
 */
export { CivicsError, isCivicsError, LessonValidationError, QuizError, type ValidationIssue } from "./errors.js";
export type {
  AcceptedAnswer,
  Blank,
  GradeBand,
  Lesson,
  MultipleChoiceScoring,
  NumericTarget,
  OrderingScoring,
  ParsedLesson,
  ParsedQuestion,
  Question,
  QuestionOfType,
  QuestionType,
  Source,
  SourceKind,
  TextMatching,
  Topic,
} from "./schema/types.js";
