/**
 * `civics-lessons/export/xapi`: a scored attempt as xAPI 1.0.3 statements for a learning record
 * store. Pure and reproducible: the actor and the time come from the caller, and statement ids
 * are name-based UUIDs derived from the attempt and question ids.
 *
 * @module
 */
import type { Attempt } from "../engine/attempt.js";
import type { AttemptResult } from "../engine/result.js";
import type { QuestionResult } from "../engine/types.js";
import type { NumericTarget, QuestionOfType, QuestionType, TextMatching } from "../schema/types.js";
import { decimal, ExportError, type ExportIssue, type ExportResult, issue, plainText, round6 } from "./_shared.js";
import { uuidV5 } from "./_uuid.js";

export type { ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "./_shared.js";
export { ExportError } from "./_shared.js";

/** An xAPI language map, e.g. `{ "en": "Who can veto a bill?" }`. */
export type LanguageMap = Record<string, string>;

/** An xAPI Agent: a name and exactly one identifier (mbox, mbox_sha1sum, openid or account). */
export interface XapiAgent {
  /** Always "Agent" in the output (added when missing). */
  objectType?: "Agent";
  /** Display name. */
  name?: string;
  /** `mailto:` IRI. */
  mbox?: string;
  /** SHA-1 of the `mailto:` IRI. */
  mbox_sha1sum?: string;
  /** OpenID URI. */
  openid?: string;
  /** An account on a system. */
  account?: {
    /** The system's home page. */
    homePage: string;
    /** The learner's user name or id there. */
    name: string;
  };
}

/** An interaction component (a choice, a source or target of a matching, ...). */
export interface XapiComponent {
  /** The component id (the option's id in the question). */
  id: string;
  /** Its text. */
  description: LanguageMap;
}

/** An xAPI Activity with its definition. */
export interface XapiActivity {
  /** Always "Activity". */
  objectType: "Activity";
  /** The activity IRI. */
  id: string;
  /** What the activity is. */
  definition: {
    /** Activity type IRI (`cmi.interaction` or `assessment`). */
    type: string;
    /** Short name. */
    name: LanguageMap;
    /** Longer description (the full prompt). */
    description?: LanguageMap;
    /** For interactions: choice, true-false, fill-in, numeric, sequencing or matching. */
    interactionType?: "choice" | "true-false" | "fill-in" | "numeric" | "sequencing" | "matching";
    /** For interactions: each fully correct response, in the xAPI response format. */
    correctResponsesPattern?: string[];
    /** For choice and sequencing. */
    choices?: XapiComponent[];
    /** For matching: the left-hand side. */
    source?: XapiComponent[];
    /** For matching: the right-hand side. */
    target?: XapiComponent[];
  };
}

/** An xAPI result. */
export interface XapiResult {
  /** Points: raw, their range, and raw / max. */
  score?: {
    /** Points earned. */
    raw: number;
    /** The lowest possible score (below 0 only with negative marking). */
    min: number;
    /** Points possible. */
    max: number;
    /** raw / max, within [-1, 1]. */
    scaled: number;
  };
  /** Whether the question (or attempt) was passed. */
  success: boolean;
  /** Whether it was answered (or finished). */
  completion: boolean;
  /** The learner's response in the xAPI format for the interaction type. */
  response?: string;
  /** ISO 8601 duration. */
  duration?: string;
}

/** One xAPI statement. */
export interface XapiStatement {
  /** A UUID derived from the attempt id, question id and verb (same input, same id). */
  id: string;
  /** The learner. */
  actor: XapiAgent;
  /** answered, completed, passed or failed (ADL verbs). */
  verb: {
    /** The verb IRI. */
    id: string;
    /** Its name, in `en-US`. */
    display: LanguageMap;
  };
  /** The question or the quiz. */
  object: XapiActivity;
  /** Score, success, completion, response, duration. */
  result: XapiResult;
  /** The attempt's registration and, for questions, the quiz as parent. */
  context: {
    /** A UUID derived from the attempt id, shared by all of the attempt's statements. */
    registration: string;
    /** For questions: the quiz they belong to. */
    contextActivities?: {
      /** The quiz activity. */
      parent: XapiActivity[];
    };
    /** Language of the names and descriptions. */
    language?: string;
    /** `options.platform`, when given. */
    platform?: string;
  };
  /** When it happened (ISO 8601). */
  timestamp: string;
}

/** What {@link toXapiStatements} needs of the attempt: its questions, and ideally its answers. */
export type XapiAttempt = Pick<Attempt, "questions"> & Partial<Pick<Attempt, "answers" | "startedAt" | "title">>;

/** Options for {@link toXapiStatements}. */
export interface XapiOptions {
  /** The learner, as an xAPI Agent with one identifier. */
  actor: XapiAgent;
  /**
   * Absolute IRI under which activity ids are made: `<base>/quizzes/<quizId>` and
   * `<base>/questions/<questionId>`.
   */
  activityIdBase: string;
  /**
   * When the attempt ended (ISO 8601), for the completed/passed/failed statements and for answers
   * without a recorded time. Default: the result's `submittedAt`. The clock is never read.
   */
  timestamp?: string;
  /** Language tag of the names and descriptions (default `en`). */
  language?: string;
  /** Name of the quiz activity (default: the attempt's title, else the quiz id). */
  quizName?: string;
  /** `context.platform`, e.g. your app's name. */
  platform?: string;
}

const NAMESPACE = "d9607508-545a-464f-ad07-add7f382e434";
const VERBS = {
  answered: "http://adlnet.gov/expapi/verbs/answered",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
} as const;
const INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
const MAX_PATTERNS = 64;

/** Per-question state shared with the describers. */
interface Context {
  language: string;
  report: (kind: ExportIssue["kind"], code: ExportIssue["code"], message: string) => void;
}

/** What a type contributes: its interaction definition, and its response in xAPI form. */
interface Interaction {
  definition: Pick<
    XapiActivity["definition"],
    "interactionType" | "correctResponsesPattern" | "choices" | "source" | "target"
  >;
  /** The lowest score the question can give (below 0 only with negative marking). */
  minimum: number;
  /** The learner's response as xAPI text, or undefined when it cannot be read. */
  response: (value: unknown, result: QuestionResult) => string | undefined;
}

type Describer<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => Interaction;

const components = (list: readonly { id: string; text: string }[], language: string): XapiComponent[] =>
  list.map((x) => ({ id: x.id, description: { [language]: x.text } }));
const list = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const pairs = (keys: readonly string[], value: unknown): string | undefined => {
  const r = record(value);
  if (!r) return undefined;
  return keys
    .filter((k) => Object.hasOwn(r, k) && typeof r[k] === "string" && r[k] !== "")
    .map((k) => `${k}[.]${r[k] as string}`)
    .join("[,]");
};

function numericPattern(target: NumericTarget): string {
  if ("min" in target) return `${decimal(target.min)}[:]${decimal(target.max)}`;
  const tolerance = target.tolerance ?? 0;
  const absolute = target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
  if (absolute === 0) return decimal(target.value);
  return `${decimal(round6(target.value - absolute))}[:]${decimal(round6(target.value + absolute))}`;
}

function reportTextMatching(ctx: Context, matching: TextMatching | undefined): void {
  const lost: string[] = [];
  if ((matching?.typoTolerance ?? 0) > 0) lost.push("typo tolerance");
  if (matching?.ignorePunctuation === true) lost.push("ignored punctuation");
  if (matching?.ignoreDiacritics === true) lost.push("ignored diacritics");
  if (lost.length > 0)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      `correctResponsesPattern lists the accepted answers exactly; ${lost.join(", ")} cannot be expressed, so a response accepted that way does not match a pattern (result.success still gives the engine's verdict).`,
    );
}

