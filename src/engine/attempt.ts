import { nanoid } from "nanoid";
import { orderByHash } from "../_lib/prng.js";
import { hasUnsafeKey, isPlainRecord } from "../_lib/read.js";
import { type Instant, toMillis } from "../_lib/time.js";
import { QuizError } from "../errors.js";
import type { Question } from "../schema/types.js";
import { DEFAULT_SEED, shuffleOptions, toPublicQuestion } from "./public/index.js";
import type { OptionOrder, PublicQuestion } from "./public/types.js";
import { drawQuestions, type Excerpt, type Quiz, type QuizSettings } from "./quiz.js";
import { type AttemptResult, summarize } from "./result.js";
import { round } from "./score/_shared.js";
import { scoreQuestion } from "./score/index.js";
import type { InvalidReason, QuestionResult } from "./types.js";

/** One recorded answer. */
export interface RecordedAnswer {
  /** The response as given (a JSON copy), or null when it could not be stored (see `rejected`). */
  response: unknown;
  /** Why the response could not be stored as JSON; it scores `invalid` with this reason. */
  rejected?: InvalidReason;
  /** When it was given (ISO 8601). */
  answeredAt: string;
}

/**
 * A learner's attempt at a quiz: the drawn questions (with keys: keep it on the server), the
 * option orders they saw, answers, hints and timestamps. Plain JSON: `JSON.parse(JSON.stringify(attempt))`
 * resumes to the identical result.
 */
export interface Attempt {
  /** Distinguishes an attempt from a quiz in JSON. */
  kind: "attempt";
  /** Version of this JSON shape. */
  schemaVersion: 1;
  /** The attempt id (nanoid unless given). */
  id: string;
  /** The quiz id. */
  quizId: string;
  /** The quiz title, if any. */
  title?: string;
  /** The seed the draw and shuffles came from. */
  seed: string;
  /** When it started (ISO 8601). */
  startedAt: string;
  /** When answers stop counting (ISO 8601), or null without a time limit. */
  deadline: string | null;
  /** When it was submitted, or null while in progress. */
  submittedAt: string | null;
  /** Settings copied from the quiz. */
  settings: QuizSettings;
  /** The drawn questions, in the order shown. */
  questions: Question[];
  /** Option order per question id. */
  optionOrders: Record<string, OptionOrder>;
  /** Excerpts per question id. */
  excerpts: Record<string, Excerpt>;
  /** Answers given in time, by question id (a later answer replaces an earlier one). */
  answers: Record<string, RecordedAnswer>;
  /** Answers given after the deadline, recorded but not counted. */
  lateAnswers: Record<string, RecordedAnswer>;
  /** Hints revealed per question id. */
  hintsRevealed: Record<string, number>;
}

/** Options for time-stamped operations. */
export interface Clock {
  /** The current time, supplied by the caller (the engine never reads the clock). */
  now: Instant;
}

function iso(now: Instant, what: string): string {
  const ms = toMillis(now);
  if (Number.isNaN(ms)) throw new QuizError("invalid_time", `${what}: "now" is not a valid time`);
  return new Date(ms).toISOString();
}

function questionIn(attempt: Attempt, questionId: string): Question {
  const question = attempt.questions.find((q) => q.id === questionId);
  if (!question)
    throw new QuizError("unknown_question", `question "${questionId}" is not part of attempt "${attempt.id}"`);
  return question;
}

function assertOpen(attempt: Attempt): void {
  if (attempt.submittedAt !== null)
    throw new QuizError("attempt_submitted", `attempt "${attempt.id}" was already submitted`);
}

const MAX_RESPONSE_NODES = 2000;

