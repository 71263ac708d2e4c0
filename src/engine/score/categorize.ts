import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateCategorize } from "../validate/categorize.js";
import { scoreKeyed } from "./_shared.js";

/** Each item placed in its keyed category earns 1/n of the points; unplaced items earn nothing. */
export function scoreCategorize(question: Readonly<QuestionOfType<"categorize">>, response: unknown): QuestionResult {
  const verdict = validateCategorize(question, response);
  return scoreKeyed(question, verdict, response, question.items, (item) => item.categoryId, false);
}
