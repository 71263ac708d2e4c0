import { own } from "../_lib/read.js";
import type { Attempt } from "./attempt.js";
import { toPublicQuestion } from "./public/index.js";
import type { PublicQuestion } from "./public/types.js";

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
  const responses: Record<string, unknown> = {};
  const questions = attempt.questions.map((q) => {
    const order = own(attempt.optionOrders, q.id) as Attempt["optionOrders"][string] | undefined;
    const view = toPublicQuestion(q, order ? { order } : { seed: attempt.seed });
    const excerpt = own(attempt.excerpts, q.id) as Attempt["excerpts"][string] | undefined;
    if (excerpt) view.excerpt = { ...excerpt };
    const used = (own(attempt.hintsRevealed, q.id) as number | undefined) ?? 0;
    if (used > 0) revealedHints[q.id] = (q.hints ?? []).slice(0, used);
    const answer = own(attempt.answers, q.id) as Attempt["answers"][string] | undefined;
    if (answer && answer.rejected === undefined) responses[q.id] = answer.response;
    return view;
  });
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
