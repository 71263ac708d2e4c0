import type { QuestionStatus } from "../engine/types.js";

/**
 * What the element reads from a question of a result. Every field but the id is optional: a
 * review policy decides what the server may show at a given time.
 */
export interface QuizResultQuestion {
  /** The question's id. */
  questionId: string;
  /** Its outcome, when correctness may be shown. */
  status?: QuestionStatus;
  /** Points earned, when correctness may be shown. */
  earned?: number;
  /** Points available. */
  possible?: number;
  /** Author-written feedback messages, when feedback may be shown. */
  messages?: string[];
  /** The keyed response, in the shape of a response, when correct responses may be shown. */
  correctResponse?: unknown;
  /** Why the right answer is right (Markdown), when explanations may be shown. */
  explanation?: string;
}

/** What the element reads from a result: totals always, the rest when present. */
export interface QuizResult {
  /** The attempt's id. */
  attemptId?: string;
  /** Points earned. */
  earned: number;
  /** Points possible. */
  possible: number;
  /** earned / possible × 100. */
  percent: number;
  /** Whether the attempt reached the passing percentage. */
  passed: boolean;
  /** Attempts used so far, including this one. */
  attemptsUsed?: number;
  /** Attempts allowed, or null for no limit. */
  maxAttempts?: number | null;
  /** Per question, what may be shown now. */
  questions?: QuizResultQuestion[];
  /** When more of the review will be shown (ISO 8601), if ever. */
  reviewAvailableAt?: string | null;
}
