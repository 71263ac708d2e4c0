import { nanoid } from "nanoid";
import { isPlainRecord, own } from "../_lib/read.js";
import { orderByHash, round } from "../_lib/semantics.js";
import { QuizError } from "../errors.js";
import type { Question } from "../schema/types.js";
import { isoOf, isRepresentable, millisecondsOf } from "./_clock.js";
import { type RecordedAnswer, recordOf } from "./_record.js";
import { drawQuestions } from "./draw.js";
import { DEFAULT_SEED, shuffleOptions } from "./public/index.js";
import type { OptionOrder } from "./public/types.js";
import type { Quiz, QuizSettings } from "./quiz.js";
import { type AttemptResult, summarize } from "./result.js";
import { rejectedResult, scoreQuestion } from "./score/index.js";
import type { Excerpt, Instant, QuestionResult } from "./types.js";

export type { RecordedAnswer };

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

/**
 * Starts an attempt: draws and orders the questions and shuffles options from the seed and each
 * question's id (never its position). The same quiz and seed always give the same attempt. Choose
 * the seed on the server (for example from the learner and the attempt number), so that a retake
 * is a different draw and order and a learner cannot replay a seed they have seen scored.
 *
 * @param quiz - From {@link createQuiz}.
 * @param options - `seed` (any string), `now`, and optionally a fixed `id`.
 * @returns A new attempt.
 * @throws {@link QuizError} `invalid_time` when `now` (or the deadline it gives) is not a time a Date can hold.
 * @example
 * const attempt = startAttempt(quiz, { seed: "learner-7/attempt-1", now: "2026-01-05T09:00:00Z" });
 * attempt.questions.length
 * //=> 10
 */
