import type { Question } from "../../schema/types.js";
import type { QuestionResult, ResponseValidation } from "../types.js";
import { validateCategorize } from "../validate/categorize.js";
import { validateCloze } from "../validate/cloze.js";
import { validateMatching } from "../validate/matching.js";
import { validateMultipleChoice } from "../validate/multiple-choice.js";
import { validateNumeric } from "../validate/numeric.js";
import { validateOrdering } from "../validate/ordering.js";
import { validateShortText } from "../validate/short-text.js";
import { validateSingleChoice } from "../validate/single-choice.js";
import { validateTrueFalse } from "../validate/true-false.js";
import { rejectedResult } from "./_shared.js";
import { scoreCategorize } from "./categorize.js";
import { scoreCloze } from "./cloze.js";
import { scoreMatching } from "./matching.js";
import { scoreMultipleChoice } from "./multiple-choice.js";
import { scoreNumeric } from "./numeric.js";
import { scoreOrdering } from "./ordering.js";
import { scoreShortText } from "./short-text.js";
import { scoreSingleChoice } from "./single-choice.js";
import { scoreTrueFalse } from "./true-false.js";

export { rejectedResult };

/**
 * Scores one response to one question: the type's validator checks the response, then its scorer
 * scores it, the same two steps for every type. Pure and total: any value as a response gives a
 * result, never an exception. `undefined`, `null` and empty values score `unanswered`; anything
 * malformed scores `invalid` with a reason code and no feedback. Every call builds a new result,
 * which is the caller's to keep or change.
 *
 * @param question - A question from a lesson (with its answer key).
 * @param response - The learner's response; see the README for each type's shape.
 * @returns The question's result: status, points earned and possible, and feedback data.
 * @example
 * scoreQuestion(question, "president")
 * //=> { questionId: "who-vetoes", status: "correct", earned: 1, possible: 1, feedback: { ... } }
 */
export function scoreQuestion(question: Readonly<Question>, response: unknown): QuestionResult {
  try {
    return validateThenScore(question, response);
  } catch {
    // Only values built in code (proxies, getters that throw) get here, never parsed JSON.
    return rejectedResult(question, "wrong_type");
  }
}

/**
 * The two steps per type. A switch, not a lookup table: each case is a direct call that the JIT
 * can inline, which `npm run bench` measures as the difference between the warm-path target met
 * and missed; the `never` default still has the compiler check that every type is handled.
 * Matching, cloze and categorize score a partly answered response (`incomplete`): missing parts
 * earn nothing.
 */
function validateThenScore(question: Readonly<Question>, response: unknown): QuestionResult {
  let verdict: ResponseValidation;
  switch (question.type) {
    case "single-choice":
      verdict = validateSingleChoice(question, response);
      return verdict.valid ? scoreSingleChoice(question, response as string) : rejectedResult(question, verdict.reason);
    case "multiple-choice":
      verdict = validateMultipleChoice(question, response);
      return verdict.valid
        ? scoreMultipleChoice(question, response as string[])
        : rejectedResult(question, verdict.reason);
    case "true-false":
      verdict = validateTrueFalse(question, response);
      return verdict.valid ? scoreTrueFalse(question, response as boolean) : rejectedResult(question, verdict.reason);
    case "short-text":
      verdict = validateShortText(question, response);
      return verdict.valid ? scoreShortText(question, response as string) : rejectedResult(question, verdict.reason);
    case "numeric":
      verdict = validateNumeric(question, response);
      return verdict.valid
        ? scoreNumeric(question, response as number | string)
        : rejectedResult(question, verdict.reason);
    case "ordering":
      verdict = validateOrdering(question, response);
      return verdict.valid ? scoreOrdering(question, response as string[]) : rejectedResult(question, verdict.reason);
    case "matching":
      verdict = validateMatching(question, response);
      return scoresPart(verdict)
        ? scoreMatching(question, response as Record<string, unknown>)
        : rejectedResult(question, (verdict as InvalidVerdict).reason);
    case "cloze":
      verdict = validateCloze(question, response);
      return scoresPart(verdict)
        ? scoreCloze(question, response as Record<string, unknown>)
        : rejectedResult(question, (verdict as InvalidVerdict).reason);
    case "categorize":
      verdict = validateCategorize(question, response);
      return scoresPart(verdict)
        ? scoreCategorize(question, response as Record<string, unknown>)
        : rejectedResult(question, (verdict as InvalidVerdict).reason);
    default:
      return withoutScorer(question);
  }
}

type InvalidVerdict = Extract<ResponseValidation, { valid: false }>;

/** Whether a verdict lets a record response be scored: valid, or only some parts left empty. */
function scoresPart(verdict: ResponseValidation): boolean {
  return verdict.valid || verdict.reason === "incomplete";
}

/** A question of no known type (only reachable from untyped code) scores `invalid`. */
function withoutScorer(question: never): QuestionResult {
  return rejectedResult(question, "unknown_question");
}
