import { QuizError } from "../errors.js";
import { millisecondsOf } from "./_clock.js";
import { keyedResponse } from "./keyed.js";
import type { Quiz } from "./quiz.js";
import type { AttemptResult, ObjectiveResult, TagResult } from "./result.js";
import type { Instant, InvalidReason, QuestionStatus } from "./types.js";

/**
 * When one part of a result may be shown to the learner: straight away, once they have used their
 * last allowed attempt, never, or from a date (ISO 8601).
 */
export type ReviewTiming =
  | "immediately"
  | "after-last-attempt"
  | "never"
  | {
      /** The ISO 8601 date-time from which the part is shown. */
      after: string;
    };

/**
 * What a result may show the learner, and when, part by part (like Moodle's review options).
 * Default: the score immediately, everything else after the last allowed attempt.
 */
export interface ReviewPolicy {
  /** The totals: points earned, percent, passed, and counts by status. */
  score: ReviewTiming;
  /** Which questions (and parts) were right, with their points, and mastery per objective and tag. */
  correctness: ReviewTiming;
  /** The author's feedback messages for the responses given. */
  feedback: ReviewTiming;
  /** A response that earns full credit, for each question. */
  correctResponses: ReviewTiming;
  /** Each question's explanation. */
  explanations: ReviewTiming;
}

/** One part of a result that a {@link ReviewPolicy} controls. */
export type ReviewAspect = keyof ReviewPolicy;

/** Whether a part of a result is shown now, and if not, when it will be (or `never`). */
export type ReviewState =
  | "shown"
  | "after-last-attempt"
  | "never"
  | {
      /** The ISO 8601 date-time from which the part will be shown. */
      after: string;
    };

const ASPECTS: readonly ReviewAspect[] = ["score", "correctness", "feedback", "correctResponses", "explanations"];

/** The policy when a quiz sets none: the score at once, everything that gives the key away after the last attempt. */
export const DEFAULT_REVIEW_POLICY: Readonly<ReviewPolicy> = {
  score: "immediately",
  correctness: "after-last-attempt",
  feedback: "after-last-attempt",
  correctResponses: "after-last-attempt",
  explanations: "after-last-attempt",
};

/** Checks a quiz spec's review options and fills in the defaults; dates become ISO 8601 UTC. */
export function reviewPolicyOf(given: unknown): ReviewPolicy {
  if (given === undefined) return { ...DEFAULT_REVIEW_POLICY };
  if (typeof given !== "object" || given === null || Array.isArray(given))
    throw new QuizError("invalid_quiz_spec", "review must be an object");
  const policy = { ...DEFAULT_REVIEW_POLICY };
  for (const [aspect, timing] of Object.entries(given)) {
    if (!ASPECTS.includes(aspect as ReviewAspect))
      throw new QuizError("invalid_quiz_spec", `review.${aspect} is not a review option (${ASPECTS.join(", ")})`);
    policy[aspect as ReviewAspect] = timingOf(timing, `review.${aspect}`);
  }
  return policy;
}

function timingOf(timing: unknown, name: string): ReviewTiming {
  if (timing === "immediately" || timing === "after-last-attempt" || timing === "never") return timing;
  const after: unknown = typeof timing === "object" && timing !== null ? (timing as { after?: unknown }).after : null;
  if (typeof after !== "string" || Object.keys(timing as object).length !== 1)
    throw new QuizError(
      "invalid_quiz_spec",
      `${name} must be "immediately", "after-last-attempt", "never" or { after: an ISO 8601 date-time }`,
    );
  try {
    return { after: new Date(millisecondsOf(after, `${name}.after`)).toISOString() };
  } catch (error) {
    throw new QuizError("invalid_quiz_spec", (error as Error).message);
  }
}

/** One question of a {@link PublicResult}: always its points and timing; the rest as the review policy allows. */
export interface PublicQuestionResult {
  /** The question id. */
  questionId: string;
  /** Points available. */
  possible: number;
  /** Hints the learner revealed for it. */
  hintsUsed: number;
  /** True when its only answer came after the time limit (and did not count). */
  late: boolean;
  /** How it ended (when correctness is shown). */
  status?: QuestionStatus;
  /** Points earned (when correctness is shown). */
  earned?: number;
  /** Why the response could not be scored, for `invalid` (when correctness is shown). */
  reason?: InvalidReason;
  /** Which parts were right: blanks, pairs, items or positions (when correctness is shown). */
  parts?: {
    /** The blank, premise or item id, or the position for ordering. */
    id: string;
    /** Whether the part earned credit. */
    correct: boolean;
  }[];
  /** The author's feedback messages for the response given (when feedback is shown). */
  messages?: string[];
  /** A response that earns full credit, as from {@link keyedResponse} (when correct responses are shown). */
  correctResponse?: unknown;
  /** Why the right answer is right, in Markdown (when explanations are shown). */
  explanation?: string;
}

/** The state of each part of a result under the quiz's review policy. */
export interface ReviewStates {
  /** The totals. */
  score: ReviewState;
  /** Which questions were right. */
  correctness: ReviewState;
  /** Feedback messages. */
  feedback: ReviewState;
  /** Correct responses. */
  correctResponses: ReviewState;
  /** Explanations. */
  explanations: ReviewState;
}

/**
 * What a learner's browser may see of a result, under the quiz's review policy. Plain JSON. Fields
 * that the policy hides are `null` (totals) or absent (per question); `review` says when each part
 * will be shown.
 */