export function startAttempt(quiz: Quiz, options: Clock & { seed: string; id?: string }): Attempt {
  const { settings } = quiz;
  const start = millisecondsOf(options.now, "now");
  const limit = settings.timeLimitSeconds;
  const end = limit === null ? null : start + limit * 1000;
  if (end !== null && !isRepresentable(end))
    throw new QuizError("invalid_time", "the time limit ends after the last date a Date can represent");
  const seed = options.seed;
  const drawn = drawQuestions(quiz, seed);
  const questions = settings.shuffleQuestions ? orderByHash(drawn, seed, quiz.id) : drawn;
  const optionOrders: Attempt["optionOrders"] = {};
  const excerpts: Attempt["excerpts"] = {};
  for (const question of questions) {
    optionOrders[question.id] = shuffleOptions(question, settings.shuffleOptions ? seed : DEFAULT_SEED);
    const excerpt = own(quiz.excerpts, question.id) as Excerpt | undefined;
    if (excerpt) excerpts[question.id] = excerpt;
  }
  const attempt: Attempt = {
    kind: "attempt",
    schemaVersion: 1,
    id: options.id ?? nanoid(),
    quizId: quiz.id,
    seed,
    startedAt: new Date(start).toISOString(),
    deadline: end === null ? null : new Date(end).toISOString(),
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
 * @throws {@link QuizError} `unknown_question`, `attempt_submitted` or `invalid_time`.
 * @example
 * attempt = answerQuestion(attempt, "who-vetoes", "president", { now: "2026-01-05T09:01:00Z" });
 * attempt.answers["who-vetoes"].response
 * //=> "president"
 */
export function answerQuestion(attempt: Attempt, questionId: string, response: unknown, clock: Clock): Attempt {
  questionIn(attempt, questionId);
  return withAnswers(attempt, isoOf(clock.now, "now"), [[questionId, response]]);
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
 * @throws {@link QuizError} `unknown_question`, `attempt_submitted` or `invalid_time`.
 * @example
 * const { attempt: next, hint } = revealHint(attempt, "tf-review", { now: "2026-01-05T09:02:00Z" });
 * hint
 * //=> "Think about what courts do with laws that conflict with the Constitution."
 */
export function revealHint(attempt: Attempt, questionId: string, clock: Clock): HintReveal {
  const question = questionIn(attempt, questionId);
  const at = isoOf(clock.now, "now");
  const used = hintsUsed(attempt, questionId);
  const hint = question.hints?.[used];
  if (hint === undefined) return { attempt, hint: null, hintIndex: null };
  if (isLate(attempt, at)) return { attempt, hint, hintIndex: used };
  return {
    attempt: { ...attempt, hintsRevealed: { ...attempt.hintsRevealed, [questionId]: used + 1 } },
    hint,
    hintIndex: used,
  };
}

function hintsUsed(attempt: Attempt, questionId: string): number {
  return (own(attempt.hintsRevealed, questionId) as number | undefined) ?? 0;
}

function scoreOne(attempt: Attempt, question: Question): QuestionResult {
  const answer = own(attempt.answers, question.id) as RecordedAnswer | undefined;
  // A rejected response was never stored, so it keeps the reason it was rejected for.
  const result = answer?.rejected
    ? rejectedResult(question, answer.rejected)
    : scoreQuestion(question, answer?.response);
  if (!answer && own(attempt.lateAnswers, question.id)) result.late = true;
  const hints = hintsUsed(attempt, question.id);
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
 * @throws {@link QuizError} `invalid_time` for an unreadable `now`.
 * @example
 * scoreAttempt(attempt, { now: "2026-01-05T09:10:00Z" }).percent
 * //=> 85
 */
export function scoreAttempt(attempt: Attempt, clock?: Clock): AttemptResult {
  const end = attempt.submittedAt ?? (clock ? isoOf(clock.now, "now") : attempt.startedAt);
  return summarize(
    attempt,
    attempt.questions.map((q) => scoreOne(attempt, q)),
    end,
  );
}

/**
 * Submits an attempt and scores it. To submit what a browser posted, use {@link scoreSubmission},
 * which never throws on the posted data and answers a repeated submit with the stored result.
 *
 * @param attempt - An attempt in progress.
 * @param clock - `{ now }`.
 * @returns The submitted attempt and its result.
 * @throws {@link QuizError} `attempt_submitted` if it was already submitted, `invalid_time` for an unreadable `now`.
 * @example
 * const { result } = submitAttempt(attempt, { now: "2026-01-05T09:10:00Z" });
 * result.passed
 * //=> true
 */
export function submitAttempt(attempt: Attempt, clock: Clock): SubmittedAttempt {
  assertOpen(attempt);
  const submitted: Attempt = { ...attempt, submittedAt: isoOf(clock.now, "now") };
  return { attempt: submitted, result: scoreAttempt(submitted) };
}

/** Why {@link scoreSubmission} refused a posted body. The attempt is then unchanged and not submitted. */
export type SubmissionRejection =
  /** The body is not a plain object of responses (a string, an array, a number, null, a class instance). */
  | "not_a_record"
  /** The body is `{ responses: { ... } }`: pass the inner record, not the wrapper. */
  | "wrapped_responses"
  /** The body has keys, but none of them is a question of the attempt. */
  | "no_known_questions";

/** A submission that was scored: the attempt is submitted (now, or before when `repeated`). */
export interface AcceptedSubmission {
  /** Always true. */
  accepted: true;
  /** True when the attempt had been submitted before: `result` is its stored result and the body was not read. */
  repeated: boolean;
  /** The submitted attempt: store it (on a repeat it is the attempt as given). */
  attempt: Attempt;
  /** The result of the submitted attempt. */
  result: AttemptResult;
  /** Keys of the body that are not questions of the attempt; they were ignored. */
  ignoredQuestionIds: string[];
  /** Absent on an accepted submission. */
  reason?: never;
}

/** A submission that was refused: nothing was recorded and the attempt is still open. */
export interface RejectedSubmission {
  /** Always false. */
  accepted: false;
  /** Always false. */
  repeated: false;
  /** The attempt, unchanged and not submitted. */
  attempt: Attempt;
  /** Why the body was refused. */
  reason: SubmissionRejection;
  /** Keys of the body that are not questions of the attempt. */
  ignoredQuestionIds: string[];
  /** Absent on a rejected submission. */
  result?: never;
}

/** What {@link scoreSubmission} returns: accepted (and scored) or rejected (and nothing changed). */
export type Submission = AcceptedSubmission | RejectedSubmission;

/** Whether a body is the HTTP envelope `{ responses: { ... } }` rather than the record inside it. */
function isWrapped(body: Record<string, unknown>): boolean {
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === "responses" && isPlainRecord(body.responses);
}

/**
 * Records the responses a browser posted and submits the attempt, on the server, so keys never
 * leave it. Never throws on the posted body:
 *
 * - a record `{ [questionId]: response }` is recorded and submitted; keys that are not questions of
 *   the attempt are ignored (and listed), and malformed responses score `invalid`;
 * - an empty record `{}` submits with nothing answered;
 * - a body that is not a plain record, or a non-empty record with no question of the attempt among
 *   its keys, is rejected with a `reason`: the attempt comes back unchanged and still open, so a
 *   bad request never uses up an attempt;
 * - an attempt submitted before gives its stored result with `repeated: true`, whatever the body,
 *   so a retried request is answered the same way.
 *
 * @param attempt - The stored attempt.
 * @param body - Untrusted data, as parsed from the request: a record question id → response.
 * @param clock - `{ now }`.
 * @returns `{ accepted: true, repeated, attempt, result, ignoredQuestionIds }` or
 *   `{ accepted: false, reason, attempt, ignoredQuestionIds }`.
 * @throws {@link QuizError} `invalid_time` for an unreadable `now` (a programming error, not bad data).
 * @example
 * const submission = scoreSubmission(attempt, JSON.parse(body).responses, { now: new Date() });
 * if (!submission.accepted) return reply(422, { error: { code: submission.reason } });
 * await db.save(submission.attempt);
 * [submission.result.percent, submission.repeated]
 * //=> [85, false]
 */
export function scoreSubmission(attempt: Attempt, body: unknown, clock: Clock): Submission {
  if (attempt.submittedAt !== null)
    return { accepted: true, repeated: true, attempt, result: scoreAttempt(attempt), ignoredQuestionIds: [] };
  const at = isoOf(clock.now, "now");
  const ignoredQuestionIds: string[] = [];
  const rejected = (reason: SubmissionRejection): RejectedSubmission => ({
    accepted: false,
    repeated: false,
    attempt,
    reason,
    ignoredQuestionIds,
  });
  const entries: [string, unknown][] = [];
  try {
    if (!isPlainRecord(body)) return rejected("not_a_record");
    const known = new Set(attempt.questions.map((q) => q.id));
    for (const key of Object.keys(body)) {
      if (known.has(key)) entries.push([key, body[key]]);
      else ignoredQuestionIds.push(key);
    }
    if (entries.length === 0 && ignoredQuestionIds.length > 0)
      return rejected(isWrapped(body) ? "wrapped_responses" : "no_known_questions");
  } catch {
    // Only objects built in code (proxies, throwing getters) get here, never parsed JSON.
    return rejected("not_a_record");
  }
  const submitted: Attempt = { ...withAnswers(attempt, at, entries), submittedAt: at };
  return { accepted: true, repeated: false, attempt: submitted, result: scoreAttempt(submitted), ignoredQuestionIds };
}
