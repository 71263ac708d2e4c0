/// <reference types="node" />
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type AttemptResult,
  answerQuestion,
  createQuiz,
  type Lesson,
  type Question,
  type QuestionOfType,
  startAttempt,
  submitAttempt,
} from "civics-lessons";
import { ExportError, parseFillIn, toXapiStatements, type XapiOptions } from "civics-lessons/export/xapi";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureLesson, loadLessons } from "./_helpers.js";
import { vendorPresent } from "./_vendor.js";
import { attemptAt, OPTIONS, problems } from "./_xapi.js";

/** One question answered with `response` and submitted, as xAPI statements. */
function statementFor(question: Question, response: unknown, options: XapiOptions = OPTIONS) {
  const quiz = createQuiz({ id: "quiz-one", title: "One", questions: [question], shuffleOptions: false });
  const started = startAttempt(quiz, { seed: "x", now: "2026-01-05T09:00:00Z", id: "attempt-one" });
  const answered = answerQuestion(started, question.id, response, { now: "2026-01-05T09:01:00Z" });
  const { attempt, result } = submitAttempt(answered, { now: "2026-01-05T09:02:00Z" });
  return { ...toXapiStatements(result, attempt, options), result };
}

const fixtureQuestion = <K extends Question["type"]>(type: K) =>
  fixtureLesson().questions.find((q) => q.type === type) as QuestionOfType<K>;

