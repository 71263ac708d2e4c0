import { own } from "../../_lib/read.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult } from "../types.js";
import { validateMatching } from "../validate/matching.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";

/** Each premise matched to its keyed response earns 1/n (`per-pair`), or all must match (`all-or-nothing`). */
export function scoreMatching(question: Readonly<QuestionOfType<"matching">>, response: unknown): QuestionResult {
  const reason = blocking(validateMatching(question, response), true);
  if (reason) return unscored(question, reason);
  const record = response as Record<string, unknown>;
  const feedback = feedbackFor(question);
  const parts: PartFeedback[] = question.premises.map((premise) => {
    const given = own(record, premise.id);
    const expected = question.pairs[premise.id] as string;
    const part: PartFeedback = { id: premise.id, correct: given === expected, expected };
    if (typeof given === "string" && given !== "") part.given = given;
    return part;
  });
  feedback.parts = parts;
  const right = parts.filter((p) => p.correct).length;
  const fraction = question.scoring === "all-or-nothing" ? (right === parts.length ? 1 : 0) : right / parts.length;
  return scored(question, fraction, feedback);
}
