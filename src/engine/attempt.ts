import { nanoid } from "nanoid";
import { orderByHash } from "../_lib/prng.js";
import { hasUnsafeKey, isPlainRecord } from "../_lib/read.js";
import type { Instant } from "../_lib/time.js";
import { QuizError } from "../errors.js";
import type { Question } from "../schema/types.js";
import { DEFAULT_SEED, shuffleOptions, toPublicQuestion } from "./public/index.js";
import type { OptionOrder, PublicQuestion } from "./public/types.js";
import { drawQuestions, type Excerpt, type Quiz, type QuizSettings } from "./quiz.js";
import { type AttemptResult, summarize } from "./result.js";
import { round, unscored } from "./score/_shared.js";
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

/** What {@link revealHint} returns. */
export interface HintReveal {
  /** The attempt with the hint counted (unchanged when no hint was left or the deadline passed). */
  attempt: Attempt;
  /** The hint's Markdown, or null when the question has no more hints. */
  hint: string | null;
  /** Which hint this is (0-based), or null. */
  hintIndex: number | null;
}

/** What {@link submitAttempt} returns. */
export interface SubmittedAttempt {
  /** The attempt with `submittedAt` set. */
  attempt: Attempt;
  /** Its scored result. */
  result: AttemptResult;
}

/** Options for time-stamped operations. */
export interface Clock {
  /** The current time, supplied by the caller (the engine never reads the clock). */
  now: Instant;
}

function iso(now: Instant): string {
  const date = new Date(now instanceof Date || typeof now === "number" ? now : Date.parse(now));
  if (Number.isNaN(date.getTime())) throw new QuizError("invalid_time", `"now" is not a valid time`);
  return date.toISOString();
}

/** The question of an attempt still in progress. */
function questionIn(attempt: Attempt, questionId: string): Question {
  assertOpen(attempt);
  const question = attempt.questions.find((q) => q.id === questionId);
  if (!question) throw new QuizError("unknown_question", `unknown question "${questionId}"`);
  return question;
}

function assertOpen(attempt: Attempt): void {
  if (attempt.submittedAt !== null) throw new QuizError("attempt_submitted", "attempt already submitted");
}

