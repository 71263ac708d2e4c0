/**
 * `civics-lessons`: the quiz engine. Pure functions over plain data; no zod at run time.
 *
 * @module
 */

export type {
  AcceptedSubmission,
  Attempt,
  Clock,
  HintReveal,
  RecordedAnswer,
  RejectedSubmission,
  Submission,
  SubmissionRejection,
  SubmittedAttempt,
} from "./engine/attempt.js";
export {
  answerQuestion,
  revealHint,
  scoreAttempt,
  scoreSubmission,
  startAttempt,
  submitAttempt,
} from "./engine/attempt.js";
export { keyedResponse } from "./engine/keyed.js";
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
export type { PublicAttempt } from "./engine/public-attempt.js";
export { toPublicAttempt } from "./engine/public-attempt.js";
export type { DrawRule, QuestionOrigin, Quiz, QuizSettings, QuizSpec } from "./engine/quiz.js";
export { createQuiz } from "./engine/quiz.js";
export type { AttemptResult, ObjectiveResult, TagResult } from "./engine/result.js";
export type {
  PublicQuestionResult,
  PublicResult,
  ReviewAspect,
  ReviewOptions,
  ReviewPolicy,
  ReviewState,
  ReviewStates,
  ReviewTiming,
} from "./engine/review.js";
export { DEFAULT_REVIEW_POLICY, toPublicResult } from "./engine/review.js";
export { scoreQuestion } from "./engine/score/index.js";
export type {
  Excerpt,
  Instant,
  InvalidReason,
  PartFeedback,
  QuestionResult,
  QuestionStatus,
  ResponseMap,
  ResponseValidation,
  ResultFeedback,
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
