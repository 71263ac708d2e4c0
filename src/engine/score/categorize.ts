import { own } from "../../_lib/read.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult } from "../types.js";
import { validateCategorize } from "../validate/categorize.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";

/** Each item placed in its keyed category earns 1/n of the points; unplaced items earn nothing. */
export function scoreCategorize(question: Readonly<QuestionOfType<"categorize">>, response: unknown): QuestionResult {
  const reason = blocking(validateCategorize(question, response), true);
  if (reason) return unscored(question, reason);
  const record = response as Record<string, unknown>;
  const feedback = feedbackFor(question);
  const parts: PartFeedback[] = question.items.map((item) => {
    const given = own(record, item.id);
    const part: PartFeedback = { id: item.id, correct: given === item.categoryId, expected: item.categoryId };
    if (typeof given === "string" && given !== "") part.given = given;
    return part;
  });
  feedback.parts = parts;
  return scored(question, parts.filter((p) => p.correct).length / parts.length, feedback);
}
