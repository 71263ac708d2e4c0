import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateTrueFalse } from "../validate/true-false.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";

/** Full credit when the boolean equals the key. */
export function scoreTrueFalse(question: Readonly<QuestionOfType<"true-false">>, response: unknown): QuestionResult {
  const reason = blocking(validateTrueFalse(question, response), false);
  if (reason) return unscored(question, reason);
  const feedback = feedbackFor(question);
  const message = response === true ? question.feedbackTrue : question.feedbackFalse;
  if (message !== undefined) feedback.messages.push(message);
  feedback.choices = [
    { id: "true", selected: response === true, correct: question.answer },
    { id: "false", selected: response === false, correct: !question.answer },
  ];
  return scored(question, response === question.answer ? 1 : 0, feedback);
}
