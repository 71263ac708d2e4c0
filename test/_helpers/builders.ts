import type { AcceptedAnswer, Lesson, Question, QuestionOfType } from "civics-lessons";
import fixture from "../fixtures/valid-lesson.json" with { type: "json" };

/** A fresh deep copy of the complete valid lesson fixture. */
export function makeLesson(): Lesson {
  return structuredClone(fixture) as Lesson;
}

/** The fixture's question of a given type, with overrides. */
export function makeQuestion<K extends Question["type"]>(
  type: K,
  overrides: Partial<QuestionOfType<K>> = {},
): QuestionOfType<K> {
  const found = makeLesson().questions.find((q) => q.type === type);
  if (!found) throw new Error(`fixture has no ${type} question`);
  return { ...(found as QuestionOfType<K>), ...overrides };
}

/** Every question of the fixture. */
export function allQuestions(): Question[] {
  return makeLesson().questions;
}

function best(answers: readonly AcceptedAnswer[]): AcceptedAnswer {
  return answers.reduce((a, b) => ((b.fraction ?? 1) > (a.fraction ?? 1) ? b : a));
}

/** The key of a question, written as the response that earns full credit. */
export function keyOf(q: Question): unknown {
  switch (q.type) {
    case "single-choice":
      return q.choices.find((c) => c.correct)?.id;
    case "multiple-choice":
      return q.choices.filter((c) => c.correct).map((c) => c.id);
    case "true-false":
      return q.answer;
    case "short-text":
      return best(q.answers).text;
    case "numeric":
      return "value" in q.answer ? q.answer.value : q.answer.min;
    case "ordering":
      return q.correctOrder;
    case "matching":
      return q.pairs;
    case "cloze":
      return Object.fromEntries(
        q.blanks.map((b) => [b.id, b.kind === "text" ? best(b.answers).text : b.choices.find((c) => c.correct)?.id]),
      );
    case "categorize":
      return Object.fromEntries(q.items.map((i) => [i.id, i.categoryId]));
  }
}