const fullCredit = (answers: readonly { text: string; fraction?: number | undefined }[]) =>
  answers.filter((a) => (a.fraction ?? 1) === 1).map((a) => a.text);

// ── describers, one per question type ─────────────────────────────────────────────────────────

const singleChoice: Describer<"single-choice"> = (question, ctx) => ({
  definition: {
    interactionType: "choice",
    correctResponsesPattern: question.choices.filter((c) => c.correct === true).map((c) => c.id),
    choices: components(question.choices, ctx.language),
  },
  minimum: Math.min(
    0,
    ...question.choices.filter((c) => c.correct !== true).map((c) => c.fraction ?? -(question.penalty ?? 0)),
  ),
  response: (value) => (typeof value === "string" ? value : undefined),
});

const multipleChoice: Describer<"multiple-choice"> = (question, ctx) => ({
  definition: {
    interactionType: "choice",
    correctResponsesPattern: [
      question.choices
        .filter((c) => c.correct === true)
        .map((c) => c.id)
        .join("[,]"),
    ],
    choices: components(question.choices, ctx.language),
  },
  minimum: 0,
  response: (value) => list(value)?.join("[,]"),
});

const trueFalse: Describer<"true-false"> = (question) => ({
  definition: { interactionType: "true-false", correctResponsesPattern: [String(question.answer)] },
  minimum: 0,
  response: (value) => (typeof value === "boolean" ? String(value) : undefined),
});

const shortText: Describer<"short-text"> = (question, ctx) => {
  reportTextMatching(ctx, question.matching);
  const prefix = question.matching?.caseSensitive === true ? "{case_matters=true}" : "";
  return {
    definition: {
      interactionType: "fill-in",
      // A leading "{" would read as a pattern parameter, so such answers get an explicit one.
      correctResponsesPattern: fullCredit(question.answers).map((t) =>
        prefix === "" && t.startsWith("{") ? `{case_matters=false}${t}` : prefix + t,
      ),
    },
    minimum: 0,
    response: (value) => (typeof value === "string" ? value : undefined),
  };
};

