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
 * The shared, frozen result for each way a number can land: index 0 a hit, 1 nothing, i + 2 near
 * miss i.
 */
function results(question: Readonly<QuestionOfType<"numeric">>): QuestionResult[] {
  return derived(question, () => {
    const make = (fraction: number, message: string | undefined) =>
      deepFreeze(
        scored(question, fraction, {
          explanation: question.explanation,
          messages: message === undefined ? NO_MESSAGES : [message],
        }),
      );
    return [
      make(1, undefined),
      make(0, undefined),
      ...(question.nearMisses ?? []).map((m) => make(m.fraction, m.feedback)),
    ];
  });
}

/**
 * Full credit inside the answer's tolerance or range; else the best near miss's fraction. When
 * the response was text, the feedback says which number it was read as.
 */
export function scoreNumeric(question: Readonly<QuestionOfType<"numeric">>, response: unknown): QuestionResult {
  const value = typeof response === "number" && Number.isFinite(response) ? response : readNumber(response);
  if (typeof value !== "number") return unscored(question, value);
  let landed = 1;
  if (hitsTarget(value, question.answer)) landed = 0;
  else {
    const misses = question.nearMisses ?? [];
    let best = -1; // a near miss worth 0 still lands, for its feedback
    for (let i = 0; i < misses.length; i++) {
      const miss = misses[i] as (typeof misses)[number];
      if (miss.fraction > best && hitsTarget(value, miss.answer)) {
        best = miss.fraction;
        landed = i + 2;
      }
    }
  }
  const result = results(question)[landed] as QuestionResult;
  if (typeof response === "number") return result;
  return { ...result, feedback: { ...(result.feedback as ResultFeedback), numericValue: value } };
}
