/// <reference types="node" />
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import {
  type Attempt,
  type AttemptResult,
  answerQuestion,
  createQuiz,
  type Lesson,
  type PublicAttempt,
  revealHint,
  scoreSubmission,
  startAttempt,
  submitAttempt,
  toPublicAttempt,
  validateResponse,
} from "civics-lessons";
import { catalog, getLesson } from "civics-lessons/lessons";
import {
  describeKey,
  describeResponse,
  hanging,
  makeStyle,
  plain,
  REASONS,
  STATUS_LABELS,
  type Style,
  wrap,
} from "./format.js";
import { askQuestion, END, type QuestionIO, showQuestion } from "./questions.js";

/** Where the quiz reads and writes, so tests can drive it with in-memory streams. */
export interface TerminalQuizOptions {
  /** Command-line arguments after the script name. */
  argv: readonly string[];
  /** Keyboard or piped lines. */
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where the quiz prints. */
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** ANSI colours; by default only on a terminal and without NO_COLOR. */
  color?: boolean;
  /** Columns to wrap at (default: the terminal's width up to 100, or 80). */
  width?: number;
  /** The clock (default `new Date()`); the engine itself never reads the time. */
  now?: () => Date;
}

const USAGE = `Usage: npm run demo -- [--lesson <id>] [--seed <seed>] [--answers <file.json>]

  --lesson <id>      the lesson to quiz on (otherwise you pick one from a list)
  --seed <seed>      any text; the same seed gives the same question and option order
  --answers <file>   answer from a JSON file ({ "<question id>": <response>, ... }) instead of the keyboard
  --help             show this help

Without a terminal and without --answers, answers are read line by line from standard input.`;

/** A line source over readline that also works with piped input (lines that arrive early are kept). */
function openLines(options: TerminalQuizOptions, echo: boolean) {
  const terminal = options.input.isTTY === true && options.output.isTTY === true;
  const rl = createInterface({ input: options.input, output: options.output, terminal });
  const lines = rl[Symbol.asyncIterator]();
  let cancelled = false;
  rl.on("SIGINT", () => {
    cancelled = true;
    options.output.write("\n");
    rl.close();
  });
  return {
    get cancelled() {
      return cancelled;
    },
    async read(prompt: string): Promise<string | typeof END> {
      rl.setPrompt(prompt);
      rl.prompt();
      const next = await lines.next();
      if (next.done) {
        options.output.write("\n");
        return END;
      }
      if (echo) options.output.write(`${next.value}\n`); // piped answers would otherwise be invisible
      return next.value;
    },
    close: () => rl.close(),
  };
}

type Lines = ReturnType<typeof openLines>;

/** Points for display: at most two decimals (the result keeps full precision). */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function printReport(result: AttemptResult, view: PublicAttempt, lesson: Lesson, io: QuestionIO): void {
  const { style, width } = io;
  const verdict = result.passed ? style.good("passed") : style.bad("not passed yet");
  io.say();
  io.say(style.bold("Results"));
  io.say(
    `Score: ${formatPoints(result.earned)} of ${formatPoints(result.possible)} points (${result.percent}%), ${verdict}`,
  );
  const counts = result.counts;
  io.say(
    style.dim(
      `${counts.correct} correct, ${counts.partial} partly correct, ${counts.incorrect} incorrect, ${counts.unanswered} not answered, ${counts.invalid} invalid`,
    ),
  );
  io.say();
  io.say(style.bold("Mastery by objective"));
  for (const objective of result.objectives) {
    const text = lesson.objectives.find((o) => o.id === objective.objectiveId)?.text ?? objective.objectiveId;
    const mark = objective.mastered ? style.good("[mastered]") : style.bad("[not yet] ");
    const ratio = `${formatPoints(objective.earned)}/${formatPoints(objective.possible)} (${Math.round(objective.ratio * 100)}%)`;
    io.say(hanging(`${mark} `, `${ratio} ${text}`, width, "  "));
  }
  io.say();
  io.say(style.bold("Explanations"));
  result.questions.forEach((questionResult, i) => {
    const question = view.questions.find((q) => q.id === questionResult.questionId);
    if (!question) return;
    const status = STATUS_LABELS[questionResult.status];
    const label = questionResult.status === "correct" ? style.good(status) : style.bad(status);
    io.say();
    io.say(hanging(`${i + 1}. `.padEnd(4), question.prompt, width));
    io.say(`    ${label}: ${formatPoints(questionResult.earned)} of ${formatPoints(questionResult.possible)}`);
    if (questionResult.reason) io.say(`    ${REASONS[questionResult.reason]}`);
    const key = describeKey(question, questionResult);
    if (key) io.say(hanging("Answer: ", key, width, "    "));
    for (const message of questionResult.feedback?.messages ?? []) io.say(wrap(plain(message), width, "    > "));
    if (questionResult.feedback) io.say(wrap(plain(questionResult.feedback.explanation), width, "    "));
  });
}

