import { hitsTarget, readNumber } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult, ResultFeedback } from "../types.js";
import { scored } from "./_shared.js";

/**
 * Full credit inside the answer's tolerance or range; else the best near miss's fraction (a near
 * miss worth 0 still gives its feedback). When the response was text, the feedback says which
 * number it was read as.
 */
export function scoreNumeric(question: Readonly<QuestionOfType<"numeric">>, response: number | string): QuestionResult {
  const value = typeof response === "number" ? response : (readNumber(response) as number);
  const feedback: ResultFeedback = { explanation: question.explanation, messages: [] };
  if (typeof response === "string") feedback.numericValue = value;
  if (hitsTarget(value, question.answer)) return scored(question, 1, feedback);
  let best: { fraction: number; feedback?: string | undefined } | undefined;
  for (const miss of question.nearMisses ?? [])
    if ((best === undefined || miss.fraction > best.fraction) && hitsTarget(value, miss.answer)) best = miss;
  if (best?.feedback !== undefined) feedback.messages.push(best.feedback);
  return scored(question, best ? best.fraction : 0, feedback);
}