const numeric: Describer<"numeric"> = (question) => ({
  definition: { interactionType: "numeric", correctResponsesPattern: [numericPattern(question.answer)] },
  minimum: 0,
  response: (_value, result) => {
    const read = result.feedback?.numericValue;
    return read === undefined ? undefined : decimal(read);
  },
});

const ordering: Describer<"ordering"> = (question, ctx) => ({
  definition: {
    interactionType: "sequencing",
    correctResponsesPattern: [question.correctOrder.join("[,]")],
    choices: components(question.items, ctx.language),
  },
  minimum: 0,
  response: (value) => list(value)?.join("[,]"),
});

const matching: Describer<"matching"> = (question, ctx) => ({
  definition: {
    interactionType: "matching",
    correctResponsesPattern: [question.premises.map((p) => `${p.id}[.]${question.pairs[p.id] as string}`).join("[,]")],
    source: components(question.premises, ctx.language),
    target: components(question.responses, ctx.language),
  },
  minimum: 0,
  response: (value) =>
    pairs(
      question.premises.map((p) => p.id),
      value,
    ),
});

const categorize: Describer<"categorize"> = (question, ctx) => ({
  definition: {
    interactionType: "matching",
    correctResponsesPattern: [question.items.map((i) => `${i.id}[.]${i.categoryId}`).join("[,]")],
    source: components(question.items, ctx.language),
    target: components(question.categories, ctx.language),
  },
  minimum: 0,
  response: (value) =>
    pairs(
      question.items.map((i) => i.id),
      value,
    ),
});

const cloze: Describer<"cloze"> = (question, ctx) => {
  // One fill-in response per blank, in order; choice blanks as the chosen text.
  const alternatives = question.blanks.map((blank) =>
    blank.kind === "choice"
      ? blank.choices.filter((c) => c.correct === true).map((c) => c.text)
      : fullCredit(blank.answers),
  );
  let patterns: string[][] = [[]];
  for (const options of alternatives) {
    patterns = patterns.flatMap((p) => options.map((o) => [...p, o]));
    if (patterns.length > MAX_PATTERNS) break;
  }
  if (patterns.length > MAX_PATTERNS) {
    ctx.report(
      "dropped",
      "feature_dropped",
      `The blanks' accepted answers combine into more than ${MAX_PATTERNS} correct responses; only the first ${MAX_PATTERNS} are listed.`,
    );
    patterns = patterns.slice(0, MAX_PATTERNS);
  }
  const textBlanks = question.blanks.filter((b) => b.kind === "text");
  const sensitive = textBlanks.filter((b) => b.matching?.caseSensitive === true).length;
  if (sensitive > 0 && sensitive < textBlanks.length)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      "Some blanks are case-sensitive and some are not; xAPI has one case_matters flag per pattern, so it is set for all.",
    );
  for (const blank of textBlanks) reportTextMatching(ctx, blank.matching);
  const prefix = sensitive > 0 ? "{case_matters=true}" : "";
  return {
    definition: {
      interactionType: "fill-in",
      correctResponsesPattern: patterns.map((p) => {
        const joined = p.join("[,]");
        return prefix === "" && joined.startsWith("{") ? `{case_matters=false}${joined}` : prefix + joined;
      }),
    },
    minimum: 0,
    response: (value) => {
      const r = record(value);
      if (!r) return undefined;
      return question.blanks
        .map((blank) => {
          const given = Object.hasOwn(r, blank.id) ? r[blank.id] : undefined;
          if (typeof given !== "string") return "";
          return blank.kind === "choice" ? (blank.choices.find((c) => c.id === given)?.text ?? given) : given;
        })
        .join("[,]");
    },
  };
};

const describers = {
  "single-choice": singleChoice,
  "multiple-choice": multipleChoice,
  "true-false": trueFalse,
  "short-text": shortText,
  numeric,
  ordering,
  matching,
  cloze,
  categorize,
} satisfies { [K in QuestionType]: Describer<K> };

// ── assembly ──────────────────────────────────────────────────────────────────────────────────

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
    raw: round6(raw),
    min: round6(lowest),
    max: round6(max),
    scaled: round6(Math.max(-1, Math.min(1, raw / max))),
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
 * attempt's recorded answer times. Responses that scored `invalid` are not echoed.
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
    const describe = describers[question.type] as Describer<QuestionType>;
    const interaction = describe(question as never, ctx);
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
      name: { [language]: plainText(question.prompt, 120) },
      description: { [language]: plainText(question.prompt) },
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
