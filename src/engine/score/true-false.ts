import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateTrueFalse } from "../validate/true-false.js";
import { memoized } from "./_compiled.js";
import { NO_MESSAGES, scored, unscorable, unscored } from "./_shared.js";

type TrueFalse = Readonly<QuestionOfType<"true-false">>;

/** The result of answering false (outcome 1) or true (outcome 2). */
function answering(question: TrueFalse, outcome: number): QuestionResult {
  const given = outcome === 2;
  const message = given ? question.feedbackTrue : question.feedbackFalse;
  return scored(question, given === question.answer ? 1 : 0, {
    explanation: question.explanation,
    messages: message === undefined ? NO_MESSAGES : [message],
    selectedIds: [String(given)],
    correctIds: [String(question.answer)],
  });
}

/** Full credit when the boolean equals the key. */
export function scoreTrueFalse(question: TrueFalse, response: unknown): QuestionResult {
  if (typeof response !== "boolean")
    return unscorable(question, validateTrueFalse(question, response)) ?? unscored(question, "wrong_type");
  return memoized(question, response ? 2 : 1, answering);
}
