import { hitsTarget, readNumber } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult, ResultFeedback } from "../types.js";
import { memoized } from "./_compiled.js";
import { NO_MESSAGES, scored, unscored } from "./_shared.js";

type Numeric = Readonly<QuestionOfType<"numeric">>;

/** The result of each way a number can land: outcome 1 a hit, 2 nothing, i + 3 near miss i. */
function landing(question: Numeric, outcome: number): QuestionResult {
  const miss = question.nearMisses?.[outcome - 3];
  return scored(question, outcome === 1 ? 1 : miss ? miss.fraction : 0, {
    explanation: question.explanation,
    messages: miss?.feedback === undefined ? NO_MESSAGES : [miss.feedback],
  });
}

/**
 * Full credit inside the answer's tolerance or range; else the best near miss's fraction. When
 * the response was text, the feedback says which number it was read as.
 */
export function scoreNumeric(question: Readonly<QuestionOfType<"numeric">>, response: unknown): QuestionResult {
  const value = typeof response === "number" && Number.isFinite(response) ? response : readNumber(response);
  if (typeof value !== "number") return unscored(question, value);
  let landed = 2;
  if (hitsTarget(value, question.answer)) landed = 1;
  else {
    const misses = question.nearMisses ?? [];
    let best = -1; // a near miss worth 0 still lands, for its feedback
    for (let i = 0; i < misses.length; i++) {
      const miss = misses[i] as (typeof misses)[number];
      if (miss.fraction > best && hitsTarget(value, miss.answer)) {
        best = miss.fraction;
        landed = i + 3;
      }
    }
  }
  const result = memoized(question, landed, landing);
  if (typeof response === "number") return result;
  return { ...result, feedback: { ...(result.feedback as ResultFeedback), numericValue: value } };
}
