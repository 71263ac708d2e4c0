/// <reference types="node" />
import type { Lesson, Question, QuestionOfType } from "civics-lessons";
import fixture from "../fixtures/valid-lesson.json" with { type: "json" };

/** The fixture lesson (every question type), as authored. */
export function fixtureLesson(): Lesson {
  return structuredClone(fixture) as Lesson;
}

/** Every lesson of the package (exporters assume valid input; test/lessons checks validity). */
export { loadLessons } from "../../scripts/generate-catalog.js";

const rotate = <T>(items: readonly T[], by = 1): T[] => [...items.slice(by), ...items.slice(0, by)];

/**
 * Responses that exercise a question's scoring: the key, wrong answers, and partly right ones.
 * Every response has the shape the engine expects for the type.
 */
export function sampleResponses(question: Question): unknown[] {
  switch (question.type) {
    case "single-choice":
      return question.choices.map((c) => c.id);
    case "multiple-choice": {
      const keyed = question.choices.filter((c) => c.correct === true).map((c) => c.id);
      const wrong = question.choices.filter((c) => c.correct !== true).map((c) => c.id);
      return [
        keyed,
        keyed.slice(0, 1),
        [...keyed, ...wrong.slice(0, 1)],
        question.choices.map((c) => c.id),
        wrong.slice(0, 1),
        [...keyed.slice(1), ...wrong],
      ].filter((r) => r.length > 0);
    }
    case "true-false":
      return [true, false];
    case "short-text":
      return [...question.answers.map((a) => a.text), question.answers[0]?.text.toUpperCase(), "zzz not an answer"];
    case "numeric": {
      const centre = (t: QuestionOfType<"numeric">["answer"]) => ("min" in t ? (t.min + t.max) / 2 : t.value);
      const edge = (t: QuestionOfType<"numeric">["answer"]) =>
        "min" in t
          ? t.max
          : t.value + (t.toleranceType === "relative" ? (t.tolerance ?? 0) * Math.abs(t.value) : (t.tolerance ?? 0));
      const misses = (question.nearMisses ?? []).map((m) => centre(m.answer));
      return [centre(question.answer), edge(question.answer), ...misses, centre(question.answer) + 1e6];
    }
    case "ordering": {
      const key = question.correctOrder;
      const swapped = [key[1], key[0], ...key.slice(2)] as string[];
      return [key, [...key].reverse(), rotate(key), swapped];
    }
    case "matching": {
      const pairs = question.pairs;
      const responses = question.responses.map((r) => r.id);
      const first = responses[0] as string;
      return [
        { ...pairs },
        Object.fromEntries(question.premises.map((p) => [p.id, first])),
        Object.fromEntries(
          question.premises.map((p, i) => [
            p.id,
            responses[(responses.indexOf(pairs[p.id] as string) + (i % 2)) % responses.length],
          ]),
        ),
        { [question.premises[0]?.id as string]: pairs[question.premises[0]?.id as string] },
      ];
    }
    case "categorize": {
      const categories = question.categories.map((c) => c.id);
      return [
        Object.fromEntries(question.items.map((i) => [i.id, i.categoryId])),
        Object.fromEntries(question.items.map((i) => [i.id, categories[0]])),
        Object.fromEntries(
          question.items.map((i, n) => [
            i.id,
            n % 2 === 0 ? i.categoryId : categories[(categories.indexOf(i.categoryId) + 1) % categories.length],
          ]),
        ),
      ];
    }
    case "cloze": {
      const right = (blank: (typeof question.blanks)[number]) =>
        blank.kind === "choice"
          ? (blank.choices.find((c) => c.correct === true)?.id as string)
          : (blank.answers[0]?.text as string);
      const wrong = (blank: (typeof question.blanks)[number]) =>
        blank.kind === "choice" ? (blank.choices.find((c) => c.correct !== true)?.id as string) : "zzz";
      return [
        Object.fromEntries(question.blanks.map((b) => [b.id, right(b)])),
        Object.fromEntries(question.blanks.map((b, i) => [b.id, i === 0 ? wrong(b) : right(b)])),
        Object.fromEntries(question.blanks.map((b) => [b.id, wrong(b)])),
        Object.fromEntries(
          question.blanks
            .filter((b) => b.kind === "text")
            .flatMap((b) => (b.kind === "text" ? b.answers.map((a) => [b.id, a.text]) : [])),
        ),
      ];
    }
  }
}

/** The response(s) that earn full marks (the key), for checks of approximated questions. */
export function keyedResponse(question: Question): unknown {
  return sampleResponses(question)[
    question.type === "single-choice" ? question.choices.findIndex((c) => c.correct === true) : 0
  ];
}
