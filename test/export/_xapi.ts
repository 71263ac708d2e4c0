/// <reference types="node" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
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
import type { XapiOptions, XapiStatement } from "civics-lessons/export/xapi";
import { sampleResponses } from "./_helpers.js";
import { vendorPath } from "./_vendor.js";

const schema = (name: string) =>
  JSON.parse(readFileSync(vendorPath("xapi", `edo-xrs-xapi_1.0.2-${name}.json`), "utf8"));

/** The edo-xrs JSON Schema validators, compiled on first use. */
let validators: Record<"statement" | "agent" | "langmap", ReturnType<Ajv04["compile"]>> | undefined;
function validator(name: "statement" | "agent" | "langmap") {
  if (!validators) {
    // The statement schema's duration pattern has an escaped soft hyphen that unicode regexes reject.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    validators = {
      statement: ajv.compile(schema("statement")),
      agent: ajv.compile(schema("agent")),
      langmap: ajv.compile(schema("langmap")),
    };
  }
  return validators[name];
}
const require = createRequire(import.meta.url);
const learningLocker = require("@learninglocker/xapi-validation").default as (
  statement: unknown,
) => { path?: unknown }[];

export const OPTIONS: XapiOptions = {
  actor: { name: "Ada Learner", mbox: "mailto:ada@example.org" },
  activityIdBase: "https://example.org/civics",
};

/**
 * A submitted attempt at a lesson: questions in authored order, answered one a minute with the
 * n-th sample response (so scores vary), one question left unanswered and one hint revealed.
 */
export function attemptAt(lesson: Lesson, pick = 0): { attempt: Attempt; result: AttemptResult } {
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

/** What the two independent validators find wrong with a statement (nothing, hopefully). */
export function problems(statement: XapiStatement): unknown[] {
  const found: unknown[] = [];
  const check = (name: "statement" | "agent" | "langmap", value: unknown) => {
    const validate = validator(name);
    if (!validate(value)) found.push(...(validate.errors ?? []));
  };
  check("statement", statement);
  check("agent", statement.actor);
  for (const map of [statement.verb.display, statement.object.definition.name, statement.object.definition.description])
    if (map) check("langmap", map);
  found.push(...learningLocker(statement));
  return found;
}