/** Copies a response as JSON, or says why it cannot be kept (so a JSON round trip changes nothing). */
function storable(response: unknown): { value: unknown } | { rejected: InvalidReason } {
  let nodes = 0;
  const check = (value: unknown, depth: number): InvalidReason | null => {
    if (++nodes > MAX_RESPONSE_NODES || depth > 16) return "too_long";
    if (value === null || typeof value === "string" || typeof value === "boolean") return null;
    if (typeof value === "number") return Number.isFinite(value) ? null : "not_a_number";
    if (Array.isArray(value)) {
      for (const item of value) {
        const problem = check(item, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    if (isPlainRecord(value)) {
      if (hasUnsafeKey(value)) return "unsafe_key";
      for (const key of Object.keys(value)) {
        const problem = check(value[key], depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    return "wrong_type";
  };
  if (response === undefined) return { value: null };
  const problem = check(response, 0);
  return problem ? { rejected: problem } : { value: JSON.parse(JSON.stringify(response)) };
}

/**
 * Starts an attempt: draws and orders the questions and shuffles options from the seed and each
 * question's id (never its position). The same quiz and seed always give the same attempt.
 *
 * @param quiz - From {@link createQuiz}.
 * @param options - `seed` (any string), `now`, and optionally a fixed `id`.
 * @returns A new attempt.
 * @throws {@link QuizError} `unsatisfiable_quiz` if this seed's draw cannot be met.
 * @example
 * const attempt = startAttempt(quiz, { seed: "learner-7", now: "2026-01-05T09:00:00Z" });
 * attempt.questions.length
 * //=> 10
 */
export function startAttempt(quiz: Quiz, options: Clock & { seed: string; id?: string }): Attempt {
  const startedAt = iso(options.now, "startAttempt");
  const ids = drawQuestions(quiz, options.seed);
  const ordered = quiz.settings.shuffleQuestions ? orderByHash(ids, options.seed, quiz.id) : ids;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions = ordered.map((id) => byId.get(id) as Question);
  const optionOrders: Attempt["optionOrders"] = {};
  const excerpts: Attempt["excerpts"] = {};
  for (const question of questions) {
    optionOrders[question.id] = shuffleOptions(question, quiz.settings.shuffleOptions ? options.seed : DEFAULT_SEED);
    const excerpt = quiz.excerpts[question.id];
    if (excerpt) excerpts[question.id] = excerpt;
  }
  const limit = quiz.settings.timeLimitSeconds;
  const attempt: Attempt = {
    kind: "attempt",
    schemaVersion: 1,
    id: options.id ?? nanoid(),
    quizId: quiz.id,
    seed: options.seed,
    startedAt,
    deadline: limit === null ? null : new Date(Date.parse(startedAt) + limit * 1000).toISOString(),
    submittedAt: null,
    settings: { ...quiz.settings },
    questions,
    optionOrders,
    excerpts,
    answers: {},
    lateAnswers: {},
    hintsRevealed: {},
  };
  if (quiz.title !== undefined) attempt.title = quiz.title;
  return attempt;
}

function isLate(attempt: Attempt, at: string): boolean {
  return attempt.deadline !== null && Date.parse(at) > Date.parse(attempt.deadline);
}

/**
 * Records a response. Pure: returns a new attempt. The response is never judged here, and any
 * value is accepted (malformed ones score `invalid` later). Answers after the deadline go to
 * `lateAnswers` and do not count.
 *
 * @param attempt - An attempt in progress.
 * @param questionId - A question of the attempt.
 * @param response - The learner's response.
 * @param clock - `{ now }`.
 * @returns The new attempt.
 * @throws {@link QuizError} `unknown_question` or `attempt_submitted`.
 * @example
 * attempt = answerQuestion(attempt, "who-vetoes", "president", { now: "2026-01-05T09:01:00Z" });
 * attempt.answers["who-vetoes"].response
 * //=> "president"
 */
export function answerQuestion(attempt: Attempt, questionId: string, response: unknown, clock: Clock): Attempt {
  assertOpen(attempt);
  questionIn(attempt, questionId);
  const answeredAt = iso(clock.now, "answerQuestion");
  const record = recordOf(response, answeredAt);
  if (isLate(attempt, answeredAt)) return { ...attempt, lateAnswers: { ...attempt.lateAnswers, [questionId]: record } };
  return { ...attempt, answers: { ...attempt.answers, [questionId]: record } };
}

function recordOf(response: unknown, answeredAt: string): RecordedAnswer {
  const stored = storable(response);
  return "rejected" in stored
    ? { response: null, rejected: stored.rejected, answeredAt }
    : { response: stored.value, answeredAt };
}

/**
 * Reveals the next hint of a question, one at a time, and counts it (a quiz may deduct
 * `hintPenalty` per hint).
 *
 * @param attempt - An attempt in progress.
 * @param questionId - A question of the attempt.
 * @param clock - `{ now }` (hints after the deadline are still shown but change nothing).
 * @returns The new attempt and the hint's Markdown, or `hint: null` when none are left.
 * @example
 * const { attempt: next, hint } = revealHint(attempt, "tf-review", { now: "2026-01-05T09:02:00Z" });
 * hint
 * //=> "Think about what courts do with laws that conflict with the Constitution."
 */
export function revealHint(
  attempt: Attempt,
  questionId: string,
  clock: Clock,
): { attempt: Attempt; hint: string | null; hintIndex: number | null } {
  assertOpen(attempt);
  const question = questionIn(attempt, questionId);
  const at = iso(clock.now, "revealHint");
  const used = attempt.hintsRevealed[questionId] ?? 0;
  const hint = question.hints?.[used];
  if (hint === undefined) return { attempt, hint: null, hintIndex: null };
  if (isLate(attempt, at)) return { attempt, hint, hintIndex: used };
  return {
    attempt: { ...attempt, hintsRevealed: { ...attempt.hintsRevealed, [questionId]: used + 1 } },
    hint,
    hintIndex: used,
  };
}

function scoreOne(attempt: Attempt, question: Question): QuestionResult {
  const answer = attempt.answers[question.id];
  let result: QuestionResult;
  if (answer === undefined) {
    result = { questionId: question.id, status: "unanswered", earned: 0, possible: question.points ?? 1 };
    if (attempt.lateAnswers[question.id] !== undefined) result.late = true;
  } else if (answer.rejected !== undefined) {
    result = {
      questionId: question.id,
      status: "invalid",
      earned: 0,
      possible: question.points ?? 1,
      reason: answer.rejected,
    };
  } else {
    result = scoreQuestion(question, answer.response);
  }
  const hints = attempt.hintsRevealed[question.id] ?? 0;
  if (hints > 0) {
    result.hintsUsed = hints;
    if (result.earned > 0)
      result.earned = round(Math.max(0, result.earned - hints * attempt.settings.hintPenalty * result.possible));
  }
  return result;
}

/**
 * Scores an attempt as it stands (for regrading, or a live score before submission).
 *
 * @param attempt - Any attempt.
 * @param clock - `{ now }`, used for the duration of an attempt not yet submitted.
 * @returns The attempt's result.
 * @example
 * scoreAttempt(attempt, { now: "2026-01-05T09:10:00Z" }).percent
 * //=> 85
 */
export function scoreAttempt(attempt: Attempt, clock?: Clock): AttemptResult {
  const end = attempt.submittedAt ?? (clock ? iso(clock.now, "scoreAttempt") : attempt.startedAt);
  const results = attempt.questions.map((q) => scoreOne(attempt, q));
  return summarize(attempt.questions, results, {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    startedAt: Date.parse(attempt.startedAt),
    submittedAt: Date.parse(end),
    passingPercent: attempt.settings.passingPercent,
    masteryThreshold: attempt.settings.masteryThreshold,
  });
}

/**
 * Submits an attempt and scores it.
 *
 * @param attempt - An attempt in progress.
 * @param clock - `{ now }`.
 * @returns The submitted attempt and its result.
 * @throws {@link QuizError} `attempt_submitted` if it was already submitted.
 * @example
 * const { result } = submitAttempt(attempt, { now: "2026-01-05T09:10:00Z" });
 * result.passed
 * //=> true
 */
export function submitAttempt(attempt: Attempt, clock: Clock): { attempt: Attempt; result: AttemptResult } {
  assertOpen(attempt);
  const submitted: Attempt = { ...attempt, submittedAt: iso(clock.now, "submitAttempt") };
  return { attempt: submitted, result: scoreAttempt(submitted) };
}

/** What {@link scoreSubmission} returns. */
export interface SubmissionResult {
  /** The scored result. */
  result: AttemptResult;
  /** The submitted attempt, when an attempt was scored. */
  attempt?: Attempt;
  /** Question ids in the submission that are not in the quiz or attempt (ignored). */
  ignoredQuestionIds: string[];
  /** Set when the submission itself was not a record of responses; every question is then unanswered. */
  rejected?: InvalidReason;
}

/**
 * Scores responses posted by a browser, on the server, so keys never leave it. Takes an attempt
 * (records every response, then submits it) or a quiz (scores every question of its pool, for
 * quizzes without a draw). Never throws on the posted data.
 *
 * @param target - A quiz or an attempt in progress.
 * @param responses - Untrusted data: a record question id → response.
 * @param clock - `{ now }`.
 * @returns The result, the submitted attempt (for an attempt) and any ignored question ids.
 * @throws {@link QuizError} `attempt_submitted` when the attempt was already submitted.
 * @example
 * const { result } = scoreSubmission(attempt, JSON.parse(body), { now: new Date() });
 * result.earned
 * //=> 14.5
 */
export function scoreSubmission(target: Quiz | Attempt, responses: unknown, clock: Clock): SubmissionResult {
  let attempt: Attempt =
    target.kind === "attempt"
      ? target
      : startAttempt(
          { ...target, draw: [], maxQuestions: null, settings: { ...target.settings, shuffleQuestions: false } },
          { seed: "", now: clock.now, id: `${target.id}-submission` },
        );
  assertOpen(attempt);
  const ignoredQuestionIds: string[] = [];
  let rejected: InvalidReason | undefined;
  if (responses !== undefined && responses !== null) {
    if (!isPlainRecord(responses)) rejected = "wrong_type";
    else if (hasUnsafeKey(responses)) rejected = "unsafe_key";
    else {
      // One copy of the answer maps for the whole submission, not one per answer.
      const at = iso(clock.now, "scoreSubmission");
      const late = isLate(attempt, at);
      const answers = { ...(late ? attempt.lateAnswers : attempt.answers) };
      const known = new Set(attempt.questions.map((q) => q.id));
      for (const id of Object.keys(responses)) {
        if (known.has(id)) answers[id] = recordOf(responses[id], at);
        else ignoredQuestionIds.push(id);
      }
      attempt = late ? { ...attempt, lateAnswers: answers } : { ...attempt, answers };
    }
  }
  const submitted = submitAttempt(attempt, clock);
  const out: SubmissionResult = { result: submitted.result, ignoredQuestionIds };
  if (target.kind === "attempt") out.attempt = submitted.attempt;
  if (rejected) out.rejected = rejected;
  return out;
}

/** What a learner's browser may see of an attempt: public questions in order, their own answers, revealed hints. */
export interface PublicAttempt {
  /** The attempt id. */
  id: string;
  /** The quiz id. */
  quizId: string;
  /** The quiz title, if any. */
  title?: string;
  /** When it started. */
  startedAt: string;
  /** When answers stop counting, or null. */
  deadline: string | null;
  /** When it was submitted, or null. */
  submittedAt: string | null;
  /** Public questions in the order shown, options in the attempt's order. */
  questions: PublicQuestion[];
  /** The learner's own on-time responses, for resuming. */
  responses: Record<string, unknown>;
  /** Hints already revealed, per question id. */
  revealedHints: Record<string, string[]>;
}

/**
 * The learner's view of an attempt: questions without keys, in the attempt's order, with the
 * learner's own responses and the hints they revealed.
 *
 * @param attempt - Any attempt.
 * @returns A public attempt, safe to send to a browser.
 * @example
 * JSON.stringify(toPublicAttempt(attempt)).includes('"correct"')
 * //=> false
 */
export function toPublicAttempt(attempt: Attempt): PublicAttempt {
  const questions = attempt.questions.map((q) => {
    const order = attempt.optionOrders[q.id];
    const view = toPublicQuestion(q, order ? { order } : { seed: attempt.seed });
    const excerpt = attempt.excerpts[q.id];
    if (excerpt) view.excerpt = { ...excerpt };
    return view;
  });
  const responses: Record<string, unknown> = {};
  for (const [id, answer] of Object.entries(attempt.answers))
    if (answer.rejected === undefined) responses[id] = answer.response;
  const revealedHints: Record<string, string[]> = {};
  for (const q of attempt.questions) {
    const used = attempt.hintsRevealed[q.id] ?? 0;
    if (used > 0) revealedHints[q.id] = (q.hints ?? []).slice(0, used);
  }
  const view: PublicAttempt = {
    id: attempt.id,
    quizId: attempt.quizId,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    submittedAt: attempt.submittedAt,
    questions,
    responses,
    revealedHints,
  };
  if (attempt.title !== undefined) view.title = attempt.title;
  return view;
}
