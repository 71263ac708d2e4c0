import type { Question, QuestionType } from "../../schema/types.js";
import type { QuestionResult, Scorer } from "../types.js";
import { unscored } from "./_shared.js";
import { scoreCategorize } from "./categorize.js";
import { scoreCloze } from "./cloze.js";
import { scoreMatching } from "./matching.js";
import { scoreMultipleChoice } from "./multiple-choice.js";
import { scoreNumeric } from "./numeric.js";
import { scoreOrdering } from "./ordering.js";
import { scoreShortText } from "./short-text.js";
import { scoreSingleChoice } from "./single-choice.js";
import { scoreTrueFalse } from "./true-false.js";

const scorers = {
  "single-choice": scoreSingleChoice,
  "multiple-choice": scoreMultipleChoice,
  "true-false": scoreTrueFalse,
  "short-text": scoreShortText,
  numeric: scoreNumeric,
  ordering: scoreOrdering,
  matching: scoreMatching,
  cloze: scoreCloze,
  categorize: scoreCategorize,
} satisfies { [K in QuestionType]: Scorer<K> };

/**
 * Scores one response to one question. Pure and total: any JSON value (or anything else) as a
 * response gives a result, never an exception. Malformed responses score `invalid` with a reason
 * code; `undefined`, `null` and empty values score `unanswered`.
 *
 * @param question - A question from a lesson (with its answer key).
 * @param response - The learner's response; see the README for each type's shape.
 * @returns The question's result: status, points earned and possible, and feedback data.
 * @example
 * scoreQuestion(question, "president")
 * //=> { questionId: "who-vetoes", status: "correct", earned: 1, possible: 1, feedback: { ... } }
 */
export function scoreQuestion(question: Readonly<Question>, response: unknown): QuestionResult {
  if (response === undefined || response === null) return unscored(question, "empty_response");
  const score = scorers[question.type] as Scorer<QuestionType>;
  return score(question as never, response);
}
