/// <reference types="node" />
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type Attempt,
  type AttemptResult,
  answerQuestion,
  type Quiz,
  QuizError,
  revealHint,
  type SubmissionRejection,
  scoreAttempt,
  scoreSubmission,
  startAttempt,
  toPublicAttempt,
  toPublicQuestion,
  toPublicResult,
  validateResponse,
} from "civics-lessons";
import { clientOf, type LearnerIdentity } from "./clients.js";
import { HttpError, readJson, sendJson } from "./http.js";
import type { RateLimiter } from "./rate-limit.js";
import type { AttemptStore, StoredAttempt } from "./store.js";

/** What the attempt routes need from the server (each as in `ScoringServerOptions`). */
export interface AttemptRoutesContext {
  /** Where attempts live. */
  store: AttemptStore;
  /** The clock. */
  now: () => Date;
  /** The quiz for a lesson or quiz id. */
  quizFor: (id: string) => Quiz | undefined;
  /** Who is asking. */
  identity: LearnerIdentity;
  /** The limit on attempt starts per client address. */
  starts: RateLimiter;
  /** Whether to read the client address from `X-Forwarded-For`. */
  trustProxy: boolean;
  /** Largest request body in bytes. */
  maxBodyBytes: number;
}

/** A route handler: the request, the response, and the decoded path parameters. */
export type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

const ATTEMPT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Responses kept while an attempt is in progress: well-formed ones, partial ones, and clearing an answer. */
const SAVABLE = new Set(["incomplete", "empty_response"]);
/** What a refused submission was, in words; the code is the engine's reason. */
const REJECTIONS: Record<SubmissionRejection, string> = {
  not_a_record: "responses must be an object of question ids to responses",
  wrapped_responses: "responses holds another { responses }: send the record itself",
  no_known_questions: "none of the responses is for a question of this attempt",
};
/** How often a change is retried when another request changed the attempt first. */
const TRIES = 5;

/**
 * The attempt routes of the scoring server: start, read, autosave an answer, reveal a hint,
 * submit, and read the result. Every change is a compare-and-set on the stored version, so
 * concurrent requests for one attempt never overwrite each other, and of concurrent submits
 * exactly one is scored.
 *
 * @param ctx - Store, clock, quizzes, identity, rate limiter and body limit.
 * @returns One handler per route.
 * @example
 * const { create, submit } = attemptRoutes(ctx);
 */
