import {
  answerQuestion,
  createQuiz,
  isCivicsError,
  QuizError,
  revealHint,
  scoreAttempt,
  scoreSubmission,
  startAttempt,
  submitAttempt,
  toPublicAttempt,
} from "civics-lessons";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../_helpers/builders.js";

const T0 = "2026-01-05T09:00:00.000Z";
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

/** Correct responses for the fixture's questions. */
const KEY: Record<string, unknown> = {
  "who-vetoes": "president",
  "which-checks": ["override", "impeach", "purse"],
  "tf-review": true,
  "name-case": "Marbury v. Madison",
  "override-fraction": 0.667,
  "order-events": ["signed", "congress", "marbury"],
  "match-articles": { "art-1": "legislative", "art-3": "judicial" },
  "cloze-bill": { house: "House of Representatives", officer: "president" },
  "sort-powers": { tax: "congress", veto: "president", cases: "courts" },
};

describe("createQuiz", () => {
  it("pools every question of the lessons by default", () => {
    const quiz = createQuiz({ id: "q", lessons: [makeLesson()] });

    expect(quiz.questions).toHaveLength(9);
    expect(quiz.origins["who-vetoes"]).toEqual({
      lessonId: "fixture-checks-and-balances",
      topic: "separation-of-powers",
    });
    expect(quiz.excerpts["cloze-bill"]?.sourceId).toBe("const-art-1");
  });

  it.each([
    [{ draw: [{ count: 10 }] }, "needs 10 question(s) but only 9 match"],
    [
      { draw: [{ perObjective: 2, objectiveIds: ["read-text"] }, { count: 8 }] },
      'draw[0] (objectiveIds ["read-text"]) and draw[1] cannot all be met: together they need 10 question(s) from 9',
    ],
    [{ draw: [{ count: 1, topics: ["wartime-statutes" as const] }] }, 'topics ["wartime-statutes"]'],
    [{ draw: [{ perObjective: 3 }] }, 'draw[0]: needs 3 question(s) for objective "read-text" but only 2 match'],
    [{ draw: [{ perObjective: 1, topics: ["wartime-statutes" as const] }] }, "draw[0] (topics"],
  ])("rejects an unsatisfiable spec %j", (spec, message) => {
    expect(() => createQuiz({ id: "q", lessons: [makeLesson()], ...spec })).toThrow(message);
  });

  it.each([
    [{ passingPercent: 120 }, "passingPercent"],
    [{ hintPenalty: 2 }, "hintPenalty"],
    [{ draw: [{ count: 0 }] }, "draw[0].count"],
    [{ draw: [{}] }, "needs a count or perObjective"],
    [{ timeLimitSeconds: -5 }, "timeLimitSeconds"],
  ])("rejects invalid settings %j", (spec, message) => {
    expect(() => createQuiz({ id: "q", lessons: [makeLesson()], ...spec })).toThrow(message);
  });

  it("rejects a pool with a duplicated question id, as a QuizError", () => {
    const error = (() => {
      try {
        createQuiz({ id: "q", lessons: [makeLesson(), makeLesson()] });
      } catch (e) {
        return e;
      }
    })();

    expect(error).toBeInstanceOf(QuizError);
    expect(isCivicsError(error)).toBe(true);
    expect((error as QuizError).code).toBe("invalid_quiz_spec");
  });
});

