import type { QuestionResult } from "../types.js";

/**
 * Results that depend only on the question and a small outcome number (which choice, which
 * selection, which numeric band) are built once and shared, frozen. The engine treats questions
 * as immutable, so the memo is keyed by the question object and dies with it.
 */
const memos = new WeakMap<object, QuestionResult[]>();

/** Freezes an object and its arrays and plain-object fields, so shared results cannot be altered. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The shared result for `outcome` of `question`, built by `build(question, outcome)` on first
 * use. Outcome 0 is "unanswered"; each scorer numbers its own outcomes from 1.
 */
export function memoized<Q extends object>(
  question: Q,
  outcome: number,
  build: (question: Q, outcome: number) => QuestionResult,
): QuestionResult {
  let memo = memos.get(question);
  if (memo === undefined) {
    memo = [];
    memos.set(question, memo);
  }
  let result = memo[outcome];
  if (result === undefined) {
    result = deepFreeze(build(question, outcome));
    memo[outcome] = result;
  }
  return result;
}
