import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateTrueFalse } from "../validate/true-false.js";
import { deepFreeze, derived } from "./_compiled.js";
import { NO_MESSAGES, scored, unscorable, unscored } from "./_shared.js";

/** The results of answering true and false, built once per question and shared (frozen). */
function results(question: Readonly<QuestionOfType<"true-false">>): { true: QuestionResult; false: QuestionResult } {
  return derived(question, () => {
    const make = (given: boolean, message: string | undefined) =>
      deepFreeze(
        scored(question, given === question.answer ? 1 : 0, {
          explanation: question.explanation,
          messages: message === undefined ? NO_MESSAGES : [message],
          selectedIds: [String(given)],
          correctIds: [String(question.answer)],
        }),
      );
    return { true: make(true, question.feedbackTrue), false: make(false, question.feedbackFalse) };
  });
}

/** Full credit when the boolean equals the key. */
export function scoreTrueFalse(question: Readonly<QuestionOfType<"true-false">>, response: unknown): QuestionResult {
  if (typeof response !== "boolean")
    return unscorable(question, validateTrueFalse(question, response)) ?? unscored(question, "wrong_type");
  return results(question)[response ? "true" : "false"];
}