describe("startAttempt", () => {
  const quiz = createQuiz({
    id: "unit",
    lessons: [makeLesson()],
    draw: [{ perObjective: 1 }, { count: 2, difficulty: [2, 3] }],
    maxQuestions: 3,
  });

  it("draws by rule, caps at maxQuestions, and is reproducible from the seed", () => {
    const a = startAttempt(quiz, { seed: "learner-1", now: T0, id: "a" });
    const b = startAttempt(quiz, { seed: "learner-1", now: T0, id: "a" });

    expect(a.questions).toHaveLength(3);
    expect(b).toEqual(a);
  });

  it("draws differently for different seeds", () => {
    const draws = new Set(
      Array.from({ length: 20 }, (_, i) =>
        startAttempt(quiz, { seed: `s${i}`, now: T0 })
          .questions.map((q) => q.id)
          .join(),
      ),
    );

    expect(draws.size).toBeGreaterThan(1);
  });

  it("gives each question's options an order that depends on the seed and question id, not on the question's position", () => {
    const all = createQuiz({ id: "all", lessons: [makeLesson()] });
    const reversed = createQuiz({ id: "all", questions: [...makeLesson().questions].reverse() });

    const a = startAttempt(all, { seed: "s", now: T0 });
    const b = startAttempt(reversed, { seed: "s", now: T0 });

    expect(b.optionOrders).toEqual(a.optionOrders);
    expect(b.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
  });

  it("keeps fixed choices in place", () => {
    const all = createQuiz({ id: "all", lessons: [makeLesson()] });
    for (const seed of ["a", "b", "c", "d", "e"]) {
      expect(startAttempt(all, { seed, now: T0 }).optionOrders["who-vetoes"]?.choices?.[3]).toBe("none");
    }
  });

  it("uses nanoid ids unless given one", () => {
    expect(startAttempt(quiz, { seed: "s", now: T0 }).id).toMatch(/^[A-Za-z0-9_-]{21}$/);
  });
});

describe("clocks and time limits", () => {
  const quiz = createQuiz({ id: "timed", lessons: [makeLesson()], timeLimitSeconds: 600 });
  const BAD_CLOCKS: [string, unknown][] = [
    ["words", "yesterday"],
    ["an empty string", ""],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a number past the Date range", 8.64e15 + 1],
    ["a string past the Date range", "+275760-09-13T00:00:00.001Z"],
    ["an invalid Date", new Date(Number.NaN)],
    ["a symbol", Symbol("now")],
    ["an object", { now: T0 }],
    ["null", null],
    ["a bigint", 10n],
  ];

  it.each(BAD_CLOCKS)("answers a clock that is %s with QuizError invalid_time everywhere", (_name, now) => {
    const clock = { now: now as string };
    const attempt = startAttempt(quiz, { seed: "s", now: T0 });
    const calls = [
      () => startAttempt(quiz, { seed: "s", now: now as string }),
      () => answerQuestion(attempt, "tf-review", true, clock),
      () => revealHint(attempt, "tf-review", clock),
      () => scoreAttempt(attempt, clock),
      () => submitAttempt(attempt, clock),
      () => scoreSubmission(attempt, {}, clock),
    ];

    for (const call of calls) {
      expect(call).toThrow(QuizError);
      expect(call).toThrow(expect.objectContaining({ code: "invalid_time" }));
    }
  });

  it("reads Dates, epoch milliseconds and ISO strings alike", () => {
    const fromString = startAttempt(quiz, { seed: "s", now: T0, id: "a" });

    expect(startAttempt(quiz, { seed: "s", now: new Date(T0), id: "a" })).toEqual(fromString);
    expect(startAttempt(quiz, { seed: "s", now: Date.parse(T0), id: "a" })).toEqual(fromString);
  });

  it("refuses a deadline past the last date a Date can hold as invalid_time, not a RangeError", () => {
    const call = () => startAttempt(quiz, { seed: "s", now: 8.64e15 - 1000 });

    expect(call).toThrow(expect.objectContaining({ name: "QuizError", code: "invalid_time" }));
  });

  it.each([[1e13], [366 * 86400 + 1], [Number.NaN], [0], ["600"]])(
    "refuses a time limit of %j seconds when the quiz is made",
    (timeLimitSeconds) => {
      expect(() =>
        createQuiz({ id: "q", lessons: [makeLesson()], timeLimitSeconds: timeLimitSeconds as number }),
      ).toThrow(expect.objectContaining({ code: "invalid_quiz_spec" }));
    },
  );

  it("accepts a time limit of exactly 366 days", () => {
    const long = createQuiz({ id: "q", lessons: [makeLesson()], timeLimitSeconds: 366 * 86400 });

    expect(startAttempt(long, { seed: "s", now: T0 }).deadline).toBe("2027-01-06T09:00:00.000Z");
  });
});

describe("answering, hints and submission", () => {
  const quiz = createQuiz({
    id: "full",
    lessons: [makeLesson()],
    hintPenalty: 0.5,
    passingPercent: 80,
    timeLimitSeconds: 600,
  });

  it("scores a complete correct attempt at 100% with per-objective mastery", () => {
    let attempt = startAttempt(quiz, { seed: "s", now: T0, id: "att" });
    for (const [id, response] of Object.entries(KEY)) attempt = answerQuestion(attempt, id, response, { now: at(60) });

    const { result, attempt: done } = submitAttempt(attempt, { now: at(300) });

    expect(result).toMatchObject({ earned: 9, possible: 9, percent: 100, passed: true, durationSeconds: 300 });
    expect(result.objectives.find((o) => o.objectiveId === "read-text")).toMatchObject({
      earned: 2,
      possible: 2,
      mastered: true,
    });
    expect(done.submittedAt).toBe(at(300));
    expect(() => answerQuestion(done, "tf-review", false, { now: at(301) })).toThrow(/already submitted/);
  });

  it("reveals hints one at a time and deducts the hint penalty", () => {
    let attempt = startAttempt(quiz, { seed: "s", now: T0 });
    const first = revealHint(attempt, "tf-review", { now: at(10) });
    attempt = first.attempt;
    const second = revealHint(attempt, "tf-review", { now: at(11) });
    attempt = answerQuestion(attempt, "tf-review", true, { now: at(20) });

    const result = scoreAttempt(attempt, { now: at(30) }).questions.find((q) => q.questionId === "tf-review");

    expect(first.hint).toBe("Think about what courts do with laws that conflict with the Constitution.");
    expect(second.hint).toBeNull();
    expect(result).toMatchObject({ status: "correct", earned: 0.5, hintsUsed: 1 });
  });

  it("records answers after the deadline as late and does not count them", () => {
    let attempt = startAttempt(quiz, { seed: "s", now: T0 });
    attempt = answerQuestion(attempt, "who-vetoes", "president", { now: at(599) });
    attempt = answerQuestion(attempt, "tf-review", true, { now: at(601) });
    attempt = answerQuestion(attempt, "who-vetoes", "speaker", { now: at(700) });

    const { result } = submitAttempt(attempt, { now: at(800) });

    expect(result.questions.find((q) => q.questionId === "who-vetoes")).toMatchObject({ status: "correct", earned: 1 });
    expect(result.questions.find((q) => q.questionId === "tf-review")).toMatchObject({
      status: "unanswered",
      late: true,
    });
    expect(result.counts.late).toBe(1);
  });

  it("stores responses that JSON cannot hold as invalid, so a round trip changes nothing", () => {
    let attempt = startAttempt(quiz, { seed: "s", now: T0 });
    attempt = answerQuestion(attempt, "override-fraction", Number.NaN, { now: at(1) });
    attempt = answerQuestion(attempt, "who-vetoes", new Date(), { now: at(1) });

    const direct = scoreAttempt(attempt, { now: at(2) });
    const resumed = scoreAttempt(JSON.parse(JSON.stringify(attempt)), { now: at(2) });

    expect(resumed).toEqual(direct);
    expect(direct.questions.find((q) => q.questionId === "override-fraction")).toMatchObject({
      status: "invalid",
      reason: "not_a_number",
    });
    expect(direct.questions.find((q) => q.questionId === "who-vetoes")).toMatchObject({
      status: "invalid",
      reason: "wrong_type",
    });
  });

  it("throws a QuizError for a question that is not in the attempt", () => {
    const attempt = startAttempt(quiz, { seed: "s", now: T0 });

    expect(() => answerQuestion(attempt, "nope", 1, { now: at(1) })).toThrow(QuizError);
  });
});

describe("scoreSubmission", () => {
  const quiz = createQuiz({ id: "full", lessons: [makeLesson()] });
  const open = () => startAttempt(quiz, { seed: "s", now: T0, id: "open" });

  it("records and submits a posted record, ignoring ids that are not questions of the attempt", () => {
    const attempt = open();

    const out = scoreSubmission(attempt, { ...KEY, "not-a-question": 1 }, { now: at(100) });

    expect(out).toMatchObject({ accepted: true, repeated: false, ignoredQuestionIds: ["not-a-question"] });
    expect(out.result?.percent).toBe(100);
    expect(out.attempt.submittedAt).toBe(at(100));
    expect(out.attempt.answers["who-vetoes"]?.response).toBe("president");
  });

  it("submits an empty record with nothing answered", () => {
    const out = scoreSubmission(open(), {}, { now: at(100) });

    expect(out.accepted).toBe(true);
    expect(out.attempt.submittedAt).toBe(at(100));
    expect(out.result?.counts.unanswered).toBe(9);
  });

  it.each([
    ["a string", "all correct", "not_a_record"],
    ["an array", [["who-vetoes", "president"]], "not_a_record"],
    ["a number", 42, "not_a_record"],
    ["true", true, "not_a_record"],
    ["null", null, "not_a_record"],
    ["undefined", undefined, "not_a_record"],
    ["a Date", new Date(0), "not_a_record"],
    ["a Map", new Map([["who-vetoes", "president"]]), "not_a_record"],
    ["the HTTP envelope", { responses: { "who-vetoes": "president" } }, "wrapped_responses"],
    ["a record of unknown ids", { "not-a-question": "president" }, "no_known_questions"],
    ["a lone __proto__ key", JSON.parse('{"__proto__": {"who-vetoes": "president"}}'), "no_known_questions"],
    ["constructor and prototype keys", { constructor: 1, prototype: 2 }, "no_known_questions"],
    [
      "a proxy whose traps throw",
      new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error("trap");
          },
        },
      ),
      "not_a_record",
    ],
  ])("rejects %s without submitting or changing the attempt", (_name, body, reason) => {
    const attempt = open();
    const before = structuredClone(attempt);

    const out = scoreSubmission(attempt, body, { now: at(100) });

    expect(out).toMatchObject({ accepted: false, repeated: false, reason });
    expect(out.result).toBeUndefined();
    expect(out.attempt).toBe(attempt);
    expect(attempt).toEqual(before);
    expect(scoreSubmission(out.attempt, KEY, { now: at(200) }).result?.percent).toBe(100);
  });

  it("answers a repeated submit with the stored result, whatever the second body holds", () => {
    const first = scoreSubmission(open(), { "who-vetoes": "president" }, { now: at(100) });
    const stored = JSON.parse(JSON.stringify(first.attempt));

    const again = [KEY, "garbage", {}, { responses: KEY }].map((body) =>
      scoreSubmission(stored, body, { now: at(500) }),
    );

    for (const out of again) {
      expect(out).toMatchObject({ accepted: true, repeated: true, ignoredQuestionIds: [] });
      expect(out.attempt).toBe(stored);
      expect(out.result).toEqual(first.result);
    }
  });

  it("keeps submitAttempt strict: a second submit is a QuizError", () => {
    const { attempt } = submitAttempt(open(), { now: at(10) });

    expect(() => submitAttempt(attempt, { now: at(20) })).toThrow(
      expect.objectContaining({ code: "attempt_submitted" }),
    );
  });
});

