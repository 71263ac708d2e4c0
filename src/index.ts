/**
 * `civics-lessons`: the quiz engine. Pure functions over plain data; no zod at run time.
 *
 * @module
 */

export type { Instant } from "./_lib/time.js";
export type {
  Attempt,
  Clock,
  HintReveal,
  PublicAttempt,
  RecordedAnswer,
  SubmissionResult,
  SubmittedAttempt,
} from "./engine/attempt.js";
export {
  answerQuestion,
  revealHint,
  scoreAttempt,
  scoreSubmission,
  startAttempt,
  submitAttempt,
  toPublicAttempt,
} from "./engine/attempt.js";
export { DEFAULT_SEED, shuffleOptions, toPublicQuestion } from "./engine/public/index.js";
export type {
  OptionOrder,
  PublicBlank,
  PublicCategorizeQuestion,
  PublicChoiceBlank,
  PublicClozeQuestion,
  PublicMatchingQuestion,
  PublicMultipleChoiceQuestion,
  PublicNumericQuestion,
  PublicOption,
  PublicOrderingQuestion,
  PublicQuestion,
  PublicQuestionBase,
  PublicQuestionMap,
  PublicShortTextQuestion,
  PublicSingleChoiceQuestion,
  PublicTextBlank,
  PublicTrueFalseQuestion,
} from "./engine/public/types.js";
export type { DrawRule, Excerpt, QuestionOrigin, Quiz, QuizSettings, QuizSpec } from "./engine/quiz.js";
export { createQuiz } from "./engine/quiz.js";
export type { AttemptResult, ObjectiveResult, TagResult } from "./engine/result.js";
export { scoreQuestion } from "./engine/score/index.js";
export type {
  InvalidReason,
  PartFeedback,
  QuestionResult,
  QuestionStatus,
  ResponseValidation,
  ResultFeedback,
  Scorer,
} from "./engine/types.js";
export { validateResponse } from "./engine/validate/index.js";
export type { ValidationIssue } from "./errors.js";
export { CivicsError, isCivicsError, QuizError } from "./errors.js";
export type {
  AcceptedAnswer,
  Blank,
  CatalogEntry,
  GradeBand,
  Lesson,
  LessonPlan,
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