describe("toXapiStatements", () => {
  let lessons: Lesson[] = [];

  beforeAll(async () => {
    lessons = await loadLessons();
  });

  it.skipIf(!vendorPresent)(
    "makes statements that pass both validators, for the fixture and every lesson",
    () => {
      let count = 0;
      for (const lesson of [fixtureLesson(), ...lessons]) {
        for (const pick of [0, 1, 2]) {
          const { attempt, result } = attemptAt(lesson, pick);

          const { output } = toXapiStatements(result, attempt, OPTIONS);

          for (const statement of output) {
            expect({ id: statement.id, problems: problems(statement) }).toEqual({ id: statement.id, problems: [] });
          }
          expect(output).toHaveLength(lesson.questions.length + 2);
          count += output.length;
        }
      }
      // Recorded for the final report.
      console.info(`xAPI: ${count} statements validated with ajv (edo-xrs schema) and @learninglocker/xapi-validation`);
    },
    60_000,
  );

  it("matches the golden file for the fixture", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const { output } = toXapiStatements(result, attempt, OPTIONS);

    // Compared as data, so the file may be formatted by Biome; UPDATE_GOLDEN=1 rewrites it.
    const golden = fileURLToPath(new URL("./__golden__/valid-lesson.xapi.json", import.meta.url));
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden))
      writeFileSync(golden, `${JSON.stringify(output, null, 2)}\n`);
    expect(output).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });

  it("uses the interaction type of each question type", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const { output } = toXapiStatements(result, attempt, OPTIONS);

    expect(output.map((s) => [s.verb.display["en-US"], s.object.definition.interactionType])).toEqual([
      ["answered", "choice"],
      ["answered", "choice"],
      ["answered", "true-false"],
      ["answered", "fill-in"],
      ["answered", "numeric"],
      ["answered", "sequencing"],
      ["answered", "matching"],
      ["answered", "fill-in"],
      ["answered", "matching"],
      ["completed", undefined],
      [result.passed ? "passed" : "failed", undefined],
    ]);
  });

  it("writes one correct-response pattern per accepted alternative, in the xAPI formats", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const patterns = Object.fromEntries(
      toXapiStatements(result, attempt, OPTIONS).output.map((s) => [
        s.object.id.split("/").pop(),
        s.object.definition.correctResponsesPattern,
      ]),
    );

    expect(patterns).toEqual({
      "who-vetoes": ["president"],
      "which-checks": ["override[,]impeach[,]purse"],
      "tf-review": ["true"],
      "name-case": ["Marbury v. Madison"],
      "override-fraction": ["0.6567[:]0.6767"],
      "order-events": ["signed[,]congress[,]marbury"],
      "match-articles": ["art-1[.]legislative[,]art-3[.]judicial"],
      "cloze-bill": ["House of Representatives[,]President"],
      "sort-powers": ["tax[.]congress[,]veto[.]president[,]cases[.]courts"],
      "quiz-fixture-checks-and-balances": undefined,
    });
  });

  it("echoes responses, scores, success and time on each question", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const [first, unanswered, , , , ordering] = toXapiStatements(result, attempt, OPTIONS).output;

    expect(first?.result).toEqual({
      success: true,
      completion: true,
      response: "president",
      score: { raw: 1, min: 0, max: 1, scaled: 1 },
      duration: "PT60S",
    });
    expect(unanswered?.result).toEqual({
      success: false,
      completion: false,
      score: { raw: 0, min: 0, max: 1, scaled: 0 },
    });
    expect(ordering?.result.response).toBe("marbury[,]congress[,]signed");
    expect(first?.timestamp).toBe("2026-01-05T09:01:00.000Z");
  });

  it("reports the attempt as completed and passed or failed, with its duration", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const statements = toXapiStatements(result, attempt, {
      ...OPTIONS,
      timestamp: "2026-01-05T10:00:00+01:00",
    }).output.slice(-2);

    expect(statements.map((s) => s.verb.id)).toEqual([
      "http://adlnet.gov/expapi/verbs/completed",
      result.passed ? "http://adlnet.gov/expapi/verbs/passed" : "http://adlnet.gov/expapi/verbs/failed",
    ]);
    expect(statements[0]?.result).toEqual({
      success: result.passed,
      completion: true,
      duration: "PT1800S",
      score: {
        raw: result.earned,
        min: 0,
        max: result.possible,
        scaled: expect.closeTo(result.earned / result.possible, 6),
      },
    });
    expect(statements[0]?.timestamp).toBe("2026-01-05T09:00:00.000Z");
  });

  it("gives reproducible, version-5 statement ids and one registration per attempt", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const once = toXapiStatements(result, attempt, OPTIONS).output;
    const twice = toXapiStatements(result, attempt, OPTIONS).output;

    expect(twice).toEqual(once);
    expect(new Set(once.map((s) => s.id)).size).toBe(once.length);
    for (const s of once) expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(once.map((s) => s.context.registration)).size).toBe(1);
  });

  it.skipIf(!vendorPresent)("accepts bare questions when the attempt is not at hand", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const { output } = toXapiStatements(result, { questions: attempt.questions }, OPTIONS);

    expect(output[0]?.result.response).toBeUndefined();
    expect(output[0]?.timestamp).toBe(result.submittedAt);
    for (const statement of output) expect(problems(statement)).toEqual([]);
  });

  it("reports what correctResponsesPattern cannot express", () => {
    const { attempt, result } = attemptAt(fixtureLesson());

    const { issues } = toXapiStatements(result, attempt, OPTIONS);

    expect(issues.map((i) => [i.questionId, i.code])).toEqual([["name-case", "text_matching_approximated"]]);
  });

  it.each([
    ["an actor without an identifier", { ...OPTIONS, actor: { name: "Nobody" } }, /exactly one of/],
    ["a relative activity id base", { ...OPTIONS, activityIdBase: "civics" }, /absolute IRI/],
    ["an unreadable timestamp", { ...OPTIONS, timestamp: "yesterday" }, /ISO 8601/],
  ])("throws ExportError for %s", (_name, options, message) => {
    const { attempt, result } = attemptAt(fixtureLesson());

    expect(() => toXapiStatements(result, attempt, options as XapiOptions)).toThrow(ExportError);
    expect(() => toXapiStatements(result, attempt, options as XapiOptions)).toThrow(message);
  });

  it("escapes typed text so that a reader gets back exactly what the learner typed", () => {
    const cloze = fixtureQuestion("cloze");
    const twoTextBlanks: Question = {
      ...cloze,
      text: "First {{one}}, then {{two}}.",
      blanks: [
        { id: "one", kind: "text", answers: [{ text: "alpha" }] },
        { id: "two", kind: "text", answers: [{ text: "beta" }] },
      ],
    };
    const hostile = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom(
        "a[,]x2",
        "{case_matters=true}<img src=x onerror=alert(1)>",
        "\\[,]",
        "[\\,]",
        "{",
        "\\",
        "[.][:]",
        "",
      ),
    );
    let checked = 0;

    fc.assert(
      fc.property(hostile, hostile, (first, second) => {
        const short = statementFor(fixtureQuestion("short-text"), first);
        const gap = statementFor(twoTextBlanks, { one: first, two: second });

        for (const [statement, typed] of [
          [short.output[0], [first]],
          [gap.output[0], [first, second]],
        ] as const) {
          const response = statement?.result.response;
          if (response === undefined) continue; // an invalid response (too long, say) is not echoed
          expect(parseFillIn(response)).toEqual({ parameters: {}, items: typed });
          checked++;
        }
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(300);
  });

  it("writes ordinary text unchanged and keeps reserved sequences out of it", () => {
    const { output } = statementFor(fixtureQuestion("short-text"), "Marbury v. Madison");
    const hostile = statementFor(fixtureQuestion("short-text"), "a[,]b {x} \\ [.] [:]");

    expect(output[0]?.result.response).toBe("Marbury v. Madison");
    expect(hostile.output[0]?.result.response).toBe("a[\\,]b {x} \\\\ [\\.] [\\:]");
    expect(hostile.output[0]?.result.response?.split("[,]")).toHaveLength(1);
  });

  it("escapes lesson answers in correct-response patterns, after the case parameter", () => {
    const question: Question = {
      ...fixtureQuestion("short-text"),
      answers: [{ text: "a[,]b" }, { text: "{x}" }, { text: "back\\slash" }, { text: "half", fraction: 0.5 }],
      matching: { caseSensitive: true },
    };

    const patterns = statementFor(question, "a[,]b").output[0]?.object.definition.correctResponsesPattern ?? [];

    expect(patterns.map(parseFillIn)).toEqual([
      { parameters: { case_matters: "true" }, items: ["a[,]b"] },
      { parameters: { case_matters: "true" }, items: ["{x}"] },
      { parameters: { case_matters: "true" }, items: ["back\\slash"] },
    ]);
  });

  it("lists at most 64 cloze patterns, and says so when it cuts", () => {
    const answers = ["a", "b", "c", "d", "e"].map((text) => ({ text }));
    const question: Question = {
      ...fixtureQuestion("cloze"),
      text: "{{x}} {{y}} {{z}}",
      blanks: ["x", "y", "z"].map((id) => ({ id, kind: "text" as const, answers })),
    };

    const { output, issues } = statementFor(question, { x: "a", y: "b", z: "c" });

    expect(output[0]?.object.definition.correctResponsesPattern).toHaveLength(64);
    expect(issues).toEqual([expect.objectContaining({ code: "feature_dropped", kind: "dropped" })]);
  });

  it("sets case_matters for every blank when only some are case-sensitive, and says so", () => {
    const question: Question = {
      ...fixtureQuestion("cloze"),
      text: "{{x}} {{y}}",
      blanks: [
        { id: "x", kind: "text", answers: [{ text: "A" }], matching: { caseSensitive: true } },
        { id: "y", kind: "text", answers: [{ text: "b" }] },
      ],
    };

    const { output, issues } = statementFor(question, { x: "A", y: "b" });

    expect(output[0]?.object.definition.correctResponsesPattern).toEqual(["{case_matters=true}A[,]b"]);
    expect(issues.map((i) => i.code)).toEqual(["text_matching_approximated"]);
  });

  it.skipIf(!vendorPresent)("accepts an account actor and a platform", () => {
    const { output } = statementFor(fixtureQuestion("true-false"), true, {
      ...OPTIONS,
      actor: { name: "Ada", account: { homePage: "https://school.example", name: "ada-42" } },
      platform: "Civics app",
      language: "en-GB",
      quizName: "Checks",
    });

    expect(output[0]?.actor).toEqual({
      objectType: "Agent",
      name: "Ada",
      account: { homePage: "https://school.example", name: "ada-42" },
    });
    expect(output.map((s) => s.context.platform)).toEqual(["Civics app", "Civics app", "Civics app"]);
    expect(output[1]?.object.definition.name).toEqual({ "en-GB": "Checks" });
    for (const statement of output) expect(problems(statement)).toEqual([]);
  });

  it("throws unknown_question when the result names a question the attempt does not have", () => {
    const { attempt, result } = attemptAt(fixtureLesson());
    const stray: AttemptResult = {
      ...result,
      questions: [{ ...(result.questions[0] as AttemptResult["questions"][number]), questionId: "stray" }],
    };

    expect(() => toXapiStatements(stray, attempt, OPTIONS)).toThrow(
      expect.objectContaining({ code: "unknown_question" }),
    );
  });

  it("echoes no response it cannot read in the question's form, and gives no score when nothing was possible", () => {
    const { attempt, result } = attemptAt(fixtureLesson());
    const odd: Record<string, unknown> = {
      "who-vetoes": 42,
      "which-checks": "override",
      "tf-review": "true",
      "name-case": ["Marbury"],
      "override-fraction": "two thirds",
      "order-events": { first: "signed" },
      "match-articles": ["art-1"],
      "cloze-bill": "House",
      "sort-powers": null,
    };
    const answers = Object.fromEntries(
      attempt.questions.map((q) => [q.id, { response: odd[q.id], answeredAt: "not a time" }]),
    ) as unknown as NonNullable<typeof attempt.answers>;
    const scored: AttemptResult = {
      ...result,
      questions: result.questions.map((qr) => ({
        ...qr,
        status: "incorrect",
        possible: 0,
        earned: 0,
        feedback: { explanation: "", messages: [] },
      })),
    };

    const { output } = toXapiStatements(scored, { questions: attempt.questions, answers }, OPTIONS);

    for (const statement of output.slice(0, -2)) {
      expect(statement.result.response).toBeUndefined();
      expect(statement.result.score).toBeUndefined();
      expect(statement.result.duration).toBeUndefined();
      expect(statement.timestamp).toBe(result.submittedAt);
    }
  });

  it("echoes matching and cloze answers it can read, skipping parts that are not text", () => {
    const { attempt, result } = attemptAt(fixtureLesson());
    const matching = attempt.questions.find((q) => q.type === "matching") as QuestionOfType<"matching">;
    const cloze = attempt.questions.find((q) => q.type === "cloze") as QuestionOfType<"cloze">;
    const choiceBlank = cloze.blanks.find((b) => b.kind === "choice") as Extract<
      QuestionOfType<"cloze">["blanks"][number],
      { kind: "choice" }
    >;
    const textBlank = cloze.blanks.find((b) => b.kind === "text") as QuestionOfType<"cloze">["blanks"][number];
    const answers = {
      [matching.id]: {
        response: { [matching.premises[0]?.id as string]: 7, [matching.premises[1]?.id as string]: "judicial" },
        answeredAt: "2026-01-05T09:05:00Z",
      },
      [cloze.id]: {
        response: { [choiceBlank.id]: "unknown-choice", [textBlank.id]: 3 },
        answeredAt: "2026-01-05T09:06:00Z",
      },
    } as unknown as NonNullable<typeof attempt.answers>;
    const scored: AttemptResult = {
      ...result,
      questions: result.questions.map((qr) => ({ ...qr, status: "incorrect" })),
    };

    const { output } = toXapiStatements(scored, { questions: attempt.questions, answers }, OPTIONS);
    const response = (id: string) => output.find((s) => s.object.id.endsWith(`/${id}`))?.result.response;

    expect(response(matching.id)).toBe(`${matching.premises[1]?.id}[.]judicial`);
    expect(parseFillIn(response(cloze.id) as string).items).toEqual(
      cloze.blanks.map((b) => (b.id === choiceBlank.id ? "unknown-choice" : "")),
    );
  });
});
