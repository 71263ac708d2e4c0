/**
 * Stand-ins for two engine functions the server needs before the engine provides them, with the
 * same names and meaning, so that switching is a change of import: `scoreSubmission` that rejects
 * a body that is not a record (leaving the attempt open) and answers a repeat with the stored
 * result, and `toPublicResult` under the default review policy (the score at once; correctness,
 * feedback, correct responses and explanations only after the learner's last allowed attempt).
 */
import {
  type Attempt,
  type AttemptResult,
  type Clock,
  type Quiz,
  scoreSubmission as scoreAll,
  scoreAttempt,
} from "civics-lessons";

/** A quiz with the number of attempts each learner may submit (null: unlimited). */
export type LimitedQuiz = Quiz & { maxAttempts: number | null };

/** What {@link scoreSubmission} returns. */
export type Submission =
  | { accepted: true; repeated: boolean; attempt: Attempt; result: AttemptResult; ignoredQuestionIds: string[] }
  | { accepted: false; repeated: false; attempt: Attempt; reason: "not_a_record" | "no_known_questions" };

/** Scores a posted record of responses, refusing bodies that would only use the attempt up. */
export function scoreSubmission(attempt: Attempt, body: unknown, clock: Clock): Submission {
  if (attempt.submittedAt !== null)
    return { accepted: true, repeated: true, attempt, result: scoreAttempt(attempt), ignoredQuestionIds: [] };
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { accepted: false, repeated: false, attempt, reason: "not_a_record" };
  const keys = Object.keys(body);
  const known = new Set(attempt.questions.map((q) => q.id));
  if (keys.length > 0 && !keys.some((key) => known.has(key)))
    return { accepted: false, repeated: false, attempt, reason: "no_known_questions" };
  const scored = scoreAll(attempt, body, clock);
  return {
    accepted: true,
    repeated: false,
    attempt: scored.attempt as Attempt,
    result: scored.result,
    ignoredQuestionIds: scored.ignoredQuestionIds,
  };
}

/** One question of a public result. */
export interface PublicQuestionResult {
  questionId: string;
  possible: number;
  status?: AttemptResult["questions"][number]["status"];
  earned?: number;
  messages?: string[];
  explanation?: string;
}

/** What a learner's browser may see of a result. */
export interface PublicResult {
  attemptId: string;
  quizId: string;
  earned: number;
  possible: number;
  percent: number;
  passed: boolean;
  attemptsUsed: number;
  maxAttempts: number | null;
  questions: PublicQuestionResult[];
  reviewAvailableAt: "after-last-attempt" | null;
}

/** The result as the default review policy lets the learner see it now. */
export function toPublicResult(
  result: AttemptResult,
  quiz: LimitedQuiz,
  options: { attemptsUsed: number; now: Date },
): PublicResult {
  const { maxAttempts } = quiz;
  const open = maxAttempts !== null && options.attemptsUsed >= maxAttempts;
  const questions = result.questions.map((r) => {
    const view: PublicQuestionResult = { questionId: r.questionId, possible: r.possible };
    if (!open) return view;
    view.status = r.status;
    view.earned = r.earned;
    view.messages = [...(r.feedback?.messages ?? [])];
    if (r.feedback) view.explanation = r.feedback.explanation;
    return view;
  });
  const { attemptId, quizId, earned, possible, percent, passed } = result;
  return {
    ...{ attemptId, quizId, earned, possible, percent, passed },
    attemptsUsed: options.attemptsUsed,
    maxAttempts,
    questions,
    reviewAvailableAt: open || maxAttempts === null ? null : "after-last-attempt",
  };
}
