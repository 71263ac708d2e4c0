/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import {
  createQuiz,
  type PublicQuestion,
  type PublicQuestionMap,
  type QuestionType,
  scoreSubmission,
  startAttempt,
  toPublicAttempt,
} from "civics-lessons";
import { getLesson } from "civics-lessons/lessons";
import { afterAll, describe, expect, it } from "vitest";
import { runTerminalQuiz } from "../../examples/terminal-quiz/quiz.js";
import { mixedResponse } from "./_helpers.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LESSON = "three-branches-and-checks";
const NOW = () => new Date("2026-11-28T12:00:00Z");
const scratch = mkdtempSync(join(tmpdir(), "terminal-quiz-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The attempt the quiz builds for a seed, and a mixed set of responses to it. */
function setUp(seed: string) {
  const lesson = getLesson(LESSON);
  if (!lesson) throw new Error("lesson missing");
  const quiz = createQuiz({ id: lesson.id, title: lesson.title, lessons: [lesson] });
  const attempt = startAttempt(quiz, { seed, now: NOW() });
  const view = toPublicAttempt(attempt);
  const responses: Record<string, unknown> = {};
  view.questions.forEach((pub, i) => {
    const full = attempt.questions.find((q) => q.id === pub.id);
    if (full) responses[pub.id] = mixedResponse(full, pub, i);
  });
  const expected = scoreSubmission(attempt, responses, { now: NOW() }).result!;
  return { view, responses, expected };
}

const n = (list: readonly { id: string }[], id: unknown) => String(list.findIndex((o) => o.id === id) + 1);

type Typed<K extends QuestionType> = (q: PublicQuestionMap[K], response: never) => string[];

/** What a learner types, line by line, to give each type of response. */
const typed = {
  "single-choice": (q, id: string) => [n(q.choices, id)],
  "multiple-choice": (q, ids: string[]) => [ids.map((id) => n(q.choices, id)).join(" ")],
  "true-false": (_q, value: boolean) => [value ? "t" : "f"],
  "short-text": (_q, text: string) => [text],
  numeric: (_q, text: string) => [text],
  ordering: (q, ids: string[]) => [ids.map((id) => n(q.items, id)).join(", ")],
  matching: (q, record: Record<string, string>) => q.premises.map((p) => n(q.responses, record[p.id])),
  categorize: (q, record: Record<string, string>) => q.items.map((i) => n(q.categories, record[i.id])),
  cloze: (q, record: Record<string, string>) =>
    q.blanks.map((b) => (b.kind === "choice" ? n(b.choices, record[b.id]) : (record[b.id] ?? ""))),
} satisfies { [K in QuestionType]: Typed<K> };

function linesFor(question: PublicQuestion, response: unknown): string[] {
  return (typed[question.type] as Typed<QuestionType>)(question as never, response as never);
}

async function run(argv: string[], input = "") {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let output = "";
  stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  stdin.end(input);
  const code = await runTerminalQuiz({ argv, input: stdin, output: stdout, now: NOW });
  return { code, output };
}

const scoreLine = (r: { earned: number; possible: number; percent: number }) =>
  `Score: ${Math.round(r.earned * 100) / 100} of ${r.possible} points (${r.percent}%)`;

describe("terminal quiz", () => {
  it("scores a quiz answered from an --answers file", async () => {
    const { responses, expected } = setUp("from-file");
    const file = join(scratch, "answers.json");
    writeFileSync(file, JSON.stringify(responses));

    const { code, output } = await run(["--lesson", LESSON, "--seed", "from-file", "--answers", file]);

    expect(code).toBe(0);
    expect(output).toContain(scoreLine(expected));
    expect(output).toContain("Mastery by objective");
    expect(output).toContain("Explanations");
    expect(output).toContain("Article I, Section 7 sets the sequence.");
    expect(output).not.toContain("\u001b["); // no ANSI colours when not a terminal
  });

  it("reads piped answers line by line and re-asks after invalid input", async () => {
    const { view, responses, expected } = setUp("piped");
    const lines: string[] = [];
    for (const question of view.questions) {
      if (question.type === "single-choice") lines.push("99"); // out of range: must be asked again
      if (question.type === "numeric") lines.push("about twelve"); // not a number: validateResponse says so
      lines.push(...linesFor(question, responses[question.id]));
    }

    const { code, output } = await run(["--lesson", LESSON, "--seed", "piped"], `${lines.join("\n")}\n`);

    expect(code).toBe(0);
    expect(output).toContain("Type one number from 1 to");
    expect(output).toContain("Please type a plain number");
    expect(output).toContain(scoreLine(expected));
    expect(output).not.toContain("Input ended");
  });

  it("lets the learner pick a lesson by number, reveal a hint, and stop early", async () => {
    const { code, output } = await run(["--seed", "menu"], "11\n?\n");

    expect(code).toBe(0);
    expect(output).toContain("Choose a lesson:");
    expect(output).toContain("Three Branches and Their Checks");
    expect(output).toMatch(/Hint: |This question has no hints\./);
    expect(output).toContain("Input ended: the remaining questions count as not answered.");
    expect(output).toMatch(/Score: 0 of \d+ points \(0%\)/);
  });

  it.each([
    [["--lesson", "no-such-lesson"], 'Unknown lesson "no-such-lesson"'],
    [["--answers", "whatever.json"], "cannot read whatever.json"],
    [["--bogus"], "Unknown option '--bogus'"],
  ])("exits with 2 and usage for %j", async (argv, message) => {
    const { code, output } = await run(argv);

    expect(code).toBe(2);
    expect(output).toContain(message);
    expect(output).toContain("Usage: npm run demo");
  });

  it("runs as a script with piped stdin through tsx (the npm run demo path)", () => {
    const { view, responses, expected } = setUp("script");
    const lines = view.questions.flatMap((q) => linesFor(q, responses[q.id]));

    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "examples/terminal-quiz/index.ts", "--lesson", LESSON, "--seed", "script"],
      { cwd: ROOT, input: `${lines.join("\n")}\n`, encoding: "utf8", timeout: 60_000 },
    );

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(scoreLine(expected));
  }, 60_000);
});
