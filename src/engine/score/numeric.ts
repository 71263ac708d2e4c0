import type { NumericTarget, QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { readNumber } from "../validate/numeric.js";
import { feedbackFor, scored, unscored } from "./_shared.js";

/** Whether a value hits a target: inside a range, or within tolerance of a value. */
export function hitsTarget(value: number, target: NumericTarget): boolean {
  // A tiny slack absorbs decimal-to-binary error, so 0.1 + 0.2 hits 0.3 exactly.
  if ("min" in target) {
    const slack = 1e-9 * Math.max(1, Math.abs(target.min), Math.abs(target.max));
    return value >= target.min - slack && value <= target.max + slack;
  }
  const tolerance = target.tolerance ?? 0;
  const allowed = target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
  return Math.abs(value - target.value) <= allowed + 1e-9 * Math.max(1, Math.abs(target.value));
}

/** Full credit inside the answer's tolerance or range; else the best near miss's fraction. */
export function scoreNumeric(question: Readonly<QuestionOfType<"numeric">>, response: unknown): QuestionResult {
  const value = readNumber(response);
  if (typeof value !== "number") return unscored(question, value);
  const feedback = feedbackFor(question);
  feedback.numericValue = value;
  if (hitsTarget(value, question.answer)) return scored(question, 1, feedback);
  let best: { fraction: number; feedback?: string | undefined } | null = null;
  for (const miss of question.nearMisses ?? []) {
    if (hitsTarget(value, miss.answer) && (best === null || miss.fraction > best.fraction)) best = miss;
  }
  if (best?.feedback !== undefined) feedback.messages.push(best.feedback);
  return scored(question, best?.fraction ?? 0, feedback);
}