describe("toPublicAttempt", () => {
  it("resumes with the learner's responses and revealed hints but no keys", () => {
    const quiz = createQuiz({ id: "full", lessons: [makeLesson()] });
    let attempt = startAttempt(quiz, { seed: "s", now: T0 });
    attempt = answerQuestion(attempt, "who-vetoes", "speaker", { now: at(1) });
    attempt = revealHint(attempt, "tf-review", { now: at(2) }).attempt;

    const view = toPublicAttempt(attempt);

    expect(view.responses).toEqual({ "who-vetoes": "speaker" });
    expect(view.revealedHints["tf-review"]).toHaveLength(1);
    expect(view.questions.find((q) => q.id === "cloze-bill")?.excerpt?.sourceId).toBe("const-art-1");
    expect(JSON.stringify(view)).not.toMatch(
      /"correct"|"explanation"|"fraction"|"answers"|"pairs"|"correctOrder"|"categoryId"/,
    );
  });
});

describe("isCivicsError", () => {
  it("recognises the library's errors by a registered mark, whatever their name", () => {
    const own = new QuizError("invalid_quiz_spec", "x");
    const renamed = Object.assign(new QuizError("invalid_quiz_spec", "x"), { name: "SomethingElse" });
    const lookalike = Object.assign(new Error("x"), { name: "QuizError", code: "invalid_quiz_spec" });
    const otherCopy = Object.assign(new Error("x"), { code: "c", [Symbol.for("civics-lessons.error")]: true });

    expect([own, renamed, lookalike, otherCopy, null, "QuizError"].map((e) => isCivicsError(e))).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
