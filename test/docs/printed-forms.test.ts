import {
  createQuiz,
  type Lesson,
  type PublicOption,
  type PublicQuestion,
  scoreQuestion,
  startAttempt,
  toPublicAttempt,
} from "civics-lessons";
import { describe, expect, it } from "vitest";
import { renderAnswerKeyPage, renderQuizPage } from "../../scripts/docs-lessons.js";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { PRINTED_FORMS } from "../../scripts/printed-forms.js";

const lessons = await loadLessons();

/** What one question of a printed form shows: lettered and numbered lines and numbered blank choices. */
interface PrintedQuestion {
  letters: string[];
  numbers: string[];
  blanks: string[][];
}

/** Reads one form of a student quiz page back into its questions, by number. */
function readForm(page: string, formName: string): Map<number, PrintedQuestion> {
  const start = page.indexOf(`\n## Form ${formName}\n`);
  const next = page.indexOf("\n## Form ", start + 1);
  const form = page.slice(start, next === -1 ? undefined : next);
  const questions = new Map<number, PrintedQuestion>();
  for (const block of form.split(/^### /m).slice(1)) {
    const number = Number(/^(\d+)\. /.exec(block)?.[1]);
    const printed: PrintedQuestion = { letters: [], numbers: [], blanks: [] };
    for (const raw of block.split("\n").slice(1)) {
      const line = raw.replace(/\\$/, "");
      const lettered = /^([A-Z])\. (.*)$/.exec(line);
      const numbered = /^(\d+)\. ______ (.*)$/.exec(line);
      const blank = /^\((\d+)\) (.*)$/.exec(line);
      if (lettered) printed.letters.push(lettered[2] ?? "");
      else if (numbered) printed.numbers.push(numbered[2] ?? "");
      else if (blank)
        printed.blanks.push((blank[2] ?? "").split(" / ").map((choice) => choice.replace(/^[A-Z]\. /, "")));
    }
    questions.set(number, printed);
  }
  return questions;
}

/** Reads the quick key table: question number → one answer per form. */
function readQuickKey(page: string): Map<number, string[]> {
  const table = page.slice(page.indexOf("## Quick key"), page.indexOf("## Scoring"));
  const rows = new Map<number, string[]>();
  for (const line of table.split("\n")) {
    const cells = /^\| (\d+) \| (.*) \|$/.exec(line);
    if (!cells) continue;
    rows.set(
      Number(cells[1]),
      (cells[2] ?? "").split(/(?<!\\) \| /).map((cell) => cell.replace(/\\\|/g, "|")),
    );
  }
  return rows;
}

const texts = (options: readonly PublicOption[]) => options.map((o) => o.text);
const at = (options: readonly PublicOption[], letter: string) => options[letter.charCodeAt(0) - 65]?.id;

/** The lists the engine shows, in the shape a printed question is read into. */
function onlineLists(view: PublicQuestion): PrintedQuestion {
  switch (view.type) {
    case "single-choice":
    case "multiple-choice":
      return { letters: texts(view.choices), numbers: [], blanks: [] };
    case "ordering":
      return { letters: texts(view.items), numbers: [], blanks: [] };
    case "matching":
      return { letters: texts(view.responses), numbers: texts(view.premises), blanks: [] };
    case "categorize":
      return { letters: texts(view.categories), numbers: texts(view.items), blanks: [] };
    case "cloze": {
      const order = [...view.text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => (m[1] ?? "").trim());
      const blanks = order
        .map((id) => view.blanks.find((b) => b.id === id))
        .flatMap((b) => (b?.kind === "choice" ? [texts(b.choices)] : []));
      return { letters: [], numbers: [], blanks };
    }
    default:
      return { letters: [], numbers: [], blanks: [] };
  }
}

/** Turns a quick-key answer into the response the engine scores, through the online view's lists. */
function responseFrom(answer: string, view: PublicQuestion): unknown {
  const pairs = () => answer.split(", ").map((pair) => pair.split("–") as [string, string]);
  switch (view.type) {
    case "single-choice":
      return at(view.choices, answer);
    case "multiple-choice":
      return answer.split(", ").map((letter) => at(view.choices, letter));
    case "true-false":
      return answer === "True";
    case "short-text":
      return answer.split(" / ")[0];
    case "numeric":
      return Number(/-?\d+(?:\.\d+)?/.exec(answer)?.[0]);
    case "ordering":
      return answer.split(", ").map((letter) => at(view.items, letter));
    case "matching":
      return Object.fromEntries(
        pairs().map(([n, letter]) => [view.premises[Number(n) - 1]?.id, at(view.responses, letter)]),
      );
    case "categorize":
      return Object.fromEntries(
        pairs().map(([n, letter]) => [view.items[Number(n) - 1]?.id, at(view.categories, letter)]),
      );
    case "cloze": {
      const order = [...view.text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => (m[1] ?? "").trim());
      return Object.fromEntries(
        answer.split("; ").map((part) => {
          const [, n, text] = /^\((\d+)\) (.*)$/.exec(part) ?? [];
          const blank = view.blanks.find((b) => b.id === order[Number(n) - 1]);
          return [blank?.id, blank?.kind === "choice" ? at(blank.choices, text ?? "") : (text ?? "").split(" / ")[0]];
        }),
      );
    }
    default:
      return undefined;
  }
}

function onlineView(lesson: Lesson, seed: string) {
  const quiz = createQuiz({ id: `print-check/${lesson.id}`, lessons: [lesson], shuffleQuestions: false });
  return toPublicAttempt(startAttempt(quiz, { seed, now: "2026-12-04T09:00:00Z", id: "print-check" }));
}

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))("%s", (_id, lesson) => {
  const quizPage = renderQuizPage(lesson);
  const quickKey = readQuickKey(renderAnswerKeyPage(lesson));

  it.each(PRINTED_FORMS.map((form, column) => [form.name, form.seed, column] as const))(
    "form %s (seed %s): the printed options, the quick key and the online engine agree on every answer",
    (name, seed, column) => {
      const printed = readForm(quizPage, name);
      const online = onlineView(lesson, seed);

      lesson.questions.forEach((question, i) => {
        const view = online.questions[i] as PublicQuestion;
        const where = `question ${i + 1} (${question.id}), form ${name}`;
        expect(view.id, where).toBe(question.id);
        expect(printed.get(i + 1), `${where}: printed lists`).toEqual(onlineLists(view));

        const answer = quickKey.get(i + 1)?.[column] ?? "";
        expect(scoreQuestion(question, responseFrom(answer, view)).status, `${where}: quick key "${answer}"`).toBe(
          "correct",
        );
      });
    },
  );
});

describe("printed forms", () => {
  it("do not put the key of single-choice questions at one letter: no letter holds it in more than 40% on either form", () => {
    for (const [column, form] of PRINTED_FORMS.entries()) {
      const keyLetters = lessons.flatMap((lesson) => {
        const quickKey = readQuickKey(renderAnswerKeyPage(lesson));
        return lesson.questions.flatMap((q, i) => (q.type === "single-choice" ? [quickKey.get(i + 1)?.[column]] : []));
      });
      const counts = new Map<string, number>();
      for (const letter of keyLetters) counts.set(letter ?? "", (counts.get(letter ?? "") ?? 0) + 1);

      expect(
        Math.max(...counts.values()) / keyLetters.length,
        `form ${form.name}: ${JSON.stringify([...counts])}`,
      ).toBeLessThanOrEqual(0.4);
    }
  });

  it("print forms A and B in different orders", () => {
    const differing = lessons.filter((lesson) => {
      const page = renderQuizPage(lesson);
      return JSON.stringify([...readForm(page, "A")]) !== JSON.stringify([...readForm(page, "B")]);
    });

    expect(differing).toHaveLength(lessons.length);
  });
});