async function chooseLesson(lines: Lines, io: QuestionIO): Promise<string | typeof END> {
  io.say(io.style.bold("Choose a lesson:"));
  catalog.forEach((entry, i) => {
    io.say(`  ${String(i + 1).padStart(2)}) ${entry.title} ${io.style.dim(`(${entry.questionCount} questions)`)}`);
  });
  for (;;) {
    const line = await lines.read(`Lesson (1-${catalog.length}): `);
    if (line === END) return END;
    const n = Number(line.trim());
    const entry = Number.isInteger(n) ? catalog[n - 1] : catalog.find((e) => e.id === line.trim());
    if (entry) return entry.id;
    io.say(`  Type a number from 1 to ${catalog.length}.`);
  }
}

async function readAnswersFile(path: string): Promise<Record<string, unknown> | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    return `cannot read ${path}: ${(error as Error).message}`;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return `${path} must hold a JSON object mapping question ids to responses`;
  return data as Record<string, unknown>;
}

/**
 * Runs the terminal quiz: pick a lesson, answer each question, then see the score, mastery per
 * objective and the explanations.
 *
 * @param options - Arguments, streams and clock.
 * @returns The process exit code (0 done, 2 usage error, 130 cancelled).
 */
export async function runTerminalQuiz(options: TerminalQuizOptions): Promise<number> {
  const now = options.now ?? (() => new Date());
  const fail = (message: string) => {
    options.output.write(`${message}\n\n${USAGE}\n`);
    return 2;
  };
  let args: { lesson?: string | undefined; seed?: string | undefined; answers?: string | undefined; help?: boolean };
  try {
    args = parseArgs({
      args: [...options.argv],
      options: {
        lesson: { type: "string" },
        seed: { type: "string" },
        answers: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (args.help) {
    options.output.write(`${USAGE}\n`);
    return 0;
  }

  const interactive = options.input.isTTY === true;
  const color = options.color ?? (options.output.isTTY === true && !process.env.NO_COLOR);
  const style: Style = makeStyle(color);
  const columns = options.output.columns ?? 0; // 0 when a pseudo-terminal does not report its size
  const width = options.width ?? (columns >= 40 ? Math.min(columns, 100) : 80);
  const say = (text = "") => {
    options.output.write(`${text}\n`);
  };

  let answers: Record<string, unknown> | undefined;
  if (args.answers !== undefined) {
    const read = await readAnswersFile(args.answers);
    if (typeof read === "string") return fail(read);
    answers = read;
    if (args.lesson === undefined) return fail("--answers needs --lesson <id> as well");
  }

  const lines = answers ? undefined : openLines(options, !interactive);
  try {
    const io: QuestionIO = {
      ask: (prompt) => (lines ? lines.read(prompt) : Promise.resolve(END)),
      say,
      style,
      width,
    };
    let lessonId = args.lesson;
    if (lessonId === undefined && lines) {
      const picked = await chooseLesson(lines, io);
      if (picked === END) return lines.cancelled ? 130 : fail("No lesson chosen.");
      lessonId = picked;
    }
    const lesson = lessonId === undefined ? undefined : getLesson(lessonId);
    if (!lesson) return fail(`Unknown lesson "${lessonId}". Lessons: ${catalog.map((e) => e.id).join(", ")}`);

    const seed = args.seed ?? randomBytes(4).toString("hex");
    const quiz = createQuiz({ id: lesson.id, title: lesson.title, lessons: [lesson] });
    let attempt: Attempt = startAttempt(quiz, { seed, now: now() });
    const view = toPublicAttempt(attempt);

    say(style.bold(lesson.title));
    say(style.dim(`${view.questions.length} questions. Seed "${seed}" (repeat this quiz with --seed ${seed}).`));

    let result: AttemptResult;
    if (answers) {
      view.questions.forEach((question, i) => {
        showQuestion(question, i + 1, view.questions.length, io);
        const response = answers[question.id];
        say(`Answer from file: ${describeResponse(question, response)}`);
        const verdict = validateResponse(question, response);
        if (!verdict.valid) say(style.bad(`  ${REASONS[verdict.reason]}`));
      });
      const submission = scoreSubmission(attempt, answers, { now: now() });
      if (!submission.accepted) return fail(`the answers file names no question of this lesson (${submission.reason})`);
      if (submission.ignoredQuestionIds.length > 0)
        say(style.dim(`\nIgnored answers for unknown questions: ${submission.ignoredQuestionIds.join(", ")}`));
      result = submission.result;
    } else {
      for (const [i, question] of view.questions.entries()) {
        showQuestion(question, i + 1, view.questions.length, io);
        const questionIO: QuestionIO = {
          ...io,
          ask: async (prompt) => {
            for (;;) {
              const line = await io.ask(prompt);
              if (line === END || line.trim() !== "?") return line;
              const revealed = revealHint(attempt, question.id, { now: now() });
              attempt = revealed.attempt;
              if (revealed.hint !== null) say(wrap(`Hint: ${plain(revealed.hint)}`, width, "  "));
              else say(question.hintCount === 0 ? "  This question has no hints." : "  No more hints.");
            }
          },
        };
        const response = await askQuestion(question, questionIO);
        if (response === END) {
          if (lines?.cancelled) {
            say("Quiz cancelled.");
            return 130;
          }
          say(style.dim("Input ended: the remaining questions count as not answered."));
          break;
        }
        attempt = answerQuestion(attempt, question.id, response, { now: now() });
      }
      result = submitAttempt(attempt, { now: now() }).result;
    }
    printReport(result, view, lesson, io);
    return 0;
  } finally {
    lines?.close();
  }
}
