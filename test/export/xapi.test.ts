/// <reference types="node" />
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Ajv04 from "ajv-draft-04";
import {
  type Attempt,
  type AttemptResult,
  answerQuestion,
  createQuiz,
  type Lesson,
  revealHint,
  startAttempt,
  submitAttempt,
} from "civics-lessons";
import { ExportError, toXapiStatements, type XapiOptions, type XapiStatement } from "civics-lessons/export/xapi";
import { beforeAll, describe, expect, it } from "vitest";
import { vendorDir } from "../_helpers/vendor.js";
import { fixtureLesson, loadLessons, sampleResponses } from "./_helpers.js";

const VENDOR = `${vendorDir()}/xapi`;
const schema = (name: string) => JSON.parse(readFileSync(`${VENDOR}/edo-xrs-xapi_1.0.2-${name}.json`, "utf8"));

// The statement schema's duration pattern has an escaped soft hyphen that unicode regexes reject.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
const validateStatement = ajv.compile(schema("statement"));
const validateAgent = ajv.compile(schema("agent"));
const validateLangmap = ajv.compile(schema("langmap"));
const require = createRequire(import.meta.url);
const learningLocker = require("@learninglocker/xapi-validation").default as (
  statement: unknown,
) => { path?: unknown }[];

const OPTIONS: XapiOptions = {
  actor: { name: "Ada Learner", mbox: "mailto:ada@example.org" },
  activityIdBase: "https://example.org/civics",
};

/**
 * A submitted attempt at a lesson: questions in authored order, answered one a minute with the
 * n-th sample response (so scores vary), one question left unanswered and one hint revealed.
 */
function attemptAt(lesson: Lesson, pick = 0): { attempt: Attempt; result: AttemptResult } {
  const quiz = createQuiz({
    id: `quiz-${lesson.id}`,
    title: lesson.title,
    lessons: [lesson],
    shuffleQuestions: false,
    shuffleOptions: false,
  });
  let attempt = startAttempt(quiz, { seed: "xapi", now: "2026-01-05T09:00:00Z", id: `attempt-${lesson.id}-${pick}` });
  let minute = 0;
  attempt.questions.forEach((question, i) => {
    if (i === 1) return; // left unanswered
    if (i === 2) attempt = revealHint(attempt, question.id, { now: "2026-01-05T09:00:30Z" }).attempt;
    const samples = sampleResponses(question);
    minute += 1;
    attempt = answerQuestion(attempt, question.id, samples[(i + pick) % samples.length], {
      now: new Date(Date.parse("2026-01-05T09:00:00Z") + minute * 60_000).toISOString(),
    });
  });
  return submitAttempt(attempt, { now: "2026-01-05T09:30:00Z" });
}

function problems(statement: XapiStatement): unknown[] {
  const found: unknown[] = [];
  if (!validateStatement(statement)) found.push(...(validateStatement.errors ?? []));
  if (!validateAgent(statement.actor)) found.push(...(validateAgent.errors ?? []));
  for (const map of [
    statement.verb.display,
    statement.object.definition.name,
    statement.object.definition.description,
  ]) {
    if (map && !validateLangmap(map)) found.push(...(validateLangmap.errors ?? []));
  }
  found.push(...learningLocker(statement));
  return found;
}

describe("toXapiStatements", () => {
  let lessons: Lesson[] = [];

  beforeAll(async () => {
    lessons = await loadLessons();
  });

  it("makes statements that pass both validators, for the fixture and every lesson", () => {
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
  }, 60_000);

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

  it("accepts bare questions when the attempt is not at hand", () => {
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
});
