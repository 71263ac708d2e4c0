import { own } from "../../_lib/read.js";
import { pointsOf, round } from "../../_lib/semantics.js";
import type { QuestionOfType, QuestionType } from "../../schema/types.js";
import type { InvalidReason, PartFeedback, QuestionResult, ResponseValidation, ResultFeedback } from "../types.js";
import { memoized } from "./_compiled.js";

type AnyQuestion = Readonly<QuestionOfType<QuestionType>>;

/** Builds a scored result from a credit fraction. */
export function scored(question: AnyQuestion, fraction: number, feedback: ResultFeedback): QuestionResult {
  const possible = pointsOf(question);
  const earned = fraction === 1 ? possible : fraction === 0 ? 0 : round(fraction * possible);
  const status = earned >= possible ? "correct" : earned > 0 ? "partial" : "incorrect";
  return { questionId: question.id, status, earned, possible, feedback };
}

/**
 * Turns a failed validation into a result: nothing given scores `unanswered`, anything else
 * `invalid` with its reason and no feedback, so an invalid response learns nothing about the key.
 */
export function unscored(question: AnyQuestion, reason: InvalidReason): QuestionResult {
  if (reason === "empty_response") return memoized(question, 0, unanswered);
  return { questionId: question.id, status: "invalid", earned: 0, possible: pointsOf(question), reason };
}

function unanswered(question: AnyQuestion): QuestionResult {
  return { questionId: question.id, status: "unanswered", earned: 0, possible: pointsOf(question) };
}

/** The unscored result for a rejected response, or null when it may be scored (`incomplete` too, if allowed). */
export function unscorable(
  question: AnyQuestion,
  verdict: ResponseValidation,
  allowIncomplete = false,
): QuestionResult | null {
  return verdict.valid || (allowIncomplete && verdict.reason === "incomplete")
    ? null
    : unscored(question, verdict.reason);
}

/** Shared empty message list: most results have no author feedback, so they share one frozen array. */
export const NO_MESSAGES: string[] = Object.freeze([]) as unknown as string[];

/** Starts a feedback object with the explanation. */
export function feedbackFor(question: { explanation: string }): ResultFeedback {
  return { explanation: question.explanation, messages: [] };
}

/**
 * Scores a record response key by key (matching, categorize): each key earns 1/n when it maps to
 * its expected id; with `allOrNothing`, only a fully right response earns anything.
 */
export function scoreKeyed<T extends { id: string }>(
  question: AnyQuestion,
  verdict: ResponseValidation,
  response: unknown,
  keys: readonly T[],
  expectedOf: (key: T) => string,
  allOrNothing: boolean,
): QuestionResult {
  const rejected = unscorable(question, verdict, true);
  if (rejected) return rejected;
  let right = 0;
  const feedback = feedbackFor(question);
  feedback.parts = keys.map((key) => {
    const given = own(response as Record<string, unknown>, key.id);
    const expected = expectedOf(key);
    const part: PartFeedback = { id: key.id, correct: given === expected, expected };
    if (part.correct) right++;
    if (typeof given === "string" && given !== "") part.given = given;
    return part;
  });
  return scored(question, right === keys.length ? 1 : allOrNothing ? 0 : right / keys.length, feedback);
}
