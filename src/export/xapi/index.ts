/**
 * `civics-lessons/export/xapi`: a scored attempt as xAPI 1.0.3 statements for a learning record
 * store. Pure and reproducible: the actor and the time come from the caller, and statement ids
 * are name-based UUIDs derived from the attempt and question ids.
 *
 * @module
 */

import { byType } from "../../_lib/by-type.js";
import { round } from "../../_lib/semantics.js";
import type { AttemptResult } from "../../engine/result.js";
import { ExportError, type ExportIssue, type ExportResult, issue } from "../_shared/issues.js";
import { markdownToText } from "../_shared/markdown/render.js";
import { type Context, describers } from "./describers.js";
import type { XapiActivity, XapiAgent, XapiAttempt, XapiOptions, XapiResult, XapiStatement } from "./types.js";
import { uuidV5 } from "./uuid.js";

export type { ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "../_shared/issues.js";
export { ExportError } from "../_shared/issues.js";
export { type FillIn, parseFillIn } from "./response.js";
export type {
  LanguageMap,
  XapiActivity,
  XapiAgent,
  XapiAttempt,
  XapiComponent,
  XapiOptions,
  XapiResult,
  XapiStatement,
} from "./types.js";

const NAMESPACE = "d9607508-545a-464f-ad07-add7f382e434";
const VERBS = {
  answered: "http://adlnet.gov/expapi/verbs/answered",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
} as const;
const INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";

function isoTime(value: string, what: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ExportError("invalid_option", `${what} "${value}" is not an ISO 8601 time`);
  return new Date(ms).toISOString();
}

function duration(seconds: number): string {
  return `PT${Math.max(0, Math.round(seconds))}S`;
}

function score(raw: number, min: number, max: number): XapiResult["score"] | undefined {
  if (!(max > 0)) return undefined;
  // "+ 0" turns -0 (from a zero penalty) into 0.
  const lowest = Math.min(min, raw) + 0;
  return {
    raw: round(raw),
    min: round(lowest),
    max: round(max),
    scaled: round(Math.max(-1, Math.min(1, raw / max))),
  };
}

function agent(actor: XapiAgent): XapiAgent {
  const ids = ["mbox", "mbox_sha1sum", "openid", "account"].filter((k) => actor[k as keyof XapiAgent] !== undefined);
  if (ids.length !== 1)
    throw new ExportError(
      "invalid_option",
      `actor needs exactly one of mbox, mbox_sha1sum, openid or account (found ${ids.length})`,
    );
  const copy: XapiAgent = { objectType: "Agent" };
  if (actor.name !== undefined) copy.name = actor.name;
  if (actor.mbox !== undefined) copy.mbox = actor.mbox;
  if (actor.mbox_sha1sum !== undefined) copy.mbox_sha1sum = actor.mbox_sha1sum;
  if (actor.openid !== undefined) copy.openid = actor.openid;
  if (actor.account !== undefined) copy.account = { homePage: actor.account.homePage, name: actor.account.name };
  return copy;
}

/**
 * Describes a scored attempt as xAPI statements: one `answered` statement per question (a
 * `cmi.interaction` activity with its interaction type — choice, true-false, fill-in, numeric,
 * sequencing or matching — its `correctResponsesPattern`, one pattern per fully correct
 * alternative, and a result with the response, score, success and duration), then `completed`
 * and `passed` or `failed` for the attempt. Statement ids and the registration are version-5
 * UUIDs of the attempt id and question id, so the same input always gives the same statements.
 *
 * Question durations are the time since the learner's previous answer (or the start), from the
 * attempt's recorded answer times. Responses that scored `invalid` are not echoed. Typed text in
 * responses and patterns is escaped so that it can neither split into more items nor read as a
 * parameter; {@link parseFillIn} gives it back exactly.
 *
 * @param result - The attempt's result (`submitAttempt` / `scoreAttempt`).
 * @param attempt - The attempt (for questions, responses and answer times), or just `{ questions }`.
 * @param options - `actor`, `activityIdBase`, and optionally `timestamp`, `language`, `quizName`, `platform`.
 * @returns `{ output: statements, issues }`.
 * @throws {@link ExportError} `invalid_option` for an actor without exactly one identifier, a
 *   relative `activityIdBase` or an unreadable timestamp; `unknown_question` when the result names
 *   a question the attempt does not have.
 * @example
 * const { output } = toXapiStatements(result, attempt, {
 *   actor: { mbox: "mailto:learner@example.org" },
 *   activityIdBase: "https://example.org/civics",
 * });
 * output.map((s) => s.verb.display["en-US"])
 * //=> ["answered", "answered", ..., "completed", "passed"]
 */
export function toXapiStatements(
  result: AttemptResult,
  attempt: XapiAttempt,
  options: XapiOptions,
): ExportResult<XapiStatement[]> {
  const base = options.activityIdBase.replace(/\/+$/, "");
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(base))
    throw new ExportError("invalid_option", `activityIdBase "${options.activityIdBase}" is not an absolute IRI`);
  const actor = agent(options.actor);
  const language = options.language ?? "en";
  const ended = isoTime(options.timestamp ?? result.submittedAt, "timestamp");
  const registration = uuidV5(`registration\u0000${result.attemptId}`, NAMESPACE);
  const issues: ExportIssue[] = [];
  const quiz: XapiActivity = {
    objectType: "Activity",
    id: `${base}/quizzes/${encodeURIComponent(result.quizId)}`,
    definition: { type: ASSESSMENT, name: { [language]: options.quizName ?? attempt.title ?? result.quizId } },
  };
  const context = (withParent: boolean): XapiStatement["context"] => {
    const c: XapiStatement["context"] = { registration };
    if (withParent) c.contextActivities = { parent: [quiz] };
    c.language = language;
    if (options.platform !== undefined) c.platform = options.platform;
    return c;
  };
  const verb = (name: keyof typeof VERBS) => ({ id: VERBS[name], display: { "en-US": name } });

  // Time on each question: from the previous answer (or the start) to this answer.
  const previous = new Map<string, number>();
  const answered = Object.entries(attempt.answers ?? {})
    .map(([id, a]) => [id, Date.parse(a.answeredAt)] as const)
    .filter(([, t]) => !Number.isNaN(t))
    .sort((a, b) => a[1] - b[1]);
  let last = attempt.startedAt === undefined ? Number.NaN : Date.parse(attempt.startedAt);
  for (const [id, t] of answered) {
    previous.set(id, last);
    last = t;
  }

  const byId = new Map(attempt.questions.map((q) => [q.id, q]));
  const statements: XapiStatement[] = result.questions.map((qr) => {
    const question = byId.get(qr.questionId);
    if (!question)
      throw new ExportError(
        "unknown_question",
        `the result names question "${qr.questionId}", which the attempt does not have`,
      );
    const ctx: Context = {
      language,
      report: (kind, code, message) => issues.push(issue(question.id, kind, code, message)),
    };
    const interaction = byType(describers, question, ctx);
    const answer = attempt.answers?.[question.id];
    const scored = qr.status === "correct" || qr.status === "partial" || qr.status === "incorrect";
    const out: XapiResult = { success: qr.status === "correct", completion: qr.status !== "unanswered" };
    const s = score(qr.earned, interaction.minimum * qr.possible, qr.possible);
    if (s) out.score = s;
    if (scored && answer !== undefined && answer.rejected === undefined) {
      const response = interaction.response(answer.response, qr);
      if (response !== undefined) out.response = response;
    }
    const at = answer === undefined ? Number.NaN : Date.parse(answer.answeredAt);
    const since = previous.get(question.id);
    if (!Number.isNaN(at) && since !== undefined && !Number.isNaN(since)) out.duration = duration((at - since) / 1000);
    const definition: XapiActivity["definition"] = {
      type: INTERACTION,
      name: { [language]: markdownToText(question.prompt, 120) },
      description: { [language]: markdownToText(question.prompt) },
      ...interaction.definition,
    };
    return {
      id: uuidV5(`${result.attemptId}\u0000${question.id}\u0000answered`, NAMESPACE),
      actor,
      verb: verb("answered"),
      object: { objectType: "Activity", id: `${base}/questions/${encodeURIComponent(question.id)}`, definition },
      result: out,
      context: context(true),
      timestamp: Number.isNaN(at) ? ended : new Date(at).toISOString(),
    };
  });

  const overall: XapiResult = { success: result.passed, completion: true, duration: duration(result.durationSeconds) };
  const total = score(result.earned, 0, result.possible);
  if (total) overall.score = total;
  for (const name of ["completed", result.passed ? "passed" : "failed"] as const) {
    statements.push({
      id: uuidV5(`${result.attemptId}\u0000${name}`, NAMESPACE),
      actor,
      verb: verb(name),
      object: quiz,
      result: { ...overall },
      context: context(false),
      timestamp: ended,
    });
  }
  return { output: statements, issues };
}