export interface PublicResult {
  /** The attempt id. */
  attemptId: string;
  /** The quiz id. */
  quizId: string;
  /** When the attempt started (ISO 8601). */
  startedAt: string;
  /** When it was submitted (ISO 8601). */
  submittedAt: string;
  /** Seconds between start and submission. */
  durationSeconds: number;
  /** Points earned, or null while the score is hidden. */
  earned: number | null;
  /** Points possible. */
  possible: number;
  /** Percent earned, or null while the score is hidden. */
  percent: number | null;
  /** Whether the learner passed, or null while the score is hidden. */
  passed: boolean | null;
  /** Questions per status and late answers, or null while the score is hidden. */
  counts: AttemptResult["counts"] | null;
  /** Mastery per objective, or null while correctness is hidden. */
  objectives: ObjectiveResult[] | null;
  /** Points per tag, or null while correctness is hidden. */
  tags: TagResult[] | null;
  /** Attempts the learner has submitted at this quiz, this one included. */
  attemptsUsed: number;
  /** Attempts allowed, or null for unlimited. */
  maxAttempts: number | null;
  /** One entry per question, in the order the learner saw them. */
  questions: PublicQuestionResult[];
  /** For each part of the result: shown, or when it will be. */
  review: ReviewStates;
  /** The earliest date at which a hidden part will be shown, or null when no date is set. */
  reviewAvailableAt: string | null;
}

/** Options of {@link toPublicResult}. */
export interface ReviewOptions {
  /**
   * How many attempts at this quiz the learner has submitted, this one included. Count submitted
   * attempts only: "after the last attempt" must not arrive while another attempt is in progress.
   */
  attemptsUsed: number;
  /** The current time, supplied by the caller. */
  now: Instant;
}

/**
 * The learner's view of a result: what the quiz's review policy allows at this moment, and when
 * the rest will be shown. The attempt id, the points possible, timing, `attemptsUsed` and
 * `maxAttempts` are always there; totals need `score`; status, points and parts per question need
 * `correctness`; messages need `feedback`; keyed responses need `correctResponses`; explanations
 * need `explanations`. Everything else an {@link AttemptResult} holds (selected and correct ids,
 * expected parts, matched answers) stays on the server.
 *
 * @param result - The attempt's result (from `scoreSubmission`, `submitAttempt` or `scoreAttempt`).
 * @param quiz - The quiz the attempt was started from (its review policy, attempt limit and keys).
 * @param options - `attemptsUsed` (submitted attempts, this one included) and `now`.
 * @returns JSON that is safe to send to the learner's browser.
 * @throws {@link QuizError} `invalid_time` for an unreadable `now`, `invalid_argument` for a bad `attemptsUsed`.
 * @example
 * const view = toPublicResult(result, quiz, { attemptsUsed: 1, now: new Date() });
 * [view.percent, view.questions[0].status, view.review.correctness]
 * //=> [80, undefined, "after-last-attempt"]
 */
export function toPublicResult(result: AttemptResult, quiz: Quiz, options: ReviewOptions): PublicResult {
  const now = millisecondsOf(options.now, "now");
  const used = options.attemptsUsed;
  if (!Number.isInteger(used) || used < 0)
    throw new QuizError("invalid_argument", "attemptsUsed must be a whole number of at least 0");
  const max = quiz.maxAttempts ?? null;
  const policy = quiz.review ?? DEFAULT_REVIEW_POLICY;
  const stateOf = (timing: ReviewTiming): ReviewState => {
    if (timing === "immediately") return "shown";
    if (timing === "never") return "never";
    if (timing === "after-last-attempt") {
      if (max === null) return "never";
      return used >= max ? "shown" : "after-last-attempt";
    }
    return Date.parse(timing.after) <= now ? "shown" : { after: timing.after };
  };
  const review: ReviewStates = {
    score: stateOf(policy.score),
    correctness: stateOf(policy.correctness),
    feedback: stateOf(policy.feedback),
    correctResponses: stateOf(policy.correctResponses),
    explanations: stateOf(policy.explanations),
  };
  const score = review.score === "shown";
  const correctness = review.correctness === "shown";
  const keys = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions = result.questions.map((r) => {
    const out: PublicQuestionResult = {
      questionId: r.questionId,
      possible: r.possible,
      hintsUsed: r.hintsUsed ?? 0,
      late: r.late === true,
    };
    if (correctness) {
      out.status = r.status;
      out.earned = r.earned;
      if (r.reason !== undefined) out.reason = r.reason;
      const parts = r.feedback?.parts;
      if (parts) out.parts = parts.map((p) => ({ id: p.id, correct: p.correct }));
    }
    if (review.feedback === "shown") out.messages = [...(r.feedback?.messages ?? [])];
    const question = keys.get(r.questionId);
    if (question && review.correctResponses === "shown") out.correctResponse = keyedResponse(question);
    if (question && review.explanations === "shown") out.explanation = question.explanation;
    return out;
  });
  let reviewAvailableAt: string | null = null;
  for (const state of Object.values(review) as ReviewState[])
    if (
      typeof state === "object" &&
      (reviewAvailableAt === null || Date.parse(state.after) < Date.parse(reviewAvailableAt))
    )
      reviewAvailableAt = state.after;
  return {
    attemptId: result.attemptId,
    quizId: result.quizId,
    startedAt: result.startedAt,
    submittedAt: result.submittedAt,
    durationSeconds: result.durationSeconds,
    earned: score ? result.earned : null,
    possible: result.possible,
    percent: score ? result.percent : null,
    passed: score ? result.passed : null,
    counts: score ? { ...result.counts } : null,
    objectives: correctness ? result.objectives.map((o) => ({ ...o, questionIds: [...o.questionIds] })) : null,
    tags: correctness ? result.tags.map((t) => ({ ...t })) : null,
    attemptsUsed: used,
    maxAttempts: max,
    questions,
    review,
    reviewAvailableAt,
  };
}
