import type { NumericTarget, QuestionOfType } from "../../schema/types.js";
import type { QuestionResult, ResultFeedback } from "../types.js";
import { readNumber } from "../validate/numeric.js";
import { deepFreeze, derived } from "./_compiled.js";
import { NO_MESSAGES, scored, unscored } from "./_shared.js";

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

/**
 * The shared feedback for each way a response can land: index 0 for the answer or nothing (no
 * author message), index i + 1 for near miss i.
 */
function feedbacks(question: Readonly<QuestionOfType<"numeric">>): ResultFeedback[] {
  return derived(question, () =>
    [undefined, ...(question.nearMisses ?? []).map((m) => m.feedback)].map((message) =>
      deepFreeze({ explanation: question.explanation, messages: message === undefined ? NO_MESSAGES : [message] }),
    ),
  );
}

/**
 * Full credit inside the answer's tolerance or range; else the best near miss's fraction. When
 * the response was text, the feedback says which number it was read as.
 */
export function scoreNumeric(question: Readonly<QuestionOfType<"numeric">>, response: unknown): QuestionResult {
  const value = typeof response === "number" && Number.isFinite(response) ? response : readNumber(response);
  if (typeof value !== "number") return unscored(question, value);
  let fraction = 0;
  let landed = 0;
  if (hitsTarget(value, question.answer)) fraction = 1;
  else {
    const misses = question.nearMisses ?? [];
    for (let i = 0; i < misses.length; i++) {
      const miss = misses[i] as (typeof misses)[number];
      if (miss.fraction > fraction && hitsTarget(value, miss.answer)) {
        fraction = miss.fraction;
        landed = i + 1;
      }
    }
  }
  const feedback = feedbacks(question)[landed] as ResultFeedback;
  return scored(question, fraction, typeof response === "number" ? feedback : { ...feedback, numericValue: value });
}
