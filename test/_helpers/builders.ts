import type { Lesson, Question, QuestionOfType } from "civics-lessons";
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
