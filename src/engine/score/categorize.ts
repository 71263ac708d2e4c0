import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { scoreKeyed } from "./_shared.js";

/** Each item placed in its keyed category earns 1/n of the points; unplaced items earn nothing. */
export function scoreCategorize(
  question: Readonly<QuestionOfType<"categorize">>,
  response: Record<string, unknown>,
): QuestionResult {
  return scoreKeyed(question, response, question.items, (item) => item.categoryId, { allOrNothing: false });
}