/** Records a response as a JSON copy, or says why it cannot be kept (so a JSON round trip changes nothing). */
function recordOf(response: unknown, answeredAt: string): RecordedAnswer {
  let nodes = 0;
  const problemIn = (value: unknown, depth: number): InvalidReason | null => {
    if (++nodes > 2000 || depth > 16) return "too_long";
    if (value === null || typeof value === "string" || typeof value === "boolean") return null;
    if (typeof value === "number") return Number.isFinite(value) ? null : "not_a_number";
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainRecord(value)) return "wrong_type";
    if (!isArray && hasUnsafeKey(value as Record<string, unknown>)) return "unsafe_key";
    // Arrays are read with for-of so that holes count as `undefined` (which JSON cannot keep).
    for (const child of isArray ? value : Object.values(value as object)) {
      const problem = problemIn(child, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  if (response === undefined) return { response: null, answeredAt };
  const rejected = problemIn(response, 0);
  if (rejected) return { response: null, rejected, answeredAt };
  return { response: JSON.parse(JSON.stringify(response)), answeredAt };
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
  return openAttempt(quiz, options.seed, options.now, options.id ?? nanoid(), true);
}

/** Builds a new attempt; without `withOrders` it records no option orders (nobody will see the options). */
function openAttempt(quiz: Quiz, seed: string, now: Instant, id: string, withOrders: boolean): Attempt {
  const { settings } = quiz;
  const startedAt = iso(now);
  const drawn = drawQuestions(quiz, seed);
  const questions = settings.shuffleQuestions ? orderByHash(drawn, seed, quiz.id) : drawn;
  const optionOrders: Attempt["optionOrders"] = {};
  const excerpts: Attempt["excerpts"] = {};
  for (const question of questions) {
    if (withOrders) optionOrders[question.id] = shuffleOptions(question, settings.shuffleOptions ? seed : DEFAULT_SEED);
    const excerpt = quiz.excerpts[question.id];
    if (excerpt) excerpts[question.id] = excerpt;
  }
  const limit = settings.timeLimitSeconds;
  const attempt: Attempt = {
    kind: "attempt",
    schemaVersion: 1,
    id,
    quizId: quiz.id,
    seed,
    startedAt,
    deadline: limit === null ? null : new Date(Date.parse(startedAt) + limit * 1000).toISOString(),
    submittedAt: null,
    settings: { ...settings },
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
  questionIn(attempt, questionId);
  return withAnswers(attempt, iso(clock.now), [[questionId, response]]);
}

/** Records responses given at one time, copying the answer map once however many there are. */
function withAnswers(attempt: Attempt, at: string, responses: [string, unknown][]): Attempt {
  const key = isLate(attempt, at) ? "lateAnswers" : "answers";
  const given = Object.fromEntries(responses.map(([id, response]) => [id, recordOf(response, at)]));
  return { ...attempt, [key]: { ...attempt[key], ...given } };
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
export function revealHint(attempt: Attempt, questionId: string, clock: Clock): HintReveal {
  const question = questionIn(attempt, questionId);
  const at = iso(clock.now);
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
  // A rejected response was never stored, so it keeps the reason it was rejected for.
  // Copied: scorers may return shared, frozen results.
  const result = {
    ...(answer?.rejected ? unscored(question, answer.rejected) : scoreQuestion(question, answer?.response)),
  };
  if (!answer && attempt.lateAnswers[question.id]) result.late = true;
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
  const end = attempt.submittedAt ?? (clock ? iso(clock.now) : attempt.startedAt);
  return summarize(
    attempt,
    attempt.questions.map((q) => scoreOne(attempt, q)),
    end,
  );
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
export function submitAttempt(attempt: Attempt, clock: Clock): SubmittedAttempt {
  assertOpen(attempt);
  const submitted: Attempt = { ...attempt, submittedAt: iso(clock.now) };
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
  // A quiz is scored as a one-off attempt at its whole pool, in pool order; only its result is returned.
  let attempt: Attempt =
    target.kind === "attempt"
      ? target
      : openAttempt(
          { ...target, draw: [], maxQuestions: null, settings: { ...target.settings, shuffleQuestions: false } },
          "",
          clock.now,
          `${target.id}-submission`,
          false,
        );
  assertOpen(attempt);
  const ignoredQuestionIds: string[] = [];
  let rejected: InvalidReason | undefined;
  if (responses !== undefined && responses !== null) {
    if (!isPlainRecord(responses)) rejected = "wrong_type";
    else if (hasUnsafeKey(responses)) rejected = "unsafe_key";
    else {
      const known = new Set(attempt.questions.map((q) => q.id));
      const entries: [string, unknown][] = [];
      for (const entry of Object.entries(responses)) {
        if (known.has(entry[0])) entries.push(entry);
        else ignoredQuestionIds.push(entry[0]);
      }
      attempt = withAnswers(attempt, iso(clock.now), entries);
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
  const revealedHints: Record<string, string[]> = {};
  const questions = attempt.questions.map((q) => {
    const order = attempt.optionOrders[q.id];
    const view = toPublicQuestion(q, order ? { order } : { seed: attempt.seed });
    const excerpt = attempt.excerpts[q.id];
    if (excerpt) view.excerpt = { ...excerpt };
    const used = attempt.hintsRevealed[q.id] ?? 0;
    if (used > 0) revealedHints[q.id] = (q.hints ?? []).slice(0, used);
    return view;
  });
  const responses: Record<string, unknown> = {};
  for (const [id, answer] of Object.entries(attempt.answers))
    if (answer.rejected === undefined) responses[id] = answer.response;
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
