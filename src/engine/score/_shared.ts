import { own } from "../../_lib/read.js";
import { pointsOf, round } from "../../_lib/semantics.js";
import type { QuestionOfType, QuestionType } from "../../schema/types.js";
import type { InvalidReason, PartFeedback, QuestionResult, ResultFeedback } from "../types.js";

type AnyQuestion = Readonly<QuestionOfType<QuestionType>>;

/** Builds a scored result from a credit fraction. */
export function scored(question: AnyQuestion, fraction: number, feedback: ResultFeedback): QuestionResult {
  const possible = pointsOf(question);
  const earned = fraction === 1 ? possible : fraction === 0 ? 0 : round(fraction * possible);
  const status = earned >= possible ? "correct" : earned > 0 ? "partial" : "incorrect";
  return { questionId: question.id, status, earned, possible, feedback };
}

/**
 * The result of a response that is not scored: `unanswered` when nothing was given, else
 * `invalid` with the reason. Neither has feedback, so a malformed probe learns nothing about the key.
 */
export function rejectedResult(question: AnyQuestion, reason: InvalidReason): QuestionResult {
  const possible = pointsOf(question);
  if (reason === "empty_response") return { questionId: question.id, status: "unanswered", earned: 0, possible };
  return { questionId: question.id, status: "invalid", earned: 0, possible, reason };
}

/**
 * Scores a record response key by key (matching, categorize): each key earns 1/n when it maps to
 * its expected id; with `allOrNothing`, only a fully right response earns anything.
 */
export function scoreKeyed<T extends { id: string }>(
  question: AnyQuestion,
  response: Record<string, unknown>,
  keys: readonly T[],
  expectedOf: (key: T) => string,
  options: { allOrNothing: boolean },
): QuestionResult {
  let right = 0;
  const parts: PartFeedback[] = [];
  for (const key of keys) {
    const given = own(response, key.id);
    const expected = expectedOf(key);
    const part: PartFeedback = { id: key.id, correct: given === expected, expected };
    if (part.correct) right++;
    if (typeof given === "string" && given !== "") part.given = given;
    parts.push(part);
  }
  const fraction = right === keys.length ? 1 : options.allOrNothing ? 0 : right / keys.length;
  return scored(question, fraction, { explanation: question.explanation, messages: [], parts });
}