export function attemptRoutes(ctx: AttemptRoutesContext) {
  const { store, now } = ctx;

  /** The attempt with this id, if it is the requesting learner's: anyone else's reads as unknown, not forbidden. */
  async function load(req: IncomingMessage, id: string): Promise<StoredAttempt> {
    const learnerId = ctx.identity.identify(req);
    const stored = learnerId !== null && ATTEMPT_ID.test(id) ? await store.get(id) : undefined;
    if (!stored || stored.learnerId !== learnerId)
      throw new HttpError(404, "unknown_attempt", "no such attempt for this learner");
    return stored;
  }

  function quizOf(attempt: Attempt): Quiz {
    const quiz = ctx.quizFor(attempt.quizId);
    if (!quiz) throw new Error(`the quiz "${attempt.quizId}" of a stored attempt is no longer served`);
    return quiz;
  }

  /** The result as the learner may see it now: the review policy depends on their attempts so far. */
  async function publicResultOf(stored: StoredAttempt) {
    const { attempt, learnerId } = stored;
    const latest = (await store.latest(learnerId, attempt.quizId)) ?? { ...attempt, number: stored.number };
    // Only the latest attempt can be in progress, so every attempt before it was submitted.
    const attemptsUsed = latest.submittedAt === null ? latest.number - 1 : latest.number;
    return toPublicResult(scoreAttempt(attempt), quizOf(attempt), { attemptsUsed, now: now() });
  }

  /**
   * Applies `step` to the stored attempt and saves what it returns, if the attempt did not change
   * in between; otherwise reloads and tries again. `step` may throw to refuse the request.
   */
  async function change<T>(
    req: IncomingMessage,
    id: string,
    step: (stored: StoredAttempt) => { attempt: Attempt; reply: T },
  ): Promise<{ stored: StoredAttempt; reply: T }> {
    for (let tries = 0; tries < TRIES; tries++) {
      const stored = await load(req, id);
      const { attempt, reply } = step(stored);
      if (attempt === stored.attempt) return { stored, reply };
      if (await store.update(attempt, stored.version, now().toISOString()))
        return { stored: { ...stored, attempt, version: stored.version + 1 }, reply };
    }
    throw new HttpError(409, "attempt_busy", "the attempt kept changing during this request; try again");
  }

  const create: Handler = async (req, res) => {
    const { lessonId } = await readJson(req, ctx.maxBodyBytes, ["lessonId"]);
    if (typeof lessonId !== "string" || lessonId.length === 0 || lessonId.length > 100)
      throw new HttpError(400, "invalid_body", "lessonId must be a lesson id");
    const quiz = ctx.quizFor(lessonId);
    if (!quiz) throw new HttpError(404, "unknown_lesson", "no lesson with this id");
    let learnerId = ctx.identity.identify(req);
    let headers: Record<string, string> = {};
    if (learnerId === null) {
      if (!ctx.identity.enroll) throw new HttpError(401, "unauthenticated", "sign in to start an attempt");
      ({ learnerId, headers } = ctx.identity.enroll(req));
    }
    for (let tries = 0; tries < TRIES; tries++) {
      const latest = await store.latest(learnerId, quiz.id);
      // One attempt in progress per learner and quiz: starting again resumes it.
      if (latest && latest.submittedAt === null) {
        const open = await store.get(latest.id);
        if (open) return sendJson(res, 200, { attempt: toPublicAttempt(open.attempt) }, headers);
        continue; // it expired in between: look again
      }
      const used = latest?.number ?? 0;
      if (quiz.maxAttempts !== null && used >= quiz.maxAttempts)
        throw new HttpError(409, "attempts_exhausted", `all ${quiz.maxAttempts} attempts at this quiz are used`);
      const decision = ctx.starts.take(clientOf(req, ctx.trustProxy), now().getTime());
      if (!decision.allowed)
        throw new HttpError(429, "rate_limited", "too many attempts started from this address; wait and retry", {
          "retry-after": String(decision.retryAfterSeconds),
        });
      const number = used + 1;
      // The server picks the seed: a retake is a new draw and order, and nobody can replay a seed.
      const attempt = startAttempt(quiz, {
        seed: `${learnerId}/${number}`,
        id: randomBytes(16).toString("base64url"),
        now: now(),
      });
      if (await store.insert({ attempt, learnerId, number, version: 1, activeAt: attempt.startedAt }))
        return sendJson(
          res,
          201,
          { attempt: toPublicAttempt(attempt) },
          { ...headers, location: `/attempts/${attempt.id}` },
        );
    }
    throw new HttpError(409, "attempt_busy", "attempts were started concurrently; try again");
  };

  const read: Handler = async (req, res, [id = ""]) => {
    const stored = await load(req, id);
    const body: Record<string, unknown> = { attempt: toPublicAttempt(stored.attempt) };
    if (stored.attempt.submittedAt !== null) body.result = await publicResultOf(stored);
    sendJson(res, 200, body);
  };

  const answer: Handler = async (req, res, [id = "", questionId = ""]) => {
    const body = await readJson(req, ctx.maxBodyBytes, ["response"]);
    if (!("response" in body)) throw new HttpError(400, "invalid_body", "send { response }");
    const { reply } = await change(req, id, ({ attempt }) => {
      if (attempt.submittedAt !== null) throw new QuizError("attempt_submitted", "the attempt is submitted");
      const question = attempt.questions.find((q) => q.id === questionId);
      if (!question) throw new QuizError("unknown_question", "no such question in this attempt");
      const verdict = validateResponse(toPublicQuestion(question), body.response);
      // Only responses the engine can read are kept: a malformed one is refused and stores nothing.
      if (!verdict.valid && !SAVABLE.has(verdict.reason))
        throw new HttpError(422, verdict.reason, "the response does not fit this question");
      const at = now();
      const next = answerQuestion(attempt, questionId, body.response, { now: at });
      const late = next.lateAnswers !== attempt.lateAnswers;
      return { attempt: next, reply: { saved: true, answeredAt: at.toISOString(), ...(late ? { late } : {}) } };
    });
    sendJson(res, 200, reply);
  };

  const hint: Handler = async (req, res, [id = "", questionId = ""]) => {
    await readJson(req, ctx.maxBodyBytes, []);
    const { reply } = await change(req, id, ({ attempt }) => {
      const revealed = revealHint(attempt, questionId, { now: now() });
      return { attempt: revealed.attempt, reply: { hint: revealed.hint, hintIndex: revealed.hintIndex } };
    });
    sendJson(res, 200, reply);
  };

  const submit: Handler = async (req, res, [id = ""]) => {
    const body = await readJson(req, ctx.maxBodyBytes, ["responses"]);
    if (!("responses" in body))
      throw new HttpError(400, "invalid_body", "send { responses: { [questionId]: response } }");
    const { stored, reply } = await change(req, id, ({ attempt }) => {
      const submission = scoreSubmission(attempt, body.responses, { now: now() });
      // A refused body changes nothing: the attempt stays open for a correct submission.
      if (!submission.accepted) throw new HttpError(422, submission.reason, REJECTIONS[submission.reason]);
      if (submission.repeated) return { attempt, reply: { repeated: true } };
      return { attempt: keepOnlyReadable(submission.attempt, submission.result), reply: { repeated: false } };
    });
    sendJson(res, 200, { result: await publicResultOf(stored), ...reply });
  };

  const result: Handler = async (req, res, [id = ""]) => {
    const stored = await load(req, id);
    if (stored.attempt.submittedAt === null)
      throw new HttpError(409, "not_submitted", "the attempt is not submitted yet");
    sendJson(res, 200, { result: await publicResultOf(stored) });
  };

  return { create, read, answer, hint, submit, result };
}

/**
 * Drops the stored copy of every response that scored `invalid`, keeping its reason: the result
 * is the same (a rejected answer scores `invalid` with its reason), and nothing malformed is kept.
 */
function keepOnlyReadable(attempt: Attempt, result: AttemptResult): Attempt {
  const answers = { ...attempt.answers };
  for (const { questionId, status, reason } of result.questions) {
    const given = answers[questionId];
    if (status === "invalid" && reason && given) answers[questionId] = { ...given, response: null, rejected: reason };
  }
  return { ...attempt, answers };
}
