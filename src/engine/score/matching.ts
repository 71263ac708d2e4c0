import { matchingScoringOf } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { scoreKeyed } from "./_shared.js";

/** Each premise matched to its keyed response earns 1/n (`per-pair`), or all must match (`all-or-nothing`). */
export function scoreMatching(
  question: Readonly<QuestionOfType<"matching">>,
  response: Record<string, unknown>,
): QuestionResult {
  return scoreKeyed(question, response, question.premises, (p) => question.pairs[p.id] as string, {
    allOrNothing: matchingScoringOf(question) === "all-or-nothing",
  });
}
