import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { scored } from "./_shared.js";

/** Full credit when the boolean equals the key; the feedback for the side chosen, if any. */
export function scoreTrueFalse(question: Readonly<QuestionOfType<"true-false">>, response: boolean): QuestionResult {
  const message = response ? question.feedbackTrue : question.feedbackFalse;
  return scored(question, response === question.answer ? 1 : 0, {
    explanation: question.explanation,
    messages: message === undefined ? [] : [message],
    selectedIds: [response ? "true" : "false"],
    correctIds: [question.answer ? "true" : "false"],
  });
}
